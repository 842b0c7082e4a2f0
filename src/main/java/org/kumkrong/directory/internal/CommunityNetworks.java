package org.kumkrong.directory.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community networks: per province (a district may be named), the agencies, schools, children's councils
 * and contact roles that work together to protect children, and their meetings and activities. Members are
 * organisations and roles ("head teacher", "village health volunteer"), never children's names.
 */
@Service
public class CommunityNetworks {

	static final String RECORD_TYPE = "directory_network";

	/** What kind of member. */
	public enum MemberKind { AGENCY, SCHOOL, CHILDREN_COUNCIL, CONTACT_ROLE, OTHER }

	/** What kind of event in the network's life. */
	public enum ActivityKind { MEETING, ACTIVITY }

	public record Network(UUID id, String provinceCode, String district, String nameEn, String nameTh, String description) {

		public String name(java.util.Locale locale) {
			return locale != null && "th".equals(locale.getLanguage()) ? nameTh : nameEn;
		}

	}

	public record Member(UUID id, MemberKind kind, UUID agencyId, String name, String contactRole) {
	}

	public record Activity(UUID id, ActivityKind kind, LocalDate heldOn, String title, String notes) {
	}

	private final JdbcClient jdbc;

	private final ReferenceData references;

	private final AuditTrail audit;

	private final Clock clock;

	CommunityNetworks(JdbcClient jdbc, ReferenceData references, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.references = references;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Network> all() {
		return jdbc.sql("select * from directory_network order by province_code, lower(name_en)")
			.query((rs, n) -> new Network(rs.getObject("id", UUID.class), rs.getString("province_code"),
					rs.getString("district"), rs.getString("name_en"), rs.getString("name_th"), rs.getString("description")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Network> find(UUID id) {
		return all().stream().filter(network -> network.id().equals(id)).findFirst();
	}

	public Network require(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException(RECORD_TYPE));
	}

	@Transactional(readOnly = true)
	public List<Member> members(UUID networkId) {
		return jdbc.sql("select * from directory_network_member where network_id = ? order by kind, added_at")
			.param(networkId)
			.query((rs, n) -> new Member(rs.getObject("id", UUID.class), MemberKind.valueOf(rs.getString("kind")),
					rs.getObject("agency_id", UUID.class), rs.getString("name"), rs.getString("contact_role")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Activity> activities(UUID networkId) {
		return jdbc.sql("select * from directory_network_activity where network_id = ? order by held_on desc, recorded_at desc")
			.param(networkId)
			.query((rs, n) -> new Activity(rs.getObject("id", UUID.class), ActivityKind.valueOf(rs.getString("kind")),
					rs.getDate("held_on").toLocalDate(), rs.getString("title"), rs.getString("notes")))
			.list();
	}

	@Transactional
	public UUID create(String provinceCode, String district, String nameEn, String nameTh, String description) {
		if (provinceCode == null || !references.isActiveProvince(provinceCode)) {
			throw new RuleViolationException("provinceCode", "directory.error.provinceRequired");
		}
		required("nameTh", nameTh, 200);
		required("nameEn", nameEn, 200);
		optional("district", district, 200);
		optional("description", description, 2000);
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("insert into directory_network (id, province_code, district, name_en, name_th, description, created_at, updated_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, provinceCode, blankToNull(district), nameEn.strip(), nameTh.strip(), blankToNull(description), now, now)
			.update();
		audit.record("directory.network.created", RECORD_TYPE, id, AuditOutcome.SUCCESS);
		return id;
	}

	/**
	 * Adds a member: an agency of the directory, or a named school, council or contact role.
	 *
	 * @param agencyIds the agencies that exist
	 */
	@Transactional
	public void addMember(UUID networkId, MemberKind kind, UUID agencyId, String name, String contactRole,
			Set<UUID> agencyIds) {
		require(networkId);
		if (kind == null) {
			throw new RuleViolationException("kind", "directory.error.memberKind");
		}
		if (kind == MemberKind.AGENCY) {
			if (agencyId == null || !agencyIds.contains(agencyId)) {
				throw new RuleViolationException("agencyId", "directory.error.agencyUnknown");
			}
		}
		else {
			required("name", name, 200);
		}
		optional("contactRole", contactRole, 200);
		jdbc.sql("insert into directory_network_member (id, network_id, kind, agency_id, name, contact_role, added_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), networkId, kind.name(), kind == MemberKind.AGENCY ? agencyId : null,
					kind == MemberKind.AGENCY ? null : name.strip(), blankToNull(contactRole), Timestamp.from(clock.instant()))
			.update();
		audit.record("directory.network.memberAdded", RECORD_TYPE, networkId, AuditOutcome.SUCCESS);
	}

	@Transactional
	public void recordActivity(UUID networkId, ActivityKind kind, LocalDate heldOn, String title, String notes) {
		require(networkId);
		if (kind == null) {
			throw new RuleViolationException("activityKind", "directory.error.activityKind");
		}
		if (heldOn == null) {
			throw new RuleViolationException("heldOn", "directory.error.date");
		}
		required("title", title, 200);
		optional("notes", notes, 2000);
		jdbc.sql("insert into directory_network_activity (id, network_id, kind, held_on, title, notes, recorded_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), networkId, kind.name(), java.sql.Date.valueOf(heldOn), title.strip(),
					blankToNull(notes), Timestamp.from(clock.instant()))
			.update();
		audit.record("directory.network.activityRecorded", RECORD_TYPE, networkId, AuditOutcome.SUCCESS);
	}

	private static void required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new RuleViolationException(field, "directory.error.required");
		}
		optional(field, value, max);
	}

	private static void optional(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new RuleViolationException(field, "directory.error.tooLong");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
