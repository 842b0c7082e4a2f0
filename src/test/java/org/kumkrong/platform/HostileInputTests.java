package org.kumkrong.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * SECURITY.md row 10: every endpoint the application maps, discovered from the handler mapping (so a new
 * endpoint is covered without editing this test), is sent an adversarial corpus in its path variables,
 * its request parameters and its form fields — anonymously and as a staff member holding every
 * permission. No answer may be a 5xx, and no answer may carry a stack trace or SQL.
 */
@KumkrongIntegrationTest
@Tag("fuzz")
class HostileInputTests {

	static final List<String> CORPUS = List.of("", " ", "'", "\"", "' OR '1'='1' --", "1; DROP TABLE account_user; --",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${7*7}", "#{7*7}", "*{T(java.lang.Runtime).getRuntime()}",
			"__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd",
			"%00", "\u0000", "\r\nSet-Cookie: injected=1", "-1", "0", "99999999999999999999999", "NaN", "1e309",
			"true", "null", "undefined", "[]", "{}", "00000000-0000-0000-0000-000000000000", "not-a-uuid",
			"ก".repeat(3000), "😀🔥", "\uFFFF\uFFFE", "x".repeat(100_000), "%s%s%s%n", "TH-99", "ADMIN");

	static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	static final List<String> LEAKS = List.of("Exception", "\tat org.", "at java.", "SQLState", "org.hibernate",
			"org.springframework", "syntax error", "Caused by");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Endpoint(HttpMethod method, String pattern, List<String> params) {
	}

	List<Endpoint> endpoints() {
		List<Endpoint> found = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			String owner = entry.getValue().getBeanType().getPackageName();
			// Ours, and springdoc's public OpenAPI endpoints (/v3/api-docs, /api-docs), which face everyone too.
			if (!owner.startsWith("org.kumkrong") && !owner.startsWith("org.springdoc")) {
				continue;
			}
			List<String> params = new ArrayList<>();
			for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				if (requestParam != null) {
					String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
					if (name != null) {
						params.add(name);
					}
				}
				if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
					for (var field : parameter.getParameterType().getDeclaredFields()) {
						params.add(field.getName());
					}
				}
			}
			var methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				if (methods.isEmpty()) {
					found.add(new Endpoint(HttpMethod.GET, pattern, params));
				}
				methods.forEach(m -> found.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern, params)));
			}
		}
		return found;
	}

	@Test
	void noEndpointAnswersHostileInputWithAServerErrorOrATechnicalDetail() throws Exception {
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).extracting(Endpoint::pattern).contains("/login", "/admin/users", "/admin/users/{id}",
				"/api/v1/reports", "/api/v1/reports:batch", "/v3/api-docs");
		Random random = new Random(20261128);
		RequestPostProcessor everything = TestActors.staff(Permission.values());
		int requests = 0;
		for (Endpoint endpoint : endpoints) {
			if (endpoint.pattern().equals("/logout")) {
				continue;
			}
			for (String value : CORPUS) {
				for (RequestPostProcessor who : new RequestPostProcessor[] { null, everything }) {
					MockHttpServletRequestBuilder request = request(endpoint, value, random);
					if (who != null) {
						request.with(who);
					}
					MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
					requests++;
					String description = endpoint.method() + " " + endpoint.pattern() + " with "
							+ (value.length() > 40 ? value.substring(0, 40) + "…" : value) + (who == null ? " (anonymous)" : " (staff)");
					assertThat(response.getStatus()).as(description).isLessThan(500);
					String body = response.getContentAsString();
					for (String leak : LEAKS) {
						assertThat(body).as(description).doesNotContain(leak);
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(500);
	}

	private static MockHttpServletRequestBuilder request(Endpoint endpoint, String value, Random random) {
		Matcher matcher = PATH_VARIABLE.matcher(endpoint.pattern());
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			// Half the time a well-formed but unknown id, so the handler itself (not only conversion) is reached.
			String replacement = random.nextBoolean() ? UUID.randomUUID().toString() : value;
			matcher.appendReplacement(path, Matcher.quoteReplacement(encode(replacement)));
		}
		matcher.appendTail(path);
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(),
				java.net.URI.create(path.toString().replace("**", "x")));
		for (String param : endpoint.params()) {
			request.param(param, value);
		}
		request.param("q", value).param("lang", value);
		if (endpoint.method() != HttpMethod.GET) {
			request.with(csrf());
		}
		return request;
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value.length() > 2000 ? value.substring(0, 2000) : value,
				java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

}
