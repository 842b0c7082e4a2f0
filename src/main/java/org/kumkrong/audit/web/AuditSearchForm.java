package org.kumkrong.audit.web;

import java.time.LocalDate;

import org.kumkrong.audit.AuditOutcome;

import org.springframework.format.annotation.DateTimeFormat;

/** The audit page's search form: all filters optional, kept in the URL. */
public class AuditSearchForm {

	/** A user id or a username. */
	private String user;

	private String agency;

	private String recordType;

	private String recordId;

	private String action;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private AuditOutcome outcome;

	private int page;

	public String getUser() {
		return user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public String getAgency() {
		return agency;
	}

	public void setAgency(String agency) {
		this.agency = agency;
	}

	public String getRecordType() {
		return recordType;
	}

	public void setRecordType(String recordType) {
		this.recordType = recordType;
	}

	public String getRecordId() {
		return recordId;
	}

	public void setRecordId(String recordId) {
		this.recordId = recordId;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public AuditOutcome getOutcome() {
		return outcome;
	}

	public void setOutcome(AuditOutcome outcome) {
		this.outcome = outcome;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = Math.max(0, page);
	}

}
