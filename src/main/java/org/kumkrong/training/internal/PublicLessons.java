package org.kumkrong.training.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.springframework.stereotype.Component;

/**
 * The public cyber-safety modules at {@code /learn}, read once from {@code resources/training/learn/<slug>/}
 * (settings, the text in each language as Markdown, and a short self-check). They are the same for
 * everyone and nothing about a reader is kept: the self-check is answered and marked in one request.
 */
@Component
public class PublicLessons {

	static final String ROOT = "training/learn/";

	/** Who a module is written for. */
	public enum Audience {
		CHILDREN_10_12, CHILDREN_13_17, PARENTS_TEACHERS
	}

	/** A module, with its text already rendered to safe HTML in both languages. */
	public record Module(String slug, int order, Audience audience, Texts title, Texts summary, Texts html,
			List<Question> questions) {

		public String title(Locale locale) {
			return title.in(locale);
		}

	}

	private final List<Module> modules;

	PublicLessons(Markdown markdown) {
		List<Module> loaded = new ArrayList<>();
		for (String folder : ContentFiles.folders(ROOT, "module.properties")) {
			Properties settings = ContentFiles.properties(folder + "module.properties");
			String en = ContentFiles.read(folder + "en.md");
			String th = ContentFiles.read(folder + "th.md");
			loaded.add(new Module(ContentFiles.slug(folder), Integer.parseInt(settings.getProperty("order", "99")),
					Audience.valueOf(settings.getProperty("audience")),
					new Texts(settings.getProperty("title.en"), settings.getProperty("title.th")),
					new Texts(settings.getProperty("summary.en"), settings.getProperty("summary.th")),
					new Texts(markdown.html(en), markdown.html(th)),
					ContentFiles.questions(ContentFiles.read(folder + "check.txt"))));
		}
		loaded.sort(Comparator.comparing(Module::order).thenComparing(Module::slug));
		this.modules = List.copyOf(loaded);
	}

	public List<Module> all() {
		return modules;
	}

	public List<Module> forAudience(Audience audience) {
		return modules.stream().filter(m -> m.audience() == audience).toList();
	}

	public Optional<Module> find(String slug) {
		return modules.stream().filter(m -> m.slug().equals(slug)).findFirst();
	}

}
