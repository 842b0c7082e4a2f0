package org.kumkrong.casework.web;

/** Form of the add-suspect and edit-suspect pages, with a first identifier when adding. */
public class SuspectForm {

	private String label;
	private String estimatedAge;
	private String relation;
	private String arrestStatus;
	private String kind;
	private String platformCode;
	private String value;
	private String observedAt;
	private long version;
	private boolean known;

	public String getLabel() {
		return label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public String getEstimatedAge() {
		return estimatedAge;
	}

	public void setEstimatedAge(String estimatedAge) {
		this.estimatedAge = estimatedAge;
	}

	public String getRelation() {
		return relation;
	}

	public void setRelation(String relation) {
		this.relation = relation;
	}

	public String getArrestStatus() {
		return arrestStatus;
	}

	public void setArrestStatus(String arrestStatus) {
		this.arrestStatus = arrestStatus;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getPlatformCode() {
		return platformCode;
	}

	public void setPlatformCode(String platformCode) {
		this.platformCode = platformCode;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getObservedAt() {
		return observedAt;
	}

	public void setObservedAt(String observedAt) {
		this.observedAt = observedAt;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public boolean isKnown() {
		return known;
	}

	public void setKnown(boolean known) {
		this.known = known;
	}

}
