package org.rapidstart.customer.design;

import jakarta.validation.Valid;

import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.template.DesignedTemplate;
import org.rapidstart.provisioning.template.TemplateDesign;
import org.rapidstart.questionnaire.model.FunctionalArea;
import org.rapidstart.questionnaire.model.QuestionGroup;

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
 * One functional area of a stored template: its question groups and their questions; Edit functional area; add,
 * edit, move up/down and delete question groups; move up/down and delete questions.
 */
@Controller
@RequestMapping(Positions.DESIGN + "/templates/{id}/areas/{a}")
class AreaController {

	private final TemplateDesign design;

	private final Outcomes outcomes;

	AreaController(TemplateDesign design, Outcomes outcomes) {
		this.design = design;
		this.outcomes = outcomes;
	}

	@GetMapping
	String show(CustomerActor actor, @PathVariable long id, @PathVariable int a, Model model) {
		DesignedTemplate stored = this.design.template(actor, id);
		TemplatePages.areaPage(model, stored.template(), stored, Positions.template(id), a);
		return "design/area";
	}

	@GetMapping("/edit")
	String editForm(CustomerActor actor, @PathVariable long id, @PathVariable int a, Model model) {
		DesignedTemplate stored = this.design.template(actor, id);
		FunctionalArea area = Positions.area(stored.template(), a);
		model.addAttribute("stored", stored);
		model.addAttribute("a", a);
		model.addAttribute("areaForm", AreaForm.of(area, stored.version()));
		return "design/area-edit";
	}

	@PostMapping("/edit")
	String edit(CustomerActor actor, @PathVariable long id, @PathVariable int a,
			@Valid @ModelAttribute("areaForm") AreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DesignedTemplate stored = this.design.template(actor, id);
		String name = Positions.area(stored.template(), a).name();
		model.addAttribute("stored", stored);
		model.addAttribute("a", a);
		return this.outcomes.submit(result, () -> {
			DesignedTemplate changed = this.design.changeFunctionalArea(actor, id, form.getVersion(), name,
					form.properties());
			redirect.addFlashAttribute("message", "The functional area was saved.");
			return "redirect:" + Positions.area(id, Positions.indexOf(changed.template(), form.properties().name()));
		}, () -> "design/area-edit");
	}

	// ---- question groups ----

	@PostMapping("/groups")
	String addGroup(CustomerActor actor, @PathVariable long id, @PathVariable int a,
			@Valid @ModelAttribute("groupForm") GroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DesignedTemplate stored = this.design.template(actor, id);
		String area = Positions.area(stored.template(), a).name();
		return this.outcomes.submit(result, () -> {
			this.design.addQuestionGroup(actor, id, form.getVersion(), area, form.getName(), form.getDescription());
			redirect.addFlashAttribute("message", "The question group '" + form.getName().trim()
					+ "' was added. Add its questions.");
			return "redirect:" + Positions.area(id, a);
		}, () -> {
			TemplatePages.areaPage(model, stored.template(), stored, Positions.template(id), a);
			return "design/area";
		});
	}

	@GetMapping("/groups/{g}/edit")
	String editGroupForm(CustomerActor actor, @PathVariable long id, @PathVariable int a, @PathVariable int g,
			Model model) {
		DesignedTemplate stored = this.design.template(actor, id);
		QuestionGroup group = Positions.group(stored.template(), a, g);
		groupPage(model, stored, a, g);
		model.addAttribute("groupForm", GroupForm.of(group, stored.version()));
		return "design/group-edit";
	}

	@PostMapping("/groups/{g}/edit")
	String editGroup(CustomerActor actor, @PathVariable long id, @PathVariable int a, @PathVariable int g,
			@Valid @ModelAttribute("groupForm") GroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DesignedTemplate stored = this.design.template(actor, id);
		QuestionGroup group = Positions.group(stored.template(), a, g);
		groupPage(model, stored, a, g);
		return this.outcomes.submit(result, () -> {
			this.design.changeQuestionGroup(actor, id, form.getVersion(), Positions.area(stored.template(), a).name(),
					group.name(), form.getName(), form.getDescription());
			redirect.addFlashAttribute("message", "The question group was saved.");
			return "redirect:" + Positions.area(id, a);
		}, () -> "design/group-edit");
	}

	@PostMapping("/groups/{g}/move")
	String moveGroup(CustomerActor actor, @PathVariable long id, @PathVariable int a, @PathVariable int g,
			@RequestParam long version, @RequestParam boolean up, RedirectAttributes redirect) {
		DesignedTemplate stored = this.design.template(actor, id);
		String area = Positions.area(stored.template(), a).name();
		String group = Positions.group(stored.template(), a, g).name();
		return this.outcomes.run(redirect, Positions.area(id, a), () -> {
			this.design.moveQuestionGroup(actor, id, version, area, group, up);
			return "The question group '" + group + "' was moved " + (up ? "up." : "down.");
		});
	}

	@PostMapping("/groups/{g}/delete")
	String deleteGroup(CustomerActor actor, @PathVariable long id, @PathVariable int a, @PathVariable int g,
			@RequestParam long version, RedirectAttributes redirect) {
		DesignedTemplate stored = this.design.template(actor, id);
		String area = Positions.area(stored.template(), a).name();
		String group = Positions.group(stored.template(), a, g).name();
		return this.outcomes.run(redirect, Positions.area(id, a), () -> {
			this.design.deleteQuestionGroup(actor, id, version, area, group);
			return "The question group '" + group + "' was deleted.";
		});
	}

	// ---- questions: order and delete (the editor is QuestionController) ----

	@PostMapping("/groups/{g}/questions/{q}/move")
	String moveQuestion(CustomerActor actor, @PathVariable long id, @PathVariable int a, @PathVariable int g,
			@PathVariable int q, @RequestParam long version, @RequestParam boolean up, RedirectAttributes redirect) {
		String shortName = Positions.question(this.design.template(actor, id).template(), a, g, q).shortName();
		return this.outcomes.run(redirect, Positions.area(id, a), () -> {
			this.design.moveQuestion(actor, id, version, shortName, up);
			return "The question '" + shortName + "' was moved " + (up ? "up." : "down.");
		});
	}

	@PostMapping("/groups/{g}/questions/{q}/delete")
	String deleteQuestion(CustomerActor actor, @PathVariable long id, @PathVariable int a, @PathVariable int g,
			@PathVariable int q, @RequestParam long version, RedirectAttributes redirect) {
		String shortName = Positions.question(this.design.template(actor, id).template(), a, g, q).shortName();
		return this.outcomes.run(redirect, Positions.area(id, a), () -> {
			this.design.deleteQuestion(actor, id, version, shortName);
			return "The question '" + shortName + "' was deleted.";
		});
	}

	private static void groupPage(Model model, DesignedTemplate stored, int a, int g) {
		model.addAttribute("stored", stored);
		model.addAttribute("area", Positions.area(stored.template(), a));
		model.addAttribute("a", a);
		model.addAttribute("g", g);
	}

}
