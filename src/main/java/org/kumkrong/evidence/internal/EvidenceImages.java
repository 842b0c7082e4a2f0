package org.kumkrong.evidence.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/** The grey version of a blurred preview: colour can hint at skin, grey hints at nothing. */
final class EvidenceImages {

	private EvidenceImages() {
	}

	static byte[] grey(byte[] png) throws IOException {
		BufferedImage colour = ImageIO.read(new ByteArrayInputStream(png));
		BufferedImage grey = new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		var graphics = grey.createGraphics();
		try {
			graphics.drawImage(colour, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(grey, "png", out);
		return out.toByteArray();
	}

}
