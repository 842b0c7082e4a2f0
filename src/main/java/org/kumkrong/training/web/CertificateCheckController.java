package org.kumkrong.training.web;

import org.kumkrong.training.internal.Catalogue;
import org.kumkrong.training.internal.TrainingDesk;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public check of a certificate: anyone holding the code (printed on the certificate) can confirm it is
 * genuine. It shows what the certificate itself states (holder, course, version, date) and nothing else; a
 * wrong code answers 404 with the same page saying it is not known.
 */
@Controller
class CertificateCheckController {

	private final TrainingDesk desk;

	private final Catalogue catalogue;

	CertificateCheckController(TrainingDesk desk, Catalogue catalogue) {
		this.desk = desk;
		this.catalogue = catalogue;
	}

	@GetMapping("/certificates")
	@PreAuthorize("permitAll()")
	String form(@RequestParam(name = "code", required = false) String code) {
		if (code != null && !code.isBlank()) {
			String normalised = code.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9-]", "");
			// Codes are 18 characters; a longer input is not a code and must not become a huge redirect.
			normalised = normalised.length() > 40 ? normalised.substring(0, 40) : normalised;
			return "redirect:/certificates/" + (normalised.isEmpty() ? "-" : normalised);
		}
		return "training/certificate-check";
	}

	@GetMapping("/certificates/{code}")
	@PreAuthorize("permitAll()")
	String check(@PathVariable String code, Model model, HttpServletResponse response) {
		var certificate = desk.certificate(code);
		model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
		if (certificate.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("valid", false);
			return "training/certificate-check";
		}
		model.addAttribute("valid", true);
		model.addAttribute("certificate", certificate.get());
		model.addAttribute("course", catalogue.version(certificate.get().courseId(), certificate.get().version()).orElseThrow());
		return "training/certificate-check";
	}

}
