package org.kumkrong.casework.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/** An offence code of the taxonomy with its activity (may be empty) and flags (comma-separated, may be empty). */
@Embeddable
public class RecordedOffence {

	private String offenceCode;

	private String activity;

	private String flags;

	protected RecordedOffence() {
	}

	public RecordedOffence(String offenceCode, String activity, List<String> flags) {
		this.offenceCode = offenceCode;
		this.activity = activity == null ? "" : activity;
		this.flags = flags == null ? "" : String.join(",", flags.stream().sorted().toList());
	}

	public String offenceCode() { return offenceCode; }
	public String activity() { return activity; }

	public List<String> flags() {
		return flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split(","));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecordedOffence that && Objects.equals(offenceCode, that.offenceCode)
				&& Objects.equals(activity, that.activity) && Objects.equals(flags, that.flags);
	}

	@Override
	public int hashCode() {
		return Objects.hash(offenceCode, activity, flags);
	}
}
