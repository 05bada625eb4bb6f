package org.rapidstart.customer.tables;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerUserNames;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.table.AnswerImport;
import org.rapidstart.provisioning.project.table.AnswerImports;
import org.rapidstart.provisioning.project.table.AnswerWorkbooks;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.provisioning.project.table.TableProject;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Export answers: every answer of the project as one workbook (a Parameters sheet and a sheet per table question);
 * Import answers: such a workbook back, in the background with a progress bar that htmx refreshes and Cancel, all of
 * it or nothing, with every problem listed by sheet, row and column on the import's page.
 */
@Controller
@RequestMapping("/rapidstart/projects/{projectId}/answers")
class AnswerWorkbooksController {

	/** Problems listed on the import's page. */
	static final int SHOWN = 200;

	private final AnswerWorkbooks workbooks;

	private final AnswerImports imports;

	private final TableGrid grid;

	private final CustomerUserNames names;

	AnswerWorkbooksController(AnswerWorkbooks workbooks, AnswerImports imports, TableGrid grid,
			CustomerUserNames names) {
		this.workbooks = workbooks;
		this.imports = imports;
		this.grid = grid;
		this.names = names;
	}

	@GetMapping("/workbook.xlsx")
	ResponseEntity<StreamingResponseBody> export(CustomerActor actor, @PathVariable long projectId) {
		this.workbooks.requireExportable(actor, projectId);
		return TablesController.download(this.workbooks.fileName(actor, projectId),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				out -> this.workbooks.write(actor, projectId, out));
	}

	@PostMapping("/workbook")
	String upload(CustomerActor actor, @PathVariable long projectId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		String tables = "/rapidstart/projects/" + projectId + "/tables";
		if (file == null || file.isEmpty() || file.getOriginalFilename() == null) {
			redirect.addFlashAttribute("error", "Choose the answers workbook (.xlsx) to import.");
			return "redirect:" + tables;
		}
		String fileName = file.getOriginalFilename();
		return Uploads.start(file, "rapidstart-answers-", tables, redirect,
				upload -> "redirect:" + url(projectId, this.imports.start(actor, projectId, fileName, upload).id()));
	}

	@GetMapping("/imports/{answersImportId}")
	String show(CustomerActor actor, @PathVariable long projectId, @PathVariable long answersImportId, Model model) {
		AnswerImport job = this.imports.job(actor, projectId, answersImportId);
		TableProject project = this.grid.project(actor, projectId);
		model.addAttribute("project", project);
		model.addAttribute("startedBy", this.names.nameOf(actor, job.startedBy()));
		// the tables it replaced, named as their pages name them (a table the template no longer has by its short name)
		model.addAttribute("changedTables", job.changedTables()
			.stream()
			.map(t -> project.template().question(t).map(TablesController::label).orElse(t))
			.toList());
		progressModel(actor, projectId, job, model);
		if (job.problemCount() > 0) {
			model.addAttribute("problems", this.imports.problems(actor, projectId, answersImportId, 0, SHOWN));
			model.addAttribute("shown", SHOWN);
		}
		return "tables/answers-import";
	}

	/** The progress bar alone, for htmx; once the import has ended the whole page is loaded again. */
	@GetMapping("/imports/{answersImportId}/progress")
	String progress(CustomerActor actor, @PathVariable long projectId, @PathVariable long answersImportId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response) {
		AnswerImport job = this.imports.job(actor, projectId, answersImportId);
		if (htmx != null && !job.isActive()) {
			response.setHeader("HX-Refresh", "true");
		}
		progressModel(actor, projectId, job, model);
		return "tables/fragments :: answersProgress";
	}

	@PostMapping("/imports/{answersImportId}/cancel")
	String cancel(CustomerActor actor, @PathVariable long projectId, @PathVariable long answersImportId,
			RedirectAttributes redirect) {
		AnswerImport job = this.imports.cancel(actor, projectId, answersImportId);
		redirect.addFlashAttribute("message", TableImportsController.cancelMessage(job.isActive()));
		return "redirect:" + url(projectId, answersImportId);
	}

	private static void progressModel(CustomerActor actor, long projectId, AnswerImport job, Model model) {
		model.addAttribute("answersImport", job);
		model.addAttribute("answersBase", url(projectId, job.id()));
		model.addAttribute("mayImport", actor.has(CustomerRole.CONFIGURATOR));
	}

	static String url(long projectId, long answersImportId) {
		return "/rapidstart/projects/" + projectId + "/answers/imports/" + answersImportId;
	}

}
