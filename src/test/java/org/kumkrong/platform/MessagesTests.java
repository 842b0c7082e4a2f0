package org.kumkrong.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string is a message key in English and Thai (CONVENTIONS.md, "Messages and pages"):
 * the two language files of each module hold the same keys, every key a template uses exists in both,
 * and no template holds literal visible text. Plain unit tests over the source files; no Spring context.
 */
class MessagesTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Share of a Thai file's values that must contain Thai script (brand names and "English" may not). */
	static final double MIN_THAI_SHARE = 0.8;

	static final Pattern THAI = Pattern.compile("\\p{IsThai}");

	static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*\\}");

	@Test
	void everyModuleHasTheSameKeysInEnglishAndThaiWithoutEmptyValues() throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Path> englishFiles = englishFiles();
		assertThat(englishFiles).as("message files under %s", MESSAGES).isNotEmpty();
		for (var entry : englishFiles.entrySet()) {
			String module = entry.getKey();
			Path thaiFile = MESSAGES.resolve(module + "_th.properties");
			if (!Files.exists(thaiFile)) {
				problems.add(module + ": no " + thaiFile.getFileName());
				continue;
			}
			Map<String, String> english = load(entry.getValue());
			Map<String, String> thai = load(thaiFile);
			difference(english.keySet(), thai.keySet())
				.forEach(key -> problems.add(module + "_th.properties lacks " + key));
			difference(thai.keySet(), english.keySet())
				.forEach(key -> problems.add(module + ".properties lacks " + key));
			english.forEach((key, value) -> {
				if (value.isBlank()) {
					problems.add(module + ".properties: empty value for " + key);
				}
			});
			thai.forEach((key, value) -> {
				if (value.isBlank()) {
					problems.add(module + "_th.properties: empty value for " + key);
				}
			});
			english.forEach((key, value) -> {
				String translated = thai.get(key);
				if (translated != null && !arguments(value).equals(arguments(translated))) {
					problems.add(module + ": arguments differ between languages for " + key + " " + arguments(value)
							+ " vs " + arguments(translated));
				}
			});
			long withThai = thai.values().stream().filter(value -> THAI.matcher(value).find()).count();
			if (!thai.isEmpty() && withThai < MIN_THAI_SHARE * thai.size()) {
				problems.add(module + "_th.properties: only " + withThai + " of " + thai.size()
						+ " values contain Thai script; is it translated?");
			}
		}
		try (Stream<Path> files = Files.list(MESSAGES)) {
			files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith("_th.properties"))
				.filter(name -> !englishFiles.containsKey(name.substring(0, name.length() - "_th.properties".length())))
				.forEach(name -> problems.add(name + " has no English file"));
		}
		assertThat(problems).as("message file problems").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExistsInBothLanguages() throws IOException {
		Map<String, String> english = new TreeMap<>();
		Map<String, String> thai = new TreeMap<>();
		for (var entry : englishFiles().entrySet()) {
			english.putAll(load(entry.getValue()));
			Path thaiFile = MESSAGES.resolve(entry.getKey() + "_th.properties");
			if (Files.exists(thaiFile)) {
				thai.putAll(load(thaiFile));
			}
		}
		List<String> problems = new ArrayList<>();
		int used = 0;
		for (Path template : templates()) {
			for (String key : messageKeys(Files.readString(template, StandardCharsets.UTF_8))) {
				used++;
				if (!english.containsKey(key)) {
					problems.add(TEMPLATES.relativize(template) + ": " + key + " missing in English");
				}
				if (!thai.containsKey(key)) {
					problems.add(TEMPLATES.relativize(template) + ": " + key + " missing in Thai");
				}
			}
		}
		assertThat(used).as("message keys found in templates").isPositive();
		assertThat(problems).as("keys used by templates but not defined").isEmpty();
	}

	@Test
	void noTemplateHoldsLiteralVisibleText() throws IOException {
		List<String> problems = new ArrayList<>();
		List<Path> templates = templates();
		assertThat(templates).isNotEmpty();
		for (Path template : templates) {
			LiteralText.findIn(Files.readString(template, StandardCharsets.UTF_8))
				.forEach(finding -> problems.add(TEMPLATES.relativize(template) + ":" + finding));
		}
		assertThat(problems).as("literal text in templates (use th:text / th:<attribute> with a message key)")
			.isEmpty();
	}

	/** The checker itself: strict where text would reach the page, quiet where Thymeleaf replaces it. */
	@Nested
	class LiteralTextChecker {

		@Test
		void findsTextThatNoThymeleafAttributeReplaces() {
			assertThat(LiteralText.findIn("<section>\n<p>Hello there</p></section>"))
				.singleElement().asString().contains("2:").contains("Hello there");
			assertThat(LiteralText.findIn("<p><span th:text=\"#{a.b}\">x</span> and more</p>")).hasSize(1);
			assertThat(LiteralText.findIn("<ul><li>One<li>Two</ul>")).hasSize(2);
			assertThat(LiteralText.findIn("<p>ไทย</p>")).hasSize(1);
		}

		@Test
		void findsLiteralAccessibleAttributes() {
			assertThat(LiteralText.findIn("<img src=\"a.png\" alt=\"A child\">")).hasSize(1);
			assertThat(LiteralText.findIn("<a href=\"/\" title=\"Home\" th:text=\"#{a}\">x</a>")).hasSize(1);
			assertThat(LiteralText.findIn("<input name=\"q\" placeholder=\"Search\">")).hasSize(1);
			assertThat(LiteralText.findIn("<nav aria-label='Main'></nav>")).hasSize(1);
			assertThat(LiteralText.findIn("<input type=\"submit\" value=\"Send\">")).hasSize(1);
		}

		@Test
		void acceptsTextThatThymeleafReplaces() {
			assertThat(LiteralText.findIn("<p th:text=\"#{a.b}\">Fallback <b>text</b></p>")).isEmpty();
			assertThat(LiteralText.findIn("<p data-th-utext=\"#{a.b}\">Fallback</p>")).isEmpty();
			assertThat(LiteralText.findIn("<div th:replace=\"~{platform/x :: y}\">Fallback</div>")).isEmpty();
			assertThat(LiteralText.findIn("<div th:insert=\"~{platform/x :: y}\">Fallback</div>")).isEmpty();
			assertThat(LiteralText.findIn("<div th:remove=\"all\">Mock-up</div>")).isEmpty();
			assertThat(LiteralText.findIn("<p>[[#{a.b}]] [(${x})]</p>")).isEmpty();
			assertThat(LiteralText.findIn("<p><strong>1387</strong> · 191 &nbsp; : —</p>")).isEmpty();
			assertThat(LiteralText.findIn("<a title=\"Home\" th:title=\"#{a}\" th:text=\"#{b}\">x</a>")).isEmpty();
			assertThat(LiteralText.findIn("<img alt=\"x\" th:attr=\"alt=#{a}\">")).isEmpty();
			assertThat(LiteralText.findIn("<img alt=\"\" src=\"decorative.svg\">")).isEmpty();
		}

		@Test
		void ignoresScriptsStylesCommentsAndThymeleafAttributeValues() {
			assertThat(LiteralText.findIn("<script>var words = 'hello';</script><style>p{color:red}</style>"
					+ "<!-- a comment --><!--/* parser comment */--><!DOCTYPE html>"
					+ "<p th:if=\"${a > b and c < d}\" th:text=\"${x}\">y</p>")).isEmpty();
		}

		@Test
		void looksInsideALayoutThatUsesThisTemplatesOwnFragments() {
			String page = "<html th:replace=\"~{platform/layout :: page(~{::title}, ~{::section})}\">"
					+ "<head><title th:text=\"#{a}\">T</title></head><body><section><p>Literal</p></section></body></html>";
			assertThat(LiteralText.findIn(page)).singleElement().asString().contains("Literal");
		}

	}

	static Map<String, Path> englishFiles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter(file -> file.getFileName().toString().matches("[a-z][a-z0-9-]*\\.properties"))
				.collect(Collectors.toMap(file -> file.getFileName().toString().replace(".properties", ""),
						file -> file, (a, b) -> a, TreeMap::new));
		}
	}

	static Map<String, String> load(Path file) throws IOException {
		var properties = new Properties();
		// Spring reads the message files as UTF-8 (spring.messages.encoding), so read them the same way.
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> values = new TreeMap<>();
		properties.forEach((key, value) -> values.put((String) key, (String) value));
		return values;
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	static Set<String> arguments(String message) {
		Set<String> indexes = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			indexes.add(matcher.group(1));
		}
		return indexes;
	}

	static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{\\s*([^}(]*)");

	static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.\\-]+");

	/**
	 * The static keys of {@code #{key}} and {@code #{key(args)}}; dynamic ones ({@code #{${...}}},
	 * {@code #{__${...}__}}) cannot be checked here.
	 */
	static Set<String> messageKeys(String template) {
		Set<String> keys = new TreeSet<>();
		Matcher matcher = MESSAGE_EXPRESSION.matcher(template);
		while (matcher.find()) {
			String key = matcher.group(1).trim();
			if (KEY.matcher(key).matches()) {
				keys.add(key);
			}
		}
		return keys;
	}

	@Test
	void extractsStaticMessageKeysOnly() {
		assertThat(messageKeys("""
				<p th:text="#{a.b}">x</p><h1 th:text="#{c.d(${@shell.actorName()})}">y</h1>
				<a th:text="#{${item.messageKey}}">z</a><b th:text="#{__${k}__}">w</b>[[#{ e.f }]]
				<title th:text="#{g.h} + ' · ' + #{i-j}">t</title>"""))
			.containsExactly("a.b", "c.d", "e.f", "g.h", "i-j");
	}

}
