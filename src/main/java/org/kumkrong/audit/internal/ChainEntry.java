package org.kumkrong.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One audit entry as the chain sees it, and its canonical encoding: a version byte, then seq,
 * occurred_at (ISO-8601 UTC with exactly six fraction digits), actor_id, agency_id, action, record_type,
 * record_id, outcome and chain_position, each as a 4-byte big-endian length (-1 for null) followed by
 * its UTF-8 text. Length prefixes make the encoding unambiguous whatever the values contain.
 */
record ChainEntry(long seq, Instant occurredAt, UUID actorId, UUID agencyId, String action, String recordType,
		String recordId, String outcome, Long chainPosition, String entryHash) {

	/** The columns {@link #read(ResultSet)} expects. */
	static final String COLUMNS = "seq, occurred_at, actor_id, agency_id, action, record_type, record_id, outcome, "
			+ "chain_position, entry_hash";

	private static final DateTimeFormatter ISO_MICROS = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final byte VERSION = 1;

	static ChainEntry read(ResultSet rs) throws SQLException {
		long position = rs.getLong("chain_position");
		return new ChainEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getObject("agency_id", UUID.class), rs.getString("action"),
				rs.getString("record_type"), rs.getString("record_id"), rs.getString("outcome"),
				rs.wasNull() ? null : position, rs.getString("entry_hash"));
	}

	/** The bytes the HMAC covers (after the previous hash), for this entry at the given position. */
	byte[] canonical(long position) {
		var out = new ByteArrayOutputStream(256);
		out.write(VERSION);
		field(out, Long.toString(seq));
		field(out, ISO_MICROS.format(occurredAt.truncatedTo(ChronoUnit.MICROS)));
		field(out, actorId == null ? null : actorId.toString());
		field(out, agencyId == null ? null : agencyId.toString());
		field(out, action);
		field(out, recordType);
		field(out, recordId);
		field(out, outcome);
		field(out, Long.toString(position));
		return out.toByteArray();
	}

	private static void field(ByteArrayOutputStream out, String value) {
		if (value == null) {
			writeInt(out, -1);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		writeInt(out, bytes.length);
		out.write(bytes, 0, bytes.length);
	}

	private static void writeInt(ByteArrayOutputStream out, int value) {
		out.write(value >>> 24);
		out.write(value >>> 16);
		out.write(value >>> 8);
		out.write(value);
	}

}
