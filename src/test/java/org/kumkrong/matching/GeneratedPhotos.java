package org.kumkrong.matching;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;

/**
 * Photo-like test images of nothing: a smooth background gradient in a random direction, soft radial
 * shading, a dozen shapes in random colours, and sensor-like noise. Each seed gives a different picture;
 * the same seed always the same one. Never people, never anything sexual.
 */
public final class GeneratedPhotos {

	private GeneratedPhotos() {
	}

	/** A picture as ImageIO decodes a JPEG photo: {@code TYPE_3BYTE_BGR}. */
	public static BufferedImage photo(long seed, int width, int height) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setPaint(new GradientPaint(random.nextFloat() * width, random.nextFloat() * height,
					colour(random), random.nextFloat() * width, random.nextFloat() * height, colour(random)));
			graphics.fillRect(0, 0, width, height);
			for (int blob = 0; blob < 3; blob++) {
				float radius = (0.2f + random.nextFloat() * 0.4f) * Math.max(width, height);
				graphics.setPaint(new RadialGradientPaint(
						new Point2D.Float(random.nextFloat() * width, random.nextFloat() * height), radius,
						new float[] { 0f, 1f }, new Color[] { colour(random, 160), new Color(0, 0, 0, 0) },
						MultipleGradientPaint.CycleMethod.NO_CYCLE));
				graphics.fillRect(0, 0, width, height);
			}
			for (int shape = 0; shape < 12; shape++) {
				int x = random.nextInt(width);
				int y = random.nextInt(height);
				int w = width / 20 + random.nextInt(Math.max(1, width / 3));
				int h = height / 20 + random.nextInt(Math.max(1, height / 3));
				graphics.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f + random.nextFloat() / 2));
				graphics.setColor(colour(random));
				switch (random.nextInt(4)) {
					case 0 -> graphics.fillOval(x - w / 2, y - h / 2, w, h);
					case 1 -> graphics.fillRect(x - w / 2, y - h / 2, w, h);
					case 2 -> graphics.fillPolygon(new int[] { x, x + w, x - w / 2 }, new int[] { y - h, y + h / 2, y + h }, 3);
					default -> {
						graphics.setStroke(new BasicStroke(Math.max(2, width / 150f)));
						graphics.drawLine(x - w, y - h, x + w, y + h);
					}
				}
			}
		}
		finally {
			graphics.dispose();
		}
		byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		for (int i = 0; i < pixels.length; i++) {
			int noisy = (pixels[i] & 0xFF) + random.nextInt(13) - 6;
			pixels[i] = (byte) Math.max(0, Math.min(255, noisy));
		}
		return image;
	}

	private static Color colour(Random random) {
		return colour(random, 255);
	}

	private static Color colour(Random random, int alpha) {
		return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), alpha);
	}

}
