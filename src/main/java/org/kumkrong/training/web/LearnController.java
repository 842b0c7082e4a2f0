package org.kumkrong.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kumkrong.platform.NotFoundException;
import org.kumkrong.training.internal.PublicLessons;
import org.kumkrong.training.internal.PublicLessons.Audience;
import org.kumkrong.training.internal.PublicLessons.Module;
import org.kumkrong.training.internal.Question;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public cyber-safety learning: no account, no JavaScript, nothing stored. The self-check is a plain GET
 * form marked in the same request (answers are option numbers, so nothing personal is in the address), and
 * every module ends with the way to report and to get help.
 */
@Controller
@RequestMapping("/learn")
class LearnController {

	private final PublicLessons lessons;

	LearnController(PublicLessons lessons) {
		this.lessons = lessons;
	}

	@GetMapping
	@PreAuthorize("permitAll()")
	String index(Model model) {
		model.addAttribute("children1012", lessons.forAudience(Audience.CHILDREN_10_12));
		model.addAttribute("children1317", lessons.forAudience(Audience.CHILDREN_13_17));
		model.addAttribute("adults", lessons.forAudience(Audience.PARENTS_TEACHERS));
		return "training/learn-index";
	}

	private Module module(String slug) {
		return lessons.find(slug).orElseThrow(() -> new NotFoundException("training.module"));
	}

	@GetMapping("/{slug}")
	@PreAuthorize("permitAll()")
	String module(@PathVariable String slug, Model model) {
		model.addAttribute("module", module(slug));
		return "training/learn-module";
	}

	/** One self-check question as marked: what was chosen, and whether that was right. */
	record Marked(int number, Question question, Set<Integer> chosen, boolean answered, boolean right) {
	}

	@GetMapping("/{slug}/check")
	@PreAuthorize("permitAll()")
	String check(@PathVariable String slug, @RequestParam MultiValueMap<String, String> answers, Model model) {
		Module module = module(slug);
		List<Marked> marked = mark(module.questions(), answers);
		int right = (int) marked.stream().filter(Marked::right).count();
		model.addAttribute("module", module);
		model.addAttribute("marked", marked);
		model.addAttribute("right", right);
		return "training/learn-check";
	}

	/** Marks answers given as option numbers ({@code q1=2&q2=1&q2=3}), nothing kept. */
	static List<Marked> mark(List<Question> questions, MultiValueMap<String, String> answers) {
		List<Marked> marked = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			Set<Integer> chosen = answers.getOrDefault("q" + (i + 1), List.of())
				.stream()
				.map(LearnController::number)
				.filter(n -> n > 0 && n <= question.options().size())
				.collect(Collectors.toSet());
			Set<UUID> chosenIds = chosen.stream().map(n -> question.options().get(n - 1).id()).collect(Collectors.toSet());
			marked.add(new Marked(i + 1, question, chosen, !chosen.isEmpty(), question.answeredRight(chosenIds)));
		}
		return marked;
	}

	private static int number(String text) {
		try {
			return text == null || text.length() > 3 ? 0 : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
