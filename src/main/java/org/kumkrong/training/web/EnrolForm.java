package org.kumkrong.training.web;

/** Whom a trainer or coordinator enrols: one person (by username), or everyone of a role in an agency or a province. */
public class EnrolForm {

	private String courseId = "";

	private String scope = "PERSON";

	private String username = "";

	private String agencyId = "";

	private String provinceCode = "";

	private String role = "";

	public String getCourseId() { return courseId; }
	public void setCourseId(String courseId) { this.courseId = courseId; }
	public String getScope() { return scope; }
	public void setScope(String scope) { this.scope = scope; }
	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getAgencyId() { return agencyId; }
	public void setAgencyId(String agencyId) { this.agencyId = agencyId; }
	public String getProvinceCode() { return provinceCode; }
	public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
	public String getRole() { return role; }
	public void setRole(String role) { this.role = role; }

}
