package org.kumkrong.intake.web;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the "check your answers" page: the question, the answers as the reader reads them (a
 * date is formatted by the page), and the page that changes them.
 */
public record CheckedAnswer(String id, String question, List<String> values, LocalDate date, String changeHref) {
}
