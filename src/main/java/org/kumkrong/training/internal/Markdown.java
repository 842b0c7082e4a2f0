package org.kumkrong.training.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.stereotype.Component;

/**
 * Lessons' Markdown to HTML that cannot hurt a reader: raw HTML (blocks and inline) is escaped and so shown as
 * text, links keep only web, mail and phone addresses and paths of this site, and images only from this
 * site's training media ({@value #MEDIA}); anything else is replaced by its text. Lessons are written by
 * trainers, but a trainer's account can be taken over, and a lesson is read by every trainee.
 */
@Component
public class Markdown {

	/** Where the system's own lesson images are served from; the only place a lesson image may come from. */
	public static final String MEDIA = "/training/media/";

	// A scheme before any slash, question mark or hash: "javascript:", "data:", "vbscript:", "JaVaScRiPt:".
	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7f]");

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.attributeProviderFactory(context -> (node, tag, attributes) -> {
			if (node instanceof Link link && isExternal(link.getDestination())) {
				attributes.put("rel", "noopener noreferrer nofollow");
			}
			if (node instanceof Image) {
				attributes.put("loading", "lazy");
			}
			if (node instanceof org.commonmark.ext.gfm.tables.TableBlock) {
				attributes.put("class", "lesson-table");
			}
		})
		.build();

	/** Safe HTML for the Markdown text ({@code null} renders as nothing). */
	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = parser.parse(markdown);
		List<Node> unsafe = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				if (!linkAllowed(link.getDestination())) {
					unsafe.add(link);
				}
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				if (!imageAllowed(image.getDestination())) {
					unsafe.add(image);
				}
			}
		});
		for (Node node : unsafe) {
			// Keep what the reader would have seen (link text, image description); drop the address.
			Node child = node.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				node.insertBefore(child);
				child = next;
			}
			if (node instanceof Image image && node.getFirstChild() == null && image.getTitle() != null) {
				node.insertBefore(new Text(image.getTitle()));
			}
			node.unlink();
		}
		return renderer.render(document);
	}

	static boolean linkAllowed(String destination) {
		if (destination == null) {
			return false;
		}
		String address = destination.strip();
		if (address.isEmpty() || CONTROL.matcher(address).find()) {
			return false;
		}
		if (address.startsWith("#")) {
			return true;
		}
		if (address.startsWith("/")) {
			// "//host" and "/\host" are other sites in browsers.
			return !(address.startsWith("//") || address.startsWith("/\\"));
		}
		if (SCHEME.matcher(address).find()) {
			String lower = address.toLowerCase(Locale.ROOT);
			return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
					|| lower.startsWith("tel:");
		}
		// A relative path without a scheme ("lesson-2") stays on this site.
		return !address.contains("\\");
	}

	static boolean imageAllowed(String destination) {
		if (destination == null) {
			return false;
		}
		String address = destination.strip();
		return address.startsWith(MEDIA) && !address.contains("..") && !address.contains("\\")
				&& !CONTROL.matcher(address).find() && address.substring(MEDIA.length()).matches("[A-Za-z0-9._-]+");
	}

	private static boolean isExternal(String destination) {
		String lower = destination == null ? "" : destination.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

}
