package org.kumkrong.platform;

/**
 * Encrypts protected fields (a second-factor secret, a child's name) before they reach the database,
 * with AES-256-GCM under a data key that the master key wraps. The associated data binds a ciphertext
 * to its place (for example {@code "account_user.totp_secret:" + userId}), so a value copied to another
 * row does not decrypt.
 */
public interface FieldEncryption {

	byte[] encrypt(byte[] plaintext, String associatedData);

	/** @throws IllegalStateException when the ciphertext was altered or belongs elsewhere */
	byte[] decrypt(byte[] ciphertext, String associatedData);

	/** Adds a fresh primary data key; existing ciphertexts stay readable. */
	void rotate();

}
