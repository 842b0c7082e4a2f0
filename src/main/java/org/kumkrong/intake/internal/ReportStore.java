package org.kumkrong.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.ReportStatus;
import org.kumkrong.intake.ScreenOutReason;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The intake tables, in plain SQL: a report is written once on arrival (the fast path partners hit) and
 * then changed by triage decisions. Keyset paging keeps the queue fast at a million reports.
 */
@Repository
class ReportStore {

	private static final String COLUMNS = """
			id, reference, channel, status, priority, received_at, updated_at, reporter_kind, reporter_age_band,
			offence_code as offence_code_primary,
			province_code, platform_code, victim_age_band, danger, partner_agency_id, partner_reference,
			merged_into, case_reference, case_owner_agency, decision_reason, decided_at, decided_by,
			contact is not null as has_contact, version, known_matches""";

	private static final String QUEUE_COLUMNS = """
			r.id, r.reference, r.channel, r.status, r.priority, r.received_at, r.updated_at, r.reporter_kind,
			r.reporter_age_band, r.offence_code as offence_code_primary, r.province_code, r.platform_code,
			r.victim_age_band, r.danger, r.partner_agency_id, r.partner_reference, r.merged_into, r.case_reference,
			r.case_owner_agency, r.decision_reason, r.decided_at, r.decided_by, r.contact is not null as has_contact,
			r.version, r.known_matches""";

