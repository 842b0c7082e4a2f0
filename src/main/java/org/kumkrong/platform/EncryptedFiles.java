package org.kumkrong.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Where evidence files and uploaded screenshots are kept: encrypted at rest with a key of their own
 * (SECURITY.md row 12), streamed in both directions so that no file is ever held whole in memory. The
 * store gives each file its name; the uploader's file name and type are never used to find or read it.
 */
public interface EncryptedFiles {

	/**
	 * Encrypts the content into a new file and returns once the file is durable on disk (it survives a
	 * kill -9 or a power cut from then on). Does not close {@code content}.
	 * @param maxBytes the most plaintext bytes accepted
	 * @throws FileTooLargeException when more than {@code maxBytes} arrive; nothing is left behind
	 * @throws IOException when the content cannot be read or the disk refuses to write
	 */
	StoredFile store(InputStream content, long maxBytes) throws IOException;

	/**
	 * Opens the plaintext for reading. Every segment is authenticated before it is handed out: a file that
	 * was altered, truncated or moved under another id makes {@code open} or a later read throw an
	 * {@link IOException}, never return altered bytes. A caller must therefore treat a read that fails
	 * part-way as the whole file being unusable. The caller closes the stream.
	 * @throws NotFoundException when no file has this id
	 */
	InputStream open(UUID id) throws IOException;

	/** Removes the file and, with it, its key. Deleting a file that is not there does nothing. */
	void delete(UUID id);

	boolean exists(UUID id);

}
