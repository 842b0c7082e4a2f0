package org.kumkrong.account.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kumkrong.account.internal.SignIn;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Authorities;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages: password (processed by Spring Security), then the authenticator code, or on first
 * sign-in the enrolment of an authenticator with a QR code and the secret in text.
 */
@Controller
class SignInController {

	private final SignIn signIn;

	SignInController(SignIn signIn) {
		this.signIn = signIn;
	}

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String signInPage(Authentication authentication) {
		if (authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> Authorities.SIGNED_IN.equals(a.getAuthority()))) {
			return "redirect:/home";
		}
		return "account/sign-in";
	}

	@GetMapping("/login/code")
	@PreAuthorize("hasAuthority('KK_SECOND_FACTOR_PENDING')")
	String codePage() {
		if (!signIn.enrolled(Actor.current().orElseThrow().userId())) {
			return "redirect:/login/enrol";
		}
		return "account/sign-in-code";
	}

	@PostMapping("/login/code")
	@PreAuthorize("hasAuthority('KK_SECOND_FACTOR_PENDING')")
	String submitCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Actor actor = Actor.current().orElseThrow();
		Optional<Authentication> full = signIn.secondFactor(actor.userId(), code);
		if (full.isEmpty()) {
			model.addAttribute("codeError", "account.signIn.error.code");
			return "account/sign-in-code";
		}
		return establish(full.get(), actor, request, response);
	}

	@GetMapping("/login/enrol")
	@PreAuthorize("hasAuthority('KK_SECOND_FACTOR_PENDING')")
	String enrolPage(Model model) throws IOException, WriterException {
		Actor actor = Actor.current().orElseThrow();
		if (signIn.enrolled(actor.userId())) {
			return "redirect:/login/code";
		}
		String secret = signIn.pendingSecret(actor.userId()).orElseGet(() -> signIn.beginEnrolment(actor.userId()));
		return enrolModel(model, actor, secret);
	}

	@PostMapping("/login/enrol")
	@PreAuthorize("hasAuthority('KK_SECOND_FACTOR_PENDING')")
	String submitEnrolment(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, WriterException {
		Actor actor = Actor.current().orElseThrow();
		Optional<Authentication> full = signIn.completeEnrolment(actor.userId(), code);
		if (full.isEmpty()) {
			model.addAttribute("codeError", "account.signIn.error.code");
			String secret = signIn.pendingSecret(actor.userId()).orElseGet(() -> signIn.beginEnrolment(actor.userId()));
			return enrolModel(model, actor, secret);
		}
		return establish(full.get(), actor, request, response);
	}

	private String establish(Authentication full, Actor actor, HttpServletRequest request, HttpServletResponse response) {
		// A new session id once fully signed in (SECURITY.md row 4), on top of the one at the password step.
		SignInSessions.establish(full, request, response);
		return signIn.mustChangePassword(actor.userId()) ? "redirect:/account/password?required" : "redirect:/home";
	}

	private static String enrolModel(Model model, Actor actor, String secret) throws IOException, WriterException {
		String uri = otpauth(actor.username(), secret);
		model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("qr", qrDataUri(uri));
		return "account/sign-in-enrol";
	}

	static String otpauth(String username, String secret) {
		String issuer = "Kumkrong";
		String label = java.net.URLEncoder.encode(issuer + ":" + username, java.nio.charset.StandardCharsets.UTF_8)
			.replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + issuer + "&algorithm=SHA1&digits=6&period=30";
	}

	static String qrDataUri(String content) throws IOException, WriterException {
		var matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 220, 220);
		var png = new ByteArrayOutputStream();
		MatrixToImageWriter.writeToStream(matrix, "PNG", png);
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

}
