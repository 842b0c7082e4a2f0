package org.kumkrong.audit.internal;

import org.hibernate.envers.RevisionListener;
import org.kumkrong.platform.Actor;

/** Stamps each Envers revision with the signed-in actor and their agency (none for system work). */
public class RevisionActorListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Actor.current().ifPresent(actor -> ((Revision) revisionEntity).setActor(actor.userId(), actor.agencyId()));
	}

}
