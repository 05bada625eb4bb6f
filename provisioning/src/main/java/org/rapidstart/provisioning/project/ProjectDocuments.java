package org.rapidstart.provisioning.project;

import org.springframework.data.jpa.repository.JpaRepository;

/** Template snapshots by project id; the project itself is found tenant-scoped first ({@link StoredProjects}). */
interface ProjectDocuments extends JpaRepository<ProjectDocument, Long> {

}
