package org.rapidstart.customer.reports;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.project.GroupStatus;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.ProjectReports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reports: Project status detail (filter by project and status) and Question groups status; each as .xlsx. */
@Controller
class ReportsController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ProjectReports reports;

	private final ProjectManagement management;

	ReportsController(ProjectReports reports, ProjectManagement management) {
		this.reports = reports;
		this.management = management;
	}

	@GetMapping("/rapidstart/reports")
	String index() {
		return "reports/index";
	}

	@GetMapping("/rapidstart/reports/project-status")
	String projectStatus(CustomerActor actor, @RequestParam(required = false) @Nullable Long project,
			@RequestParam(required = false) @Nullable GroupStatus status, Model model) {
		model.addAttribute("report", this.reports.projectStatusDetail(actor, project, status));
		filters(actor, project, model);
		model.addAttribute("status", status);
		model.addAttribute("statuses", List.of(GroupStatus.values()));
		return "reports/project-status";
	}

	@GetMapping("/rapidstart/reports/project-status.xlsx")
	ResponseEntity<byte[]> projectStatusWorkbook(CustomerActor actor,
			@RequestParam(required = false) @Nullable Long project,
			@RequestParam(required = false) @Nullable GroupStatus status) {
		return download("Project status detail.xlsx",
				ReportWorkbooks.projectStatusDetail(this.reports.projectStatusDetail(actor, project, status)));
	}

	@GetMapping("/rapidstart/reports/question-groups")
	String questionGroups(CustomerActor actor, @RequestParam(required = false) @Nullable Long project, Model model) {
		model.addAttribute("groups", this.reports.questionGroupsStatus(actor, project));
		filters(actor, project, model);
		return "reports/question-groups";
	}

	@GetMapping("/rapidstart/reports/question-groups.xlsx")
	ResponseEntity<byte[]> questionGroupsWorkbook(CustomerActor actor,
			@RequestParam(required = false) @Nullable Long project) {
		return download("Question groups status.xlsx",
				ReportWorkbooks.questionGroupsStatus(this.reports.questionGroupsStatus(actor, project)));
	}

	private void filters(CustomerActor actor, @Nullable Long project, Model model) {
		model.addAttribute("projects", this.management.projects(actor, false));
		model.addAttribute("project", project);
	}

	private static ResponseEntity<byte[]> download(String fileName, byte[] workbook) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(workbook);
	}

}
