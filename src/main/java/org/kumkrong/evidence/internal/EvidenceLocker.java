package org.kumkrong.evidence.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.casework.CaseNotFoundException;
import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.CaseSummary;
import org.kumkrong.casework.Cases;
import org.kumkrong.evidence.EvidenceAdded;
import org.kumkrong.evidence.EvidenceIntegrityFailed;
import org.kumkrong.evidence.EvidenceMatched;
import org.kumkrong.intake.ReportFile;
import org.kumkrong.matching.Fingerprint;
import org.kumkrong.matching.KnownContent;
import org.kumkrong.matching.KnownMatch;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.EncryptedFiles;
import org.kumkrong.platform.FieldEncryption;
import org.kumkrong.platform.FileTooLargeException;
import org.kumkrong.platform.ImageInspection;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.platform.StoredFile;
import org.kumkrong.platform.UnacceptableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence locker: takes files in (hashing, encrypting, matching and recording custody in one go), hands
 * them out only as their rules allow, and checks they are still what was acquired. Every method that acts
 * for a user first asks casework whether the user may see the case; an item of a case the user may not see
 * does not exist for them.
 */
@Service
public class EvidenceLocker {

	private static final Logger log = LoggerFactory.getLogger(EvidenceLocker.class);

	/** The most characters of a text file shown on the page. */
	public static final int TEXT_SHOWN = 200_000;

	private final JdbcClient jdbc;

	private final EncryptedFiles files;

	private final FieldEncryption encryption;

	private final KnownContent known;

	private final Cases cases;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separate;

	private final long maxBytes;

	EvidenceLocker(JdbcClient jdbc, EncryptedFiles files, FieldEncryption encryption, KnownContent known, Cases cases,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
			@Value("${kumkrong.evidence.max-file-bytes:2147483648}") long maxBytes) {
		this.jdbc = jdbc;
		this.files = files;
		this.encryption = encryption;
		this.known = known;
		this.cases = cases;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}

	// ---------------------------------------------------------------- records

	/** An evidence item as the pages show it (never its content). */
	public record Item(UUID id, String reference, UUID caseId, UUID fileId, EvidenceKind kind, long size, String sha256,
			String sha1, String md5, String pdq, Integer pdqQuality, Integer width, Integer height, String origin,
			String originRef, Instant acquiredAt, UUID acquiredBy, UUID acquiredAgency, String integrity,
			Instant verifiedAt, int matchCount, String encryptedDescription) {

		public boolean intact() {
			return !"FAILED".equals(integrity);
		}

	}

	/** One line of the chain of custody. */
	public record Custody(String action, Instant at, UUID actorId, UUID agencyId, String detail) {
	}

	/** One stored match. */
	public record Match(String kind, int distance, UUID listId, String listName, Integer listVersion, String category,
			UUID otherEvidenceId, UUID otherCaseId, UUID otherAgencyId, Instant foundAt) {
	}

	// ---------------------------------------------------------------- acquisition

	/**
	 * Takes a file from staff into a visible case: checks its type by content and its size while it streams
	 * into the encrypted store (hashes computed on the way), refuses image floods before decoding, then hashes
	 * it perceptually, matches it and records it with its custody.
	 * @throws RuleViolationException naming {@code file} for an empty, too large or unaccepted file, or
	 *         {@code description} for one too long
	 */
	public Item upload(UUID caseId, String description, InputStream content) throws IOException {
		CaseSummary kase = cases.visible(caseId).orElseThrow(CaseNotFoundException::new);
		if (description != null && description.strip().length() > 2000) {
			throw new RuleViolationException("description", "evidence.error.description");
		}
		BufferedInputStream buffered = new BufferedInputStream(content, EvidenceKind.HEAD_BYTES + 1);
		buffered.mark(EvidenceKind.HEAD_BYTES + 1);
		byte[] head = buffered.readNBytes(EvidenceKind.HEAD_BYTES + 1);
		buffered.reset();
		if (head.length == 0) {
			throw new RuleViolationException("file", "evidence.error.empty");
		}
		boolean complete = head.length <= EvidenceKind.HEAD_BYTES;
		EvidenceKind kind = EvidenceKind.of(head, Math.min(head.length, EvidenceKind.HEAD_BYTES), complete)
			.orElseThrow(() -> new RuleViolationException("file", "evidence.error.type"));
		StoredFile stored;
		try {
			stored = files.store(buffered, maxBytes);
		}
		catch (FileTooLargeException ex) {
			throw new RuleViolationException("file", "evidence.error.tooLarge", maxBytes / (1024 * 1024));
		}
		try {
			Integer width = null;
			Integer height = null;
			if (kind.decodedImage()) {
				try (InputStream image = files.open(stored.id())) {
					var inspected = ImageInspection.inspect(image, maxBytes);
					width = inspected.width();
					height = inspected.height();
				}
				catch (UnacceptableFileException ex) {
					throw new RuleViolationException("file", "evidence.error.image." + ex.reason().name());
				}
			}
			Actor actor = Actor.current().orElse(null);
			Acquisition acquisition = new Acquisition(kase.id(), stored.id(), null, kind, stored.size(), stored.sha256(),
					stored.sha1(), stored.md5(), width, height, description, "UPLOAD", null,
					actor == null ? null : actor.userId(), actor == null ? kase.ownerAgencyId() : actor.agencyId());
			return acquire(acquisition, "UPLOAD");
		}
		catch (RuntimeException | IOException ex) {
			files.delete(stored.id());
			throw ex;
		}
	}

