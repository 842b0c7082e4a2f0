package org.kumkrong.directory.internal;

/** A broken rule of an agency draft: the field it concerns ({@code null} for the whole form) and the message key. */
public record AgencyProblem(String field, String messageKey) {
}
