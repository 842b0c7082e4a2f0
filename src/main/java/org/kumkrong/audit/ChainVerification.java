package org.kumkrong.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The outcome of checking the audit chain.
 *
 * @param intact whether every sealed entry still verifies and the chain reaches its recorded end
 * @param firstBrokenEntry the sequence number of the first entry that does not verify (for a removed
 *        entry: the entry after the gap; when entries are missing at the end: the last entry present,
 *        or 0 when none is left); {@code null} when intact
 * @param entries how many sealed entries were checked
 * @param unsealed how many entries wait for the sealer (normal for a few seconds after they are written)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "intact", "firstBrokenEntry", "entries", "unsealed" })
public record ChainVerification(boolean intact, Long firstBrokenEntry, long entries, long unsealed) {

	public static ChainVerification intact(long entries, long unsealed) {
		return new ChainVerification(true, null, entries, unsealed);
	}

	public static ChainVerification broken(long firstBrokenEntry, long entries, long unsealed) {
		return new ChainVerification(false, firstBrokenEntry, entries, unsealed);
	}

}
