package org.kumkrong.intake.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.kumkrong.intake.ReportStatus;
import org.kumkrong.intake.internal.ReceiptCodes;
import org.kumkrong.intake.internal.ReportIntake;
import org.kumkrong.intake.internal.SubmissionProblem.Kind;
import org.kumkrong.intake.internal.SubmissionRejected;
import org.kumkrong.platform.PublicAbuseGuard;
import org.kumkrong.platform.PublicRateLimits.Limit;
import org.kumkrong.platform.SlowDownException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow-up for anonymous reporters at {@code /report/follow-up}: the receipt code and passphrase open
 * the report's status in plain words and the conversation with the hotline, where the reporter can
 * answer or add something. The code and passphrase are only ever sent in a POST body; once they are
 * right, the session remembers which report is open for a short while ({@link OpenedFollowUp}), and
 * "Close" forgets it.
 */
@Controller
@RequestMapping("/report/follow-up")
class FollowUpController {

	static final String OPENED = "followup.opened";

	/** How long an opened report stays open without the reporter doing anything. */
	static final Duration OPEN_FOR = Duration.ofMinutes(15);

	/** Longer than any receipt code or passphrase, however it is typed (spaces, dashes). */
	static final int MAX_CODE_INPUT = 64;

	private final ReportIntake intake;

	private final SealedSession sessions;

	private final MessageSource messages;

	private final Clock clock;

	private final PublicAbuseGuard guard;

	FollowUpController(ReportIntake intake, SealedSession sessions, MessageSource messages, Clock clock,
			PublicAbuseGuard guard) {
		this.intake = intake;
		this.sessions = sessions;
		this.messages = messages;
		this.clock = clock;
		this.guard = guard;
	}

	/** The code form; {@code ?closed} after "Close", {@code ?expired} when an opened report timed out. */
	@GetMapping
	@PreAuthorize("permitAll()")
	String form(@RequestParam(required = false) String closed, @RequestParam(required = false) String expired,
			Model model) {
		model.addAttribute("closed", closed != null);
		model.addAttribute("expired", expired != null);
		return codeForm(model, "", FormProblems.NONE);
	}

	@PostMapping
	@PreAuthorize("permitAll()")
	String open(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String passphrase,
			@RequestParam(required = false) String powChallenge, @RequestParam(required = false) String powNonce,
			HttpServletRequest request, Model model) {
		List<FormProblem> problems = new ArrayList<>();
		required(problems, "code", code);
		required(problems, "passphrase", passphrase);
		String shownCode = code.length() > MAX_CODE_INPUT ? "" : code;
		if (!problems.isEmpty()) {
			return codeForm(model, shownCode, problems(problems));
		}
		// Tries are counted per receipt code (however it is typed) and overall, never per client.
		if (guard.check(Limit.FOLLOW_UP_ATTEMPT, throttleKey(code), powChallenge, powNonce)
				== PublicAbuseGuard.Decision.SLOW_DOWN) {
			throw new SlowDownException();
		}
		Optional<ReportIntake.FollowUp> followUp = intake.followUp(code, passphrase);
		if (followUp.isEmpty()) {
			// The same words whichever of the two was wrong, or whether such a report exists at all.
			return codeForm(model, shownCode,
					new FormProblems(List.of(new FormProblems.Shown("code", text("intake.followup.notFound")))));
		}
		// Like a sign-in: a new session id, so an id planted or seen before cannot open the report.
		request.getSession();
		request.changeSessionId();
		sessions.put(request.getSession(), OPENED, new OpenedFollowUp(followUp.get().reportId(), until()));
		return "redirect:/report/follow-up/messages";
	}

	@GetMapping("/messages")
	@PreAuthorize("permitAll()")
	String messages(HttpServletRequest request, Model model) {
		Optional<OpenedFollowUp> opened = opened(request);
		if (opened.isEmpty()) {
			return "redirect:/report/follow-up?expired=1";
		}
		return conversation(opened.get(), "", FormProblems.NONE, model);
	}

