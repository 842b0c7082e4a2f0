package org.kumkrong.platform;

/**
 * A path whose multipart uploads are read as a stream of parts by the controller ({@link StreamedUploads})
 * rather than by the servlet container, which would hold parts in memory (or, above its threshold, write them
 * unencrypted to a temporary file). Contributed as a bean by the module that owns the path, for example
 * {@code new StreamedUploadPath("/evidence")}. On such a path the request's parameters are those of its
 * address only: a form puts its CSRF token there ({@code ?_csrf=…}).
 *
 * @param path the exact request path (no pattern)
 */
public record StreamedUploadPath(String path) {
}
