package org.kumkrong.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.kumkrong.platform.ImageInspection;
import org.kumkrong.platform.UnacceptableFileException;

/**
 * {@code java -jar kumkrong.jar pdq FILE…}: prints the PDQ hash of each image as {@code <64 hex digits>
 * <quality> <file>}, the format of Meta's reference hashers, so an analyst can hash a file on their own
 * machine, compare it with the reference tools, or look it up in a hash list, without starting the
 * application.
 * <p>
 * Files are decoded exactly as the application decodes uploads ({@link ImageInspection#decodedForHashing}):
 * PNG and JPEG only, recognised by their first bytes, pixel floods refused, and images longer than
 * {@value ImageInspection#HASHING_SIDE} pixels sampled down. So the command prints the very hash the
 * application stores for the same file. Up to that size the pixels are those {@code ImageIO.read} gives, which
 * is what Meta's agreement rule (within 10 bits of the reference) assumes.
 */
public final class PdqCommand {

	private PdqCommand() {
	}

	/**
	 * Hashes each file in turn; a file that cannot be read or is not a PNG or JPEG is reported on {@code err}
	 * and the others are still hashed.
	 * @return 0 when every file was hashed, 1 when any failed, 2 when no file was named
	 */
	public static int run(String[] files, PrintStream out, PrintStream err) {
		if (files.length == 0) {
			err.println("usage: java -jar kumkrong.jar pdq FILE...");
			return 2;
		}
		PdqHasher hasher = new PdqHasher();
		int status = 0;
		for (String file : files) {
			try (InputStream image = Files.newInputStream(Path.of(file))) {
				PdqResult result = hasher.hash(ImageInspection.decodedForHashing(image));
				out.println(result.hash().hex() + " " + result.quality() + " " + file);
			}
			catch (NoSuchFileException ex) {
				status = failed(err, file, "no such file");
			}
			catch (AccessDeniedException ex) {
				status = failed(err, file, "permission denied");
			}
			catch (UnacceptableFileException ex) {
				status = failed(err, file, switch (ex.reason()) {
					case NOT_AN_IMAGE -> "not a PNG or JPEG image";
					case TOO_MANY_PIXELS -> "too many pixels to decode";
					case TOO_LARGE -> "too large";
					case UNREADABLE -> "unreadable image";
				});
			}
			catch (IOException | RuntimeException ex) {
				status = failed(err, file, ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName());
			}
		}
		out.flush();
		return status;
	}

	private static int failed(PrintStream err, String file, String reason) {
		err.println("pdq: " + file + ": " + reason);
		return 1;
	}

}