	/**
	 * Adopts the files of a report that joined a case: the report's stored file becomes the item's file (not a
	 * copy), acquired "from report RP-…". A file already adopted by the case is left alone, so a redelivered
	 * event changes nothing.
	 */
	void adopt(UUID caseId, String reportReference, List<ReportFile> reportFiles) {
		CaseSummary kase = cases.find(caseId).orElse(null);
		if (kase == null) {
			return;
		}
		for (ReportFile file : reportFiles) {
			boolean adopted = jdbc.sql("select count(*) from evidence_item where case_id = ? and source_file_id = ?")
				.params(caseId, file.fileId()).query(Integer.class).single() > 0;
			if (adopted) {
				continue;
			}
			EvidenceKind kind = EvidenceKind.ofMediaType(file.mediaType()).orElse(EvidenceKind.TEXT);
			String origin = "PARTNER".equals(file.origin()) ? "PARTNER_FILE" : "REPORT_SCREENSHOT";
			try {
				acquire(new Acquisition(caseId, file.fileId(), file.fileId(), kind, file.size(), file.sha256(), file.sha1(),
						file.md5(), file.width(), file.height(), null, origin, reportReference, null, kase.ownerAgencyId()),
						"REPORT " + reportReference);
			}
			catch (IOException ex) {
				log.warn("A file of report {} could not be read for adoption; it stays with the report", reportReference, ex);
			}
		}
	}

	private record Acquisition(UUID caseId, UUID fileId, UUID sourceFileId, EvidenceKind kind, long size, String sha256,
			String sha1, String md5, Integer width, Integer height, String description, String origin, String originRef,
			UUID actorId, UUID agencyId) {
	}

	private Item acquire(Acquisition a, String from) throws IOException {
		UUID id = UUID.randomUUID();
		Fingerprint fingerprint = Fingerprint.exact(a.sha256(), a.sha1(), a.md5());
		if (a.kind().decodedImage()) {
			try (InputStream image = files.open(a.fileId())) {
				Optional<KnownContent.PerceptualHash> perceptual = known.perceive(image);
				if (perceptual.isPresent()) {
					fingerprint = fingerprint.withPdq(perceptual.get());
				}
			}
		}
		Fingerprint print = fingerprint;
		Instant now = clock.instant();
		return transaction.execute(status -> {
			String reference = "EV-%d-%06d".formatted(now.atZone(java.time.ZoneOffset.UTC).getYear(),
					jdbc.sql("select nextval('evidence_number')").query(Long.class).single());
			jdbc.sql("""
					insert into evidence_item (id, reference, case_id, file_id, kind, media_type, size_bytes, sha256, sha1, md5,
					  pdq, pdq_quality, width, height, description, origin, origin_ref, source_file_id, acquired_at, acquired_by,
					  acquired_agency, integrity, verified_at, match_count)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INTACT', ?, 0)""")
				.params(id, reference, a.caseId(), a.fileId(), a.kind().name(), a.kind().mediaType(), a.size(), a.sha256(),
						a.sha1(), a.md5(), print.pdq(), print.pdqQuality(), a.width(), a.height(),
						seal(id, a.description()), a.origin(), a.originRef(), a.sourceFileId(), Timestamp.from(now), a.actorId(),
						a.agencyId(), Timestamp.from(now))
				.update();
			custody(id, "ACQUIRED", a.actorId(), a.agencyId(), from);
			audit.record(a.actorId(), a.agencyId(), "evidence.item.acquired", "evidence_item", id, AuditOutcome.SUCCESS);
			events.publishEvent(new EvidenceAdded(id, a.caseId(), a.origin(), a.kind().name(), now));
			List<KnownMatch> matches = known.match(print, id);
			known.record(print, "EVIDENCE", id, a.caseId(), a.agencyId());
			recordMatches(id, reference, a.caseId(), a.agencyId(), matches, now);
			return find(id).orElseThrow();
		});
	}

