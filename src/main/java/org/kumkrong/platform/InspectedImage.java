package org.kumkrong.platform;

/**
 * An uploaded image that passed {@link ImageInspection}: its type as its first bytes declare it, and a
 * size small enough to decode.
 *
 * @param size the number of bytes read
 */
public record InspectedImage(Format format, int width, int height, long size) {

	/** The only image types the public may upload (SECURITY.md row 11). */
	public enum Format {

		PNG("image/png"), JPEG("image/jpeg");

		private final String mediaType;

		Format(String mediaType) {
			this.mediaType = mediaType;
		}

		public String mediaType() {
			return mediaType;
		}

	}

}
