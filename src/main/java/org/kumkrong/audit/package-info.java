/**
 * The append-only, hash-chained audit trail: who (user, agency) did what to which record, when, with
 * what outcome. {@link org.kumkrong.audit.AuditTrail#record} writes inside the caller's transaction, so
 * no audit means no action; a single sealer chains entries afterwards; a verifier
 * ({@link org.kumkrong.audit.AuditChain}) proves the chain intact or names the first broken entry. Also
 * the home of Hibernate Envers' revision records (table {@code audit_revision}; other modules' {@code *_aud}
 * tables reference it with a {@code rev bigint} column).
 * <p>
 * <b>The chain.</b> Entries get their sequence number on insert and no chain data, so busy transactions
 * never wait on one another (SECURITY.md row 9). Every second the sealer locks the one row of
 * {@code audit_chain_head} ({@code select ... for update}, so one sealer runs at a time across a cluster;
 * the scheduled run skips when another holds it), takes committed unsealed entries in sequence order and
 * gives each {@code chain_position = last + 1} and {@code entry_hash = HMAC-SHA256(key, previous hash ||
 * canonical content)}. An entry whose transaction commits late is simply sealed later: chain order is seal
 * order. The canonical content is a versioned, length-prefixed UTF-8 encoding of seq, occurred_at (ISO-8601
 * UTC, microseconds), actor, agency, action, record type, record id, outcome and chain position.
 * <p>
 * <b>Why an HMAC, and which key.</b> A plain SHA-256 chain can be recomputed by anyone who edits the
 * database by hand. The chain key is 256 random bits, generated once and stored in {@code audit_chain_head}
 * encrypted with the platform's field encryption (Tink AES-256-GCM under a data key wrapped by the master
 * key file, associated data binding it to that column). We chose this over a key file in the data
 * directory because (1) a database dump or a database administrator cannot read the key without the master
 * key, which lives outside the database; (2) every node of a cluster shares it without copying a file; and
 * (3) a backup of the database plus the master key, which must be kept anyway, restores a chain that
 * verifies (row 17) with no extra secret to forget. The key is held in memory and used with the JDK's HMAC
 * (Tink hides raw key material, and the JDK MAC is what makes a million entries verify in seconds).
 * <p>
 * Owns tables {@code audit_*}. Publishes no events. Used by every module; uses platform. Offers the SPI
 * {@link org.kumkrong.audit.AuditNames} for modules that can name users and agencies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.kumkrong.audit;
