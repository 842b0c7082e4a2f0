package org.kumkrong.intake.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.kumkrong.platform.FieldEncryption;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Encrypts what a reporter wrote before it reaches the database: the whole submission (as JSON), the
 * contact details, each follow-up message and the declared name of each file a partner uploads, each bound to its row by the associated data so a
 * ciphertext moved to another report does not decrypt.
 */
@Component
class ReportSecrets {

	private final FieldEncryption encryption;

	private final JsonMapper json;

	ReportSecrets(FieldEncryption encryption, JsonMapper json) {
		this.encryption = encryption;
		this.json = json;
	}

	String sealDetails(UUID reportId, ReportSubmission submission) {
		// The contact is sealed separately so that only those allowed to see it ever decrypt it.
		ReportSubmission withoutContact = new ReportSubmission(submission.channel(), submission.reporterKind(),
				submission.reporterAgeBand(), submission.offenceCodes(), submission.whatHappened(),
				submission.incidentAt(), submission.incidentWhen(), submission.danger(), submission.dangerReason(),
				submission.countryCode(), submission.provinceCode(), submission.platformCodes(), submission.internet(),
				submission.persons(), submission.victims(), submission.files(), submission.description(), null,
				submission.partnerReference(), submission.screenshotIds());
		return seal(json.writeValueAsBytes(withoutContact), "intake_report.details:" + reportId);
	}

	ReportSubmission openDetails(UUID reportId, String sealed) {
		return json.readValue(open(sealed, "intake_report.details:" + reportId), ReportSubmission.class);
	}

	String sealContact(UUID reportId, ReportSubmission.Contact contact) {
		if (contact == null || contact.isEmpty()) {
			return null;
		}
		return seal(json.writeValueAsBytes(contact), "intake_report.contact:" + reportId);
	}

	ReportSubmission.Contact openContact(UUID reportId, String sealed) {
		return sealed == null ? null
				: json.readValue(open(sealed, "intake_report.contact:" + reportId), ReportSubmission.Contact.class);
	}

	String sealMessage(UUID messageId, String body) {
		return seal(body.getBytes(StandardCharsets.UTF_8), "intake_message.body:" + messageId);
	}

	String openMessage(UUID messageId, String sealed) {
		return new String(open(sealed, "intake_message.body:" + messageId), StandardCharsets.UTF_8);
	}

	String sealFileName(UUID fileId, String name) {
		return name == null ? null : seal(name.getBytes(StandardCharsets.UTF_8), "intake_file.name:" + fileId);
	}

	String openFileName(UUID fileId, String sealed) {
		return sealed == null ? null : new String(open(sealed, "intake_file.name:" + fileId), StandardCharsets.UTF_8);
	}

	private String seal(byte[] plaintext, String associatedData) {
		return Base64.getEncoder().encodeToString(encryption.encrypt(plaintext, associatedData));
	}

	private byte[] open(String sealed, String associatedData) {
		return encryption.decrypt(Base64.getDecoder().decode(sealed), associatedData);
	}

}
