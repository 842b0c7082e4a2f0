package org.kumkrong.platform;

import java.util.UUID;

/**
 * A file held by {@link EncryptedFiles}: an evidence file or a screenshot someone uploaded, known by a
 * server-generated id. The hashes (lowercase hex) are of the plaintext: SHA-256 identifies the file in
 * the chain of custody; SHA-1 and MD5 are kept because the hash lists of known abuse material that
 * hotlines exchange are still keyed by them.
 *
 * @param id the name the store gave the file; never derived from anything the uploader sent
 * @param size the plaintext length in bytes
 */
public record StoredFile(UUID id, long size, String sha256, String sha1, String md5) {
}
