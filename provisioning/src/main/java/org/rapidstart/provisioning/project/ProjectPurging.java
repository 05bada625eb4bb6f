package org.rapidstart.provisioning.project;

import org.rapidstart.provisioning.lifecycle.CustomerDataPurging;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A purged customer's projects go with it (their groups, answers and drafts by cascade). */
@Component
class ProjectPurging {

	private final StoredProjects projects;

	ProjectPurging(StoredProjects projects) {
		this.projects = projects;
	}

	@EventListener
	void on(CustomerDataPurging event) {
		this.projects.deleteByCustomerId(event.customerId());
	}

}
