package org.kumkrong.intake.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * In a reporter's session after the receipt code and passphrase were right: which report is open, and
 * until when. The code and passphrase themselves are never kept.
 */
record OpenedFollowUp(UUID reportId, Instant until) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

}
