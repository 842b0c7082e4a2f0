package org.kumkrong.matching;

/** How a file matched: the same cryptographic hash, or a PDQ hash within the configured distance. */
public enum MatchKind {

	SHA256(64), SHA1(40), MD5(32), PDQ(64);

	private final int hexDigits;

	MatchKind(int hexDigits) {
		this.hexDigits = hexDigits;
	}

	/** The length of a hash of this kind in hexadecimal digits. */
	public int hexDigits() {
		return hexDigits;
	}

	/** Whether this is an exact (cryptographic) hash. */
	public boolean exact() {
		return this != PDQ;
	}

}
