package org.kumkrong.training.internal;

import java.util.UUID;

/** A lesson of one course version, written in Markdown in one or both languages. */
public record Lesson(UUID id, UUID courseId, int version, int position, Texts title, Texts body) {
}
