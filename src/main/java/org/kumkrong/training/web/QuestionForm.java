package org.kumkrong.training.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.kumkrong.training.internal.Question;
import org.kumkrong.training.internal.Texts;

/** A question as the authoring form edits it: up to {@value #OPTIONS} options, each marked right or not. */
public class QuestionForm {

	static final int OPTIONS = 6;

	private String kind = "SINGLE";

	private String textEn = "";

	private String textTh = "";

	private String explainEn = "";

	private String explainTh = "";

	private List<String> optionEn = blank();

	private List<String> optionTh = blank();

	private List<String> correct = new ArrayList<>();

	private static List<String> blank() {
		return new ArrayList<>(Arrays.asList(new String[OPTIONS])).stream().map(s -> "").collect(java.util.stream.Collectors.toCollection(ArrayList::new));
	}

	static QuestionForm of(Question question) {
		QuestionForm form = new QuestionForm();
		form.kind = question.kind().name();
		form.textEn = question.text().en();
		form.textTh = question.text().th();
		form.explainEn = question.explanation().en();
		form.explainTh = question.explanation().th();
		for (int i = 0; i < question.options().size() && i < OPTIONS; i++) {
			Question.Option option = question.options().get(i);
			form.optionEn.set(i, option.text().en());
			form.optionTh.set(i, option.text().th());
			if (option.correct()) {
				form.correct.add(String.valueOf(i + 1));
			}
		}
		return form;
	}

	Question question() {
		List<Question.Option> options = new ArrayList<>();
		for (int i = 0; i < OPTIONS; i++) {
			String en = at(optionEn, i);
			String th = at(optionTh, i);
			if (!en.isEmpty() || !th.isEmpty()) {
				options.add(new Question.Option(UUID.randomUUID(), options.size() + 1, new Texts(en, th),
						correct != null && correct.contains(String.valueOf(i + 1))));
			}
		}
		Question.Kind k = "MULTIPLE".equals(kind) ? Question.Kind.MULTIPLE : Question.Kind.SINGLE;
		return new Question(null, 0, k, new Texts(CourseForm.strip(textEn), CourseForm.strip(textTh)),
				new Texts(CourseForm.strip(explainEn), CourseForm.strip(explainTh)), options);
	}

	private static String at(List<String> list, int i) {
		return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i).strip();
	}

	private static List<String> sized(List<String> list) {
		List<String> sized = blank();
		if (list != null) {
			for (int i = 0; i < list.size() && i < OPTIONS; i++) {
				sized.set(i, list.get(i) == null ? "" : list.get(i));
			}
		}
		return sized;
	}

	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getTextEn() { return textEn; }
	public void setTextEn(String textEn) { this.textEn = textEn; }
	public String getTextTh() { return textTh; }
	public void setTextTh(String textTh) { this.textTh = textTh; }
	public String getExplainEn() { return explainEn; }
	public void setExplainEn(String explainEn) { this.explainEn = explainEn; }
	public String getExplainTh() { return explainTh; }
	public void setExplainTh(String explainTh) { this.explainTh = explainTh; }
	public List<String> getOptionEn() { return optionEn; }
	public void setOptionEn(List<String> optionEn) { this.optionEn = sized(optionEn); }
	public List<String> getOptionTh() { return optionTh; }
	public void setOptionTh(List<String> optionTh) { this.optionTh = sized(optionTh); }
	public List<String> getCorrect() { return correct; }
	public void setCorrect(List<String> correct) { this.correct = correct == null ? new ArrayList<>() : correct; }

}
