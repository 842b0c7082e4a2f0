package org.kumkrong.training.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing courses. Every change goes to a course's draft version; publishing the draft makes it the version
 * new enrolments get, while everyone already enrolled keeps the version they started (their lessons,
 * progress and questions are those of that version, which never changes once published).
 */
@Service
public class Authoring {

	static final String COURSE = "training.course";

	private final Catalogue catalogue;

	private final AuditTrail audit;

	private final Clock clock;

	Authoring(Catalogue catalogue, AuditTrail audit, Clock clock) {
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock;
	}

	private static UUID actor() {
		return Actor.current().map(Actor::userId).orElse(null);
	}

	/** Creates a course with an empty draft version 1. */
	@Transactional
	public UUID create(CourseVersion settings) {
		check(settings);
		String slug = slugOf(settings.title().en().isBlank() ? settings.title().th() : settings.title().en());
		UUID courseId = UUID.randomUUID();
		while (catalogue.courseBySlug(slug).isPresent()) {
			slug = slug + "-" + courseId.toString().substring(0, 4);
		}
		catalogue.createCourse(courseId, slug, clock.instant(), actor());
		catalogue.insertVersion(withVersion(settings, courseId, 1), clock.instant(), actor());
		audit.record("training.course.created", COURSE, courseId, AuditOutcome.SUCCESS);
		return courseId;
	}

