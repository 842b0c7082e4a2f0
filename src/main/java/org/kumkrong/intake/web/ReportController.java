package org.kumkrong.intake.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.kumkrong.intake.internal.ReportIntake;
import org.kumkrong.intake.internal.ReporterScreenshots;
import org.kumkrong.intake.internal.ReportSubmission.ReporterKind;
import org.kumkrong.intake.internal.SubmissionRejected;
import org.kumkrong.intake.internal.WhatHappened;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.PublicAbuseGuard;
import org.kumkrong.platform.PublicRateLimits.Limit;
import org.kumkrong.platform.SlowDownException;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceEntry;
import org.kumkrong.reference.ReferenceList;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public report form at {@code /report}: no account, one question per page, for a child on a cheap
 * phone without JavaScript. Every page is a GET that shows the draft and a POST that checks its answers,
 * keeps them in the draft and redirects (post-redirect-get), so Back and reload are harmless. The draft
 * lives only in the reporter's session, sealed ({@link SealedSession}); nothing of it is ever in a URL.
 * Sending it gives a receipt code and passphrase, shown once.
 */
@Controller
@RequestMapping("/report")
class ReportController {

	static final String DRAFT = "report.draft";

	static final String RECEIPT = "report.receipt";

	private final ReportIntake intake;

	private final ReportFormCheck check;

	private final SealedSession sessions;

	private final ReferenceData references;

	private final MessageSource messages;

	private final PublicAbuseGuard guard;

	private final ReporterScreenshots screenshots;

	ReportController(ReportIntake intake, ReportFormCheck check, SealedSession sessions, ReferenceData references,
			MessageSource messages, PublicAbuseGuard guard, ReporterScreenshots screenshots) {
		this.intake = intake;
		this.check = check;
		this.sessions = sessions;
		this.references = references;
		this.messages = messages;
		this.guard = guard;
		this.screenshots = screenshots;
	}

	/** The start page; {@code ?expired} after a draft was lost (the session ended), to say so kindly. */
	@GetMapping
	@PreAuthorize("permitAll()")
	String start(@RequestParam(required = false) String expired, Model model) {
		model.addAttribute("expired", expired != null);
		model.addAttribute("pageTitle", text("intake.report.title.start"));
		return "intake/report-start";
	}

	@GetMapping("/{slug}")
	@PreAuthorize("permitAll()")
	String page(@PathVariable String slug, HttpServletRequest request, Model model) {
		ReportStep step = step(slug);
		Optional<ReportForm> draft = draft(request);
		if (draft.isEmpty()) {
			return step == ReportStep.WHO ? render(ReportStep.WHO, new ReportForm(), FormProblems.NONE, model)
					: "redirect:/report?expired=1";
		}
		ReportForm form = draft.get();
		ReportStep due = ReportStep.firstUnanswered(form);
		if (!reachable(step, form, due)) {
			return "redirect:" + due.path();
		}
		if (step == ReportStep.CHECK && !form.checking()) {
			form.startChecking();
			sessions.put(request.getSession(), DRAFT, form);
		}
		return render(step, form, FormProblems.NONE, model);
	}

	@PostMapping("/{slug}")
	@PreAuthorize("permitAll()")
	String answer(@PathVariable String slug, @ModelAttribute("form") ReportForm sent, BindingResult binding,
			HttpServletRequest request, Model model) {
		ReportStep step = step(slug);
		Optional<ReportForm> draft = draft(request);
		String elsewhere = elsewhere(step, draft);
		if (elsewhere != null) {
			return elsewhere;
		}
		ReportForm form = draft.orElseGet(ReportForm::new);
		ReportForm candidate = form.copy();
		candidate.copyAnswers(step, sent);
		List<FormProblem> problems = check.problems(step, candidate);
		if (!problems.isEmpty()) {
			return render(step, candidate, problems(problems), model);
		}
		candidate.markAnswered(step);
		sessions.put(request.getSession(), DRAFT, candidate);
		ReportStep next = candidate.checking() ? ReportStep.firstUnanswered(candidate) : step.next(candidate);
		return "redirect:" + next.path();
	}

