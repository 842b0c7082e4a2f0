package org.kumkrong.casework.web;

/** Form of the add-incident and edit-incident pages. */
public class IncidentForm {

	private String occurredOn;
	private String provinceCode;
	private String description;
	private String activity;
	private long version;
	private java.util.List<String> offenceCodes = new java.util.ArrayList<>();
	private java.util.List<String> platformCodes = new java.util.ArrayList<>();
	private java.util.List<String> childIds = new java.util.ArrayList<>();
	private java.util.List<String> suspectIds = new java.util.ArrayList<>();
	private java.util.List<String> flags = new java.util.ArrayList<>();

	public String getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(String occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getProvinceCode() {
		return provinceCode;
	}

	public void setProvinceCode(String provinceCode) {
		this.provinceCode = provinceCode;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getActivity() {
		return activity;
	}

	public void setActivity(String activity) {
		this.activity = activity;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public java.util.List<String> getOffenceCodes() {
		return offenceCodes;
	}

	public void setOffenceCodes(java.util.List<String> offenceCodes) {
		this.offenceCodes = offenceCodes;
	}

	public java.util.List<String> getPlatformCodes() {
		return platformCodes;
	}

	public void setPlatformCodes(java.util.List<String> platformCodes) {
		this.platformCodes = platformCodes;
	}

	public java.util.List<String> getChildIds() {
		return childIds;
	}

	public void setChildIds(java.util.List<String> childIds) {
		this.childIds = childIds;
	}

	public java.util.List<String> getSuspectIds() {
		return suspectIds;
	}

	public void setSuspectIds(java.util.List<String> suspectIds) {
		this.suspectIds = suspectIds;
	}

	public java.util.List<String> getFlags() {
		return flags;
	}

	public void setFlags(java.util.List<String> flags) {
		this.flags = flags;
	}

}
