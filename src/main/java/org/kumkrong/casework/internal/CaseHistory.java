package org.kumkrong.casework.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.audit.Revisions;
import org.kumkrong.directory.Agencies;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readable history of a case, from Hibernate Envers: every revision of the case and of its team,
 * children, suspects and identifiers, incidents, notes, tasks and outcomes, each shown as what changed from
 * its previous version, with who and when. A child's identity is never shown here (only that it changed);
 * notes the viewer may not read are left out.
 */
@Service
public class CaseHistory {

	private static final Set<String> SKIPPED = Set.of("id", "version", "caseFile", "suspect", "caseId", "createdAt", "updatedAt",
			"normalized", "team", "children", "suspects", "incidents", "notes", "reports", "identifiers", "recordedAt");

	@PersistenceContext
	private EntityManager entities;

	private final Casework casework;

	private final CaseAccess access;

	private final Revisions revisions;

	private final StaffDirectory staff;

	private final Agencies agencies;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final org.kumkrong.reference.ReferenceData references;

	CaseHistory(Casework casework, CaseAccess access, Revisions revisions, StaffDirectory staff, Agencies agencies,
			MessageSource messages, AuditTrail audit, org.kumkrong.reference.ReferenceData references) {
		this.casework = casework;
		this.access = access;
		this.revisions = revisions;
		this.staff = staff;
		this.agencies = agencies;
		this.messages = messages;
		this.audit = audit;
		this.references = references;
	}

	/** One change to one record. */
	public record Change(String field, String before, String after) {
	}

	/** One record's new version in one revision. */
	public record Entry(long revision, Instant at, String actor, String agency, String record, String kind, List<Change> changes) {
	}

	@Transactional
	public List<Entry> history(UUID caseId, Locale locale) {
		CaseFile kase = casework.visible(caseId);
		audit.record("casework.case.historyViewed", "casework_case", kase.id(), AuditOutcome.SUCCESS);
		UUID viewerAgency = access.agencyId();
		boolean cleared = access.identityCleared();
		var reader = AuditReaderFactory.get(entities);
		List<Object[]> rows = new ArrayList<>();
		rows.addAll(query(reader.createQuery().forRevisionsOfEntity(CaseFile.class, false, true).add(AuditEntity.id().eq(caseId))));
		for (Class<?> type : List.of(TeamMember.class, Child.class, Suspect.class, Incident.class, Note.class)) {
			rows.addAll(query(reader.createQuery().forRevisionsOfEntity(type, false, true).add(AuditEntity.relatedId("caseFile").eq(caseId))));
		}
		for (Class<?> type : List.of(CaseTask.class, Outcome.class)) {
			rows.addAll(query(reader.createQuery().forRevisionsOfEntity(type, false, true).add(AuditEntity.property("caseId").eq(caseId))));
		}
		Set<UUID> suspectIds = new HashSet<>();
		rows.stream().filter(row -> row[0] instanceof Suspect).forEach(row -> suspectIds.add(((Suspect) row[0]).id()));
		if (!suspectIds.isEmpty()) {
			rows.addAll(query(reader.createQuery().forRevisionsOfEntity(SuspectIdentifier.class, false, true)
				.add(AuditEntity.relatedId("suspect").in(suspectIds.toArray()))));
		}
		var units = entities.getEntityManagerFactory().getPersistenceUnitUtil();
		rows.sort(Comparator.comparingLong((Object[] row) -> ((Number) units.getIdentifier(row[1])).longValue())
			.thenComparing(row -> row[0].getClass().getSimpleName()));
		Map<Long, Revisions.RevisionInfo> infos = revisions.find(rows.stream()
			.map(row -> ((Number) units.getIdentifier(row[1])).longValue()).collect(Collectors.toSet()));
		Set<UUID> people = new HashSet<>();
		infos.values().forEach(info -> { if (info.actorId() != null) people.add(info.actorId()); });
		Map<UUID, String> childCodes = new HashMap<>();
		rows.stream().filter(row -> row[0] instanceof Child).forEach(row -> childCodes.put(((Child) row[0]).id(), ((Child) row[0]).code()));
		Map<UUID, String> suspectLabels = new HashMap<>();
		rows.stream().filter(row -> row[0] instanceof Suspect).forEach(row -> suspectLabels.put(((Suspect) row[0]).id(), ((Suspect) row[0]).label()));
		Map<UUID, String> names = staff.displayNames(people);

		Map<Object, Map<String, String>> previous = new HashMap<>();
		List<Entry> entries = new ArrayList<>();
		for (Object[] row : rows) {
			Object entity = row[0];
			RevisionType type = (RevisionType) row[2];
			long number = ((Number) units.getIdentifier(row[1])).longValue();
			if (entity instanceof Note note && !note.readableBy(viewerAgency, cleared)) {
				continue;
			}
			Object key = entity.getClass().getSimpleName() + ":" + units.getIdentifier(entity);
			Map<String, String> values = snapshot(entity, locale, names, childCodes, suspectLabels);
			Map<String, String> before = previous.getOrDefault(key, Map.of());
			List<Change> changes = new ArrayList<>();
			for (var field : values.entrySet()) {
				String old = before.get(field.getKey());
				if (type == RevisionType.ADD ? field.getValue() != null : !Objects.equals(old, field.getValue())) {
					changes.add(new Change(label("casework.field." + field.getKey(), field.getKey(), locale), old, field.getValue()));
				}
			}
			previous.put(key, values);
			if (changes.isEmpty() && type == RevisionType.MOD) {
				continue;
			}
			Revisions.RevisionInfo info = infos.get(number);
			entries.add(new Entry(number, info == null ? null : info.at(),
					info == null || info.actorId() == null ? null : names.get(info.actorId()),
					info == null || info.agencyId() == null ? null : agencies.name(info.agencyId(), locale),
					label("casework.history.record." + entity.getClass().getSimpleName(), entity.getClass().getSimpleName(), locale)
							+ recordName(entity),
					label("casework.history.kind." + type.name(), type.name(), locale), changes));
		}
		java.util.Collections.reverse(entries);
		return entries;
	}

