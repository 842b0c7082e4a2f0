package org.kumkrong.platform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds visible text that a Thymeleaf HTML template would send to the browser literally, instead of
 * through a message key: text nodes with letters, and the {@code title}, {@code alt},
 * {@code placeholder}, {@code aria-label} (and button {@code value}) attributes.
 * <p>
 * A small, tolerant scanner rather than a full HTML parser (no parser is on the test classpath). Text
 * counts as replaced when it sits inside an element carrying {@code th:text}, {@code th:utext},
 * {@code th:insert}, {@code th:remove="all|body"} or a {@code th:replace} that brings in another
 * template's fragment. A {@code th:replace} that passes this template's own parts to a layout
 * ({@code ~{::section}}) does not hide them: they are rendered. An attribute counts as replaced when
 * the element has its {@code th:} version or a {@code th:attr} that sets it.
 */
final class LiteralText {

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
			"link", "meta", "param", "source", "track", "wbr");

	private static final Set<String> RAW_TEXT = Set.of("script", "style");

	private static final List<String> VISIBLE_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

	private LiteralText() {
	}

	/** Findings as {@code line: what}. */
	static List<String> findIn(String html) {
		return new Scan(html).run();
	}

	private record Element(String name, Map<String, String> attributes, boolean replacesContent) {
	}

	private static final class Scan {

		private final String html;

		private final List<String> findings = new ArrayList<>();

		private final Deque<Element> open = new ArrayDeque<>();

		private int position;

		Scan(String html) {
			this.html = html;
		}

		List<String> run() {
			int textStart = 0;
			while (position < html.length()) {
				int lt = html.indexOf('<', position);
				if (lt < 0) {
					break;
				}
				if (html.startsWith("<!--", lt)) {
					text(textStart, lt);
					int end = html.indexOf("-->", lt + 4);
					position = end < 0 ? html.length() : end + 3;
					textStart = position;
				}
				else if (html.startsWith("<!", lt) || html.startsWith("<?", lt)) {
					text(textStart, lt);
					int end = html.indexOf('>', lt);
					position = end < 0 ? html.length() : end + 1;
					textStart = position;
				}
				else if (html.startsWith("</", lt) && lt + 2 < html.length() && Character.isLetter(html.charAt(lt + 2))) {
					text(textStart, lt);
					int end = html.indexOf('>', lt);
					String name = html.substring(lt + 2, end < 0 ? html.length() : end).trim().toLowerCase(Locale.ROOT);
					close(name);
					position = end < 0 ? html.length() : end + 1;
					textStart = position;
				}
				else if (lt + 1 < html.length() && Character.isLetter(html.charAt(lt + 1))) {
					text(textStart, lt);
					position = lt + 1;
					startTag(lt);
					textStart = position;
				}
				else {
					// A lone '<' is text.
					position = lt + 1;
				}
			}
			text(textStart, html.length());
			return findings;
		}

		private void startTag(int tagStart) {
			String name = name();
			Map<String, String> attributes = new LinkedHashMap<>();
			boolean selfClosing = false;
			while (position < html.length()) {
				skipSpace();
				if (position >= html.length()) {
					break;
				}
				char c = html.charAt(position);
				if (c == '>') {
					position++;
					break;
				}
				if (c == '/') {
					selfClosing = html.startsWith("/>", position);
					position++;
					continue;
				}
				String attribute = name();
				if (attribute.isEmpty()) {
					position++;
					continue;
				}
				skipSpace();
				String value = "";
				if (position < html.length() && html.charAt(position) == '=') {
					position++;
					skipSpace();
					value = value();
				}
				attributes.put(attribute.toLowerCase(Locale.ROOT), value);
			}
			var element = new Element(name, attributes, replacesContent(attributes));
			checkAttributes(element, tagStart);
			if (RAW_TEXT.contains(name)) {
				int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, position);
				position = end < 0 ? html.length() : end;
				open.push(element);
				return;
			}
			if (!selfClosing && !VOID.contains(name)) {
				open.push(element);
			}
		}

		private void close(String name) {
			if (open.stream().anyMatch(element -> element.name().equals(name))) {
				while (!open.isEmpty() && !open.pop().name().equals(name)) {
					// Elements left open (<li>, <p>) end with their parent.
				}
			}
		}

		private void text(int from, int to) {
			if (from >= to) {
				return;
			}
			String raw = html.substring(from, to);
			String visible = ENTITY.matcher(INLINED.matcher(raw).replaceAll(" ")).replaceAll(" ");
			if (LETTER.matcher(visible).find() && !insideReplacedContent()) {
				findings.add(line(from + leadingSpace(raw)) + ": text \"" + visible.strip().replaceAll("\\s+", " ")
						+ "\"" + where());
			}
		}

		private void checkAttributes(Element element, int tagStart) {
			if (insideReplacedContent() || removedEntirely(element)) {
				return;
			}
			List<String> names = new ArrayList<>(VISIBLE_ATTRIBUTES);
			String type = element.attributes().getOrDefault("type", "").toLowerCase(Locale.ROOT);
			if (element.name().equals("input") && Set.of("submit", "button", "reset").contains(type)) {
				names.add("value");
			}
			for (String attribute : names) {
				String value = element.attributes().get(attribute);
				if (value == null || !LETTER.matcher(ENTITY.matcher(value).replaceAll(" ")).find()) {
					continue;
				}
				boolean replaced = thymeleaf(element.attributes(), attribute) != null
						|| setByThAttr(element.attributes(), attribute);
				if (!replaced) {
					findings.add(line(tagStart) + ": attribute " + attribute + "=\"" + value + "\" on <"
							+ element.name() + "> needs th:" + attribute);
				}
			}
		}

		/** Whether an open element (for text: its parent or any ancestor) replaces what it contains. */
		private boolean insideReplacedContent() {
			return open.stream().anyMatch(Element::replacesContent);
		}

		private String where() {
			Element parent = open.peek();
			return parent == null ? "" : " in <" + parent.name() + ">";
		}

		private static boolean removedEntirely(Element element) {
			String remove = thymeleaf(element.attributes(), "remove");
			return remove != null && remove.trim().equals("all");
		}

		private static boolean replacesContent(Map<String, String> attributes) {
			if (thymeleaf(attributes, "text") != null || thymeleaf(attributes, "utext") != null
					|| thymeleaf(attributes, "insert") != null) {
				return true;
			}
			String remove = thymeleaf(attributes, "remove");
			if (remove != null && Set.of("all", "body", "all-but-first").contains(remove.trim())) {
				return true;
			}
			String replace = thymeleaf(attributes, "replace");
			// "~{::section}" and "~{this::x}" hand this template's own parts to a layout, which renders them.
			return replace != null && !replace.contains("~{::") && !replace.contains("~{this::");
		}

		private static String thymeleaf(Map<String, String> attributes, String name) {
			String value = attributes.get("th:" + name);
			return value != null ? value : attributes.get("data-th-" + name);
		}

		private static boolean setByThAttr(Map<String, String> attributes, String name) {
			String attr = thymeleaf(attributes, "attr");
			return attr != null && Pattern.compile("(^|[\\s,])" + Pattern.quote(name) + "\\s*=").matcher(attr).find();
		}

		private String name() {
			int start = position;
			while (position < html.length()) {
				char c = html.charAt(position);
				if (Character.isWhitespace(c) || c == '>' || c == '/' || c == '=') {
					break;
				}
				position++;
			}
			return html.substring(start, position).toLowerCase(Locale.ROOT);
		}

		private String value() {
			if (position >= html.length()) {
				return "";
			}
			char quote = html.charAt(position);
			if (quote == '"' || quote == '\'') {
				int end = html.indexOf(quote, position + 1);
				String value = html.substring(position + 1, end < 0 ? html.length() : end);
				position = end < 0 ? html.length() : end + 1;
				return value;
			}
			int start = position;
			while (position < html.length() && !Character.isWhitespace(html.charAt(position))
					&& html.charAt(position) != '>') {
				position++;
			}
			return html.substring(start, position);
		}

		private void skipSpace() {
			while (position < html.length() && Character.isWhitespace(html.charAt(position))) {
				position++;
			}
		}

		private static int leadingSpace(String text) {
			int i = 0;
			while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			return i;
		}

		private int line(int offset) {
			int line = 1;
			for (int i = 0; i < offset && i < html.length(); i++) {
				if (html.charAt(i) == '\n') {
					line++;
				}
			}
			return line;
		}

	}

}
