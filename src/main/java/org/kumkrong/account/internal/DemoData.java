package org.kumkrong.account.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.kumkrong.account.Role;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.KumkrongProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Synthetic demo data (only with {@code KUMKRONG_DEMO} on: the default for the embedded database):
 * invented agencies in three provinces, one account per role and the documented demo partner key. Every
 * name here is made up. The README lists the accounts, the shared password and each TOTP secret.
 */
@Component
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String PASSWORD = "Kumkrong-demo-2026";

	static final String PARTNER_KEY = "kk_DEMO-partner-key-not-for-production-7c1f2a9e4b6d8f0a3c5e7b9d";

	/** One demo account: username, display name, agency slot, role, TOTP secret (Base32). */
	record DemoUser(String username, String displayName, int agency, Role role, String totpSecret) {
	}

	static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "Demo Administrator", 0, Role.ADMIN, "A6CPLME7SGFIY4VWQ7EMA6ZVCCGZTRAS"),
			new DemoUser("auditor", "Demo Auditor", 0, Role.AUDITOR, "A4GFYAISAOAOKCCWWILX5B6TXOVSN75W"),
			new DemoUser("analyst", "Demo Hotline Analyst", 5, Role.HOTLINE_ANALYST, "NJEKHN3KGJ54ZG2L3QS3NFFZPSEL7ZDN"),
			new DemoUser("investigator", "Demo Investigator (national unit)", 0, Role.INVESTIGATOR, "55Q335WHO3UB2CJDXM3BRYQU76F5IOUO"),
			new DemoUser("investigator2", "Demo Investigator (Chiang Rai)", 1, Role.INVESTIGATOR, "JGY6JKBYLCKXVB3QMWAG7A2PRR3X6CME"),
			new DemoUser("prosecutor", "Demo Prosecutor", 2, Role.PROSECUTOR, "6JUHGCUH6J7JZO4EHJ43773FK4AC3LEO"),
			new DemoUser("judge", "Demo Judge", 3, Role.JUDGE, "ZM7QIEF7ESGEYMSVLOXMHNN74CMQ3KRJ"),
			new DemoUser("socialworker", "Demo Social Worker", 4, Role.SOCIAL_WORKER, "LLMXFUNM6PCSBCN6TT6CHIT7POTJEQXG"),
			new DemoUser("trainer", "Demo Trainer", 0, Role.TRAINER, "ITLV2EWGLBOHHZMDX4U3TF3ZCJJZEHFE"),
			new DemoUser("coordinator", "Demo Working-Group Coordinator", 4, Role.COORDINATOR, "XYDGUJEUTKAICG65I2ZYTBANPWDOYNCO"),
			new DemoUser("dataanalyst", "Demo Data Analyst", 0, Role.DATA_ANALYST, "YFW4V5GZTAVGKK46OSWBXM3QOJMGAWJA"),
			new DemoUser("agencyadmin", "Demo Agency Administrator (Chiang Rai police)", 1, Role.AGENCY_ADMIN, "WUH2MZI4TH4PQAENQHDYIFLAUCSLPJZ6"));

	private final KumkrongProperties properties;

	private final Agencies agencies;

	private final UserAdministration users;

	private final PartnerKeys keys;

	private final DutyRoster roster;

	DemoData(KumkrongProperties properties, Agencies agencies, UserAdministration users, PartnerKeys keys,
			DutyRoster roster) {
		this.properties = properties;
		this.agencies = agencies;
		this.users = users;
		this.keys = keys;
		this.roster = roster;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	void seed() {
		if (!properties.demoData() || users.anyUsers()) {
			return;
		}
		UUID national = agencies.create("Demo National Police Cyber Crime Unit (TICAC)",
				"หน่วยปราบปรามอาชญากรรมไซเบอร์ต่อเด็ก ตำรวจส่วนกลาง (สาธิต)", "POLICE", "TH-10", null);
		UUID[] slots = {
				national,
				agencies.create("Demo Mueang Chiang Rai Police Station", "สถานีตำรวจภูธรเมืองเชียงราย (สาธิต)", "POLICE", "TH-57", null),
				agencies.create("Demo Office of the Attorney General, Chiang Rai Provincial Office",
						"สำนักงานอัยการจังหวัดเชียงราย (สาธิต)", "PROSECUTION", "TH-57", null),
				agencies.create("Demo Chiang Rai Provincial Court", "ศาลจังหวัดเชียงราย (สาธิต)", "COURT", "TH-57", null),
				agencies.create("Demo Chiang Rai Provincial Office of Social Development and Human Security",
						"สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดเชียงราย (สาธิต)", "SOCIAL_SERVICES", "TH-57", null),
				agencies.create("Demo SafeNet Children's Hotline Foundation", "มูลนิธิสายด่วนเซฟเน็ตเพื่อเด็ก (สาธิต)", "HOTLINE",
						"TH-10", null),
				agencies.create("Demo Rainbow House Children's Shelter", "บ้านพักเด็กสายรุ้ง (สาธิต)", "NGO", "TH-50", null),
				agencies.create("Demo Khon Kaen Community School", "โรงเรียนชุมชนขอนแก่น (สาธิต)", "EDUCATION", "TH-40", null) };
		// The hotline and the national cyber unit receive reports (triage queue, danger alerts).
		agencies.setIntakeDesk(slots[0], true);
		agencies.setIntakeDesk(slots[5], true);
		for (DemoUser user : USERS) {
			users.createActivated(user.username(), user.displayName(), slots[user.agency()], EnumSet.of(user.role()),
					PASSWORD, user.totpSecret());
		}
		keys.store(slots[5], "Demo partner platform", PARTNER_KEY);
		// The intake desks' analyst and investigator start on duty: danger alerts reach them by e-mail too.
		for (String onDuty : List.of("analyst", "investigator")) {
			users.findByUsername(onDuty).ifPresent(user -> roster.setOnDuty(user.id(), true));
		}
		log.warn("Seeded synthetic demo data: {} agencies, {} accounts (password and TOTP secrets in README.md)",
				slots.length, USERS.size());
	}

}
