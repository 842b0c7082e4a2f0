package org.kumkrong.evidence.web;

import java.util.Locale;
import java.util.Map;

import org.kumkrong.casework.CaseSection;
import org.kumkrong.casework.CaseSummary;
import org.kumkrong.directory.Agencies;
import org.kumkrong.evidence.internal.EvidenceLocker;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Permission;

import org.springframework.stereotype.Component;

/**
 * The evidence part of the case page: the case's items by reference, kind, size, origin, integrity and
 * matches — no picture of any kind — and the "Add evidence" link for those who may add. Left out for users
 * without {@code EVIDENCE_VIEW}.
 */
@Component
class EvidenceCaseSection implements CaseSection {

	private final EvidenceLocker locker;

	private final Agencies agencies;

	EvidenceCaseSection(EvidenceLocker locker, Agencies agencies) {
		this.locker = locker;
		this.agencies = agencies;
	}

	@Override
	public String fragment() {
		return "evidence/case :: section";
	}

	@Override
	public Map<String, Object> model(CaseSummary kase, Actor actor, Locale locale) {
		if (!EvidenceLocker.holds(Permission.EVIDENCE_VIEW)) {
			return Map.of();
		}
		var rows = locker.ofCase(kase.id()).stream()
			.map(item -> EvidenceRow.of(item, kase.reference(), agencies, locale))
			.toList();
		return Map.of("caseId", kase.id(), "rows", rows, "mayAdd", EvidenceLocker.holds(Permission.EVIDENCE_ADD),
				"failed", rows.stream().filter(row -> !row.intact()).count(),
				"matched", rows.stream().filter(row -> row.matchCount() > 0).count());
	}

	@Override
	public int order() {
		return 550;
	}

	@Override
	public String anchor() {
		return "evidence";
	}

	@Override
	public String headingKey() {
		return "evidence.case.heading";
	}

}
