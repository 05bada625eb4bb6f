package org.rapidstart.provisioning.audit;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every action. Joins the caller's transaction so the record exists exactly when the change does.
 */
@Service
public class AuditLog {

	public static final String SYSTEM = "system";

	private final AuditEvents events;

	private final Clock clock;

	AuditLog(AuditEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, @Nullable Long partnerId, @Nullable Long customerId, String action,
			String details) {
		this.events.save(new AuditEvent(this.clock.instant(), actor, partnerId, customerId, action, details));
	}

}
