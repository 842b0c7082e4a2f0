package org.kumkrong.platform;

/**
 * A broken business rule. Carries a message key (for example {@code referral.error.consentMissing})
 * and, where it concerns one input, the field it is shown next to. Never carries personal data.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	private final String field;

	private final transient Object[] arguments;

	public RuleViolationException(String messageKey) {
		this(null, messageKey);
	}

	public RuleViolationException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public String field() {
		return field;
	}

	public Object[] arguments() {
		return arguments;
	}

}
