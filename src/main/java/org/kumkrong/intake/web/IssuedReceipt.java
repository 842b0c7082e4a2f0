package org.kumkrong.intake.web;

import java.io.Serial;
import java.io.Serializable;

/**
 * A receipt waiting in the reporter's session to be shown, once, on the confirmation page; whether the
 * report said a child is in danger now (then 191 is shown there too).
 */
record IssuedReceipt(String code, String passphrase, boolean dangerNow) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public String toString() {
		return "IssuedReceipt[hidden]";
	}

}
