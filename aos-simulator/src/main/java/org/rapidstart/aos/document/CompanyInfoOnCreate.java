package org.rapidstart.aos.document;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.rapidstart.aos.metadata.CompanyCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** AX gives every new legal entity its CompanyInfo record; so does the simulator. */
@Component
class CompanyInfoOnCreate {

	private final DocumentService documents;

	CompanyInfoOnCreate(DocumentService documents) {
		this.documents = documents;
	}

	@EventListener
	void on(CompanyCreated event) {
		Map<String, @Nullable Object> info = Map.of("DataArea", event.company().dataAreaId(), "Name",
				event.company().name());
		this.documents.upsert(event.company().dataAreaId(), "CompanyInfo", List.of(info));
	}

}
