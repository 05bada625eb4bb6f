package org.rapidstart.customer.design;

import jakarta.validation.Valid;

import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.template.DesignedTemplate;
import org.rapidstart.provisioning.template.TemplateDesign;
import org.rapidstart.questionnaire.publish.Publisher;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One of the tenant's templates: its page with the functional areas, Edit, Publish, Unpublish (after listing the
 * projects that use it), Copy, Export, Delete (refused while projects use it), Identify unpublished functional
 * areas, and the functional areas' own actions (add, move up/down, publish, unpublish, delete).
 */
@Controller
@RequestMapping(Positions.DESIGN + "/templates/{id}")
class TemplateController {

	private final TemplateDesign design;

	private final Outcomes outcomes;

	TemplateController(TemplateDesign design, Outcomes outcomes) {
		this.design = design;
		this.outcomes = outcomes;
	}

	@GetMapping
	String show(CustomerActor actor, @PathVariable long id,
			@RequestParam(name = "unpublished", defaultValue = "false") boolean identify, Model model) {
		DesignedTemplate stored = this.design.template(actor, id);
		TemplatePages.templatePage(model, stored.template(), stored, Positions.template(id));
		model.addAttribute("identify", identify);
		return "design/template";
	}

	@GetMapping("/edit")
	String editForm(CustomerActor actor, @PathVariable long id, Model model) {
		DesignedTemplate stored = this.design.template(actor, id);
		model.addAttribute("stored", stored);
		model.addAttribute("templateForm", TemplateForm.of(stored.template(), stored.version()));
		return "design/edit";
	}

	@PostMapping("/edit")
	String edit(CustomerActor actor, @PathVariable long id, @Valid @ModelAttribute("templateForm") TemplateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return this.outcomes.submit(result, () -> {
			this.design.changeProperties(actor, id, form.getVersion(), form.properties());
			redirect.addFlashAttribute("message", "The template was saved.");
			return "redirect:" + Positions.template(id);
		}, () -> {
			model.addAttribute("stored", this.design.template(actor, id));
			return "design/edit";
		});
	}

	@PostMapping("/publish")
	String publish(CustomerActor actor, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return this.outcomes.run(redirect, Positions.template(id), () -> "The template '"
				+ this.design.publish(actor, id, version).template().name()
				+ "' is published: configurators can now choose it for projects.");
	}

	@GetMapping("/unpublish")
	String unpublishForm(CustomerActor actor, @PathVariable long id, Model model) {
		DesignedTemplate stored = this.design.template(actor, id);
		model.addAttribute("stored", stored);
		model.addAttribute("warning",
				Publisher.unpublishWarning(stored.template(), this.design.projectsUsing(actor, id)).orElse(null));
		return "design/unpublish";
	}

	@PostMapping("/unpublish")
	String unpublish(CustomerActor actor, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return this.outcomes.run(redirect, Positions.template(id), () -> "The template '"
				+ this.design.unpublish(actor, id, version).template().name()
				+ "' is unpublished and can be edited. No new project can choose it until you publish it again.");
	}

	@GetMapping("/copy")
	String copyForm(CustomerActor actor, @PathVariable long id, Model model) {
		DesignedTemplate stored = this.design.template(actor, id);
		model.addAttribute("source", stored.template().name());
		model.addAttribute("copyForm", CopyForm.named("Copy of " + stored.template().name()));
		return "design/copy";
	}

	@PostMapping("/copy")
	String copy(CustomerActor actor, @PathVariable long id, @Valid @ModelAttribute("copyForm") CopyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return this.outcomes.submit(result, () -> {
			DesignedTemplate copy = this.design.copy(actor, id, form.getName());
			redirect.addFlashAttribute("message", "The template was copied as '" + copy.template().name()
					+ "'. The copy is unpublished.");
			return "redirect:" + Positions.template(copy.id());
		}, () -> {
			model.addAttribute("source", this.design.template(actor, id).template().name());
			return "design/copy";
		});
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(CustomerActor actor, @PathVariable long id) {
		return DesignController.download(this.design.export(actor, id));
	}

	@GetMapping("/delete")
	String deleteForm(CustomerActor actor, @PathVariable long id, Model model) {
		model.addAttribute("stored", this.design.template(actor, id));
		model.addAttribute("projects", this.design.projectsUsing(actor, id));
		return "design/delete";
	}

	@PostMapping("/delete")
	String delete(CustomerActor actor, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		return this.outcomes.run(redirect, Positions.DESIGN, Positions.template(id) + "/delete",
				() -> "The template '" + this.design.delete(actor, id, version) + "' was deleted.");
	}

	// ---- functional areas ----

	@PostMapping("/areas")
	String addArea(CustomerActor actor, @PathVariable long id, @Valid @ModelAttribute("areaForm") AreaForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return this.outcomes.submit(result, () -> {
			DesignedTemplate changed = this.design.addFunctionalArea(actor, id, form.getVersion(), form.properties());
			redirect.addFlashAttribute("message", "The functional area '" + form.properties().name()
					+ "' was added. It is unpublished; add question groups and questions, then publish it.");
			return "redirect:" + Positions.area(id, Positions.indexOf(changed.template(), form.properties().name()));
		}, () -> {
			DesignedTemplate stored = this.design.template(actor, id);
			TemplatePages.templatePage(model, stored.template(), stored, Positions.template(id));
			return "design/template";
		});
	}

	@PostMapping("/areas/{a}/move")
	String moveArea(CustomerActor actor, @PathVariable long id, @PathVariable int a, @RequestParam long version,
			@RequestParam boolean up, RedirectAttributes redirect) {
		String name = areaName(actor, id, a);
		return this.outcomes.run(redirect, Positions.template(id), () -> {
			this.design.moveFunctionalArea(actor, id, version, name, up);
			return "The functional area '" + name + "' was moved " + (up ? "up." : "down.");
		});
	}

	/** Publish or Unpublish one functional area, from the template page or the area's own. */
	@PostMapping("/areas/{a}/{change:publish|unpublish}")
	String publishArea(CustomerActor actor, @PathVariable long id, @PathVariable int a, @PathVariable String change,
			@RequestParam long version, @RequestParam(defaultValue = "template") String back,
			RedirectAttributes redirect) {
		String name = areaName(actor, id, a);
		boolean publish = "publish".equals(change);
		return this.outcomes.run(redirect, "area".equals(back) ? Positions.area(id, a) : Positions.template(id), () -> {
			if (publish) {
				this.design.publishFunctionalArea(actor, id, version, name);
				return "The functional area '" + name + "' is published.";
			}
			this.design.unpublishFunctionalArea(actor, id, version, name);
			return "The functional area '" + name + "' is unpublished and can be edited.";
		});
	}

	@PostMapping("/areas/{a}/delete")
	String deleteArea(CustomerActor actor, @PathVariable long id, @PathVariable int a, @RequestParam long version,
			RedirectAttributes redirect) {
		String name = areaName(actor, id, a);
		return this.outcomes.run(redirect, Positions.template(id), () -> {
			this.design.deleteFunctionalArea(actor, id, version, name);
			return "The functional area '" + name + "' was deleted.";
		});
	}

	private String areaName(CustomerActor actor, long id, int a) {
		return Positions.area(this.design.template(actor, id).template(), a).name();
	}

}
