package org.kumkrong.statistics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kumkrong.casework.CaseOpened;
import org.kumkrong.casework.ChildAddedToCase;
import org.kumkrong.casework.OffenceRecorded;
import org.kumkrong.casework.OutcomeRecorded;
import org.kumkrong.casework.ReportJoinedCase;
import org.kumkrong.evidence.EvidenceMatched;
import org.kumkrong.intake.ReportScreenedIn;
import org.kumkrong.intake.ReportScreenedOut;
import org.kumkrong.intake.ReportSubmitted;
import org.kumkrong.referral.ReferralAccepted;
import org.kumkrong.referral.ReferralCompleted;
import org.kumkrong.referral.ReferralDeclined;
import org.kumkrong.referral.ReferralOverdue;
import org.kumkrong.referral.ReferralRequested;

import org.springframework.stereotype.Component;

import static org.kumkrong.statistics.internal.Dimension.*;

/**
 * Turns one event into facts, inside the caller's transaction: reads and locks the subject (report, case or
 * referral) the event concerns, records the facts with the dimensions known so far, teaches the subject what the
 * event tells (copying late dimensions into its earlier facts), and records a duration once both of its ends
 * are known, whichever event arrives second. The same code serves live events and the replay.
 */
@Component
class FactProjector {

	/** The events the read model is built from (the replay reads exactly these). */
	static final List<Class<?>> EVENTS = List.of(ReportSubmitted.class, ReportScreenedIn.class, ReportScreenedOut.class,
			ReportJoinedCase.class, CaseOpened.class, ChildAddedToCase.class, OffenceRecorded.class, OutcomeRecorded.class,
			ReferralRequested.class, ReferralAccepted.class, ReferralDeclined.class, ReferralCompleted.class,
			ReferralOverdue.class, EvidenceMatched.class);

	static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

	private static final Set<String> SUPPORT_PURPOSES = Set.of("VICTIM_SUPPORT", "SHELTER", "COUNSELLING", "LEGAL_AID",
			"MEDICAL", "SCHOOL_SUPPORT");

	private final FactStore store;

	FactProjector(FactStore store) {
		this.store = store;
	}

