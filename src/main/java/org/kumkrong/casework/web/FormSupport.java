package org.kumkrong.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.platform.RuleViolationException;

import org.springframework.validation.BindingResult;

/** Parsing form text into values, each failure a field error in the binding (never an exception page). */
final class FormSupport {

	private FormSupport() {
	}

	static <E extends Enum<E>> E enumValue(String value, Class<E> type, BindingResult binding, String field, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				binding.rejectValue(field, "casework.error.required");
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			binding.rejectValue(field, "casework.error.choice");
			return null;
		}
	}

	static LocalDate date(String value, BindingResult binding, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			binding.rejectValue(field, "casework.error.date");
			return null;
		}
	}

	/** A local date-time typed in Thailand ({@code datetime-local}), as an instant. */
	static Instant dateTime(String value, BindingResult binding, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(java.time.ZoneId.of("Asia/Bangkok")).toInstant();
		}
		catch (DateTimeParseException ex) {
			binding.rejectValue(field, "casework.error.dateTime");
			return null;
		}
	}

	static UUID uuid(String value, BindingResult binding, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			binding.rejectValue(field, "casework.error.choice");
			return null;
		}
	}

	static Set<UUID> uuids(Collection<String> values, BindingResult binding, String field) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (String value : values) {
			UUID id = uuid(value, binding, field);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	static Set<String> codes(Collection<String> values) {
		Set<String> codes = new LinkedHashSet<>();
		values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).forEach(codes::add);
		return codes;
	}

	static void reject(RuleViolationException ex, BindingResult binding) {
		if (ex.field() != null && binding.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), ex.field()) != null) {
			binding.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}
}
