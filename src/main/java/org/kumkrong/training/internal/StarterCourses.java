package org.kumkrong.training.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled staff courses ({@code resources/training/courses/<slug>/}) as published version 1 of a
 * course, at every start and in every mode, when no course of that slug exists yet. They are reference
 * content, like the provinces: a fresh production system starts with them. Once a course exists it belongs
 * to its trainers; a later start never overwrites their edits.
 */
@Component
class StarterCourses {

	private static final Logger log = LoggerFactory.getLogger(StarterCourses.class);

	static final String ROOT = "training/courses/";

	private final Catalogue catalogue;

	private final TransactionTemplate transactions;

	private final Clock clock;

	StarterCourses(Catalogue catalogue, TransactionTemplate transactions, Clock clock) {
		this.catalogue = catalogue;
		this.transactions = transactions;
		this.clock = clock;
	}

	// Before the demo data (order 100 and later), which may enrol demo staff in these courses.
	@EventListener(ApplicationReadyEvent.class)
	@Order(40)
	void load() {
		int loaded = 0;
		for (String folder : ContentFiles.folders(ROOT, "course.properties")) {
			String slug = ContentFiles.slug(folder);
			Boolean added = transactions.execute(status -> {
				if (catalogue.courseBySlug(slug).isPresent()) {
					return false;
				}
				load(folder, slug);
				return true;
			});
			if (Boolean.TRUE.equals(added)) {
				loaded++;
			}
		}
		if (loaded > 0) {
			log.info("Loaded {} starter training course(s)", loaded);
		}
	}

	private void load(String folder, String slug) {
		Properties settings = ContentFiles.properties(folder + "course.properties");
		UUID courseId = UUID.randomUUID();
		var now = clock.instant();
		catalogue.createCourse(courseId, slug, now, null);
		Set<String> roles = new LinkedHashSet<>(Catalogue.roles(settings.getProperty("roles", "")));
		catalogue.insertVersion(new CourseVersion(courseId, slug, 1, CourseVersion.Status.DRAFT,
				new Texts(settings.getProperty("title.en"), settings.getProperty("title.th")),
				new Texts(settings.getProperty("description.en"), settings.getProperty("description.th")), roles,
				Integer.parseInt(settings.getProperty("passMark", "80")),
				Integer.parseInt(settings.getProperty("maxAttempts", "3")),
				Integer.parseInt(settings.getProperty("questionsPerAttempt", "0")), null), now, null);
		for (int n = 1; ContentFiles.exists(folder + "lesson-" + n + ".en.md"); n++) {
			var en = ContentFiles.page(ContentFiles.read(folder + "lesson-" + n + ".en.md"));
			var th = ContentFiles.page(ContentFiles.read(folder + "lesson-" + n + ".th.md"));
			UUID lessonId = UUID.randomUUID();
			catalogue.insertLesson(new Lesson(lessonId, courseId, 1, n, new Texts(en.title(), th.title()),
					new Texts(en.body(), th.body())));
			String checks = folder + "lesson-" + n + ".check.txt";
			if (ContentFiles.exists(checks)) {
				for (Question check : ContentFiles.questions(ContentFiles.read(checks))) {
					catalogue.insertQuestion(courseId, 1, check, lessonId);
				}
			}
		}
		List<Question> questions = ContentFiles.questions(ContentFiles.read(folder + "assessment.txt"));
		for (Question question : questions) {
			catalogue.insertQuestion(courseId, 1, question);
		}
		catalogue.publish(courseId, 1, now, null);
	}

}
