package org.kumkrong.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.platform.EncryptedFiles;
import org.kumkrong.platform.FileTooLargeException;
import org.kumkrong.platform.ImageInspection;
import org.kumkrong.platform.InspectedImage;
import org.kumkrong.platform.StoredFile;
import org.kumkrong.platform.UnacceptableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screenshots of chats that a reporter adds to the public form before sending it (SECURITY.md row 11):
 * at most {@value #MAX_PER_REPORT}, each a PNG or JPEG of at most 5 MB as its content shows (never its
 * name or declared type) and not a pixel flood. An accepted one is kept encrypted in platform's file
 * store and as an {@code intake_file} row under the same id, without a report until the report is sent
 * ({@link ReportIntake#submit} attaches it). Screenshots of drafts that were never sent are purged after
 * {@link #ABANDONED_AFTER}, file and row, each purge audited.
 */
@Component
public class ReporterScreenshots {

	public static final long MAX_BYTES = 5L * 1024 * 1024;

	public static final int MAX_PER_REPORT = 3;

	static final Duration ABANDONED_AFTER = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(ReporterScreenshots.class);

	private final EncryptedFiles files;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ReporterScreenshots(EncryptedFiles files, JdbcClient jdbc, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactions) {
		this.files = files;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** What the reporter's page may show of an accepted screenshot (never the picture itself). */
	public record Accepted(UUID id, String mediaType, int width, int height, long size) {
	}

	/** Why a screenshot was refused, as the page explains it. */
	public enum Refusal {
		NOT_AN_IMAGE, TOO_LARGE, TOO_MANY_PIXELS, UNREADABLE
	}

	/** A screenshot that was not kept; nothing of it is stored. */
	public static class Refused extends RuntimeException {

		private final Refusal refusal;

		Refused(Refusal refusal) {
			super(refusal.name(), null, false, false);
			this.refusal = refusal;
		}

		public Refusal refusal() {
			return refusal;
		}

	}

	/**
	 * Checks and keeps one upload. {@code upload} supplies the content twice: once to inspect (nothing is
	 * written for a file that is refused), once to store.
	 *
	 * @throws Refused when it is not a PNG or JPEG, is larger than 5 MB, declares too many pixels or
	 *         cannot be read
	 */
	public Accepted accept(Upload upload) throws IOException {
		InspectedImage image;
		try (InputStream content = upload.open()) {
			image = ImageInspection.inspect(content, MAX_BYTES);
		}
		catch (UnacceptableFileException ex) {
			throw new Refused(Refusal.valueOf(ex.reason().name()));
		}
		StoredFile stored;
		try (InputStream content = upload.open()) {
			stored = files.store(content, MAX_BYTES);
		}
		catch (FileTooLargeException ex) {
			throw new Refused(Refusal.TOO_LARGE);
		}
		try {
			transaction.executeWithoutResult(status -> {
				jdbc.sql("""
						insert into intake_file (id, report_id, origin, kind, content_type, size_bytes, sha256, sha1, md5, width,
						    height, created_at)
						values (?, null, 'SCREENSHOT', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(stored.id(), kindOf(image).name(), image.format().mediaType(), stored.size(), stored.sha256(), stored.sha1(),
							stored.md5(), image.width(), image.height(), Timestamp.from(clock.instant()))
					.update();
				// The public channel is anonymous: the entry names no actor, and nothing about the client.
				audit.record(null, null, "intake.file.uploaded", "intake_file", stored.id(), AuditOutcome.SUCCESS);
			});
		}
		catch (RuntimeException ex) {
			// No row, no file: a screenshot is kept only with the record that finds and purges it.
			files.delete(stored.id());
			throw ex;
		}
		return new Accepted(stored.id(), image.format().mediaType(), image.width(), image.height(), stored.size());
	}

	private static FileKind kindOf(InspectedImage image) {
		return image.format() == InspectedImage.Format.PNG ? FileKind.IMAGE_PNG : FileKind.IMAGE_JPEG;
	}

	/** The content of an upload, readable more than once (a part of a multipart request held in memory). */
	@FunctionalInterface
	public interface Upload {

		InputStream open() throws IOException;

	}

	/** Removes a screenshot the reporter took back, if no report holds it yet. */
	public void discard(UUID id) {
		remove(id, null, "intake.file.discarded");
	}

	/**
	 * Purges screenshots of drafts never sent. The row goes first, only while no report holds it, so a
	 * report sent at the same moment keeps its file; the file (and with it its key) once that is committed.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	public void purgeAbandoned() {
		Instant before = clock.instant().minus(ABANDONED_AFTER);
		List<UUID> abandoned = jdbc.sql("select id from intake_file where report_id is null and created_at < ?")
			.param(Timestamp.from(before))
			.query(UUID.class)
			.list();
		int purged = 0;
		for (UUID id : abandoned) {
			if (remove(id, before, "intake.file.purged")) {
				purged++;
			}
		}
		if (purged > 0) {
			log.info("Purged {} screenshot(s) of reports never sent", purged);
		}
	}

	private boolean remove(UUID id, Instant createdBefore, String action) {
		Boolean removed = transaction.execute(status -> {
			int deleted = createdBefore == null
					? jdbc.sql("delete from intake_file where id = ? and report_id is null").param(id).update()
					: jdbc.sql("delete from intake_file where id = ? and report_id is null and created_at < ?")
						.params(id, Timestamp.from(createdBefore)).update();
			if (deleted == 0) {
				return false;
			}
			audit.record(null, null, action, "intake_file", id, AuditOutcome.SUCCESS);
			return true;
		});
		if (Boolean.TRUE.equals(removed)) {
			files.delete(id);
			return true;
		}
		return false;
	}

}
