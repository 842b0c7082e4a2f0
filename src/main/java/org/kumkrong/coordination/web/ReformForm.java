package org.kumkrong.coordination.web;

/** A law-reform item as typed. */
public class ReformForm {

	private String titleEn;

	private String titleTh;

	private String stage;

	private String stageSince;

	private String enactedOn;

	private String inForceOn;

	private String notes;

	private String offenceCodes;

	public String getTitleEn() { return titleEn; }
	public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
	public String getTitleTh() { return titleTh; }
	public void setTitleTh(String titleTh) { this.titleTh = titleTh; }
	public String getStage() { return stage; }
	public void setStage(String stage) { this.stage = stage; }
	public String getStageSince() { return stageSince; }
	public void setStageSince(String stageSince) { this.stageSince = stageSince; }
	public String getEnactedOn() { return enactedOn; }
	public void setEnactedOn(String enactedOn) { this.enactedOn = enactedOn; }
	public String getInForceOn() { return inForceOn; }
	public void setInForceOn(String inForceOn) { this.inForceOn = inForceOn; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public String getOffenceCodes() { return offenceCodes; }
	public void setOffenceCodes(String offenceCodes) { this.offenceCodes = offenceCodes; }

}
