package org.kumkrong.audit.web;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.kumkrong.audit.AuditChain;
import org.kumkrong.audit.AuditNames;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.audit.ChainVerification;
import org.kumkrong.audit.internal.AuditEntries;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit page: search the trail and, for auditors, check the chain. Looking is itself audited. */
@Controller
class AuditPageController {

	static final int PAGE_SIZE = 50;

	/** Dates typed into the search are days in Thailand. */
	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final AuditEntries entries;

	private final AuditChain chain;

	private final AuditTrail trail;

	private final ObjectProvider<AuditNames> names;

	AuditPageController(AuditEntries entries, AuditChain chain, AuditTrail trail, ObjectProvider<AuditNames> names) {
		this.entries = entries;
		this.chain = chain;
		this.trail = trail;
		this.names = names;
	}

	/** Error codes of this form are looked up under {@code audit.}, like every other text of the module. */
	@InitBinder("search")
	void codes(WebDataBinder binder) {
		var resolver = new DefaultMessageCodesResolver();
		resolver.setPrefix("audit.");
		binder.setMessageCodesResolver(resolver);
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	String search(@ModelAttribute("search") AuditSearchForm form, BindingResult binding, Model model) {
		return page(form, binding, model, null);
	}

	@GetMapping(path = "/audit", params = "verify")
	@PreAuthorize("hasAuthority('AUDIT_READ') and hasAuthority('AUDIT_VERIFY')")
	String verifyAndSearch(@ModelAttribute("search") AuditSearchForm form, BindingResult binding, Model model) {
		return page(form, binding, model, AuditVerificationController.verifyAndRecord(chain, trail));
	}

	private String page(AuditSearchForm form, BindingResult binding, Model model, ChainVerification verification) {
		model.addAttribute("verification", verification);
		model.addAttribute("outcomes", AuditOutcome.values());
		model.addAttribute("agencyChoices", names.orderedStream().map(AuditNames::agencyChoices)
			.filter(choices -> !choices.isEmpty()).findFirst().orElse(java.util.Map.of()));
		Optional<AuditEntries.Query> query = query(form, binding);
		List<Entry> rows = List.of();
		boolean hasNext = false;
		if (query.isPresent()) {
			var found = entries.search(query.get(), (long) form.getPage() * PAGE_SIZE, PAGE_SIZE + 1);
			hasNext = found.size() > PAGE_SIZE;
			rows = label(found.subList(0, Math.min(PAGE_SIZE, found.size())));
		}
		model.addAttribute("entries", rows);
		model.addAttribute("previousUrl", form.getPage() > 0 ? pageUrl(form, form.getPage() - 1) : null);
		model.addAttribute("nextUrl", hasNext ? pageUrl(form, form.getPage() + 1) : null);
		trail.record("audit.searched", "audit_entry", null, AuditOutcome.SUCCESS);
		return "audit/search";
	}

	private Optional<AuditEntries.Query> query(AuditSearchForm form, BindingResult binding) {
		UUID actor = null;
		String user = blankToNull(form.getUser());
		if (user != null) {
			actor = uuid(user).or(() -> names.orderedStream()
				.map(n -> n.userIdByUsername(user))
				.flatMap(Optional::stream)
				.findFirst()).orElse(null);
			if (actor == null) {
				binding.rejectValue("user", "search.error.unknownUser");
			}
		}
		UUID agency = null;
		String agencyText = blankToNull(form.getAgency());
		if (agencyText != null) {
			agency = uuid(agencyText).orElse(null);
			if (agency == null) {
				binding.rejectValue("agency", "search.error.agencyId");
			}
		}
		if (form.getFrom() != null && form.getTo() != null && form.getTo().isBefore(form.getFrom())) {
			binding.rejectValue("to", "search.error.period");
		}
		if (binding.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new AuditEntries.Query(actor, agency, blankToNull(form.getRecordType()),
				blankToNull(form.getRecordId()), blankToNull(form.getAction()),
				form.getFrom() == null ? null : form.getFrom().atStartOfDay(BANGKOK).toInstant(),
				form.getTo() == null ? null : form.getTo().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(BANGKOK).toInstant(),
				form.getOutcome()));
	}

	private List<Entry> label(List<AuditEntries.Row> rows) {
		Map<UUID, String> users = new HashMap<>();
		Map<UUID, String> agencies = new HashMap<>();
		return rows.stream()
			.map(row -> new Entry(row, name(users, row.actorId(), n -> n::userLabel),
					name(agencies, row.agencyId(), n -> n::agencyLabel)))
			.toList();
	}

	private String name(Map<UUID, String> cache, UUID id,
			Function<AuditNames, Function<UUID, Optional<String>>> lookup) {
		if (id == null) {
			return null;
		}
		return cache.computeIfAbsent(id, key -> names.orderedStream()
			.map(n -> lookup.apply(n).apply(key))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(key.toString()));
	}

	private static String pageUrl(AuditSearchForm form, int page) {
		var url = UriComponentsBuilder.fromPath("/audit");
		param(url, "user", form.getUser());
		param(url, "agency", form.getAgency());
		param(url, "recordType", form.getRecordType());
		param(url, "recordId", form.getRecordId());
		param(url, "action", form.getAction());
		param(url, "from", form.getFrom());
		param(url, "to", form.getTo());
		param(url, "outcome", form.getOutcome());
		url.queryParam("page", page);
		return url.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder url, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			url.queryParam(name, value.toString());
		}
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * A row as shown: the entry with readable names (or the bare id when no module can name it).
	 */
	record Entry(AuditEntries.Row row, String actor, String agency) {
	}

}
