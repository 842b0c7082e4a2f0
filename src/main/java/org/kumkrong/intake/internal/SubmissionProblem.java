package org.kumkrong.intake.internal;

/**
 * One thing wrong with a submission: the field as a JSON path ({@code victims[0].ageBand}), what is wrong
 * with it, and the message key that explains it to a person. Never carries the submitted value.
 */
public record SubmissionProblem(String field, Kind kind, String messageKey) {

	/** What is wrong; the API turns each into a stable {@code KKE-4xxx} code. */
	public enum Kind {
		/** A required value is missing. */
		MISSING("KKE-4001"),
		/** Longer than allowed. */
		TOO_LONG("KKE-4002"),
		/** Not a known code of its list (offence, province, platform, age band, sex …). */
		UNKNOWN_CODE("KKE-4003"),
		/** Not in the expected form (URL, e-mail, phone, hash, date, IP address, control characters). */
		MALFORMED("KKE-4004"),
		/** Too many items in a list. */
		TOO_MANY("KKE-4005"),
		/** Out of the allowed range (an age, a date in the future). */
		OUT_OF_RANGE("KKE-4006"),
		/** The body could not be read as the JSON this endpoint expects. */
		UNREADABLE("KKE-4007"),
		/** A header the endpoint needs is missing or malformed. */
		HEADER("KKE-4008");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		/** The stable API error code. */
		public String code() {
			return code;
		}
	}

	/** A problem of the field at this JSON path, explained by the message key {@code intake.problem.<KIND>}. */
	public static SubmissionProblem of(String field, Kind kind) {
		return new SubmissionProblem(field, kind, "intake.problem." + kind.name());
	}

}
