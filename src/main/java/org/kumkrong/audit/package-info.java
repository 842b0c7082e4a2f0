/**
 * The append-only, hash-chained audit trail: who (user, agency) did what to which record, when, with
 * what outcome. {@link org.kumkrong.audit.AuditTrail#record} writes inside the caller's transaction, so
 * no audit means no action; a single sealer chains entries afterwards; a verifier proves the chain intact
 * or names the first broken entry. Also the home of Hibernate Envers' revision records.
 * <p>
 * Owns tables {@code audit_*}. Publishes no events. Used by every module; uses platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.kumkrong.audit;
