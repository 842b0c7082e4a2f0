package org.kumkrong.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.ScreenOutReason;
import org.kumkrong.intake.internal.ReportSubmission.Contact;
import org.kumkrong.intake.internal.ReportSubmission.Danger;
import org.kumkrong.intake.internal.ReportSubmission.DeclaredFile;
import org.kumkrong.intake.internal.ReportSubmission.InternetDetail;
import org.kumkrong.intake.internal.ReportSubmission.IpEvent;
import org.kumkrong.intake.internal.ReportSubmission.ReportedPerson;
import org.kumkrong.intake.internal.ReportSubmission.ReporterKind;
import org.kumkrong.intake.internal.ReportSubmission.Victim;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.KumkrongProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Synthetic demo reports (only with demo data on, and only into an empty intake): public reports from
 * children, parents and professionals and partner reports with identifiers and file hashes, of every
 * priority, some sharing usernames or links (so duplicates are suggested), some already decided. Every
 * name, username, address and hash here is invented.
 */
@Component
class IntakeDemoData {

	private static final Logger log = LoggerFactory.getLogger(IntakeDemoData.class);

	private final KumkrongProperties properties;

	private final ReportIntake intake;

	private final Triage triage;

	private final Agencies agencies;

	private final JdbcClient jdbc;

	private final Clock clock;

	IntakeDemoData(KumkrongProperties properties, ReportIntake intake, Triage triage, Agencies agencies, JdbcClient jdbc,
			Clock clock) {
		this.properties = properties;
		this.intake = intake;
		this.triage = triage;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The demo partner submitting the partner reports (the hotline agency holding the demo key). */
	record DemoPartner(UUID userId, String username, UUID agencyId) implements Actor {
	}

	private static final String[] PROVINCES = { "TH-10", "TH-57", "TH-50", "TH-40", "TH-83", "TH-20", "TH-90", "TH-30" };

	private static final String[] PLATFORMS = { "FACEBOOK", "MESSENGER", "INSTAGRAM", "TIKTOK", "LINE", "DISCORD",
			"ROBLOX", "FREE_FIRE", "ROV", "TELEGRAM", "X" };

	private static final String[][] CHILD_STORIES = {
			{ "GROOMING", "Someone I met in a game says he is 15 but his voice sounds old. He sends me gift cards and says not to tell my parents." },
			{ "ASKED_FOR_PICTURES", "A person on TikTok keeps asking me to send photos in my school uniform and then without it." },
			{ "THREATENED_TO_SHARE", "He says he will send my photo to my whole class unless I pay 2,000 baht tonight." },
			{ "PICTURES_SHARED", "My ex-boyfriend posted a private video of me in a group chat." },
			{ "SENT_SEXUAL_MATERIAL", "A stranger sent me rude pictures on Discord." },
			{ "NOT_SURE", "An older man comments on all my posts and wants to meet at the mall. I do not know if this is bad." },
			{ "JOB_OR_TRIP_OFFER", "A page offered me a modelling job in Bangkok and said to keep it secret." },
			{ "LIVE_STREAM", "Someone in a live room pays kids coins to do things on camera." } };

	@EventListener(ApplicationReadyEvent.class)
	@Order(200)
	void seed() {
		if (!properties.demoData()
				|| jdbc.sql("select count(*) from intake_report").query(Long.class).single() > 0) {
			return;
		}
		Random random = new Random(20261128L);
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			ids.add(publicReport(i, random));
		}
		AgencyView partner = agencies.active().stream().filter(a -> "HOTLINE".equals(a.typeCode())).findFirst().orElse(null);
		if (partner != null) {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new DemoPartner(null, "demo-partner", partner.id()), null, List.of()));
			SecurityContextHolder.setContext(context);
			try {
				for (int i = 0; i < 14; i++) {
					ids.add(partnerReport(i, random));
				}
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
		// Spread arrival over the last 60 days, so the queue shows age order within each priority.
		Instant now = clock.instant();
		for (int i = 0; i < ids.size(); i++) {
			Instant at = now.minus(Duration.ofMinutes(30L + random.nextInt(60 * 24 * 60)));
			jdbc.sql("update intake_report set received_at = ?, updated_at = ? where id = ?")
				.params(Timestamp.from(at), Timestamp.from(at), ids.get(i))
				.update();
		}
		decideSome(ids);
		log.warn("Seeded {} synthetic demo reports", ids.size());
	}

