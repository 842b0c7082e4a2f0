package org.kumkrong.matching.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kumkrong.matching.Fingerprint;
import org.kumkrong.matching.HashCategory;
import org.kumkrong.matching.MatchKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the entries of a hash list file one at a time, never the whole file in memory, and hands each valid
 * entry or each problem (with its line number) to a sink. Nothing is written here: the caller decides to keep
 * the entries only if there was no problem at all.
 */
final class HashListEntries {

	static final int MAX_SOURCE = 200;

	/** One valid entry. */
	record Entry(long line, MatchKind type, String hash, HashCategory category, String source) {
	}

	interface Sink {

		void entry(Entry entry);

		void problem(ImportProblem problem);

	}

	private HashListEntries() {
	}

	static void read(HashListFormat format, InputStream in, JsonMapper json, Sink sink) throws IOException {
		switch (format) {
			case CSV -> csv(in, sink);
			case PROJECT_VIC -> projectVic(in, json, sink);
		}
	}

	// ---------------------------------------------------------------- CSV

	private static void csv(InputStream in, Sink sink) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			// Empty lines are kept as records (and skipped below), so record numbers stay line numbers.
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(utf8(in)).setFormat(format).get()) {
			Map<String, Integer> header = new HashMap<>();
			parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
			boolean headerOk = true;
			for (String column : List.of("hash_type", "hash", "category")) {
				if (!header.containsKey(column)) {
					sink.problem(ImportProblem.of(1, column, "matching.import.error.missingColumn", column));
					headerOk = false;
				}
			}
			if (!headerOk) {
				return;
			}
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber() + 1;
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				String type = value(record, header.get("hash_type"));
				String hash = value(record, header.get("hash"));
				String category = value(record, header.get("category"));
				String source = header.containsKey("source") ? value(record, header.get("source")) : null;
				entry(line, type, hash, category, source, sink);
			}
		}
		catch (CharacterCodingException ex) {
			sink.problem(ImportProblem.of(0, "file", "matching.import.error.encoding"));
		}
		catch (java.io.UncheckedIOException ex) {
			// Commons CSV reports malformed quoting as an unchecked IOException naming the line.
			sink.problem(ImportProblem.of(0, "file", "matching.import.error.csv"));
		}
	}

	private static String value(CSVRecord record, Integer index) {
		return index != null && index < record.size() ? record.get(index) : null;
	}

	private static void entry(long line, String type, String hash, String category, String source, Sink sink) {
		MatchKind kind = kind(type);
		boolean ok = true;
		if (kind == null) {
			sink.problem(ImportProblem.of(line, "hash_type", "matching.import.error.type", type == null ? "" : type));
			ok = false;
		}
		String normalised = null;
		if (kind != null) {
			try {
				normalised = Fingerprint.normalised(hash, kind);
			}
			catch (IllegalArgumentException ex) {
				// Falls through to the problem below.
			}
			if (normalised == null) {
				sink.problem(ImportProblem.of(line, "hash", "matching.import.error.hash", kind.name(), kind.hexDigits()));
				ok = false;
			}
		}
		HashCategory parsed = HashCategory.fromCode(category).orElse(null);
		if (parsed == null) {
			sink.problem(ImportProblem.of(line, "category", "matching.import.error.category",
					category == null ? "" : category));
			ok = false;
		}
		String cleanSource = source == null || source.isBlank() ? null : source.strip();
		if (cleanSource != null && cleanSource.length() > MAX_SOURCE) {
			sink.problem(ImportProblem.of(line, "source", "matching.import.error.source", MAX_SOURCE));
			ok = false;
		}
		if (ok) {
			sink.entry(new Entry(line, kind, normalised, parsed, cleanSource));
		}
	}

	private static MatchKind kind(String type) {
		if (type == null) {
			return null;
		}
		return switch (type.strip().toUpperCase(Locale.ROOT).replace("-", "")) {
			case "SHA256" -> MatchKind.SHA256;
			case "SHA1" -> MatchKind.SHA1;
			case "MD5" -> MatchKind.MD5;
			case "PDQ" -> MatchKind.PDQ;
			default -> null;
		};
	}

	// ---------------------------------------------------------------- Project VIC JSON

	/**
	 * Every JSON object that has an {@code MD5} or {@code SHA1} member is a media entry, wherever it sits (VICS
	 * 1.x nests them in {@code value[].Media[]}, VICS 2 in {@code value[]}); its {@code Category} is the Project
	 * VIC number. Other members are ignored.
	 */
	private static void projectVic(InputStream in, JsonMapper json, Sink sink) throws IOException {
		Deque<Media> objects = new ArrayDeque<>();
		try (JsonParser parser = json.createParser(utf8(in))) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				switch (token) {
					case START_OBJECT -> objects.push(new Media(parser.currentTokenLocation().getLineNr()));
					case END_OBJECT -> {
						Media media = objects.pop();
						if (media.md5 != null || media.sha1 != null) {
							media.emit(sink);
						}
					}
					case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
						Media media = objects.peek();
						if (media != null && parser.currentName() != null) {
							media.set(parser.currentName(), token == JsonToken.VALUE_NULL ? null : parser.getString(),
									parser.currentTokenLocation().getLineNr());
						}
					}
					default -> {
					}
				}
			}
		}
		catch (JacksonException ex) {
			long line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			sink.problem(ImportProblem.of(line, "file", "matching.import.error.json"));
		}
	}

	private static final class Media {

		private final long line;

		private String md5;

		private String sha1;

		private String category;

		private long md5Line;

		private long sha1Line;

		Media(long line) {
			this.line = line;
		}

		void set(String name, String value, long at) {
			switch (name.toUpperCase(Locale.ROOT)) {
				case "MD5" -> {
					md5 = value;
					md5Line = at;
				}
				case "SHA1" -> {
					sha1 = value;
					sha1Line = at;
				}
				case "CATEGORY" -> category = value;
				default -> {
				}
			}
		}

		void emit(Sink sink) {
			HashCategory parsed = null;
			try {
				parsed = category == null ? null : HashCategory.fromProjectVic(Integer.parseInt(category.strip())).orElse(null);
			}
			catch (NumberFormatException ex) {
				parsed = HashCategory.fromCode(category).orElse(null);
			}
			if (parsed == null) {
				sink.problem(ImportProblem.of(line, "Category", "matching.import.error.category",
						category == null ? "" : category));
				return;
			}
			String category = parsed.name();
			if (md5 != null) {
				entry(md5Line, "MD5", md5, category, "Project VIC", sink);
			}
			if (sha1 != null) {
				entry(sha1Line, "SHA1", sha1, category, "Project VIC", sink);
			}
		}

	}

	// ---------------------------------------------------------------- text

	/** The file as UTF-8 text, without a byte-order mark; a byte that is not UTF-8 is an error, not a guess. */
	private static Reader utf8(InputStream in) throws IOException {
		PushbackInputStream source = new PushbackInputStream(in, 3);
		byte[] start = source.readNBytes(3);
		boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
		if (!bom) {
			source.unread(start);
		}
		return new InputStreamReader(source, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

}
