package org.kumkrong.audit.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kumkrong.audit.Revisions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RevisionLookup implements Revisions {

	@PersistenceContext
	private EntityManager entities;

	@Override
	@Transactional(readOnly = true)
	public Map<Long, RevisionInfo> find(Collection<Long> numbers) {
		Map<Long, RevisionInfo> result = new HashMap<>();
		if (numbers == null || numbers.isEmpty()) {
			return result;
		}
		entities.createQuery("select r from Revision r where r.id in :ids", Revision.class)
			.setParameter("ids", numbers)
			.getResultList()
			.forEach(r -> result.put(r.getId(), new RevisionInfo(r.getId(), r.getRevisedAt(), r.getActorId(), r.getAgencyId())));
		return result;
	}
}