	@PostMapping("/messages")
	@PreAuthorize("permitAll()")
	String reply(@RequestParam(defaultValue = "") String message, @RequestParam(required = false) String powChallenge,
			@RequestParam(required = false) String powNonce, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Optional<OpenedFollowUp> opened = opened(request);
		if (opened.isEmpty()) {
			return "redirect:/report/follow-up?expired=1";
		}
		if (guard.check(request, Limit.PAGE_POST, powChallenge, powNonce) == PublicAbuseGuard.Decision.SLOW_DOWN) {
			throw new SlowDownException();
		}
		try {
			intake.addFromReporter(opened.get().reportId(), message);
		}
		catch (SubmissionRejected rejected) {
			List<FormProblem> problems = rejected.problems().stream()
				.map(problem -> FormProblem.of("message", problem.kind()))
				.distinct()
				.toList();
			return conversation(opened.get(), message, problems(problems), model);
		}
		redirect.addFlashAttribute("sent", true);
		return "redirect:/report/follow-up/messages";
	}

	@PostMapping("/close")
	@PreAuthorize("permitAll()")
	String close(HttpServletRequest request) {
		sessions.remove(request.getSession(false), OPENED);
		return "redirect:/report/follow-up?closed=1";
	}

	private String codeForm(Model model, String code, FormProblems problems) {
		model.addAttribute("code", code);
		model.addAttribute("problems", problems);
		model.addAttribute("challenge", guard.challenge());
		model.addAttribute("pageTitle", text("intake.followup.title"));
		return "intake/followup";
	}

	private String conversation(OpenedFollowUp opened, String message, FormProblems problems, Model model) {
		Optional<ReportIntake.FollowUp> followUp = intake.reopenFollowUp(opened.reportId());
		if (followUp.isEmpty()) {
			return "redirect:/report/follow-up?expired=1";
		}
		model.addAttribute("status", statusKey(followUp.get().status()));
		model.addAttribute("receivedAt", followUp.get().receivedAt());
		model.addAttribute("conversation", followUp.get().messages());
		model.addAttribute("message", message);
		model.addAttribute("problems", problems);
		model.addAttribute("challenge", guard.challenge());
		model.addAttribute("pageTitle", text("intake.followup.messages.title"));
		return "intake/followup-messages";
	}

	/** The status in a child's words. */
	static String statusKey(ReportStatus status) {
		return switch (status) {
			case RECEIVED -> "intake.followup.status.received";
			case IN_REVIEW -> "intake.followup.status.inReview";
			case SCREENED_IN -> "intake.followup.status.screenedIn";
			case SCREENED_OUT, MERGED -> "intake.followup.status.finished";
		};
	}

	/** The opened report, if it is still open; each use keeps it open a little longer. */
	private Optional<OpenedFollowUp> opened(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Optional<OpenedFollowUp> opened = sessions.get(session, OPENED, OpenedFollowUp.class);
		if (opened.isEmpty()) {
			return opened;
		}
		if (clock.instant().isAfter(opened.get().until())) {
			sessions.remove(session, OPENED);
			return Optional.empty();
		}
		sessions.put(session, OPENED, new OpenedFollowUp(opened.get().reportId(), until()));
		return opened;
	}

	private Instant until() {
		return clock.instant().plus(OPEN_FOR);
	}

	/** The receipt code as the intake reads it, so "abcde 12345" and "ABCDE-12345" share one budget. */
	static String throttleKey(String code) {
		String normalised = ReceiptCodes.normalise(code);
		return normalised != null ? normalised : code.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private static void required(List<FormProblem> problems, String field, String value) {
		if (value.isBlank()) {
			problems.add(FormProblem.of(field, Kind.MISSING));
		}
		else if (value.length() > MAX_CODE_INPUT) {
			problems.add(FormProblem.of(field, Kind.TOO_LONG));
		}
	}

	private FormProblems problems(List<FormProblem> problems) {
		return FormProblems.of(problems, messages, LocaleContextHolder.getLocale());
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
