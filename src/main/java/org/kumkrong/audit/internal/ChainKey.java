package org.kumkrong.audit.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.kumkrong.platform.FieldEncryption;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The HMAC key of the audit chain: 256 random bits, created once and kept in {@code audit_chain_head}
 * encrypted under the master key (see the package documentation for why).
 */
@Component
class ChainKey {

	private static final String ASSOCIATED_DATA = "audit_chain_head.chain_key:1";

	private final FieldEncryption encryption;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private volatile byte[] key;

	ChainKey(FieldEncryption encryption, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.encryption = encryption;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		// The key must be committed once and for all, even when first needed inside a transaction that
		// later rolls back.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The raw key; load it before taking the chain head lock (loading locks the head row itself). */
	byte[] bytes() {
		byte[] current = key;
		if (current == null) {
			synchronized (this) {
				if (key == null) {
					key = ownTransaction.execute(status -> loadOrCreate());
				}
				current = key;
			}
		}
		return current;
	}

	private byte[] loadOrCreate() {
		String stored = jdbc.queryForObject("select chain_key from audit_chain_head where id = 1 for update",
				String.class);
		if (stored != null) {
			return encryption.decrypt(Base64.getDecoder().decode(stored), ASSOCIATED_DATA);
		}
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		String wrapped = Base64.getEncoder().encodeToString(encryption.encrypt(fresh, ASSOCIATED_DATA));
		jdbc.update("update audit_chain_head set chain_key = ? where id = 1", wrapped);
		return fresh;
	}

}
