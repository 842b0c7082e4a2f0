package org.kumkrong.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.intake.ReportFileReceived;
import org.kumkrong.intake.internal.SubmissionProblem.Kind;
import org.kumkrong.platform.EncryptedFiles;
import org.kumkrong.platform.FileTooLargeException;
import org.kumkrong.platform.ImageInspection;
import org.kumkrong.platform.InspectedImage;
import org.kumkrong.platform.StoredFile;
import org.kumkrong.platform.UnacceptableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a partner uploads for the files it declared in a report (after the CyberTipline's upload step):
 * streamed into platform's encrypted file store while SHA-256, SHA-1 and MD5 are computed, then kept only
 * if the content is what was declared and of a kind intake accepts (SECURITY.md row 11).
 * <p>
 * The checks, in order, and what each refusal leaves: the report must be the partner's own (else as if it
 * did not exist) and declare the file (nothing is read); the size must stay within
 * {@link IntakeSettings#partnerFileMaxBytes()} (the store stops one byte past it and keeps nothing); the
 * hashes must equal the declared ones; the content must be of a {@link FileKind}, and an image must not be
 * a pixel flood, judged from its header before anything is decoded. Every refused upload is deleted from
 * the store before the answer. An accepted one is recorded in {@code intake_file} with its audit entry in
 * one transaction; if that fails, the stored file is deleted too.
 * <p>
 * A declared file is kept once. Sending it again (a retry after a lost answer) is checked the same way and,
 * the content being the declared one, answered with the record already kept; the second copy is deleted.
 * Two uploads of the same file at once meet at the unique index on (report, declared index): the later
 * insert fails and answers the record of the first.
 */
@Service
public class PartnerFiles {

	/** The header in which a partner may state the SHA-256 of an upload (64 hex digits or base64). */
	public static final String SHA256_HEADER = "X-Content-SHA256";

	/** The header in which a partner may state the MD5 of an upload (32 hex digits or base64, as Content-MD5). */
	public static final String MD5_HEADER = "X-Content-MD5";

	private final ReportStore store;

	private final ReportSecrets secrets;

	private final EncryptedFiles files;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final long maxBytes;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private static final Logger log = LoggerFactory.getLogger(PartnerFiles.class);

	PartnerFiles(ReportStore store, ReportSecrets secrets, EncryptedFiles files, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactions, IntakeSettings settings,
			ApplicationEventPublisher events, JdbcClient jdbc) {
		this.events = events;
		this.jdbc = jdbc;
		this.store = store;
		this.secrets = secrets;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.maxBytes = settings.partnerFileMaxBytes().toBytes();
	}

	/** The largest upload accepted, in bytes. */
	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * Which declared file an upload is: by its 0-based {@code index} in the report's files, or by its exact
	 * {@code name} (exactly one of them), with the hashes the partner states for this upload (lowercase hex,
	 * or {@code null}).
	 */
	public record Upload(Integer index, String name, String sha256, String md5, long contentLength) {
	}

	/** A file kept for one of a report's declared files (in the file store under its id). */
	public record ReceivedFile(UUID id, UUID reportId, int declaredIndex, FileKind kind, long size, String sha256,
			String sha1, String md5, Integer width, Integer height, Instant receivedAt) {
	}

	/** What became of an upload. */
	public sealed interface Outcome permits Stored, AlreadyStored, NoSuchReport, Refused {
	}

	/** Kept now. */
	public record Stored(ReceivedFile file) implements Outcome {
	}

	/** The same declared file was kept before, with the same content: that record. Nothing new is kept. */
	public record AlreadyStored(ReceivedFile file) implements Outcome {
	}

	/** No report of this partner has this id (another partner's report answers the same). Nothing was read. */
	public record NoSuchReport() implements Outcome {
	}

	/** Refused for a reason and its problems; nothing of the upload is kept. */
	public record Refused(Refusal refusal, List<SubmissionProblem> problems) implements Outcome {
	}

	/** Why an upload was refused; the API answers each with its own status. */
	public enum Refusal {
		/** Nothing arrived (400). */
		EMPTY,
		/** Not a declared file, a hash other than the declared one, or an image refused before decoding (422). */
		NOT_AS_DECLARED,
		/** Larger than {@link #maxBytes()} (413). */
		TOO_LARGE,
		/** None of the accepted kinds (415). */
		UNSUPPORTED_KIND
	}

	/**
	 * Receives an upload for a declared file of one of the partner's reports, reading {@code content} at most
	 * once, to its end or to one byte past the limit, and never holding it whole.
	 *
	 * @param partnerAgency the uploading partner's agency (the report's sender must be the same)
	 */
	public Outcome receive(UUID partnerAgency, UUID reportId, Upload upload, InputStream content) throws IOException {
		StoredReport report = store.find(reportId)
			.filter(found -> partnerAgency != null && partnerAgency.equals(found.partnerAgencyId()))
			.orElse(null);
		if (report == null) {
			return new NoSuchReport();
		}
		List<ReportSubmission.DeclaredFile> declared = secrets
			.openDetails(reportId, store.details(reportId).orElseThrow())
			.files();
		Selection selection = select(declared, upload);
		if (selection.refused() != null) {
			return selection.refused();
		}
		int index = selection.index();
		ReportSubmission.DeclaredFile file = declared.get(index);
		// A stated hash that contradicts the declaration needs no upload to be refused.
		if (upload.sha256() != null && !upload.sha256().equalsIgnoreCase(file.sha256())) {
			return refused(Refusal.NOT_AS_DECLARED, SHA256_HEADER, Kind.HASH_MISMATCH);
		}
		if (upload.md5() != null && file.md5() != null && !upload.md5().equalsIgnoreCase(file.md5())) {
			return refused(Refusal.NOT_AS_DECLARED, MD5_HEADER, Kind.HASH_MISMATCH);
		}
		if (upload.contentLength() > maxBytes) {
			return new Refused(Refusal.TOO_LARGE, List.of());
		}
		StoredFile stored;
		try {
			stored = files.store(content, maxBytes);
		}
		catch (FileTooLargeException ex) {
			// The store keeps nothing of an upload that goes past the limit.
			return new Refused(Refusal.TOO_LARGE, List.of());
		}
		Outcome outcome = null;
		try {
			outcome = judge(stored, reportId, index, file, upload);
		}
		finally {
			if (!(outcome instanceof Stored)) {
				files.delete(stored.id());
			}
		}
		if (outcome instanceof Stored kept) {
			accepted(kept.file());
		}
		return outcome;
	}

	/** Which declared file an upload is, or why none. */
	private record Selection(int index, Refused refused) {
	}

	private static Selection select(List<ReportSubmission.DeclaredFile> declared, Upload upload) {
		if (upload.index() != null) {
			int index = upload.index();
			return index >= 0 && index < declared.size() ? new Selection(index, null)
					: new Selection(-1, refused(Refusal.NOT_AS_DECLARED, "index", Kind.NOT_DECLARED));
		}
		List<Integer> named = new ArrayList<>();
		for (int i = 0; i < declared.size(); i++) {
			if (declared.get(i) != null && upload.name() != null && upload.name().equals(declared.get(i).name())) {
				named.add(i);
			}
		}
		if (named.size() == 1) {
			return new Selection(named.get(0), null);
		}
		return new Selection(-1, refused(Refusal.NOT_AS_DECLARED, "name", named.isEmpty() ? Kind.NOT_DECLARED : Kind.AMBIGUOUS));
	}

	/** What becomes of a stored upload: refused, the record kept earlier, or kept now. */
	private Outcome judge(StoredFile stored, UUID reportId, int index, ReportSubmission.DeclaredFile file, Upload upload)
			throws IOException {
		String path = "files[" + index + "]";
		Outcome mismatch = check(stored, file, path, upload);
		if (mismatch != null) {
			return mismatch;
		}
		Optional<ReceivedFile> earlier = earlier(reportId, index);
		if (earlier.isPresent()) {
			// The content is the declared one, so the record kept for it is of this very file.
			return new AlreadyStored(earlier.get());
		}
		Checked checked = inspect(stored.id(), path);
		if (checked.refused() != null) {
			return checked.refused();
		}
		return keep(new ReceivedFile(stored.id(), reportId, index, checked.kind(), stored.size(), stored.sha256(),
				stored.sha1(), stored.md5(), checked.width(), checked.height(),
				clock.instant().truncatedTo(ChronoUnit.MICROS)), file.name());
	}

	/** The hashes and size against the declaration; {@code null} when they agree. */
	private Outcome check(StoredFile stored, ReportSubmission.DeclaredFile file, String path, Upload upload) {
		if (stored.size() == 0) {
			return refused(Refusal.EMPTY, "$", Kind.MISSING);
		}
		List<SubmissionProblem> problems = new ArrayList<>();
		if (!stored.sha256().equalsIgnoreCase(file.sha256())) {
			problems.add(SubmissionProblem.of(path + ".sha256", Kind.HASH_MISMATCH));
		}
		if (file.md5() != null && !stored.md5().equalsIgnoreCase(file.md5())) {
			problems.add(SubmissionProblem.of(path + ".md5", Kind.HASH_MISMATCH));
		}
		else if (file.md5() == null && upload.md5() != null && !stored.md5().equalsIgnoreCase(upload.md5())) {
			problems.add(SubmissionProblem.of(MD5_HEADER, Kind.HASH_MISMATCH));
		}
		return problems.isEmpty() ? null : new Refused(Refusal.NOT_AS_DECLARED, problems);
	}

	/** The kind of a stored file and, for an image, its size in pixels; or why it is refused. */
	private record Checked(FileKind kind, Integer width, Integer height, Refused refused) {
	}

	private Checked inspect(UUID id, String path) throws IOException {
		Optional<FileKind> kind;
		try (InputStream content = files.open(id)) {
			kind = FileKind.of(content);
		}
		if (kind.isEmpty()) {
			return new Checked(null, null, null, refused(Refusal.UNSUPPORTED_KIND, path, Kind.FILE_TYPE));
		}
		if (!kind.get().image()) {
			return new Checked(kind.get(), null, null, null);
		}
		try (InputStream content = files.open(id)) {
			// From the header alone, before a pixel is decoded: a pixel flood or decompression bomb is refused here.
			InspectedImage image = ImageInspection.inspect(content, maxBytes);
			return new Checked(kind.get(), image.width(), image.height(), null);
		}
		catch (UnacceptableFileException ex) {
			Kind problem = ex.reason() == UnacceptableFileException.Reason.TOO_MANY_PIXELS ? Kind.TOO_MANY_PIXELS
					: Kind.DAMAGED;
			return new Checked(null, null, null, refused(Refusal.NOT_AS_DECLARED, path, problem));
		}
	}

	/** Records the file and its audit entry together; if an upload at the same time won, its record. */
	private Outcome keep(ReceivedFile received, String declaredName) {
		try {
			transaction.executeWithoutResult(status -> {
				store.insertPartnerFile(received, secrets.sealFileName(received.id(), declaredName));
				// The actor is the partner's key, and its agency the partner agency.
				audit.record("intake.file.partnerUploaded", "intake_file", received.id(), AuditOutcome.SUCCESS);
			});
		}
		catch (DuplicateKeyException ex) {
			// Another upload of the same declared file was kept a moment ago, with the same (declared) content.
			return earlier(received.reportId(), received.declaredIndex()).<Outcome>map(AlreadyStored::new)
				.orElseThrow(() -> ex);
		}
		return new Stored(received);
	}

	private Optional<ReceivedFile> earlier(UUID reportId, int declaredIndex) {
		return store.partnerFile(reportId, declaredIndex);
	}

	/**
	 * The file is kept, committed and audited: nothing of the upload can be undone from here. Where the
	 * matching of issue 5 starts (hash lists, PDQ of images, flagging the report in triage): a failure here
	 * must not turn the partner's answer into an error, as the file is already kept.
	 */
	private void accepted(ReceivedFile file) {
		try {
			String reference = jdbc.sql("select reference from intake_report where id = ?").param(file.reportId())
				.query(String.class).single();
			// Published in a transaction of its own so the registry keeps it: known-content matching and, if the
			// report already joined a case, adoption as evidence run from it.
			transaction.executeWithoutResult(status -> events.publishEvent(
					new ReportFileReceived(file.reportId(), reference, file.id(), file.receivedAt())));
		}
		catch (RuntimeException ex) {
			log.warn("The arrival of file {} could not be announced; it is kept all the same", file.id(), ex);
		}
	}

	private static Refused refused(Refusal refusal, String field, Kind kind) {
		return new Refused(refusal, List.of(SubmissionProblem.of(field, kind)));
	}

}
