package org.rapidstart.customer.design;

import java.util.ArrayList;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.template.DesignedTemplate;
import org.rapidstart.provisioning.template.QuestionSaved;
import org.rapidstart.provisioning.template.TemplateDesign;
import org.rapidstart.questionnaire.model.Control;
import org.rapidstart.questionnaire.model.Question;
import org.rapidstart.questionnaire.model.QuestionType;
import org.rapidstart.questionnaire.model.Template;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The question editor: new question (of a chosen type) in a group, and edit. Buttons other than Save reshape the
 * form without saving (Apply after changing the type, the table or the operation; add or remove a column or a
 * parameter), so nothing typed is lost.
 */
@Controller
@RequestMapping(Positions.DESIGN + "/templates/{id}/areas/{a}/groups/{g}/questions")
class QuestionController {

	private final TemplateDesign design;

	private final Outcomes outcomes;

	QuestionController(TemplateDesign design, Outcomes outcomes) {
		this.design = design;
		this.outcomes = outcomes;
	}

	@GetMapping("/new")
	String newQuestion(CustomerActor actor, @PathVariable long id, @PathVariable int a, @PathVariable int g,
			@RequestParam(defaultValue = "FIELD") QuestionType type, Model model) {
		DesignedTemplate stored = this.design.template(actor, id);
		Positions.group(stored.template(), a, g);
		model.addAttribute("questionForm", QuestionForm.empty(type, stored.version()));
		return editor(model, stored, a, g, null);
	}

	@PostMapping("/new")
	String create(CustomerActor actor, @PathVariable long id, @PathVariable int a, @PathVariable int g,
			@Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		DesignedTemplate stored = this.design.template(actor, id);
		return submit(actor, stored, a, g, null, form, result, action, model, redirect);
	}

	@GetMapping("/{q}")
	String edit(CustomerActor actor, @PathVariable long id, @PathVariable int a, @PathVariable int g,
			@PathVariable int q, Model model) {
		DesignedTemplate stored = this.design.template(actor, id);
		Question question = Positions.question(stored.template(), a, g, q);
		model.addAttribute("questionForm", QuestionForm.of(question, stored.version()));
		model.addAttribute("q", q);
		return editor(model, stored, a, g, question.shortName());
	}

	@PostMapping("/{q}")
	String save(CustomerActor actor, @PathVariable long id, @PathVariable int a, @PathVariable int g,
			@PathVariable int q, @Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		DesignedTemplate stored = this.design.template(actor, id);
		String original = Positions.question(stored.template(), a, g, q).shortName();
		model.addAttribute("q", q);
		return submit(actor, stored, a, g, original, form, result, action, model, redirect);
	}

	/**
	 * Save, or reshape the form. {@code stored} is the template as the page showed it (the form names its version):
	 * a refused save shows the editor on it again, so the positions in the URL still mean what the designer saw.
	 */
	private String submit(CustomerActor actor, DesignedTemplate stored, int a, int g, @Nullable String original,
			QuestionForm form, BindingResult result, String action, Model model, RedirectAttributes redirect) {
		Template template = stored.template();
		String area = Positions.area(template, a).name();
		String group = Positions.group(template, a, g).name();
		if (!"save".equals(action)) {
			reshape(form, action);
			// reshaping is not saving: no errors yet
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "questionForm",
					new BeanPropertyBindingResult(form, "questionForm"));
			return editor(model, stored, a, g, original);
		}
		form.validate(result);
		return this.outcomes.submit(result, () -> {
			QuestionSaved saved = this.design.saveQuestion(actor, stored.id(), form.getVersion(), area, group,
					original, question(form));
			redirect.addFlashAttribute("message", "The question '" + form.getShortName().trim() + "' was saved.");
			if (!saved.problems().isEmpty()) {
				redirect.addFlashAttribute("warnings", new ArrayList<>(Problem.of(saved.problems())));
			}
			return "redirect:" + Positions.area(stored.id(), a);
		}, () -> editor(model, stored, a, g, original));
	}

	/** The engine's question; a rule of its model the form does not check itself is shown above the form. */
	private static Question question(QuestionForm form) {
		try {
			return form.question();
		}
		catch (IllegalArgumentException ex) {
			// the code must not be a message key: design.question is "Question", which would replace the engine's words
			throw new RuleViolation(null, "design.questionRefused", ex.getMessage());
		}
	}

	/** Apply, addColumn, removeColumn:2, addParameter, removeParameter:0. */
	private void reshape(QuestionForm form, String action) {
		int colon = action.indexOf(':');
		String verb = (colon < 0) ? action : action.substring(0, colon);
		int index = (colon < 0) ? -1 : parseIndex(action.substring(colon + 1));
		switch (verb) {
			case "addColumn" -> form.getColumns().add(new ColumnForm());
			case "removeColumn" -> {
				if (index >= 0 && index < form.getColumns().size()) {
					form.getColumns().remove(index);
				}
			}
			case "addParameter" -> form.getParameters().add(new ParameterForm());
			case "removeParameter" -> {
				if (index >= 0 && index < form.getParameters().size()) {
					form.getParameters().remove(index);
				}
			}
			default -> {
				// Apply: the type, table or operation changed
				if (form.getType() == QuestionType.NON_ACTIONABLE && form.getControl() != Control.LIST) {
					form.setControl(Control.YES_NO);
				}
				if (form.getType() == QuestionType.FIELD && form.getControl() == null) {
					form.setControl(Control.TEXT_BOX);
				}
				if (form.getType().isTable()) {
					QuestionPages.mandatoryColumns(form, this.design.catalogue());
				}
				if (form.getType() == QuestionType.CLASS) {
					QuestionPages.operationParameters(form, this.design.catalogue());
				}
			}
		}
	}

	private static int parseIndex(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private String editor(Model model, DesignedTemplate stored, int a, int g, @Nullable String original) {
		Template template = stored.template();
		boolean editable = !template.published() && !Positions.area(template, a).published();
		QuestionPages.editor(model, this.design, template, Positions.template(stored.id()), a, g, original, editable);
		model.addAttribute("stored", stored);
		return "design/question";
	}

}