	private UUID publicReport(int i, Random random) {
		String[] story = CHILD_STORIES[i % CHILD_STORIES.length];
		ReporterKind kind = switch (i % 6) {
			case 0, 1, 2, 3 -> ReporterKind.CHILD;
			case 4 -> ReporterKind.PARENT_OR_CARER;
			default -> i % 12 == 5 ? ReporterKind.PROFESSIONAL : ReporterKind.OTHER_ADULT;
		};
		String[] bands = { "AGE_10_12", "AGE_13_15", "AGE_16_17", "AGE_13_15" };
		String band = kind == ReporterKind.CHILD ? bands[i % bands.length] : null;
		Danger danger = i % 7 == 0 ? Danger.NOW : i % 5 == 0 ? Danger.ONGOING : i % 3 == 0 ? Danger.UNKNOWN : Danger.NO;
		WhatHappened what = WhatHappened.valueOf(story[0]);
		String platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
		// Every fourth report names the same invented username, so triage sees suggested duplicates.
		String username = i % 4 == 0 ? "demo_shadow_fox_99" : "demo_user_" + (1000 + i);
		List<Victim> victims = kind == ReporterKind.CHILD ? List.of()
				: List.of(new Victim(null, i % 2 == 0 ? "AGE_6_9" : "AGE_13_15", i % 3 == 0 ? "MALE" : "FEMALE"));
		Contact contact = i % 3 == 0 ? new Contact(null, "08" + (10000000 + random.nextInt(89999999)), null, "After school")
				: null;
		var submission = new ReportSubmission(ReportChannel.PUBLIC, kind, band, WhatHappened.offenceCodes(List.of(what)),
				List.of(what.name()), null, ReportSubmission.IncidentWhen.values()[i % 6].name(), danger,
				danger == Danger.NOW ? "They said they are coming to my house today." : null, "TH",
				PROVINCES[i % PROVINCES.length], List.of(platform),
				List.of(new InternetDetail("USERNAME", "@" + username, platform, null)), List.of(), victims, List.of(),
				story[1], contact, null, List.of());
		return intake.submit(submission).id();
	}

	private UUID partnerReport(int i, Random random) {
		String offence = List.of("CSAM", "ONLINE_GROOMING", "SEXTORTION", "CSAM_SOLICITATION", "LIVE_STREAMED_ABUSE",
				"SADISTIC_ONLINE_EXPLOITATION", "MISLEADING_CONTENT").get(i % 7);
		String url = i % 5 == 0 ? "https://example.org/demo/shared-album-7" : "https://example.org/demo/item-" + (500 + i);
		var person = new ReportedPerson(List.of("demo_trader_" + (i % 4)), List.of("https://example.com/demo/profile/" + (i % 4)),
				List.of("demo" + (i % 4) + "@example.net"), List.of(),
				List.of(new IpEvent("198.51.100." + (10 + i), clock.instant().minus(Duration.ofDays(2 + i)), "LOGIN")));
		String sha = hex(random, 64);
		var file = new DeclaredFile("upload-" + i + ".jpg", sha, hex(random, 32), hex(random, 64),
				i % 2 == 0 ? "A1" : "UNCLASSIFIED", i % 3 == 0 ? List.of("SELF_GENERATED") : List.of());
		Danger danger = i % 6 == 1 ? Danger.NOW : i % 4 == 2 ? Danger.ONGOING : Danger.NO;
		var submission = new ReportSubmission(ReportChannel.PARTNER, ReporterKind.PARTNER, null, List.of(offence), List.of(),
				clock.instant().minus(Duration.ofDays(3 + i)), null, danger, danger == Danger.NOW ? "Live chat shows plans to meet today" : null,
				"TH", PROVINCES[(i + 3) % PROVINCES.length], List.of(PLATFORMS[i % PLATFORMS.length]),
				List.of(new InternetDetail("WEB_PAGE", url, null, null)), List.of(person),
				List.of(new Victim(8 + (i % 9), null, i % 2 == 0 ? "FEMALE" : "MALE")), List.of(file),
				"Automated detection on the platform; account disabled and content preserved.", null, "DEMO-ESP-" + (7000 + i),
				List.of());
		return intake.submit(submission).id();
	}

	private void decideSome(List<UUID> ids) {
		AgencyView owner = agencies.intakeDesks().stream().filter(a -> "POLICE".equals(a.typeCode())).findFirst().orElse(null);
		for (int i = 0; i < ids.size(); i++) {
			UUID id = ids.get(i);
			StoredReport report = triage.find(id).orElseThrow();
			long version = report.version();
			// A working hotline answers a child in danger within minutes: no seeded danger-now report is still
			// waiting, so a new one is the first thing the queue shows.
			if (report.priority() == org.kumkrong.intake.ReportPriority.DANGER_NOW && owner != null) {
				triage.screenIn(id, owner.id(), null, version);
			}
			else if (i % 9 == 3 && owner != null) {
				triage.screenIn(id, owner.id(), null, version);
			}
			else if (i % 9 == 6) {
				triage.screenOut(id, ScreenOutReason.INSUFFICIENT_INFORMATION, version);
			}
		}
	}

	private static String hex(Random random, int length) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			out.append(Character.forDigit(random.nextInt(16), 16));
		}
		return out.toString();
	}

}