	/** Applies one event; {@code published} dates the facts of events that carry no time of their own. */
	void apply(Object event, Instant published) {
		if (event instanceof ReportSubmitted e) {
			Subject report = store.lock(Subject.report(e.reportId().value()));
			learnReport(report, e.provinceCode(), e.offenceCodes(), e.channel().name(), e.platformCode(), e.ageBand());
			if (report.startedAt == null) {
				report.startedAt = e.receivedAt();
			}
			record(Indicator.REPORTS_RECEIVED, day(e.receivedAt()), report, Map.of(), null);
			reportToCase(report);
			store.save(report);
		}
		else if (event instanceof ReportScreenedIn e) {
			Subject report = store.lock(Subject.report(e.reportId().value()));
			learnReport(report, e.provinceCode(), e.offenceCodes(), e.channel().name(), e.platformCode(), e.ageBand());
			record(Indicator.REPORTS_SCREENED_IN, day(e.decidedAt()), report, Map.of(), null);
			store.save(report);
		}
		else if (event instanceof ReportScreenedOut e) {
			Subject report = store.lock(Subject.report(e.reportId().value()));
			report.learn(CHANNEL, e.channel().name());
			record(Indicator.REPORTS_SCREENED_OUT, day(e.decidedAt()), report, Map.of(DETAIL, e.reason().name()), null);
			store.save(report);
		}
		else if (event instanceof ReportJoinedCase e) {
			Subject report = store.lock(Subject.report(e.reportId()));
			Subject kase = store.lock(Subject.kase(e.caseId()));
			if (report.joinedAt == null) {
				report.joinedAt = e.at();
				report.caseSubject = kase.key;
			}
			kase.learn(CHANNEL, report.code(CHANNEL));
			reportToCase(report);
			store.save(report);
			store.save(kase);
		}
		else if (event instanceof CaseOpened e) {
			Subject kase = store.lock(Subject.kase(e.caseId()));
			kase.learn(PROVINCE, e.provinceCode());
			kase.learn(AGENCY_TYPE, e.agencyType());
			if (kase.startedAt == null) {
				kase.startedAt = e.at();
			}
			record(Indicator.CASES_OPENED, day(e.at()), kase, Map.of(), null);
			caseDurations(kase);
			store.save(kase);
		}
		else if (event instanceof ChildAddedToCase e) {
			Subject kase = store.lock(Subject.kase(e.caseId()));
			Map<Dimension, String> own = new EnumMap<>(Dimension.class);
			own.put(AGE_BAND, e.ageBand());
			own.put(SEX, e.sex());
			own.put(PROVINCE, e.provinceCode());
			record(Indicator.CHILDREN_IDENTIFIED, day(published), kase, own, null);
			store.save(kase);
		}
		else if (event instanceof OffenceRecorded e) {
			Subject kase = store.lock(Subject.kase(e.caseId()));
			kase.learn(OFFENCE, e.offenceCode());
			kase.learn(PLATFORM, e.platformCode());
			kase.learn(PROVINCE, e.provinceCode());
			store.save(kase);
		}
		else if (event instanceof OutcomeRecorded e) {
			Indicator indicator = switch (e.outcomeType()) {
				case "SUSPECT_IDENTIFIED" -> Indicator.SUSPECTS_IDENTIFIED;
				case "ARRESTED" -> Indicator.ARRESTS;
				case "CHARGED" -> Indicator.CHARGES;
				case "PROSECUTION_DECLINED" -> Indicator.PROSECUTIONS_DECLINED;
				case "CONVICTED" -> Indicator.CONVICTIONS;
				case "ACQUITTED" -> Indicator.ACQUITTALS;
				case "CHILD_SUPPORTED" -> Indicator.CHILDREN_SUPPORTED;
				default -> null;
			};
			if (indicator == null) {
				return;
			}
			Subject kase = store.lock(Subject.kase(e.caseId()));
			record(indicator, e.occurredOn(), kase, agencyType(e.agencyType()), null);
			if (indicator == Indicator.CHARGES && (kase.chargedOn == null || e.occurredOn().isBefore(kase.chargedOn))
					&& !kase.durationsDone.contains("CASE_TO_CHARGE")) {
				kase.chargedOn = e.occurredOn();
			}
			if ((indicator == Indicator.CONVICTIONS || indicator == Indicator.ACQUITTALS) && kase.verdictOn == null) {
				kase.verdictOn = e.occurredOn();
			}
			caseDurations(kase);
			store.save(kase);
		}
		else if (event instanceof ReferralRequested e) {
			Subject referral = referral(e.referralId(), e.caseId(), e.toAgencyType(), e.purpose().name());
			if (referral.startedAt == null) {
				referral.startedAt = e.at();
			}
			referralFact(Indicator.REFERRALS_MADE, e.at(), referral);
		}
		else if (event instanceof ReferralAccepted e) {
			answered(Indicator.REFERRALS_ACCEPTED, referral(e.referralId(), e.caseId(), e.toAgencyType(), e.purpose().name()),
					e.at());
		}
		else if (event instanceof ReferralDeclined e) {
			answered(Indicator.REFERRALS_DECLINED, referral(e.referralId(), e.caseId(), e.toAgencyType(), e.purpose().name()),
					e.at());
		}
		else if (event instanceof ReferralCompleted e) {
			if (SUPPORT_PURPOSES.contains(e.purpose().name())) {
				referralFact(Indicator.SUPPORT_SERVICES_COMPLETED, e.at(),
						referral(e.referralId(), e.caseId(), e.toAgencyType(), e.purpose().name()));
			}
		}
		else if (event instanceof ReferralOverdue e) {
			referralFact(Indicator.REFERRALS_OVERDUE, e.at(), referral(e.referralId(), e.caseId(), null, e.purpose().name()));
		}
		else if (event instanceof EvidenceMatched e) {
			Subject kase = store.lock(Subject.kase(e.caseId()));
			record(Indicator.KNOWN_CONTENT_MATCHES, day(e.at()), kase, Map.of(DETAIL, e.source()), null);
			store.save(kase);
		}
		else {
			applyLater(event, published);
		}
	}

	/** Events without a report, case or referral: a course completed (who is never part of it). */
	void applyLater(Object event, Instant published) {
		if (event instanceof org.kumkrong.training.TrainingCompleted e) {
			Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
			codes.put(PROVINCE, e.provinceCode());
			codes.put(AGENCY_TYPE, e.agencyType());
			codes.put(DETAIL, e.role());
			recordAlone(Indicator.STAFF_TRAINED, day(e.at()), codes);
		}
	}

