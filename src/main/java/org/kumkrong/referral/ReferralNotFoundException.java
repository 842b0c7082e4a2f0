package org.kumkrong.referral;

import org.kumkrong.platform.NotFoundException;

/** No such referral, or one between two other agencies: both answer 404. */
public class ReferralNotFoundException extends NotFoundException {

	public ReferralNotFoundException() {
		super("referral");
	}

}
