package org.kumkrong.intake.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.kumkrong.platform.ProofOfWork;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Solves proof-of-work challenges as pow.js does in a browser, so that the tests of the public forms
 * draw on the normal budgets, not on the small budget all senders without a proof share (which other
 * tests of the same application context may have used up).
 */
final class Proofs {

	private Proofs() {
	}

	/** Adds a solved {@code powChallenge} and {@code powNonce} to a POST of a public form. */
	static MockHttpServletRequestBuilder solved(ProofOfWork proofOfWork, MockHttpServletRequestBuilder request) {
		ProofOfWork.Challenge challenge = proofOfWork.issue();
		return request.param("powChallenge", challenge.value())
			.param("powNonce", solve(challenge.value(), challenge.difficulty()));
	}

	static String solve(String challenge, int difficulty) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			for (long nonce = 0;; nonce++) {
				byte[] digest = sha256.digest((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8));
				if (zeroBits(digest) >= difficulty) {
					return Long.toString(nonce);
				}
			}
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int zeroBits(byte[] digest) {
		int bits = 0;
		for (byte b : digest) {
			if (b != 0) {
				return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
			}
			bits += 8;
		}
		return bits;
	}

}