	/**
	 * "Anything else": the text and up to three screenshots of chats (a multipart form), or "Remove" of a
	 * screenshot added before. Accepted screenshots are kept in the draft at once, even when the text
	 * still has a problem, so nobody has to choose them again; refused ones are named with their file.
	 */
	@PostMapping("/more")
	@PreAuthorize("permitAll()")
	String more(@ModelAttribute("form") ReportForm sent, BindingResult binding,
			@RequestParam(name = "screenshots", required = false) List<MultipartFile> uploads,
			@RequestParam(required = false) String remove, HttpServletRequest request, Model model) throws IOException {
		Optional<ReportForm> draft = draft(request);
		String elsewhere = elsewhere(ReportStep.MORE, draft);
		if (elsewhere != null) {
			return elsewhere;
		}
		ReportForm form = draft.get();
		boolean changed = false;
		if (remove != null) {
			AttachedScreenshot removed = form.removeScreenshot(number(remove));
			if (removed != null) {
				screenshots.discard(removed.id());
				changed = true;
			}
		}
		List<FormProblems.Shown> refused = new ArrayList<>();
		List<MultipartFile> files = uploads == null ? List.of()
				: uploads.stream().filter(file -> !file.isEmpty() || hasName(file)).toList();
		if (!files.isEmpty() && guard.check(request, Limit.PAGE_POST, null, null) == PublicAbuseGuard.Decision.SLOW_DOWN) {
			// Each screenshot is written to disk: a flood of them is slowed down like any public post.
			throw new SlowDownException();
		}
		for (MultipartFile file : files) {
			String name = AttachedScreenshot.displayName(file.getOriginalFilename());
			if (form.getAttached().size() >= ReporterScreenshots.MAX_PER_REPORT) {
				refused.add(shown("intake.report.screenshot.TOO_MANY", name));
				break;
			}
			try {
				ReporterScreenshots.Accepted accepted = screenshots.accept(file::getInputStream);
				form.addScreenshot(new AttachedScreenshot(accepted.id(), name, accepted.mediaType(), accepted.width(),
						accepted.height()));
				changed = true;
			}
			catch (ReporterScreenshots.Refused refusal) {
				refused.add(shown("intake.report.screenshot." + refusal.refusal().name(), name));
			}
		}
		if (changed) {
			sessions.put(request.getSession(), DRAFT, form);
		}
		ReportForm candidate = form.copy();
		candidate.copyAnswers(ReportStep.MORE, sent);
		List<FormProblem> problems = check.problems(ReportStep.MORE, candidate);
		if (!problems.isEmpty() || !refused.isEmpty()) {
			return render(ReportStep.MORE, candidate, problems(problems).plus(refused), model);
		}
		if (remove != null) {
			// Only a screenshot taken back: stay on the page, keeping what was typed.
			sessions.put(request.getSession(), DRAFT, candidate);
			return "redirect:" + ReportStep.MORE.path();
		}
		candidate.markAnswered(ReportStep.MORE);
		sessions.put(request.getSession(), DRAFT, candidate);
		ReportStep next = candidate.checking() ? ReportStep.firstUnanswered(candidate) : ReportStep.MORE.next(candidate);
		return "redirect:" + next.path();
	}

	/**
	 * The "anything else" page again, status 413, when the upload was larger than the request may be (the
	 * container refused it before any of it could be read): kindly, next to the screenshots question.
	 */
	ModelAndView uploadTooLarge(HttpServletRequest request) {
		Optional<ReportForm> draft = draft(request);
		String elsewhere = elsewhere(ReportStep.MORE, draft);
		if (elsewhere != null) {
			return new ModelAndView(elsewhere);
		}
		ExtendedModelMap model = new ExtendedModelMap();
		String view = render(ReportStep.MORE, draft.get(),
				FormProblems.NONE.plus(List.of(shown("intake.report.screenshot.requestTooLarge", ""))), model);
		return new ModelAndView(view, model, HttpStatus.CONTENT_TOO_LARGE);
	}

