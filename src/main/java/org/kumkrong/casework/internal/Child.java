package org.kumkrong.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.kumkrong.casework.ChildSummary;

/**
 * A child in a case, known by a pseudonymous code. The identifying fields live only in {@code identity}:
 * a ciphertext (AES-256-GCM through platform's field encryption, bound to this child's id) that casework
 * opens only for a permitted role after a step-up.
 */
@Entity
@Audited
@Table(name = "casework_child")
public class Child {

	@Id
	private UUID id;

	@ManyToOne
	@JoinColumn(name = "case_id")
	private CaseFile caseFile;

	private String code;

	private String ageBand;

	private String sex;

	private String provinceCode;

	private String needs;

	private String risks;

	private String identity;

	private UUID mergedInto;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Child() {
	}

	Child(UUID id, CaseFile caseFile, String code, Instant now) {
		this.id = id;
		this.caseFile = caseFile;
		this.code = code;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public UUID id() { return id; }
	public CaseFile caseFile() { return caseFile; }
	public String code() { return code; }
	public String ageBand() { return ageBand; }
	public String sex() { return sex; }
	public String provinceCode() { return provinceCode; }
	public String needs() { return needs; }
	public String risks() { return risks; }
	public String identity() { return identity; }
	public UUID mergedInto() { return mergedInto; }
	public Instant createdAt() { return createdAt; }
	public long version() { return version; }

	public boolean hasIdentity() {
		return identity != null;
	}

	void describe(String ageBand, String sex, String provinceCode, String needs, String risks, Instant now) {
		this.ageBand = ageBand;
		this.sex = sex;
		this.provinceCode = provinceCode;
		this.needs = needs;
		this.risks = risks;
		this.updatedAt = now;
	}

	void sealIdentity(String ciphertext, Instant now) {
		this.identity = ciphertext;
		this.updatedAt = now;
	}

	void mergeInto(UUID target, Instant now) {
		this.mergedInto = target;
		this.updatedAt = now;
	}

	void moveTo(CaseFile target, Instant now) {
		this.caseFile = target;
		this.updatedAt = now;
	}

	public ChildSummary summaryView() {
		return new ChildSummary(id, code, ageBand, sex, provinceCode);
	}
}