	private static String slugOf(String title) {
		String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.isEmpty()) {
			slug = "course";
		}
		return slug.length() > 60 ? slug.substring(0, 60) : slug;
	}

	private static CourseVersion withVersion(CourseVersion s, UUID courseId, int version) {
		return new CourseVersion(courseId, s.slug(), version, CourseVersion.Status.DRAFT, s.title(), s.description(),
				s.audienceRoles(), s.passMarkPercent(), s.maxAttempts(), s.questionsPerAttempt(), null);
	}

	/** The course's draft, started from its published version when there is none. */
	@Transactional
	public CourseVersion draft(UUID courseId) {
		return catalogue.draft(courseId).orElseGet(() -> {
			CourseVersion published = catalogue.published(courseId).orElseThrow(() -> new NotFoundException(COURSE));
			int next = catalogue.highestVersion(courseId) + 1;
			catalogue.insertVersion(withVersion(published, courseId, next), clock.instant(), actor());
			catalogue.copyContent(courseId, published.version(), next);
			audit.record("training.course.draftStarted", COURSE, courseId, AuditOutcome.SUCCESS);
			return catalogue.draft(courseId).orElseThrow();
		});
	}

	@Transactional
	public void updateSettings(UUID courseId, CourseVersion settings) {
		check(settings);
		CourseVersion draft = draft(courseId);
		catalogue.updateDraft(withVersion(settings, courseId, draft.version()), clock.instant(), actor());
		audit.record("training.course.edited", COURSE, courseId, AuditOutcome.SUCCESS);
	}

	private static void check(CourseVersion s) {
		if (s.title().isBlank()) {
			throw new RuleViolationException("titleEn", "training.author.error.title");
		}
		if (s.title().en().length() > 200 || s.title().th().length() > 200) {
			throw new RuleViolationException("titleEn", "training.author.error.tooLong");
		}
		if (s.description().en().length() > 2000 || s.description().th().length() > 2000) {
			throw new RuleViolationException("descriptionEn", "training.author.error.tooLong");
		}
		if (s.passMarkPercent() < 1 || s.passMarkPercent() > 100) {
			throw new RuleViolationException("passMarkPercent", "training.author.error.passMark");
		}
		if (s.maxAttempts() < 0 || s.maxAttempts() > 20) {
			throw new RuleViolationException("maxAttempts", "training.author.error.maxAttempts");
		}
		if (s.questionsPerAttempt() < 0 || s.questionsPerAttempt() > 200) {
			throw new RuleViolationException("questionsPerAttempt", "training.author.error.questionsPerAttempt");
		}
	}

	// ------------------------------------------------------------------------------------------ lessons

	/** Adds a lesson at the end of the draft, or replaces one of its lessons. */
	@Transactional
	public UUID saveLesson(UUID courseId, UUID lessonId, Texts title, Texts body) {
		if (title.isBlank()) {
			throw new RuleViolationException("titleEn", "training.author.error.lessonTitle");
		}
		if (body.isBlank()) {
			throw new RuleViolationException("bodyEn", "training.author.error.lessonBody");
		}
		if (title.en().length() > 200 || title.th().length() > 200) {
			throw new RuleViolationException("titleEn", "training.author.error.tooLong");
		}
		if (body.en().length() > 60000 || body.th().length() > 60000) {
			throw new RuleViolationException("bodyEn", "training.author.error.tooLong");
		}
		CourseVersion draft = draft(courseId);
		List<Lesson> lessons = catalogue.lessons(courseId, draft.version());
		if (lessonId == null) {
			UUID id = UUID.randomUUID();
			int position = lessons.stream().mapToInt(Lesson::position).max().orElse(0) + 1;
			catalogue.insertLesson(new Lesson(id, courseId, draft.version(), position, title, body));
			audit.record("training.lesson.added", COURSE, courseId, AuditOutcome.SUCCESS);
			return id;
		}
		Lesson existing = lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst()
			.orElseThrow(() -> new NotFoundException("training.lesson"));
		catalogue.updateLesson(new Lesson(existing.id(), courseId, draft.version(), existing.position(), title, body));
		audit.record("training.lesson.edited", COURSE, courseId, AuditOutcome.SUCCESS);
		return existing.id();
	}

	@Transactional
	public void removeLesson(UUID courseId, UUID lessonId) {
		CourseVersion draft = draft(courseId);
		catalogue.lessons(courseId, draft.version()).stream().filter(l -> l.id().equals(lessonId)).findFirst()
			.orElseThrow(() -> new NotFoundException("training.lesson"));
		catalogue.deleteLesson(lessonId);
		audit.record("training.lesson.removed", COURSE, courseId, AuditOutcome.SUCCESS);
	}

	// ---------------------------------------------------------------------------------------- questions

	@Transactional
	public UUID saveQuestion(UUID courseId, UUID questionId, Question question) {
		return saveQuestion(courseId, questionId, question, null);
	}

	/**
	 * Adds a question to the draft's final assessment, or (with {@code lessonId}, a lesson of the draft) a
	 * practice question at the end of that lesson; or replaces one.
	 */
	@Transactional
	public UUID saveQuestion(UUID courseId, UUID questionId, Question question, UUID lessonId) {
		if (question.problem() != null) {
			String field = question.text().isBlank() || question.problem().endsWith("tooLong") ? "textEn" : "correct";
			throw new RuleViolationException(field, question.problem());
		}
		CourseVersion draft = draft(courseId);
		if (lessonId != null && catalogue.lessons(courseId, draft.version()).stream().noneMatch(l -> l.id().equals(lessonId))) {
			throw new NotFoundException("training.lesson");
		}
		List<Question> questions = new java.util.ArrayList<>(catalogue.questions(courseId, draft.version()));
		catalogue.lessons(courseId, draft.version()).forEach(l -> questions.addAll(catalogue.lessonChecks(l.id())));
		if (questionId == null) {
			UUID id = UUID.randomUUID();
			int position = questions.stream().mapToInt(Question::position).max().orElse(0) + 1;
			catalogue.insertQuestion(courseId, draft.version(), new Question(id, position, question.kind(), question.text(),
					question.explanation(), question.options()), lessonId);
			audit.record("training.question.added", COURSE, courseId, AuditOutcome.SUCCESS);
			return id;
		}
		Question existing = questions.stream().filter(q -> q.id().equals(questionId)).findFirst()
			.orElseThrow(() -> new NotFoundException("training.question"));
		catalogue.updateQuestion(new Question(existing.id(), existing.position(), question.kind(), question.text(),
				question.explanation(), question.options()));
		audit.record("training.question.edited", COURSE, courseId, AuditOutcome.SUCCESS);
		return existing.id();
	}

	@Transactional
	public void removeQuestion(UUID courseId, UUID questionId) {
		CourseVersion draft = draft(courseId);
		catalogue.questionVersion(questionId)
			.filter(v -> v.getKey().equals(courseId) && v.getValue() == draft.version())
			.orElseThrow(() -> new NotFoundException("training.question"));
		catalogue.deleteQuestion(questionId);
		audit.record("training.question.removed", COURSE, courseId, AuditOutcome.SUCCESS);
	}

	// ------------------------------------------------------------------------------------------ publish

	/**
	 * Publishes the draft as the course's current version.
	 *
	 * @throws RuleViolationException when it has no lesson, no question, fewer questions than an attempt draws,
	 * or a question that cannot be answered
	 */
	@Transactional
	public int publish(UUID courseId) {
		CourseVersion draft = catalogue.draft(courseId).orElseThrow(() -> new NotFoundException(COURSE));
		List<Question> questions = catalogue.questions(courseId, draft.version());
		if (catalogue.lessons(courseId, draft.version()).isEmpty()) {
			throw new RuleViolationException("publish", "training.author.error.noLessons");
		}
		if (questions.isEmpty()) {
			throw new RuleViolationException("publish", "training.author.error.noQuestions");
		}
		if (draft.questionsPerAttempt() > questions.size()) {
			throw new RuleViolationException("publish", "training.author.error.tooFewQuestions");
		}
		List<Question> all = new java.util.ArrayList<>(questions);
		catalogue.lessons(courseId, draft.version()).forEach(l -> all.addAll(catalogue.lessonChecks(l.id())));
		for (Question question : all) {
			if (question.problem() != null) {
				throw new RuleViolationException("publish", question.problem());
			}
		}
		catalogue.publish(courseId, draft.version(), clock.instant(), actor());
		audit.record("training.course.published", COURSE, courseId, AuditOutcome.SUCCESS);
		return draft.version();
	}

	/** Role names a course may be meant for are the account module's; unknown ones are dropped by the caller. */
	static Set<String> known(Set<String> roles, Set<String> valid) {
		return roles.stream().filter(valid::contains).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

}
