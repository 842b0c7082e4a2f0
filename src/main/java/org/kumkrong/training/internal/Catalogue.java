package org.kumkrong.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kumkrong.training.internal.CourseVersion.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The courses, their versions, lessons and questions as stored. Callers hold the transaction. Published
 * versions are never written to: every write here concerns a draft (the services check it).
 */
@Repository
public class Catalogue {

	private static final String VERSION_COLUMNS = """
			v.course_id, c.slug, v.version, v.status, v.title_en, v.title_th, v.description_en, v.description_th,
			v.audience_roles, v.pass_mark_percent, v.max_attempts, v.questions_per_attempt, v.published_at
			from training_course_version v join training_course c on c.id = v.course_id""";

	private final JdbcClient jdbc;

	Catalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ------------------------------------------------------------------------------------------ courses

	public Optional<UUID> courseBySlug(String slug) {
		return jdbc.sql("select id from training_course where slug = ?").param(slug).query(UUID.class).optional();
	}

	public boolean courseExists(UUID courseId) {
		return courseId != null
				&& jdbc.sql("select count(*) from training_course where id = ?").param(courseId).query(Long.class).single() > 0;
	}

	public Optional<Integer> publishedVersionNumber(UUID courseId) {
		if (courseId == null) {
			return Optional.empty();
		}
		return jdbc.sql("select published_version from training_course where id = ?")
			.param(courseId)
			.query((row, n) -> (Integer) row.getObject("published_version"))
			.optional()
			.filter(java.util.Objects::nonNull);
	}

	public void createCourse(UUID courseId, String slug, Instant at, UUID by) {
		jdbc.sql("insert into training_course (id, slug, created_at, created_by) values (?, ?, ?, ?)")
			.params(courseId, slug, Timestamp.from(at), by)
			.update();
	}

	// ----------------------------------------------------------------------------------------- versions

	public Optional<CourseVersion> version(UUID courseId, int version) {
		if (courseId == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + VERSION_COLUMNS + " where v.course_id = ? and v.version = ?")
			.params(courseId, version)
			.query(Catalogue::version)
			.optional();
	}

	public Optional<CourseVersion> published(UUID courseId) {
		return publishedVersionNumber(courseId).flatMap(v -> version(courseId, v));
	}

	public Optional<CourseVersion> draft(UUID courseId) {
		if (courseId == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + VERSION_COLUMNS + " where v.course_id = ? and v.status = 'DRAFT'")
			.param(courseId)
			.query(Catalogue::version)
			.optional();
	}

	/** The published version of every course that has one, ordered by English title. */
	public List<CourseVersion> publishedCourses() {
		return jdbc.sql("select " + VERSION_COLUMNS + " where v.version = c.published_version order by v.title_en, c.slug")
			.query(Catalogue::version)
			.list();
	}

	/** Every course's newest version (a draft if there is one), ordered by English title. */
	public List<CourseVersion> newestVersions() {
		return jdbc.sql("select " + VERSION_COLUMNS
				+ " where v.version = (select max(w.version) from training_course_version w where w.course_id = v.course_id)"
				+ " order by v.title_en, c.slug")
			.query(Catalogue::version)
			.list();
	}

	public int highestVersion(UUID courseId) {
		Integer highest = jdbc.sql("select max(version) from training_course_version where course_id = ?")
			.param(courseId)
			.query(Integer.class)
			.single();
		return highest == null ? 0 : highest;
	}

