package org.kumkrong.platform;

/**
 * An upload refused by {@link ImageInspection} before anything of it was decoded (SECURITY.md row 11).
 * The reason is a stable code the caller turns into its own message.
 */
public class UnacceptableFileException extends RuntimeException {

	/** Why an upload was refused. */
	public enum Reason {

		/** Its first bytes are not those of a PNG or a JPEG, whatever its name or declared type. */
		NOT_AN_IMAGE,

		/** More bytes than the caller allows. */
		TOO_LARGE,

		/** Declares more pixels than may be decoded: a pixel flood or decompression bomb. */
		TOO_MANY_PIXELS,

		/** Starts like an image but its header or pixels cannot be read. */
		UNREADABLE

	}

	private final Reason reason;

	public UnacceptableFileException(Reason reason) {
		this(reason, null);
	}

	public UnacceptableFileException(Reason reason, Throwable cause) {
		super(reason.name(), cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
