package org.kumkrong.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.casework.CaseNotFoundException;
import org.kumkrong.casework.CaseSummary;
import org.kumkrong.casework.Cases;
import org.kumkrong.directory.Agencies;
import org.kumkrong.evidence.internal.EvidenceKind;
import org.kumkrong.evidence.internal.EvidenceLocker;
import org.kumkrong.evidence.internal.EvidenceLocker.IntegrityFailure;
import org.kumkrong.evidence.internal.EvidenceLocker.Item;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.platform.StreamedUploads;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence pages. Nothing here shows content by default: lists carry no thumbnails, an image page shows a
 * blurred grey preview, and content (an image, or a text file as text) appears only after the user asks to
 * reveal that one item — audited, recorded in the chain of custody, and forgotten when another is revealed or
 * after {@value #REVEAL_SECONDS} seconds. Videos and other files are never played or shown inline: they are
 * downloaded, after the integrity check.
 */
@Controller
@RequestMapping("/evidence")
class EvidenceController {

	static final String REVEALED = "evidence.revealed";

	static final long REVEAL_SECONDS = 300;

	private final EvidenceLocker locker;

	private final Cases cases;

	private final Agencies agencies;

	private final MessageSource messages;

	private final StaffDirectory staff;

	EvidenceController(EvidenceLocker locker, Cases cases, Agencies agencies, MessageSource messages, StaffDirectory staff) {
		this.staff = staff;
		this.locker = locker;
		this.cases = cases;
		this.agencies = agencies;
		this.messages = messages;
	}

	// ---------------------------------------------------------------- lists

	@GetMapping
	@PreAuthorize("hasAuthority('EVIDENCE_VIEW')")
	String list(@RequestParam(name = "matched", required = false) String matched, Locale locale, Model model) {
		Actor actor = Actor.current().orElseThrow();
		boolean matchedOnly = "true".equals(matched);
		var rows = locker.acquiredBy(actor.agencyId(), matchedOnly, 200).stream().map(item -> row(item, locale)).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("matched", matchedOnly);
		return "evidence/list";
	}

	private EvidenceRow row(Item item, Locale locale) {
		String caseReference = cases.visible(item.caseId()).map(CaseSummary::reference).orElse("");
		return EvidenceRow.of(item, caseReference, agencies, locale);
	}

	// ---------------------------------------------------------------- adding

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('EVIDENCE_ADD')")
	String newForm(@RequestParam("case") UUID caseId, Model model) {
		model.addAttribute("kase", cases.visible(caseId).orElseThrow(CaseNotFoundException::new));
		model.addAttribute("maxMegabytes", locker.maxBytes() / (1024 * 1024));
		return "evidence/form";
	}

	/**
	 * The upload, streamed: the form sends its description before its file, the case and CSRF token in the
	 * address, and the file goes from the request into the encrypted store without being held anywhere.
	 */
	@PostMapping
	@PreAuthorize("hasAuthority('EVIDENCE_ADD')")
	String upload(@RequestParam("case") UUID caseId, HttpServletRequest request, Model model, RedirectAttributes redirect)
			throws IOException {
		CaseSummary kase = cases.visible(caseId).orElseThrow(CaseNotFoundException::new);
		String[] description = { null };
		try {
			Item item = StreamedUploads.read(request, (fields, field, content) -> {
				description[0] = fields.get("description");
				return locker.upload(kase.id(), fields.get("description"), content);
			});
			if (item == null) {
				throw new RuleViolationException("file", "evidence.error.noFile");
			}
			redirect.addFlashAttribute("notice", item.matchCount() > 0 ? "evidence.notice.addedMatched" : "evidence.notice.added");
			return "redirect:/evidence/" + item.id();
		}
		catch (RuleViolationException ex) {
			model.addAttribute("kase", kase);
			model.addAttribute("maxMegabytes", locker.maxBytes() / (1024 * 1024));
			model.addAttribute("description", description[0]);
			model.addAttribute("errorField", ex.field() == null ? "file" : ex.field());
			model.addAttribute("errorMessage", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			return "evidence/form";
		}
	}

	// ---------------------------------------------------------------- one item

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('EVIDENCE_VIEW')")
	String item(@PathVariable UUID id, HttpSession session, Locale locale, Model model) throws IOException {
		Item item = locker.require(id);
		CaseSummary kase = cases.visible(item.caseId()).orElseThrow(CaseNotFoundException::new);
		boolean revealed = revealed(session, id);
		model.addAttribute("item", item);
		model.addAttribute("kase", kase);
		model.addAttribute("description", locker.description(item));
		model.addAttribute("agency", item.acquiredAgency() == null ? "" : agencies.name(item.acquiredAgency(), locale));
		var custody = locker.custody(item);
		var names = staff.displayNames(custody.stream().map(EvidenceLocker.Custody::actorId).filter(java.util.Objects::nonNull).toList());
		model.addAttribute("custody", custody.stream().map(c -> new CustodyRow(c.action(), c.at(),
				c.actorId() == null ? null : names.getOrDefault(c.actorId(), ""),
				c.agencyId() == null ? "" : agencies.name(c.agencyId(), locale), detail(c, locale))).toList());
		model.addAttribute("matches", locker.matches(item).stream().map(m -> match(m, locale)).toList());
		model.addAttribute("mayReveal", EvidenceLocker.holds(Permission.EVIDENCE_REVEAL));
		model.addAttribute("revealed", revealed);
		model.addAttribute("previewable", item.kind().decodedImage());
		model.addAttribute("text", revealed && item.kind() == EvidenceKind.TEXT ? locker.text(id) : null);
		return "evidence/item";
	}

	/**
	 * The custody detail in the reader's language: details are stored as codes ({@code UPLOAD},
	 * {@code REPORT RP-…}, a number of matches, another item's reference, {@code DOWNLOAD}/{@code SCHEDULED}).
	 */
	private String detail(EvidenceLocker.Custody custody, Locale locale) {
		String detail = custody.detail();
		if (detail == null || "SHARED".equals(custody.action())) {
			return "";
		}
		String key;
		Object argument = null;
		if (detail.startsWith("REPORT ")) {
			key = "evidence.custody.detail.REPORT";
			argument = detail.substring("REPORT ".length());
		}
		else if (detail.matches("\\d+")) {
			key = "evidence.custody.detail.matches";
			argument = Integer.valueOf(detail);
		}
		else if (detail.startsWith("EV-")) {
			key = "evidence.custody.detail.matchedBy";
			argument = detail;
		}
		else {
			key = "evidence.custody.detail." + detail;
		}
		return messages.getMessage(key, argument == null ? null : new Object[] { argument }, detail, locale);
	}

	/** One line of the chain of custody as shown. */
	record CustodyRow(String action, java.time.Instant at, String actor, String agency, String detail) {
	}

	/** One match as the viewer may know it: another case by reference only if they may see it. */
	record MatchRow(String kind, int distance, boolean fromList, String listName, Integer listVersion, String category,
			UUID otherEvidenceId, String otherEvidenceReference, UUID otherCaseId, String otherCaseReference,
			String otherAgency, boolean sameCase) {
	}

	private MatchRow match(EvidenceLocker.Match m, Locale locale) {
		if (m.listId() != null) {
			return new MatchRow(m.kind(), m.distance(), true, m.listName(), m.listVersion(), m.category(), null, null, null,
					null, null, false);
		}
		var other = m.otherCaseId() == null ? java.util.Optional.<CaseSummary>empty() : cases.visible(m.otherCaseId());
		String agency = m.otherAgencyId() == null ? "" : agencies.name(m.otherAgencyId(), locale);
		if (other.isPresent()) {
			return new MatchRow(m.kind(), m.distance(), false, null, null, null, m.otherEvidenceId(),
					locker.reference(m.otherEvidenceId()).orElse(""), other.get().id(), other.get().reference(), agency, false);
		}
		// The other case is not the viewer's to see: only whom to contact.
		return new MatchRow(m.kind(), m.distance(), false, null, null, null, null, null, null, null, agency, false);
	}

	@GetMapping(value = "/{id}/preview.png", produces = MediaType.IMAGE_PNG_VALUE)
	@PreAuthorize("hasAuthority('EVIDENCE_VIEW')")
	ResponseEntity<byte[]> preview(@PathVariable UUID id) throws IOException {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
			.body(locker.preview(id, 480));
	}

	@PostMapping("/{id}/reveal")
	@PreAuthorize("hasAuthority('EVIDENCE_REVEAL')")
	String reveal(@PathVariable UUID id, HttpSession session) {
		locker.revealed(id);
		// One at a time: revealing this one hides any other.
		session.setAttribute(REVEALED, new Revealed(id, System.currentTimeMillis() + REVEAL_SECONDS * 1000));
		return "redirect:/evidence/" + id + "#content";
	}

	@PostMapping("/{id}/hide")
	@PreAuthorize("hasAuthority('EVIDENCE_VIEW')")
	String hide(@PathVariable UUID id, HttpSession session) {
		session.removeAttribute(REVEALED);
		return "redirect:/evidence/" + id + "#content";
	}

	@GetMapping(value = "/{id}/image.png", produces = MediaType.IMAGE_PNG_VALUE)
	@PreAuthorize("hasAuthority('EVIDENCE_REVEAL')")
	ResponseEntity<byte[]> image(@PathVariable UUID id, HttpSession session) throws IOException {
		if (!revealed(session, id)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
			.body(locker.image(id));
	}

	@GetMapping("/{id}/download")
	@PreAuthorize("hasAuthority('EVIDENCE_REVEAL')")
	ResponseEntity<StreamingResponseBody> download(@PathVariable UUID id) throws IOException {
		Item item = locker.require(id);
		InputStream content = locker.download(id);
		StreamingResponseBody body = out -> {
			try (content) {
				content.transferTo(out);
			}
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(item.reference() + "." + item.kind().extension()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(item.size())
			.body(body);
	}

	@ExceptionHandler(IntegrityFailure.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String integrityFailed(Model model) {
		return "evidence/integrity-failed";
	}

	record Revealed(UUID id, long until) implements java.io.Serializable {
	}

	private static boolean revealed(HttpSession session, UUID id) {
		return session.getAttribute(REVEALED) instanceof Revealed revealed && revealed.id().equals(id)
				&& revealed.until() > System.currentTimeMillis();
	}

}
