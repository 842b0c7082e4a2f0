package org.kumkrong.directory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyNotFoundException;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the directory of agencies: registers, edits, disables and re-enables them, each change audited in
 * the same transaction. The rules for a valid agency live here only ({@link #check}), so the admin pages and
 * callers such as the demo-data seeder apply the same ones.
 */
@Service
public class AgencyRegister implements Agencies {

	static final int MAX_NAME = 200;

	private static final String RECORD_TYPE = "directory_agency";

	private final AgencyRepository repository;

	private final ReferenceData references;

	private final AuditTrail audit;

	private final Clock clock;

	AgencyRegister(AgencyRepository repository, ReferenceData references, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.references = references;
		this.audit = audit;
		this.clock = clock;
	}

	// Questions

	@Override
	@Transactional(readOnly = true)
	public Optional<AgencyView> find(UUID id) {
		return id == null ? Optional.empty() : repository.findById(id).map(Agency::view);
	}

	@Override
	@Transactional(readOnly = true)
	public AgencyView require(UUID id) {
		return find(id).orElseThrow(AgencyNotFoundException::new);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyView> all() {
		return repository.findAll().stream()
			.map(Agency::view)
			.sorted(Comparator.comparing(AgencyView::nameEn, String.CASE_INSENSITIVE_ORDER).thenComparing(AgencyView::id))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyView> active() {
		return all().stream().filter(AgencyView::active).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyView> byType(String typeCode) {
		return active().stream().filter(agency -> agency.typeCode().equals(typeCode)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public String name(UUID id, Locale locale) {
		return find(id).map(agency -> agency.name(locale)).orElse(null);
	}

	/**
	 * Problems with a draft, empty when it may be saved.
	 *
	 * @param existingId the agency being edited, or {@code null} for a new one
	 */
	@Transactional(readOnly = true)
	public List<AgencyProblem> check(AgencyDraft draft, UUID existingId) {
		var problems = new ArrayList<AgencyProblem>();
		checkName(problems, "nameTh", draft.nameTh());
		checkName(problems, "nameEn", draft.nameEn());
		Agency existing = existingId == null ? null : repository.findById(existingId).orElse(null);
		// A code that is no longer in use may stay on the agency that already has it, but not be newly chosen.
		boolean keepsType = existing != null && Objects.equals(existing.typeCode(), draft.typeCode())
				&& references.entry(ReferenceList.AGENCY_TYPE, draft.typeCode()).isPresent();
		if (isBlank(draft.typeCode())) {
			problems.add(new AgencyProblem("typeCode", "directory.error.typeRequired"));
		}
		else if (!keepsType && !references.isActive(ReferenceList.AGENCY_TYPE, draft.typeCode())) {
			problems.add(new AgencyProblem("typeCode", "directory.error.typeUnknown"));
		}
		boolean keepsProvince = existing != null && Objects.equals(existing.provinceCode(), draft.provinceCode())
				&& references.province(draft.provinceCode()).isPresent();
		if (isBlank(draft.provinceCode())) {
			problems.add(new AgencyProblem("provinceCode", "directory.error.provinceRequired"));
		}
		else if (!keepsProvince && !references.isActiveProvince(draft.provinceCode())) {
			problems.add(new AgencyProblem("provinceCode", "directory.error.provinceUnknown"));
		}
		if (draft.parentId() != null) {
			if (!repository.existsById(draft.parentId())) {
				problems.add(new AgencyProblem("parentId", "directory.error.parentUnknown"));
			}
			else if (existingId != null && createsCycle(existingId, draft.parentId())) {
				problems.add(new AgencyProblem("parentId", "directory.error.parentCycle"));
			}
		}
		return problems;
	}

	// Commands

	@Override
	@Transactional
	public UUID create(String nameEn, String nameTh, String typeCode, String provinceCode, UUID parentId) {
		var draft = new AgencyDraft(nameEn, nameTh, typeCode, provinceCode, parentId);
		reject(check(draft, null));
		var agency = new Agency(UUID.randomUUID(), draft, clock.instant());
		repository.save(agency);
		audit.record("directory.agency.created", RECORD_TYPE, agency.id(), AuditOutcome.SUCCESS);
		return agency.id();
	}

	/**
	 * Saves new facts of an agency.
	 *
	 * @param expectedVersion the version the editor started from; a different one means someone else saved
	 * in between, and the edit is refused rather than silently overwriting theirs
	 */
	@Transactional
	public void update(UUID id, AgencyDraft draft, long expectedVersion) {
		Agency agency = repository.findById(id).orElseThrow(AgencyNotFoundException::new);
		if (agency.version() != expectedVersion) {
			throw new RuleViolationException(null, "directory.error.stale");
		}
		reject(check(draft, id));
		agency.apply(draft, clock.instant());
		repository.saveAndFlush(agency);
		audit.record("directory.agency.updated", RECORD_TYPE, id, AuditOutcome.SUCCESS);
	}

	@Transactional
	public void setActive(UUID id, boolean active) {
		Agency agency = repository.findById(id).orElseThrow(AgencyNotFoundException::new);
		if (agency.active() == active) {
			return;
		}
		agency.setActive(active, clock.instant());
		repository.saveAndFlush(agency);
		audit.record(active ? "directory.agency.enabled" : "directory.agency.disabled", RECORD_TYPE, id,
				AuditOutcome.SUCCESS);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyView> intakeDesks() {
		return active().stream().filter(AgencyView::intakeDesk).toList();
	}

	@Override
	@Transactional
	public void setIntakeDesk(UUID id, boolean intakeDesk) {
		Agency agency = repository.findById(id).orElseThrow(AgencyNotFoundException::new);
		if (agency.intakeDesk() == intakeDesk) {
			return;
		}
		agency.setIntakeDesk(intakeDesk, clock.instant());
		repository.saveAndFlush(agency);
		audit.record("directory.agency.intakeDeskChanged", RECORD_TYPE, id, AuditOutcome.SUCCESS);
	}

	/** The version an edit form starts from. */
	@Transactional(readOnly = true)
	public long version(UUID id) {
		return repository.findById(id).map(Agency::version).orElseThrow(AgencyNotFoundException::new);
	}

	private boolean createsCycle(UUID agencyId, UUID proposedParentId) {
		Map<UUID, UUID> parents = new HashMap<>();
		repository.findAll().forEach(agency -> parents.put(agency.id(), agency.parentId()));
		Set<UUID> seen = new HashSet<>();
		UUID current = proposedParentId;
		while (current != null && seen.add(current)) {
			if (current.equals(agencyId)) {
				return true;
			}
			current = parents.get(current);
		}
		return false;
	}

	private static void checkName(List<AgencyProblem> problems, String field, String value) {
		if (isBlank(value)) {
			problems.add(new AgencyProblem(field, "directory.error.nameRequired"));
		}
		else if (value.strip().length() > MAX_NAME) {
			problems.add(new AgencyProblem(field, "directory.error.nameTooLong"));
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static void reject(List<AgencyProblem> problems) {
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems.get(0).field(), problems.get(0).messageKey());
		}
	}

}
