package org.rapidstart.provisioning.mail;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

	/**
	 * Due messages, locked; rows another portal instance is sending are skipped rather than waited for
	 * (lock timeout -2 is Hibernate's SKIP LOCKED).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
	@Query("select m from OutboxMessage m where m.sentAt is null and m.nextAttemptAt <= :now order by m.id")
	List<OutboxMessage> lockDue(Instant now, Limit limit);

	List<OutboxMessage> findByRecipientOrderByIdDesc(String recipient);

}
