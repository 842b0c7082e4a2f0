package org.kumkrong.platform;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.kumkrong.platform.InspectedImage.Format;
import org.kumkrong.platform.UnacceptableFileException.Reason;

/**
 * The checks a screenshot uploaded by the public passes before anyone or anything looks at it
 * (SECURITY.md row 11), and the two ways staff may then see it: a blurred preview that shows that there
 * is an image but nothing in it, and, once revealed, a re-encoded copy without the uploader's metadata.
 * It also decodes images for perceptual hashing ({@link #decodedForHashing}), at a bounded size.
 * <p>
 * The type comes from the first bytes only (PNG or JPEG); the dimensions come from the header, read
 * without decoding a pixel, and a pixel flood or decompression bomb is refused on them. Every method
 * repeats these checks before it decodes, so none can be tricked into decoding an unchecked file. A typical
 * flow: {@link EncryptedFiles#store} the upload (which bounds its size), {@link #inspect} what
 * {@link EncryptedFiles#open} returns, and delete the file if it is refused.
 */
public final class ImageInspection {

	/** The most pixels decoded (40 megapixels: about 160 MB once decoded at 4 bytes a pixel). */
	public static final long MAX_PIXELS = 40_000_000L;

	/** The longest side decoded, in pixels. */
	public static final int MAX_SIDE = 20_000;

	/** The longest side, in pixels, of an image decoded for perceptual hashing ({@link #decodedForHashing}). */
	public static final int HASHING_SIDE = 2048;

	/** The widest preview made, in pixels, so a caller cannot make a preview the size of a flood. */
	public static final int MAX_PREVIEW_WIDTH = 4096;

	// Pixels kept along the longer side of a preview: enough to show colours and layout, too few to
	// recognise a face or read a word.
	static final int PREVIEW_DETAIL = 24;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG_SIGNATURE = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private ImageInspection() {
	}

	/**
	 * Reads the whole upload, but decodes none of it.
	 * @param maxBytes the most bytes accepted
	 * @throws UnacceptableFileException when the upload is not a PNG or JPEG, is larger than
	 *         {@code maxBytes}, declares too many pixels or has an unreadable header
	 * @throws IOException when {@code image} itself cannot be read
	 */
	public static InspectedImage inspect(InputStream image, long maxBytes) throws IOException {
		Counted counted = new Counted(image, maxBytes);
		return withCheckedReader(counted, (reader, format, width, height) -> {
			// Read on to the end: the size limit holds for the whole upload, not only for its header.
			counted.transferTo(OutputStream.nullOutputStream());
			return new InspectedImage(format, width, height, counted.count);
		});
	}

	/**
	 * A PNG in which nothing of the image can be recognised: decoded from a fraction of its pixels,
	 * reduced to {@value #PREVIEW_DETAIL} pixels along its longer side, then enlarged smoothly to
	 * {@code maxWidth} (and at most 4 × {@code maxWidth} tall). Carries no metadata.
	 * @throws UnacceptableFileException as {@link #inspect}
	 */
	public static byte[] blurredPreview(InputStream image, int maxWidth) throws IOException {
		if (maxWidth < 1 || maxWidth > MAX_PREVIEW_WIDTH) {
			throw new IllegalArgumentException("maxWidth must be between 1 and " + MAX_PREVIEW_WIDTH);
		}
		BufferedImage tiny = withCheckedReader(new Counted(image, Long.MAX_VALUE), (reader, format, width, height) -> {
			ImageReadParam sampling = reader.getDefaultReadParam();
			// Decoding every n-th pixel keeps memory small whatever the upload; the preview needs only a few
			// source pixels for each of its own.
			int step = Math.max(1, Math.max(width, height) / (PREVIEW_DETAIL * 4));
			sampling.setSourceSubsampling(step, step, 0, 0);
			return averaged(reader.read(0, sampling));
		});
		double scale = Math.min((double) maxWidth / tiny.getWidth(), 4.0 * maxWidth / tiny.getHeight());
		BufferedImage preview = new BufferedImage(Math.max(1, (int) Math.round(tiny.getWidth() * scale)),
				Math.max(1, (int) Math.round(tiny.getHeight() * scale)), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = preview.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(tiny, 0, 0, preview.getWidth(), preview.getHeight(), null);
		}
		finally {
			graphics.dispose();
		}
		return png(preview);
	}

