package org.kumkrong.reference.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.Province;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceEntry;
import org.kumkrong.reference.ReferenceList;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference lists read once into memory and reloaded after each committed edit. Edits change labels,
 * descriptions and the active flag only: codes, NCMEC mappings, activities and flags are data governed by
 * migrations, and nothing is ever deleted.
 */
@Component
public class JdbcReferenceData implements ReferenceData {

	static final int MAX_LABEL = 200;

	static final int MAX_DESCRIPTION = 1000;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private volatile Snapshot snapshot;

	JdbcReferenceData(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	private record Snapshot(Map<ReferenceList, List<ReferenceEntry>> entries, List<Province> provinces,
			Map<String, Province> provincesByCode) {
	}

	// Reading

	@Override
	public List<Province> provinces() {
		return snapshot().provinces().stream().filter(Province::active).toList();
	}

	@Override
	public List<Province> allProvinces() {
		return snapshot().provinces();
	}

	@Override
	public Optional<Province> province(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(snapshot().provincesByCode().get(code));
	}

	@Override
	public boolean isActiveProvince(String code) {
		return province(code).map(Province::active).orElse(false);
	}

	@Override
	public List<ReferenceEntry> entries(ReferenceList list) {
		return allEntries(list).stream().filter(ReferenceEntry::active).toList();
	}

	@Override
	public List<ReferenceEntry> allEntries(ReferenceList list) {
		return snapshot().entries().getOrDefault(list, List.of());
	}

	@Override
	public Optional<ReferenceEntry> entry(ReferenceList list, String code) {
		if (list == null || code == null) {
			return Optional.empty();
		}
		return allEntries(list).stream().filter(entry -> entry.code().equals(code)).findFirst();
	}

	@Override
	public boolean isActive(ReferenceList list, String code) {
		return entry(list, code).map(ReferenceEntry::active).orElse(false);
	}

	@Override
	public String label(ReferenceList list, String code, Locale locale) {
		return entry(list, code).map(entry -> entry.label(locale)).orElse(code);
	}

	@Override
	public String provinceName(String code, Locale locale) {
		return province(code).map(province -> province.name(locale)).orElse(code);
	}

	// Editing

	/** Problems with the proposed texts of an entry, empty when they may be saved. */
	public List<FieldProblem> check(ReferenceList list, String labelEn, String labelTh, String descriptionEn,
			String descriptionTh) {
		var problems = new ArrayList<FieldProblem>();
		checkText(problems, "labelEn", labelEn, true, MAX_LABEL);
		checkText(problems, "labelTh", labelTh, true, MAX_LABEL);
		// Offences are chosen by people who are not lawyers: a plain-language description is required.
		boolean describe = list == ReferenceList.OFFENCE;
		checkText(problems, "descriptionEn", descriptionEn, describe, MAX_DESCRIPTION);
		checkText(problems, "descriptionTh", descriptionTh, describe, MAX_DESCRIPTION);
		return problems;
	}

	/** Problems with the proposed names of a province, empty when they may be saved. */
	public List<FieldProblem> checkProvince(String nameEn, String nameTh) {
		var problems = new ArrayList<FieldProblem>();
		checkText(problems, "labelEn", nameEn, true, MAX_LABEL);
		checkText(problems, "labelTh", nameTh, true, MAX_LABEL);
		return problems;
	}

	@Transactional
	public void update(ReferenceList list, String code, String labelEn, String labelTh, String descriptionEn,
			String descriptionTh) {
		requireEntry(list, code);
		rejectProblems(check(list, labelEn, labelTh, descriptionEn, descriptionTh));
		jdbc.update("update reference_entry set label_en = ?, label_th = ?, description_en = ?, description_th = ?, "
				+ "updated_at = ? where list_type = ? and code = ?", labelEn.strip(), labelTh.strip(),
				blankToNull(descriptionEn), blankToNull(descriptionTh), Timestamp.from(clock.instant()), list.name(),
				code);
		audit.record("reference.entry.updated", "reference_entry", list.name() + ":" + code, AuditOutcome.SUCCESS);
		refreshAfterCommit();
	}

	@Transactional
	public void setActive(ReferenceList list, String code, boolean active) {
		ReferenceEntry entry = requireEntry(list, code);
		if (entry.active() == active) {
			return;
		}
		jdbc.update("update reference_entry set active = ?, updated_at = ? where list_type = ? and code = ?", active,
				Timestamp.from(clock.instant()), list.name(), code);
		audit.record(active ? "reference.entry.reactivated" : "reference.entry.deactivated", "reference_entry",
				list.name() + ":" + code, AuditOutcome.SUCCESS);
		refreshAfterCommit();
	}

	@Transactional
	public void updateProvince(String code, String nameEn, String nameTh) {
		requireProvince(code);
		rejectProblems(checkProvince(nameEn, nameTh));
		jdbc.update("update reference_province set name_en = ?, name_th = ?, updated_at = ? where code = ?",
				nameEn.strip(), nameTh.strip(), Timestamp.from(clock.instant()), code);
		audit.record("reference.province.updated", "reference_province", code, AuditOutcome.SUCCESS);
		refreshAfterCommit();
	}

	@Transactional
	public void setProvinceActive(String code, boolean active) {
		Province province = requireProvince(code);
		if (province.active() == active) {
			return;
		}
		jdbc.update("update reference_province set active = ?, updated_at = ? where code = ?", active,
				Timestamp.from(clock.instant()), code);
		audit.record(active ? "reference.province.reactivated" : "reference.province.deactivated",
				"reference_province", code, AuditOutcome.SUCCESS);
		refreshAfterCommit();
	}

	public ReferenceEntry requireEntry(ReferenceList list, String code) {
		return entry(list, code).orElseThrow(() -> new NotFoundException("reference_entry"));
	}

	public Province requireProvince(String code) {
		return province(code).orElseThrow(() -> new NotFoundException("reference_province"));
	}

	/** Drops the in-memory copy; the next read loads the lists again. */
	public void refresh() {
		snapshot = null;
	}

	private void refreshAfterCommit() {
		refresh();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// A read between the update and the commit may have cached the old rows again.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					refresh();
				}
			});
		}
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null) {
			current = load();
			snapshot = current;
		}
		return current;
	}

	private Snapshot load() {
		var entries = new EnumMap<ReferenceList, List<ReferenceEntry>>(ReferenceList.class);
		jdbc.query("select list_type, code, label_en, label_th, description_en, description_th, active, sort_order, "
				+ "ncmec_incident_type, activities, flags from reference_entry order by list_type, sort_order, code",
				(ResultSet rs) -> {
					ReferenceList list = parseList(rs.getString("list_type"));
					if (list != null) {
						entries.computeIfAbsent(list, l -> new ArrayList<>()).add(entry(list, rs));
					}
				});
		entries.replaceAll((list, rows) -> List.copyOf(rows));
		List<Province> provinces = jdbc.query(
				"select code, name_en, name_th, active from reference_province order by sort_order, code",
				(rs, n) -> new Province(rs.getString("code"), rs.getString("name_en"), rs.getString("name_th"),
						rs.getBoolean("active")));
		var byCode = new LinkedHashMap<String, Province>();
		provinces.forEach(province -> byCode.put(province.code(), province));
		return new Snapshot(Map.copyOf(entries), List.copyOf(provinces), Map.copyOf(byCode));
	}

	private static ReferenceEntry entry(ReferenceList list, ResultSet rs) throws SQLException {
		return new ReferenceEntry(list, rs.getString("code"), rs.getString("label_en"), rs.getString("label_th"),
				rs.getString("description_en"), rs.getString("description_th"), rs.getBoolean("active"),
				rs.getInt("sort_order"), rs.getString("ncmec_incident_type"), codes(rs.getString("activities")),
				codes(rs.getString("flags")));
	}

	private static ReferenceList parseList(String name) {
		return Arrays.stream(ReferenceList.values()).filter(list -> list.name().equals(name)).findFirst().orElse(null);
	}

	private static List<String> codes(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return List.of();
		}
		return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
	}

	private static void checkText(List<FieldProblem> problems, String field, String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "reference.error.required"));
			}
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field,
					max == MAX_LABEL ? "reference.error.labelTooLong" : "reference.error.descriptionTooLong"));
		}
	}

	private static void rejectProblems(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			FieldProblem first = problems.get(0);
			throw new RuleViolationException(first.field(), first.messageKey());
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
