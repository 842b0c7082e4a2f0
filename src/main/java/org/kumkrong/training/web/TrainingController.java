package org.kumkrong.training.web;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.training.internal.Attempt;
import org.kumkrong.training.internal.Catalogue;
import org.kumkrong.training.internal.Certificate;
import org.kumkrong.training.internal.CertificateDocument;
import org.kumkrong.training.internal.CourseVersion;
import org.kumkrong.training.internal.Enrolment;
import org.kumkrong.training.internal.Lesson;
import org.kumkrong.training.internal.Markdown;
import org.kumkrong.training.internal.Question;
import org.kumkrong.training.internal.TrainingDesk;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Taking courses: the list of one's own and available courses, a course with its lessons and progress, a
 * lesson, the final assessment and its result, and one's certificate as a PDF. Every page works on the
 * signed-in person's own enrolment; nobody else's progress is reachable from here.
 */
@Controller
@RequestMapping("/training")
class TrainingController {

	private final Catalogue catalogue;

	private final TrainingDesk desk;

	private final StaffDirectory staff;

	private final Markdown markdown;

	private final CertificateDocument certificates;

	TrainingController(Catalogue catalogue, TrainingDesk desk, StaffDirectory staff, Markdown markdown,
			CertificateDocument certificates) {
		this.catalogue = catalogue;
		this.desk = desk;
		this.staff = staff;
		this.markdown = markdown;
		this.certificates = certificates;
	}

	private static Actor actor() {
		return Actor.current().orElseThrow(() -> new NotFoundException("account"));
	}

	/** A course on the list: its version as the reader sees it, and how far they are. */
	record CourseRow(CourseVersion course, Enrolment enrolment, int lessons, int lessonsDone, boolean forYourRole) {