	/**
	 * "Send": the whole report is checked again, weighed by the abuse guard (a proof of work from the
	 * browser, or without JavaScript the stricter shared budget), stored, and its receipt kept in the
	 * session to be shown once.
	 */
	@PostMapping("/check")
	@PreAuthorize("permitAll()")
	String send(@RequestParam(required = false) String powChallenge, @RequestParam(required = false) String powNonce,
			HttpServletRequest request, Model model) {
		Optional<ReportForm> draft = draft(request);
		if (draft.isEmpty()) {
			boolean receiptWaiting = sessions.get(request.getSession(false), RECEIPT, IssuedReceipt.class).isPresent();
			return receiptWaiting ? "redirect:/report/done" : "redirect:/report?expired=1";
		}
		ReportForm form = draft.get();
		ReportStep due = ReportStep.firstUnanswered(form);
		if (due != ReportStep.CHECK) {
			return "redirect:" + due.path();
		}
		List<FormProblem> problems = check.allProblems(form);
		ReportIntake.Submitted submitted = null;
		if (problems.isEmpty()) {
			if (guard.check(request, Limit.REPORT_SUBMISSION, powChallenge, powNonce) == PublicAbuseGuard.Decision.SLOW_DOWN) {
				throw new SlowDownException();
			}
			try {
				submitted = intake.submit(form.toSubmission());
			}
			catch (SubmissionRejected rejected) {
				problems = check.fromIntakeRules(form);
			}
		}
		if (submitted == null) {
			// A rule changed since the page was answered (a platform withdrawn from the list): back to that page.
			ReportStep at = stepOf(problems);
			if (at == ReportStep.CHECK) {
				// A rule no page knows of: say so on the check page rather than send the reporter round in circles.
				return render(at, form, FormProblems.NONE.plus(List.of(new FormProblems.Shown("answers",
						text("intake.report.problem.notAccepted")))), model);
			}
			return render(at, form, problems(problems.stream().filter(p -> at.fields().contains(p.field())).toList()),
					model);
		}
		HttpSession session = request.getSession();
		sessions.put(session, RECEIPT, new IssuedReceipt(submitted.receipt().code(), submitted.receipt().passphrase(),
				form.isDangerNow()));
		sessions.remove(session, DRAFT);
		return "redirect:/report/done";
	}

	/** The receipt, once: it leaves the session as it is shown, so a reload (or someone later) cannot see it. */
	@GetMapping("/done")
	@PreAuthorize("permitAll()")
	String done(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Optional<IssuedReceipt> receipt = sessions.get(session, RECEIPT, IssuedReceipt.class);
		model.addAttribute("pageTitle", text("intake.report.title.done"));
		if (receipt.isEmpty()) {
			return "intake/report-shown";
		}
		sessions.remove(session, RECEIPT);
		model.addAttribute("receiptCode", receipt.get().code());
		model.addAttribute("receiptPassphrase", receipt.get().passphrase());
		model.addAttribute("dangerNow", receipt.get().dangerNow());
		return "intake/report-done";
	}

