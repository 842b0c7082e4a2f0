package org.kumkrong.training.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the bundled training content: Markdown files, settings ({@code .properties}, UTF-8) and question
 * files. A question file holds blocks separated by blank lines:
 *
 * <pre>
 * [single]                  (or [multiple])
 * en: The question?
 * th: คำถาม?
 * + a right option || ตัวเลือกที่ถูก
 * - a wrong option || ตัวเลือกที่ผิด
 * why: why the answer is what it is || เหตุผล
 * </pre>
 */
final class ContentFiles {

	private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

	private ContentFiles() {
	}

	/** The folders (as classpath locations ending in '/') that hold a file of this name, sorted. */
	static List<String> folders(String root, String marker) {
		try {
			Resource[] found = RESOLVER.getResources("classpath*:" + root + "*/" + marker);
			List<String> folders = new ArrayList<>();
			for (Resource resource : found) {
				String url = resource.getURL().toString();
				String folder = url.substring(0, url.length() - marker.length());
				folders.add(folder);
			}
			folders.sort(null);
			return folders;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String slug(String folder) {
		String trimmed = folder.substring(0, folder.length() - 1);
		return trimmed.substring(trimmed.lastIndexOf('/') + 1);
	}

	static boolean exists(String location) {
		return RESOLVER.getResource(location).exists();
	}

	static String read(String location) {
		try (InputStream in = RESOLVER.getResource(location).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Properties properties(String location) {
		try (InputStream in = RESOLVER.getResource(location).getInputStream()) {
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Markdown lesson: its first line "# Title" is the title, the rest the body. */
	record Page(String title, String body) {
	}

	static Page page(String markdown) {
		String text = markdown.strip();
		if (text.startsWith("# ")) {
			int end = text.indexOf('\n');
			String title = (end < 0 ? text : text.substring(0, end)).substring(2).strip();
			return new Page(title, end < 0 ? "" : text.substring(end + 1).strip());
		}
		return new Page("", text);
	}

	static List<Question> questions(String text) {
		List<Question> questions = new ArrayList<>();
		int position = 0;
		for (String block : text.strip().split("\n\\s*\n")) {
			Question.Kind kind = null;
			String en = "";
			String th = "";
			Texts why = new Texts("", "");
			List<Question.Option> options = new ArrayList<>();
			for (String raw : block.split("\n")) {
				String line = raw.strip();
				if (line.equals("[single]")) {
					kind = Question.Kind.SINGLE;
				}
				else if (line.equals("[multiple]")) {
					kind = Question.Kind.MULTIPLE;
				}
				else if (line.startsWith("en:")) {
					en = line.substring(3).strip();
				}
				else if (line.startsWith("th:")) {
					th = line.substring(3).strip();
				}
				else if (line.startsWith("why:")) {
					why = both(line.substring(4));
				}
				else if (line.startsWith("+ ") || line.startsWith("- ")) {
					options.add(new Question.Option(UUID.randomUUID(), options.size() + 1, both(line.substring(2)),
							line.startsWith("+")));
				}
				else if (!line.isEmpty() && !line.startsWith("#")) {
					throw new IllegalStateException("Unreadable line in a question file: " + line);
				}
			}
			if (kind == null) {
				continue;
			}
			Question question = new Question(UUID.randomUUID(), ++position, kind, new Texts(en, th), why, List.copyOf(options));
			if (question.problem() != null) {
				throw new IllegalStateException("Question " + position + " is not answerable: " + question.problem());
			}
			questions.add(question);
		}
		return questions;
	}

	private static Texts both(String line) {
		int split = line.indexOf("||");
		return split < 0 ? new Texts(line.strip(), line.strip())
				: new Texts(line.substring(0, split).strip(), line.substring(split + 2).strip());
	}

}
