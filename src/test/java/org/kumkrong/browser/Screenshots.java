package org.kumkrong.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** PNG screenshots under {@code target/screenshots/}, to look at (Thai rendering, layout at 360 px). */
public final class Screenshots {

	static final Path DIRECTORY = Path.of("target", "screenshots");

	private Screenshots() {
	}

	public static Path take(WebDriver driver, String name) {
		try {
			Files.createDirectories(DIRECTORY);
			Path file = DIRECTORY.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
