package org.kumkrong.coordination.web;

import java.util.ArrayList;
import java.util.List;

/** A meeting as typed. */
public class MeetingForm {

	private String title;

	private String heldOn;

	private String place;

	private String agenda;

	private String minutes;

	private List<String> agencyIds = new ArrayList<>();

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getHeldOn() { return heldOn; }
	public void setHeldOn(String heldOn) { this.heldOn = heldOn; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public String getAgenda() { return agenda; }
	public void setAgenda(String agenda) { this.agenda = agenda; }
	public String getMinutes() { return minutes; }
	public void setMinutes(String minutes) { this.minutes = minutes; }
	public List<String> getAgencyIds() { return agencyIds; }
	public void setAgencyIds(List<String> agencyIds) { this.agencyIds = agencyIds == null ? new ArrayList<>() : agencyIds; }

}
