package org.kumkrong.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A browser without a browser: carries the session cookie between MockMvc requests the way a real
 * client does, so sign-in, session rotation and server-side session ending are tested for real.
 */
public final class StaffSession {

	private final MockMvc mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	public StaffSession(MockMvc mvc) {
		this.mvc = mvc;
	}

	public MvcResult get(String path) throws Exception {
		return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
	}

	public MvcResult post(String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf());
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return perform(request);
	}

	/** Any request, multipart ones included, with this browser's cookies. */
	public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		if (!cookies.isEmpty()) {
			request.cookie(cookies.values().toArray(Cookie[]::new));
		}
		request.with(stripMockSession());
		MvcResult result = mvc.perform(request).andReturn();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				cookies.remove(cookie.getName());
			}
			else {
				cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}

	public List<String> setCookieHeaders(MvcResult result) {
		return result.getResponse().getHeaders("Set-Cookie");
	}

	public String sessionCookie() {
		Cookie cookie = cookies.get("KKSESSION");
		return cookie == null ? null : cookie.getValue();
	}

	/** MockMvc would otherwise hand every request a fresh mock session; the cookie alone must decide. */
	private static RequestPostProcessor stripMockSession() {
		return (MockHttpServletRequest request) -> {
			request.setSession(null);
			return request;
		};
	}


}
