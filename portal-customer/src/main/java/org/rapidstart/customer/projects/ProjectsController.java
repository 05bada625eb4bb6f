package org.rapidstart.customer.projects;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.rapidstart.customer.web.Rules;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.project.ProjectAccessDenied;
import org.rapidstart.provisioning.project.ProjectKind;
import org.rapidstart.provisioning.project.ProjectManagement;
import org.rapidstart.provisioning.project.ProjectOverview;
import org.rapidstart.provisioning.project.ProjectView;
import org.rapidstart.provisioning.project.Projects;
import org.rapidstart.provisioning.subscription.ServiceRegions;
import org.rapidstart.questionnaire.builtin.Industry;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Configure: project list, New project, the project page, Copy, Archive, Reassign question group. */
@Controller
class ProjectsController {

	/** The pages of a project Reassign may lead back to: the project's, a functional area's, a question group's. */
	private static final Pattern RETURN_TO = Pattern
		.compile("/rapidstart/projects/(\\d{1,18})(?:/areas/\\d{1,9}|/groups/\\d{1,18})?");

	private final ProjectManagement management;

	private final Projects projects;

	private final ServiceRegions regions;

	ProjectsController(ProjectManagement management, Projects projects, ServiceRegions regions) {
		this.management = management;
		this.projects = projects;
		this.regions = regions;
	}

	@GetMapping("/rapidstart/projects")
	String list(CustomerActor actor, @RequestParam(defaultValue = "false") boolean archived, Model model) {
		model.addAttribute("projects", this.management.projects(actor, archived));
		model.addAttribute("archived", archived);
		model.addAttribute("mayCreate", mayChange(actor));
		// a Configurator who is not an Administrator sees only their own projects: an empty list says so
		model.addAttribute("seesAll", this.projects.seesEveryGroup(actor));
		return "projects/list";
	}

	@GetMapping("/rapidstart/projects/new")
	String newProject(CustomerActor actor, Model model) {
		NewProjectForm form = new NewProjectForm();
		org.rapidstart.provisioning.project.Organisation own = this.management.ownOrganisation(actor,
				Industry.DISTRIBUTION);
		form.setOrganisationName(own.name());
		form.setStreet(nullToEmpty(own.street()));
		form.setCity(nullToEmpty(own.city()));
		form.setState(nullToEmpty(own.state()));
		form.setPostalCode(nullToEmpty(own.postalCode()));
		form.setCountryRegion(own.countryRegion());
		form.setKind(ProjectKind.CUSTOM);
		return showNew(actor, form, model);
	}

