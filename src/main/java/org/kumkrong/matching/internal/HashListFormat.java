package org.kumkrong.matching.internal;

/** The file formats a hash list is imported from. */
public enum HashListFormat {

	/** {@code hash_type,hash,category,source} with a header line; types SHA256, SHA1, MD5, PDQ. */
	CSV,
	/** Project VIC (VICS) JSON: media objects with {@code MD5} and/or {@code SHA1} and a numeric {@code Category}. */
	PROJECT_VIC

}