	private static final String PARTNER_FILE_COLUMNS = """
			id, report_id, declared_index, kind, size_bytes, sha256, sha1, md5, width, height, created_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ReportStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	long nextNumber() {
		return jdbc.sql("select nextval('intake_report_number')").query(Long.class).single();
	}

	/** The columns of a new report row. */
	record NewReport(UUID id, String reference, ReportChannel channel, ReportPriority priority, Instant receivedAt,
			ReportSubmission.ReporterKind reporterKind, String reporterAgeBand, String offenceCode, String provinceCode,
			String platformCode, String victimAgeBand, ReportSubmission.Danger danger, UUID partnerAgencyId,
			UUID partnerKeyId, String partnerReference, String receiptLookup, String receiptSecret, String details,
			String contact) {
	}

	void insert(NewReport r, Collection<String> offenceCodes, Collection<Indicator> indicators) {
		jdbc.sql("""
				insert into intake_report (id, reference, channel, status, queue_open, priority, received_at, updated_at,
				    reporter_kind, reporter_age_band, offence_code, province_code, platform_code, victim_age_band, danger,
				    partner_agency_id, partner_key_id, partner_reference, receipt_lookup, receipt_secret, details, contact)
				values (?, ?, ?, 'RECEIVED', true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.reference(), r.channel().name(), r.priority().rank(), ts(r.receivedAt()),
					ts(r.receivedAt()), r.reporterKind().name(), r.reporterAgeBand(), r.offenceCode(), r.provinceCode(),
					r.platformCode(), r.victimAgeBand(), r.danger().name(), r.partnerAgencyId(), r.partnerKeyId(),
					r.partnerReference(), r.receiptLookup(), r.receiptSecret(), r.details(), r.contact())
			.update();
		// One round trip each for the codes and the indicators: the partner API's throughput depends on it.
		List<Object[]> codes = offenceCodes.stream()
			.map(code -> new Object[] { r.id(), code, r.priority().rank(), ts(r.receivedAt()) })
			.toList();
		if (!codes.isEmpty()) {
			batch.batchUpdate("insert into intake_report_offence (report_id, offence_code, queue_open, priority, received_at) "
					+ "values (?, ?, true, ?, ?)", codes);
		}
		List<Object[]> values = indicators.stream()
			.map(indicator -> new Object[] { r.id(), indicator.kind().name(), indicator.value() })
			.toList();
		if (!values.isEmpty()) {
			batch.batchUpdate("insert into intake_indicator (report_id, kind, val) values (?, ?, ?)", values);
		}
	}

	Optional<StoredReport> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from intake_report where id = ?")
			.param(id)
			.query(this::report)
			.optional()
			.map(this::withOffences);
	}

	Optional<StoredReport> findByReference(String reference) {
		return jdbc.sql("select " + COLUMNS + " from intake_report where reference = ?")
			.param(reference)
			.query(this::report)
			.optional()
			.map(this::withOffences);
	}

	/** A report found by the lookup of its receipt code, with the passphrase hash to check. */
	record ReceiptMatch(UUID id, String secret) {
	}

	Optional<ReceiptMatch> findByReceipt(String lookup) {
		return jdbc.sql("select id, receipt_secret from intake_report where receipt_lookup = ?")
			.param(lookup)
			.query((rs, n) -> new ReceiptMatch(rs.getObject("id", UUID.class), rs.getString("receipt_secret")))
			.optional();
	}

	Optional<String> details(UUID id) {
		return jdbc.sql("select details from intake_report where id = ?").param(id).query(String.class).optional();
	}

	Optional<String> contact(UUID id) {
		return jdbc.sql("select contact from intake_report where id = ?").param(id).query(String.class).optional();
	}

	/** The triage queue's filter; {@code null} means any. */
	record QueueFilter(ReportStatus status, boolean openOnly, ReportChannel channel, String offenceCode,
			String provinceCode, ReportPriority priority) {
	}

	/** Where a page of the queue starts: after this row in queue order. */
	record QueueCursor(int priority, Instant receivedAt, UUID id) {
	}

	List<StoredReport> queue(QueueFilter filter, QueueCursor after, int limit) {
		// With an offence, the offence table's own index gives the queue order; the report row is joined.
		boolean byOffence = filter.offenceCode() != null;
		String order = byOffence ? "o.priority, o.received_at, o.report_id" : "r.priority, r.received_at, r.id";
		StringBuilder sql = new StringBuilder("select ").append(QUEUE_COLUMNS);
		sql.append(byOffence ? " from intake_report_offence o join intake_report r on r.id = o.report_id where o.offence_code = ?"
				: " from intake_report r where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (byOffence) {
			params.add(filter.offenceCode());
		}
		if (filter.status() != null) {
			sql.append(" and r.status = ?");
			params.add(filter.status().name());
		}
		else if (filter.openOnly()) {
			sql.append(byOffence ? " and o.queue_open = true" : " and r.queue_open = true");
		}
		if (filter.channel() != null) {
			sql.append(" and r.channel = ?");
			params.add(filter.channel().name());
		}
		if (filter.provinceCode() != null) {
			sql.append(" and r.province_code = ?");
			params.add(filter.provinceCode());
		}
		if (filter.priority() != null) {
			sql.append(byOffence ? " and o.priority = ?" : " and r.priority = ?");
			params.add(filter.priority().rank());
		}
		if (after != null) {
			sql.append(" and (").append(order).append(") > (?, ?, ?)");
			params.add(after.priority());
			params.add(ts(after.receivedAt()));
			params.add(after.id());
		}
		sql.append(" order by ").append(order).append(" fetch first ? rows only");
		params.add(limit);
		List<StoredReport> reports = jdbc.sql(sql.toString()).params(params).query(this::report).list();
		return withOffences(reports);
	}

	/**
	 * How many open reports wait at each priority, counting at most {@code cap} each: the queue page shows
	 * "{@code cap}+" beyond that, so a count never costs more than reading {@code cap} index entries.
	 */
	Map<ReportPriority, Long> openCounts(int cap) {
		Map<ReportPriority, Long> counts = new LinkedHashMap<>();
		for (ReportPriority priority : ReportPriority.values()) {
			counts.put(priority, jdbc.sql("select count(*) from (select 1 from intake_report where queue_open = true "
					+ "and priority = ? fetch first ? rows only) capped")
				.params(priority.rank(), cap)
				.query(Long.class)
				.single());
		}
		return counts;
	}

	/** A partner's own reports, newest first, optionally only those received at or after {@code since}. */
	List<StoredReport> partnerReports(UUID agencyId, Instant since, int offset, int limit) {
		StringBuilder sql = new StringBuilder("select ").append(COLUMNS)
			.append(" from intake_report where partner_agency_id = ?");
		List<Object> params = new ArrayList<>();
		params.add(agencyId);
		if (since != null) {
			sql.append(" and received_at >= ?");
			params.add(ts(since));
		}
		sql.append(" order by received_at desc, id desc offset ? rows fetch next ? rows only");
		params.add(offset);
		params.add(limit);
		return withOffences(jdbc.sql(sql.toString()).params(params).query(this::report).list());
	}

	long countPartnerReports(UUID agencyId, Instant since) {
		if (since == null) {
			return jdbc.sql("select count(*) from intake_report where partner_agency_id = ?").param(agencyId)
				.query(Long.class).single();
		}
		return jdbc.sql("select count(*) from intake_report where partner_agency_id = ? and received_at >= ?")
			.params(agencyId, ts(since))
			.query(Long.class)
			.single();
	}

	void markInReview(UUID id, Instant now) {
		jdbc.sql("update intake_report set status = 'IN_REVIEW', updated_at = ?, version = version + 1 where id = ? and status = 'RECEIVED'")
			.params(ts(now), id)
			.update();
	}

	void classify(UUID id, List<String> offenceCodes, String provinceCode, String platformCode, String victimAgeBand,
			int priority, Instant now) {
		jdbc.sql("""
				update intake_report set offence_code = ?, province_code = ?, platform_code = ?, victim_age_band = ?,
				    priority = ?, updated_at = ?, version = version + 1 where id = ?""")
			.params(offenceCodes.isEmpty() ? null : offenceCodes.get(0), provinceCode, platformCode, victimAgeBand,
					priority, ts(now), id)
			.update();
		jdbc.sql("delete from intake_report_offence where report_id = ?").param(id).update();
		for (String code : offenceCodes) {
			jdbc.sql("insert into intake_report_offence (report_id, offence_code, queue_open, priority, received_at) "
					+ "select id, ?, queue_open, priority, received_at from intake_report where id = ?")
				.params(code, id)
				.update();
		}
	}

	void setDanger(UUID id, ReportSubmission.Danger danger) {
		jdbc.sql("update intake_report set danger = ? where id = ?").params(danger.name(), id).update();
	}

	/** Records a decision; false when the report was no longer open (someone else decided first). */
	boolean decide(UUID id, ReportStatus status, String caseReference, UUID caseOwner, ScreenOutReason reason,
			UUID mergedInto, UUID decidedBy, Instant now) {
		return jdbc.sql("""
				update intake_report set status = ?, queue_open = false, case_reference = ?, case_owner_agency = ?,
				    decision_reason = ?, merged_into = ?, decided_by = ?, decided_at = ?, updated_at = ?,
				    version = version + 1
				where id = ? and queue_open = true""")
			.params(status.name(), caseReference, caseOwner, reason == null ? null : reason.name(), mergedInto,
					decidedBy, ts(now), ts(now), id)
			.update() == 1 && closeOffences(id);
	}

	/** A decided report leaves the offence queues too. */
	private boolean closeOffences(UUID id) {
		jdbc.sql("update intake_report_offence set queue_open = false where report_id = ?").param(id).update();
		return true;
	}

	/** Other reports sharing an indicator with this one, most shared first. */
	List<DuplicateCandidate> duplicates(UUID id, int limit) {
		return jdbc.sql("""
				select o.report_id, count(*) as shared from intake_indicator mine
				join intake_indicator o on o.kind = mine.kind and o.val = mine.val and o.report_id <> mine.report_id
				where mine.report_id = ?
				group by o.report_id order by shared desc, o.report_id fetch first ? rows only""")
			.params(id, limit)
			.query((rs, n) -> new DuplicateCandidate(rs.getObject("report_id", UUID.class), rs.getInt("shared")))
			.list();
	}

	record DuplicateCandidate(UUID reportId, int sharedIndicators) {
	}

	/** The indicator kinds a candidate shares with a report. */
	List<String> sharedKinds(UUID id, UUID other) {
		return jdbc.sql("""
				select distinct mine.kind from intake_indicator mine join intake_indicator o
				  on o.kind = mine.kind and o.val = mine.val where mine.report_id = ? and o.report_id = ? order by mine.kind""")
			.params(id, other)
			.query(String.class)
			.list();
	}

	void addMessage(UUID id, UUID reportId, String direction, String body, UUID authorId, Instant now) {
		jdbc.sql("insert into intake_message (id, report_id, direction, body, author_id, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(id, reportId, direction, body, authorId, ts(now))
			.update();
		jdbc.sql("update intake_report set updated_at = ? where id = ?").params(ts(now), reportId).update();
	}

	/** A stored message: direction {@code TO_REPORTER} or {@code FROM_REPORTER}, body still encrypted. */
	record StoredMessage(UUID id, String direction, String body, UUID authorId, Instant createdAt) {
	}

	List<StoredMessage> messages(UUID reportId) {
		return jdbc.sql("select id, direction, body, author_id, created_at from intake_message where report_id = ? order by created_at, id")
			.param(reportId)
			.query((rs, n) -> new StoredMessage(rs.getObject("id", UUID.class), rs.getString("direction"),
					rs.getString("body"), rs.getObject("author_id", UUID.class), instant(rs, "created_at")))
			.list();
	}

	/** A screenshot attached to a report (kept in platform's encrypted file store under the same id). */
	record StoredScreenshot(UUID id, String contentType, long size, String sha256, Integer width, Integer height) {
	}

	List<StoredScreenshot> screenshots(UUID reportId) {
		return jdbc.sql("select id, content_type, size_bytes, sha256, width, height from intake_file "
				+ "where report_id = ? and origin = 'SCREENSHOT' order by created_at, id")
			.param(reportId)
			.query((rs, n) -> new StoredScreenshot(rs.getObject("id", UUID.class), rs.getString("content_type"),
					rs.getLong("size_bytes"), rs.getString("sha256"), (Integer) rs.getObject("width"),
					(Integer) rs.getObject("height")))
			.list();
	}

	void insertPartnerFile(PartnerFiles.ReceivedFile file, String sealedName) {
		jdbc.sql("""
				insert into intake_file (id, report_id, origin, kind, declared_index, name, content_type, size_bytes,
				    sha256, sha1, md5, width, height, created_at)
				values (?, ?, 'PARTNER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(file.id(), file.reportId(), file.kind().name(), file.declaredIndex(), sealedName,
					file.kind().mediaType(), file.size(), file.sha256(), file.sha1(), file.md5(), file.width(),
					file.height(), ts(file.receivedAt()))
			.update();
	}

	/** The partner's files of a report, in the order of its declared files. */
	List<PartnerFiles.ReceivedFile> partnerFiles(UUID reportId) {
		return jdbc.sql("select " + PARTNER_FILE_COLUMNS + " from intake_file where report_id = ? and origin = 'PARTNER' "
				+ "order by declared_index")
			.param(reportId)
			.query(this::partnerFile)
			.list();
	}

	Optional<PartnerFiles.ReceivedFile> partnerFile(UUID reportId, int declaredIndex) {
		return jdbc.sql("select " + PARTNER_FILE_COLUMNS + " from intake_file where report_id = ? and origin = 'PARTNER' "
				+ "and declared_index = ?")
			.params(reportId, declaredIndex)
			.query(this::partnerFile)
			.optional();
	}

	/** Every file of a sent report, screenshots and partner files, oldest first. */
	List<org.kumkrong.intake.ReportFile> files(UUID reportId) {
		return jdbc.sql("""
				select id, origin, content_type, size_bytes, sha256, sha1, md5, width, height, declared_index, created_at
				from intake_file where report_id = ? order by created_at, id""")
			.param(reportId)
			.query((rs, n) -> new org.kumkrong.intake.ReportFile(rs.getObject("id", UUID.class), rs.getString("origin"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("sha1"),
					rs.getString("md5"), integer(rs, "width"), integer(rs, "height"), integer(rs, "declared_index"),
					instant(rs, "created_at")))
			.list();
	}

	/** A file a partner uploaded for one of the report's declared files (kept in the file store under its id). */
	private PartnerFiles.ReceivedFile partnerFile(ResultSet rs, int row) throws SQLException {
		return new PartnerFiles.ReceivedFile(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
				rs.getInt("declared_index"), FileKind.valueOf(rs.getString("kind")), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getString("sha1"), rs.getString("md5"), integer(rs, "width"),
				integer(rs, "height"), instant(rs, "created_at"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private StoredReport withOffences(StoredReport report) {
		List<String> codes = jdbc.sql("select offence_code from intake_report_offence where report_id = ? order by offence_code")
			.param(report.id())
			.query(String.class)
			.list();
		return copyWithOffences(report, primaryFirst(report.offenceCode(), codes));
	}

	private List<StoredReport> withOffences(List<StoredReport> reports) {
		if (reports.isEmpty()) {
			return reports;
		}
		Map<UUID, List<String>> codes = new HashMap<>();
		StringJoiner marks = new StringJoiner(", ", "(", ")");
		List<Object> ids = new ArrayList<>();
		for (StoredReport report : reports) {
			marks.add("?");
			ids.add(report.id());
		}
		jdbc.sql("select report_id, offence_code from intake_report_offence where report_id in " + marks
				+ " order by offence_code")
			.params(ids)
			.query((RowCallbackHandler) rs -> codes.computeIfAbsent(rs.getObject("report_id", UUID.class), k -> new ArrayList<>())
				.add(rs.getString("offence_code")));
		return reports.stream()
			.map(report -> copyWithOffences(report, primaryFirst(report.offenceCode(), codes.getOrDefault(report.id(), List.of()))))
			.toList();
	}

	private static List<String> primaryFirst(String primary, List<String> codes) {
		if (primary == null || !codes.contains(primary)) {
			return codes;
		}
		List<String> ordered = new ArrayList<>();
		ordered.add(primary);
		codes.stream().filter(code -> !code.equals(primary)).forEach(ordered::add);
		return ordered;
	}

	private static StoredReport copyWithOffences(StoredReport r, List<String> codes) {
		return new StoredReport(r.id(), r.reference(), r.channel(), r.status(), r.priority(), r.receivedAt(),
				r.updatedAt(), r.reporterKind(), r.reporterAgeBand(), List.copyOf(codes), r.provinceCode(),
				r.platformCode(), r.victimAgeBand(), r.danger(), r.partnerAgencyId(), r.partnerReference(),
				r.mergedInto(), r.caseReference(), r.caseOwnerAgencyId(), r.screenOutReason(), r.decidedAt(),
				r.decidedBy(), r.hasContact(), r.version(), r.knownMatches());
	}

	private StoredReport report(ResultSet rs, int row) throws SQLException {
		String primary = rs.getString("offence_code_primary");
		String reason = rs.getString("decision_reason");
		return new StoredReport(rs.getObject("id", UUID.class), rs.getString("reference"),
				ReportChannel.valueOf(rs.getString("channel")), ReportStatus.valueOf(rs.getString("status")),
				ReportPriority.ofRank(rs.getInt("priority")), instant(rs, "received_at"), instant(rs, "updated_at"),
				ReportSubmission.ReporterKind.valueOf(rs.getString("reporter_kind")), rs.getString("reporter_age_band"),
				primary == null ? List.of() : List.of(primary), rs.getString("province_code"),
				rs.getString("platform_code"), rs.getString("victim_age_band"),
				ReportSubmission.Danger.valueOf(rs.getString("danger")), rs.getObject("partner_agency_id", UUID.class),
				rs.getString("partner_reference"), rs.getObject("merged_into", UUID.class),
				rs.getString("case_reference"), rs.getObject("case_owner_agency", UUID.class),
				reason == null ? null : ScreenOutReason.valueOf(reason), instant(rs, "decided_at"),
				rs.getObject("decided_by", UUID.class), rs.getBoolean("has_contact"), rs.getLong("version"),
				rs.getInt("known_matches"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
