package org.kumkrong.training.web;

import org.kumkrong.training.internal.Lesson;

/** A lesson as the authoring form edits it. */
public class LessonForm {

	private String titleEn = "";

	private String titleTh = "";

	private String bodyEn = "";

	private String bodyTh = "";

	static LessonForm of(Lesson lesson) {
		LessonForm form = new LessonForm();
		form.titleEn = lesson.title().en();
		form.titleTh = lesson.title().th();
		form.bodyEn = lesson.body().en();
		form.bodyTh = lesson.body().th();
		return form;
	}

	public String getTitleEn() { return titleEn; }
	public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
	public String getTitleTh() { return titleTh; }
	public void setTitleTh(String titleTh) { this.titleTh = titleTh; }
	public String getBodyEn() { return bodyEn; }
	public void setBodyEn(String bodyEn) { this.bodyEn = bodyEn; }
	public String getBodyTh() { return bodyTh; }
	public void setBodyTh(String bodyTh) { this.bodyTh = bodyTh; }

}
