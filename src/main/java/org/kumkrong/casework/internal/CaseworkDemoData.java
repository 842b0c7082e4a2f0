package org.kumkrong.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffContact;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.CaseStatus;
import org.kumkrong.casework.OutcomeType;
import org.kumkrong.casework.internal.Drafts.CaseDraft;
import org.kumkrong.casework.internal.Drafts.ChildDraft;
import org.kumkrong.casework.internal.Drafts.IdentifierDraft;
import org.kumkrong.casework.internal.Drafts.IncidentDraft;
import org.kumkrong.casework.internal.Drafts.OutcomeDraft;
import org.kumkrong.casework.internal.Drafts.SuspectDraft;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.KumkrongProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Synthetic demo cases (only with demo data on, and only into an empty casework): about thirty cases of
 * the two demo police agencies in every status, with children (some with an invented identity), suspects
 * and their online identifiers, incidents, notes, tasks and outcomes through prosecution and court. Every
 * name, handle and address is invented; IP addresses come from the documentation range 198.51.100.0/24;
 * no national ID number or phone number is seeded (a random valid one could belong to a real person).
 */
@Component
class CaseworkDemoData {

	private static final Logger log = LoggerFactory.getLogger(CaseworkDemoData.class);

	private final KumkrongProperties properties;

	private final Casework casework;

	private final Agencies agencies;

	private final StaffDirectory staff;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	CaseworkDemoData(KumkrongProperties properties, Casework casework, Agencies agencies, StaffDirectory staff, JdbcClient jdbc,
			java.time.Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.casework = casework;
		this.agencies = agencies;
		this.staff = staff;
		this.jdbc = jdbc;
	}

	record DemoActor(UUID userId, String username, UUID agencyId) implements Actor {
	}

	private static final String[][] STORIES = {
			{ "SEXTORTION", "Sextortion over Instagram: a boy was threatened after sending a photo", "เด็กชายถูกแบล็กเมล์ทางอินสตาแกรมหลังส่งรูปให้", "INSTAGRAM" },
			{ "ONLINE_GROOMING", "Grooming in an online game: gifts of game currency and requests to meet", "การล่อลวงในเกมออนไลน์ ให้เพชรในเกมและชวนออกไปพบ", "ROBLOX" },
			{ "CSAM", "Sexual images of a girl shared in a LINE group", "ภาพทางเพศของเด็กหญิงถูกแชร์ในกลุ่มไลน์", "LINE" },
			{ "LIVE_STREAMED_ABUSE", "Paid live-stream room directing children on camera", "ห้องไลฟ์สดที่จ่ายเงินสั่งให้เด็กทำสิ่งต่าง ๆ หน้ากล้อง", "TIKTOK" },
			{ "CSAM_SOLICITATION", "Adult asking several pupils for photos through Messenger", "ผู้ใหญ่ขอรูปจากนักเรียนหลายคนทางเมสเซนเจอร์", "MESSENGER" },
			{ "SEXTORTION", "Money demanded from a girl after a video call was recorded", "เด็กหญิงถูกเรียกเงินหลังวิดีโอคอลถูกบันทึกไว้", "FACEBOOK" },
			{ "ONLINE_GROOMING", "Coach contacting a team member late at night on Discord", "ผู้ฝึกสอนติดต่อสมาชิกทีมตอนดึกทางดิสคอร์ด", "DISCORD" },
			{ "CSAM", "Folder of abuse images found on a seized phone", "พบโฟลเดอร์ภาพการล่วงละเมิดในโทรศัพท์ที่ยึดได้", "TELEGRAM" },
			{ "ONLINE_GROOMING", "Modelling-job offer to a 14-year-old, asked to keep it secret", "ข้อเสนองานนางแบบให้เด็กอายุ 14 ปี และให้เก็บเป็นความลับ", "FACEBOOK" },
			{ "SEXTORTION", "Threat to post images unless more are sent, in a Free Fire clan chat", "ขู่จะโพสต์ภาพหากไม่ส่งเพิ่ม ในแชตแคลนฟรีฟาย", "FREE_FIRE" } };

	private static final String[] PROVINCES = { "TH-57", "TH-10", "TH-50", "TH-40", "TH-57", "TH-83", "TH-57", "TH-20" };