	public void insertVersion(CourseVersion v, Instant at, UUID by) {
		jdbc.sql("""
				insert into training_course_version (course_id, version, status, title_en, title_th, description_en,
				  description_th, audience_roles, languages, pass_mark_percent, max_attempts, questions_per_attempt,
				  updated_at, updated_by) values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(v.courseId(), v.version(), v.title().en(), v.title().th(), v.description().en(),
					v.description().th(), String.join(",", v.audienceRoles()), String.join(",", v.languages()),
					v.passMarkPercent(), v.maxAttempts(), v.questionsPerAttempt(), Timestamp.from(at), by)
			.update();
	}

	public void updateDraft(CourseVersion v, Instant at, UUID by) {
		jdbc.sql("""
				update training_course_version set title_en = ?, title_th = ?, description_en = ?, description_th = ?,
				  audience_roles = ?, languages = ?, pass_mark_percent = ?, max_attempts = ?, questions_per_attempt = ?,
				  updated_at = ?, updated_by = ?
				where course_id = ? and version = ? and status = 'DRAFT'""")
			.params(v.title().en(), v.title().th(), v.description().en(), v.description().th(),
					String.join(",", v.audienceRoles()), String.join(",", v.languages()), v.passMarkPercent(),
					v.maxAttempts(), v.questionsPerAttempt(), Timestamp.from(at), by, v.courseId(), v.version())
			.update();
	}

	public void publish(UUID courseId, int version, Instant at, UUID by) {
		jdbc.sql("update training_course_version set status = 'PUBLISHED', published_at = ?, published_by = ? "
				+ "where course_id = ? and version = ? and status = 'DRAFT'")
			.params(Timestamp.from(at), by, courseId, version)
			.update();
		jdbc.sql("update training_course set published_version = ? where id = ?").params(version, courseId).update();
	}

	/** Copies a version's lessons and questions into another (new) version, with new ids. */
	public void copyContent(UUID courseId, int from, int to) {
		for (Lesson lesson : lessons(courseId, from)) {
			UUID copy = UUID.randomUUID();
			insertLesson(new Lesson(copy, courseId, to, lesson.position(), lesson.title(), lesson.body()));
			for (Question check : lessonChecks(lesson.id())) {
				insertQuestion(courseId, to, copyOf(check), copy);
			}
		}
		for (Question question : questions(courseId, from)) {
			insertQuestion(courseId, to, copyOf(question));
		}
	}

	private static Question copyOf(Question question) {
		return new Question(UUID.randomUUID(), question.position(), question.kind(), question.text(), question.explanation(),
				question.options().stream().map(o -> new Question.Option(UUID.randomUUID(), o.position(), o.text(), o.correct())).toList());
	}

	// ------------------------------------------------------------------------------------------ lessons

	public List<Lesson> lessons(UUID courseId, int version) {
		return jdbc.sql("select * from training_lesson where course_id = ? and version = ? order by position, id")
			.params(courseId, version)
			.query(Catalogue::lesson)
			.list();
	}

	public Optional<Lesson> lesson(UUID lessonId) {
		if (lessonId == null) {
			return Optional.empty();
		}
		return jdbc.sql("select * from training_lesson where id = ?").param(lessonId).query(Catalogue::lesson).optional();
	}

	public void insertLesson(Lesson lesson) {
		jdbc.sql("""
				insert into training_lesson (id, course_id, version, position, title_en, title_th, body_en, body_th)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(lesson.id(), lesson.courseId(), lesson.version(), lesson.position(), lesson.title().en(),
					lesson.title().th(), lesson.body().en(), lesson.body().th())
			.update();
	}

	public void updateLesson(Lesson lesson) {
		jdbc.sql("update training_lesson set position = ?, title_en = ?, title_th = ?, body_en = ?, body_th = ? where id = ?")
			.params(lesson.position(), lesson.title().en(), lesson.title().th(), lesson.body().en(), lesson.body().th(),
					lesson.id())
			.update();
	}

	public void deleteLesson(UUID lessonId) {
		for (Question check : lessonChecks(lessonId)) {
			deleteQuestion(check.id());
		}
		jdbc.sql("delete from training_lesson where id = ?").param(lessonId).update();
	}

	// ---------------------------------------------------------------------------------------- questions

	public List<Question> questions(UUID courseId, int version) {
		List<Question> bare = jdbc.sql("select * from training_question where course_id = ? and version = ? and lesson_id is null "
				+ "order by position, id")
			.params(courseId, version)
			.query((row, n) -> question(row, List.of()))
			.list();
		return withOptions(bare);
	}

	/** The practice questions at the end of a lesson. */
	public List<Question> lessonChecks(UUID lessonId) {
		return withOptions(jdbc.sql("select * from training_question where lesson_id = ? order by position, id")
			.param(lessonId)
			.query((row, n) -> question(row, List.of()))
			.list());
	}

	/** The lesson a question checks, if it is a lesson check. */
	public Optional<UUID> lessonOf(UUID questionId) {
		return jdbc.sql("select lesson_id from training_question where id = ?")
			.param(questionId)
			.query((row, n) -> row.getObject("lesson_id", UUID.class))
			.optional()
			.filter(java.util.Objects::nonNull);
	}

	public Optional<Question> question(UUID questionId) {
		if (questionId == null) {
			return Optional.empty();
		}
		return withOptions(jdbc.sql("select * from training_question where id = ?")
			.param(questionId)
			.query((row, n) -> question(row, List.of()))
			.list()).stream().findFirst();
	}

	/** The course and version a question belongs to. */
	public Optional<Map.Entry<UUID, Integer>> questionVersion(UUID questionId) {
		return jdbc.sql("select course_id, version from training_question where id = ?")
			.param(questionId)
			.query((row, n) -> Map.entry(row.getObject("course_id", UUID.class), row.getInt("version")))
			.optional();
	}

	public void insertQuestion(UUID courseId, int version, Question question) {
		insertQuestion(courseId, version, question, null);
	}

	/** Inserts a question of the final assessment ({@code lessonId} null) or a practice question of a lesson. */
	public void insertQuestion(UUID courseId, int version, Question question, UUID lessonId) {
		jdbc.sql("""
				insert into training_question (id, course_id, version, position, kind, text_en, text_th, explain_en, explain_th,
				  lesson_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(question.id(), courseId, version, question.position(), question.kind().name(), question.text().en(),
					question.text().th(), question.explanation().en(), question.explanation().th(), lessonId)
			.update();
		insertOptions(question);
	}

	public void updateQuestion(Question question) {
		jdbc.sql("update training_question set position = ?, kind = ?, text_en = ?, text_th = ?, explain_en = ?, "
				+ "explain_th = ? where id = ?")
			.params(question.position(), question.kind().name(), question.text().en(), question.text().th(),
					question.explanation().en(), question.explanation().th(), question.id())
			.update();
		jdbc.sql("delete from training_option where question_id = ?").param(question.id()).update();
		insertOptions(question);
	}

	public void deleteQuestion(UUID questionId) {
		jdbc.sql("delete from training_option where question_id = ?").param(questionId).update();
		jdbc.sql("delete from training_question where id = ?").param(questionId).update();
	}

	private void insertOptions(Question question) {
		for (Question.Option option : question.options()) {
			jdbc.sql("insert into training_option (id, question_id, position, text_en, text_th, correct) values (?, ?, ?, ?, ?, ?)")
				.params(option.id(), question.id(), option.position(), option.text().en(), option.text().th(),
						option.correct())
				.update();
		}
	}

	private List<Question> withOptions(List<Question> bare) {
		if (bare.isEmpty()) {
			return bare;
		}
		Map<UUID, List<Question.Option>> options = new LinkedHashMap<>();
		jdbc.sql("select * from training_option where question_id in (:ids) order by position, id")
			.param("ids", bare.stream().map(Question::id).toList())
			.query((row, n) -> options.computeIfAbsent(row.getObject("question_id", UUID.class), k -> new ArrayList<>())
				.add(new Question.Option(row.getObject("id", UUID.class), row.getInt("position"),
						new Texts(row.getString("text_en"), row.getString("text_th")), row.getBoolean("correct"))))
			.list();
		return bare.stream()
			.map(q -> new Question(q.id(), q.position(), q.kind(), q.text(), q.explanation(),
					List.copyOf(options.getOrDefault(q.id(), List.of()))))
			.toList();
	}

	// ------------------------------------------------------------------------------------------ mapping

	private static CourseVersion version(ResultSet row, int n) throws SQLException {
		Timestamp published = row.getTimestamp("published_at");
		return new CourseVersion(row.getObject("course_id", UUID.class), row.getString("slug"), row.getInt("version"),
				Status.valueOf(row.getString("status")), new Texts(row.getString("title_en"), row.getString("title_th")),
				new Texts(row.getString("description_en"), row.getString("description_th")),
				roles(row.getString("audience_roles")), row.getInt("pass_mark_percent"), row.getInt("max_attempts"),
				row.getInt("questions_per_attempt"), published == null ? null : published.toInstant());
	}

	static Set<String> roles(String joined) {
		if (joined == null || joined.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(joined.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static Lesson lesson(ResultSet row, int n) throws SQLException {
		return new Lesson(row.getObject("id", UUID.class), row.getObject("course_id", UUID.class), row.getInt("version"),
				row.getInt("position"), new Texts(row.getString("title_en"), row.getString("title_th")),
				new Texts(row.getString("body_en"), row.getString("body_th")));
	}

	private static Question question(ResultSet row, List<Question.Option> options) throws SQLException {
		return new Question(row.getObject("id", UUID.class), row.getInt("position"),
				Question.Kind.valueOf(row.getString("kind")), new Texts(row.getString("text_en"), row.getString("text_th")),
				new Texts(row.getString("explain_en"), row.getString("explain_th")), options);
	}

	static String joinIds(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
	}

}
