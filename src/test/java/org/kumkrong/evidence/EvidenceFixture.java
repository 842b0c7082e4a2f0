package org.kumkrong.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.kumkrong.matching.GeneratedPhotos;

/** Generated evidence files (shapes, gradients and noise — never people) and multipart bodies that carry them. */
public final class EvidenceFixture {

	public static final String BOUNDARY = "kk-evidence-boundary-" + UUID.randomUUID();

	private EvidenceFixture() {
	}

	/** A generated photo-like picture encoded as PNG. */
	public static byte[] png(long seed, int width, int height) throws IOException {
		return encode(GeneratedPhotos.photo(seed, width, height), "png");
	}

	/**
	 * A seed from {@code start} on whose picture and resized copy both hash with a matchable PDQ quality and lie
	 * within the match distance: about 3 in 100 generated pictures hash below quality 50, which is never matched,
	 * and a test of near copies must not depend on luck.
	 */
	public static long matchableSeed(long start, int width, int height, double scale) throws IOException {
		org.kumkrong.matching.PdqHasher hasher = new org.kumkrong.matching.PdqHasher();
		for (long seed = start;; seed++) {
			var original = hasher.hash(GeneratedPhotos.photo(seed, width, height));
			var copy = hasher.hash(ImageIO.read(new java.io.ByteArrayInputStream(resizedJpeg(seed, width, height, scale))));
			if (original.matchable() && copy.matchable() && original.hash().distance(copy.hash()) <= 31) {
				return seed;
			}
		}
	}

	/** The same picture as {@link #png} resized by {@code scale} and saved as JPEG: a near copy. */
	public static byte[] resizedJpeg(long seed, int width, int height, double scale) throws IOException {
		BufferedImage original = GeneratedPhotos.photo(seed, width, height);
		int w = (int) Math.round(width * scale);
		int h = (int) Math.round(height * scale);
		BufferedImage resized = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = resized.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(original, 0, 0, w, h, null);
		}
		finally {
			graphics.dispose();
		}
		return encode(resized, "jpg");
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	/** A multipart form body: a description field, then the file. */
	public static byte[] multipart(String description, String fileName, byte[] file) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
				+ (description == null ? "" : description) + "\r\n--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	public static String contentType() {
		return "multipart/form-data; boundary=" + BOUNDARY;
	}

}
