package org.rapidstart.provisioning.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementAcceptances extends JpaRepository<AgreementAcceptance, Long> {

	List<AgreementAcceptance> findByAccountId(long accountId);

	boolean existsByAccountIdAndDocumentAndDocumentVersion(long accountId, AgreementDocument document,
			String documentVersion);

}
