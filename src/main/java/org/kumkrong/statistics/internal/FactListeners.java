package org.kumkrong.statistics.internal;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

import org.kumkrong.casework.CaseOpened;
import org.kumkrong.casework.ChildAddedToCase;
import org.kumkrong.casework.OffenceRecorded;
import org.kumkrong.casework.OutcomeRecorded;
import org.kumkrong.casework.ReportJoinedCase;
import org.kumkrong.evidence.EvidenceMatched;
import org.kumkrong.intake.ReportScreenedIn;
import org.kumkrong.intake.ReportScreenedOut;
import org.kumkrong.intake.ReportSubmitted;
import org.kumkrong.referral.ReferralAccepted;
import org.kumkrong.referral.ReferralCompleted;
import org.kumkrong.referral.ReferralDeclined;
import org.kumkrong.referral.ReferralOverdue;
import org.kumkrong.referral.ReferralRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives the events the read model is built from (asynchronously, after the publisher's commit; the
 * publication registry redelivers what did not complete). Projections run one at a time on a node, each in its
 * own transaction that holds the subject's row lock until it commits, so two events of one case never miss each
 * other's dimensions; then the facts are read into memory.
 */
@Component
class FactListeners {

	private final FactProjector projector;

	private final FactMemory memory;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	FactListeners(FactProjector projector, FactMemory memory, PlatformTransactionManager transactionManager, Clock clock) {
		this.projector = projector;
		this.memory = memory;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Runs work while no live event is being projected on this node (the replay). */
	void exclusively(Runnable work) {
		lock.lock();
		try {
			work.run();
		}
		finally {
			lock.unlock();
		}
	}

	void project(Object event) {
		lock.lock();
		try {
			transactions.executeWithoutResult(status -> projector.apply(event, clock.instant()));
		}
		finally {
			lock.unlock();
		}
		memory.sync();
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReportSubmitted event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReportScreenedIn event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReportScreenedOut event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReportJoinedCase event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CaseOpened event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ChildAddedToCase event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OffenceRecorded event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(OutcomeRecorded event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReferralRequested event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReferralAccepted event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReferralDeclined event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReferralCompleted event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReferralOverdue event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(EvidenceMatched event) {
		project(event);
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(org.kumkrong.training.TrainingCompleted event) {
		project(event);
	}

}
