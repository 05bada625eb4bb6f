package org.rapidstart.aos.classop;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.rapidstart.aos.metadata.Company;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** Runs an operation in one transaction: all of its writes, or (when it fails) none. */
@Service
class ClassOperations {

	@Transactional
	public OperationResult run(ClassOperation operation, Company company, Map<String, @Nullable Object> parameters) {
		OperationResult result;
		try {
			result = operation.run(company, parameters);
		}
		catch (OperationFailed ex) {
			result = OperationResult.failed(operation.name(), company.dataAreaId(), ex.messages());
		}
		if (result.isFailed()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		return result;
	}

}
