package org.rapidstart.customer.design;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.validation.Valid;

import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.template.DesignedTemplate;
import org.rapidstart.provisioning.template.TemplateDesign;
import org.rapidstart.provisioning.template.TemplateFile;
import org.rapidstart.provisioning.template.TemplateSummary;
import org.rapidstart.questionnaire.model.Template;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Design list (built-in templates and the tenant's own), New template, Import template, the read-only view of
 * a built-in template with Copy and Export, and Copy from another tenant.
 */
@Controller
@RequestMapping(Positions.DESIGN)
class DesignController {

	private final TemplateDesign design;

	private final Outcomes outcomes;

	DesignController(TemplateDesign design, Outcomes outcomes) {
		this.design = design;
		this.outcomes = outcomes;
	}

	@GetMapping
	String list(CustomerActor actor, Model model) {
		List<TemplateSummary> all = this.design.templates(actor);
		model.addAttribute("builtIns", all.stream().filter(TemplateSummary::builtIn).toList());
		model.addAttribute("templates", all.stream().filter(t -> !t.builtIn()).toList());
		model.addAttribute("otherTenants", !this.design.viewerTenants(actor).isEmpty());
		return "design/list";
	}

	@GetMapping("/new")
	String newTemplate(CustomerActor actor, Model model) {
		this.design.requireDesigner(actor);
		model.addAttribute("templateForm", new TemplateForm());
		return "design/new";
	}

	@PostMapping("/new")
	String create(CustomerActor actor, @Valid @ModelAttribute("templateForm") TemplateForm form, BindingResult result,
			RedirectAttributes redirect) {
		return this.outcomes.submit(result, () -> {
			DesignedTemplate created = this.design.create(actor, form.properties());
			redirect.addFlashAttribute("message", "The template '" + created.template().name()
					+ "' was created. Add its functional areas; it is unpublished until you publish it.");
			return "redirect:" + Positions.template(created.id());
		}, () -> "design/new");
	}

	@GetMapping("/import")
	String importForm(CustomerActor actor, Model model) {
		this.design.requireDesigner(actor);
		model.addAttribute("importForm", new ImportForm());
		return "design/import";
	}

	@PostMapping("/import")
	String importTemplate(CustomerActor actor, @Valid @ModelAttribute("importForm") ImportForm form,
			BindingResult result, RedirectAttributes redirect) {
		MultipartFile file = form.getFile();
		if (file == null || file.isEmpty()) {
			result.rejectValue("file", "design.fileRequired", "Choose a .rapidstart file to import.");
		}
		return this.outcomes.submit(result, () -> {
			DesignedTemplate imported;
			try (InputStream in = file.getInputStream()) {
				imported = this.design.importPackage(actor, in, form.getName());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			redirect.addFlashAttribute("message", "The template '" + imported.template().name()
					+ "' was imported. It is unpublished: review it, then publish it.");
			return "redirect:" + Positions.template(imported.id());
		}, () -> "design/import");
	}

	// ---- built-in templates: read-only, can be copied and exported ----

	@GetMapping("/built-in/{name}")
	String builtIn(CustomerActor actor, @PathVariable String name, Model model) {
		Template template = this.design.builtIn(actor, name);
		TemplatePages.templatePage(model, template, null, Positions.builtIn(template));
		return "design/template";
	}

	@GetMapping("/built-in/{name}/areas/{a}")
	String builtInArea(CustomerActor actor, @PathVariable String name, @PathVariable int a, Model model) {
		Template template = this.design.builtIn(actor, name);
		TemplatePages.areaPage(model, template, null, Positions.builtIn(template), a);
		return "design/area";
	}

	@GetMapping("/built-in/{name}/areas/{a}/groups/{g}/questions/{q}")
	String builtInQuestion(CustomerActor actor, @PathVariable String name, @PathVariable int a,
			@PathVariable int g, @PathVariable int q, Model model) {
		Template template = this.design.builtIn(actor, name);
		model.addAttribute("questionForm", QuestionForm.of(Positions.question(template, a, g, q), 0));
		QuestionPages.editor(model, this.design, template, Positions.builtIn(template), a, g,
				Positions.question(template, a, g, q).shortName(), false);
		return "design/question";
	}

	@GetMapping("/built-in/{name}/copy")
	String copyBuiltInForm(CustomerActor actor, @PathVariable String name, Model model) {
		Template template = this.design.builtIn(actor, name);
		model.addAttribute("source", template.name());
		model.addAttribute("copyForm", CopyForm.named("Copy of " + template.name()));
		return "design/copy";
	}

	@PostMapping("/built-in/{name}/copy")
	String copyBuiltIn(CustomerActor actor, @PathVariable String name,
			@Valid @ModelAttribute("copyForm") CopyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Template template = this.design.builtIn(actor, name);
		model.addAttribute("source", template.name());
		return this.outcomes.submit(result, () -> {
			DesignedTemplate copy = this.design.copyBuiltIn(actor, name, form.getName());
			redirect.addFlashAttribute("message", "'" + template.name() + "' was copied as '"
					+ copy.template().name() + "'. The copy is unpublished and yours to change.");
			return "redirect:" + Positions.template(copy.id());
		}, () -> "design/copy");
	}

	@GetMapping("/built-in/{name}/export")
	ResponseEntity<byte[]> exportBuiltIn(CustomerActor actor, @PathVariable String name) {
		return download(this.design.exportBuiltIn(actor, name));
	}

	static ResponseEntity<byte[]> download(TemplateFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(TemplateFile.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.content());
	}

}
