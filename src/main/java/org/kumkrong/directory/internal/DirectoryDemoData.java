package org.kumkrong.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kumkrong.directory.AgencyView;
import org.kumkrong.directory.internal.CommunityNetworks.ActivityKind;
import org.kumkrong.directory.internal.CommunityNetworks.MemberKind;
import org.kumkrong.platform.KumkrongProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Synthetic demo service points and a community network (only with demo data on, once): invented names
 * marked "Demo", invented phone numbers, in Bangkok, Chiang Rai, Chiang Mai and Khon Kaen — a shelter and a
 * hotline in Chiang Rai among them; Khon Kaen has no shelter, so its help page shows the nearest ones. Runs
 * after the account module's demo agencies ({@code @Order(100)}).
 */
@Component
class DirectoryDemoData {

	private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

	private final KumkrongProperties properties;

	private final AgencyRegister agencies;

	private final ServicePointRegister points;

	private final CommunityNetworks networks;

	private final JdbcClient jdbc;

	private final Clock clock;

	DirectoryDemoData(KumkrongProperties properties, AgencyRegister agencies, ServicePointRegister points,
			CommunityNetworks networks, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.agencies = agencies;
		this.points = points;
		this.networks = networks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(110)
	void seed() {
		if (!properties.demoData() || jdbc.sql("select count(*) from directory_service_point").query(Long.class).single() > 0) {
			return;
		}
		Optional<UUID> national = agency("Demo National Police Cyber Crime Unit");
		Optional<UUID> station = agency("Demo Mueang Chiang Rai Police Station");
		Optional<UUID> prosecutor = agency("Demo Office of the Attorney General, Chiang Rai");
		Optional<UUID> court = agency("Demo Chiang Rai Provincial Court");
		Optional<UUID> social = agency("Demo Chiang Rai Provincial Office of Social Development");
		Optional<UUID> hotline = agency("Demo SafeNet Children's Hotline");
		Optional<UUID> rainbow = agency("Demo Rainbow House");
		Optional<UUID> school = agency("Demo Khon Kaen Community School");
		if (social.isEmpty() || hotline.isEmpty()) {
			return;
		}
		String verified = LocalDate.now(clock.withZone(ZoneId.of("Asia/Bangkok"))).minusDays(20).toString();
		int count = 0;
		count += add(hotline, "Demo SafeNet Children's Hotline (national line)", "สายด่วนเซฟเน็ตเพื่อเด็ก (สาธิต)", "HOTLINE", "TH-10",
				"ปทุมวัน · Pathum Wan", null, "13.7466", "100.5393", "02 000 0001", "ทุกวัน ตลอด 24 ชั่วโมง · Every day, 24 hours", "ไทย อังกฤษ · Thai, English", "", "", "ALL", verified);
		count += add(national, "Demo National Police Cyber Crime Unit — complaints desk", "หน่วยปราบปรามอาชญากรรมไซเบอร์ต่อเด็ก จุดรับแจ้งความ (สาธิต)",
				"POLICE_CYBER_UNIT", "TH-10", "หลักสี่ · Lak Si", null, "13.8850", "100.5650", "02 000 0002", "จันทร์–ศุกร์ 08:30–16:30 แจ้งออนไลน์ได้ตลอดเวลา · Mon–Fri 08:30–16:30; online any time",
				"ไทย อังกฤษ · Thai, English", "", "", "ALL", verified);
		count += add(social, "Demo Chiang Rai Children and Families Shelter", "บ้านพักเด็กและครอบครัวเชียงราย (สาธิต)", "SHELTER", "TH-57",
				"เมืองเชียงราย · Mueang Chiang Rai", "99 Demo Road, Rop Wiang", "19.9105", "99.8406", "053 000 101; 053 000 102",
				"ทุกวัน ตลอด 24 ชั่วโมง · Every day, 24 hours", "ไทย อาข่า ลาหู่ อังกฤษ · Thai, Akha, Lahu, English", "0", "18", "TH-56", verified);
		count += add(social, "Demo Chiang Rai Child Protection Helpline", "สายด่วนคุ้มครองเด็กเชียงราย (สาธิต)", "HOTLINE", "TH-57",
				"เมืองเชียงราย · Mueang Chiang Rai", null, "19.9071", "99.8325", "053 000 100", "ทุกวัน 08:00–22:00 · Every day, 08:00–22:00", "ไทย อาข่า ลาหู่ · Thai, Akha, Lahu",
				"", "", "TH-56", verified);
		count += add(social, "Demo Chiang Rai Child and Family Counselling Centre", "ศูนย์ให้คำปรึกษาเด็กและครอบครัวเชียงราย (สาธิต)",
				"COUNSELLING", "TH-57", "เมืองเชียงราย · Mueang Chiang Rai", "12 Demo Lane", "19.9120", "99.8300", "053 000 103",
				"จันทร์–ศุกร์ 08:30–16:30 · Mon–Fri 08:30–16:30", "ไทย · Thai", "6", "24", "", verified);
		count += add(station, "Demo Mueang Chiang Rai Police Station — children and women desk", "สถานีตำรวจภูธรเมืองเชียงราย โต๊ะรับแจ้งเด็กและสตรี (สาธิต)",
				"POLICE_STATION", "TH-57", "เมืองเชียงราย · Mueang Chiang Rai", null, "19.9090", "99.8330", "053 000 191", "ทุกวัน ตลอด 24 ชั่วโมง · Every day, 24 hours", "ไทย · Thai",
				"", "", "", verified);
		count += add(prosecutor, "Demo Chiang Rai Provincial Prosecutor's Office", "สำนักงานอัยการจังหวัดเชียงราย (สาธิต)", "PROSECUTOR",
				"TH-57", "เมืองเชียงราย · Mueang Chiang Rai", null, "19.9150", "99.8420", "053 000 200", "จันทร์–ศุกร์ 08:30–16:30 · Mon–Fri 08:30–16:30", "ไทย · Thai", "", "",
				"", verified);
		count += add(prosecutor, "Demo Chiang Rai Legal Aid Desk for Children", "ศูนย์ช่วยเหลือทางกฎหมายสำหรับเด็กเชียงราย (สาธิต)", "LEGAL_AID",
				"TH-57", "เมืองเชียงราย · Mueang Chiang Rai", null, "19.9152", "99.8422", "053 000 201", "จันทร์–ศุกร์ 08:30–16:30 · Mon–Fri 08:30–16:30", "ไทย · Thai", "", "",
				"TH-56", verified);
		count += add(court, "Demo Chiang Rai Juvenile and Family Court", "ศาลเยาวชนและครอบครัวจังหวัดเชียงราย (สาธิต)", "COURT", "TH-57",
				"เมืองเชียงราย · Mueang Chiang Rai", null, "19.9060", "99.8310", "053 000 300", "จันทร์–ศุกร์ 08:30–16:30 · Mon–Fri 08:30–16:30", "ไทย · Thai", "", "", "", verified);
		count += add(rainbow, "Demo Rainbow House Children's Shelter", "บ้านพักเด็กสายรุ้ง (สาธิต)", "SHELTER", "TH-50", "เมืองเชียงใหม่ · Mueang Chiang Mai",
				null, "18.7883", "98.9853", "053 000 400", "ทุกวัน ตลอด 24 ชั่วโมง · Every day, 24 hours", "ไทย กะเหรี่ยง อังกฤษ · Thai, Karen, English", "6", "17",
				"TH-51 TH-58", verified);
		count += add(school, "Demo Khon Kaen Community School — child protection teacher", "โรงเรียนชุมชนขอนแก่น ครูคุ้มครองเด็ก (สาธิต)",
				"SCHOOL", "TH-40", "เมืองขอนแก่น · Mueang Khon Kaen", null, "16.4322", "102.8236", "043 000 500", "วันเปิดเรียน 08:00–16:00 · School days 08:00–16:00",
				"ไทย อีสาน · Thai, Isan", "6", "18", "", verified);
		count += add(hotline, "Demo SafeNet Online Counselling (chat)", "บริการปรึกษาออนไลน์เซฟเน็ต (สาธิต)", "COUNSELLING", "TH-10", null,
				null, null, null, "02 000 0003", "ทุกวัน 16:00–24:00 · Every day, 16:00–24:00", "ไทย อังกฤษ · Thai, English", "10", "24", "ALL", verified);
		seedNetwork(station, prosecutor, social);
		log.info("Seeded {} synthetic demo service points and a community network", count);
	}

	private void seedNetwork(Optional<UUID> station, Optional<UUID> prosecutor, Optional<UUID> social) {
		UUID network = networks.create("TH-57", "Mae Sai", "Demo Mae Sai Community Network for Children Online",
				"เครือข่ายชุมชนแม่สายเพื่อเด็กในโลกออนไลน์ (สาธิต)",
				"Children, police, prosecutors, local government and schools meet every quarter to keep children safe online.");
		Set<UUID> ids = agencies.all().stream().map(AgencyView::id).collect(Collectors.toSet());
		for (Optional<UUID> agency : List.of(station, prosecutor, social)) {
			agency.ifPresent(id -> networks.addMember(network, MemberKind.AGENCY, id, null, null, ids));
		}
		networks.addMember(network, MemberKind.SCHOOL, null, "Demo Mae Sai Wittaya School", "Head teacher", ids);
		networks.addMember(network, MemberKind.CHILDREN_COUNCIL, null, "Demo Mae Sai District Children and Youth Council",
				"Council adviser", ids);
		networks.addMember(network, MemberKind.CONTACT_ROLE, null, "Demo Wiang Phang Kham sub-district office",
				"Village headman", ids);
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Bangkok")));
		networks.recordActivity(network, ActivityKind.MEETING, today.minusDays(40), "Quarterly network meeting",
				"Agreed who answers a child's call at night; school to run an online-safety week.");
		networks.recordActivity(network, ActivityKind.ACTIVITY, today.minusDays(12), "Online-safety week at Demo Mae Sai Wittaya School",
				"Children's council led sessions for grades 7 to 9.");
	}

	private int add(Optional<UUID> agency, String nameEn, String nameTh, String type, String province, String district,
			String address, String lat, String lon, String phones, String hours, String languages, String minAge,
			String maxAge, String coverage, String verifiedOn) {
		if (agency.isEmpty()) {
			return 0;
		}
		points.save(new ServicePointInput(null, agency.get().toString(), nameEn, nameTh, type, province, district, address,
				lat, lon, phones, hours, languages, minAge, maxAge, "ANY", coverage, verifiedOn, "Demo directory keeper",
				"true"), null);
		return 1;
	}

	private Optional<UUID> agency(String namePrefix) {
		return agencies.all().stream().filter(agency -> agency.nameEn().startsWith(namePrefix)).map(AgencyView::id).findFirst();
	}

}
