package org.kumkrong.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.ReportId;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.ReportStatus;
import org.kumkrong.intake.ReportSubmitted;
import org.kumkrong.intake.internal.ReceiptCodes.Receipt;
import org.kumkrong.platform.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives reports from both channels and serves anonymous reporters' follow-up. A report is stored,
 * audited and announced ({@link ReportSubmitted}) in one transaction, so an acknowledged report is a
 * committed one. The reporter's words are stored encrypted; only codes stay readable for the queue.
 */
@Service
public class ReportIntake {

	/** Age bands under 13: the third priority of the queue. */
	static final Set<String> UNDER_13 = Set.of("AGE_0_5", "AGE_6_9", "AGE_10_12");

	private static final List<String> AGE_ORDER = List.of("AGE_0_5", "AGE_6_9", "AGE_10_12", "AGE_13_15", "AGE_16_17",
			"ADULT_18_PLUS", "UNKNOWN");

	private final ReportStore store;

	private final SubmissionCheck check;

	private final ReportSecrets secrets;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String dummyHash;

	ReportIntake(ReportStore store, SubmissionCheck check, ReportSecrets secrets, PasswordEncoder passwords,
			AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.check = check;
		this.secrets = secrets;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.dummyHash = passwords.encode("0000000000");
	}

	/** What the reporter (or partner) gets back: the receipt only for public reports. */
	public record Submitted(UUID id, String reference, Instant receivedAt, ReportStatus status, Receipt receipt) {
	}

	/**
	 * Stores a report. For a partner report the partner is the signed-in actor (its agency and key).
	 *
	 * @throws SubmissionRejected naming every problem, when the submission is not acceptable
	 */
	@Transactional
	public Submitted submit(ReportSubmission submission) {
		List<SubmissionProblem> problems = check.problems(submission);
		if (!problems.isEmpty()) {
			throw new SubmissionRejected(problems);
		}
		UUID partnerAgency = null;
		UUID partnerKey = null;
		if (submission.channel() == ReportChannel.PARTNER) {
			Actor actor = Actor.current().orElseThrow(() -> new IllegalStateException("a partner report needs a partner"));
			partnerAgency = actor.agencyId();
			partnerKey = actor.userId();
		}
		// To the microsecond the database keeps, so the receivedAt a receipt shows is the one stored (a
		// partner filters by it: GET /api/v1/reports?since=…).
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		UUID id = UUID.randomUUID();
		String reference = "RP-%d-%07d".formatted(now.atOffset(ZoneOffset.UTC).getYear(), store.nextNumber());
		Receipt receipt = null;
		String lookup = null;
		String secret = null;
		if (submission.channel() == ReportChannel.PUBLIC) {
			receipt = ReceiptCodes.issue();
			lookup = ReceiptCodes.lookup(ReceiptCodes.normalise(receipt.code()));
			secret = passwords.encode(ReceiptCodes.normalise(receipt.passphrase()));
		}
		String victimBand = youngest(submission);
		ReportPriority priority = priority(submission.danger(), victimBand);
		String platform = submission.platformCodes().isEmpty() ? null : submission.platformCodes().get(0);
		List<String> offences = submission.offenceCodes().stream().distinct().toList();
		List<String> screenshotHashes = screenshotHashes(submission.screenshotIds());
		store.insert(new ReportStore.NewReport(id, reference, submission.channel(), priority, now,
				submission.reporterKind(), submission.reporterAgeBand(), offences.isEmpty() ? null : offences.get(0),
				submission.provinceCode(), platform, victimBand, submission.danger(), partnerAgency, partnerKey,
				blankToNull(submission.partnerReference()), lookup, secret, secrets.sealDetails(id, submission),
				secrets.sealContact(id, submission.contact())), offences, Indicator.of(submission, screenshotHashes));
		attachScreenshots(id, submission.screenshotIds());
		if (submission.channel() == ReportChannel.PUBLIC) {
			// The public channel is anonymous: the entry names no actor, and nothing about the client.
			audit.record(null, null, "intake.report.received", "intake_report", id, AuditOutcome.SUCCESS);
		}
		else {
			audit.record("intake.report.received", "intake_report", id, AuditOutcome.SUCCESS);
		}
		events.publishEvent(new ReportSubmitted(new ReportId(id), submission.channel(), now, offences,
				submission.provinceCode(), victimBand, platform, priority));
		return new Submitted(id, reference, now, ReportStatus.RECEIVED, receipt);
	}

	/** The queue priority: danger now, then ongoing contact, then a victim under 13, then the rest. */
	static ReportPriority priority(ReportSubmission.Danger danger, String victimAgeBand) {
		if (danger == ReportSubmission.Danger.NOW) {
			return ReportPriority.DANGER_NOW;
		}
		if (danger == ReportSubmission.Danger.ONGOING) {
			return ReportPriority.ONGOING_CONTACT;
		}
		if (victimAgeBand != null && UNDER_13.contains(victimAgeBand)) {
			return ReportPriority.UNDER_13;
		}
		return ReportPriority.STANDARD;
	}

	/** The youngest victim's age band; a child reporting without naming victims is the victim's age. */
	static String youngest(ReportSubmission submission) {
		List<String> bands = new ArrayList<>();
		for (ReportSubmission.Victim victim : submission.victims()) {
			if (victim == null) {
				continue;
			}
			if (victim.ageBand() != null) {
				bands.add(victim.ageBand());
			}
			else if (victim.age() != null) {
				bands.add(band(victim.age()));
			}
		}
		if (bands.isEmpty() && submission.reporterKind() == ReportSubmission.ReporterKind.CHILD
				&& submission.reporterAgeBand() != null) {
			bands.add(submission.reporterAgeBand());
		}
		return bands.stream()
			.filter(AGE_ORDER::contains)
			.min(Comparator.comparingInt(AGE_ORDER::indexOf))
			.orElse(null);
	}

