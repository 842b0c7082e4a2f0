package org.kumkrong.directory;

import org.kumkrong.platform.NotFoundException;

/** No agency with the given id exists (or the actor may not know it does). */
public class AgencyNotFoundException extends NotFoundException {

	public AgencyNotFoundException() {
		super("directory_agency");
	}

}
