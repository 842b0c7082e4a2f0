package org.kumkrong.casework.internal.search;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffContact;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.CaseStatus;
import org.kumkrong.casework.internal.CloseReason;
import org.kumkrong.casework.internal.Note;
import org.kumkrong.casework.internal.Suspect;
import org.kumkrong.casework.internal.SuspectIdentifier;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.reference.Province;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceEntry;
import org.kumkrong.reference.ReferenceList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic cases in bulk, for benchmarks and for trying search at scale ({@code generate-cases}): cases
 * spread over the active agencies (police agencies own them; others join their teams) and provinces, in
 * every status and priority, with children, suspects and their online identifiers, incidents with offences,
 * platforms and Thai or English descriptions, notes of every visibility and an "opened" timeline entry.
 * Rows go in with JDBC batches, 500 cases a transaction; the caller rebuilds the search index afterwards.
 * Everything is invented. No Envers history is written for generated cases.
 */
@Component
class CaseGenerator {

	private static final Logger log = LoggerFactory.getLogger(CaseGenerator.class);

	private static final int CHUNK = 500;

	private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	static final List<String> THAI = List.of("เด็กถูกแบล็กเมล์ออนไลน์ในเกม", "ผู้ต้องสงสัยขอรูปภาพผ่านแชท",
			"มีการนัดพบหลังคุยกันทางโซเชียลมีเดีย", "บัญชีปลอมติดต่อเด็กผ่านไลน์", "ข่มขู่ว่าจะเผยแพร่ภาพของเด็ก",
			"ถ่ายทอดสดผ่านแอปพลิเคชัน", "เสนอเงินแลกกับรูปภาพ", "ผู้ปกครองแจ้งความที่สถานีตำรวจ",
			"ครูพบข้อความในโทรศัพท์ของนักเรียน", "เด็กเล่าให้เพื่อนฟังที่โรงเรียน", "มีการโอนเงินเข้าบัญชีอีวอลเล็ต",
			"ผู้ต้องสงสัยใช้หลายบัญชีในแพลตฟอร์มเดียว", "ภาพถูกส่งต่อในกลุ่มแชทลับ", "เด็กได้รับของขวัญจากคนแปลกหน้า");

	static final List<String> ENGLISH = List.of("The child was contacted through a gaming chat.",
			"The suspect threatened to share images unless paid.", "They met offline after weeks of messages.",
			"A fake profile offered modelling work.", "A platform reported a live stream.",
			"Money transfers to an e-wallet were traced.", "A teacher found messages on a student's phone.",
			"The suspect used several accounts on one platform.", "Images were forwarded in a private group chat.",
			"The guardian reported it at the police station.", "Gifts were sent by a stranger.",
			"Screenshots were kept by a friend.");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Agencies agencies;

	private final ReferenceData references;

	private final StaffDirectory staff;

	private final Clock clock;

	CaseGenerator(JdbcTemplate jdbc, TransactionTemplate transactions, Agencies agencies, ReferenceData references,
			StaffDirectory staff, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.agencies = agencies;
		this.references = references;
		this.staff = staff;
		this.clock = clock;
	}

	/** Inserts {@code count} synthetic cases. */
	void generate(int count) {
		List<AgencyView> all = agencies.active();
		if (all.isEmpty()) {
			throw new IllegalStateException("no active agencies: start once with demo data first");
		}
		List<AgencyView> owners = all.stream().filter(agency -> "POLICE".equals(agency.typeCode())).toList();
		if (owners.isEmpty()) {
			owners = all;
		}
		Map<UUID, List<UUID>> authors = all.stream().collect(Collectors.toMap(AgencyView::id,
				agency -> staff.activeStaff(agency.id(), EnumSet.allOf(Role.class)).stream().map(StaffContact::userId).toList()));
		World world = new World(owners, all, authors, references.provinces(), codes(ReferenceList.OFFENCE),
				codes(ReferenceList.PLATFORM), codes(ReferenceList.AGE_BAND), codes(ReferenceList.SEX));
		Random random = new Random(20260401L + count);
		Set<String> childCodes = new HashSet<>();
		long started = System.nanoTime();
		for (int done = 0; done < count; done += CHUNK) {
			int size = Math.min(CHUNK, count - done);
			transactions.executeWithoutResult(status -> insertChunk(size, world, random, childCodes));
			if ((done / CHUNK) % 20 == 0 || done + size == count) {
				log.info("Generated {} of {} cases ({} s)", done + size, count, (System.nanoTime() - started) / 1_000_000_000L);
			}
		}
	}

	private List<String> codes(ReferenceList list) {
		return references.entries(list).stream().map(ReferenceEntry::code).toList();
	}

	private record World(List<AgencyView> owners, List<AgencyView> all, Map<UUID, List<UUID>> authors,
			List<Province> provinces, List<String> offences, List<String> platforms, List<String> ageBands,
			List<String> sexes) {
	}

