package org.kumkrong.intake.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kumkrong.intake.internal.SubmissionProblem;
import org.kumkrong.intake.internal.SubmissionProblem.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads partner JSON strictly and names every problem by its JSON path, before anything is bound: broken
 * JSON (with the path where the parser stopped), bytes that are not UTF-8, duplicate members (a way to
 * smuggle a second value past a reviewer), unknown fields, values of the wrong JSON type and unreadable
 * instants. Only a body without such problems is bound to the records, so binding cannot fail half-way
 * and the report's own rules ({@code SubmissionCheck}) see well-typed values.
 */
@Component
class PartnerJson {

	/** A report nests five levels deep and a batch one more; anything deeper is not ours. */
	static final int MAX_DEPTH = 16;

	/** A hostile body could name thousands of unknown fields; a partner fixes the first hundred first. */
	static final int MAX_PROBLEMS = 100;

	static final String ROOT = "$";

	private final JsonMapper mapper;

	/** Writes trees with members sorted by name: the canonical form whose hash identifies a request. */
	private final JsonMapper canonical;

	PartnerJson() {
		JsonFactory factory = JsonFactory.builder()
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
			.build();
		this.mapper = JsonMapper.builder(factory)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();
		this.canonical = JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
	}

	/** A parsed tree, or the problems that kept it from being read. */
	record Tree(JsonNode node, List<SubmissionProblem> problems) {
	}

	/** A bound value, or the problems of its shape. */
	record Bound<T>(T value, List<SubmissionProblem> problems) {
	}

	Tree tree(byte[] body) {
		JsonNode node;
		try {
			node = mapper.readTree(body);
		}
		catch (StreamReadException ex) {
			JsonParser parser = ex.processor();
			String path = parser == null ? ROOT : path(parser.streamReadContext());
			return new Tree(null, List.of(SubmissionProblem.of(path, Kind.UNREADABLE)));
		}
		catch (JacksonException ex) {
			return new Tree(null, List.of(SubmissionProblem.of(ROOT, Kind.UNREADABLE)));
		}
		if (node == null || node.isMissingNode()) {
			return new Tree(null, List.of(SubmissionProblem.of(ROOT, Kind.MISSING)));
		}
		if (!utf8(body)) {
			// JSON is UTF-8 (RFC 8259); the parser would also guess UTF-16 or UTF-32, and tolerates some
			// ill-formed sequences (encoded surrogates, overlong forms) that other systems read differently.
			return new Tree(null, List.of(SubmissionProblem.of(ROOT, Kind.UNREADABLE)));
		}
		return new Tree(node, List.of());
	}

	<T extends Record> Bound<T> bind(JsonNode node, Class<T> type) {
		List<SubmissionProblem> problems = new ArrayList<>();
		shape(node, type, "", problems);
		if (!problems.isEmpty()) {
			return new Bound<>(null, problems);
		}
		try {
			return new Bound<>(mapper.treeToValue(node, type), List.of());
		}
		catch (JacksonException ex) {
			// The shape check admits only what binds; this is a safety net, not a path.
			return new Bound<>(null, List.of(SubmissionProblem.of(ROOT, Kind.UNREADABLE)));
		}
	}

	/** The tree in canonical form: members sorted by name, no white space. */
	String canonical(JsonNode node) {
		return canonical.writeValueAsString(node);
	}

	String write(Object value) {
		return mapper.writeValueAsString(value);
	}

	<T> T read(String json, Class<T> type) {
		return mapper.readValue(json, type);
	}

	/**
	 * Checks that the tree has the shape of {@code type}: records are objects with only their components,
	 * lists are arrays, strings, integers, booleans and instants are what they say. {@code null} is always
	 * allowed here; whether a value is required is the report's rule.
	 */
	private void shape(JsonNode node, Type type, String path, List<SubmissionProblem> problems) {
		if (node.isNull() || problems.size() >= MAX_PROBLEMS) {
			return;
		}
		Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
				: (Class<?>) type;
		String at = path.isEmpty() ? ROOT : path;
		if (raw == JsonNode.class) {
			return;
		}
		if (raw == String.class) {
			expect(node.isString(), at, problems);
		}
		else if (raw == Boolean.class) {
			expect(node.isBoolean(), at, problems);
		}
		else if (raw == Integer.class) {
			if (!node.isIntegralNumber()) {
				expect(false, at, problems);
			}
			else if (!node.canConvertToInt()) {
				problems.add(SubmissionProblem.of(at, Kind.OUT_OF_RANGE));
			}
		}
		else if (raw == Instant.class) {
			if (expect(node.isString(), at, problems)) {
				try {
					mapper.treeToValue(node, Instant.class);
				}
				catch (JacksonException ex) {
					problems.add(SubmissionProblem.of(at, Kind.MALFORMED));
				}
			}
		}
		else if (raw == List.class) {
			if (expect(node.isArray(), at, problems)) {
				Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
				for (int i = 0; i < node.size(); i++) {
					shape(node.get(i), item, path + "[" + i + "]", problems);
				}
			}
		}
		else if (raw.isRecord()) {
			if (expect(node.isObject(), at, problems)) {
				Map<String, Type> components = new LinkedHashMap<>();
				for (RecordComponent component : raw.getRecordComponents()) {
					components.put(component.getName(), component.getGenericType());
				}
				for (Map.Entry<String, JsonNode> member : node.properties()) {
					String name = member.getKey();
					String memberPath = path.isEmpty() ? name(name) : path + "." + name(name);
					Type memberType = components.get(name);
					if (memberType == null) {
						// Unknown field: refused rather than ignored, so a partner's typo is not silently lost.
						problems.add(SubmissionProblem.of(memberPath, Kind.UNREADABLE));
					}
					else {
						shape(member.getValue(), memberType, memberPath, problems);
					}
				}
			}
		}
		else {
			throw new IllegalArgumentException("no shape rule for " + raw);
		}
	}

	private static boolean expect(boolean ok, String path, List<SubmissionProblem> problems) {
		if (!ok) {
			problems.add(SubmissionProblem.of(path, Kind.UNREADABLE));
		}
		return ok;
	}

	/** An unknown member's name as it is echoed in a path: short, whatever a hostile body sent. */
	private static String name(String name) {
		return name.length() > 64 ? name.substring(0, 64) + "…" : name;
	}

	/** The JSON path of where a parser stopped, in the same notation as the report's problems. */
	static String path(TokenStreamContext context) {
		Deque<String> parts = new ArrayDeque<>();
		for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
			if (c.inArray()) {
				parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
			}
			else if (c.currentName() != null) {
				parts.push("." + name(c.currentName()));
			}
		}
		String path = String.join("", parts);
		if (path.startsWith(".")) {
			path = path.substring(1);
		}
		return path.isEmpty() ? ROOT : path;
	}

	private static boolean utf8(byte[] body) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
