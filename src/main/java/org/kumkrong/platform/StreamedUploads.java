package org.kumkrong.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * Reads a multipart form on a {@link StreamedUploadPath} part by part: the text fields before the file are
 * collected (each at most {@value #MAX_FIELD_CHARS} characters), and the file's content is handed to the
 * caller as a stream straight from the request — never whole in memory, never in a temporary file. A form
 * therefore puts its fields before its file input.
 */
public final class StreamedUploads {

	public static final int MAX_FIELD_CHARS = 10_000;

	private StreamedUploads() {
	}

	/** What the caller does with the file, knowing the fields sent before it. */
	@FunctionalInterface
	public interface FileHandler<T> {

		T handle(Map<String, String> fields, String fileField, InputStream content) throws IOException;

	}

	/**
	 * Reads the form up to its first non-empty file part and hands that to {@code handler}.
	 * @return what the handler returned, or {@code null} when no file was chosen (the caller says so on the field)
	 * @throws RuleViolationException naming the field when a field is too long or the body is not a form
	 */
	public static <T> T read(HttpServletRequest request, FileHandler<T> handler) throws IOException {
		if (!JakartaServletFileUpload.isMultipartContent(request)) {
			throw new RuleViolationException("file", "platform.upload.notMultipart");
		}
		Map<String, String> fields = new HashMap<>();
		try {
			FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
			while (parts.hasNext()) {
				FileItemInput part = parts.next();
				if (part.isFormField()) {
					try (InputStream value = part.getInputStream()) {
						byte[] bytes = value.readNBytes(MAX_FIELD_CHARS * 4 + 1);
						String text = new String(bytes, StandardCharsets.UTF_8);
						if (bytes.length > MAX_FIELD_CHARS * 4 || text.length() > MAX_FIELD_CHARS) {
							throw new RuleViolationException(part.getFieldName(), "platform.upload.fieldTooLong");
						}
						fields.put(part.getFieldName(), text);
					}
					continue;
				}
				if (part.getName() == null || part.getName().isEmpty()) {
					// An empty file input: the browser sends the part without a file.
					continue;
				}
				try (InputStream content = part.getInputStream()) {
					return handler.handle(Map.copyOf(fields), part.getFieldName(), content);
				}
			}
			return null;
		}
		catch (FileUploadException ex) {
			throw new RuleViolationException("file", "platform.upload.unreadable");
		}
	}

}
