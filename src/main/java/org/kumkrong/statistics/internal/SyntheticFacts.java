package org.kumkrong.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.kumkrong.reference.Province;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceEntry;
import org.kumkrong.reference.ReferenceList;

import org.springframework.stereotype.Component;

/**
 * Synthetic facts for demos and benchmarks, marked as such ({@code source = 'S'}), spread the way the field's
 * published figures look: rising year on year with a school-holiday bump, most reports from Bangkok and the large
 * provinces (weights roughly by population), more grooming and sextortion than other offences, most children
 * 13–15 and most of them girls, a funnel from reports to cases to charges to verdicts. Seeded, so the same N
 * gives the same facts.
 */
@Component
class SyntheticFacts {

	private static final Object[][] INDICATOR_WEIGHTS = {
			{ Indicator.REPORTS_RECEIVED, 380 }, { Indicator.REPORTS_SCREENED_IN, 150 },
			{ Indicator.REPORTS_SCREENED_OUT, 140 }, { Indicator.CASES_OPENED, 80 }, { Indicator.CHILDREN_IDENTIFIED, 85 },
			{ Indicator.SUSPECTS_IDENTIFIED, 30 }, { Indicator.ARRESTS, 22 }, { Indicator.CHARGES, 18 },
			{ Indicator.PROSECUTIONS_DECLINED, 3 }, { Indicator.CONVICTIONS, 11 }, { Indicator.ACQUITTALS, 2 },
			{ Indicator.CHILDREN_SUPPORTED, 20 }, { Indicator.SUPPORT_SERVICES_COMPLETED, 10 },
			{ Indicator.REFERRALS_MADE, 25 }, { Indicator.REFERRALS_ACCEPTED, 20 }, { Indicator.REFERRALS_DECLINED, 3 },
			{ Indicator.REFERRALS_OVERDUE, 4 }, { Indicator.DAYS_REPORT_TO_CASE, 40 },
			{ Indicator.DAYS_CASE_TO_CHARGE, 15 }, { Indicator.DAYS_CHARGE_TO_VERDICT, 9 },
			{ Indicator.REFERRAL_RESPONSE_HOURS, 20 }, { Indicator.KNOWN_CONTENT_MATCHES, 25 },
			{ Indicator.STAFF_TRAINED, 12 } };

	/** Relative weights of the larger provinces; every other province weighs 1. */
	private static final Map<String, Integer> PROVINCE_WEIGHTS = Map.ofEntries(Map.entry("TH-10", 40),
			Map.entry("TH-11", 6), Map.entry("TH-12", 6), Map.entry("TH-13", 5), Map.entry("TH-20", 7),
			Map.entry("TH-30", 6), Map.entry("TH-40", 5), Map.entry("TH-41", 4), Map.entry("TH-50", 7),
			Map.entry("TH-57", 5), Map.entry("TH-83", 3), Map.entry("TH-90", 6), Map.entry("TH-34", 4));

	private static final Map<String, Integer> OFFENCE_WEIGHTS = Map.of("ONLINE_GROOMING", 30, "SEXTORTION", 25, "CSAM",
			25, "CSAM_SOLICITATION", 10, "NONCONSENSUAL_SHARING", 10, "LIVE_STREAMED_ABUSE", 4,
			"UNSOLICITED_SEXUAL_MATERIAL", 8);

	private static final Map<String, Integer> AGE_WEIGHTS = Map.of("AGE_0_5", 2, "AGE_6_9", 6, "AGE_10_12", 20,
			"AGE_13_15", 45, "AGE_16_17", 27);

	private final ReferenceData references;

	SyntheticFacts(ReferenceData references) {
		this.references = references;
	}

