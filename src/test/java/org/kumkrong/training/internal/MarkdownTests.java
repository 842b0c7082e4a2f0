package org.kumkrong.training.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile lessons (issue 7, acceptance): scripts, event handlers, {@code javascript:} links and images from
 * elsewhere are rendered harmless, while ordinary Markdown still renders.
 */
class MarkdownTests {

	private final Markdown markdown = new Markdown();

	private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]+>");

	private static final java.util.Set<String> ALLOWED = java.util.Set.of("p", "a", "img", "h1", "h2", "h3", "h4", "h5",
			"h6", "strong", "em", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br", "table", "thead", "tbody",
			"tr", "th", "td");

	/**
	 * No executable or foreign-loading HTML survives, whatever the input: every tag in the output is one Markdown
	 * makes, without an event handler or style, and every address in it is a web, mail or phone address or a path
	 * of this site. (Hostile text may remain, escaped, as text: that is harmless.)
	 */
	static void assertHarmless(String html) {
		var tags = TAG.matcher(html);
		while (tags.find()) {
			String tag = tags.group().toLowerCase(java.util.Locale.ROOT);
			String name = tag.replaceAll("^</?([a-z0-9]+).*$", "$1");
			assertThat(ALLOWED).as("tag %s", tag).contains(name);
			assertThat(tag).as("tag %s", tag).doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContain("style=");
			var address = java.util.regex.Pattern.compile("(href|src)=\"([^\"]*)\"").matcher(tag);
			while (address.find()) {
				String value = address.group(2);
				assertThat(value).as("address in %s", tag)
					.matches("(https?://|mailto:|tel:|#|/(?![/\\\\])).*");
				if (address.group(1).equals("src")) {
					assertThat(value).startsWith(Markdown.MEDIA);
				}
			}
		}
	}

	@Test
	void rendersOrdinaryMarkdown() {
		String html = markdown.html("""
				# Heading

				Some **bold** text and a [link](https://www.example.org/page) and [a page here](/learn).

				| A | B |
				|---|---|
				| 1 | 2 |
				""");
		assertHarmless(html);
		assertThat(html).contains("<h1>Heading</h1>", "<strong>bold</strong>",
				"<a rel=\"noopener noreferrer nofollow\" href=\"https://www.example.org/page\">link</a>",
				"href=\"/learn\">a page here</a>", "<table class=\"lesson-table\">", "<td>1</td>");
	}

	@Test
	void showsRawHtmlAsText() {
		String html = markdown.html("""
				<script>alert('x')</script>

				Hello <img src=x onerror=alert(1)> and <a href="javascript:alert(2)" onclick="steal()">click</a>

				<iframe src="https://evil.example/"></iframe>
				<div style="position:fixed" onmouseover="x()">cover</div>
				""");
		assertHarmless(html);
		assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
			"vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "//evil.example/x",
			"/\\evil.example", "file:///etc/passwd", "java&#09;script:alert(1)", "&#106;avascript:alert(1)" })
	void dropsLinksToDangerousAddressesButKeepsTheirText(String address) {
		String html = markdown.html("Read [the guide](" + address + ") now, or <" + address + ">.");
		assertHarmless(html);
		assertThat(html).contains("the guide").doesNotContain("<a ");
	}

	@Test
	void referenceStyleLinksAreCheckedToo() {
		String html = markdown.html("See [here][x].\n\n[x]: javascript:alert(1) \"title\"");
		assertHarmless(html);
		assertThat(html).contains("here").doesNotContain("<a ");
	}

	@Test
	void keepsOnlyImagesFromTheSystemsOwnTrainingMedia() {
		String html = markdown.html("""
				![a chart](/training/media/chart-2026.png)

				![tracking pixel](https://tracker.example/p.gif)

				![protocol relative](//cdn.example/x.png)

				![escape](/training/media/../../admin/x.png)

				![data](data:image/png;base64,iVBORw0KGgo=)

				![elsewhere on this site](/evidence/123/content)
				""");
		assertHarmless(html);
		assertThat(html).contains("<img src=\"/training/media/chart-2026.png\" alt=\"a chart\" loading=\"lazy\" />");
		assertThat(html).doesNotContain("tracker.example", "cdn.example", "..", "data:image", "/evidence/");
		// The description of a dropped image stays, so the reader still learns what it showed.
		assertThat(html).contains("tracking pixel", "protocol relative", "elsewhere on this site");
	}

	@Test
	void anImageInsideADroppedLinkIsCheckedOnItsOwn() {
		String html = markdown.html("[![ok](/training/media/a.png)](javascript:alert(1)) [![bad](https://x.example/b.png)](/learn)");
		assertHarmless(html);
		assertThat(html).contains("src=\"/training/media/a.png\"").doesNotContain("x.example");
		assertThat(html).contains("href=\"/learn\">bad</a>");
	}

	@Test
	void emptyOrMissingTextRendersAsNothing() {
		assertThat(markdown.html(null)).isEmpty();
		assertThat(markdown.html("   ")).isEmpty();
	}

}
