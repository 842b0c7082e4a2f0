package org.kumkrong.coordination.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kumkrong.coordination.ActionStatus;
import org.kumkrong.coordination.internal.WorkingGroupDesk.ActionDraft;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.KumkrongProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo data of the working group (only with demo data on, once): the partnership meeting's own "next steps"
 * (CPP Partners Meeting report, Bangkok, 17 December 2009) as a recorded meeting whose three decisions became
 * actions — reconvene the ICT &amp; Child Protection Working Group, identify priority actions, continue to
 * advocate reform — with dates moved to the present so the dashboard has something due, something overdue and
 * a next meeting. Agencies are the synthetic demo agencies. Runs after them ({@code @Order(130)}).
 */
@Component
class CoordinationDemoData {

	private static final Logger log = LoggerFactory.getLogger(CoordinationDemoData.class);

	private final KumkrongProperties properties;

	private final WorkingGroupDesk desk;

	private final Agencies agencies;

	private final JdbcClient jdbc;

	CoordinationDemoData(KumkrongProperties properties, WorkingGroupDesk desk, Agencies agencies, JdbcClient jdbc) {
		this.properties = properties;
		this.desk = desk;
		this.agencies = agencies;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(130)
	void seed() {
		if (!properties.demoData() || jdbc.sql("select count(*) from coordination_meeting").query(Long.class).single() > 0) {
			return;
		}
		Optional<UUID> oag = agency("Demo Office of the Attorney General");
		Optional<UUID> social = agency("Demo Chiang Rai Provincial Office of Social Development");
		Optional<UUID> police = agency("Demo National Police Cyber Crime Unit");
		Optional<UUID> hotline = agency("Demo SafeNet Children's Hotline");
		if (oag.isEmpty() || social.isEmpty() || police.isEmpty()) {
			return;
		}
		LocalDate today = desk.today();
		UUID meeting = desk.createMeeting("Partners meeting: ICT-enabled child sexual exploitation (demo)", today.minusDays(45),
				"Demo hotel, Bangkok",
				List.of(oag.get(), social.get(), police.get(), hotline.orElse(police.get())),
				"1. Update on partnership activities\n2. Action-oriented research with children and youth\n"
						+ "3. ICT child protection mapping\n4. Priority actions and strategies",
				"Partners agreed that cooperation between law enforcement, government and child protection must continue, "
						+ "that training must cover the whole scope of cybercrime for judges, prosecutors and police, and that "
						+ "data collection on ICT-related crime is weak.");
		UUID reconvene = desk.recordDecision(meeting, "The ICT & Child Protection Working Group is to reconvene.");
		UUID identify = desk.recordDecision(meeting,
				"Identify priority actions to support law enforcement, government and child protection.");
		UUID advocate = desk.recordDecision(meeting, "Continue to advocate for ICT and child protection related reform.");
		desk.createAction(new ActionDraft("Reconvene the ICT & Child Protection Working Group",
				"Invite the partners, agree the terms of reference and the meeting calendar.", "COORDINATED_SYSTEMS",
				social.get(), "Working-group coordinator (demo)", today.plusDays(10), reconvene));
		UUID priority = desk.createAction(new ActionDraft("Identify priority actions for law enforcement, government and child protection",
				"One list of priority actions, each with an owner agency and a due date, agreed by the working group.",
				"LAW_ENFORCEMENT", oag.get(), "Deputy Attorney General (demo)", today.minusDays(5), identify));
		desk.recordProgress(priority, ActionStatus.IN_PROGRESS,
				"First draft list circulated to partners; police and prosecution inputs received.", today.minusDays(12));
		UUID reform = desk.createAction(new ActionDraft("Continue to advocate for ICT and child protection related reform",
				"Follow the bills in the law-reform tracker; brief members of parliament with case statistics.",
				"ACCESS_TO_PROTECTION", oag.get(), "Legal reform focal point (demo)", today.plusDays(90), advocate));
		desk.recordProgress(reform, ActionStatus.IN_PROGRESS, "Ongoing: comments sent on the computer-crime bill.",
				today.minusDays(3));
		desk.createMeeting("ICT & Child Protection Working Group — reconvened (demo)", today.plusDays(14),
				"Demo Chiang Rai Provincial Hall", List.of(oag.get(), social.get(), police.get()),
				"1. Terms of reference\n2. Priority actions: owners and dates\n3. Law reform: where each bill stands", null);
		log.info("Seeded the working group's demo meeting, decisions and actions");
	}

	private Optional<UUID> agency(String prefix) {
		return agencies.all().stream().filter(agency -> agency.nameEn().startsWith(prefix)).map(AgencyView::id).findFirst();
	}

}
