package org.kumkrong.platform;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparing renderings by their ink (tests of printed Thai): the inked part of an image in black and white, and
 * the share of inked pixels two images do not share, a one-pixel shift forgiven as antialiasing.
 */
public final class InkImages {

	private InkImages() {
	}

	/** The part of the image that has ink (dark pixels), as a black-and-white image. */
	public static BufferedImage ink(BufferedImage image) {
		int left = image.getWidth(), top = image.getHeight(), right = -1, bottom = -1;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (dark(image.getRGB(x, y))) {
					left = Math.min(left, x);
					right = Math.max(right, x);
					top = Math.min(top, y);
					bottom = Math.max(bottom, y);
				}
			}
		}
		assertThat(right).as("ink on the image").isGreaterThanOrEqualTo(0);
		BufferedImage result = new BufferedImage(right - left + 1, bottom - top + 1, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = top; y <= bottom; y++) {
			for (int x = left; x <= right; x++) {
				result.setRGB(x - left, y - top, dark(image.getRGB(x, y)) ? 0 : 0xFFFFFF);
			}
		}
		return result;
	}

	/** Pixels inked in one image but not the other, over pixels inked in either (0 = the same). */
	public static double difference(BufferedImage a, BufferedImage b) {
		int width = Math.max(a.getWidth(), b.getWidth());
		int height = Math.max(a.getHeight(), b.getHeight());
		long differing = 0;
		long inked = 0;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				boolean inA = x < a.getWidth() && y < a.getHeight() && dark(a.getRGB(x, y));
				boolean inB = x < b.getWidth() && y < b.getHeight() && dark(b.getRGB(x, y));
				if (inA || inB) {
					inked++;
					if (inA != inB) {
						// A stroke shifted by a pixel is antialiasing, not a misplaced mark.
						if (!near(inA ? b : a, x, y)) {
							differing++;
						}
					}
				}
			}
		}
		return inked == 0 ? 0 : (double) differing / inked;
	}

	static boolean near(BufferedImage image, int x, int y) {
		for (int dy = -1; dy <= 1; dy++) {
			for (int dx = -1; dx <= 1; dx++) {
				int nx = x + dx, ny = y + dy;
				if (nx >= 0 && ny >= 0 && nx < image.getWidth() && ny < image.getHeight() && dark(image.getRGB(nx, ny))) {
					return true;
				}
			}
		}
		return false;
	}

	/** Dark by luminance. */
	public static boolean dark(int rgb) {
		int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
		return (r * 299 + g * 587 + b * 114) / 1000 < 128;
	}

}
