package org.kumkrong.platform;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kumkrong.platform.InspectedImage.Format;
import org.kumkrong.platform.UnacceptableFileException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SECURITY.md row 11: hostile uploads, every test image drawn here (shapes, gradients, noise). */
class ImageInspectionTests {

	static final long LIMIT = 10L * 1024 * 1024;

	static final String CANARY = "KKMETACANARY-3f9a";

	@Test
	void acceptsPngAndJpegByTheirFirstBytes() throws IOException {
		BufferedImage image = drawing(640, 480);
		byte[] png = encoded(image, "png");
		byte[] jpeg = encoded(image, "jpeg");

		assertThat(ImageInspection.inspect(new ByteArrayInputStream(png), LIMIT))
			.isEqualTo(new InspectedImage(Format.PNG, 640, 480, png.length));
		assertThat(ImageInspection.inspect(new ByteArrayInputStream(jpeg), LIMIT))
			.isEqualTo(new InspectedImage(Format.JPEG, 640, 480, jpeg.length));
	}

	@Test
	void refusesWhatIsNotAPngOrAJpeg(@TempDir Path directory) throws IOException {
		Path textNamedPng = directory.resolve("screenshot.png");
		Files.writeString(textNamedPng, "This is a text file wearing a .png name.\n");

		assertRefused(encoded(drawing(64, 64), "gif"), Reason.NOT_AN_IMAGE);
		assertRefused("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), Reason.NOT_AN_IMAGE);
		assertRefused(Files.readAllBytes(textNamedPng), Reason.NOT_AN_IMAGE);
		assertRefused(new byte[0], Reason.NOT_AN_IMAGE);
	}

	@Test
	void refusesMoreBytesThanAllowed() throws IOException {
		byte[] png = encoded(drawing(200, 200), "png");

		assertThatThrownBy(() -> ImageInspection.inspect(new ByteArrayInputStream(png), png.length - 1))
			.isInstanceOfSatisfying(UnacceptableFileException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.TOO_LARGE));
		assertThat(ImageInspection.inspect(new ByteArrayInputStream(png), png.length).size()).isEqualTo(png.length);
	}