	private String render(ReportStep step, ReportForm form, FormProblems problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("stepNumber", step.number());
		model.addAttribute("total", ReportStep.TOTAL);
		model.addAttribute("problems", problems);
		model.addAttribute("action", step.path());
		ReportStep previous = form.checking() && step != ReportStep.CHECK ? ReportStep.CHECK : step.previous(form);
		model.addAttribute("back", previous == null ? "/report" : previous.path());
		model.addAttribute("dangerNow", form.isDangerNow() && step.ordinal() > ReportStep.DANGER.ordinal());
		model.addAttribute("pageTitle", text(problems.any() ? "intake.report.title.stepWithProblem"
				: "intake.report.title.step", step.number(), ReportStep.TOTAL));
		switch (step) {
			case WHO -> {
				return choicePage(model, "reporter", "radio", "intake.report.who.", choices(ReportFormCheck.REPORTERS,
						"intake.report.who.", List.of(nullToEmpty(form.getReporter()))));
			}
			case AGE -> {
				return choicePage(model, "ageBand", "radio", "intake.report.age.", choices(ReportFormCheck.AGE_BANDS,
						"intake.report.age.", List.of(nullToEmpty(form.getAgeBand()))));
			}
			case WHAT -> {
				return choicePage(model, "whatHappened", "checkbox", "intake.report.what.",
						choices(Arrays.stream(WhatHappened.values()).map(Enum::name).toList(), "intake.report.what.",
								form.getWhatHappened()));
			}
			case WHEN -> {
				return choicePage(model, "when", "radio", "intake.report.when.", choices(ReportFormCheck.WHEN_CHOICES,
						"intake.report.when.", List.of(nullToEmpty(form.getWhen()))));
			}
			case DANGER -> {
				return choicePage(model, "danger", "radio", "intake.report.danger.", choices(
						ReportFormCheck.DANGER_CHOICES, "intake.report.danger.", List.of(nullToEmpty(form.getDanger()))));
			}
			case WHERE -> model.addAttribute("choices", platforms(form.getPlatforms()));
			case CHECK -> {
				model.addAttribute("answers", answers(form));
				model.addAttribute("challenge", guard.challenge());
			}
			case MORE, CONTACT -> {
			}
		}
		return "intake/report-" + step.slug();
	}

	/** One template serves every page that asks a question with answers to choose. */
	private static String choicePage(Model model, String field, String inputType, String keys, List<Choice> choices) {
		model.addAttribute("field", field);
		model.addAttribute("inputType", inputType);
		model.addAttribute("questionKey", keys + "question");
		model.addAttribute("introKey", keys + "intro");
		model.addAttribute("choices", choices);
		return "intake/report-choice";
	}

	private List<Choice> choices(List<String> values, String prefix, List<String> selected) {
		Locale locale = LocaleContextHolder.getLocale();
		return values.stream()
			.map(value -> new Choice(value, messages.getMessage(prefix + value, null, locale),
					messages.getMessage(prefix + value + ".hint", null, null, locale), selected.contains(value)))
			.toList();
	}

	private List<Choice> platforms(List<String> selected) {
		Locale locale = LocaleContextHolder.getLocale();
		return references.entries(ReferenceList.PLATFORM).stream()
			.map(ReferenceEntry::code)
			.map(code -> new Choice(code, references.label(ReferenceList.PLATFORM, code, locale), null,
					selected.contains(code)))
			.toList();
	}

