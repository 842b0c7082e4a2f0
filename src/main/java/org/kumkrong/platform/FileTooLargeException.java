package org.kumkrong.platform;

/**
 * An upload that went past the size allowed for it (SECURITY.md row 11). Nothing of it is kept: the store
 * deletes what it had written before throwing.
 */
public class FileTooLargeException extends RuntimeException {

	private final long limit;

	public FileTooLargeException(long limit) {
		super("The file is larger than " + limit + " bytes");
		this.limit = limit;
	}

	/** The largest size, in bytes, that would have been accepted. */
	public long limit() {
		return limit;
	}

}
