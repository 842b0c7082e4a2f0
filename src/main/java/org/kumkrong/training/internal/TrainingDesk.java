package org.kumkrong.training.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.account.StaffMember;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.training.TrainingCompleted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking courses: enrolment (by oneself or by a trainer or coordinator), lessons marked done, attempts at the
 * final assessment, completion with its certificate and {@link TrainingCompleted} event. An enrolment keeps
 * the course version it started with, whatever is published later.
 */
@Service
public class TrainingDesk {

	static final String ENROLMENT = "training.enrolment";

	static final String CERTIFICATE = "training.certificate";

	/** Certificate codes: no 0/O, 1/I/L or U, so that a code read aloud or typed from paper is unambiguous. */
	private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();

	private final Catalogue catalogue;

	private final StaffDirectory staff;

	private final Agencies agencies;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	TrainingDesk(Catalogue catalogue, StaffDirectory staff, Agencies agencies, JdbcClient jdbc, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.catalogue = catalogue;
		this.staff = staff;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// -------------------------------------------------------------------------------------- enrolment

	/** What an enrolment run did: how many were enrolled now and how many already were. */
	public record EnrolmentCount(int enrolled, int alreadyEnrolled) {
	}

	/** Enrols the signed-in person in the course's published version (nothing happens if already enrolled). */
	@Transactional
	public Enrolment enrolSelf(UUID courseId, UUID userId) {
		StaffMember member = staff.member(userId).orElseThrow(() -> new NotFoundException("account"));
		CourseVersion course = catalogue.published(courseId).orElseThrow(() -> new NotFoundException("training.course"));
		return enrolment(userId, courseId).orElseGet(() -> insert(course, member, userId));
	}

	/** Enrols these staff members (on behalf of a trainer or coordinator, {@code by}). */
	@Transactional
	public EnrolmentCount enrol(UUID courseId, List<StaffMember> members, UUID by) {
		CourseVersion course = catalogue.published(courseId).orElseThrow(() -> new RuleViolationException("courseId", "training.enrol.error.course"));
		int enrolled = 0;
		int already = 0;
		for (StaffMember member : members) {
			if (enrolment(member.userId(), courseId).isPresent()) {
				already++;
			}
			else {
				insert(course, member, by);
				enrolled++;
			}
		}
		return new EnrolmentCount(enrolled, already);
	}

	private Enrolment insert(CourseVersion course, StaffMember member, UUID by) {
		AgencyView agency = agencies.require(member.agencyId());
		Instant now = clock.instant();
		Enrolment enrolment = new Enrolment(UUID.randomUUID(), course.courseId(), course.version(), member.userId(),
				agency.id(), countedRole(course, member.roles()), agency.typeCode(), agency.provinceCode(), by, now, null, 0);
		jdbc.sql("""
				insert into training_enrolment (id, course_id, version, user_id, agency_id, role_code, agency_type,
				  province_code, enrolled_by, enrolled_at, attempts_used) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(enrolment.id(), enrolment.courseId(), enrolment.version(), enrolment.userId(), enrolment.agencyId(),
					enrolment.roleCode(), enrolment.agencyType(), enrolment.provinceCode(), by, Timestamp.from(now))
			.update();
		audit.record("training.enrolment.created", ENROLMENT, enrolment.id(), AuditOutcome.SUCCESS);
		return enrolment;
	}

	/** The role a course counts for: the first of the person's roles it is meant for, else their first role. */
	static String countedRole(CourseVersion course, Set<Role> roles) {
		return roles.stream()
			.map(Role::name)
			.sorted()
			.filter(role -> course.audienceRoles().contains(role))
			.findFirst()
			.or(() -> roles.stream().map(Role::name).sorted().findFirst())
			.orElse("NONE");
	}

	@Transactional(readOnly = true)
	public Optional<Enrolment> enrolment(UUID userId, UUID courseId) {
		if (userId == null || courseId == null) {
			return Optional.empty();
		}
		return jdbc.sql("select * from training_enrolment where user_id = ? and course_id = ?")
			.params(userId, courseId)
			.query(TrainingDesk::enrolment)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<Enrolment> enrolments(UUID userId) {
		return jdbc.sql("select * from training_enrolment where user_id = ? order by enrolled_at desc, id")
			.param(userId)
			.query(TrainingDesk::enrolment)
			.list();
	}

	/** Every enrolment (coverage reads them all: thousands, not millions). */
	@Transactional(readOnly = true)
	public List<Enrolment> allEnrolments() {
		return jdbc.sql("select * from training_enrolment order by enrolled_at, id").query(TrainingDesk::enrolment).list();
	}

	// ------------------------------------------------------------------------------------------ lessons

	@Transactional(readOnly = true)
	public Set<UUID> lessonsDone(UUID enrolmentId) {
		return new HashSet<>(jdbc.sql("select lesson_id from training_lesson_done where enrolment_id = ?")
			.param(enrolmentId)
			.query(UUID.class)
			.list());
	}

	/** Marks a lesson of the enrolment's own version done (again: nothing changes). */
	@Transactional
	public void lessonDone(Enrolment enrolment, UUID lessonId) {
		Lesson lesson = catalogue.lesson(lessonId)
			.filter(l -> l.courseId().equals(enrolment.courseId()) && l.version() == enrolment.version())
			.orElseThrow(() -> new NotFoundException("training.lesson"));
		if (!lessonsDone(enrolment.id()).contains(lesson.id())) {
			jdbc.sql("insert into training_lesson_done (enrolment_id, lesson_id, done_at) values (?, ?, ?)")
				.params(enrolment.id(), lesson.id(), Timestamp.from(clock.instant()))
				.update();
		}
	}

	// --------------------------------------------------------------------------------------- assessment

	/** Attempts left, or -1 when there is no limit. */
	public int attemptsLeft(Enrolment enrolment, CourseVersion course) {
		return course.maxAttempts() == 0 ? -1 : Math.max(0, course.maxAttempts() - enrolment.attemptsUsed());
	}

	/**
	 * The attempt to answer now: the open one, or a new one with questions drawn at random.
	 *
	 * @throws RuleViolationException when lessons are not all done, the course is completed or no attempt is left
	 */
	@Transactional
	public Attempt openAttempt(Enrolment enrolment) {
		CourseVersion course = catalogue.version(enrolment.courseId(), enrolment.version()).orElseThrow();
		if (enrolment.completed()) {
			throw new RuleViolationException("training.assessment.error.completed");
		}
		List<Lesson> lessons = catalogue.lessons(enrolment.courseId(), enrolment.version());
		if (!lessonsDone(enrolment.id()).containsAll(lessons.stream().map(Lesson::id).toList())) {
			throw new RuleViolationException("training.assessment.error.lessons");
		}
		if (attemptsLeft(enrolment, course) == 0) {
			throw new RuleViolationException("training.assessment.error.noAttempts");
		}
		Optional<Attempt> open = attempts(enrolment.id()).stream().filter(a -> !a.submitted()).findFirst();
		if (open.isPresent()) {
			return open.get();
		}
		List<UUID> drawn = new ArrayList<>(catalogue.questions(enrolment.courseId(), enrolment.version())
			.stream()
			.map(Question::id)
			.toList());
		Collections.shuffle(drawn, random);
		if (course.questionsPerAttempt() > 0 && drawn.size() > course.questionsPerAttempt()) {
			drawn = new ArrayList<>(drawn.subList(0, course.questionsPerAttempt()));
		}
		Attempt attempt = new Attempt(UUID.randomUUID(), enrolment.id(), List.copyOf(drawn), clock.instant(), null, null, null, List.of());
		jdbc.sql("insert into training_attempt (id, enrolment_id, question_ids, started_at) values (?, ?, ?, ?)")
			.params(attempt.id(), enrolment.id(), Catalogue.joinIds(drawn), Timestamp.from(attempt.startedAt()))
			.update();
		return attempt;
	}

	@Transactional(readOnly = true)
	public List<Attempt> attempts(UUID enrolmentId) {
		return jdbc.sql("select * from training_attempt where enrolment_id = ? order by started_at, id")
			.param(enrolmentId)
			.query(TrainingDesk::attempt)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Attempt> attempt(UUID attemptId) {
		if (attemptId == null) {
			return Optional.empty();
		}
		return jdbc.sql("select * from training_attempt where id = ?").param(attemptId).query(TrainingDesk::attempt).optional();
	}

	/** The attempt's questions in the order drawn, each with its options in an order fixed for the attempt. */
	@Transactional(readOnly = true)
	public List<Question> questionsOf(Attempt attempt, Enrolment enrolment) {
		Map<UUID, Question> all = catalogue.questions(enrolment.courseId(), enrolment.version())
			.stream()
			.collect(Collectors.toMap(Question::id, Function.identity()));
		Random order = new Random(attempt.id().getLeastSignificantBits());
		List<Question> shown = new ArrayList<>();
		for (UUID id : attempt.questionIds()) {
			Question question = all.get(id);
			if (question != null) {
				List<Question.Option> options = new ArrayList<>(question.options());
				Collections.shuffle(options, order);
				shown.add(new Question(question.id(), question.position(), question.kind(), question.text(),
						question.explanation(), List.copyOf(options)));
			}
		}
		return shown;
	}

	/** The outcome of a submitted attempt: the score, whether it passed, and which questions were wrong. */
	public record Result(int scorePercent, boolean passed, Set<UUID> wrongQuestions, Certificate certificate) {
	}

	/**
	 * Scores an open attempt. On a pass the enrolment is completed, a certificate issued and
	 * {@link TrainingCompleted} published; either way one attempt is used.
	 */
	@Transactional
	public Result submit(Enrolment enrolment, UUID attemptId, Map<UUID, Set<UUID>> answers) {
		Attempt attempt = attempt(attemptId).filter(a -> a.enrolmentId().equals(enrolment.id()))
			.orElseThrow(() -> new NotFoundException("training.attempt"));
		if (attempt.submitted()) {
			throw new RuleViolationException("training.assessment.error.submitted");
		}
		CourseVersion course = catalogue.version(enrolment.courseId(), enrolment.version()).orElseThrow();
		List<Question> questions = questionsOf(attempt, enrolment);
		Set<UUID> wrong = new HashSet<>();
		for (Question question : questions) {
			if (!question.answeredRight(answers.getOrDefault(question.id(), Set.of()))) {
				wrong.add(question.id());
			}
		}
		int score = questions.isEmpty() ? 0 : (int) Math.floor(100.0 * (questions.size() - wrong.size()) / questions.size());
		boolean passed = score >= course.passMarkPercent();
		Instant now = clock.instant();
		jdbc.sql("update training_attempt set submitted_at = ?, score_percent = ?, passed = ?, wrong_ids = ? where id = ?")
			.params(Timestamp.from(now), score, passed, Catalogue.joinIds(wrong), attempt.id())
			.update();
		jdbc.sql("update training_enrolment set attempts_used = attempts_used + 1 where id = ?").param(enrolment.id()).update();
		audit.record(passed ? "training.assessment.passed" : "training.assessment.failed", ENROLMENT, enrolment.id(),
				AuditOutcome.SUCCESS);
		Certificate certificate = null;
		if (passed) {
			jdbc.sql("update training_enrolment set completed_at = ? where id = ?").params(Timestamp.from(now), enrolment.id()).update();
			String holder = staff.displayNames(List.of(enrolment.userId())).getOrDefault(enrolment.userId(), "");
			certificate = new Certificate(newCode(), enrolment.id(), enrolment.userId(), holder, enrolment.courseId(),
					enrolment.version(), now);
			jdbc.sql("""
					insert into training_certificate (code, enrolment_id, user_id, holder_name, course_id, version, issued_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(certificate.code(), enrolment.id(), enrolment.userId(), holder, enrolment.courseId(),
						enrolment.version(), Timestamp.from(now))
				.update();
			audit.record("training.certificate.issued", CERTIFICATE, certificate.code(), AuditOutcome.SUCCESS);
			events.publishEvent(new TrainingCompleted(enrolment.courseId(), enrolment.version(), enrolment.roleCode(),
					enrolment.agencyType(), enrolment.provinceCode(), now));
		}
		return new Result(score, passed, wrong, certificate);
	}

	private String newCode() {
		StringBuilder code = new StringBuilder("KKT");
		for (int i = 0; i < 12; i++) {
			if (i % 4 == 0) {
				code.append('-');
			}
			code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}

	// ------------------------------------------------------------------------------------- certificates

	@Transactional(readOnly = true)
	public Optional<Certificate> certificate(String code) {
		if (code == null || !code.matches("KKT(-[A-Z0-9]{4}){3}")) {
			return Optional.empty();
		}
		return jdbc.sql("select * from training_certificate where code = ?").param(code).query(TrainingDesk::certificate).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Certificate> certificateOf(UUID enrolmentId) {
		return jdbc.sql("select * from training_certificate where enrolment_id = ?")
			.param(enrolmentId)
			.query(TrainingDesk::certificate)
			.optional();
	}

	// ------------------------------------------------------------------------------------------ mapping

	private static Enrolment enrolment(ResultSet row, int n) throws SQLException {
		Timestamp completed = row.getTimestamp("completed_at");
		return new Enrolment(row.getObject("id", UUID.class), row.getObject("course_id", UUID.class), row.getInt("version"),
				row.getObject("user_id", UUID.class), row.getObject("agency_id", UUID.class), row.getString("role_code"),
				row.getString("agency_type"), row.getString("province_code"), row.getObject("enrolled_by", UUID.class),
				row.getTimestamp("enrolled_at").toInstant(), completed == null ? null : completed.toInstant(),
				row.getInt("attempts_used"));
	}

	private static Attempt attempt(ResultSet row, int n) throws SQLException {
		Timestamp submitted = row.getTimestamp("submitted_at");
		List<UUID> questionIds = ids(row.getString("question_ids"));
		return new Attempt(row.getObject("id", UUID.class), row.getObject("enrolment_id", UUID.class), questionIds,
				row.getTimestamp("started_at").toInstant(), submitted == null ? null : submitted.toInstant(),
				(Integer) row.getObject("score_percent"), (Boolean) row.getObject("passed"), ids(row.getString("wrong_ids")));
	}

	private static List<UUID> ids(String joined) {
		return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
	}

	private static Certificate certificate(ResultSet row, int n) throws SQLException {
		return new Certificate(row.getString("code"), row.getObject("enrolment_id", UUID.class),
				row.getObject("user_id", UUID.class), row.getString("holder_name"), row.getObject("course_id", UUID.class),
				row.getInt("version"), row.getTimestamp("issued_at").toInstant());
	}

	static Map<UUID, Set<UUID>> noAnswers() {
		return new LinkedHashMap<>();
	}

}