	/** The check page: every answer in the reader's words, each with the page that changes it. */
	private List<CheckedAnswer> answers(ReportForm form) {
		Locale locale = LocaleContextHolder.getLocale();
		List<CheckedAnswer> answers = new ArrayList<>();
		List<String> who = new ArrayList<>(List.of(text("intake.report.who." + form.getReporter())));
		if (form.getAgeBand() != null) {
			who.add(text("intake.report.check.age", text("intake.report.age." + form.getAgeBand())));
		}
		answers.add(answer("who", ReportStep.WHO, who));
		answers.add(answer("what", ReportStep.WHAT,
				form.whatHappenedChoices().stream().map(c -> text("intake.report.what." + c.name())).toList()));
		List<String> where = new ArrayList<>();
		form.getPlatforms().forEach(code -> where.add(references.label(ReferenceList.PLATFORM, code, locale)));
		form.linkLines().forEach(line -> where.add(line.text()));
		form.usernameLines().forEach(line -> where.add(line.text()));
		answers.add(answer("where", ReportStep.WHERE, where));
		if (ReportForm.ON_DATE.equals(form.getWhen())) {
			answers.add(new CheckedAnswer("when", text("intake.report.check.when"), List.of(),
					IncidentDate.parse(form.getDate()), ReportStep.WHEN.path()));
		}
		else {
			answers.add(answer("when", ReportStep.WHEN, List.of(text("intake.report.when." + form.getWhen()))));
		}
		answers.add(answer("now", ReportStep.DANGER, List.of(text("intake.report.danger." + form.getDanger()))));
		List<String> more = new ArrayList<>();
		if (form.getDescription() != null && !form.getDescription().isBlank()) {
			more.add(form.getDescription().strip());
		}
		List<AttachedScreenshot> attached = form.getAttached();
		for (int i = 0; i < attached.size(); i++) {
			String name = attached.get(i).name();
			more.add(text("intake.report.check.screenshot", name.isEmpty() ? String.valueOf(i + 1) : name));
		}
		answers.add(answer("more", ReportStep.MORE, more));
		List<String> contact = new ArrayList<>();
		contactLine(contact, "contactName", form.getContactName());
		contactLine(contact, "contactPhone", form.getContactPhone());
		contactLine(contact, "contactEmail", form.getContactEmail());
		contactLine(contact, "contactTime", form.getContactTime());
		answers.add(new CheckedAnswer("contact", text("intake.report.check.contact"),
				contact.isEmpty() ? List.of(text("intake.report.check.anonymous")) : contact, null,
				ReportStep.CONTACT.path()));
		return answers;
	}

	private CheckedAnswer answer(String id, ReportStep step, List<String> values) {
		return new CheckedAnswer(id, text("intake.report.check." + id),
				values.isEmpty() ? List.of(text("intake.report.check.nothing")) : values, null, step.path());
	}

	private void contactLine(List<String> lines, String field, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(text("intake.report.field." + field) + ": " + value.strip());
		}
	}

	private FormProblems problems(List<FormProblem> problems) {
		return FormProblems.of(problems, messages, LocaleContextHolder.getLocale());
	}

	private static ReportStep stepOf(List<FormProblem> problems) {
		for (ReportStep step : ReportStep.values()) {
			if (problems.stream().anyMatch(problem -> step.fields().contains(problem.field()))) {
				return step;
			}
		}
		return ReportStep.CHECK;
	}

	/**
	 * Where a POST of this page goes instead of being taken: the start page when the draft is gone (only
	 * the first page may start one), or the first page still to answer; {@code null} to take it.
	 */
	private static String elsewhere(ReportStep step, Optional<ReportForm> draft) {
		if (draft.isEmpty()) {
			return step == ReportStep.WHO ? null : "redirect:/report?expired=1";
		}
		ReportStep due = ReportStep.firstUnanswered(draft.get());
		return reachable(step, draft.get(), due) ? null : "redirect:" + due.path();
	}

	private FormProblems.Shown shown(String key, String fileName) {
		return new FormProblems.Shown("screenshots", text(key, text("intake.report.field.screenshots"), fileName));
	}

	private static boolean hasName(MultipartFile file) {
		return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
	}

	private static int number(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** A page may be opened once every page before it is answered (no skipping ahead by typing its address). */
	private static boolean reachable(ReportStep step, ReportForm form, ReportStep due) {
		if (step == ReportStep.AGE && form.reporterKind() != ReporterKind.CHILD) {
			return false;
		}
		return step == due || form.answered(step);
	}

	private Optional<ReportForm> draft(HttpServletRequest request) {
		return sessions.get(request.getSession(false), DRAFT, ReportForm.class);
	}

	private static ReportStep step(String slug) {
		ReportStep step = ReportStep.ofSlug(slug);
		if (step == null) {
			throw new NotFoundException("page");
		}
		return step;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
