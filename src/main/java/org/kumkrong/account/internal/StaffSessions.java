package org.kumkrong.account.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account on the server side (disable, password or second-factor reset), on
 * whichever node created it: sessions live in the database and are indexed by username.
 */
@Component
class StaffSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	int endAll(String username) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		var ids = repository.findByPrincipalName(username).keySet();
		ids.forEach(repository::deleteById);
		return ids.size();
	}

}
