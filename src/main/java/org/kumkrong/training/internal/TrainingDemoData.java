package org.kumkrong.training.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.account.StaffDirectory;
import org.kumkrong.account.StaffMember;
import org.kumkrong.platform.ActingAs;
import org.kumkrong.platform.KumkrongProperties;
import org.kumkrong.platform.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Synthetic training progress (only with {@code KUMKRONG_DEMO} on), so that coverage has something to show:
 * the national unit's {@code investigator} has completed the police course, the hotline's {@code analyst}
 * is half-way through it, and the Chiang Rai {@code prosecutor} has just enrolled in the prosecutors'
 * course. {@code investigator2}, {@code judge} and the others are left to try it themselves. Runs after the
 * demo accounts ({@code @Order(100)}) and the starter courses ({@code @Order(40)}).
 */
@Component
class TrainingDemoData {

	private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);

	private final KumkrongProperties properties;

	private final JdbcClient jdbc;

	private final StaffDirectory staff;

	private final Catalogue catalogue;

	private final TrainingDesk desk;

	TrainingDemoData(KumkrongProperties properties, JdbcClient jdbc, StaffDirectory staff, Catalogue catalogue,
			TrainingDesk desk) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.staff = staff;
		this.catalogue = catalogue;
		this.desk = desk;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(300)
	void seed() {
		if (!properties.demoData() || jdbc.sql("select count(*) from training_enrolment").query(Long.class).single() > 0) {
			return;
		}
		Map<String, StaffMember> members = new HashMap<>();
		staff.activeMembers().forEach(m -> members.put(m.username(), m));
		var police = catalogue.courseBySlug("police-first-response");
		var prosecutors = catalogue.courseBySlug("prosecuting-ict-offences");
		if (police.isEmpty() || prosecutors.isEmpty()) {
			return;
		}
		int seeded = 0;
		seeded += as(members.get("investigator"), m -> complete(police.get(), m));
		seeded += as(members.get("analyst"), m -> {
			Enrolment enrolment = desk.enrolSelf(police.get(), m.userId());
			catalogue.lessons(enrolment.courseId(), enrolment.version()).stream().limit(2)
				.forEach(lesson -> desk.lessonDone(enrolment, lesson.id()));
		});
		seeded += as(members.get("prosecutor"), m -> desk.enrolSelf(prosecutors.get(), m.userId()));
		log.warn("Seeded synthetic training progress for {} demo accounts", seeded);
	}

	private void complete(UUID courseId, StaffMember member) {
		Enrolment enrolment = desk.enrolSelf(courseId, member.userId());
		catalogue.lessons(enrolment.courseId(), enrolment.version()).forEach(lesson -> desk.lessonDone(enrolment, lesson.id()));
		Attempt attempt = desk.openAttempt(enrolment);
		Map<UUID, Set<UUID>> answers = new HashMap<>();
		desk.questionsOf(attempt, enrolment).forEach(q -> answers.put(q.id(), q.rightOptions()));
		desk.submit(enrolment, attempt.id(), answers);
	}

	/** Does the work as that demo account (audit entries name them); 1 if it was done. */
	private int as(StaffMember member, java.util.function.Consumer<StaffMember> work) {
		if (member == null) {
			return 0;
		}
		return ActingAs.call(new ActingAs.Someone(member.userId(), member.username(), member.agencyId()),
				EnumSet.noneOf(Permission.class), () -> {
					work.accept(member);
					return 1;
				});
	}

}
