package org.rapidstart.customer.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.project.table.AnswerWorkbooks;
import org.rapidstart.provisioning.project.table.TableGrid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Export answers: every answer of the project as one workbook (a Parameters sheet and a sheet per table question);
 * Import answers: such a workbook back, all of it or nothing, with every problem listed by sheet, row and column.
 */
@Controller
@RequestMapping("/rapidstart/projects/{projectId}/answers")
class AnswerWorkbooksController {

	private final AnswerWorkbooks workbooks;

	private final TableGrid grid;

	AnswerWorkbooksController(AnswerWorkbooks workbooks, TableGrid grid) {
		this.workbooks = workbooks;
		this.grid = grid;
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
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		String tables = "/rapidstart/projects/" + projectId + "/tables";
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "Choose the answers workbook (.xlsx) to import.");
			return "redirect:" + tables;
		}
		Path upload = Files.createTempFile("rapidstart-answers-", ".xlsx");
		try {
			file.transferTo(upload);
			AnswerWorkbooks.Result result = this.workbooks.read(actor, projectId, upload);
			if (result.applied()) {
				redirect.addFlashAttribute("message", result.changedValues() == 0 && result.changedTables().isEmpty()
						? "The workbook has the saved answers; nothing was changed."
						: "Answers imported: " + result.changedValues() + " answers and " + result.changedTables().size()
								+ " tables changed.");
				return "redirect:" + tables;
			}
			model.addAttribute("project", this.grid.project(actor, projectId));
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("result", result);
			return "tables/answers-import";
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessage());
			return "redirect:" + tables;
		}
		finally {
			Files.deleteIfExists(upload);
		}
	}

}