	/** Records a fact that has no subject (training). */
	void recordAlone(Indicator indicator, LocalDate on, Map<Dimension, String> codes) {
		store.insert(new Fact(indicator, on, codes, null, null), 'E');
	}

	/** A report's dimensions: the offence is the first one it names. */
	private static void learnReport(Subject report, String province, List<String> offences, String channel,
			String platform, String ageBand) {
		report.learn(PROVINCE, province);
		report.learn(OFFENCE, offences.isEmpty() ? null : offences.get(0));
		report.learn(CHANNEL, channel);
		report.learn(PLATFORM, platform);
		report.learn(AGE_BAND, ageBand);
	}

	private Subject referral(java.util.UUID referralId, java.util.UUID caseId, String toAgencyType, String purpose) {
		Subject referral = store.lock(Subject.referral(referralId));
		referral.caseSubject = Subject.kase(caseId);
		referral.learn(AGENCY_TYPE, toAgencyType);
		referral.learn(DETAIL, purpose);
		return referral;
	}

	private void referralFact(Indicator indicator, Instant at, Subject referral) {
		Subject kase = store.lock(referral.caseSubject);
		Map<Dimension, String> own = new EnumMap<>(Dimension.class);
		own.put(AGENCY_TYPE, referral.code(AGENCY_TYPE));
		own.put(DETAIL, referral.code(DETAIL));
		record(indicator, day(at), kase, own, null);
		store.save(referral);
		store.save(kase);
	}

	private void answered(Indicator indicator, Subject referral, Instant at) {
		if (referral.answeredAt == null) {
			referral.answeredAt = at;
		}
		referralFact(indicator, at, referral);
		Subject reloaded = store.lock(referral.key);
		if (reloaded.startedAt != null && reloaded.answeredAt != null && reloaded.durationsDone.add("RESPONSE")) {
			Subject kase = store.lock(reloaded.caseSubject);
			Map<Dimension, String> own = new EnumMap<>(Dimension.class);
			own.put(AGENCY_TYPE, reloaded.code(AGENCY_TYPE));
			own.put(DETAIL, reloaded.code(DETAIL));
			int hours = (int) Math.max(0, Duration.between(reloaded.startedAt, reloaded.answeredAt).toHours());
			record(Indicator.REFERRAL_RESPONSE_HOURS, day(reloaded.answeredAt), kase, own, hours);
			store.save(reloaded);
		}
	}

	private void reportToCase(Subject report) {
		if (report.startedAt != null && report.joinedAt != null && report.durationsDone.add("REPORT_TO_CASE")) {
			int days = (int) Math.max(0, ChronoUnit.DAYS.between(day(report.startedAt), day(report.joinedAt)));
			record(Indicator.DAYS_REPORT_TO_CASE, day(report.joinedAt), report, Map.of(), days);
		}
	}

	private void caseDurations(Subject kase) {
		if (kase.startedAt != null && kase.chargedOn != null && kase.durationsDone.add("CASE_TO_CHARGE")) {
			int days = (int) Math.max(0, ChronoUnit.DAYS.between(day(kase.startedAt), kase.chargedOn));
			record(Indicator.DAYS_CASE_TO_CHARGE, kase.chargedOn, kase, Map.of(), days);
		}
		if (kase.chargedOn != null && kase.verdictOn != null && kase.durationsDone.add("CHARGE_TO_VERDICT")) {
			int days = (int) Math.max(0, ChronoUnit.DAYS.between(kase.chargedOn, kase.verdictOn));
			record(Indicator.DAYS_CHARGE_TO_VERDICT, kase.verdictOn, kase, Map.of(), days);
		}
	}

	/** A fact of the subject: its own codes first, the subject's for the rest. */
	private void record(Indicator indicator, LocalDate on, Subject subject, Map<Dimension, String> own, Integer amount) {
		Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
		codes.putAll(subject.codes);
		own.forEach((dimension, code) -> {
			if (code != null) {
				codes.put(dimension, code);
			}
		});
		store.insert(new Fact(indicator, on, codes, amount, subject.key), 'E');
	}

	private static Map<Dimension, String> agencyType(String code) {
		Map<Dimension, String> own = new EnumMap<>(Dimension.class);
		own.put(AGENCY_TYPE, code);
		return own;
	}

	static LocalDate day(Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}

}
