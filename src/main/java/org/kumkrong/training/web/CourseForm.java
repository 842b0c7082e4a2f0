package org.kumkrong.training.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.kumkrong.training.internal.CourseVersion;
import org.kumkrong.training.internal.Texts;

/** The settings of a course version as the authoring form edits them. */
public class CourseForm {

	private String titleEn = "";

	private String titleTh = "";

	private String descriptionEn = "";

	private String descriptionTh = "";

	private List<String> roles = new ArrayList<>();

	private String passMarkPercent = "80";

	private String maxAttempts = "3";

	private String questionsPerAttempt = "0";

	static CourseForm of(CourseVersion v) {
		CourseForm form = new CourseForm();
		form.titleEn = v.title().en();
		form.titleTh = v.title().th();
		form.descriptionEn = v.description().en();
		form.descriptionTh = v.description().th();
		form.roles = new ArrayList<>(v.audienceRoles());
		form.passMarkPercent = String.valueOf(v.passMarkPercent());
		form.maxAttempts = String.valueOf(v.maxAttempts());
		form.questionsPerAttempt = String.valueOf(v.questionsPerAttempt());
		return form;
	}

	/** The settings, or -1 in a number field that is not a whole number (the service refuses it, naming the field). */
	CourseVersion settings(java.util.Set<String> knownRoles) {
		var audience = new LinkedHashSet<String>();
		if (roles != null) {
			roles.stream().filter(knownRoles::contains).forEach(audience::add);
		}
		return new CourseVersion(null, null, 0, CourseVersion.Status.DRAFT, new Texts(strip(titleEn), strip(titleTh)),
				new Texts(strip(descriptionEn), strip(descriptionTh)), audience, number(passMarkPercent),
				number(maxAttempts), number(questionsPerAttempt), null);
	}

	static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	static int number(String text) {
		try {
			return text == null || text.length() > 6 ? -1 : Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	public String getTitleEn() { return titleEn; }
	public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
	public String getTitleTh() { return titleTh; }
	public void setTitleTh(String titleTh) { this.titleTh = titleTh; }
	public String getDescriptionEn() { return descriptionEn; }
	public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
	public String getDescriptionTh() { return descriptionTh; }
	public void setDescriptionTh(String descriptionTh) { this.descriptionTh = descriptionTh; }
	public List<String> getRoles() { return roles; }
	public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
	public String getPassMarkPercent() { return passMarkPercent; }
	public void setPassMarkPercent(String passMarkPercent) { this.passMarkPercent = passMarkPercent; }
	public String getMaxAttempts() { return maxAttempts; }
	public void setMaxAttempts(String maxAttempts) { this.maxAttempts = maxAttempts; }
	public String getQuestionsPerAttempt() { return questionsPerAttempt; }
	public void setQuestionsPerAttempt(String questionsPerAttempt) { this.questionsPerAttempt = questionsPerAttempt; }

}
