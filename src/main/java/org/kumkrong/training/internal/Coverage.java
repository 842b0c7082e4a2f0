package org.kumkrong.training.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.account.StaffMember;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has completed a course, against who it is meant for: today's active staff in the course's audience
 * roles, counted by province, agency type and role, and by agency. A group with staff and no completion is
 * a gap ("no prosecutor in Chiang Rai has completed …").
 */
@Service
public class Coverage {

	private final StaffDirectory staff;

	private final Agencies agencies;

	private final TrainingDesk desk;

	Coverage(StaffDirectory staff, Agencies agencies, TrainingDesk desk) {
		this.staff = staff;
		this.agencies = agencies;
		this.desk = desk;
	}

	/** One group: staff in it who are meant to take the course, and how many of them completed it. */
	public record Group(String provinceCode, String agencyType, String role, int staff, int completed) {

		public int percent() {
			return staff == 0 ? 0 : (int) Math.round(100.0 * completed / staff);
		}

		public boolean gap() {
			return staff > 0 && completed == 0;
		}

	}

	/** One agency's count. */
	public record AgencyRow(UUID agencyId, String provinceCode, String agencyType, int staff, int completed) {

		public int percent() {
			return staff == 0 ? 0 : (int) Math.round(100.0 * completed / staff);
		}

	}

	/** The whole picture for one course. */
	public record Report(CourseVersion course, List<Group> groups, List<AgencyRow> agencies, Map<String, Long> completedByProvince,
			Map<String, Long> staffByProvince, int staff, int completed) {

		public List<Group> gaps() {
			return groups.stream().filter(Group::gap).toList();
		}

	}

	@Transactional(readOnly = true)
	public Report of(CourseVersion course) {
		Set<UUID> completedBy = new HashSet<>();
		for (Enrolment enrolment : desk.allEnrolments()) {
			if (enrolment.completed() && enrolment.courseId().equals(course.courseId())) {
				completedBy.add(enrolment.userId());
			}
		}
		Map<UUID, AgencyView> agencyById = new HashMap<>();
		agencies.active().forEach(a -> agencyById.put(a.id(), a));
		Map<List<String>, int[]> groups = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
			.thenComparing(k -> k.get(1))
			.thenComparing(k -> k.get(2)));
		Map<UUID, int[]> byAgency = new HashMap<>();
		Map<String, Long> byProvince = new TreeMap<>();
		Map<String, Long> staffByProvince = new TreeMap<>();
		int total = 0;
		int done = 0;
		for (StaffMember member : staff.activeMembers()) {
			AgencyView agency = agencyById.get(member.agencyId());
			if (agency == null) {
				continue;
			}
			List<String> roles = member.roles().stream().map(Role::name)
				.filter(r -> course.audienceRoles().isEmpty() || course.audienceRoles().contains(r))
				.sorted()
				.toList();
			if (roles.isEmpty()) {
				continue;
			}
			boolean completed = completedBy.contains(member.userId());
			total++;
			done += completed ? 1 : 0;
			int[] agencyCount = byAgency.computeIfAbsent(agency.id(), k -> new int[2]);
			agencyCount[0]++;
			agencyCount[1] += completed ? 1 : 0;
			byProvince.merge(agency.provinceCode(), completed ? 1L : 0L, Long::sum);
			staffByProvince.merge(agency.provinceCode(), 1L, Long::sum);
			for (String role : roles) {
				int[] count = groups.computeIfAbsent(List.of(agency.provinceCode(), agency.typeCode(), role), k -> new int[2]);
				count[0]++;
				count[1] += completed ? 1 : 0;
			}
		}
		List<Group> groupRows = new ArrayList<>();
		groups.forEach((key, count) -> groupRows.add(new Group(key.get(0), key.get(1), key.get(2), count[0], count[1])));
		List<AgencyRow> agencyRows = new ArrayList<>();
		byAgency.forEach((id, count) -> {
			AgencyView agency = agencyById.get(id);
			agencyRows.add(new AgencyRow(id, agency.provinceCode(), agency.typeCode(), count[0], count[1]));
		});
		agencyRows.sort(Comparator.comparing(AgencyRow::provinceCode).thenComparing(AgencyRow::agencyType)
			.thenComparing(r -> agencyById.get(r.agencyId()).nameEn()));
		return new Report(course, groupRows, agencyRows, byProvince, staffByProvince, total, done);
	}

}
