package org.kumkrong.matching;

import java.util.List;
import java.util.Locale;

/**
 * What is known of a file's content: its cryptographic hashes (lower-case hex; SHA-1 and MD5 may be
 * missing when a partner declared only some) and, for images, its PDQ hash with its quality (0–100) and the
 * PDQ hashes of its seven rotations and flips (known only when the system has the pixels: a hash a partner
 * declares comes alone).
 */
public record Fingerprint(String sha256, String sha1, String md5, String pdq, Integer pdqQuality,
		List<String> pdqTransforms) {

	public Fingerprint {
		sha256 = normalised(sha256, MatchKind.SHA256);
		sha1 = normalised(sha1, MatchKind.SHA1);
		md5 = normalised(md5, MatchKind.MD5);
		pdq = normalised(pdq, MatchKind.PDQ);
		if (pdq == null) {
			pdqQuality = null;
		}
		pdqTransforms = pdq == null || pdqTransforms == null ? List.of()
				: pdqTransforms.stream().map(t -> normalised(t, MatchKind.PDQ)).toList();
	}

	/** Only the cryptographic hashes (a file that is not an image, or whose image could not be decoded). */
	public static Fingerprint exact(String sha256, String sha1, String md5) {
		return new Fingerprint(sha256, sha1, md5, null, null, List.of());
	}

	/** The same file with its PDQ hash (and those of its rotations and flips, if known). */
	public Fingerprint withPdq(KnownContent.PerceptualHash perceptual) {
		return new Fingerprint(sha256, sha1, md5, perceptual.hex(), perceptual.quality(), perceptual.transforms());
	}

	/** The hash of the given kind, or {@code null}. */
	public String hash(MatchKind kind) {
		return switch (kind) {
			case SHA256 -> sha256;
			case SHA1 -> sha1;
			case MD5 -> md5;
			case PDQ -> pdq;
		};
	}

	/**
	 * Whether the PDQ hash is good enough to match on: a hash of quality below {@code minQuality} (a flat or
	 * nearly blank image) is kept but would match too much.
	 */
	public boolean pdqUsable(int minQuality) {
		return pdq != null && pdqQuality != null && pdqQuality >= minQuality;
	}

	/**
	 * A hash in canonical form (lower case, no spaces), or {@code null} when absent.
	 * @throws IllegalArgumentException when it is not a hash of that kind
	 */
	public static String normalised(String hash, MatchKind kind) {
		if (hash == null || hash.isBlank()) {
			return null;
		}
		String value = hash.strip().toLowerCase(Locale.ROOT);
		if (value.length() != kind.hexDigits() || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
			throw new IllegalArgumentException("Not a " + kind + " hash: expected " + kind.hexDigits() + " hex digits");
		}
		return value;
	}

}
