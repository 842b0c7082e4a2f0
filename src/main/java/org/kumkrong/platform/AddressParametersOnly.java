package org.kumkrong.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request with only the parameters of its address, for a request whose body must not be parsed as a form
 * by the container: an upload too large to read (the report form), or one the controller streams itself
 * ({@link StreamedUploadPath}). A page puts its CSRF token in the address of such a form.
 */
public final class AddressParametersOnly extends HttpServletRequestWrapper {

	private final Map<String, String[]> parameters;

	public AddressParametersOnly(HttpServletRequest request) {
		super(request);
		Map<String, String[]> parsed = new LinkedHashMap<>();
		String query = request.getQueryString();
		if (query != null && !query.isEmpty()) {
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				try {
					String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
					String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
					String[] before = parsed.getOrDefault(name, new String[0]);
					String[] after = Arrays.copyOf(before, before.length + 1);
					after[before.length] = value;
					parsed.put(name, after);
				}
				catch (IllegalArgumentException malformed) {
					// A broken pair is left out, as a browser never sends one.
				}
			}
		}
		this.parameters = Collections.unmodifiableMap(parsed);
	}

	@Override
	public String getParameter(String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters.keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		return parameters.get(name);
	}

}
