package org.kumkrong.matching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar kumkrong.jar pdq FILE…}, run in process on Meta's reference photos. */
class PdqCommandTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsHashQualityAndFileForEachPhotoWithinTenBitsOfMetasHashes() {
		List<String> files = new ArrayList<>();
		PdqHasherTests.PUBLISHED.keySet().forEach(file -> files.add(referencePhoto(file).toString()));

		int status = run(files);

		assertThat(status).isZero();
		assertThat(text(err)).isEmpty();
		List<String> lines = text(out).lines().toList();
		assertThat(lines).hasSize(8);
		List<String> published = List.copyOf(PdqHasherTests.PUBLISHED.values());
		for (int i = 0; i < 8; i++) {
			String line = lines.get(i);
			assertThat(line).matches("[0-9a-f]{64} (100|[1-9]?[0-9]) .+");
			String[] parts = line.split(" ", 3);
			assertThat(parts[2]).isEqualTo(files.get(i));
			assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(80);
			assertThat(PdqHash.parse(parts[0]).distance(PdqHash.parse(published.get(i)))).as(line).isLessThanOrEqualTo(10);
		}
	}

	@Test
	void reportsUnreadableFilesOnStandardErrorAndStillHashesTheOthers(@TempDir Path directory) throws IOException {
		Path text = Files.writeString(directory.resolve("notes.jpg"), "Not an image, whatever its name says.\n");
		Path missing = directory.resolve("missing.png");
		String photo = referencePhoto("bridge-1-original.jpg").toString();

		int status = run(List.of(text.toString(), photo, missing.toString()));

		assertThat(status).isEqualTo(1);
		assertThat(text(out).lines()).singleElement().asString().endsWith(" " + photo);
		assertThat(text(err).lines()).containsExactly("pdq: " + text + ": not a PNG or JPEG image",
				"pdq: " + missing + ": no such file");
	}

	@Test
	void explainsItsUsageWhenNoFileIsNamed() {
		assertThat(run(List.of())).isEqualTo(2);
		assertThat(text(err)).startsWith("usage: java -jar kumkrong.jar pdq FILE");
		assertThat(text(out)).isEmpty();
	}

	private int run(List<String> files) {
		try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			return PdqCommand.run(files.toArray(String[]::new), stdout, stderr);
		}
	}

	private static String text(ByteArrayOutputStream bytes) {
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static Path referencePhoto(String file) {
		try {
			return Path.of(PdqCommandTests.class.getResource("/pdq-reference/" + file).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
