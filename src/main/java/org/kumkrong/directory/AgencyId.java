package org.kumkrong.directory;

import java.util.UUID;

/** Identifies an agency (organisation) of the directory. */
public record AgencyId(UUID value) {

	public AgencyId {
		if (value == null) {
			throw new IllegalArgumentException("An agency id needs a value");
		}
	}

}
