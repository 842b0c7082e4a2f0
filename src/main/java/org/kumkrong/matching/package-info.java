/**
 * Known content: is this file already known, and where? Owns Meta's PDQ perceptual hashing of images
 * ({@link org.kumkrong.matching.PdqHasher}, {@link org.kumkrong.matching.PdqHash}, the eight rotations and
 * flips, the quality score and the {@code pdq} command line), the hash lists imported from hotlines and
 * partners (SHA-256, SHA-1, MD5 and PDQ, with their source and category), and the in-memory index of every
 * known hash — from the lists and from earlier evidence — that answers a query by exact hash or by PDQ
 * distance, so no analyst has to look at the same image twice and a new image, perhaps of a child not yet
 * identified, stands out.
 * <p>
 * Holds hashes and where they were seen, never the files. Uses platform (decoding uploads safely for
 * hashing), reference and audit; used by intake and evidence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Known-content matching",
		allowedDependencies = { "platform", "reference", "audit" })
package org.kumkrong.matching;
