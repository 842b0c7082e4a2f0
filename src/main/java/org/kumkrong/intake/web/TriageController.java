package org.kumkrong.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.ReportStatus;
import org.kumkrong.intake.ScreenOutReason;
import org.kumkrong.intake.internal.FileKind;
import org.kumkrong.intake.internal.PartnerFiles;
import org.kumkrong.intake.internal.ReportSubmission;
import org.kumkrong.intake.internal.StoredReport;
import org.kumkrong.intake.internal.Triage;
import org.kumkrong.intake.internal.TriageAccess;
import org.kumkrong.platform.EncryptedFiles;
import org.kumkrong.platform.ImageInspection;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The triage queue and the report page: one queue of public and partner reports, most urgent first, and
 * the decisions on each report. Only hotline analysts and investigators of intake desks get here.
 */
@Controller
@RequestMapping("/triage")
class TriageController {

	private static final String ACCESS = "@triageAccess.allowed()";

	private final Triage triage;

	private final TriageAccess access;

	private final ReferenceData references;

	private final Agencies agencies;

	private final EncryptedFiles files;

	TriageController(Triage triage, TriageAccess access, ReferenceData references, Agencies agencies,
			EncryptedFiles files) {
		this.files = files;
		this.triage = triage;
		this.access = access;
		this.references = references;
		this.agencies = agencies;
	}

