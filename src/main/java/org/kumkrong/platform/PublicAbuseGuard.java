package org.kumkrong.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.kumkrong.platform.PublicRateLimits.Limit;

import org.springframework.stereotype.Component;

/**
 * The one decision a public endpoint asks before it accepts a submission: may this go ahead now, or
 * should the sender slow down? Combines the {@link ProofOfWork proof of work} and the
 * {@link PublicRateLimits rate limits} without tracking anyone (SECURITY.md row 14).
 * <p>
 * A request with a valid proof of work draws on the normal budgets. A request without one (no
 * JavaScript, WebCrypto missing on plain HTTP, an expired or replayed challenge) is still allowed, but
 * also draws on a stricter budget shared by all such requests: a child without JavaScript must always
 * be able to report, so a missing proof alone never refuses.
 * <p>
 * A controller of the public report form:
 * <pre>{@code
 * @GetMapping("/report")
 * @PreAuthorize("permitAll()")
 * String form(Model model) {
 *     model.addAttribute("challenge", guard.challenge());
 *     return "report/form";
 * }
 *
 * @PostMapping("/report")
 * @PreAuthorize("permitAll()")
 * String submit(@Valid ReportForm form, BindingResult errors, HttpServletRequest request, Model model) {
 *     if (errors.hasErrors()) {
 *         model.addAttribute("challenge", guard.challenge()); // a fresh one: the old one may be used up
 *         return "report/form";
 *     }
 *     if (guard.check(request, Limit.REPORT_SUBMISSION, form.getPowChallenge(), form.getPowNonce())
 *             == Decision.SLOW_DOWN) {
 *         throw new SlowDownException(); // status 429, "please wait a few minutes", the helplines
 *     }
 *     ...
 * }
 * }</pre>
 * The follow-up page limits tries per receipt code instead of per client:
 * {@code guard.check(Limit.FOLLOW_UP_ATTEMPT, form.getReceiptCode(), form.getPowChallenge(), form.getPowNonce())}.
 * Check once per submission, after the form has validated: a proof of work counts only once.
 */
@Component
public final class PublicAbuseGuard {

	/** What the controller does next. */
	public enum Decision {

		/** Go ahead. */
		ALLOWED,

		/** A budget is used up: show the 429 page ({@link SlowDownException}) and accept nothing. */
		SLOW_DOWN

	}

	private final PublicRateLimits limits;

	private final ProofOfWork proofOfWork;

	PublicAbuseGuard(PublicRateLimits limits, ProofOfWork proofOfWork) {
		this.limits = limits;
		this.proofOfWork = proofOfWork;
	}

	/** A fresh proof-of-work challenge for a public form (put it in the model as {@code challenge}). */
	public ProofOfWork.Challenge challenge() {
		return proofOfWork.issue();
	}

	/**
	 * Decides on a submission keyed by the client that sent it ({@link Limit#REPORT_SUBMISSION},
	 * {@link Limit#PAGE_POST}).
	 * @param challenge the form's {@code powChallenge}, may be {@code null}
	 * @param nonce the form's {@code powNonce}, {@code null} or blank without JavaScript
	 */
	public Decision check(HttpServletRequest request, Limit limit, String challenge, String nonce) {
		return check(limit, limits.clientKey(request), challenge, nonce);
	}

	/**
	 * Decides on a submission keyed by something the caller chooses: the receipt code for
	 * {@link Limit#FOLLOW_UP_ATTEMPT}, so guessing one code is slow from any number of addresses.
	 */
	public Decision check(Limit limit, String key, String challenge, String nonce) {
		boolean proven = nonce != null && !nonce.isBlank() && challenge != null
				&& proofOfWork.verify(challenge, nonce);
		boolean allowed = proven ? limits.tryConsume(limit, key) : limits.tryConsumeWithoutProof(limit, key);
		return allowed ? Decision.ALLOWED : Decision.SLOW_DOWN;
	}

}
