package org.rapidstart.customer.answering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerUserNames;
import org.rapidstart.provisioning.project.AnswersConflict;
import org.rapidstart.provisioning.project.AnswersRefused;
import org.rapidstart.provisioning.project.GroupIncomplete;
import org.rapidstart.provisioning.project.GroupPage;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.ProjectOverview;
import org.rapidstart.provisioning.project.QuestionGroupAnswering;
import org.rapidstart.questionnaire.validation.ValidationError;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Functional area and question group pages. Save posts the page; every change also posts it to autosave (htmx),
 * which keeps a draft and answers with the questions whose visibility changed, so a yes/no answer reveals or hides
 * its follow-ups at once.
 */
@Controller
class AnsweringController {

	private static final String GROUP = "/rapidstart/projects/{projectId}/groups/{groupId}";

	private final QuestionGroupAnswering answering;

	private final ProjectManagement management;

	private final CustomerUserNames names;

	AnsweringController(QuestionGroupAnswering answering, ProjectManagement management, CustomerUserNames names) {
		this.answering = answering;
		this.management = management;
		this.names = names;
	}

	@GetMapping("/rapidstart/projects/{projectId}/areas/{index}")
	String area(CustomerActor actor, @PathVariable long projectId, @PathVariable int index, Model model) {
		ProjectOverview overview = this.management.overview(actor, projectId);
		ProjectOverview.Area area = overview.areas()
			.stream()
			.filter(a -> a.index() == index)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Functional area"));
		model.addAttribute("project", overview.project());
		model.addAttribute("area", area);
		return "answering/area";
	}

	@GetMapping(GROUP)
	String group(CustomerActor actor, @PathVariable long projectId, @PathVariable long groupId, Model model) {
		return show(this.answering.page(actor, projectId, groupId), model);
	}

	@PostMapping(GROUP)
	String save(CustomerActor actor, @PathVariable long projectId, @PathVariable long groupId,
			@ModelAttribute("answers") AnswersForm form, Model model, RedirectAttributes redirect) {
		Map<String, String> input = form.getValues();
		try {
			this.answering.save(actor, projectId, groupId, form.getVersion(), input);
		}
		catch (AnswersConflict conflict) {
			model.addAttribute("conflict", conflict);
			// who changed what, by name, as the page names assignees
			Map<String, String> names = new HashMap<>();
			conflict.changes().forEach(c -> names.computeIfAbsent(c.changedBy(), by -> this.names.nameOf(actor, by)));
			model.addAttribute("conflictNames", names);
			// unknown (a save recorded no one): the page says "someone" in the user's language
			model.addAttribute("conflictBy", (conflict.changedBy() == null) ? null
					: names.computeIfAbsent(conflict.changedBy(), by -> this.names.nameOf(actor, by)));
			return show(this.answering.page(actor, projectId, groupId, input, conflict.currentVersion(), List.of()),
					model);
		}
		catch (AnswersRefused refused) {
			model.addAttribute("refused", refused);
			return show(this.answering.page(actor, projectId, groupId, input, form.getVersion(), refused.errors()),
					model);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessage());
			return "redirect:" + groupUrl(projectId, groupId);
		}
		redirect.addFlashAttribute("message", "Your answers were saved.");
		return "redirect:" + groupUrl(projectId, groupId);
	}

	/** htmx: keeps the input as a draft and sends back the questions that appear or disappear. */
	@PostMapping(GROUP + "/autosave")
	String autosave(CustomerActor actor, @PathVariable long projectId, @PathVariable long groupId,
			@ModelAttribute("answers") AnswersForm form, Model model) {
		GroupPage page = this.answering.saveDraft(actor, projectId, groupId, form.getVersion(), form.getValues());
		List<Integer> changed = new ArrayList<>();
		for (int i = 0; i < page.questions().size(); i++) {
			if (page.questions().get(i).shown() != form.getShown().contains(i)) {
				changed.add(i);
			}
		}
		model.addAttribute("page", page);
		model.addAttribute("changed", changed);
		model.addAttribute("savedAt", page.draftSavedAt());
		return "answering/autosave";
	}

	@PostMapping(GROUP + "/complete")
	String markComplete(CustomerActor actor, @PathVariable long projectId, @PathVariable long groupId, Model model,
			RedirectAttributes redirect) {
		try {
			this.answering.markComplete(actor, projectId, groupId);
		}
		catch (GroupIncomplete incomplete) {
			GroupPage page = this.answering.page(actor, projectId, groupId, incomplete.missing());
			model.addAttribute("incomplete", incomplete);
			model.addAttribute("missing", describe(incomplete.missing(), page));
			return show(page, model);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessage());
			return "redirect:" + groupUrl(projectId, groupId);
		}
		redirect.addFlashAttribute("message", "The question group was marked as complete.");
		return "redirect:" + groupUrl(projectId, groupId);
	}

	@PostMapping(GROUP + "/discard-draft")
	String discardDraft(CustomerActor actor, @PathVariable long projectId, @PathVariable long groupId,
			RedirectAttributes redirect) {
		this.answering.discardDraft(actor, projectId, groupId);
		redirect.addFlashAttribute("message", "Your unsaved input was discarded.");
		return "redirect:" + groupUrl(projectId, groupId);
	}

	/** "Question text: message" for each missing or wrong answer, in the page's words. */
	private static List<String> describe(List<ValidationError> errors, GroupPage page) {
		return errors.stream().map(e -> {
			String text = page.questions()
				.stream()
				.filter(q -> q.shortName().equalsIgnoreCase(e.question()))
				.map(q -> q.text().isBlank() ? q.shortName() : q.text())
				.findFirst()
				.orElse(e.question());
			return text + " – " + ((e.row() != null) ? "row " + e.row() + ": " : "") + e.message();
		}).toList();
	}

	private static String show(GroupPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("group", page.group());
		AnswersForm form = new AnswersForm();
		form.setVersion(page.version());
		model.addAttribute("answers", form);
		return "answering/group";
	}

	private static String groupUrl(long projectId, long groupId) {
		return "/rapidstart/projects/" + projectId + "/groups/" + groupId;
	}

}
