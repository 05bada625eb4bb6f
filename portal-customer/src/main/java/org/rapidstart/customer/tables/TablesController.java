package org.rapidstart.customer.tables;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerUserNames;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.provisioning.project.table.AnswerImport;
import org.rapidstart.provisioning.project.table.AnswerImports;
import org.rapidstart.provisioning.project.table.ImportJob;
import org.rapidstart.provisioning.project.table.RowConflict;
import org.rapidstart.provisioning.project.table.RowId;
import org.rapidstart.provisioning.project.table.RowRefused;
import org.rapidstart.provisioning.project.table.TableFiles;
import org.rapidstart.provisioning.project.table.TableGrid;
import org.rapidstart.provisioning.project.table.TableImports;
import org.rapidstart.provisioning.project.table.TableRow;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.validation.ValidationError;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's tables and the grid of one table question: a page of rows with the problems of each row, a row to
 * add at the bottom, editing and deleting a row (PRG), Download template and the saved rows as CSV. Imports are on
 * {@link TableImportsController}. Every id is resolved for the signed-in user's tenant; a Viewer sees no change
 * controls, nor does anyone while the question's functional area is closed (Base information first), and the service
 * refuses such a change anyway: a refusal by rule shows as a message on the grid.
 */
@Controller
@RequestMapping("/rapidstart/projects/{projectId}/tables")
class TablesController {

	static final int PAGE_SIZE = 50;

	private final TableGrid grid;

	private final TableFiles files;

	private final TableImports imports;

	private final Projects projects;

	private final AnswerImports answerImports;

	private final CustomerUserNames names;

	TablesController(TableGrid grid, TableFiles files, TableImports imports, Projects projects,
			AnswerImports answerImports, CustomerUserNames names) {
		this.grid = grid;
		this.files = files;
		this.imports = imports;
		this.projects = projects;
		this.answerImports = answerImports;
		this.names = names;
	}

	@GetMapping
	String tables(CustomerActor actor, @PathVariable long projectId, Model model) {
		model.addAttribute("project", this.grid.project(actor, projectId));
		model.addAttribute("tables", this.grid.tables(actor, projectId));
		model.addAttribute("mayImport", actor.has(CustomerRole.CONFIGURATOR));
		// an import of answers that runs shows here, so that the page does not offer a second one
		this.answerImports.latest(actor, projectId).filter(AnswerImport::isActive).ifPresent(job -> {
			model.addAttribute("answersImport", job);
			model.addAttribute("answersBase", AnswerWorkbooksController.url(projectId, job.id()));
		});
		return "tables/index";
	}

	@GetMapping("/{question}")
	String show(CustomerActor actor, @PathVariable long projectId, @PathVariable String question,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable String edit,
			@RequestParam(required = false) @Nullable String delete, Model model) {
		TableGrid.Grid grid = this.grid.grid(actor, projectId, question, page, PAGE_SIZE);
		model.addAttribute("rowForm", new RowForm());
		if (edit != null) {
			this.grid.findRow(actor, projectId, question, RowId.parse(edit)).ifPresentOrElse(row -> {
				RowForm form = new RowForm();
				form.getCells().putAll(row.cells());
				form.setVersion(row.version());
				model.addAttribute("editForm", form);
				model.addAttribute("editing", row.id());
			}, () -> model.addAttribute("rowGone", true));
		}
		if (delete != null) {
			this.grid.findRow(actor, projectId, question, RowId.parse(delete)).ifPresentOrElse(row -> {
				model.addAttribute("deleting", row.id());
				model.addAttribute("deleteVersion", row.version());
			}, () -> model.addAttribute("rowGone", true));
		}
		return page(actor, grid, model);
	}

