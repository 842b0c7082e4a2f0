package org.kumkrong.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.casework.CaseNotFoundException;
import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.CaseStatus;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list as rows for an export: the cases whose team includes the actor's agency, optionally of one
 * status and one province, newest first, with counts and offence codes and never a child's identifying
 * field. Read with plain SQL over casework's own tables (one pass over the cases, one over the offences)
 * rather than loading every aggregate.
 * <p>
 * Each exported case gets its own {@code casework.case.exported} audit entry, written and committed before
 * a byte leaves: the question an auditor must answer after a leak is "who took case X, and when", which one
 * entry with a row count cannot answer. If sending then fails, the trail says more left than did, never less.
 */
@Service
public class CaseExports {

	/** One line of the export. */
	public record Row(UUID id, String reference, String title, CaseStatus status, CasePriority priority,
			UUID ownerAgencyId, String provinceCode, Instant openedAt, Instant closedAt, long children, long suspects,
			List<String> offenceCodes) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Casework casework;

	CaseExports(JdbcClient jdbc, AuditTrail audit, Casework casework) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.casework = casework;
	}

	/**
	 * The rows the actor may export, each audited. Needs CASE_VIEW and CASE_EXPORT (the controller also
	 * requires a confirmed step-up).
	 */
	@Transactional
	public List<Row> export(CaseStatus status, String provinceCode) {
		Actor actor = CaseAccess.actor();
		if (!CaseAccess.holds(Permission.CASE_VIEW) || !CaseAccess.holds(Permission.CASE_EXPORT)) {
			throw new CaseNotFoundException();
		}
		UUID agencyId = actor.agencyId();
		Map<UUID, TreeSet<String>> offences = new HashMap<>();
		jdbc.sql("""
				select i.case_id, o.offence_code from casework_incident i
				join casework_incident_offence o on o.incident_id = i.id
				join casework_team m on m.case_id = i.case_id and m.agency_id = :agency""")
			.param("agency", agencyId)
			.query((rs, n) -> offences.computeIfAbsent(rs.getObject(1, UUID.class), id -> new TreeSet<>()).add(rs.getString(2)))
			.list();
		StringBuilder sql = new StringBuilder("""
				select c.id, c.reference, c.title, c.status, c.priority, c.owner_agency_id, c.province_code, c.opened_at,
				       c.closed_at,
				       (select count(*) from casework_child ch where ch.case_id = c.id and ch.merged_into is null) as children,
				       (select count(*) from casework_suspect s where s.case_id = c.id) as suspects
				from casework_case c
				where exists (select 1 from casework_team m where m.case_id = c.id and m.agency_id = :agency)""");
		Map<String, Object> params = new HashMap<>();
		params.put("agency", agencyId);
		if (status != null) {
			sql.append(" and c.status = :status");
			params.put("status", status.name());
		}
		if (provinceCode != null && !provinceCode.isBlank()) {
			sql.append(" and c.province_code = :province");
			params.put("province", provinceCode);
		}
		sql.append(" order by c.opened_at desc, c.id");
		List<Row> rows = new ArrayList<>();
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			UUID id = rs.getObject("id", UUID.class);
			rows.add(new Row(id, rs.getString("reference"), rs.getString("title"), CaseStatus.valueOf(rs.getString("status")),
					CasePriority.valueOf(rs.getString("priority")), rs.getObject("owner_agency_id", UUID.class),
					rs.getString("province_code"), instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("closed_at")),
					rs.getLong("children"), rs.getLong("suspects"), List.copyOf(offences.getOrDefault(id, new TreeSet<>()))));
		});
		rows.forEach(row -> audit.record("casework.case.exported", "casework_case", row.id(), AuditOutcome.SUCCESS));
		return rows;
	}

	/**
	 * Reads a visible case for its summary document inside one transaction (so its children, suspects and
	 * the rest can be read) and records {@code casework.case.summaryExported}; {@code snapshot} must copy out
	 * what it needs. A case outside the actor's team is "not found".
	 */
	@Transactional
	public <T> T summary(UUID caseId, Function<CaseFile, T> snapshot) {
		CaseFile kase = casework.visible(caseId);
		audit.record("casework.case.summaryExported", "casework_case", kase.id(), AuditOutcome.SUCCESS);
		return snapshot.apply(kase);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
