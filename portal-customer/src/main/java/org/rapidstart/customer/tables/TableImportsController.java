package org.rapidstart.customer.tables;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerUserNames;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.provisioning.project.table.ImportJob;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.provisioning.project.table.TableImports;
import org.rapidstart.questionnaire.tableio.SpreadsheetText;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload workbook / CSV upload of a table question, and the import's page: a progress bar that htmx refreshes while
 * the import runs (the rest of the portal stays usable meanwhile), Cancel, and every bad row with its row, column
 * and reason, on the page and as a CSV download.
 */
@Controller
@RequestMapping("/rapidstart/projects/{projectId}/tables/{question}/imports")
class TableImportsController {

	/** Problems listed on a page; the download has them all. */
	static final int SHOWN = 200;

	private final TableImports imports;

	private final TableGrid grid;

	private final Projects projects;

	private final CustomerUserNames names;

	TableImportsController(TableImports imports, TableGrid grid, Projects projects, CustomerUserNames names) {
		this.imports = imports;
		this.grid = grid;
		this.projects = projects;
		this.names = names;
	}

	@PostMapping
	String upload(CustomerActor actor, @PathVariable long projectId, @PathVariable String question,
			@Valid @ModelAttribute("importForm") ImportForm form, BindingResult result,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		String base = TablesController.url(projectId, question);
		if (file == null || file.isEmpty() || file.getOriginalFilename() == null) {
			redirect.addFlashAttribute("error", "Choose a workbook (.xlsx) or a CSV file (.csv) to upload.");
			return "redirect:" + base;
		}
		if (result.hasErrors()) {
			return "redirect:" + base;
		}
		String fileName = file.getOriginalFilename();
		return Uploads.start(file, "rapidstart-upload-", base, redirect, upload -> "redirect:" + base + "/imports/"
				+ this.imports.start(actor, projectId, question, fileName, upload, form.getMode()).id());
	}

	@GetMapping("/{importId}")
	String show(CustomerActor actor, @PathVariable long projectId, @PathVariable String question,
			@PathVariable long importId, @RequestParam(defaultValue = "0") int from, Model model) {
		ImportJob job = job(actor, projectId, question, importId);
		TableGrid.Grid grid = this.grid.grid(actor, projectId, question, 0, 1);
		model.addAttribute("grid", grid);
		model.addAttribute("place", this.projects.placeOf(actor, projectId, question));
		model.addAttribute("label", TablesController.label(grid.question()));
		model.addAttribute("job", job);
		model.addAttribute("startedBy", this.names.nameOf(actor, job.startedBy()));
		model.addAttribute("base", TablesController.url(projectId, question));
		model.addAttribute("from", Math.max(0, from));
		model.addAttribute("shown", SHOWN);
		model.addAttribute("to", Math.min((long) Math.max(0, from) + SHOWN, job.errorCount()));
		model.addAttribute("problems", this.imports.problems(actor, projectId, importId, Math.max(0, from), SHOWN));
		return "tables/import";
	}

	/** The progress bar alone, for htmx; once the import has ended the whole page is loaded again. */
	@GetMapping("/{importId}/progress")
	String progress(CustomerActor actor, @PathVariable long projectId, @PathVariable String question,
			@PathVariable long importId, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model, HttpServletResponse response) {
		ImportJob job = job(actor, projectId, question, importId);
		if (htmx != null && !job.isActive()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("job", job);
		model.addAttribute("base", TablesController.url(projectId, question));
		model.addAttribute("mayChange", this.grid.mayCancelImports(actor, projectId, question));
		return "tables/fragments :: progress";
	}

	/** The import, under the URL of its own question only. */
	private ImportJob job(CustomerActor actor, long projectId, String question, long importId) {
		ImportJob job = this.imports.job(actor, projectId, importId);
		if (!job.question().equalsIgnoreCase(question)) {
			throw new NotFoundException("Import");
		}
		return job;
	}

	@PostMapping("/{importId}/cancel")
	String cancel(CustomerActor actor, @PathVariable long projectId, @PathVariable String question,
			@PathVariable long importId, RedirectAttributes redirect) {
		job(actor, projectId, question, importId);
		ImportJob job = this.imports.cancel(actor, projectId, importId);
		redirect.addFlashAttribute("message", cancelMessage(job.isActive()));
		return "redirect:" + TablesController.url(projectId, question) + "/imports/" + importId;
	}

	/** What Cancel import says, for a table's import and for an import of answers. */
	static String cancelMessage(boolean stillActive) {
		return stillActive ? "The import is being cancelled; nothing will change." : "The import had already ended.";
	}

	@GetMapping("/{importId}/problems.csv")
	ResponseEntity<StreamingResponseBody> problems(CustomerActor actor, @PathVariable long projectId,
			@PathVariable String question, @PathVariable long importId) {
		ImportJob job = job(actor, projectId, question, importId);
		return TablesController.download("problems-" + job.question() + "-" + job.id() + ".csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8), out -> {
					OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
					CsvWriter csv = CsvWriter.builder().build(writer);
					csv.writeRecord("Row", "Column", "Problem");
					this.imports.eachProblem(actor, projectId, importId,
							p -> csv.writeRecord(p.row() == null ? "" : p.row().toString(),
									p.column() == null ? "" : SpreadsheetText.neutralise(p.column()),
									SpreadsheetText.neutralise(p.message())));
					try {
						csv.flush();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
	}

}
