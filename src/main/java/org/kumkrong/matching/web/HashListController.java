package org.kumkrong.matching.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.kumkrong.matching.HashCategory;
import org.kumkrong.matching.internal.HashListFormat;
import org.kumkrong.matching.internal.HashLists;
import org.kumkrong.matching.internal.HashLists.ImportResult;
import org.kumkrong.matching.internal.HashLists.ListDetails;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.platform.StreamedUploads;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Hash lists for hotline analysts and administrators: every version of every list, an import form (CSV or
 * Project VIC JSON, streamed: a list of millions of hashes is never held in memory) that names every refused
 * line, and retiring a list.
 */
@Controller
@RequestMapping("/admin/hash-lists")
@PreAuthorize("hasAuthority('HASH_LIST_MANAGE')")
class HashListController {

	private final HashLists lists;

	private final MessageSource messages;

	HashListController(HashLists lists, MessageSource messages) {
		this.lists = lists;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("lists", lists.all());
		model.addAttribute("formats", HashListFormat.values());
		model.addAttribute("categories", HashCategory.values());
		return "matching/lists";
	}

	@PostMapping
	String importList(HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) throws IOException {
		ListDetails[] details = { null };
		try {
			ImportResult result = StreamedUploads.read(request, (fields, field, file) -> {
				details[0] = new ListDetails(fields.get("name"), fields.get("provider"), fields.get("description"),
						format(fields.get("format")));
				return lists.importList(details[0], file);
			});
			if (result == null) {
				throw new RuleViolationException("file", "matching.error.file");
			}
			if (result.imported()) {
				redirect.addFlashAttribute("notice", "matching.notice.imported");
				redirect.addFlashAttribute("noticeArgs", new Object[] { result.list().name(), result.list().version(),
						result.list().entries() });
				return "redirect:/admin/hash-lists";
			}
			model.addAttribute("problems", result.problems());
			model.addAttribute("problemCount", result.problemCount());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorField", ex.field());
			model.addAttribute("errorMessage", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		model.addAttribute("details", details[0]);
		return page(model);
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable UUID id, RedirectAttributes redirect) {
		lists.retire(id);
		redirect.addFlashAttribute("notice", "matching.notice.retired");
		return "redirect:/admin/hash-lists";
	}

	private static HashListFormat format(String value) {
		try {
			return value == null || value.isBlank() ? null : HashListFormat.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
