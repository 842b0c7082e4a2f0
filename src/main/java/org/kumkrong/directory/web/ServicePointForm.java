package org.kumkrong.directory.web;

import org.kumkrong.directory.internal.ServicePointInput;

/** The service point form as typed; checked by {@code ServicePointRegister}. */
public class ServicePointForm {

	private String id;

	private String agencyId;

	private String nameEn;

	private String nameTh;

	private String type;

	private String provinceCode;

	private String district;

	private String address;

	private String latitude;

	private String longitude;

	private String phones;

	private String hours;

	private String languages;

	private String minAge;

	private String maxAge;

	private String sex;

	private String coverage;

	private String verifiedOn;

	private String verifiedBy;

	private String active;

	public String getId() { return id; }
	public void setId(String id) { this.id = id; }
	public String getAgencyId() { return agencyId; }
	public void setAgencyId(String agencyId) { this.agencyId = agencyId; }
	public String getNameEn() { return nameEn; }
	public void setNameEn(String nameEn) { this.nameEn = nameEn; }
	public String getNameTh() { return nameTh; }
	public void setNameTh(String nameTh) { this.nameTh = nameTh; }
	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getProvinceCode() { return provinceCode; }
	public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
	public String getDistrict() { return district; }
	public void setDistrict(String district) { this.district = district; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getLatitude() { return latitude; }
	public void setLatitude(String latitude) { this.latitude = latitude; }
	public String getLongitude() { return longitude; }
	public void setLongitude(String longitude) { this.longitude = longitude; }
	public String getPhones() { return phones; }
	public void setPhones(String phones) { this.phones = phones; }
	public String getHours() { return hours; }
	public void setHours(String hours) { this.hours = hours; }
	public String getLanguages() { return languages; }
	public void setLanguages(String languages) { this.languages = languages; }
	public String getMinAge() { return minAge; }
	public void setMinAge(String minAge) { this.minAge = minAge; }
	public String getMaxAge() { return maxAge; }
	public void setMaxAge(String maxAge) { this.maxAge = maxAge; }
	public String getSex() { return sex; }
	public void setSex(String sex) { this.sex = sex; }
	public String getCoverage() { return coverage; }
	public void setCoverage(String coverage) { this.coverage = coverage; }
	public String getVerifiedOn() { return verifiedOn; }
	public void setVerifiedOn(String verifiedOn) { this.verifiedOn = verifiedOn; }
	public String getVerifiedBy() { return verifiedBy; }
	public void setVerifiedBy(String verifiedBy) { this.verifiedBy = verifiedBy; }
	public String getActive() { return active; }
	public void setActive(String active) { this.active = active; }

	ServicePointInput input() {
		return new ServicePointInput(id, agencyId, nameEn, nameTh, type, provinceCode, district, address, latitude, longitude, phones, hours, languages, minAge, maxAge, sex, coverage, verifiedOn, verifiedBy, active);
	}

	static ServicePointForm of(ServicePointInput input) {
		var form = new ServicePointForm();
		form.setId(input.id());
		form.setAgencyId(input.agencyId());
		form.setNameEn(input.nameEn());
		form.setNameTh(input.nameTh());
		form.setType(input.type());
		form.setProvinceCode(input.provinceCode());
		form.setDistrict(input.district());
		form.setAddress(input.address());
		form.setLatitude(input.latitude());
		form.setLongitude(input.longitude());
		form.setPhones(input.phones());
		form.setHours(input.hours());
		form.setLanguages(input.languages());
		form.setMinAge(input.minAge());
		form.setMaxAge(input.maxAge());
		form.setSex(input.sex());
		form.setCoverage(input.coverage());
		form.setVerifiedOn(input.verifiedOn());
		form.setVerifiedBy(input.verifiedBy());
		form.setActive(input.active());
		return form;
	}

}
