package org.kumkrong.matching;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Is this known, and where?" — the question evidence and intake ask of every file and every declared hash.
 * A fingerprint is matched exactly (SHA-256, SHA-1, MD5) against every active hash list and every file the
 * system has recorded, and by PDQ distance (all eight rotations and flips, up to the configured distance,
 * 31 bits by default) against the in-memory index of the same. Matching decides nothing about access: the
 * caller shows a match to a user only as that user may see the other case.
 */
public interface KnownContent {

	/**
	 * The PDQ hash and quality of an image (PNG or JPEG, checked for pixel floods before decoding); empty when
	 * the content is not an image that can be decoded.
	 */
	Optional<PerceptualHash> perceive(InputStream image) throws IOException;

	/** Everything that matches the fingerprint, exact matches first, then by PDQ distance. */
	List<KnownMatch> match(Fingerprint fingerprint);

	/**
	 * The same, leaving out the sightings of one source (a file does not match itself when it is re-checked).
	 */
	List<KnownMatch> match(Fingerprint fingerprint, UUID exceptSourceId);

	/**
	 * Records a file the system now holds, so that later files match it. Runs in the caller's transaction;
	 * the in-memory index learns it once that commits.
	 */
	void record(Fingerprint fingerprint, String kind, UUID sourceId, UUID caseId, UUID agencyId);

	/**
	 * A PDQ hash (64 hex digits), its quality (0–100), and the hashes of the image rotated by 90, 180 and
	 * 270 degrees, flipped horizontally and vertically, and flipped about either diagonal (seven, or none).
	 */
	record PerceptualHash(String hex, int quality, List<String> transforms) {

		public PerceptualHash {
			transforms = transforms == null ? List.of() : List.copyOf(transforms);
		}

	}

}
