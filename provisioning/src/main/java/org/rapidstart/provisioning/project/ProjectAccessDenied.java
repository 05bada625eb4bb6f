package org.rapidstart.provisioning.project;

/** The signed-in user may see the project but not do this (a Viewer changing something, for one). */
public class ProjectAccessDenied extends RuntimeException {

	public ProjectAccessDenied() {
		super("not allowed to do this in the project");
	}

}