	private void recordMatches(UUID id, String reference, UUID caseId, UUID agencyId, List<KnownMatch> matches, Instant now) {
		if (matches.isEmpty()) {
			return;
		}
		boolean urgent = false;
		for (KnownMatch match : matches) {
			jdbc.sql("""
					insert into evidence_match (id, evidence_id, kind, distance, list_id, list_name, list_version, category,
					  other_evidence_id, other_case_id, other_agency_id, found_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), id, match.kind().name(), match.distance(), match.listId(), match.listName(),
						match.listVersion(), match.category() == null ? null : match.category().name(), match.sourceId(),
						match.caseId(), match.agencyId(), Timestamp.from(now))
				.update();
			urgent |= match.raisesPriority();
			events.publishEvent(new EvidenceMatched(id, caseId, match.fromList() ? "HASH_LIST" : "CASE", match.kind().name(),
					match.category() == null ? null : match.category().name(), now));
			if (!match.fromList() && match.sourceId() != null) {
				// The earlier item learns of the new one too: its case may not know the content turned up again.
				Item other = find(match.sourceId()).orElse(null);
				if (other != null) {
					jdbc.sql("""
							insert into evidence_match (id, evidence_id, kind, distance, other_evidence_id, other_case_id, other_agency_id, found_at)
							values (?, ?, ?, ?, ?, ?, ?, ?)""")
						.params(UUID.randomUUID(), other.id(), match.kind().name(), match.distance(), id, caseId,
								agencyId, Timestamp.from(now))
						.update();
					jdbc.sql("update evidence_item set match_count = match_count + 1 where id = ?").param(other.id()).update();
					custody(other.id(), "MATCHED", null, null, reference);
					events.publishEvent(new EvidenceMatched(other.id(), other.caseId(), "CASE", match.kind().name(), null, now));
					if (!other.caseId().equals(caseId)) {
						cases.raisePriority(other.caseId(), CasePriority.HIGH, "evidence.timeline.matched", List.of(other.reference()));
					}
				}
			}
		}
		jdbc.sql("update evidence_item set match_count = ? where id = ?").params(matches.size(), id).update();
		custody(id, "MATCHED", null, null, Integer.toString(matches.size()));
		if (urgent) {
			cases.raisePriority(caseId, CasePriority.HIGH, "evidence.timeline.matched", List.of(reference));
		}
		else {
			cases.addToTimeline(caseId, "evidence.timeline.matchedBenign", List.of(reference));
		}
	}

	// ---------------------------------------------------------------- reading

	/** The items of a visible case, oldest first. */
	public List<Item> ofCase(UUID caseId) {
		cases.visible(caseId).orElseThrow(CaseNotFoundException::new);
		return jdbc.sql("select * from evidence_item where case_id = ? order by acquired_at, reference").param(caseId)
			.query((rs, n) -> item(rs)).list();
	}

	/** Items acquired by an agency, newest first, only of cases the actor may see. */
	public List<Item> acquiredBy(UUID agencyId, boolean matchedOnly, int limit) {
		// A list, not a stream: a stream left unclosed would keep its database connection.
		return jdbc.sql("select * from evidence_item where acquired_agency = ?" + (matchedOnly ? " and match_count > 0" : "")
				+ " order by acquired_at desc limit " + (limit * 2))
			.param(agencyId)
			.query((rs, n) -> item(rs))
			.list()
			.stream()
			.filter(item -> cases.visible(item.caseId()).isPresent())
			.limit(limit)
			.toList();
	}

	/** An item of a case the actor may see; otherwise it does not exist for them. */
	public Item require(UUID id) {
		Item item = find(id).orElseThrow(() -> new NotFoundException("Evidence"));
		if (cases.visible(item.caseId()).isEmpty()) {
			throw new NotFoundException("Evidence");
		}
		return item;
	}

	Optional<Item> find(UUID id) {
		return jdbc.sql("select * from evidence_item where id = ?").param(id).query((rs, n) -> item(rs)).optional();
	}

	/** The chain of custody of an item the caller already obtained through {@link #require}. */
	public List<Custody> custody(Item item) {
		UUID id = item.id();
		return jdbc.sql("select * from evidence_custody where evidence_id = ? order by at, id").param(id)
			.query((rs, n) -> new Custody(rs.getString("action"), rs.getTimestamp("at").toInstant(),
					rs.getObject("actor_id", UUID.class), rs.getObject("agency_id", UUID.class), rs.getString("detail")))
			.list();
	}

	/** The matches of an item the caller already obtained through {@link #require}. */
	public List<Match> matches(Item item) {
		UUID id = item.id();
		return jdbc.sql("select * from evidence_match where evidence_id = ? order by distance, found_at").param(id)
			.query((rs, n) -> new Match(rs.getString("kind"), rs.getInt("distance"), rs.getObject("list_id", UUID.class),
					rs.getString("list_name"), (Integer) rs.getObject("list_version"), rs.getString("category"),
					rs.getObject("other_evidence_id", UUID.class), rs.getObject("other_case_id", UUID.class),
					rs.getObject("other_agency_id", UUID.class), rs.getTimestamp("found_at").toInstant()))
			.list();
	}

	/** The reference of another item, for a match the viewer may follow. */
	public Optional<String> reference(UUID id) {
		return jdbc.sql("select reference from evidence_item where id = ?").param(id).query(String.class).optional();
	}

	/** The description staff wrote, decrypted. */
	public String description(Item item) {
		if (item.encryptedDescription() == null) {
			return null;
		}
		return new String(encryption.decrypt(Base64.getDecoder().decode(item.encryptedDescription()),
				"evidence_item.description:" + item.id()), StandardCharsets.UTF_8);
	}

	// ---------------------------------------------------------------- safe viewing

	/**
	 * A blurred, grey preview in which nothing can be recognised (the default view of an image). Not a custody
	 * event: it shows no content.
	 */
	public byte[] preview(UUID id, int width) throws IOException {
		Item item = require(id);
		if (!item.kind().decodedImage()) {
			throw new NotFoundException("Preview");
		}
		try (InputStream image = files.open(item.fileId())) {
			return EvidenceImages.grey(ImageInspection.blurredPreview(image, width));
		}
	}

	/** Records that the actor revealed the item's content (image or text) on screen. */
	public void revealed(UUID id) {
		Item item = require(id);
		Actor actor = Actor.current().orElseThrow();
		transaction.executeWithoutResult(status -> {
			custody(item.id(), "VIEWED", actor.userId(), actor.agencyId(), null);
			audit.record("evidence.item.revealed", "evidence_item", item.id(), AuditOutcome.SUCCESS);
		});
	}

	/** The revealed image, re-encoded without the uploader's metadata. */
	public byte[] image(UUID id) throws IOException {
		Item item = require(id);
		if (!item.kind().decodedImage()) {
			throw new NotFoundException("Image");
		}
		try (InputStream image = files.open(item.fileId())) {
			return ImageInspection.reencoded(image);
		}
	}

	/** The revealed text, as much as the page shows, decoded leniently. */
	public String text(UUID id) throws IOException {
		Item item = require(id);
		if (item.kind() != EvidenceKind.TEXT) {
			throw new NotFoundException("Text");
		}
		try (InputStream text = files.open(item.fileId())) {
			byte[] bytes = text.readNBytes(TEXT_SHOWN * 4);
			String decoded = new String(bytes, StandardCharsets.UTF_8);
			return decoded.length() > TEXT_SHOWN ? decoded.substring(0, TEXT_SHOWN) : decoded;
		}
	}

	// ---------------------------------------------------------------- download and integrity

	/** Thrown when an item fails its integrity check; the failure is recorded before this is thrown. */
	public static class IntegrityFailure extends RuntimeException {

		IntegrityFailure() {
			super("The evidence file failed its integrity check", null, false, false);
		}

	}

	/**
	 * Checks the stored file against the SHA-256 taken at acquisition (reading it once through), records the
	 * download in the custody chain and opens it again for the caller to stream. A file that fails is marked,
	 * {@link EvidenceIntegrityFailed} is published and {@link IntegrityFailure} thrown: nothing is handed out.
	 */
	public InputStream download(UUID id) throws IOException {
		Item item = require(id);
		if (!verify(item, "DOWNLOAD")) {
			throw new IntegrityFailure();
		}
		Actor actor = Actor.current().orElseThrow();
		transaction.executeWithoutResult(status -> {
			custody(item.id(), "DOWNLOADED", actor.userId(), actor.agencyId(), null);
			audit.record("evidence.item.downloaded", "evidence_item", item.id(), AuditOutcome.SUCCESS);
		});
		return files.open(item.fileId());
	}

	/**
	 * Re-reads one item and compares its SHA-256; records the outcome (custody, and on failure the item's
	 * state and an event) in its own transaction.
	 * @return whether the file is intact
	 */
	boolean verify(Item item, String check) {
		boolean intact;
		try (InputStream stored = files.open(item.fileId())) {
			intact = sha256(stored).equals(item.sha256());
		}
		catch (IOException | NotFoundException ex) {
			intact = false;
		}
		boolean ok = intact;
		Instant now = clock.instant();
		separate.executeWithoutResult(status -> {
			if (ok) {
				jdbc.sql("update evidence_item set verified_at = ?, integrity = case when integrity = 'FAILED' then integrity else 'INTACT' end where id = ?")
					.params(Timestamp.from(now), item.id()).update();
				if ("SCHEDULED".equals(check)) {
					custody(item.id(), "VERIFIED", null, null, "INTACT");
				}
				return;
			}
			jdbc.sql("update evidence_item set integrity = 'FAILED', verified_at = ? where id = ?")
				.params(Timestamp.from(now), item.id()).update();
			custody(item.id(), "INTEGRITY_FAILED", null, null, check);
			audit.record(null, null, "evidence.item.integrityFailed", "evidence_item", item.id(), AuditOutcome.FAILURE);
			events.publishEvent(new EvidenceIntegrityFailed(item.id(), item.caseId(), check, now));
			cases.addToTimeline(item.caseId(), "evidence.timeline.integrityFailed", List.of(item.reference()));
		});
		if (!ok) {
			log.error("Evidence {} failed its integrity check ({})", item.reference(), check);
		}
		return ok;
	}

	/** Checks every item, least recently verified first. Returns the number that failed. */
	public int verifyAll() {
		List<UUID> ids = jdbc.sql("select id from evidence_item order by verified_at nulls first, id").query(UUID.class).list();
		int failed = 0;
		for (UUID id : ids) {
			Item item = find(id).orElse(null);
			if (item != null && !verify(item, "SCHEDULED")) {
				failed++;
			}
		}
		log.info("Verified {} evidence file(s): {} failed", ids.size(), failed);
		return failed;
	}

	/** Custody line for every item of a case when a referral shares it with another agency. */
	void shared(UUID caseId, UUID agencyId, String caseReference) {
		for (UUID id : jdbc.sql("select id from evidence_item where case_id = ?").param(caseId).query(UUID.class).list()) {
			custody(id, "SHARED", null, agencyId, agencyId.toString());
		}
	}

	// ---------------------------------------------------------------- rows

	private void custody(UUID id, String action, UUID actorId, UUID agencyId, String detail) {
		jdbc.sql("insert into evidence_custody (id, evidence_id, action, at, actor_id, agency_id, detail) values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id, action, Timestamp.from(clock.instant()), actorId, agencyId, detail)
			.update();
	}

	private String seal(UUID id, String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		return Base64.getEncoder().encodeToString(encryption.encrypt(description.strip().getBytes(StandardCharsets.UTF_8),
				"evidence_item.description:" + id));
	}

	private static Item item(ResultSet rs) throws SQLException {
		Timestamp verified = rs.getTimestamp("verified_at");
		return new Item(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("case_id", UUID.class),
				rs.getObject("file_id", UUID.class), EvidenceKind.valueOf(rs.getString("kind")), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getString("sha1"), rs.getString("md5"), rs.getString("pdq"),
				(Integer) rs.getObject("pdq_quality"), (Integer) rs.getObject("width"), (Integer) rs.getObject("height"),
				rs.getString("origin"), rs.getString("origin_ref"), rs.getTimestamp("acquired_at").toInstant(),
				rs.getObject("acquired_by", UUID.class), rs.getObject("acquired_agency", UUID.class),
				rs.getString("integrity"), verified == null ? null : verified.toInstant(), rs.getInt("match_count"),
				rs.getString("description"));
	}

	static String sha256(InputStream in) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
			digesting.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Whether the signed-in user holds the permission. */
	public static boolean holds(org.kumkrong.platform.Permission permission) {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> permission.authority().equals(authority.getAuthority()));
	}


}
