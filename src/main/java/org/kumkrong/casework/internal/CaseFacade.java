package org.kumkrong.casework.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kumkrong.casework.CaseSummary;
import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.Cases;
import org.kumkrong.casework.ChildSummary;
import org.kumkrong.casework.TeamAccess;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Cases} over the case repository, with casework's access rule. */
@Service
class CaseFacade implements Cases {

	private final CaseRepository cases;

	private final CaseAccess access;

	private final Casework casework;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	CaseFacade(CaseRepository cases, CaseAccess access, Casework casework, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.cases = cases;
		this.access = access;
		this.casework = casework;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> joinedBy(UUID reportId) {
		return jdbc.sql("select case_id from casework_case_report where report_id = ? order by linked_at").param(reportId)
			.query(UUID.class).list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseSummary> visible(UUID caseId) {
		return caseId == null ? Optional.empty() : cases.findById(caseId).filter(access::mayView).map(CaseFile::summaryView);
	}

	@Override
	@Transactional(readOnly = true)
	public CaseSummary requireVisible(UUID caseId) {
		return visible(caseId).orElseThrow(org.kumkrong.casework.CaseNotFoundException::new);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseSummary> find(UUID caseId) {
		return caseId == null ? Optional.empty() : cases.findById(caseId).map(CaseFile::summaryView);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseSummary> ownedBy(UUID agencyId, int limit) {
		return cases.ownedBy(agencyId, org.springframework.data.domain.PageRequest.of(0, Math.max(1, limit))).stream()
			.map(CaseFile::summaryView).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ChildSummary> children(UUID caseId) {
		return cases.findById(caseId).map(kase -> kase.currentChildren().stream().map(Child::summaryView).toList())
			.orElse(List.of());
	}

	@Override
	public void admit(UUID caseId, UUID agencyId, TeamAccess access) {
		casework.admit(caseId, agencyId, access);
	}

	@Override
	public boolean raisePriority(UUID caseId, CasePriority priority, String messageKey, List<String> arguments) {
		return casework.raisePriority(caseId, priority, messageKey, arguments);
	}

	@Override
	public void addToTimeline(UUID caseId, String messageKey, List<String> arguments) {
		casework.addToTimeline(caseId, messageKey, arguments);
	}
}