		public int percent() {
			if (enrolment != null && enrolment.completed()) {
				return 100;
			}
			// Lessons and the assessment are the steps; the assessment counts as one.
			return lessons == 0 ? 0 : (int) Math.floor(100.0 * lessonsDone / (lessons + 1));
		}

	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String home(Model model) {
		UUID userId = actor().userId();
		Set<String> roles = staff.member(userId).map(m -> m.roles().stream().map(Role::name).collect(Collectors.toSet()))
			.orElse(Set.of());
		Map<UUID, Enrolment> mine = new LinkedHashMap<>();
		desk.enrolments(userId).forEach(e -> mine.put(e.courseId(), e));
		List<CourseRow> enrolled = new ArrayList<>();
		for (Enrolment enrolment : mine.values()) {
			catalogue.version(enrolment.courseId(), enrolment.version()).ifPresent(course -> enrolled.add(new CourseRow(course,
					enrolment, catalogue.lessons(course.courseId(), course.version()).size(),
					desk.lessonsDone(enrolment.id()).size(), course.meantFor(roles))));
		}
		List<CourseRow> available = catalogue.publishedCourses()
			.stream()
			.filter(course -> !mine.containsKey(course.courseId()))
			.map(course -> new CourseRow(course, null, 0, 0, course.meantFor(roles)))
			.sorted((a, b) -> Boolean.compare(b.forYourRole(), a.forYourRole()))
			.toList();
		var authorities = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.map(org.springframework.security.core.GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		model.addAttribute("mayAuthor", authorities.contains(Permission.TRAINING_AUTHOR.authority()));
		model.addAttribute("mayEnrol", authorities.contains(Permission.TRAINING_ENROL_OTHERS.authority()));
		model.addAttribute("mayViewCoverage", authorities.contains(Permission.TRAINING_COVERAGE_VIEW.authority()));
		model.addAttribute("enrolled", enrolled);
		model.addAttribute("available", available);
		return "training/home";
	}

	private CourseVersion published(UUID courseId) {
		return catalogue.published(courseId).orElseThrow(() -> new NotFoundException("training.course"));
	}

	@GetMapping("/courses/{courseId}")
	@PreAuthorize("isAuthenticated()")
	String course(@PathVariable UUID courseId, Model model) {
		UUID userId = actor().userId();
		var enrolment = desk.enrolment(userId, courseId);
		// The enrolled see the version they started; others the one they would start now.
		CourseVersion course = enrolment.map(e -> catalogue.version(e.courseId(), e.version()).orElseThrow())
			.orElseGet(() -> published(courseId));
		List<Lesson> lessons = catalogue.lessons(courseId, course.version());
		Set<UUID> done = enrolment.map(e -> desk.lessonsDone(e.id())).orElse(Set.of());
		model.addAttribute("course", course);
		model.addAttribute("enrolment", enrolment.orElse(null));
		model.addAttribute("lessons", lessons);
		model.addAttribute("done", done);
		model.addAttribute("allDone", done.containsAll(lessons.stream().map(Lesson::id).toList()));
		model.addAttribute("questionCount", catalogue.questions(courseId, course.version()).size());
		enrolment.ifPresent(e -> {
			model.addAttribute("attempts", desk.attempts(e.id()).stream().filter(Attempt::submitted).toList());
			model.addAttribute("attemptsLeft", desk.attemptsLeft(e, course));
			model.addAttribute("certificate", desk.certificateOf(e.id()).orElse(null));
		});
		Integer newest = catalogue.publishedVersionNumber(courseId).orElse(null);
		model.addAttribute("newerVersion", enrolment.isPresent() && newest != null && newest > course.version());
		return "training/course";
	}

	@PostMapping("/courses/{courseId}/enrol")
	@PreAuthorize("isAuthenticated()")
	String enrol(@PathVariable UUID courseId, RedirectAttributes redirect) {
		published(courseId);
		desk.enrolSelf(courseId, actor().userId());
		redirect.addFlashAttribute("notice", "training.notice.enrolled");
		return "redirect:/training/courses/" + courseId;
	}

	private Enrolment mine(UUID courseId) {
		return desk.enrolment(actor().userId(), courseId).orElseThrow(() -> new NotFoundException("training.enrolment"));
	}

	@GetMapping("/courses/{courseId}/lessons/{lessonId}")
	@PreAuthorize("isAuthenticated()")
	String lesson(@PathVariable UUID courseId, @PathVariable UUID lessonId,
			@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
		Enrolment enrolment = mine(courseId);
		CourseVersion course = catalogue.version(courseId, enrolment.version()).orElseThrow();
		List<Lesson> lessons = catalogue.lessons(courseId, enrolment.version());
		int index = -1;
		for (int i = 0; i < lessons.size(); i++) {
			if (lessons.get(i).id().equals(lessonId)) {
				index = i;
			}
		}
		if (index < 0) {
			throw new NotFoundException("training.lesson");
		}
		Lesson lesson = lessons.get(index);
		model.addAttribute("course", course);
		model.addAttribute("lesson", lesson);
		model.addAttribute("number", index + 1);
		model.addAttribute("count", lessons.size());
		model.addAttribute("html", markdown.html(lesson.body().in(locale)));
		model.addAttribute("previous", index > 0 ? lessons.get(index - 1) : null);
		model.addAttribute("done", desk.lessonsDone(enrolment.id()).contains(lessonId));
		// Practice questions: marked in this request when answered, never stored.
		List<Question> checks = catalogue.lessonChecks(lessonId);
		model.addAttribute("checks", checks);
		if (params.containsKey("checked")) {
			var marked = LearnController.mark(checks, params);
			model.addAttribute("marked", marked);
			model.addAttribute("right", marked.stream().filter(LearnController.Marked::right).count());
		}
		return "training/lesson";
	}

	@PostMapping("/courses/{courseId}/lessons/{lessonId}/done")
	@PreAuthorize("isAuthenticated()")
	String lessonDone(@PathVariable UUID courseId, @PathVariable UUID lessonId) {
		Enrolment enrolment = mine(courseId);
		desk.lessonDone(enrolment, lessonId);
		List<Lesson> lessons = catalogue.lessons(courseId, enrolment.version());
		for (int i = 0; i < lessons.size() - 1; i++) {
			if (lessons.get(i).id().equals(lessonId)) {
				return "redirect:/training/courses/" + courseId + "/lessons/" + lessons.get(i + 1).id();
			}
		}
		return "redirect:/training/courses/" + courseId + "#assessment";
	}

	@GetMapping("/courses/{courseId}/assessment")
	@PreAuthorize("isAuthenticated()")
	String assessment(@PathVariable UUID courseId, Model model, RedirectAttributes redirect) {
		Enrolment enrolment = mine(courseId);
		Attempt attempt;
		try {
			attempt = desk.openAttempt(enrolment);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			return "redirect:/training/courses/" + courseId;
		}
		CourseVersion course = catalogue.version(courseId, enrolment.version()).orElseThrow();
		model.addAttribute("course", course);
		model.addAttribute("attempt", attempt);
		model.addAttribute("questions", desk.questionsOf(attempt, enrolment));
		model.addAttribute("attemptNumber", enrolment.attemptsUsed() + 1);
		model.addAttribute("attemptsLeft", desk.attemptsLeft(enrolment, course));
		return "training/assessment";
	}

	@PostMapping("/courses/{courseId}/assessment")
	@PreAuthorize("isAuthenticated()")
	String submit(@PathVariable UUID courseId, @RequestParam(name = "attempt", required = false) UUID attemptId,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		Enrolment enrolment = mine(courseId);
		Map<UUID, Set<UUID>> answers = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith("q-")) {
				UUID question = uuid(name.substring(2));
				if (question != null) {
					Set<UUID> chosen = new HashSet<>();
					values.stream().map(TrainingController::uuid).filter(java.util.Objects::nonNull).forEach(chosen::add);
					answers.put(question, chosen);
				}
			}
		});
		try {
			desk.submit(enrolment, attemptId, answers);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			return "redirect:/training/courses/" + courseId;
		}
		return "redirect:/training/courses/" + courseId + "/attempts/" + attemptId;
	}

	private static UUID uuid(String text) {
		try {
			return text == null ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@GetMapping("/courses/{courseId}/attempts/{attemptId}")
	@PreAuthorize("isAuthenticated()")
	String result(@PathVariable UUID courseId, @PathVariable UUID attemptId, Model model) {
		Enrolment enrolment = mine(courseId);
		Attempt attempt = desk.attempt(attemptId)
			.filter(a -> a.enrolmentId().equals(enrolment.id()) && a.submitted())
			.orElseThrow(() -> new NotFoundException("training.attempt"));
		CourseVersion course = catalogue.version(courseId, enrolment.version()).orElseThrow();
		List<Question> questions = desk.questionsOf(attempt, enrolment);
		model.addAttribute("course", course);
		model.addAttribute("attempt", attempt);
		model.addAttribute("wrong", questions.stream().filter(q -> attempt.wrongIds().contains(q.id())).toList());
		model.addAttribute("attemptsLeft", desk.attemptsLeft(enrolment, course));
		model.addAttribute("certificate", desk.certificateOf(enrolment.id()).orElse(null));
		return "training/result";
	}

	@GetMapping("/courses/{courseId}/certificate.pdf")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> certificate(@PathVariable UUID courseId, Locale locale) {
		Enrolment enrolment = mine(courseId);
		Certificate certificate = desk.certificateOf(enrolment.id())
			.orElseThrow(() -> new NotFoundException("training.certificate"));
		String address = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/certificates/{code}")
			.buildAndExpand(certificate.code())
			.toUriString();
		var out = new ByteArrayOutputStream();
		certificates.write(certificate, locale, address, out);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(certificate.code() + ".pdf").build().toString())
			.body(out.toByteArray());
	}

}
