package org.kumkrong.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

/** TEMPORARY stand-in until the directory branch merges (replaced wholesale by it). */
@Service
public class Agencies {

	private final Map<UUID, AgencyView> agencies = new ConcurrentHashMap<>();

	public record AgencyView(UUID id, String nameEn, String nameTh, String typeCode, String provinceCode, UUID parentId,
			boolean active) {
		public String name(Locale locale) {
			return "th".equals(locale.getLanguage()) ? nameTh : nameEn;
		}
	}

	public UUID create(String nameEn, String nameTh, String typeCode, String provinceCode, UUID parentId) {
		UUID id = UUID.randomUUID();
		agencies.put(id, new AgencyView(id, nameEn, nameTh, typeCode, provinceCode, parentId, true));
		return id;
	}

	public Optional<AgencyView> find(UUID id) {
		return Optional.ofNullable(agencies.get(id));
	}

	public List<AgencyView> active() {
		return agencies.values().stream().filter(AgencyView::active).toList();
	}

	public List<AgencyView> all() {
		return List.copyOf(agencies.values());
	}

	public String name(UUID id, Locale locale) {
		return find(id).map(a -> a.name(locale)).orElse(String.valueOf(id));
	}

}