	private final class Rows {
		final List<Object[]> cases = new ArrayList<>();
		final List<Object[]> team = new ArrayList<>();
		final List<Object[]> children = new ArrayList<>();
		final List<Object[]> suspects = new ArrayList<>();
		final List<Object[]> identifiers = new ArrayList<>();
		final List<Object[]> incidents = new ArrayList<>();
		final List<Object[]> offences = new ArrayList<>();
		final List<Object[]> platforms = new ArrayList<>();
		final List<Object[]> incidentChildren = new ArrayList<>();
		final List<Object[]> incidentSuspects = new ArrayList<>();
		final List<Object[]> notes = new ArrayList<>();
		final List<Object[]> timeline = new ArrayList<>();
	}

	private void insertChunk(int size, World world, Random random, Set<String> childCodes) {
		Rows rows = new Rows();
		Instant now = clock.instant();
		for (int i = 0; i < size; i++) {
			addCase(rows, world, random, childCodes, now);
		}
		batch("insert into casework_case (id, reference, title, summary, owner_agency_id, priority, status, status_reason, "
				+ "province_code, opened_at, opened_by, closed_at, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,0)", rows.cases);
		batch("insert into casework_team (id, case_id, agency_id, access, joined_at) values (?,?,?,?,?)", rows.team);
		batch("insert into casework_child (id, case_id, code, age_band, sex, province_code, needs, risks, created_at, updated_at, "
				+ "version) values (?,?,?,?,?,?,?,?,?,?,0)", rows.children);
		batch("insert into casework_suspect (id, case_id, label, known, estimated_age, relation, arrest_status, created_at, "
				+ "updated_at, version) values (?,?,?,?,?,?,?,?,?,0)", rows.suspects);
		batch("insert into casework_suspect_identifier (id, suspect_id, kind, platform_code, identifier, normalized, observed_at) "
				+ "values (?,?,?,?,?,?,?)", rows.identifiers);
		batch("insert into casework_incident (id, case_id, occurred_on, province_code, description, created_at, updated_at, version) "
				+ "values (?,?,?,?,?,?,?,0)", rows.incidents);
		batch("insert into casework_incident_offence (incident_id, offence_code, activity, flags) values (?,?,'','')", rows.offences);
		batch("insert into casework_incident_platform (incident_id, platform_code) values (?,?)", rows.platforms);
		batch("insert into casework_incident_child (incident_id, child_id) values (?,?)", rows.incidentChildren);
		batch("insert into casework_incident_suspect (incident_id, suspect_id) values (?,?)", rows.incidentSuspects);
		batch("insert into casework_note (id, case_id, author_id, agency_id, visibility, body, created_at, updated_at, version) "
				+ "values (?,?,?,?,?,?,?,?,0)", rows.notes);
		batch("insert into casework_timeline (id, case_id, at, actor_id, agency_id, message_key, arguments) values (?,?,?,?,?,?,?)",
				rows.timeline);
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows);
		}
	}

	private void addCase(Rows rows, World world, Random random, Set<String> childCodes, Instant now) {
		UUID caseId = UUID.randomUUID();
		AgencyView owner = pick(world.owners(), random);
		UUID openedBy = author(world, owner.id(), random);
		Instant openedAt = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
		Instant updatedAt = openedAt.plus(Duration.ofMinutes(random.nextInt((int) Math.max(1, Duration.between(openedAt, now).toMinutes()))));
		String province = random.nextInt(10) < 6 && owner.provinceCode() != null ? owner.provinceCode()
				: pick(world.provinces(), random).code();
		CaseStatus status = weighted(random, CaseStatus.values(), 30, 30, 15, 10, 15);
		CasePriority priority = weighted(random, CasePriority.values(), 5, 20, 60, 15);
		long number = jdbc.queryForObject("select nextval('casework_case_number')", Long.class);
		String reference = "KK-%d-%06d".formatted(openedAt.atOffset(ZoneOffset.UTC).getYear(), number);
		boolean thai = random.nextInt(3) > 0;
		String title = thai ? pick(THAI, random) : pick(ENGLISH, random).replace(".", "");
		String summary = sentences(random, thai, 2);
		rows.cases.add(new Object[] { caseId, reference, title, summary, owner.id(), priority.name(), status.name(),
				status == CaseStatus.CLOSED ? pick(List.of(CloseReason.values()), random).name() : null, province,
				ts(openedAt), openedBy, status == CaseStatus.CLOSED ? ts(updatedAt) : null, ts(updatedAt) });
		rows.team.add(new Object[] { UUID.randomUUID(), caseId, owner.id(), "OWNER", ts(openedAt) });
		Set<UUID> team = new HashSet<>(Set.of(owner.id()));
		for (int extra = random.nextInt(10) < 4 ? 1 + random.nextInt(2) : 0; extra > 0; extra--) {
			AgencyView member = pick(world.all(), random);
			if (team.add(member.id())) {
				rows.team.add(new Object[] { UUID.randomUUID(), caseId, member.id(), random.nextBoolean() ? "MEMBER" : "REFERRED",
						ts(openedAt.plusSeconds(3600)) });
			}
		}
		List<UUID> childIds = new ArrayList<>();
		for (int c = 1 + random.nextInt(2); c > 0; c--) {
			UUID childId = UUID.randomUUID();
			childIds.add(childId);
			rows.children.add(new Object[] { childId, caseId, childCode(random, childCodes), pick(world.ageBands(), random),
					pick(world.sexes(), random), province, random.nextBoolean() ? "Counselling" : null, null, ts(openedAt), ts(openedAt) });
		}
		List<UUID> suspectIds = new ArrayList<>();
		for (int s = random.nextInt(3); s > 0; s--) {
			UUID suspectId = UUID.randomUUID();
			suspectIds.add(suspectId);
			String handle = handle(random);
			rows.suspects.add(new Object[] { suspectId, caseId, "Unknown user " + handle, false,
					random.nextBoolean() ? "25-35" : null, pick(List.of(Suspect.Relation.values()), random).name(),
					pick(List.of(Suspect.ArrestStatus.values()), random).name(), ts(openedAt), ts(openedAt) });
			for (int k = 1 + random.nextInt(3); k > 0; k--) {
				SuspectIdentifier.Kind kind = pick(List.of(SuspectIdentifier.Kind.values()), random);
				String value = switch (kind) {
					case SCREEN_NAME -> "@" + handle;
					case PROFILE_URL -> "https://social.example/" + handle;
					case EMAIL -> handle + "@mail.example";
					case PHONE -> "08" + (10_000_000 + random.nextInt(89_999_999));
					case IP -> "198.51.100." + random.nextInt(256);
				};
				rows.identifiers.add(new Object[] { UUID.randomUUID(), suspectId, kind.name(),
						kind == SuspectIdentifier.Kind.SCREEN_NAME ? pick(world.platforms(), random) : null, value,
						SuspectIdentifier.normalize(kind, value), kind == SuspectIdentifier.Kind.IP ? ts(openedAt) : null });
			}
		}
		for (int n = 1 + random.nextInt(2); n > 0; n--) {
			UUID incidentId = UUID.randomUUID();
			rows.incidents.add(new Object[] { incidentId, caseId, Date.valueOf(openedAt.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(random.nextInt(30))),
					province, sentences(random, thai, 3), ts(openedAt), ts(openedAt) });
			Set<String> offences = new HashSet<>();
			for (int o = 1 + random.nextInt(2); o > 0; o--) {
				offences.add(pick(world.offences(), random));
			}
			offences.forEach(code -> rows.offences.add(new Object[] { incidentId, code }));
			rows.platforms.add(new Object[] { incidentId, pick(world.platforms(), random) });
			childIds.forEach(child -> rows.incidentChildren.add(new Object[] { incidentId, child }));
			suspectIds.forEach(suspect -> rows.incidentSuspects.add(new Object[] { incidentId, suspect }));
		}
		for (int n = random.nextInt(4); n > 0; n--) {
			Note.Visibility visibility = weighted(random, Note.Visibility.values(), 70, 20, 10);
			Instant at = openedAt.plusSeconds(random.nextInt(86_400 * 30));
			rows.notes.add(new Object[] { UUID.randomUUID(), caseId, author(world, owner.id(), random), owner.id(), visibility.name(),
					sentences(random, random.nextBoolean(), 2), ts(at), ts(at) });
		}
		rows.timeline.add(new Object[] { UUID.randomUUID(), caseId, ts(openedAt), openedBy, owner.id(), "casework.timeline.opened",
				reference });
	}

	private static String sentences(Random random, boolean thai, int count) {
		List<String> source = thai ? THAI : ENGLISH;
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(pick(source, random));
		}
		return text.toString();
	}

	private static UUID author(World world, UUID agencyId, Random random) {
		List<UUID> people = world.authors().getOrDefault(agencyId, List.of());
		return people.isEmpty() ? new UUID(0, 1) : pick(people, random);
	}

	private static String handle(Random random) {
		StringBuilder handle = new StringBuilder("u");
		for (int i = 0; i < 9; i++) {
			handle.append(CROCKFORD[random.nextInt(CROCKFORD.length)]);
		}
		return handle.toString().toLowerCase(java.util.Locale.ROOT);
	}

	private static String childCode(Random random, Set<String> taken) {
		while (true) {
			char[] code = new char[8];
			for (int i = 0; i < code.length; i++) {
				code[i] = CROCKFORD[random.nextInt(CROCKFORD.length)];
			}
			String value = "C-" + new String(code);
			if (taken.add(value)) {
				return value;
			}
		}
	}

	private static <T> T weighted(Random random, T[] values, int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	private static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

}
