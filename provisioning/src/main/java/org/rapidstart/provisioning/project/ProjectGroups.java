package org.rapidstart.provisioning.project;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectGroups extends JpaRepository<ProjectGroup, Long> {

	List<ProjectGroup> findByProjectIdOrderByPosition(long projectId);

	List<ProjectGroup> findByProjectIdInOrderByProjectIdAscPositionAsc(List<Long> projectIds);

	Optional<ProjectGroup> findByIdAndProjectId(long id, long projectId);

	/** For saving answers: one writer per group at a time, so the version check and the write are one step. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select g from ProjectGroup g where g.projectId = :projectId order by g.position")
	List<ProjectGroup> lockByProjectId(long projectId);

}
