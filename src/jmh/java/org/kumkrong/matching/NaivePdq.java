package org.kumkrong.matching;

import java.awt.image.BufferedImage;

/**
 * The baseline of {@link PdqBenchmark}: the same PDQ steps written the straightforward way — getRGB per
 * pixel into a {@code double[][]}, the box filter run over the whole image along every row and then down
 * every column (column by column, striding across the row arrays), twice; decimation; the DCT as the matrix
 * products {@code D · A · Dᵀ}; the median by sorting. Kept only to measure {@link PdqHasher} against.
 */
final class NaivePdq {

	private NaivePdq() {
	}

	static PdqResult hash(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		double[][] luminance = new double[height][width];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = image.getRGB(x, y);
				luminance[y][x] = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
			}
		}
		int across = (width + 127) / 128;
		int down = (height + 127) / 128;
		double[][] buffer = new double[height][width];
		for (int pass = 0; pass < 2; pass++) {
			for (int y = 0; y < height; y++) {
				boxFilter(luminance, buffer, y, 0, 0, 1, width, across);
			}
			for (int x = 0; x < width; x++) {
				boxFilter(buffer, luminance, 0, x, 1, 0, height, down);
			}
		}
		double[][] decimated = new double[64][64];
		for (int row = 0; row < 64; row++) {
			for (int column = 0; column < 64; column++) {
				decimated[row][column] = luminance[(int) ((row + 0.5) * height / 64)][(int) ((column + 0.5) * width / 64)];
			}
		}
		double[][] dct = new double[16][64];
		for (int u = 0; u < 16; u++) {
			for (int i = 0; i < 64; i++) {
				dct[u][i] = Math.sqrt(2.0 / 64) * Math.cos(Math.PI / 128 * (u + 1) * (2 * i + 1));
			}
		}
		double[][] half = new double[16][64];
		for (int u = 0; u < 16; u++) {
			for (int x = 0; x < 64; x++) {
				for (int y = 0; y < 64; y++) {
					half[u][x] += dct[u][y] * decimated[y][x];
				}
			}
		}
		double[] coefficients = new double[256];
		for (int u = 0; u < 16; u++) {
			for (int v = 0; v < 16; v++) {
				for (int x = 0; x < 64; x++) {
					coefficients[u * 16 + v] += half[u][x] * dct[v][x];
				}
			}
		}
		return new PdqResult(PdqHasher.threshold(coefficients), quality(decimated));
	}

	/** A running-sum box filter along one line (a row, or a column) from (y, x) stepping (dy, dx). */
	private static void boxFilter(double[][] in, double[][] out, int y, int x, int dy, int dx, int length, int window) {
		int back = (window - 1) / 2;
		int ahead = window / 2;
		double sum = 0;
		int from = 0;
		int to = -1;
		for (int i = 0; i < length; i++) {
			while (to < Math.min(length - 1, i + ahead)) {
				to++;
				sum += in[y + to * dy][x + to * dx];
			}
			while (from < i - back) {
				sum -= in[y + from * dy][x + from * dx];
				from++;
			}
			out[y + i * dy][x + i * dx] = sum / (to - from + 1);
		}
	}

	private static int quality(double[][] decimated) {
		int sum = 0;
		for (int y = 0; y < 63; y++) {
			for (int x = 0; x < 64; x++) {
				sum += Math.abs((int) ((decimated[y + 1][x] - decimated[y][x]) * 100 / 255));
			}
		}
		for (int y = 0; y < 64; y++) {
			for (int x = 0; x < 63; x++) {
				sum += Math.abs((int) ((decimated[y][x + 1] - decimated[y][x]) * 100 / 255));
			}
		}
		return Math.min(100, sum / 90);
	}

}