	/** {@code count} facts over the {@code years} years up to {@code today}, in batches to {@code sink}. */
	void generate(int count, int years, LocalDate today, long seed, java.util.function.Consumer<List<Fact>> sink) {
		SplittableRandom random = new SplittableRandom(seed);
		Picker<Indicator> indicators = new Picker<>();
		for (Object[] weight : INDICATOR_WEIGHTS) {
			indicators.add((Indicator) weight[0], (Integer) weight[1]);
		}
		Picker<String> provinces = new Picker<>();
		for (Province province : references.provinces()) {
			provinces.add(province.code(), PROVINCE_WEIGHTS.getOrDefault(province.code(), 1));
		}
		Picker<String> offences = picker(ReferenceList.OFFENCE, OFFENCE_WEIGHTS, 2);
		Picker<String> ages = picker(ReferenceList.AGE_BAND, AGE_WEIGHTS, 1);
		Picker<String> platforms = picker(ReferenceList.PLATFORM, Map.of(), 3);
		Picker<String> sexes = new Picker<>();
		for (ReferenceEntry entry : references.entries(ReferenceList.SEX)) {
			sexes.add(entry.code(), entry.code().startsWith("F") ? 68 : entry.code().startsWith("M") ? 28 : 4);
		}
		Picker<String> agencyTypes = picker(ReferenceList.AGENCY_TYPE, Map.of("POLICE", 10, "PROSECUTION", 3, "COURT", 2,
				"SOCIAL_SERVICES", 4, "NGO", 3), 1);
		Picker<String> channels = new Picker<>();
		channels.add("PUBLIC", 55);
		channels.add("PARTNER", 45);
		Picker<String> purposes = new Picker<>();
		for (String purpose : List.of("INVESTIGATION", "PROSECUTION", "TRIAL", "VICTIM_SUPPORT", "SHELTER", "COUNSELLING",
				"LEGAL_AID", "MEDICAL", "SCHOOL_SUPPORT")) {
			purposes.add(purpose, purpose.equals("INVESTIGATION") || purpose.equals("PROSECUTION") ? 5 : 2);
		}
		List<String> supportPurposes = List.of("VICTIM_SUPPORT", "SHELTER", "COUNSELLING", "LEGAL_AID", "MEDICAL",
				"SCHOOL_SUPPORT");
		Picker<String> reasons = new Picker<>();
		for (String reason : List.of("NOT_IN_SCOPE", "INSUFFICIENT_INFORMATION", "CONTENT_UNAVAILABLE", "FORWARDED_ABROAD",
				"ADULT_ONLY", "FALSE_OR_ABUSIVE")) {
			reasons.add(reason, reason.equals("INSUFFICIENT_INFORMATION") ? 4 : 2);
		}
		Picker<String> roles = new Picker<>();
		for (String role : List.of("INVESTIGATOR", "PROSECUTOR", "JUDGE", "SOCIAL_WORKER", "HOTLINE_ANALYST")) {
			roles.add(role, role.equals("INVESTIGATOR") ? 5 : 2);
		}
		// Days weighted by a rising trend (+25 % a year) and a bump in the school holidays (April, May, October).
		LocalDate first = today.minusYears(years).plusDays(1);
		int span = (int) (today.toEpochDay() - first.toEpochDay()) + 1;
		double[] cumulative = new double[span];
		double sum = 0;
		for (int d = 0; d < span; d++) {
			LocalDate day = first.plusDays(d);
			double weight = Math.pow(1.25, d / 365.0);
			int month = day.getMonthValue();
			if (month == 4 || month == 5 || month == 10) {
				weight *= 1.3;
			}
			sum += weight;
			cumulative[d] = sum;
		}
		List<Fact> batch = new ArrayList<>(10_000);
		for (int i = 0; i < count; i++) {
			double r = random.nextDouble() * sum;
			int d = java.util.Arrays.binarySearch(cumulative, r);
			LocalDate on = first.plusDays(d < 0 ? -d - 1 : d);
			Indicator indicator = indicators.pick(random);
			Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
			codes.put(Dimension.PROVINCE, provinces.pick(random));
			codes.put(Dimension.OFFENCE, offences.pick(random));
			codes.put(Dimension.CHANNEL, channels.pick(random));
			codes.put(Dimension.PLATFORM, platforms.pick(random));
			codes.put(Dimension.AGE_BAND, ages.pick(random));
			codes.put(Dimension.SEX, sexes.pick(random));
			codes.put(Dimension.AGENCY_TYPE, agencyTypes.pick(random));
			Integer amount = null;
			switch (indicator) {
				case REPORTS_SCREENED_OUT -> codes.put(Dimension.DETAIL, reasons.pick(random));
				case REFERRALS_MADE, REFERRALS_ACCEPTED, REFERRALS_DECLINED, REFERRALS_OVERDUE, REFERRAL_RESPONSE_HOURS ->
					codes.put(Dimension.DETAIL, purposes.pick(random));
				case SUPPORT_SERVICES_COMPLETED ->
					codes.put(Dimension.DETAIL, supportPurposes.get(random.nextInt(supportPurposes.size())));
				case KNOWN_CONTENT_MATCHES -> codes.put(Dimension.DETAIL, random.nextInt(3) == 0 ? "CASE" : "HASH_LIST");
				case STAFF_TRAINED -> codes.put(Dimension.DETAIL, roles.pick(random));
				default -> {
				}
			}
			switch (indicator) {
				case DAYS_REPORT_TO_CASE -> amount = (int) Math.round(-Math.log(1 - random.nextDouble()) * 4);
				case DAYS_CASE_TO_CHARGE -> amount = 20 + (int) Math.round(-Math.log(1 - random.nextDouble()) * 60);
				case DAYS_CHARGE_TO_VERDICT -> amount = 60 + (int) Math.round(-Math.log(1 - random.nextDouble()) * 180);
				case REFERRAL_RESPONSE_HOURS -> amount = (int) Math.round(-Math.log(1 - random.nextDouble()) * 30);
				default -> {
				}
			}
			batch.add(new Fact(indicator, on, codes, amount, null));
			if (batch.size() == 10_000) {
				sink.accept(batch);
				batch = new ArrayList<>(10_000);
			}
		}
		if (!batch.isEmpty()) {
			sink.accept(batch);
		}
	}

	private Picker<String> picker(ReferenceList list, Map<String, Integer> weights, int otherwise) {
		Picker<String> picker = new Picker<>();
		for (ReferenceEntry entry : references.entries(list)) {
			picker.add(entry.code(), weights.getOrDefault(entry.code(), otherwise));
		}
		return picker;
	}

	/** Picks values by integer weights. */
	static final class Picker<T> {

		private final List<T> values = new ArrayList<>();

		private final List<Integer> cumulative = new ArrayList<>();

		private int total;

		void add(T value, int weight) {
			if (weight <= 0) {
				return;
			}
			total += weight;
			values.add(value);
			cumulative.add(total);
		}

		T pick(SplittableRandom random) {
			int r = random.nextInt(total);
			for (int i = 0; i < values.size(); i++) {
				if (r < cumulative.get(i)) {
					return values.get(i);
				}
			}
			throw new IllegalStateException();
		}

	}

}
