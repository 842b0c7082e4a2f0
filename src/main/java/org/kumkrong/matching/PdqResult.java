package org.kumkrong.matching;

/**
 * The PDQ hash of an image with its quality: 0 for a featureless image (a flat colour, a nearly empty
 * screenshot) up to 100. Hashes of quality below 50 are kept, but Meta advises against matching on them:
 * featureless images all hash alike.
 */
public record PdqResult(PdqHash hash, int quality) {

	/** The quality below which a hash is kept but not used for matching. */
	public static final int MATCHABLE_QUALITY = 50;

	public PdqResult {
		if (hash == null) {
			throw new IllegalArgumentException("hash is required");
		}
		if (quality < 0 || quality > 100) {
			throw new IllegalArgumentException("quality must be between 0 and 100");
		}
	}

	/** Whether the hash is distinctive enough to match on (quality at least {@value #MATCHABLE_QUALITY}). */
	public boolean matchable() {
		return quality >= MATCHABLE_QUALITY;
	}

}
