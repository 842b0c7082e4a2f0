package org.kumkrong.audit.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Plain-language names for audit action codes ({@code audit.action.<code>} in each module's messages),
 * so an auditor reads "Account disabled" next to {@code account.user.disabled}. Used in templates as
 * {@code @auditActions}; a code without a name shows the code alone.
 */
@Component("auditActions")
public class AuditActionLabels {

	private final MessageSource messages;

	AuditActionLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String label(String action) {
		if (action == null) {
			return null;
		}
		return messages.getMessage("audit.action." + action, null, null, LocaleContextHolder.getLocale());
	}

}
