package org.rapidstart.provisioning.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Read side of the audit log; written only through {@link AuditLog}. */
public interface AuditEvents extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	Page<AuditEvent> findByPartnerIdOrderByOccurredAtDescIdDesc(long partnerId, Pageable page);

	List<AuditEvent> findByCustomerIdOrderByOccurredAtDescIdDesc(long customerId);

}
