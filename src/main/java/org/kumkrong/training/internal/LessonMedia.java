package org.kumkrong.training.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.ImageInspection;
import org.kumkrong.platform.InspectedImage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures for lessons, uploaded by trainers: only PNG or JPEG by their first bytes, within size and pixel
 * limits, re-encoded as PNG so that nothing but the pixels is kept (no metadata, no polyglot payload), under
 * a random name. Lessons may show images from here ({@link Markdown#MEDIA}) and nowhere else.
 */
@Service
public class LessonMedia {

	/** The largest picture accepted, in bytes. */
	public static final long MAX_BYTES = 4L * 1024 * 1024;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	LessonMedia(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks and stores a picture.
	 *
	 * @return its name, to be written as {@code ![description](/training/media/NAME)}
	 * @throws org.kumkrong.platform.UnacceptableFileException when it is not a PNG or JPEG, too large, or a pixel flood
	 */
	@Transactional
	public String store(byte[] upload) {
		try {
			InspectedImage image = ImageInspection.inspect(new ByteArrayInputStream(upload), MAX_BYTES);
			byte[] png = ImageInspection.reencoded(new ByteArrayInputStream(upload));
			byte[] id = new byte[12];
			random.nextBytes(id);
			String name = HexFormat.of().formatHex(id) + ".png";
			jdbc.sql("insert into training_media (name, width, height, content, created_at, created_by) values (?, ?, ?, ?, ?, ?)")
				.params(name, image.width(), image.height(), png, Timestamp.from(clock.instant()),
						Actor.current().map(Actor::userId).orElse(null))
				.update();
			audit.record("training.media.uploaded", "training.media", name, AuditOutcome.SUCCESS);
			return name;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The stored PNG of this name. */
	@Transactional(readOnly = true)
	public Optional<byte[]> png(String name) {
		if (name == null || !name.matches("[0-9a-f]{24}\\.png")) {
			return Optional.empty();
		}
		return jdbc.sql("select content from training_media where name = ?").param(name).query((row, n) -> row.getBytes(1)).optional();
	}

}
