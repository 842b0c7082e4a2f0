package org.kumkrong.coordination.web;

/** A priority action as typed; parsed by the controller, checked by the desk. */
public class ActionForm {

	private String title;

	private String description;

	private String objectiveCode;

	private String ownerAgencyId;

	private String leadName;

	private String dueOn;

	private String decisionId;

	private String version;

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getObjectiveCode() { return objectiveCode; }
	public void setObjectiveCode(String objectiveCode) { this.objectiveCode = objectiveCode; }
	public String getOwnerAgencyId() { return ownerAgencyId; }
	public void setOwnerAgencyId(String ownerAgencyId) { this.ownerAgencyId = ownerAgencyId; }
	public String getLeadName() { return leadName; }
	public void setLeadName(String leadName) { this.leadName = leadName; }
	public String getDueOn() { return dueOn; }
	public void setDueOn(String dueOn) { this.dueOn = dueOn; }
	public String getDecisionId() { return decisionId; }
	public void setDecisionId(String decisionId) { this.decisionId = decisionId; }
	public String getVersion() { return version; }
	public void setVersion(String version) { this.version = version; }

}
