package org.kumkrong.referral.web;

import java.util.ArrayList;
import java.util.List;

/** The referral form as typed: every value a string, parsed by the controller, checked by the desk. */
public class ReferralForm {

	private String caseId;

	private String purpose;

	private String toAgencyId;

	private String toServicePointId;

	private List<String> childIds = new ArrayList<>();

	private String message;

	private String consentBasis;

	private String consentGivenBy;

	private String consentGivenOn;

	private String childViewsHeard;

	private String childViewsSummary;

	private String overrideReason;

	public String getCaseId() { return caseId; }
	public void setCaseId(String caseId) { this.caseId = caseId; }
	public String getPurpose() { return purpose; }
	public void setPurpose(String purpose) { this.purpose = purpose; }
	public String getToAgencyId() { return toAgencyId; }
	public void setToAgencyId(String toAgencyId) { this.toAgencyId = toAgencyId; }
	public String getToServicePointId() { return toServicePointId; }
	public void setToServicePointId(String toServicePointId) { this.toServicePointId = toServicePointId; }
	public List<String> getChildIds() { return childIds; }
	public void setChildIds(List<String> childIds) { this.childIds = childIds == null ? new ArrayList<>() : childIds; }
	public String getMessage() { return message; }
	public void setMessage(String message) { this.message = message; }
	public String getConsentBasis() { return consentBasis; }
	public void setConsentBasis(String consentBasis) { this.consentBasis = consentBasis; }
	public String getConsentGivenBy() { return consentGivenBy; }
	public void setConsentGivenBy(String consentGivenBy) { this.consentGivenBy = consentGivenBy; }
	public String getConsentGivenOn() { return consentGivenOn; }
	public void setConsentGivenOn(String consentGivenOn) { this.consentGivenOn = consentGivenOn; }
	public String getChildViewsHeard() { return childViewsHeard; }
	public void setChildViewsHeard(String childViewsHeard) { this.childViewsHeard = childViewsHeard; }
	public String getChildViewsSummary() { return childViewsSummary; }
	public void setChildViewsSummary(String childViewsSummary) { this.childViewsSummary = childViewsSummary; }
	public String getOverrideReason() { return overrideReason; }
	public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }

}
