package org.kumkrong.matching.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kumkrong.matching.Fingerprint;
import org.kumkrong.matching.HashCategory;
import org.kumkrong.matching.KnownContent;
import org.kumkrong.matching.KnownMatch;
import org.kumkrong.matching.MatchKind;
import org.kumkrong.matching.PdqHasher;
import org.kumkrong.matching.PdqResult;
import org.kumkrong.platform.ImageInspection;
import org.kumkrong.platform.UnacceptableFileException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Matching as {@link KnownContent} describes it: exact hashes through the database's indexes, PDQ hashes
 * through the in-memory index ({@link PdqMemory}); a match names its list or sighting by id, never more.
 */
@Service
class KnownContentService implements KnownContent {

	/** The most matches returned for one file; a file matching more is flagged all the same. */
	static final int MAX_MATCHES = 50;

	private final JdbcClient jdbc;

	private final PdqMemory memory;

	private final MatchingSettings settings;

	private final PdqHasher hasher;

	private final Clock clock;

	KnownContentService(JdbcClient jdbc, PdqMemory memory, MatchingSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.memory = memory;
		this.settings = settings;
		this.hasher = new PdqHasher();
		this.clock = clock;
	}

	@Override
	public Optional<PerceptualHash> perceive(InputStream image) throws IOException {
		BufferedImage decoded;
		try {
			decoded = ImageInspection.decodedForHashing(image);
		}
		catch (UnacceptableFileException ex) {
			return Optional.empty();
		}
		List<PdqResult> all = hasher.dihedral(decoded);
		PdqResult plain = all.get(0);
		return Optional.of(new PerceptualHash(plain.hash().hex(), plain.quality(),
				all.subList(1, all.size()).stream().map(r -> r.hash().hex()).toList()));
	}

	@Override
	public List<KnownMatch> match(Fingerprint fingerprint) {
		return match(fingerprint, null);
	}

	@Override
	public List<KnownMatch> match(Fingerprint fingerprint, UUID exceptSourceId) {
		// One match per list entry or sighting: the exact one if there is one, else the nearest PDQ.
		Map<String, KnownMatch> found = new LinkedHashMap<>();
		for (MatchKind kind : List.of(MatchKind.SHA256, MatchKind.SHA1, MatchKind.MD5)) {
			String hash = fingerprint.hash(kind);
			if (hash == null) {
				continue;
			}
			jdbc.sql("""
					select e.id, e.category, l.id as list_id, l.name, l.version from matching_list_entry e
					join matching_hash_list l on l.id = e.list_id
					where e.hash = ? and e.hash_type = ? and l.active = true""")
				.params(hash, kind.name())
				.query((rs, n) -> found.putIfAbsent("e" + rs.getLong("id"), listMatch(rs, kind, 0)))
				.list();
			jdbc.sql("select * from matching_sighting where " + column(kind) + " = ?")
				.param(hash)
				.query((rs, n) -> sighting(rs, kind, 0, exceptSourceId, found))
				.list();
		}
		if (fingerprint.pdqUsable(settings.pdqMinQuality())) {
			Map<Integer, Integer> nearest = new HashMap<>();
			List<String> queries = new ArrayList<>();
			queries.add(fingerprint.pdq());
			queries.addAll(fingerprint.pdqTransforms());
			for (String query : queries) {
				memory.search(query, settings.pdqDistance(), (slot, distance) -> nearest.merge(slot, distance, Math::min));
			}
			resolve(nearest, exceptSourceId, found);
		}
		return found.values().stream()
			.sorted(Comparator.comparing((KnownMatch m) -> !m.kind().exact()).thenComparingInt(KnownMatch::distance))
			.limit(MAX_MATCHES)
			.toList();
	}

	private void resolve(Map<Integer, Integer> nearest, UUID exceptSourceId, Map<String, KnownMatch> found) {
		List<Long> entries = new ArrayList<>();
		List<Integer> sightings = new ArrayList<>();
		nearest.keySet().stream().sorted(Comparator.comparingInt(nearest::get)).limit(MAX_MATCHES * 4L).forEach(slot -> {
			if (slot >= 0) {
				entries.add((long) slot);
			}
			else {
				sightings.add(-slot);
			}
		});
		if (!entries.isEmpty()) {
			jdbc.sql("""
					select e.id, e.category, l.id as list_id, l.name, l.version from matching_list_entry e
					join matching_hash_list l on l.id = e.list_id
					where e.id in (:ids) and l.active = true""")
				.param("ids", entries)
				.query((rs, n) -> found.putIfAbsent("e" + rs.getLong("id"),
						listMatch(rs, MatchKind.PDQ, nearest.get(Math.toIntExact(rs.getLong("id"))))))
				.list();
		}
		if (!sightings.isEmpty()) {
			jdbc.sql("select * from matching_sighting where num in (:numbers)")
				.param("numbers", sightings)
				.query((rs, n) -> sighting(rs, MatchKind.PDQ, nearest.get(-rs.getInt("num")), exceptSourceId, found))
				.list();
		}
	}

	@Override
	public void record(Fingerprint fingerprint, String kind, UUID sourceId, UUID caseId, UUID agencyId) {
		if (fingerprint.sha256() == null) {
			throw new IllegalArgumentException("A recorded file has a SHA-256 hash");
		}
		int number = Math.toIntExact(jdbc.sql("select nextval('matching_sighting_number')").query(Long.class).single());
		jdbc.sql("""
				insert into matching_sighting (id, num, kind, source_id, case_id, agency_id, sha256, sha1, md5, pdq, pdq_quality, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), number, kind, sourceId, caseId, agencyId, fingerprint.sha256(), fingerprint.sha1(),
					fingerprint.md5(), fingerprint.pdq(), fingerprint.pdqQuality(), Timestamp.from(clock.instant()))
			.update();
		if (!fingerprint.pdqUsable(settings.pdqMinQuality())) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					memory.addSighting(number, fingerprint.pdq());
				}
			});
		}
		else {
			memory.addSighting(number, fingerprint.pdq());
		}
	}

	private static KnownMatch listMatch(java.sql.ResultSet rs, MatchKind kind, int distance) throws java.sql.SQLException {
		return new KnownMatch(kind, distance, rs.getObject("list_id", UUID.class), rs.getString("name"), rs.getInt("version"),
				HashCategory.valueOf(rs.getString("category")), null, null, null, null);
	}

	private static Object sighting(java.sql.ResultSet rs, MatchKind kind, int distance, UUID exceptSourceId,
			Map<String, KnownMatch> found) throws java.sql.SQLException {
		UUID source = rs.getObject("source_id", UUID.class);
		if (source.equals(exceptSourceId)) {
			return null;
		}
		found.putIfAbsent("s" + source, new KnownMatch(kind, distance, null, null, null, null, rs.getString("kind"), source,
				rs.getObject("case_id", UUID.class), rs.getObject("agency_id", UUID.class)));
		return null;
	}

	private static String column(MatchKind kind) {
		return switch (kind) {
			case SHA256 -> "sha256";
			case SHA1 -> "sha1";
			case MD5 -> "md5";
			case PDQ -> "pdq";
		};
	}

}
