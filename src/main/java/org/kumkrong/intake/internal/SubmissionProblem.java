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
		HEADER("KKE-4008"),
		/** Exactly one of two alternatives must be given (a file's {@code index} or its {@code name}). */
		ONE_OF("KKE-4009"),
		/** An uploaded file's content is none of the accepted kinds (answer 415). */
		FILE_TYPE("KKE-4151"),
		/** An uploaded file's hash differs from the one declared for it (answer 422). */
		HASH_MISMATCH("KKE-4222"),
		/** The report declares no file of this index or name (answer 422). */
		NOT_DECLARED("KKE-4223"),
		/** The report declares several files of this name: the index tells which (answer 422). */
		AMBIGUOUS("KKE-4224"),
		/** An uploaded image declares more pixels than may be decoded: a pixel flood (answer 422). */
		TOO_MANY_PIXELS("KKE-4225"),
		/** An uploaded image whose header cannot be read (answer 422). */
		DAMAGED("KKE-4226");

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