	@GetMapping
	@PreAuthorize(ACCESS)
	String queue(@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "channel", required = false) String channel,
			@RequestParam(name = "offence", required = false) String offence,
			@RequestParam(name = "province", required = false) String province,
			@RequestParam(name = "priority", required = false) String priority,
			@RequestParam(name = "after", required = false) String after, Locale locale, Model model) {
		ReportStatus statusFilter = parse(ReportStatus.class, status, "status");
		ReportChannel channelFilter = parse(ReportChannel.class, channel, "channel");
		ReportPriority priorityFilter = parse(ReportPriority.class, priority, "priority");
		String offenceFilter = code(offence, "offence", ReferenceList.OFFENCE);
		String provinceFilter = blankToNull(province);
		if (provinceFilter != null && references.province(provinceFilter).isEmpty()) {
			throw new IllegalArgumentException("province");
		}
		boolean all = "ALL".equals(status);
		var page = triage.queue(new Triage.QueueQuery(statusFilter, !all && statusFilter == null, channelFilter,
				offenceFilter, provinceFilter, priorityFilter), blankToNull(after));
		// One name lookup per partner agency on the page, not one per row.
		Map<UUID, String> partners = new java.util.HashMap<>();
		model.addAttribute("rows", page.reports().stream().map(r -> row(r, locale, partners)).toList());
		model.addAttribute("countCap", Triage.COUNT_CAP);
		model.addAttribute("next", page.next());
		model.addAttribute("firstPage", after == null || after.isBlank());
		model.addAttribute("counts", triage.openCounts());
		model.addAttribute("priorities", ReportPriority.values());
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("channels", ReportChannel.values());
		model.addAttribute("offences", references.entries(ReferenceList.OFFENCE));
		model.addAttribute("provinces", references.provinces());
		model.addAttribute("filter", Map.of("status", status == null ? "" : status, "channel", channel == null ? "" : channel,
				"offence", offence == null ? "" : offence, "province", province == null ? "" : province, "priority",
				priority == null ? "" : priority));
		return "intake/queue";
	}

	@GetMapping("/reports/{id}")
	@PreAuthorize(ACCESS)
	String report(@PathVariable("id") UUID id, @RequestParam(name = "contact", defaultValue = "false") boolean contact,
			@RequestParam(name = "revealed", required = false) UUID revealed, Locale locale, Model model) {
		model.addAttribute("revealed", revealed);
		var report = triage.open(id, contact && access.mayContact());
		model.addAttribute("r", report);
		model.addAttribute("row", row(report.report(), locale));
		model.addAttribute("mayContact", access.mayContact());
		model.addAttribute("offences", references.entries(ReferenceList.OFFENCE));
		model.addAttribute("platforms", references.entries(ReferenceList.PLATFORM));
		model.addAttribute("ageBands", references.entries(ReferenceList.AGE_BAND));
		model.addAttribute("provinces", references.provinces());
		model.addAttribute("dangers", ReportSubmission.Danger.values());
		model.addAttribute("reasons", ScreenOutReason.values());
		model.addAttribute("agencies", agencies.active());
		model.addAttribute("defaultOwner", triage.defaultOwner(report.report()).map(AgencyView::id).orElse(null));
		model.addAttribute("partnerFiles", report.partnerFiles().stream()
			.map(file -> partnerFileRow(file, report.details()))
			.toList());
		model.addAttribute("duplicates", report.duplicates().stream()
			.map(d -> new DuplicateRow(row(d.report(), locale), d.sharedKinds()))
			.toList());
		return "intake/report";
	}

	@PostMapping("/reports/{id}/classify")
	@PreAuthorize(ACCESS)
	String classify(@PathVariable("id") UUID id, @RequestParam(name = "offenceCodes", required = false) List<String> offenceCodes,
			@RequestParam(name = "provinceCode", required = false) String provinceCode,
			@RequestParam(name = "platformCode", required = false) String platformCode,
			@RequestParam(name = "victimAgeBand", required = false) String victimAgeBand,
			@RequestParam(name = "danger", required = false) String danger, @RequestParam("version") long version,
			RedirectAttributes redirect) {
		return act(id, redirect, "intake.triage.notice.classified",
				() -> triage.classify(id, offenceCodes == null ? List.of() : offenceCodes.stream().filter(c -> !c.isBlank()).toList(),
						blankToNull(provinceCode), blankToNull(platformCode), blankToNull(victimAgeBand),
						parse(ReportSubmission.Danger.class, danger, "danger"), version));
	}

	@PostMapping("/reports/{id}/reply")
	@PreAuthorize(ACCESS)
	String reply(@PathVariable("id") UUID id, @RequestParam(name = "message", required = false) String message,
			RedirectAttributes redirect) {
		return act(id, redirect, "intake.triage.notice.replied", () -> triage.reply(id, message));
	}

	@PostMapping("/reports/{id}/screen-out")
	@PreAuthorize(ACCESS)
	String screenOut(@PathVariable("id") UUID id, @RequestParam(name = "reason", required = false) String reason,
			@RequestParam("version") long version, RedirectAttributes redirect) {
		return act(id, redirect, "intake.triage.notice.screenedOut",
				() -> triage.screenOut(id, parse(ScreenOutReason.class, reason, "reason"), version));
	}

	@PostMapping("/reports/{id}/screen-in")
	@PreAuthorize(ACCESS)
	String screenIn(@PathVariable("id") UUID id, @RequestParam(name = "target", required = false) String target,
			@RequestParam(name = "ownerAgencyId", required = false) UUID ownerAgencyId,
			@RequestParam(name = "caseReference", required = false) String caseReference,
			@RequestParam("version") long version, RedirectAttributes redirect) {
		boolean existing = "existing".equals(target);
		return act(id, redirect, "intake.triage.notice.screenedIn", () -> triage.screenIn(id,
				existing ? null : ownerAgencyId, existing ? blankOr(caseReference) : null, version));
	}

	@PostMapping("/reports/{id}/merge")
	@PreAuthorize(ACCESS)
	String merge(@PathVariable("id") UUID id, @RequestParam(name = "into", required = false) String into,
			@RequestParam("version") long version, RedirectAttributes redirect) {
		return act(id, redirect, "intake.triage.notice.merged", () -> triage.merge(id, into, version));
	}

	/** A screenshot blurred beyond recognition: what triage sees until someone chooses to look. */
	@GetMapping("/reports/{id}/screenshots/{fileId}/blurred")
	@PreAuthorize(ACCESS)
	ResponseEntity<byte[]> blurred(@PathVariable("id") UUID id, @PathVariable("fileId") UUID fileId) throws IOException {
		requireScreenshot(id, fileId);
		try (InputStream in = files.open(fileId)) {
			return png(ImageInspection.blurredPreview(in, 480));
		}
	}

	/** Reveals one screenshot: recorded in the audit trail before the page shows it. */
	@PostMapping("/reports/{id}/screenshots/{fileId}/reveal")
	@PreAuthorize(ACCESS)
	String reveal(@PathVariable("id") UUID id, @PathVariable("fileId") UUID fileId) {
		requireScreenshot(id, fileId);
		triage.recordScreenshotAccess(id, fileId, true);
		return "redirect:/triage/reports/" + id + "?revealed=" + fileId + "#screenshot-" + fileId;
	}

	/** The screenshot itself, re-encoded (no metadata); every fetch audited. */
	@GetMapping("/reports/{id}/screenshots/{fileId}")
	@PreAuthorize(ACCESS)
	ResponseEntity<byte[]> screenshot(@PathVariable("id") UUID id, @PathVariable("fileId") UUID fileId) throws IOException {
		requireScreenshot(id, fileId);
		triage.recordScreenshotAccess(id, fileId, false);
		try (InputStream in = files.open(fileId)) {
			return png(ImageInspection.reencoded(in));
		}
	}

	private void requireScreenshot(UUID id, UUID fileId) {
		if (!triage.isScreenshotOf(id, fileId)) {
			throw new Triage.ReportNotFoundException();
		}
	}

	private static ResponseEntity<byte[]> png(byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("Content-Disposition", "inline")
			.body(bytes);
	}

	private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			redirect.addFlashAttribute("problemField", ex.field());
		}
		return "redirect:/triage/reports/" + id;
	}

	/** A report as the queue and the report page show it, in the reader's language. */
	record ReportRow(UUID id, String reference, ReportPriority priority, ReportStatus status, ReportChannel channel,
			java.time.Instant receivedAt, List<String> offenceLabels, String province, String ageBand, String platform,
			String partner, int knownMatches) {
	}

	record DuplicateRow(ReportRow report, List<String> sharedKinds) {
	}

	/**
	 * A file the partner uploaded, as the report page lists it under the declared files: which declared file
	 * (numbered from 1, with its declared name), its kind, its size as a message key and amount, its
	 * SHA-256 and when it arrived. Never its content, nor a preview.
	 */
	record PartnerFileRow(int number, String declaredName, FileKind kind, String sizeKey, String sizeAmount,
			String sha256, java.time.Instant receivedAt) {

		/** The first 16 hex digits: enough to tell files apart and to find the whole hash with. */
		public String shortSha256() {
			return sha256.substring(0, 16) + "…";
		}

	}

	static PartnerFileRow partnerFileRow(PartnerFiles.ReceivedFile file, ReportSubmission details) {
		int index = file.declaredIndex();
		String name = index < details.files().size() && details.files().get(index) != null
				? details.files().get(index).name() : "";
		long size = file.size();
		String key;
		String amount;
		if (size < 1024) {
			key = "intake.size.bytes";
			amount = Long.toString(size);
		}
		else if (size < 1024 * 1024) {
			key = "intake.size.kilobytes";
			amount = String.format(Locale.ROOT, "%.1f", size / 1024.0);
		}
		else {
			key = "intake.size.megabytes";
			amount = String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0));
		}
		return new PartnerFileRow(index + 1, name, file.kind(), key, amount, file.sha256(), file.receivedAt());
	}

	private ReportRow row(StoredReport r, Locale locale) {
		return row(r, locale, new java.util.HashMap<>());
	}

	private ReportRow row(StoredReport r, Locale locale, Map<UUID, String> partners) {
		List<String> offenceLabels = new ArrayList<>();
		for (String code : r.offenceCodes()) {
			offenceLabels.add(references.label(ReferenceList.OFFENCE, code, locale));
		}
		return new ReportRow(r.id(), r.reference(), r.priority(), r.status(), r.channel(), r.receivedAt(), offenceLabels,
				r.provinceCode() == null ? null : references.provinceName(r.provinceCode(), locale),
				r.victimAgeBand() == null ? null : references.label(ReferenceList.AGE_BAND, r.victimAgeBand(), locale),
				r.platformCode() == null ? null : references.label(ReferenceList.PLATFORM, r.platformCode(), locale),
				r.partnerAgencyId() == null ? null
						: partners.computeIfAbsent(r.partnerAgencyId(), id -> agencies.name(id, locale)),
				r.knownMatches());
	}

	private String code(String value, String field, ReferenceList list) {
		String code = blankToNull(value);
		if (code != null && references.entry(list, code).isEmpty()) {
			throw new IllegalArgumentException(field);
		}
		return code;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		if (value == null || value.isBlank() || "ALL".equals(value)) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter(e -> e.name().equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(field));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String blankOr(String value) {
		return value == null ? "" : value;
	}

}