	@PostMapping("/{question}/rows")
	String add(CustomerActor actor, @PathVariable long projectId, @PathVariable String question,
			@ModelAttribute("rowForm") RowForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			TableRow row = this.grid.add(actor, projectId, question, form.getCells());
			redirect.addFlashAttribute("message", "Row " + row.position() + " was added.");
			return "redirect:" + url(projectId, question) + "?page=" + page(row.position());
		}
		catch (RowRefused refused) {
			reject(result, refused);
			model.addAttribute("addErrors", errorsByField(result));
			model.addAttribute("rowErrors", globalErrors(result));
			TableGrid.Grid grid = this.grid.grid(actor, projectId, question, Integer.MAX_VALUE, PAGE_SIZE);
			return page(actor, grid, model);
		}
		catch (RuleViolation violation) {
			return refused(violation, projectId, question, 0, redirect);
		}
	}

	@PostMapping("/{question}/rows/{rowId}")
	String edit(CustomerActor actor, @PathVariable long projectId, @PathVariable String question,
			@PathVariable String rowId, @ModelAttribute("editForm") RowForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		RowId id = RowId.parse(rowId);
		try {
			TableRow row = this.grid.edit(actor, projectId, question, id, form.getVersion(), form.getCells());
			redirect.addFlashAttribute("message", "Row " + row.position() + " was saved.");
			return "redirect:" + url(projectId, question) + "?page=" + page(row.position());
		}
		catch (RowConflict conflict) {
			conflict(actor, conflict, model);
			TableRow current = conflict.current();
			if (current == null) {
				// the row is gone: the input waits in the new row, to be added as a row of its own
				RowForm add = new RowForm();
				add.getCells().putAll(form.getCells());
				model.addAttribute("rowForm", add);
				return page(actor, this.grid.grid(actor, projectId, question, Integer.MAX_VALUE, PAGE_SIZE), model);
			}
			// the input stays in the row's form, now based on the row as it is, so Save row applies it
			form.setVersion(current.version());
			model.addAttribute("rowForm", new RowForm());
			model.addAttribute("editing", id);
			return page(actor, this.grid.grid(actor, projectId, question, page(current.position()), PAGE_SIZE), model);
		}
		catch (RowRefused refused) {
			reject(result, refused);
			model.addAttribute("editErrors", errorsByField(result));
			model.addAttribute("rowErrors", globalErrors(result));
			TableRow row = this.grid.row(actor, projectId, question, id);
			TableGrid.Grid grid = this.grid.grid(actor, projectId, question, page(row.position()), PAGE_SIZE);
			model.addAttribute("rowForm", new RowForm());
			model.addAttribute("editing", id);
			return page(actor, grid, model);
		}
		catch (RuleViolation violation) {
			return refused(violation, projectId, question, 0, redirect);
		}
	}

	@PostMapping("/{question}/rows/{rowId}/delete")
	String delete(CustomerActor actor, @PathVariable long projectId, @PathVariable String question,
			@PathVariable String rowId, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "0") int page, Model model, RedirectAttributes redirect) {
		RowId id = RowId.parse(rowId);
		try {
			this.grid.delete(actor, projectId, question, id, version);
			redirect.addFlashAttribute("message", "The row was deleted.");
			return "redirect:" + url(projectId, question) + "?page=" + page;
		}
		catch (RowConflict conflict) {
			// not deleted: the row as it is now is shown for another decision, or it is gone already
			conflict(actor, conflict, model);
			model.addAttribute("rowForm", new RowForm());
			TableRow current = conflict.current();
			if (current == null) {
				return page(actor, this.grid.grid(actor, projectId, question, page, PAGE_SIZE), model);
			}
			model.addAttribute("deleting", id);
			model.addAttribute("deleteVersion", current.version());
			return page(actor, this.grid.grid(actor, projectId, question, page(current.position()), PAGE_SIZE), model);
		}
		catch (RuleViolation violation) {
			return refused(violation, projectId, question, page, redirect);
		}
	}

	/**
	 * A change the rules refuse as a whole (the question's functional area is not open yet): its message on the grid,
	 * which then offers no changes.
	 */
	private static String refused(RuleViolation violation, long projectId, String question, int page,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", violation.getMessage());
		return "redirect:" + url(projectId, question) + "?page=" + page;
	}

	@GetMapping("/{question}/template.xlsx")
	ResponseEntity<StreamingResponseBody> template(CustomerActor actor, @PathVariable long projectId,
			@PathVariable String question) {
		Question q = this.files.question(actor, projectId, question);
		return download(q.shortName() + ".xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				out -> this.files.writeTemplate(actor, projectId, question, out));
	}

	@GetMapping("/{question}/rows.csv")
	ResponseEntity<StreamingResponseBody> csv(CustomerActor actor, @PathVariable long projectId,
			@PathVariable String question) {
		Question q = this.files.question(actor, projectId, question);
		return download(q.shortName() + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8), out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			this.files.writeCsv(actor, projectId, question, writer);
			writer.flush();
		});
	}

	/** How pages name a table: by its question, as the question group page asks it; the short name is for files. */
	static String label(Question question) {
		return question.text().isBlank() ? question.shortName() : question.text();
	}

	static ResponseEntity<StreamingResponseBody> download(String fileName, MediaType type, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(body);
	}

	/** Not saved or not deleted: the row as it is now, and who changed it, by name. */
	private void conflict(CustomerActor actor, RowConflict conflict, Model model) {
		model.addAttribute("conflict", conflict);
		model.addAttribute("conflictBy", this.names.nameOf(actor, conflict.changedBy()));
	}

	private String page(CustomerActor actor, TableGrid.Grid grid, Model model) {
		model.addAttribute("grid", grid);
		model.addAttribute("base", url(grid.project().id(), grid.question().shortName()));
		// the trail leads to the question's group page, where the question group is marked as complete
		model.addAttribute("place", this.projects.placeOf(actor, grid.project().id(), grid.question().shortName()));
		model.addAttribute("label", label(grid.question()));
		if (!model.containsAttribute("importForm")) {
			model.addAttribute("importForm", new ImportForm());
		}
		ImportJob latest = this.imports.latest(actor, grid.project().id(), grid.question().shortName()).orElse(null);
		model.addAttribute("latestImport", latest);
		if (latest != null && latest.errorCount() > 0) {
			model.addAttribute("latestProblems",
					this.imports.problems(actor, grid.project().id(), latest.id(), 0, TableImportsController.SHOWN));
		}
		return "tables/grid";
	}

	/** Each problem next to its cell; a problem of the whole row above the form. */
	private static void reject(BindingResult result, RowRefused refused) {
		for (ValidationError e : refused.problems()) {
			if (e.column() != null) {
				result.rejectValue("cells[" + e.column() + "]", "tables.row.invalid", e.message());
			}
			else {
				result.reject("tables.row.invalid", e.message());
			}
		}
	}

	/** The message of each refused cell by field, from {@code cells[Field]} errors. */
	private static Map<String, String> errorsByField(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError e : result.getFieldErrors()) {
			String field = e.getField();
			if (field.startsWith("cells[") && field.endsWith("]")) {
				errors.merge(field.substring(6, field.length() - 1), String.valueOf(e.getDefaultMessage()),
						(a, b) -> a + " " + b);
			}
		}
		return errors;
	}

	private static List<String> globalErrors(BindingResult result) {
		return result.getGlobalErrors().stream().map(e -> String.valueOf(e.getDefaultMessage())).toList();
	}

	static int page(long position) {
		return (int) ((position - 1) / PAGE_SIZE);
	}

	static String url(long projectId, String question) {
		return "/rapidstart/projects/" + projectId + "/tables/" + question;
	}

}
