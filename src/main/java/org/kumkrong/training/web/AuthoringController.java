package org.kumkrong.training.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kumkrong.account.Role;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.training.internal.Authoring;
import org.kumkrong.training.internal.Catalogue;
import org.kumkrong.training.internal.CourseVersion;
import org.kumkrong.training.internal.Lesson;
import org.kumkrong.training.internal.Markdown;
import org.kumkrong.training.internal.Question;
import org.kumkrong.training.internal.Texts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Authoring for trainers: courses, their settings, lessons (Markdown with a preview) and assessment questions.
 * Edits go to the course's draft version; publishing makes it the version new enrolments get.
 */
@Controller
@RequestMapping("/training/author")
class AuthoringController {

	static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toUnmodifiableSet());

	private final Authoring authoring;

	private final Catalogue catalogue;

	private final Markdown markdown;

	AuthoringController(Authoring authoring, Catalogue catalogue, Markdown markdown) {
		this.authoring = authoring;
		this.catalogue = catalogue;
		this.markdown = markdown;
	}

	// Options arrive as repeated plain fields; indexed paths ("optionEn[999]") are not bound at all.
	@org.springframework.web.bind.annotation.InitBinder("questionForm")
	void questionFields(org.springframework.web.bind.WebDataBinder binder) {
		binder.setAllowedFields("kind", "textEn", "textTh", "explainEn", "explainTh", "optionEn", "optionTh", "correct");
	}

	@org.springframework.web.bind.annotation.InitBinder({ "form", "lessonForm" })
	void plainFields(org.springframework.web.bind.WebDataBinder binder) {
		binder.setAllowedFields("titleEn", "titleTh", "descriptionEn", "descriptionTh", "roles", "passMarkPercent",
				"maxAttempts", "questionsPerAttempt", "bodyEn", "bodyTh");
	}

	@ModelAttribute("roleChoices")
	List<String> roleChoices() {
		return Arrays.stream(Role.values()).map(Role::name).toList();
	}

	@GetMapping
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String list(Model model) {
		model.addAttribute("courses", catalogue.newestVersions());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CourseForm());
		}
		return "training/author-list";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String create(@ModelAttribute("form") CourseForm form, BindingResult binding, Model model) {
		try {
			UUID id = authoring.create(form.settings(ROLES));
			return "redirect:/training/author/" + id;
		}
		catch (RuleViolationException ex) {
			binding.rejectValue(ex.field(), ex.messageKey());
			return list(model);
		}
	}

	private CourseVersion shown(UUID courseId) {
		return catalogue.draft(courseId)
			.or(() -> catalogue.published(courseId))
			.orElseThrow(() -> new NotFoundException("training.course"));
	}

	@GetMapping("/{courseId}")
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String course(@PathVariable UUID courseId, Model model) {
		CourseVersion version = shown(courseId);
		model.addAttribute("course", version);
		model.addAttribute("publishedVersion", catalogue.publishedVersionNumber(courseId).orElse(null));
		model.addAttribute("lessons", catalogue.lessons(courseId, version.version()));
		model.addAttribute("questions", catalogue.questions(courseId, version.version()));
		java.util.Map<UUID, List<Question>> checks = new java.util.HashMap<>();
		catalogue.lessons(courseId, version.version()).forEach(l -> checks.put(l.id(), catalogue.lessonChecks(l.id())));
		model.addAttribute("lessonChecks", checks);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CourseForm.of(version));
		}
		return "training/author-course";
	}

	@PostMapping("/{courseId}/draft")
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String startDraft(@PathVariable UUID courseId, RedirectAttributes redirect) {
		authoring.draft(courseId);
		redirect.addFlashAttribute("notice", "training.author.notice.draftStarted");
		return "redirect:/training/author/" + courseId;
	}

	@PostMapping("/{courseId}/settings")
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String settings(@PathVariable UUID courseId, @ModelAttribute("form") CourseForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		shown(courseId);
		try {
			authoring.updateSettings(courseId, form.settings(ROLES));
		}
		catch (RuleViolationException ex) {
			binding.rejectValue(ex.field(), ex.messageKey());
			return course(courseId, model);
		}
		redirect.addFlashAttribute("notice", "training.author.notice.saved");
		return "redirect:/training/author/" + courseId;
	}

	@PostMapping("/{courseId}/publish")
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String publish(@PathVariable UUID courseId, RedirectAttributes redirect) {
		shown(courseId);
		try {
			int version = authoring.publish(courseId);
			redirect.addFlashAttribute("notice", "training.author.notice.published");
			redirect.addFlashAttribute("noticeArgument", version);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/training/author/" + courseId;
	}

	// ------------------------------------------------------------------------------------------ lessons

	private Lesson lessonOf(UUID courseId, UUID lessonId) {
		CourseVersion version = shown(courseId);
		return catalogue.lesson(lessonId)
			.filter(l -> l.courseId().equals(courseId) && l.version() == version.version())
			.orElseThrow(() -> new NotFoundException("training.lesson"));
	}

	@GetMapping("/{courseId}/lessons/new")
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String newLesson(@PathVariable UUID courseId, Model model) {
		model.addAttribute("course", shown(courseId));
		model.addAttribute("lessonForm", new LessonForm());
		return "training/author-lesson";
	}

	@GetMapping("/{courseId}/lessons/{lessonId}")
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String editLesson(@PathVariable UUID courseId, @PathVariable UUID lessonId, Model model) {
		Lesson lesson = lessonOf(courseId, lessonId);
		model.addAttribute("course", shown(courseId));
		model.addAttribute("lessonId", lessonId);
		model.addAttribute("lessonForm", LessonForm.of(lesson));
		return "training/author-lesson";
	}

	@PostMapping({ "/{courseId}/lessons/new", "/{courseId}/lessons/{lessonId}" })
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String saveLesson(@PathVariable UUID courseId, @PathVariable(required = false) UUID lessonId,
			@RequestParam(name = "preview", required = false) String preview,
			@ModelAttribute("lessonForm") LessonForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		CourseVersion course = shown(courseId);
		if (lessonId != null) {
			lessonOf(courseId, lessonId);
		}
		model.addAttribute("course", course);
		model.addAttribute("lessonId", lessonId);
		if (preview != null) {
			model.addAttribute("previewEn", markdown.html(form.getBodyEn()));
			model.addAttribute("previewTh", markdown.html(form.getBodyTh()));
			return "training/author-lesson";
		}
		try {
			authoring.saveLesson(courseId, lessonId, new Texts(CourseForm.strip(form.getTitleEn()), CourseForm.strip(form.getTitleTh())),
					new Texts(form.getBodyEn(), form.getBodyTh()));
		}
		catch (RuleViolationException ex) {
			binding.rejectValue(ex.field(), ex.messageKey());
			return "training/author-lesson";
		}
		redirect.addFlashAttribute("notice", "training.author.notice.saved");
		return "redirect:/training/author/" + courseId;
	}

	@PostMapping("/{courseId}/lessons/{lessonId}/remove")
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String removeLesson(@PathVariable UUID courseId, @PathVariable UUID lessonId, RedirectAttributes redirect) {
		authoring.removeLesson(courseId, lessonId);
		redirect.addFlashAttribute("notice", "training.author.notice.removed");
		return "redirect:/training/author/" + courseId;
	}

	// ---------------------------------------------------------------------------------------- questions

	private Question questionOf(UUID courseId, UUID questionId) {
		CourseVersion version = shown(courseId);
		return catalogue.questionVersion(questionId)
			.filter(v -> v.getKey().equals(courseId) && v.getValue() == version.version())
			.flatMap(v -> catalogue.question(questionId))
			.orElseThrow(() -> new NotFoundException("training.question"));
	}

	@GetMapping("/{courseId}/questions/new")
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String newQuestion(@PathVariable UUID courseId, @RequestParam(name = "lesson", required = false) UUID lessonId,
			Model model) {
		model.addAttribute("course", shown(courseId));
		if (lessonId != null) {
			model.addAttribute("forLesson", lessonOf(courseId, lessonId));
		}
		model.addAttribute("questionForm", new QuestionForm());
		return "training/author-question";
	}

	@GetMapping("/{courseId}/questions/{questionId}")
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String editQuestion(@PathVariable UUID courseId, @PathVariable UUID questionId, Model model) {
		Question question = questionOf(courseId, questionId);
		model.addAttribute("course", shown(courseId));
		model.addAttribute("questionId", questionId);
		catalogue.lessonOf(questionId).flatMap(catalogue::lesson).ifPresent(l -> model.addAttribute("forLesson", l));
		model.addAttribute("questionForm", QuestionForm.of(question));
		return "training/author-question";
	}

	@PostMapping({ "/{courseId}/questions/new", "/{courseId}/questions/{questionId}" })
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String saveQuestion(@PathVariable UUID courseId, @PathVariable(required = false) UUID questionId,
			@RequestParam(name = "lesson", required = false) UUID lessonId,
			@ModelAttribute("questionForm") QuestionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		CourseVersion course = shown(courseId);
		if (questionId != null) {
			questionOf(courseId, questionId);
		}
		Lesson forLesson = questionId == null && lessonId != null ? lessonOf(courseId, lessonId) : null;
		try {
			authoring.saveQuestion(courseId, questionId, form.question(), forLesson == null ? null : forLesson.id());
		}
		catch (RuleViolationException ex) {
			binding.rejectValue(ex.field(), ex.messageKey());
			model.addAttribute("course", course);
			model.addAttribute("forLesson", forLesson);
			model.addAttribute("questionId", questionId);
			return "training/author-question";
		}
		redirect.addFlashAttribute("notice", "training.author.notice.saved");
		return "redirect:/training/author/" + courseId;
	}

	@PostMapping("/{courseId}/questions/{questionId}/remove")
	@PreAuthorize("hasAuthority('TRAINING_AUTHOR')")
	String removeQuestion(@PathVariable UUID courseId, @PathVariable UUID questionId, RedirectAttributes redirect) {
		authoring.removeQuestion(courseId, questionId);
		redirect.addFlashAttribute("notice", "training.author.notice.removed");
		return "redirect:/training/author/" + courseId;
	}

}
