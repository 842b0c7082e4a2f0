package org.kumkrong.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.intake.ReportId;
import org.kumkrong.intake.ReportMerged;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.ReportScreenedIn;
import org.kumkrong.intake.ReportScreenedOut;
import org.kumkrong.intake.ReportStatus;
import org.kumkrong.intake.ScreenOutReason;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triage desk's work on a report: read it (audited; the first read moves it to {@code IN_REVIEW}),
 * classify it, answer an anonymous reporter, find and merge duplicates, and decide — screen out with a
 * reason, or screen in to a new case (owner agency) or an existing one. Each decision is final, audited
 * and announced as an event; two analysts deciding at once cannot both win.
 */
@Service
public class Triage {

	static final Pattern CASE_REFERENCE = Pattern.compile("KK-\\d{4}-\\d{6}");

	static final int PAGE_SIZE = 50;

	private final ReportStore store;

	private final ReportSecrets secrets;

	private final ReferenceData references;

	private final Agencies agencies;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Triage(ReportStore store, ReportSecrets secrets, ReferenceData references, Agencies agencies, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.secrets = secrets;
		this.references = references;
		this.agencies = agencies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A queue filter as the page offers it; {@code null} fields mean any. */
	public record QueueQuery(ReportStatus status, boolean openOnly, org.kumkrong.intake.ReportChannel channel,
			String offenceCode, String provinceCode, ReportPriority priority) {
	}

	/** A page of the queue and the cursor of the next page ({@code null} on the last). */
	public record QueuePage(List<StoredReport> reports, String next) {
	}

	@Transactional(readOnly = true)
	public QueuePage queue(QueueQuery query, String after) {
		ReportStore.QueueCursor cursor = decodeCursor(after);
		List<StoredReport> rows = store.queue(new ReportStore.QueueFilter(query.status(), query.openOnly(),
				query.channel(), query.offenceCode(), query.provinceCode(), query.priority()), cursor, PAGE_SIZE + 1);
		String next = null;
		if (rows.size() > PAGE_SIZE) {
			rows = rows.subList(0, PAGE_SIZE);
			StoredReport last = rows.get(PAGE_SIZE - 1);
			long micros = last.receivedAt().getEpochSecond() * 1_000_000L + last.receivedAt().getNano() / 1000;
			next = last.priority().rank() + "_" + micros + "_" + last.id();
		}
		return new QueuePage(rows, next);
	}

	@Transactional(readOnly = true)
	public Map<ReportPriority, Long> openCounts() {
		return store.openCounts(COUNT_CAP);
	}

	/** The queue's summary counts stop here (shown as "1000+"): counting further costs time and tells nothing. */
	public static final int COUNT_CAP = 1000;

	private static ReportStore.QueueCursor decodeCursor(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String[] parts = value.split("_");
		try {
			if (parts.length != 3) {
				throw new IllegalArgumentException("cursor");
			}
			long micros = Long.parseLong(parts[1]);
			Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
			return new ReportStore.QueueCursor(Integer.parseInt(parts[0]), at, UUID.fromString(parts[2]));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("after");
		}
	}

	/**
	 * Everything about a report a triage user may see. {@code contact} is null unless asked for and allowed;
	 * {@code partnerFiles} are the records (never the content) of the files the partner uploaded.
	 */
	public record TriageReport(StoredReport report, ReportSubmission details, ReportSubmission.Contact contact,
			List<Message> messages, List<Duplicate> duplicates, StoredReport mergedInto, List<Screenshot> screenshots,
			List<PartnerFiles.ReceivedFile> partnerFiles) {
	}

	/** A screenshot the reporter attached: shown blurred until a triage user reveals it (audited). */
	public record Screenshot(UUID id, String contentType, long size, String sha256, Integer width, Integer height) {
	}

	/** A follow-up message: {@code fromReporter} false for what the hotline wrote (and who). */
	public record Message(boolean fromReporter, String body, UUID authorId, Instant at) {
	}

	/** A suggested duplicate: the other report and what they share. */
	public record Duplicate(StoredReport report, List<String> sharedKinds) {
	}

	/**
	 * Reads a report for triage, audited as {@code intake.report.viewed}; the first read moves it from
	 * {@code RECEIVED} to {@code IN_REVIEW}.
	 *
	 * @param withContact whether to decrypt the reporter's contact details (only for those allowed; also audited)
	 */
	@Transactional
	public TriageReport open(UUID id, boolean withContact) {
		StoredReport report = store.find(id).orElseThrow(ReportNotFoundException::new);
		if (report.status() == ReportStatus.RECEIVED) {
			store.markInReview(id, clock.instant());
			report = store.find(id).orElseThrow(ReportNotFoundException::new);
		}
		audit.record("intake.report.viewed", "intake_report", id, AuditOutcome.SUCCESS);
		ReportSubmission details = secrets.openDetails(id, store.details(id).orElseThrow(ReportNotFoundException::new));
		ReportSubmission.Contact contact = null;
		if (withContact && report.hasContact()) {
			contact = secrets.openContact(id, store.contact(id).orElse(null));
			audit.record("intake.report.contactViewed", "intake_report", id, AuditOutcome.SUCCESS);
		}
		List<Message> messages = store.messages(id).stream()
			.map(m -> new Message("FROM_REPORTER".equals(m.direction()), secrets.openMessage(m.id(), m.body()),
					m.authorId(), m.createdAt()))
			.toList();
		List<Duplicate> duplicates = new ArrayList<>();
		for (ReportStore.DuplicateCandidate candidate : store.duplicates(id, 20)) {
			store.find(candidate.reportId())
				.ifPresent(other -> duplicates.add(new Duplicate(other, store.sharedKinds(id, other.id()))));
		}
		StoredReport mergedInto = report.mergedInto() == null ? null : store.find(report.mergedInto()).orElse(null);
		List<Screenshot> screenshots = store.screenshots(id).stream()
			.map(f -> new Screenshot(f.id(), f.contentType(), f.size(), f.sha256(), f.width(), f.height()))
			.toList();
		return new TriageReport(report, details, contact, messages, duplicates, mergedInto, screenshots,
				store.partnerFiles(id));
	}

	/** Whether the file is a screenshot of this report (so a file id cannot be read through another report). */
	@Transactional(readOnly = true)
	public boolean isScreenshotOf(UUID reportId, UUID fileId) {
		return store.screenshots(reportId).stream().anyMatch(f -> f.id().equals(fileId));
	}

	/** Records that a triage user revealed (or viewed) a screenshot unblurred. */
	@Transactional
	public void recordScreenshotAccess(UUID reportId, UUID fileId, boolean reveal) {
		audit.record(reveal ? "intake.file.revealed" : "intake.file.viewed", "intake_file", fileId, AuditOutcome.SUCCESS);
	}

	/** A report's plain columns, without reading what the reporter wrote (not audited as a view). */
	@Transactional(readOnly = true)
	public Optional<StoredReport> find(UUID id) {
		return store.find(id);
	}

	/**
	 * Sets a report's classification; the priority follows (danger, then age band).
	 *
	 * @throws RuleViolationException naming the field of an unknown code
	 */
	@Transactional
	public void classify(UUID id, List<String> offenceCodes, String provinceCode, String platformCode,
			String victimAgeBand, ReportSubmission.Danger danger, long expectedVersion) {
		StoredReport report = requireOpen(id, expectedVersion);
		List<String> offences = offenceCodes == null ? List.of() : offenceCodes.stream().distinct().toList();
		for (String code : offences) {
			if (!references.isActive(ReferenceList.OFFENCE, code)) {
				throw new RuleViolationException("offenceCodes", "intake.triage.error.offence");
			}
		}
		if (provinceCode != null && !references.isActiveProvince(provinceCode)) {
			throw new RuleViolationException("provinceCode", "intake.triage.error.province");
		}
		if (platformCode != null && !references.isActive(ReferenceList.PLATFORM, platformCode)) {
			throw new RuleViolationException("platformCode", "intake.triage.error.platform");
		}
		if (victimAgeBand != null && !references.isActive(ReferenceList.AGE_BAND, victimAgeBand)) {
			throw new RuleViolationException("victimAgeBand", "intake.triage.error.ageBand");
		}
		ReportSubmission.Danger effectiveDanger = danger == null ? report.danger() : danger;
		ReportPriority priority = ReportIntake.priority(effectiveDanger, victimAgeBand);
		store.classify(id, offences, provinceCode, platformCode, victimAgeBand, priority.rank(), clock.instant());
		if (effectiveDanger != report.danger()) {
			store.setDanger(id, effectiveDanger);
		}
		audit.record("intake.report.classified", "intake_report", id, AuditOutcome.SUCCESS);
	}

	/** Sends a message to the (anonymous) reporter, read on the follow-up page. */
	@Transactional
	public void reply(UUID id, String text) {
		StoredReport report = store.find(id).orElseThrow(ReportNotFoundException::new);
		if (report.channel() != org.kumkrong.intake.ReportChannel.PUBLIC) {
			throw new RuleViolationException("message", "intake.triage.error.replyPartner");
		}
		try {
			ReportIntake.checkMessage(text);
		}
		catch (SubmissionRejected ex) {
			throw new RuleViolationException("message", "intake.triage.error.message");
		}
		UUID messageId = UUID.randomUUID();
		store.addMessage(messageId, id, "TO_REPORTER", secrets.sealMessage(messageId, text.strip()), actorId(),
				clock.instant());
		audit.record("intake.report.replied", "intake_report", id, AuditOutcome.SUCCESS);
	}

	@Transactional
	public void screenOut(UUID id, ScreenOutReason reason, long expectedVersion) {
		if (reason == null) {
			throw new RuleViolationException("reason", "intake.triage.error.reason");
		}
		StoredReport report = requireOpen(id, expectedVersion);
		Instant now = clock.instant();
		decide(store.decide(id, ReportStatus.SCREENED_OUT, null, null, reason, null, actorId(), now));
		audit.record("intake.report.screenedOut", "intake_report", id, AuditOutcome.SUCCESS);
		events.publishEvent(new ReportScreenedOut(new ReportId(id), now, actorId(), reason, report.channel()));
	}

	/**
	 * Screens a report in: to a new case owned by {@code ownerAgencyId}, or to the existing case
	 * {@code existingCaseReference} — exactly one of them.
	 */
	@Transactional
	public void screenIn(UUID id, UUID ownerAgencyId, String existingCaseReference, long expectedVersion) {
		String caseReference = existingCaseReference == null || existingCaseReference.isBlank() ? null
				: existingCaseReference.strip().toUpperCase(java.util.Locale.ROOT);
		if ((ownerAgencyId == null) == (caseReference == null)) {
			throw new RuleViolationException("target", "intake.triage.error.target");
		}
		if (caseReference != null && !CASE_REFERENCE.matcher(caseReference).matches()) {
			throw new RuleViolationException("caseReference", "intake.triage.error.caseReference");
		}
		if (ownerAgencyId != null && agencies.find(ownerAgencyId).filter(AgencyView::active).isEmpty()) {
			throw new RuleViolationException("ownerAgencyId", "intake.triage.error.owner");
		}
		StoredReport report = requireOpen(id, expectedVersion);
		Instant now = clock.instant();
		decide(store.decide(id, ReportStatus.SCREENED_IN, caseReference, ownerAgencyId, null, null, actorId(), now));
		audit.record("intake.report.screenedIn", "intake_report", id, AuditOutcome.SUCCESS);
		events.publishEvent(new ReportScreenedIn(new ReportId(id), report.reference(), now, actorId(), ownerAgencyId, caseReference,
				report.channel(), report.offenceCodes(), report.provinceCode(), report.victimAgeBand(),
				report.platformCode(), report.priority()));
	}

	/** Joins a duplicate to another report (given by id or reference), which carries on. */
	@Transactional
	public void merge(UUID id, String intoReference, long expectedVersion) {
		StoredReport into = intoReference == null ? null
				: store.findByReference(intoReference.strip().toUpperCase(java.util.Locale.ROOT)).orElse(null);
		if (into == null) {
			throw new RuleViolationException("into", "intake.triage.error.mergeTarget");
		}
		if (into.id().equals(id) || into.status() == ReportStatus.MERGED) {
			throw new RuleViolationException("into", "intake.triage.error.mergeSelf");
		}
		StoredReport report = requireOpen(id, expectedVersion);
		Instant now = clock.instant();
		decide(store.decide(id, ReportStatus.MERGED, null, null, null, into.id(), actorId(), now));
		audit.record("intake.report.merged", "intake_report", id, AuditOutcome.SUCCESS);
		events.publishEvent(new ReportMerged(new ReportId(id), new ReportId(into.id()), now, actorId(), report.channel()));
	}

	/**
	 * The agency that owns a new case by default: a police intake desk of the report's province, else the
	 * (national) police intake desk, else any intake desk.
	 */
	@Transactional(readOnly = true)
	public Optional<AgencyView> defaultOwner(StoredReport report) {
		List<AgencyView> desks = agencies.intakeDesks();
		return desks.stream()
			.filter(a -> "POLICE".equals(a.typeCode()) && a.provinceCode().equals(report.provinceCode()))
			.findFirst()
			.or(() -> desks.stream().filter(a -> "POLICE".equals(a.typeCode())).findFirst())
			.or(() -> desks.stream().findFirst());
	}

	private StoredReport requireOpen(UUID id, long expectedVersion) {
		StoredReport report = store.find(id).orElseThrow(ReportNotFoundException::new);
		if (!report.status().open()) {
			throw new RuleViolationException("status", "intake.triage.error.decided");
		}
		if (report.version() != expectedVersion) {
			throw new RuleViolationException("version", "intake.triage.error.changed");
		}
		return report;
	}

	private static void decide(boolean won) {
		if (!won) {
			throw new RuleViolationException("status", "intake.triage.error.decided");
		}
	}

	private static UUID actorId() {
		return Actor.current().map(Actor::userId).orElse(null);
	}

	/** No report with that id (or none the caller may see). */
	public static class ReportNotFoundException extends NotFoundException {

		public ReportNotFoundException() {
			super("intake_report");
		}

	}

}