	/**
	 * The image decoded and written again as PNG, for staff who may see the original: the pixels stay,
	 * everything else the uploader's device wrote (EXIF, location, comments, colour profiles) goes.
	 * @throws UnacceptableFileException as {@link #inspect}
	 */
	public static byte[] reencoded(InputStream image) throws IOException {
		return png(withCheckedReader(new Counted(image, Long.MAX_VALUE),
				(reader, format, width, height) -> reader.read(0)));
	}

	/**
	 * The image decoded for a perceptual hash (PDQ), after the same checks as {@link #inspect}: larger images
	 * are decoded from every n-th pixel of every n-th row, the smallest n that brings the longer side to at
	 * most {@value #HASHING_SIDE} pixels, so a 40-megapixel photo is decoded to at most about 4 megapixels and
	 * hashes in proportionally less time. Smaller images are decoded whole, pixel for pixel as
	 * {@code ImageIO.read} decodes them.
	 * <p>
	 * Why this barely moves the hash: PDQ reduces every image to 64 × 64 cells, each the tent-weighted mean
	 * of about a 64th of each side, before it looks at anything. At {@value #HASHING_SIDE} pixels a cell
	 * still averages at least 32 × 32 sampled pixels, and the mean of a regular sample of a cell is close to
	 * the mean of the whole cell; the DCT then keeps only the 16 lowest frequencies, far below the detail that
	 * sampling could alias. Subsampled and fully decoded copies of the same photo differ by a few bits
	 * (measured: 0–2 bits for generated photos of 2100 to 5000 pixels), well inside the matching distance of
	 * 31 and Meta's tolerance of 10 between implementations.
	 * <p>
	 * PNG and baseline JPEG are decoded row by row, so only the sampled pixels are held; a progressive JPEG
	 * keeps its coefficients inside the decoder while it decodes, which {@link #MAX_PIXELS} bounds.
	 * @throws UnacceptableFileException as {@link #inspect}
	 * @throws IOException when {@code image} itself cannot be read
	 */
	public static BufferedImage decodedForHashing(InputStream image) throws IOException {
		return withCheckedReader(new Counted(image, Long.MAX_VALUE), (reader, format, width, height) -> {
			int step = (Math.max(width, height) + HASHING_SIDE - 1) / HASHING_SIDE;
			if (step <= 1) {
				return reader.read(0);
			}
			ImageReadParam sampling = reader.getDefaultReadParam();
			sampling.setSourceSubsampling(step, step, 0, 0);
			return reader.read(0, sampling);
		});
	}

