package org.kumkrong.directory.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kumkrong.directory.AgencyView;

/**
 * An organisation in the directory. Never deleted: disabled instead, so its history and records stay.
 * Its Envers history table ({@code directory_agency_aud}) exists; {@code @Audited} is added together with
 * the audit module's revision entity ({@code audit_revision}), without which the schema cannot validate.
 */
@Entity
@org.hibernate.envers.Audited
@Table(name = "directory_agency")
public class Agency {

	@Id
	private UUID id;

	@Column(name = "name_en", nullable = false, length = 200)
	private String nameEn;

	@Column(name = "name_th", nullable = false, length = 200)
	private String nameTh;

	@Column(name = "agency_type", nullable = false, length = 64)
	private String typeCode;

	@Column(name = "province_code", nullable = false, length = 10)
	private String provinceCode;

	@Column(name = "parent_id")
	private UUID parentId;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "intake_desk", nullable = false)
	private boolean intakeDesk;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Agency() {
	}

	Agency(UUID id, AgencyDraft draft, Instant now) {
		this.id = id;
		this.active = true;
		this.createdAt = now;
		apply(draft, now);
	}

	void apply(AgencyDraft draft, Instant now) {
		this.nameEn = draft.nameEn().strip();
		this.nameTh = draft.nameTh().strip();
		this.typeCode = draft.typeCode();
		this.provinceCode = draft.provinceCode();
		this.parentId = draft.parentId();
		this.updatedAt = now;
	}

	void setActive(boolean active, Instant now) {
		this.active = active;
		this.updatedAt = now;
	}

	void setIntakeDesk(boolean intakeDesk, Instant now) {
		this.intakeDesk = intakeDesk;
		this.updatedAt = now;
	}

	boolean intakeDesk() {
		return intakeDesk;
	}

	AgencyView view() {
		return new AgencyView(id, nameEn, nameTh, typeCode, provinceCode, parentId, active, intakeDesk);
	}

	UUID id() {
		return id;
	}

	UUID parentId() {
		return parentId;
	}

	String typeCode() {
		return typeCode;
	}

	String provinceCode() {
		return provinceCode;
	}

	boolean active() {
		return active;
	}

	long version() {
		return version;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	@Override
	public String toString() {
		return "Agency[" + id + "]";
	}

}