	static String band(int age) {
		if (age <= 5) {
			return "AGE_0_5";
		}
		if (age <= 9) {
			return "AGE_6_9";
		}
		if (age <= 12) {
			return "AGE_10_12";
		}
		if (age <= 15) {
			return "AGE_13_15";
		}
		if (age <= 17) {
			return "AGE_16_17";
		}
		return "ADULT_18_PLUS";
	}

	private List<String> screenshotHashes(List<UUID> ids) {
		List<String> hashes = new ArrayList<>();
		for (UUID fileId : ids) {
			jdbc.sql("select sha256 from intake_file where id = ? and report_id is null").param(fileId)
				.query(String.class).optional().ifPresent(hashes::add);
		}
		return hashes;
	}

	private void attachScreenshots(UUID reportId, List<UUID> ids) {
		for (UUID fileId : ids) {
			jdbc.sql("update intake_file set report_id = ? where id = ? and report_id is null").params(reportId, fileId)
				.update();
		}
	}

	// --- follow-up by anonymous reporters ---

	/** What a reporter sees on the follow-up page. */
	public record FollowUp(UUID reportId, String reference, ReportStatus status, Instant receivedAt,
			List<FollowUpMessage> messages) {
	}

	/** One message of the conversation: {@code fromReporter} true for what the reporter wrote. */
	public record FollowUpMessage(boolean fromReporter, String body, Instant at) {
	}

	/**
	 * Opens a report by its receipt code and passphrase; empty when either is wrong (which of them is never
	 * said). Audited either way, without the codes.
	 */
	@Transactional
	public Optional<FollowUp> followUp(String code, String passphrase) {
		Optional<UUID> reportId = verify(code, passphrase);
		if (reportId.isEmpty()) {
			audit.record(null, null, "intake.followUp.failed", "intake_report", null, AuditOutcome.DENIED);
			return Optional.empty();
		}
		audit.record(null, null, "intake.followUp.opened", "intake_report", reportId.get(), AuditOutcome.SUCCESS);
		return reportId.flatMap(this::followUpOf);
	}

	/**
	 * Adds what the reporter writes (a reply or more information) to the report.
	 *
	 * @return false when the code or passphrase is wrong
	 */
	@Transactional
	public boolean addFromReporter(String code, String passphrase, String text) {
		Optional<UUID> reportId = verify(code, passphrase);
		if (reportId.isEmpty()) {
			audit.record(null, null, "intake.followUp.failed", "intake_report", null, AuditOutcome.DENIED);
			return false;
		}
		addFromReporter(reportId.get(), text);
		return true;
	}

	/**
	 * The follow-up of a report whose receipt code and passphrase were checked earlier ({@link #followUp})
	 * in the reporter's session, so the passphrase need not be kept to show the page again. Audited like
	 * the first opening.
	 */
	@Transactional
	public Optional<FollowUp> reopenFollowUp(UUID reportId) {
		audit.record(null, null, "intake.followUp.opened", "intake_report", reportId, AuditOutcome.SUCCESS);
		return followUpOf(reportId);
	}

	/**
	 * Adds what the reporter writes to a report whose receipt was checked earlier in the reporter's session.
	 *
	 * @throws SubmissionRejected when the text is empty, too long or malformed (field {@code message})
	 */
	@Transactional
	public void addFromReporter(UUID reportId, String text) {
		checkMessage(text);
		UUID messageId = UUID.randomUUID();
		store.addMessage(messageId, reportId, "FROM_REPORTER", secrets.sealMessage(messageId, text.strip()), null,
				clock.instant());
		audit.record(null, null, "intake.followUp.messageAdded", "intake_report", reportId, AuditOutcome.SUCCESS);
	}

	static void checkMessage(String text) {
		List<SubmissionProblem> problems = new ArrayList<>();
		if (text == null || text.isBlank()) {
			problems.add(SubmissionProblem.of("message", SubmissionProblem.Kind.MISSING));
		}
		else {
			SubmissionCheck.text(problems, "message", text, 5_000);
		}
		if (!problems.isEmpty()) {
			throw new SubmissionRejected(problems);
		}
	}

	private Optional<FollowUp> followUpOf(UUID reportId) {
		return store.find(reportId).map(report -> new FollowUp(report.id(), report.reference(), report.status(),
				report.receivedAt(), store.messages(reportId).stream()
					.map(m -> new FollowUpMessage("FROM_REPORTER".equals(m.direction()), secrets.openMessage(m.id(), m.body()),
							m.createdAt()))
					.toList()));
	}

	private Optional<UUID> verify(String code, String passphrase) {
		String normalisedCode = ReceiptCodes.normalise(code);
		String normalisedPass = ReceiptCodes.normalise(passphrase);
		if (!ReceiptCodes.looksLikeCode(normalisedCode) || !ReceiptCodes.looksLikePassphrase(normalisedPass)) {
			return Optional.empty();
		}
		Optional<ReportStore.ReceiptMatch> match = store.findByReceipt(ReceiptCodes.lookup(normalisedCode));
		if (match.isEmpty()) {
			// Spend the same work as a real check, so timing does not tell which codes exist.
			passwords.matches(normalisedPass, dummyHash);
			return Optional.empty();
		}
		return passwords.matches(normalisedPass, match.get().secret()) ? Optional.of(match.get().id()) : Optional.empty();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
