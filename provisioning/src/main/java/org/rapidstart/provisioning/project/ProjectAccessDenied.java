package org.rapidstart.provisioning.project;

import org.rapidstart.provisioning.NotAllowedException;

/** The signed-in user may see the project but not do this (a Viewer changing something, for one). */
public class ProjectAccessDenied extends NotAllowedException {

	public ProjectAccessDenied() {
		super("not allowed to do this in the project");
	}

}