	@EventListener(ApplicationReadyEvent.class)
	@Order(150)
	void seed() {
		if (!properties.demoData() || jdbc.sql("select count(*) from casework_case").query(Long.class).single() > 0) {
			return;
		}
		List<AgencyView> police = agencies.active().stream().filter(a -> "POLICE".equals(a.typeCode())).toList();
		AgencyView prosecution = agencies.byType("PROSECUTION").stream().findFirst().orElse(null);
		AgencyView court = agencies.byType("COURT").stream().findFirst().orElse(null);
		AgencyView social = agencies.byType("SOCIAL_SERVICES").stream().findFirst().orElse(null);
		if (police.isEmpty()) {
			return;
		}
		Random random = new Random(20261128L);
		int made = 0;
		try {
			for (int i = 0; i < 30; i++) {
				AgencyView owner = police.get(i % police.size());
				StaffContact investigator = first(owner.id(), EnumSet.of(Role.INVESTIGATOR));
				if (investigator == null) {
					continue;
				}
				act(investigator.userId(), owner.id(), Role.INVESTIGATOR);
				CaseStatus target = CaseStatus.values()[i % CaseStatus.values().length];
				UUID caseId = demoCase(i, random, target, prosecution, court, social);
				made++;
				// Spread opening over the last year, so lists and statistics show time.
				Instant openedAt = clock.instant().minus(Duration.ofDays(5 + (long) i * 11 + random.nextInt(9)));
				jdbc.sql("update casework_case set opened_at = ? where id = ?")
					.params(java.sql.Timestamp.from(openedAt), caseId).update();
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		log.info("Demo data: {} synthetic cases", made);
	}

	private UUID demoCase(int i, Random random, CaseStatus target, AgencyView prosecution, AgencyView court, AgencyView social) {
		String[] story = STORIES[i % STORIES.length];
		String province = PROVINCES[i % PROVINCES.length];
		CasePriority priority = i % 7 == 0 ? CasePriority.URGENT : i % 3 == 0 ? CasePriority.HIGH : CasePriority.NORMAL;
		String title = (i % 2 == 0 ? story[1] : story[2]);
		CaseFile kase = casework.open(new CaseDraft(title, story[1] + ". " + story[2] + ".", priority, province));
		UUID id = kase.id();
		String[] ageBands = { "AGE_10_12", "AGE_13_15", "AGE_16_17", "AGE_13_15" };
		ChildIdentity identity = i % 3 == 0
				? new ChildIdentity("เด็กหญิง ตัวอย่าง " + (char) ('ก' + (i % 20)) + " (Demo child " + (i + 1) + ")",
						LocalDate.of(2012 + i % 4, 1 + i % 12, 1 + i % 27), null, "Invented address " + (i + 1) + ", Demo Road",
						"Demo Community School", "Guardian: invented contact, via the social worker")
				: null;
		Child child = casework.addChild(id, new ChildDraft(ageBands[i % ageBands.length], i % 2 == 0 ? "FEMALE" : "MALE",
				province, i % 2 == 0 ? "Counselling; keep school place" : "ต้องการคำปรึกษาและที่พักที่ปลอดภัย",
				i % 4 == 0 ? "Still receiving messages from the suspect" : null, identity));
		UUID second = null;
		if (i % 5 == 1) {
			second = casework.addChild(id, new ChildDraft("AGE_13_15", "FEMALE", province, null, null, null)).id();
		}
		String handle = "demo_" + story[3].toLowerCase() + "_" + (1000 + random.nextInt(9000));
		Suspect suspect = casework.addSuspect(id, new SuspectDraft(i % 4 == 0 ? "Suspect A (name not known)" : "Demo Suspect " + (i + 1),
				i % 4 != 0, i % 2 == 0 ? "about 30" : "25–35", i % 3 == 0 ? Suspect.Relation.STRANGER_ONLINE : Suspect.Relation.ACQUAINTANCE,
				Suspect.ArrestStatus.NOT_ARRESTED));
		casework.addIdentifier(id, suspect.id(), new IdentifierDraft(SuspectIdentifier.Kind.SCREEN_NAME, story[3], handle, null));
		if (i % 2 == 0) {
			casework.addIdentifier(id, suspect.id(), new IdentifierDraft(SuspectIdentifier.Kind.EMAIL, null, handle + "@example.com", null));
		}
		if (i % 3 == 1) {
			casework.addIdentifier(id, suspect.id(), new IdentifierDraft(SuspectIdentifier.Kind.IP, null,
					"198.51.100." + (10 + random.nextInt(200)), clock.instant().minus(Duration.ofDays(20 + i))));
		}
		Set<UUID> children = second == null ? Set.of(child.id()) : Set.of(child.id(), second);
		casework.addIncident(id, new IncidentDraft(LocalDate.now(clock.withZone(Casework.THAILAND)).minusDays(30L + i * 9L), province,
				story[1] + ". " + story[2] + ". Messages over several weeks; screenshots kept by the family.",
				List.of(new RecordedOffence(story[0], null, List.of())), Set.of(story[3]), children, Set.of(suspect.id())));
		casework.addNote(id, Note.Visibility.TEAM, "First contact with the family done; the child is safe at home. "
				+ "ติดต่อครอบครัวแล้ว เด็กปลอดภัยอยู่ที่บ้าน");
		if (i % 3 == 2) {
			casework.addNote(id, Note.Visibility.AGENCY, "Internal: check whether the handle appears in other cases of our unit.");
		}
		casework.addTask(id, "Request subscriber data from the platform", null, LocalDate.now(clock.withZone(Casework.THAILAND)).plusDays(i % 2 == 0 ? -3 : 10), false);
		LocalDate day = LocalDate.now(clock.withZone(Casework.THAILAND)).minusDays(20);
		if (target.ordinal() >= CaseStatus.INVESTIGATION.ordinal()) {
			casework.recordOutcome(id, new OutcomeDraft(OutcomeType.SUSPECT_IDENTIFIED, day, suspect.id(), null, null, null));
			casework.changeStatusAsSystem(id, CaseStatus.INVESTIGATION);
		}
		if (target.ordinal() >= CaseStatus.PROSECUTION.ordinal()) {
			casework.recordOutcome(id, new OutcomeDraft(OutcomeType.ARRESTED, day.plusDays(2), suspect.id(), null, null, null));
			casework.recordOutcome(id, new OutcomeDraft(OutcomeType.CHARGED, day.plusDays(5), suspect.id(), null,
					story[0].equals("CSAM") ? LegalBasis.PENAL_287_2 : story[0].equals("SEXTORTION") ? LegalBasis.PENAL_337 : LegalBasis.CPA_26,
					null));
			if (prosecution != null) {
				casework.admit(id, prosecution.id(), org.kumkrong.casework.TeamAccess.REFERRED);
			}
		}
		if (target.ordinal() >= CaseStatus.TRIAL.ordinal()) {
			if (court != null) {
				casework.admit(id, court.id(), org.kumkrong.casework.TeamAccess.REFERRED);
			}
			casework.changeStatusAsSystem(id, CaseStatus.TRIAL);
		}
		if (i % 4 == 1 && social != null) {
			casework.admit(id, social.id(), org.kumkrong.casework.TeamAccess.REFERRED);
			casework.recordOutcome(id, new OutcomeDraft(OutcomeType.CHILD_SUPPORTED, day.plusDays(1), null, child.id(), null,
					"Counselling sessions"));
		}
		if (target == CaseStatus.CLOSED) {
			OutcomeType verdict = i % 3 == 0 ? OutcomeType.ACQUITTED : OutcomeType.CONVICTED;
			casework.recordOutcome(id, new OutcomeDraft(verdict, day.plusDays(15), suspect.id(), null, null,
					verdict == OutcomeType.CONVICTED ? "Imprisonment 4 years and a fine (invented)" : null));
			casework.closeAsSystem(id, CloseReason.VERDICT_REACHED);
		}
		return id;
	}

	private StaffContact first(UUID agencyId, Set<Role> roles) {
		List<StaffContact> contacts = staff.activeStaff(agencyId, roles);
		return contacts.isEmpty() ? null : contacts.get(0);
	}

	private static void act(UUID userId, UUID agencyId, Role role) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		role.permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.authority())));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new DemoActor(userId, "demo-" + role.name().toLowerCase(), agencyId), null, authorities));
		SecurityContextHolder.setContext(context);
	}
}
