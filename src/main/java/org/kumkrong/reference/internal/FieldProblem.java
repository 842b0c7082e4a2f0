package org.kumkrong.reference.internal;

/** A broken input rule: the form field it concerns and the message key that explains it. */
public record FieldProblem(String field, String messageKey) {
}