	@SuppressWarnings("unchecked")
	private static List<Object[]> query(AuditQuery query) {
		return query.getResultList();
	}

	private static String recordName(Object entity) {
		if (entity instanceof Child child) {
			return " " + child.code();
		}
		if (entity instanceof Suspect suspect) {
			return " " + suspect.label();
		}
		if (entity instanceof CaseFile kase) {
			return " " + kase.reference();
		}
		return "";
	}

	private Map<String, String> snapshot(Object entity, Locale locale, Map<UUID, String> names, Map<UUID, String> childCodes,
			Map<UUID, String> suspectLabels) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Field field : entity.getClass().getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) || SKIPPED.contains(field.getName())) {
				continue;
			}
			field.setAccessible(true);
			Object value;
			try {
				value = field.get(entity);
			}
			catch (IllegalAccessException ex) {
				continue;
			}
			if ("identity".equals(field.getName())) {
				// Never the identity itself: a fingerprint of the ciphertext tells only that it changed.
				values.put("identity", value == null ? null : messages.getMessage("casework.history.identityRecorded", null, locale)
						+ " #" + Integer.toHexString(value.hashCode()));
				continue;
			}
			values.put(field.getName(), format(field.getName(), value, locale, names, childCodes, suspectLabels));
		}
		return values;
	}

	private String format(String name, Object value, Locale locale, Map<UUID, String> names, Map<UUID, String> childCodes,
			Map<UUID, String> suspectLabels) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> e) {
			return label("casework." + e.getDeclaringClass().getSimpleName() + "." + e.name(), e.name(), locale);
		}
		if (value instanceof Instant instant) {
			return instant.atZone(Casework.THAILAND).toLocalDateTime().withNano(0).toString().replace('T', ' ');
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof UUID id) {
			if (name.toLowerCase(Locale.ROOT).contains("agency")) {
				String agency = agencies.name(id, locale);
				return agency == null ? id.toString() : agency;
			}
			if (childCodes.containsKey(id)) {
				return childCodes.get(id);
			}
			if (suspectLabels.containsKey(id)) {
				return suspectLabels.get(id);
			}
			return names.getOrDefault(id, id.toString());
		}
		if (value instanceof Collection<?> collection) {
			if (collection.isEmpty()) {
				return null;
			}
			return collection.stream().map(item -> item instanceof RecordedOffence offence
					? references.label(org.kumkrong.reference.ReferenceList.OFFENCE, offence.offenceCode(), locale)
					: format(name, item, locale, names, childCodes, suspectLabels)).sorted().collect(Collectors.joining(", "));
		}
		if (value instanceof String text && ("ageBand".equals(name) || "sex".equals(name))) {
			return references.label("ageBand".equals(name) ? org.kumkrong.reference.ReferenceList.AGE_BAND
					: org.kumkrong.reference.ReferenceList.SEX, text, locale);
		}
		if (value instanceof String text && "provinceCode".equals(name)) {
			return references.provinceName(text, locale);
		}
		if (value instanceof String text && name.startsWith("platformCode")) {
			return references.label(org.kumkrong.reference.ReferenceList.PLATFORM, text, locale);
		}
		if (value instanceof String text && "legalBasis".equals(name)) {
			return label("casework.legalBasis." + text, text, locale);
		}
		if (value instanceof String text && "statusReason".equals(name)) {
			return label("casework.code." + text, text, locale);
		}
		return value.toString();
	}

	private String label(String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}
}
