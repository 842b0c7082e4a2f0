package org.kumkrong.directory.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.directory.ServicePointView;
import org.kumkrong.directory.ServicePoints;
import org.kumkrong.directory.ServiceType;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the service points of agencies: the one place their rules live ({@link #parse}), used by the form,
 * the CSV import and the demo data alike; every change audited in its transaction.
 * <p>
 * CSV import is <strong>all or nothing</strong> by default: one bad row and nothing is imported, and every
 * bad row is reported with its line number (the header is line 1). Importing only the good rows is an
 * explicit choice of the person importing ({@code skipBadRows}); the bad rows are then reported and left out.
 */
@Service
public class ServicePointRegister implements ServicePoints {

	static final String RECORD_TYPE = "directory_service_point";

	static final Pattern PHONE = Pattern.compile("[0-9+][0-9 ()\\-]{1,24}");

	static final Set<String> SEXES = Set.of("ANY", "FEMALE", "MALE");

	/** Active service points of active agencies: what the help page, the map and the referral picker offer. */
	static final String ACTIVE = "where active = true and agency_id in (select id from directory_agency where active = true)";

	private final JdbcClient jdbc;

	private final ReferenceData references;

	private final AuditTrail audit;

	private final Clock clock;

	ServicePointRegister(JdbcClient jdbc, ReferenceData references, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.references = references;
		this.audit = audit;
		this.clock = clock;
	}

	/** A problem of one field, on one CSV line (0 for the form). */
	public record Problem(int line, String field, String messageKey) {
	}

	/** What an import did: the problems found, and how many rows were saved (0 when all-or-nothing refused). */
	public record ImportResult(List<Problem> problems, int rows, int created, int updated) {

		public boolean imported() {
			return created + updated > 0;
		}

	}

	// ---------------------------------------------------------------- questions

	@Override
	@Transactional(readOnly = true)
	public Optional<ServicePointView> find(UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		List<ServicePointView> found = query("where id = ?", id);
		return found.stream().findFirst();
	}

	@Transactional(readOnly = true)
	public ServicePointView require(UUID id) {
		return find(id).orElseThrow(ServicePointNotFoundException::new);
	}

	/** Every service point, inactive ones included, by English name. */
	@Transactional(readOnly = true)
	public List<ServicePointView> all() {
		return query("");
	}

	@Override
	@Transactional(readOnly = true)
	public List<ServicePointView> serving(String provinceCode, Collection<ServiceType> types) {
		List<ServicePointView> active = query(ACTIVE).stream()
			.filter(point -> types == null || types.isEmpty() || types.contains(point.type()))
			.filter(point -> point.serves(provinceCode))
			.toList();
		double[] centre = centre(provinceCode);
		Comparator<ServicePointView> order = Comparator.comparingInt((ServicePointView point) -> rank(point, provinceCode))
			.thenComparingDouble(point -> distance(centre, point))
			.thenComparing(ServicePointView::nameEn, String.CASE_INSENSITIVE_ORDER);
		return active.stream().sorted(order).toList();
	}

	/**
	 * The active service points of a type nearest to a province, whether or not they cover it: those serving
	 * it first, then the others by distance from the province's services (for "the nearest shelter" when
	 * none covers the province).
	 */
	@Transactional(readOnly = true)
	public List<ServicePointView> nearest(String provinceCode, ServiceType type, int limit) {
		double[] centre = centre(provinceCode);
		return query(ACTIVE + " and service_type = ?", type.name()).stream()
			.sorted(Comparator.comparingInt((ServicePointView point) -> point.serves(provinceCode) ? rank(point, provinceCode) : 3)
				.thenComparingDouble(point -> distance(centre, point))
				.thenComparing(ServicePointView::nameEn, String.CASE_INSENSITIVE_ORDER))
			.limit(limit)
			.toList();
	}

	/** Provinces (active) in which no active service point of the type is located or covers. */
	@Transactional(readOnly = true)
	public List<String> gaps(ServiceType type) {
		List<ServicePointView> points = query(ACTIVE + " and service_type = ?", type.name());
		return references.provinces().stream()
			.map(province -> province.code())
			.filter(code -> points.stream().noneMatch(point -> point.serves(code)))
			.toList();
	}

	/** Active service points located in each province, per type (for the map). */
	@Transactional(readOnly = true)
	public Map<String, Long> countByProvince(ServiceType type) {
		return query(ACTIVE).stream()
			.filter(point -> type == null || point.type() == type)
			.collect(Collectors.groupingBy(ServicePointView::provinceCode, Collectors.counting()));
	}

	private static int rank(ServicePointView point, String provinceCode) {
		if (provinceCode != null && provinceCode.equals(point.provinceCode())) {
			return 0;
		}
		return point.national() ? 2 : 1;
	}

	/** The mean position of the services located in a province, or {@code null} when none has coordinates. */
	private double[] centre(String provinceCode) {
		if (provinceCode == null) {
			return null;
		}
		var row = jdbc.sql("select avg(latitude), avg(longitude) from directory_service_point "
				+ "where province_code = ? and latitude is not null and longitude is not null")
			.param(provinceCode)
			.query((rs, n) -> new Double[] { rs.getObject(1) == null ? null : rs.getDouble(1),
					rs.getObject(2) == null ? null : rs.getDouble(2) })
			.single();
		return row[0] == null ? null : new double[] { row[0], row[1] };
	}

	/** Kilometres on the sphere; points without coordinates sort last. */
	static double distance(double[] centre, ServicePointView point) {
		if (centre == null || point.latitude() == null || point.longitude() == null) {
			return Double.MAX_VALUE;
		}
		return kilometres(centre[0], centre[1], point.latitude(), point.longitude());
	}

	static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	// ---------------------------------------------------------------- rules

	/**
	 * Checks an input and returns the draft, or the problems (line {@code line}) in {@code problems}.
	 *
	 * @param agencyIds the agencies that exist
	 * @param onlyAgency when not {@code null}, the one agency whose entries the actor may keep
	 */
	ServicePointDraft parse(ServicePointInput input, int line, Set<UUID> agencyIds, UUID onlyAgency,
			List<Problem> problems) {
		int before = problems.size();
		UUID id = null;
		if (!blank(input.id())) {
			id = uuid(input.id());
			if (id == null) {
				problems.add(new Problem(line, "id", "directory.error.id"));
			}
		}
		UUID agencyId = uuid(input.agencyId());
		if (agencyId == null || !agencyIds.contains(agencyId)) {
			problems.add(new Problem(line, "agencyId", "directory.error.agencyUnknown"));
		}
		else if (onlyAgency != null && !onlyAgency.equals(agencyId)) {
			problems.add(new Problem(line, "agencyId", "directory.error.agencyNotYours"));
		}
		name(problems, line, "nameEn", input.nameEn());
		name(problems, line, "nameTh", input.nameTh());
		ServiceType type = ServiceType.parse(input.type());
		if (type == null) {
			problems.add(new Problem(line, "type", blank(input.type()) ? "directory.error.serviceTypeRequired"
					: "directory.error.serviceTypeUnknown"));
		}
		String province = strip(input.provinceCode());
		if (province == null) {
			problems.add(new Problem(line, "provinceCode", "directory.error.provinceRequired"));
		}
		else if (!references.isActiveProvince(province)) {
			problems.add(new Problem(line, "provinceCode", "directory.error.provinceUnknown"));
		}
		text(problems, line, "district", input.district(), 200);
		text(problems, line, "address", input.address(), 500);
		Double latitude = number(problems, line, "latitude", input.latitude(), 5.0, 21.0);
		Double longitude = number(problems, line, "longitude", input.longitude(), 97.0, 106.0);
		if ((latitude == null) != (longitude == null) && !problems.stream().anyMatch(p -> p.line() == line
				&& (p.field().equals("latitude") || p.field().equals("longitude")))) {
			problems.add(new Problem(line, "latitude", "directory.error.coordinatesPair"));
		}
		List<String> phones = new ArrayList<>();
		if (!blank(input.phones())) {
			for (String phone : input.phones().split("[;,/]")) {
				if (phone.isBlank()) {
					continue;
				}
				if (!PHONE.matcher(phone.strip()).matches()) {
					problems.add(new Problem(line, "phones", "directory.error.phone"));
					break;
				}
				phones.add(phone.strip());
			}
		}
		text(problems, line, "phones", input.phones(), 200);
		text(problems, line, "hours", input.hours(), 200);
		text(problems, line, "languages", input.languages(), 200);
		Integer minAge = age(problems, line, "minAge", input.minAge());
		Integer maxAge = age(problems, line, "maxAge", input.maxAge());
		if (minAge != null && maxAge != null && minAge > maxAge) {
			problems.add(new Problem(line, "maxAge", "directory.error.ageOrder"));
		}
		String sex = blank(input.sex()) ? "ANY" : input.sex().strip().toUpperCase(Locale.ROOT);
		if (!SEXES.contains(sex)) {
			problems.add(new Problem(line, "sex", "directory.error.sex"));
		}
		boolean national = false;
		Set<String> coverage = new TreeSet<>();
		if (!blank(input.coverage())) {
			for (String code : input.coverage().strip().split("[\\s,;]+")) {
				if ("ALL".equalsIgnoreCase(code)) {
					national = true;
				}
				else if (references.isActiveProvince(code)) {
					coverage.add(code);
				}
				else {
					problems.add(new Problem(line, "coverage", "directory.error.coverage"));
					break;
				}
			}
		}
		LocalDate verifiedOn = null;
		if (!blank(input.verifiedOn())) {
			try {
				verifiedOn = LocalDate.parse(input.verifiedOn().strip());
				if (verifiedOn.isAfter(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Bangkok"))))) {
					problems.add(new Problem(line, "verifiedOn", "directory.error.verifiedFuture"));
				}
			}
			catch (DateTimeParseException ex) {
				problems.add(new Problem(line, "verifiedOn", "directory.error.date"));
			}
		}
		text(problems, line, "verifiedBy", input.verifiedBy(), 200);
		boolean active = true;
		if (!blank(input.active())) {
			String value = input.active().strip().toLowerCase(Locale.ROOT);
			if (value.equals("false") || value.equals("no") || value.equals("0")) {
				active = false;
			}
			else if (!(value.equals("true") || value.equals("yes") || value.equals("1"))) {
				problems.add(new Problem(line, "active", "directory.error.active"));
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new ServicePointDraft(id, agencyId, input.nameEn().strip(), input.nameTh().strip(), type, province,
				strip(input.district()), strip(input.address()), latitude, longitude, phones, strip(input.hours()),
				strip(input.languages()), minAge, maxAge, sex, national, coverage, verifiedOn, strip(input.verifiedBy()),
				active);
	}

	/** The ids of every agency (for {@link #parse}). */
	@Transactional(readOnly = true)
	public Set<UUID> agencyIds() {
		return new HashSet<>(jdbc.sql("select id from directory_agency").query(UUID.class).list());
	}

	// ---------------------------------------------------------------- commands

	/**
	 * Saves a new service point, or changes an existing one ({@code input.id()}).
	 *
	 * @throws RuleViolationException naming the first invalid field
	 */
	@Transactional
	public UUID save(ServicePointInput input, UUID onlyAgency) {
		List<Problem> problems = new ArrayList<>();
		ServicePointDraft draft = parse(input, 0, agencyIds(), onlyAgency, problems);
		if (draft == null) {
			throw new RuleViolationException(problems.get(0).field(), problems.get(0).messageKey());
		}
		if (draft.id() != null) {
			ServicePointView existing = require(draft.id());
			if (onlyAgency != null && !onlyAgency.equals(existing.agencyId())) {
				throw new ServicePointNotFoundException();
			}
			update(draft);
			audit.record("directory.servicePoint.updated", RECORD_TYPE, draft.id(), AuditOutcome.SUCCESS);
			return draft.id();
		}
		UUID id = insert(draft);
		audit.record("directory.servicePoint.created", RECORD_TYPE, id, AuditOutcome.SUCCESS);
		return id;
	}

	/** Checks every input and parses them, without saving. */
	List<Problem> problems(List<ServicePointInput> inputs, UUID onlyAgency) {
		List<Problem> problems = new ArrayList<>();
		Set<UUID> agencies = agencyIds();
		for (int i = 0; i < inputs.size(); i++) {
			parse(inputs.get(i), i + 2, agencies, onlyAgency, problems);
		}
		return problems;
	}

	/**
	 * Imports service points from CSV (the columns of {@link ServicePointInput#COLUMNS}, header required, a
	 * UTF-8 byte-order mark ignored). A row with an id changes that service point; one without adds a new one.
	 *
	 * @param skipBadRows {@code false}: all or nothing; {@code true}: save the good rows, report the bad ones
	 * @param onlyAgency when not {@code null}, every row must belong to this agency
	 */
	@Transactional
	public ImportResult importCsv(Reader reader, boolean skipBadRows, UUID onlyAgency) throws IOException {
		List<Problem> problems = new ArrayList<>();
		List<ServicePointDraft> drafts = new ArrayList<>();
		Set<UUID> agencies = agencyIds();
		Map<UUID, UUID> existingAgency = new HashMap<>();
		jdbc.sql("select id, agency_id from directory_service_point")
			.query((rs, n) -> existingAgency.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
		int rows = 0;
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
			.setTrim(true).get();
		Reader source = withoutByteOrderMark(reader);
		try (CSVParser parser = CSVParser.parse(source, format)) {
			List<String> missing = ServicePointInput.COLUMNS.stream()
				.filter(column -> !parser.getHeaderMap().containsKey(column))
				.toList();
			if (!missing.isEmpty()) {
				problems.add(new Problem(1, "header", "directory.error.header"));
				return new ImportResult(problems, 0, 0, 0);
			}
			long lastLine = parser.getCurrentLineNumber();
			var iterator = parser.iterator();
			while (iterator.hasNext()) {
				CSVRecord record = iterator.next();
				int line = (int) lastLine + 1;
				lastLine = parser.getCurrentLineNumber();
				rows++;
				if (!record.isConsistent()) {
					problems.add(new Problem(line, "columns", "directory.error.columns"));
					continue;
				}
				ServicePointInput input = new ServicePointInput(record.get("id"), record.get("agency_id"),
						unguard(record.get("name_en")), unguard(record.get("name_th")), record.get("type"),
						record.get("province"), unguard(record.get("district")), unguard(record.get("address")),
						record.get("latitude"), record.get("longitude"), record.get("phones"), unguard(record.get("hours")),
						unguard(record.get("languages")), record.get("min_age"), record.get("max_age"), record.get("sex"),
						record.get("coverage"), record.get("verified_on"), unguard(record.get("verified_by")),
						record.get("active"));
				ServicePointDraft draft = parse(input, line, agencies, onlyAgency, problems);
				if (draft != null && draft.id() != null) {
					UUID owner = existingAgency.get(draft.id());
					if (owner == null || onlyAgency != null && !onlyAgency.equals(owner)) {
						problems.add(new Problem(line, "id", "directory.error.idUnknown"));
						continue;
					}
				}
				if (draft != null) {
					drafts.add(draft);
				}
			}
		}
		catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			// Commons CSV reports a broken quote or a duplicate header this way.
			problems.add(new Problem(0, "file", "directory.error.csv"));
			return new ImportResult(problems, rows, 0, 0);
		}
		if (!problems.isEmpty() && !skipBadRows) {
			return new ImportResult(problems, rows, 0, 0);
		}
		int created = 0;
		int updated = 0;
		for (ServicePointDraft draft : drafts) {
			if (draft.id() == null) {
				insert(draft);
				created++;
			}
			else {
				update(draft);
				updated++;
			}
		}
		if (created + updated > 0) {
			audit.record("directory.servicePoint.imported", RECORD_TYPE, null, AuditOutcome.SUCCESS);
		}
		return new ImportResult(problems, rows, created, updated);
	}

	/** Writes service points (of one agency, or all) as CSV, UTF-8 with a byte-order mark for spreadsheets. */
	@Transactional(readOnly = true)
	public void exportCsv(Writer writer, UUID onlyAgency) throws IOException {
		writer.write('\uFEFF');
		var format = CSVFormat.DEFAULT.builder().setHeader(ServicePointInput.COLUMNS.toArray(String[]::new)).get();
		// Flushed, not closed: the writer wraps the response, which its owner closes.
		CSVPrinter printer = new CSVPrinter(writer, format);
		for (ServicePointView point : all()) {
			if (onlyAgency != null && !onlyAgency.equals(point.agencyId())) {
				continue;
			}
			printer.printRecord(point.id(), point.agencyId(), safe(point.nameEn()), safe(point.nameTh()), point.type().name(),
					point.provinceCode(), safe(point.district()), safe(point.address()),
					point.latitude() == null ? "" : point.latitude(), point.longitude() == null ? "" : point.longitude(),
					String.join("; ", point.phones()), safe(point.hours()), safe(point.languages()),
					point.minAge() == null ? "" : point.minAge(), point.maxAge() == null ? "" : point.maxAge(),
					point.sex(), coverageText(point), point.verifiedOn() == null ? "" : point.verifiedOn(),
					safe(point.verifiedBy()), point.active());
		}
		printer.flush();
	}

	/**
	 * A text cell a spreadsheet would run as a formula (=, +, -, @) starts with an apostrophe in the export;
	 * the import takes that apostrophe away again ({@link #unguard}), so a round trip keeps the text.
	 */
	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		return "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	static String unguard(String value) {
		return value != null && value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
				? value.substring(1) : value;
	}

	static String coverageText(ServicePointView point) {
		if (point.national()) {
			return "ALL";
		}
		return String.join(" ", point.coverage());
	}

	// ---------------------------------------------------------------- persistence

	private UUID insert(ServicePointDraft draft) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into directory_service_point (id, agency_id, name_en, name_th, service_type, province_code,
				  district, address, latitude, longitude, phones, hours, languages, min_age, max_age, sex, national,
				  active, verified_on, verified_by, created_at, updated_at, version)
				values (:id, :agency, :nameEn, :nameTh, :type, :province, :district, :address, :lat, :lon, :phones,
				  :hours, :languages, :minAge, :maxAge, :sex, :national, :active, :verifiedOn, :verifiedBy, :now, :now, 0)
				""")
			.param("id", id)
			.params(params(draft))
			.param("now", now)
			.update();
		coverage(id, draft.coverage());
		return id;
	}

	private void update(ServicePointDraft draft) {
		jdbc.sql("""
				update directory_service_point set agency_id = :agency, name_en = :nameEn, name_th = :nameTh,
				  service_type = :type, province_code = :province, district = :district, address = :address,
				  latitude = :lat, longitude = :lon, phones = :phones, hours = :hours, languages = :languages,
				  min_age = :minAge, max_age = :maxAge, sex = :sex, national = :national, active = :active,
				  verified_on = :verifiedOn, verified_by = :verifiedBy, updated_at = :now, version = version + 1
				where id = :id
				""")
			.params(params(draft))
			.param("id", draft.id())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		jdbc.sql("delete from directory_service_point_coverage where service_point_id = ?").param(draft.id()).update();
		coverage(draft.id(), draft.coverage());
	}

	private static Map<String, Object> params(ServicePointDraft draft) {
		Map<String, Object> params = new HashMap<>();
		params.put("agency", draft.agencyId());
		params.put("nameEn", draft.nameEn());
		params.put("nameTh", draft.nameTh());
		params.put("type", draft.type().name());
		params.put("province", draft.provinceCode());
		params.put("district", draft.district());
		params.put("address", draft.address());
		params.put("lat", draft.latitude());
		params.put("lon", draft.longitude());
		params.put("phones", draft.phones().isEmpty() ? null : String.join("; ", draft.phones()));
		params.put("hours", draft.hours());
		params.put("languages", draft.languages());
		params.put("minAge", draft.minAge());
		params.put("maxAge", draft.maxAge());
		params.put("sex", draft.sex());
		params.put("national", draft.national());
		params.put("active", draft.active());
		params.put("verifiedOn", draft.verifiedOn() == null ? null : java.sql.Date.valueOf(draft.verifiedOn()));
		params.put("verifiedBy", draft.verifiedBy());
		return params;
	}

	private void coverage(UUID id, Set<String> provinces) {
		for (String province : provinces) {
			jdbc.sql("insert into directory_service_point_coverage (service_point_id, province_code) values (?, ?)")
				.params(id, province)
				.update();
		}
	}

	private List<ServicePointView> query(String where, Object... params) {
		Map<UUID, Set<String>> coverage = new HashMap<>();
		jdbc.sql("select service_point_id, province_code from directory_service_point_coverage "
				+ "where service_point_id in (select id from directory_service_point " + where + ")")
			.params(Arrays.asList(params))
			.query((rs, n) -> coverage.computeIfAbsent(rs.getObject(1, UUID.class), key -> new TreeSet<>())
				.add(rs.getString(2)))
			.list();
		return jdbc.sql("select * from directory_service_point " + where + " order by lower(name_en), id")
			.params(Arrays.asList(params))
			.query((rs, n) -> view(rs, coverage))
			.list();
	}

	private static ServicePointView view(ResultSet rs, Map<UUID, Set<String>> coverage) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String phones = rs.getString("phones");
		java.sql.Date verified = rs.getDate("verified_on");
		return new ServicePointView(id, rs.getObject("agency_id", UUID.class), rs.getString("name_en"),
				rs.getString("name_th"), ServiceType.valueOf(rs.getString("service_type")), rs.getString("province_code"),
				rs.getString("district"), rs.getString("address"), (Double) nullable(rs, "latitude"),
				(Double) nullable(rs, "longitude"),
				phones == null ? List.of() : Arrays.stream(phones.split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList(),
				rs.getString("hours"), rs.getString("languages"), (Integer) nullableInt(rs, "min_age"),
				(Integer) nullableInt(rs, "max_age"), rs.getString("sex"), rs.getBoolean("national"),
				Set.copyOf(coverage.getOrDefault(id, Set.of())), rs.getBoolean("active"),
				verified == null ? null : verified.toLocalDate(), rs.getString("verified_by"));
	}

	private static Object nullable(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static Object nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	// ---------------------------------------------------------------- helpers

	private static void name(List<Problem> problems, int line, String field, String value) {
		if (blank(value)) {
			problems.add(new Problem(line, field, "directory.error.nameRequired"));
		}
		else if (value.strip().length() > AgencyRegister.MAX_NAME) {
			problems.add(new Problem(line, field, "directory.error.nameTooLong"));
		}
	}

	private static void text(List<Problem> problems, int line, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(new Problem(line, field, "directory.error.tooLong"));
		}
	}

	private static Double number(List<Problem> problems, int line, String field, String value, double min, double max) {
		if (blank(value)) {
			return null;
		}
		try {
			double number = Double.parseDouble(value.strip());
			if (number < min || number > max || Double.isNaN(number)) {
				problems.add(new Problem(line, field, "directory.error." + field));
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem(line, field, "directory.error." + field));
			return null;
		}
	}

	private static Integer age(List<Problem> problems, int line, String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			int age = Integer.parseInt(value.strip());
			if (age < 0 || age > 120) {
				problems.add(new Problem(line, field, "directory.error.age"));
				return null;
			}
			return age;
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem(line, field, "directory.error.age"));
			return null;
		}
	}

	private static Reader withoutByteOrderMark(Reader reader) throws IOException {
		var pushback = new java.io.PushbackReader(reader, 1);
		int first = pushback.read();
		if (first != -1 && first != '\uFEFF') {
			pushback.unread(first);
		}
		return pushback;
	}

	private static UUID uuid(String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return blank(value) ? null : value.strip();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	/** No such service point, or not one the actor may change: 404. */
	public static class ServicePointNotFoundException extends NotFoundException {

		private static final long serialVersionUID = 1L;

		public ServicePointNotFoundException() {
			super(RECORD_TYPE);
		}

	}

}