	@PostMapping("/rapidstart/projects/new")
	String create(CustomerActor actor, @Valid @ModelAttribute("newProject") NewProjectForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.getKind() == ProjectKind.CUSTOM && form.getTemplate().isBlank()) {
			result.rejectValue("template", "project.templateRequired", "Choose one of the published templates.");
		}
		if (result.hasErrors()) {
			return showNew(actor, form, model);
		}
		try {
			ProjectView project = this.management.create(actor, form.toNewProject());
			redirect.addFlashAttribute("message", "The project " + project.name() + " was created.");
			return "redirect:/rapidstart/projects/" + project.id();
		}
		catch (RuleViolation violation) {
			Rules.reject(result, violation);
			return showNew(actor, form, model);
		}
	}

	private String showNew(CustomerActor actor, NewProjectForm form, Model model) {
		model.addAttribute("newProject", form);
		model.addAttribute("templates", this.management.templates(actor));
		model.addAttribute("industries", List.of(Industry.values()));
		model.addAttribute("countries", this.regions.all(Locale.ENGLISH));
		return "projects/new";
	}

	@GetMapping("/rapidstart/projects/{projectId}")
	String project(CustomerActor actor, @PathVariable long projectId, Model model) {
		ProjectOverview overview = this.management.overview(actor, projectId);
		model.addAttribute("overview", overview);
		model.addAttribute("project", overview.project());
		return "projects/project";
	}

	@GetMapping("/rapidstart/projects/{projectId}/copy")
	String copyForm(CustomerActor actor, @PathVariable long projectId, Model model) {
		ProjectOverview overview = this.management.overview(actor, projectId);
		// the forms of changes the user may not make are not offered either (the POSTs refuse them in the service)
		if (!mayChange(actor)) {
			throw new ProjectAccessDenied();
		}
		CopyProjectForm form = new CopyProjectForm();
		form.setName("Copy of " + overview.project().name());
		return showCopy(overview, form, model);
	}

	@PostMapping("/rapidstart/projects/{projectId}/copy")
	String copy(CustomerActor actor, @PathVariable long projectId, @Valid @ModelAttribute("copy") CopyProjectForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ProjectOverview overview = this.management.overview(actor, projectId);
		if (result.hasErrors()) {
			return showCopy(overview, form, model);
		}
		try {
			ProjectView copy = this.management.copy(actor, projectId, form.getName(), form.isWithAnswers());
			redirect.addFlashAttribute("message", "The project " + overview.project().name() + " was copied to "
					+ copy.name() + (form.isWithAnswers() ? " with its answers." : " without answers."));
			return "redirect:/rapidstart/projects/" + copy.id();
		}
		catch (RuleViolation violation) {
			Rules.reject(result, violation);
			return showCopy(overview, form, model);
		}
	}

	private static String showCopy(ProjectOverview overview, CopyProjectForm form, Model model) {
		model.addAttribute("project", overview.project());
		model.addAttribute("copy", form);
		return "projects/copy";
	}

	@GetMapping("/rapidstart/projects/{projectId}/archive")
	String archiveConfirmation(CustomerActor actor, @PathVariable long projectId, Model model) {
		ProjectOverview overview = this.management.overview(actor, projectId);
		if (!overview.mayArchive()) {
			throw new ProjectAccessDenied();
		}
		model.addAttribute("project", overview.project());
		model.addAttribute("overview", overview);
		return "projects/archive";
	}

	@PostMapping("/rapidstart/projects/{projectId}/archive")
	String archive(CustomerActor actor, @PathVariable long projectId, RedirectAttributes redirect) {
		String name = this.management.overview(actor, projectId).project().name();
		try {
			this.management.archive(actor, projectId);
			redirect.addFlashAttribute("message", "The project " + name + " was archived.");
			return "redirect:/rapidstart/projects";
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessage());
			return "redirect:/rapidstart/projects/" + projectId;
		}
	}

	@GetMapping("/rapidstart/projects/{projectId}/groups/{groupId}/reassign")
	String reassignForm(CustomerActor actor, @PathVariable long projectId, @PathVariable long groupId,
			@RequestParam(required = false) @Nullable String returnTo, Model model) {
		ProjectOverview.Group group = this.management.group(actor, projectId, groupId);
		if (!group.mayReassign()) {
			throw new ProjectAccessDenied();
		}
		ReassignForm form = new ReassignForm();
		form.setAssignee(group.assigneeAccountId());
		form.setTargetDate(group.targetDate());
		form.setReturnTo(returnTo);
		return showReassign(actor, group, form, model);
	}

	@PostMapping("/rapidstart/projects/{projectId}/groups/{groupId}/reassign")
	String reassign(CustomerActor actor, @PathVariable long projectId, @PathVariable long groupId,
			@Valid @ModelAttribute("reassign") ReassignForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectOverview.Group group = this.management.group(actor, projectId, groupId);
		if (result.hasErrors() || form.getAssignee() == null) {
			return showReassign(actor, group, form, model);
		}
		try {
			this.management.reassign(actor, projectId, groupId, form.getAssignee(), form.getTargetDate());
		}
		catch (RuleViolation violation) {
			Rules.reject(result, violation);
			return showReassign(actor, group, form, model);
		}
		redirect.addFlashAttribute("message", "The question group " + group.name() + " was reassigned.");
		return "redirect:" + returnTo(projectId, form.getReturnTo());
	}

	/**
	 * Where Reassign (and Cancel) lead back to: the page it was opened from when that is the project's page, one of
	 * its functional areas or one of its question groups; else the project's page. Nothing else, so that the form
	 * cannot be made to send anyone elsewhere.
	 */
	static String returnTo(long projectId, @Nullable String requested) {
		String project = "/rapidstart/projects/" + projectId;
		if (requested != null) {
			Matcher page = RETURN_TO.matcher(requested);
			if (page.matches() && page.group(1).equals(String.valueOf(projectId))) {
				return requested;
			}
		}
		return project;
	}

	/** The form, its way back checked here for every way in (the link's parameter, a refused POST's field). */
	private String showReassign(CustomerActor actor, ProjectOverview.Group group, ReassignForm form, Model model) {
		form.setReturnTo(returnTo(group.projectId(), form.getReturnTo()));
		model.addAttribute("group", group);
		model.addAttribute("reassign", form);
		model.addAttribute("assignees", this.management.assignees(actor));
		return "projects/reassign";
	}

	private static boolean mayChange(CustomerActor actor) {
		return actor.has(CustomerRole.CONFIGURATOR);
	}

	private static String nullToEmpty(@Nullable String s) {
		return (s == null) ? "" : s;
	}

}
