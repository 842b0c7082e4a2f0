package org.kumkrong.matching;

/**
 * A PDQ perceptual hash: 256 bits that stay nearly the same when an image is re-encoded, resized or
 * lightly edited, so that a known image is recognised by the Hamming distance of its hash (Meta and
 * ThreatExchange call a distance of 31 or less a match) rather than by an exact file hash that one changed
 * byte defeats.
 * <p>
 * The bits are held as four words in the order Meta prints a hash: {@code w0} is the first 16 of the 64
 * hexadecimal digits, {@code w3} the last 16. Read as one 256-bit number, bit {@code 16 × u + v} (counting
 * from the least significant bit of {@code w3}) is the DCT coefficient of vertical frequency {@code u + 1}
 * and horizontal frequency {@code v + 1}; this is the order of the hashes Meta publishes, so hash lists from
 * ThreatExchange and other PDQ users can be read as they are.
 */
public record PdqHash(long w0, long w1, long w2, long w3) {

	/** The number of hexadecimal digits of a printed hash. */
	public static final int HEX_LENGTH = 64;

	private static final char[] DIGITS = "0123456789abcdef".toCharArray();

	/**
	 * Reads a hash as Meta prints it: 64 hexadecimal digits, upper or lower case, nothing else.
	 * @throws IllegalArgumentException when {@code hex64} is missing, has another length or a character
	 *         that is not a hexadecimal digit
	 */
	public static PdqHash parse(String hex64) {
		if (hex64 == null) {
			throw new IllegalArgumentException("A PDQ hash is 64 hexadecimal digits; got nothing");
		}
		if (hex64.length() != HEX_LENGTH) {
			throw new IllegalArgumentException(
					"A PDQ hash is 64 hexadecimal digits; got " + hex64.length() + " characters");
		}
		long[] words = new long[4];
		for (int i = 0; i < HEX_LENGTH; i++) {
			int digit = Character.digit(hex64.charAt(i), 16);
			// Character.digit also accepts full-width and other Unicode digits: a hash list holds ASCII only.
			if (digit < 0 || hex64.charAt(i) > 'f') {
				throw new IllegalArgumentException(
						"A PDQ hash is 64 hexadecimal digits; character " + (i + 1) + " is not one");
			}
			words[i >> 4] = (words[i >> 4] << 4) | digit;
		}
		return new PdqHash(words[0], words[1], words[2], words[3]);
	}

	/** The hash from its words in printed order ({@code words[0]} = {@code w0}). */
	public static PdqHash of(long[] words) {
		if (words.length != 4) {
			throw new IllegalArgumentException("A PDQ hash is 4 words of 64 bits; got " + words.length);
		}
		return new PdqHash(words[0], words[1], words[2], words[3]);
	}

	/** The 64 lower-case hexadecimal digits, as Meta's tools print the hash. */
	public String hex() {
		char[] text = new char[HEX_LENGTH];
		long[] words = words();
		for (int word = 0; word < 4; word++) {
			long value = words[word];
			for (int digit = 15; digit >= 0; digit--) {
				text[word * 16 + digit] = DIGITS[(int) (value & 0xF)];
				value >>>= 4;
			}
		}
		return new String(text);
	}

	/** The number of bits in which the two hashes differ: 0 for the same image, about 128 for unrelated ones. */
	public int distance(PdqHash other) {
		return Long.bitCount(w0 ^ other.w0) + Long.bitCount(w1 ^ other.w1) + Long.bitCount(w2 ^ other.w2)
				+ Long.bitCount(w3 ^ other.w3);
	}

	/** A new array of the four words in printed order, for packing hashes into an index. */
	public long[] words() {
		return new long[] { w0, w1, w2, w3 };
	}

	/** Whether bit {@code index} (0 = least significant bit of {@code w3}, 255 = most significant of {@code w0}) is set. */
	public boolean bit(int index) {
		if (index < 0 || index > 255) {
			throw new IndexOutOfBoundsException(index);
		}
		long word = switch (3 - (index >> 6)) {
			case 0 -> w0;
			case 1 -> w1;
			case 2 -> w2;
			default -> w3;
		};
		return ((word >>> (index & 63)) & 1) != 0;
	}

	@Override
	public String toString() {
		return hex();
	}

}