	@Test
	void refusesAPixelFloodFromItsHeaderWithoutDecoding() {
		// A header declaring 30000 × 30000 followed by a few pixels' worth of data: decoding would fail
		// otherwise (UNREADABLE) or exhaust memory, so this reason proves the header alone decided.
		byte[] flood = png(30_000, 30_000, zeros(1024));

		assertRefused(flood, Reason.TOO_MANY_PIXELS);
		assertThatThrownBy(() -> ImageInspection.blurredPreview(new ByteArrayInputStream(flood), 400))
			.isInstanceOfSatisfying(UnacceptableFileException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
		assertThatThrownBy(() -> ImageInspection.reencoded(new ByteArrayInputStream(flood)))
			.isInstanceOfSatisfying(UnacceptableFileException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
		assertThatThrownBy(() -> ImageInspection.decodedForHashing(new ByteArrayInputStream(flood)))
			.isInstanceOfSatisfying(UnacceptableFileException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
	}

	@Test
	void decodesForHashingWholeUpToTheHashingSideAndSampledAboveIt() throws IOException {
		byte[] small = encoded(drawing(640, 480), "jpeg");
		byte[] large = encoded(drawing(5000, 1200), "jpeg");

		BufferedImage whole = ImageInspection.decodedForHashing(new ByteArrayInputStream(small));
		BufferedImage sampled = ImageInspection.decodedForHashing(new ByteArrayInputStream(large));

		assertThat(meanDifference(whole, ImageIO.read(new ByteArrayInputStream(small)))).isZero();
		// Every third pixel of every third row: 5000 / 3 rounded up.
		assertThat(sampled.getWidth()).isEqualTo(1667);
		assertThat(sampled.getHeight()).isEqualTo(400);
		assertThatThrownBy(() -> ImageInspection.decodedForHashing(new ByteArrayInputStream(
				"%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1))))
			.isInstanceOfSatisfying(UnacceptableFileException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.NOT_AN_IMAGE));
	}

	@Test
	void refusesADecompressionBombHavingReadOnlyItsStart() {
		// 6400 × 6400 (41 MP, both sides allowed): ~120 MB of zero rows deflated into ~120 KB of valid IDAT.
		int side = 6400;
		byte[] bomb = png(side, side, zeros((long) side * (side * 3 + 1)));
		assertThat(bomb.length).isGreaterThan(100_000);
		Consumed consumed = new Consumed(new ByteArrayInputStream(bomb));

		assertThatThrownBy(() -> ImageInspection.inspect(consumed, LIMIT))
			.isInstanceOfSatisfying(UnacceptableFileException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
		// No pixel can be decoded without reading the IDAT, and most of it was never read.
		assertThat(consumed.bytes).isLessThan(bomb.length / 4);
	}

	@Test
	void refusesATruncatedHeaderAsUnreadable() {
		byte[] png = png(100, 100, zeros(100 * 301));
		byte[] truncated = Arrays.copyOf(png, 20);

		assertRefused(truncated, Reason.UNREADABLE);
		assertRefused(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 2 }, Reason.UNREADABLE);
	}

	@Test
	void theBlurredPreviewShowsNothingRecognisableAndNoMetadata() throws IOException {
		BufferedImage original = drawing(800, 600);
		byte[] upload = withChunkAfterHeader(encoded(original, "png"), "tEXt",
				("Comment\0" + CANARY).getBytes(StandardCharsets.ISO_8859_1));
		assertThat(chunkTypes(upload)).contains("tEXt");

		byte[] previewBytes = ImageInspection.blurredPreview(new ByteArrayInputStream(upload), 800);

		BufferedImage preview = ImageIO.read(new ByteArrayInputStream(previewBytes));
		assertThat(preview.getWidth()).isEqualTo(800);
		assertThat(preview.getHeight()).isEqualTo(600);
		// The original's edges (shapes, noise) are gone: neighbouring pixels barely differ any more.
		assertThat(edgeEnergy(preview)).isLessThan(edgeEnergy(original) / 20);
		assertThat(meanDifference(original, preview)).isGreaterThan(20);
		assertThat(chunkTypes(previewBytes)).containsOnly("IHDR", "IDAT", "IEND");
		assertThat(new String(previewBytes, StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
	}

	@Test
	void theReencodedImageKeepsThePixelsAndDropsTheMetadata() throws IOException {
		BufferedImage original = drawing(320, 240);
		byte[] png = withChunkAfterHeader(encoded(original, "png"), "tEXt",
				("Comment\0" + CANARY).getBytes(StandardCharsets.ISO_8859_1));
		byte[] jpeg = withExif(encoded(original, "jpeg"), CANARY);

		for (byte[] upload : List.of(png, jpeg)) {
			byte[] reencoded = ImageInspection.reencoded(new ByteArrayInputStream(upload));

			assertThat(chunkTypes(reencoded)).containsOnly("IHDR", "IDAT", "IEND");
			assertThat(new String(reencoded, StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
			BufferedImage shown = ImageIO.read(new ByteArrayInputStream(reencoded));
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(upload));
			assertThat(meanDifference(decoded, shown)).isZero();
		}
	}

	@Test
	void aPreviewIsAlsoMadeForTinyAndVeryTallImages() throws IOException {
		for (BufferedImage image : List.of(drawing(3, 2), drawing(60, 19_000))) {
			byte[] previewBytes = ImageInspection.blurredPreview(new ByteArrayInputStream(encoded(image, "png")), 300);

			BufferedImage preview = ImageIO.read(new ByteArrayInputStream(previewBytes));
			assertThat(preview.getWidth()).isLessThanOrEqualTo(300);
			assertThat(preview.getHeight()).isLessThanOrEqualTo(1200);
		}
	}

	private static void assertRefused(byte[] upload, Reason reason) {
		assertThatThrownBy(() -> ImageInspection.inspect(new ByteArrayInputStream(upload), LIMIT))
			.isInstanceOfSatisfying(UnacceptableFileException.class, ex -> assertThat(ex.reason()).isEqualTo(reason));
	}

	/** A gradient, filled and outlined shapes and a band of noise: edges everywhere, as in a screenshot. */
	static BufferedImage drawing(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(30, 90, 200), width, height, new Color(240, 200, 40)));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		for (int x = 0; x < width; x += 16) {
			graphics.fillRect(x, height / 8, 8, Math.max(1, height / 8));
		}
		graphics.setColor(Color.BLACK);
		graphics.fillOval(width / 4, height / 3, width / 3, height / 3);
		graphics.drawRect(width / 2, height / 2, width / 3, height / 4);
		graphics.dispose();
		Random random = new Random(width * 31L + height);
		for (int y = height * 3 / 4; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return image;
	}

	static byte[] encoded(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, bytes)).as(format).isTrue();
		return bytes.toByteArray();
	}

	/** A PNG (8-bit RGB) with the given header and raw image data, deflated into one IDAT. */
	static byte[] png(int width, int height, byte[] idat) {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		png.writeBytes(chunk("IHDR", header.array()));
		png.writeBytes(chunk("IDAT", idat));
		png.writeBytes(chunk("IEND", new byte[0]));
		return png.toByteArray();
	}

	/** {@code length} zero bytes, deflated as PNG image data, without ever holding them. */
	static byte[] zeros(long length) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(compressed,
				new Deflater(Deflater.BEST_COMPRESSION), 64 * 1024)) {
			byte[] block = new byte[64 * 1024];
			for (long written = 0; written < length; written += block.length) {
				deflater.write(block, 0, (int) Math.min(block.length, length - written));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return compressed.toByteArray();
	}

	static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
			.putInt((int) crc.getValue()).array();
	}

	static byte[] withChunkAfterHeader(byte[] png, String type, byte[] data) {
		// Signature (8) and IHDR (4 + 4 + 13 + 4) come first in every PNG.
		int afterHeader = 8 + 25;
		ByteArrayOutputStream result = new ByteArrayOutputStream();
		result.write(png, 0, afterHeader);
		result.writeBytes(chunk(type, data));
		result.write(png, afterHeader, png.length - afterHeader);
		return result.toByteArray();
	}

	/** Inserts an APP1 Exif segment, where cameras and phones write location and device, after SOI. */
	static byte[] withExif(byte[] jpeg, String text) {
		byte[] payload = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream result = new ByteArrayOutputStream();
		result.write(jpeg, 0, 2);
		result.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) ((payload.length + 2) >> 8),
				(byte) (payload.length + 2) });
		result.writeBytes(payload);
		result.write(jpeg, 2, jpeg.length - 2);
		return result.toByteArray();
	}

	static List<String> chunkTypes(byte[] png) {
		List<String> types = new ArrayList<>();
		ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
		while (buffer.remaining() >= 12) {
			int length = buffer.getInt();
			byte[] type = new byte[4];
			buffer.get(type);
			types.add(new String(type, StandardCharsets.US_ASCII));
			buffer.position(buffer.position() + length + 4);
		}
		return types;
	}

	/** Mean absolute difference between horizontally neighbouring pixels, over the three channels. */
	static double edgeEnergy(BufferedImage image) {
		long sum = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 1; x < image.getWidth(); x++) {
				sum += channelDifference(image.getRGB(x - 1, y), image.getRGB(x, y));
			}
		}
		return (double) sum / ((long) image.getHeight() * (image.getWidth() - 1) * 3);
	}

	static double meanDifference(BufferedImage a, BufferedImage b) {
		long sum = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				sum += channelDifference(a.getRGB(x, y), b.getRGB(x, y));
			}
		}
		return (double) sum / ((long) a.getWidth() * a.getHeight() * 3);
	}

	private static int channelDifference(int rgb1, int rgb2) {
		int sum = 0;
		for (int shift = 0; shift <= 16; shift += 8) {
			sum += Math.abs(((rgb1 >> shift) & 0xFF) - ((rgb2 >> shift) & 0xFF));
		}
		return sum;
	}

	/** Counts how much of an upload the code under test read. */
	static final class Consumed extends FilterInputStream {

		long bytes;

		Consumed(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			bytes += read >= 0 ? 1 : 0;
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			bytes += Math.max(read, 0);
			return read;
		}

	}

}