	private static <T> T withCheckedReader(Counted image, Inspection<T> inspection) throws IOException {
		PushbackInputStream source = new PushbackInputStream(image, PNG_SIGNATURE.length);
		ImageReader reader = null;
		try {
			byte[] start = source.readNBytes(PNG_SIGNATURE.length);
			source.unread(start);
			Format format = formatOf(start);
			reader = ImageIO.getImageReadersByFormatName(format.name()).next();
			// Not ImageIO.createImageInputStream: its default file cache would copy the decrypted upload to
			// the temporary directory in the clear.
			try (ImageInputStream input = new MemoryCacheImageInputStream(source)) {
				// Metadata is never parsed: it is where comments, locations and compressed text bombs hide.
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
					throw new UnacceptableFileException(Reason.TOO_MANY_PIXELS);
				}
				return inspection.apply(reader, format, width, height);
			}
		}
		catch (SourceFailure ex) {
			throw ex.getCause();
		}
		catch (UnacceptableFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Reached only for faults of the file itself: failures of the source stream are SourceFailure.
			throw new UnacceptableFileException(Reason.UNREADABLE, ex);
		}
		finally {
			if (reader != null) {
				reader.dispose();
			}
		}
	}

	private static Format formatOf(byte[] start) {
		if (Arrays.equals(start, PNG_SIGNATURE)) {
			return Format.PNG;
		}
		if (start.length >= JPEG_SIGNATURE.length
				&& Arrays.equals(start, 0, JPEG_SIGNATURE.length, JPEG_SIGNATURE, 0, JPEG_SIGNATURE.length)) {
			return Format.JPEG;
		}
		throw new UnacceptableFileException(Reason.NOT_AN_IMAGE);
	}

	/** Averages blocks of the sampled image down to {@value #PREVIEW_DETAIL} pixels along its longer side. */
	private static BufferedImage averaged(BufferedImage sampled) {
		int sourceWidth = sampled.getWidth();
		int sourceHeight = sampled.getHeight();
		double scale = Math.min(1.0, (double) PREVIEW_DETAIL / Math.max(sourceWidth, sourceHeight));
		int width = Math.max(1, (int) Math.round(sourceWidth * scale));
		int height = Math.max(1, (int) Math.round(sourceHeight * scale));
		BufferedImage tiny = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				long red = 0;
				long green = 0;
				long blue = 0;
				int fromX = x * sourceWidth / width;
				int toX = Math.max(fromX + 1, (x + 1) * sourceWidth / width);
				int fromY = y * sourceHeight / height;
				int toY = Math.max(fromY + 1, (y + 1) * sourceHeight / height);
				for (int sy = fromY; sy < toY; sy++) {
					for (int sx = fromX; sx < toX; sx++) {
						Color pixel = new Color(sampled.getRGB(sx, sy), true);
						// Transparent pixels count as white, so hidden colour under transparency shows nothing.
						int alpha = pixel.getAlpha();
						red += (pixel.getRed() * alpha + 255 * (255 - alpha)) / 255;
						green += (pixel.getGreen() * alpha + 255 * (255 - alpha)) / 255;
						blue += (pixel.getBlue() * alpha + 255 * (255 - alpha)) / 255;
					}
				}
				long count = (long) (toX - fromX) * (toY - fromY);
				tiny.setRGB(x, y, new Color((int) (red / count), (int) (green / count), (int) (blue / count)).getRGB());
			}
		}
		return tiny;
	}

	private static byte[] png(RenderedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			// No metadata is handed over, so only what the pixels need is written.
			writer.write(null, new IIOImage(image, null, null), null);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	@FunctionalInterface
	private interface Inspection<T> {

		T apply(ImageReader reader, Format format, int width, int height) throws IOException;

	}

	/** Counts what is read, refuses what goes past the limit, and tells source failures from bad files. */
	private static final class Counted extends FilterInputStream {

		private final long limit;

		private long count;

		Counted(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() {
			try {
				int read = super.read();
				if (read >= 0) {
					add(1);
				}
				return read;
			}
			catch (IOException ex) {
				throw new SourceFailure(ex);
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			try {
				int read = super.read(buffer, offset, length);
				if (read > 0) {
					add(read);
				}
				return read;
			}
			catch (IOException ex) {
				throw new SourceFailure(ex);
			}
		}

		@Override
		public long skip(long n) {
			try {
				long skipped = super.skip(n);
				add(skipped);
				return skipped;
			}
			catch (IOException ex) {
				throw new SourceFailure(ex);
			}
		}

		@Override
		public boolean markSupported() {
			return false;
		}

		private void add(long read) {
			count += read;
			if (count > limit) {
				throw new UnacceptableFileException(Reason.TOO_LARGE);
			}
		}

	}

	/**
	 * Carries a failure of the stream being inspected (a disk error, a stored file that fails
	 * authentication) through ImageIO, so it is not mistaken for a fault of the image.
	 */
	private static final class SourceFailure extends RuntimeException {

		SourceFailure(IOException cause) {
			super(cause);
		}

		@Override
		public synchronized IOException getCause() {
			return (IOException) super.getCause();
		}

	}

}
