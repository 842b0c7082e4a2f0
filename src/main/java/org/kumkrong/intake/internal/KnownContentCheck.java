package org.kumkrong.intake.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.intake.ReportFileReceived;
import org.kumkrong.intake.ReportSubmitted;
import org.kumkrong.matching.Fingerprint;
import org.kumkrong.matching.KnownContent;
import org.kumkrong.matching.KnownMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Asks matching about every file hash of a report — those a partner declared (SHA-256, MD5, PDQ) and those of
 * the files received with it — once the report is stored, and again when a partner's file arrives. The number
 * of hashes that match a hash list or a case's evidence is kept on the report, and the triage queue flags it:
 * an analyst then knows, before opening anything, that the content is already known.
 */
@Component
class KnownContentCheck {

	private static final Logger log = LoggerFactory.getLogger(KnownContentCheck.class);

	private final JdbcClient jdbc;

	private final KnownContent known;

	private final org.kumkrong.platform.EncryptedFiles files;

	KnownContentCheck(JdbcClient jdbc, KnownContent known, org.kumkrong.platform.EncryptedFiles files) {
		this.jdbc = jdbc;
		this.known = known;
		this.files = files;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted event) {
		check(event.reportId().value());
	}

	@ApplicationModuleListener
	void on(ReportFileReceived event) {
		check(event.reportId());
	}

	/** Matches the report's hashes and records how many matched. @return that number */
	int check(UUID reportId) {
		Set<Fingerprint> prints = new LinkedHashSet<>();
		jdbc.sql("select kind, val from intake_indicator where report_id = ? and kind in ('SHA256', 'MD5', 'PDQ')")
			.param(reportId)
			.query((rs, n) -> fingerprint(rs.getString("kind"), rs.getString("val")))
			.list()
			.forEach(print -> {
				if (print != null) {
					prints.add(print);
				}
			});
		record Received(UUID id, String contentType, Fingerprint print) {
		}
		List<Received> received = jdbc.sql("select id, content_type, sha256, sha1, md5 from intake_file where report_id = ?")
			.param(reportId)
			.query((rs, n) -> new Received(rs.getObject("id", UUID.class), rs.getString("content_type"),
					Fingerprint.exact(rs.getString("sha256"), rs.getString("sha1"), rs.getString("md5"))))
			.list();
		for (Received file : received) {
			Fingerprint print = file.print();
			if (file.contentType() != null && file.contentType().startsWith("image/")) {
				// Pictures are also matched by their PDQ hash (all rotations and flips), read from the encrypted store.
				try (java.io.InputStream image = files.open(file.id())) {
					print = known.perceive(image).map(print::withPdq).orElse(print);
				}
				catch (java.io.IOException | RuntimeException ex) {
					log.warn("A file of report {} could not be read for perceptual matching: {}", reportId, ex.toString());
				}
			}
			prints.add(print);
		}
		int matched = 0;
		for (Fingerprint print : prints) {
			List<KnownMatch> matches = known.match(print);
			if (!matches.isEmpty()) {
				matched++;
			}
		}
		jdbc.sql("update intake_report set known_matches = ? where id = ?").params(matched, reportId).update();
		if (matched > 0) {
			log.info("Report {}: {} file hash(es) match known content", reportId, matched);
		}
		return matched;
	}

	private static Fingerprint fingerprint(String kind, String value) {
		try {
			return switch (kind) {
				case "SHA256" -> Fingerprint.exact(value, null, null);
				case "MD5" -> Fingerprint.exact(null, null, value);
				// A partner's PDQ hash comes without its quality: the partner vouches for it.
				case "PDQ" -> new Fingerprint(null, null, null, value, 100, List.of());
				default -> null;
			};
		}
		catch (IllegalArgumentException ex) {
			// An indicator too long to keep whole is stored as its digest: not a hash of this kind.
			return null;
		}
	}

}
