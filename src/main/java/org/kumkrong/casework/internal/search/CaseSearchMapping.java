package org.kumkrong.casework.internal.search;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.kumkrong.casework.internal.CaseFile;
import org.kumkrong.casework.internal.Child;
import org.kumkrong.casework.internal.Incident;
import org.kumkrong.casework.internal.RecordedOffence;
import org.kumkrong.casework.internal.Suspect;
import org.kumkrong.casework.internal.SuspectIdentifier;
import org.kumkrong.casework.internal.TeamMember;

/**
 * What the case index holds: one document per case, with its codes (for exact filters), its team's agency
 * ids (for the access filter inside every query), dates (for ranges and the order by last change), the
 * columns of the result list (projections, so a page of results needs no database read), and the text of
 * title, summary, suspect labels, incident descriptions and team-visible notes. Declared here rather than
 * as annotations on the entities, so the search stays in one place. Hibernate Search follows the
 * bidirectional associations ({@code mappedBy}) to reindex a case when a child, suspect, identifier,
 * incident or note of it changes.
 */
public class CaseSearchMapping implements HibernateOrmSearchMappingConfigurer {

	public static final String INDEX = "casework_case";

	/** Every free-text field a query searches. */
	static final String[] TEXT_FIELDS = { "title", "summary", "suspects.label", "incidents.description", TeamNotesBinder.FIELD };

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

		TypeMappingStep kase = mapping.type(CaseFile.class);
		kase.indexed().index(INDEX);
		kase.property("reference").keywordField().normalizer(CaseAnalysis.CODE).projectable(Projectable.YES).sortable(Sortable.YES);
		kase.property("title").fullTextField().analyzer(CaseAnalysis.TEXT).projectable(Projectable.YES);
		kase.property("summary").fullTextField().analyzer(CaseAnalysis.TEXT);
		kase.property("status").keywordField().projectable(Projectable.YES);
		kase.property("priority").keywordField().projectable(Projectable.YES);
		kase.property("provinceCode").keywordField().projectable(Projectable.YES);
		kase.property("ownerAgencyId").keywordField().projectable(Projectable.YES);
		kase.property("openedAt").genericField().projectable(Projectable.YES);
		kase.property("updatedAt").genericField().sortable(Sortable.YES);
		kase.property("team").indexedEmbedded().includePaths("agencyId");
		// The references of the reports that joined the case: triage links to /cases?reference=RP-….
		kase.property("reports").indexedEmbedded().includePaths("reportReference");
		kase.property("children").indexedEmbedded().includePaths("code");
		kase.property("suspects").indexedEmbedded().includePaths("label", "identifiers.normalized");
		kase.property("incidents").indexedEmbedded()
			.includePaths("description", "offences.offenceCode", "platformCodes");
		// Only notes the whole team may read: an agency-only or restricted note must never make a case
		// findable, by its words, to someone who may not read it.
		kase.property("notes").binder(new TeamNotesBinder());

		mapping.type(TeamMember.class).property("agencyId").keywordField();
		mapping.type(org.kumkrong.casework.internal.LinkedReport.class).property("reportReference").keywordField()
			.normalizer(CaseAnalysis.CODE);
		mapping.type(Child.class).property("code").keywordField().normalizer(CaseAnalysis.CODE);
		TypeMappingStep suspect = mapping.type(Suspect.class);
		suspect.property("label").fullTextField().analyzer(CaseAnalysis.TEXT);
		suspect.property("identifiers").indexedEmbedded();
		mapping.type(SuspectIdentifier.class).property("normalized").keywordField();
		TypeMappingStep incident = mapping.type(Incident.class);
		incident.property("description").fullTextField().analyzer(CaseAnalysis.TEXT);
		incident.property("offences").indexedEmbedded();
		incident.property("platformCodes").keywordField();
		mapping.type(RecordedOffence.class).property("offenceCode").keywordField();
	}

}
