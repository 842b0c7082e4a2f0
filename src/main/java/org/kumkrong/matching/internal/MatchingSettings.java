package org.kumkrong.matching.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How close a PDQ hash must be to count as the same picture, and how good it must be to be used at all.
 *
 * @param pdqDistance the largest Hamming distance (of 256 bits) that is a match; 31 is Meta's published
 *        threshold for PDQ, at which resized, re-encoded and lightly edited copies still match
 * @param pdqMinQuality hashes of lower quality (flat or nearly blank images) are kept but never matched
 */
@ConfigurationProperties("kumkrong.matching")
public record MatchingSettings(Integer pdqDistance, Integer pdqMinQuality) {

	public MatchingSettings {
		if (pdqDistance == null) {
			pdqDistance = 31;
		}
		if (pdqMinQuality == null) {
			pdqMinQuality = 50;
		}
		if (pdqDistance < 0 || pdqDistance > 128) {
			throw new IllegalArgumentException("kumkrong.matching.pdq-distance must be between 0 and 128");
		}
	}

}
