package org.kumkrong.intake.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.kumkrong.platform.FieldEncryption;

import org.springframework.stereotype.Component;

/**
 * Keeps what a reporter typed in the HTTP session, sealed. Sessions live in the database (Spring Session
 * JDBC), and a draft report, a receipt about to be shown or an opened follow-up are as sensitive as the
 * report itself: they are written with platform's field encryption (AES-256-GCM), bound to their
 * attribute name, so a database dump holds none of them in the clear (SECURITY.md row 12).
 */
@Component
class SealedSession {

	private static final String PREFIX = "kk.intake.";

	/** Only this module's session objects and the JDK types they are made of are ever read back. */
	private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config
		.createFilter("maxdepth=10;maxbytes=1000000;org.kumkrong.intake.web.*;java.base/*;!*");

	private final FieldEncryption encryption;

	SealedSession(FieldEncryption encryption) {
		this.encryption = encryption;
	}

	void put(HttpSession session, String name, Serializable value) {
		session.setAttribute(PREFIX + name, encryption.encrypt(serialize(value), associatedData(name)));
	}

	/** The value, or empty when there is none or it cannot be read (from an older version, or altered). */
	<T> Optional<T> get(HttpSession session, String name, Class<T> type) {
		if (session == null || !(session.getAttribute(PREFIX + name) instanceof byte[] sealed)) {
			return Optional.empty();
		}
		try {
			Object value = deserialize(encryption.decrypt(sealed, associatedData(name)));
			return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
		}
		catch (RuntimeException | IOException | ClassNotFoundException ex) {
			session.removeAttribute(PREFIX + name);
			return Optional.empty();
		}
	}

	void remove(HttpSession session, String name) {
		if (session != null) {
			session.removeAttribute(PREFIX + name);
		}
	}

	private static String associatedData(String name) {
		return "http_session." + PREFIX + name;
	}

	private static byte[] serialize(Serializable value) {
		var bytes = new ByteArrayOutputStream();
		try (var out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
		try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			in.setObjectInputFilter(CLASSES);
			return in.readObject();
		}
	}

}
