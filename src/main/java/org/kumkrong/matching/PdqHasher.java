package org.kumkrong.matching;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Meta's PDQ perceptual hash of an image, written from its published description (the ThreatExchange
 * {@code hashing.pdf} and {@code pdq/README.md}), so that an image known from a hash list or from another
 * case is recognised after it has been re-encoded, resized or mirrored.
 * <p>
 * The steps, as published: the luminance of every pixel ({@code 0.299 R + 0.587 G + 0.114 B}); a Jarosz
 * filter — a box filter applied twice along each axis, of window {@code ceil(side / 128)}, a box being the
 * mean of the pixels in the window that lie inside the image — which approximates a tent filter averaging
 * about one 64th of the image per output pixel; decimation to 64 × 64 by taking the filtered value at the
 * centre of each of 64 × 64 equal cells; the 16 × 16 DCT made of rows 1 to 16 of the 64-point DCT-II matrix
 * (the constant row 0 is left out); one bit per coefficient, set when the coefficient is above the median of
 * the 256; and the quality, the sum of the absolute differences between neighbouring pixels of the 64 × 64
 * image in percent of full scale, divided by 90 and capped at 100.
 * <p>
 * <b>Why it is quick.</b> Only the 64 × 64 filtered values at the cell centres are ever used. Both box passes
 * along an axis are linear, so for each of the 64 centres they compose into one short weight vector — the
 * tent, with its renormalisation at the image edges — of at most {@code 2 × window − 1} weights; and the two
 * axes are separable. So each image row is read once, turned into luminance and reduced at once to 64 values
 * (about one multiply-add per pixel), and the vertical pass works on those 64 columns only. This computes the
 * same numbers as filtering the whole image twice along rows and twice along columns and then decimating,
 * up to floating-point rounding, but touches each pixel once and needs no image-sized buffer: the working
 * memory is one row plus 64 floats per image row, allocated per call, so the hasher keeps no state and is
 * safe to share between threads.
 * <p>
 * Pixels are read straight from the raster for the types ImageIO decodes JPEG and PNG to
 * ({@code TYPE_3BYTE_BGR}, {@code TYPE_4BYTE_ABGR}, {@code TYPE_BYTE_GRAY}) and for {@code TYPE_INT_RGB} and
 * {@code TYPE_INT_ARGB}; other types go through {@link BufferedImage#getRGB(int, int, int, int, int[], int, int)}
 * a row at a time. Alpha is ignored, as in Meta's hashers. A grey image counts its stored grey values as
 * luminance.
 */
public final class PdqHasher {

	/** Side of the decimated image. */
	static final int SIDE = 64;

	/** Side of the block of DCT coefficients kept. */
	static final int DCT_SIDE = 16;

	private static final float RED = 0.299f;

	private static final float GREEN = 0.587f;

	private static final float BLUE = 0.114f;

	/** Rows 1 to 16 of the 64-point DCT-II matrix, row-major: {@code sqrt(2/64) cos(π/128 (u+1)(2i+1))}. */
	private static final double[] DCT_MATRIX = new double[DCT_SIDE * SIDE];

	static {
		double scale = Math.sqrt(2.0 / SIDE);
		for (int u = 0; u < DCT_SIDE; u++) {
			for (int i = 0; i < SIDE; i++) {
				DCT_MATRIX[u * SIDE + i] = scale * Math.cos(Math.PI / (2.0 * SIDE) * (u + 1) * (2 * i + 1));
			}
		}
	}

	/**
	 * The eight rotations and flips of {@link #dihedral}, as changes of the DCT coefficients: whether the
	 * block is transposed, and whether coefficients of odd vertical or horizontal frequency change sign
	 * (mirroring an axis negates its odd frequencies; the frequency of index {@code i} is {@code i + 1}).
	 * Rotations turn anticlockwise, as in Meta's reference files: rotating 90° is transposing, then turning
	 * upside down.
	 */
	private enum Symmetry {

		ORIGINAL(false, false, false), ROTATE_90(true, true, false), ROTATE_180(false, true, true),
		ROTATE_270(true, false, true), FLIP_X(false, true, false), FLIP_Y(false, false, true),
		FLIP_PLUS_1(true, false, false), FLIP_MINUS_1(true, true, true);

		private final boolean transposed;

		private final boolean verticalMirrored;

		private final boolean horizontalMirrored;

		Symmetry(boolean transposed, boolean verticalMirrored, boolean horizontalMirrored) {
			this.transposed = transposed;
			this.verticalMirrored = verticalMirrored;
			this.horizontalMirrored = horizontalMirrored;
		}

	}

	/** The hash and quality of the image as it is. */
	public PdqResult hash(BufferedImage image) {
		Spectrum spectrum = spectrum(image);
		return spectrum.result(Symmetry.ORIGINAL);
	}

	/**
	 * The hashes of the image and of its seven rotations and flips, in the order of Meta's reference files:
	 * original, rotated 90°, 180°, 270° anticlockwise, flipped about the x axis (upside down), about the y axis (left to
	 * right), about the main diagonal (transposed, "flip plus 1") and about the anti-diagonal ("flip minus
	 * 1"). A rotated or mirrored copy of a known image matches one of them. They are derived from the one DCT
	 * of the image by transposition and sign changes, so all eight cost little more than one hash; each is
	 * within a few bits of hashing the rotated or flipped pixels.
	 */
	public List<PdqResult> dihedral(BufferedImage image) {
		Spectrum spectrum = spectrum(image);
		List<PdqResult> results = new ArrayList<>(Symmetry.values().length);
		for (Symmetry symmetry : Symmetry.values()) {
			results.add(spectrum.result(symmetry));
		}
		return List.copyOf(results);
	}

	private static Spectrum spectrum(BufferedImage image) {
		float[] decimated = decimated(image);
		return new Spectrum(dct(decimated), quality(decimated));
	}

	/** The luminance, tent-filtered and decimated to 64 × 64, row-major. */
	static float[] decimated(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		Tent across = Tent.of(width);
		Tent down = Tent.of(height);
		Rows rows = Rows.of(image);
		float[] luminance = new float[width];
		// Every image row reduced horizontally to the 64 cell centres: the only columns the vertical pass needs.
		float[] reduced = new float[height * SIDE];
		int acrossSpan = across.span;
		for (int y = 0; y < height; y++) {
			rows.luminance(y, luminance);
			int base = y * SIDE;
			for (int cell = 0; cell < SIDE; cell++) {
				int start = across.start[cell];
				int weightBase = cell * acrossSpan;
				float sum = 0f;
				for (int t = 0; t < acrossSpan; t++) {
					sum += across.weights[weightBase + t] * luminance[start + t];
				}
				reduced[base + cell] = sum;
			}
		}
		float[] decimated = new float[SIDE * SIDE];
		int downSpan = down.span;
		for (int cell = 0; cell < SIDE; cell++) {
			int out = cell * SIDE;
			for (int t = 0; t < downSpan; t++) {
				float weight = down.weights[cell * downSpan + t];
				if (weight == 0f) {
					continue;
				}
				int row = (down.start[cell] + t) * SIDE;
				// The 64 columns side by side: a contiguous loop the JIT vectorises.
				for (int column = 0; column < SIDE; column++) {
					decimated[out + column] += weight * reduced[row + column];
				}
			}
		}
		return decimated;
	}

	/** The 16 × 16 DCT coefficients of frequencies 1 to 16, row-major: {@code D · A · Dᵀ}. */
	static double[] dct(float[] decimated) {
		// A · Dᵀ first (64 × 16), then D times that: 64·64·16 + 16·64·16 multiply-adds.
		double[] half = new double[SIDE * DCT_SIDE];
		for (int y = 0; y < SIDE; y++) {
			for (int v = 0; v < DCT_SIDE; v++) {
				double sum = 0;
				for (int x = 0; x < SIDE; x++) {
					sum += decimated[y * SIDE + x] * DCT_MATRIX[v * SIDE + x];
				}
				half[y * DCT_SIDE + v] = sum;
			}
		}
		double[] coefficients = new double[DCT_SIDE * DCT_SIDE];
		for (int u = 0; u < DCT_SIDE; u++) {
			for (int y = 0; y < SIDE; y++) {
				double weight = DCT_MATRIX[u * SIDE + y];
				for (int v = 0; v < DCT_SIDE; v++) {
					coefficients[u * DCT_SIDE + v] += weight * half[y * DCT_SIDE + v];
				}
			}
		}
		return coefficients;
	}

	/**
	 * The published quality: absolute differences of vertical and horizontal neighbours of the 64 × 64 image,
	 * each in whole percent of full scale, summed, divided by 90 and capped at 100.
	 */
	static int quality(float[] decimated) {
		int sum = 0;
		for (int y = 0; y < SIDE - 1; y++) {
			for (int x = 0; x < SIDE; x++) {
				sum += Math.abs((int) ((decimated[(y + 1) * SIDE + x] - decimated[y * SIDE + x]) * 100 / 255));
			}
		}
		for (int y = 0; y < SIDE; y++) {
			for (int x = 0; x < SIDE - 1; x++) {
				sum += Math.abs((int) ((decimated[y * SIDE + x + 1] - decimated[y * SIDE + x]) * 100 / 255));
			}
		}
		return Math.min(100, sum / 90);
	}

	/** One bit per coefficient, set when it is above the median; bit {@code 16u + v} for coefficient (u, v). */
	static PdqHash threshold(double[] coefficients) {
		double[] sorted = coefficients.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		// The mean of the two middle values: exactly half of the bits are set unless values repeat.
		double median = (sorted[middle - 1] + sorted[middle]) / 2;
		long[] words = new long[4];
		for (int bit = 0; bit < coefficients.length; bit++) {
			if (coefficients[bit] > median) {
				// Bit 0 is the least significant bit of the last printed word.
				words[3 - (bit >> 6)] |= 1L << (bit & 63);
			}
		}
		return PdqHash.of(words);
	}

	private record Spectrum(double[] coefficients, int quality) {

		PdqResult result(Symmetry symmetry) {
			double[] changed = new double[coefficients.length];
			for (int u = 0; u < DCT_SIDE; u++) {
				for (int v = 0; v < DCT_SIDE; v++) {
					double value = symmetry.transposed ? coefficients[v * DCT_SIDE + u] : coefficients[u * DCT_SIDE + v];
					// Index u holds frequency u + 1: even indices are the odd frequencies a mirror negates.
					if (symmetry.verticalMirrored && (u & 1) == 0) {
						value = -value;
					}
					if (symmetry.horizontalMirrored && (v & 1) == 0) {
						value = -value;
					}
					changed[u * DCT_SIDE + v] = value;
				}
			}
			return new PdqResult(threshold(changed), quality);
		}

	}

	/**
	 * For each of the 64 cell centres along an axis of {@code length} pixels: the weights of the two box passes
	 * composed, {@code span} of them from {@code start[cell]}, stored at {@code weights[cell * span]}.
	 */
	record Tent(int span, int[] start, float[] weights) {

		static Tent of(int length) {
			int window = (length + 2 * SIDE - 1) / (2 * SIDE);
			// The window reaches (window − 1) / 2 pixels back and window / 2 ahead: centred when odd.
			int back = (window - 1) / 2;
			int ahead = window / 2;
			int span = 2 * window - 1;
			int[] start = new int[SIDE];
			float[] weights = new float[SIDE * span];
			double[] tent = new double[length];
			for (int cell = 0; cell < SIDE; cell++) {
				int centre = (int) ((cell + 0.5) * length / SIDE);
				// Second pass: the mean over the window around the centre of the first pass's means.
				int from = Math.max(0, centre - back);
				int to = Math.min(length - 1, centre + ahead);
				int firstFrom = Math.max(0, from - back);
				int firstTo = Math.min(length - 1, to + ahead);
				Arrays.fill(tent, firstFrom, firstTo + 1, 0.0);
				for (int middle = from; middle <= to; middle++) {
					int innerFrom = Math.max(0, middle - back);
					int innerTo = Math.min(length - 1, middle + ahead);
					double weight = 1.0 / ((double) (to - from + 1) * (innerTo - innerFrom + 1));
					for (int pixel = innerFrom; pixel <= innerTo; pixel++) {
						tent[pixel] += weight;
					}
				}
				int first = Math.max(0, Math.min(firstFrom, length - span));
				start[cell] = first;
				for (int t = 0; t < span; t++) {
					int pixel = first + t;
					if (pixel >= firstFrom && pixel <= firstTo) {
						weights[cell * span + t] = (float) tent[pixel];
					}
				}
			}
			return new Tent(span, start, weights);
		}

	}

	/** Reads one image row as luminance. */
	@FunctionalInterface
	private interface Rows {

		void luminance(int y, float[] into);

		static Rows of(BufferedImage image) {
			int width = image.getWidth();
			int type = image.getType();
			WritableRaster raster = image.getRaster();
			DataBuffer buffer = raster.getDataBuffer();
			int translateX = raster.getSampleModelTranslateX();
			int translateY = raster.getSampleModelTranslateY();
			if (buffer instanceof DataBufferByte bytes && bytes.getNumBanks() == 1
					&& raster.getSampleModel() instanceof PixelInterleavedSampleModel model
					&& (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR
							|| type == BufferedImage.TYPE_BYTE_GRAY)) {
				byte[] data = bytes.getData();
				int pixelStride = model.getPixelStride();
				int scanline = model.getScanlineStride();
				int[] bands = model.getBandOffsets();
				int origin = bytes.getOffset() - translateY * scanline - translateX * pixelStride;
				if (type == BufferedImage.TYPE_BYTE_GRAY) {
					int grey = bands[0];
					return (y, into) -> {
						int index = origin + y * scanline + grey;
						for (int x = 0; x < width; x++, index += pixelStride) {
							into[x] = data[index] & 0xFF;
						}
					};
				}
				int red = bands[0];
				int green = bands[1];
				int blue = bands[2];
				return (y, into) -> {
					int index = origin + y * scanline;
					for (int x = 0; x < width; x++, index += pixelStride) {
						into[x] = RED * (data[index + red] & 0xFF) + GREEN * (data[index + green] & 0xFF)
								+ BLUE * (data[index + blue] & 0xFF);
					}
				};
			}
			if (buffer instanceof DataBufferInt ints && ints.getNumBanks() == 1
					&& raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
					&& (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)) {
				int[] data = ints.getData();
				int scanline = model.getScanlineStride();
				int origin = ints.getOffset() - translateY * scanline - translateX;
				return (y, into) -> {
					int index = origin + y * scanline;
					for (int x = 0; x < width; x++) {
						into[x] = luma(data[index + x]);
					}
				};
			}
			int[] argb = new int[width];
			return (y, into) -> {
				image.getRGB(0, y, width, 1, argb, 0, width);
				for (int x = 0; x < width; x++) {
					into[x] = luma(argb[x]);
				}
			};
		}

		private static float luma(int rgb) {
			return RED * ((rgb >> 16) & 0xFF) + GREEN * ((rgb >> 8) & 0xFF) + BLUE * (rgb & 0xFF);
		}

	}

}
