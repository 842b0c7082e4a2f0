package org.kumkrong.casework;

import org.kumkrong.platform.NotFoundException;

/** No such case — or none the actor may see: both answer 404, so that probing confirms nothing. */
public class CaseNotFoundException extends NotFoundException {

	public CaseNotFoundException() {
		super("case");
	}
}
