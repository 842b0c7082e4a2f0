package org.kumkrong.intake.web;

/**
 * One answer offered by a radio button or a checkbox: the value sent, its label and an optional hint
 * (an example in a child's words), in the reader's language.
 */
public record Choice(String value, String label, String hint, boolean checked) {
}
