package org.kumkrong.platform;

/**
 * A record that does not exist or that the actor may not know exists: both answer 404, so that probing
 * ids reveals nothing.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String recordType) {
		super(recordType + " not found");
	}

}
