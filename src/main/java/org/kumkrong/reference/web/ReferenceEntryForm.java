package org.kumkrong.reference.web;

/** The editable texts of a reference entry or province (form-backing). */
public class ReferenceEntryForm {

	private String labelEn;

	private String labelTh;

	private String descriptionEn;

	private String descriptionTh;

	public String getLabelEn() {
		return labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = labelEn;
	}

	public String getLabelTh() {
		return labelTh;
	}

	public void setLabelTh(String labelTh) {
		this.labelTh = labelTh;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getDescriptionTh() {
		return descriptionTh;
	}

	public void setDescriptionTh(String descriptionTh) {
		this.descriptionTh = descriptionTh;
	}

}
