package org.kumkrong.audit;

/**
 * The hash chain over the audit trail: sealing links each recorded entry to the one before it, and
 * verification proves that no sealed entry was edited, removed, reordered or invented since.
 */
public interface AuditChain {

	/**
	 * Seals every entry committed so far and not yet sealed, in sequence order, waiting for a sealer
	 * running elsewhere to finish first. Joins the caller's transaction when there is one.
	 *
	 * @return how many entries were sealed
	 */
	long seal();

	/**
	 * Walks the whole chain and recomputes it. Runs on the caller's transaction when there is one, so it
	 * sees that transaction's own (uncommitted) changes.
	 */
	ChainVerification verify();

}
