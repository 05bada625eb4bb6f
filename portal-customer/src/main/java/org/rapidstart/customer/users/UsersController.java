package org.rapidstart.customer.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.rapidstart.customer.web.Rules;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerRole;
import org.rapidstart.provisioning.customeruser.UserManagement;
import org.rapidstart.provisioning.customeruser.UserManagement.CustomerUserView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User Management (Customer administrators only): New User -> Save -> Send Invitation; change roles; deactivate,
 * reactivate, remove. The organization never loses its last Administrator.
 */
@Controller
class UsersController {

	private final UserManagement management;

	UsersController(UserManagement management) {
		this.management = management;
	}

	@ModelAttribute("allRoles")
	List<CustomerRole> allRoles() {
		return List.of(CustomerRole.values());
	}

	@GetMapping("/users")
	String list(CustomerActor actor, Model model) {
		model.addAttribute("users", this.management.users(actor));
		return "users/list";
	}

	@GetMapping("/users/new")
	String newUser(CustomerActor actor, Model model) {
		this.management.requireAdministrator(actor);
		model.addAttribute("newUser", new NewUserForm());
		return "users/new";
	}

	@PostMapping("/users/new")
	String save(CustomerActor actor, @Valid @ModelAttribute("newUser") NewUserForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "users/new";
		}
		try {
			CustomerUserView user = this.management.create(actor, form.getName(), form.getSignInId(),
					form.getContactEmail(), roles(form.getRoles()));
			redirect.addFlashAttribute("message",
					user.name() + " was saved. Click Send Invitation to e-mail the invitation.");
			return "redirect:/users/" + user.id();
		}
		catch (RuleViolation violation) {
			Rules.reject(result, violation);
			return "users/new";
		}
	}

	@GetMapping("/users/{id}")
	String detail(CustomerActor actor, @PathVariable long id, Model model) {
		CustomerUserView user = this.management.get(actor, id);
		RolesForm form = new RolesForm();
		form.setRoles(List.copyOf(user.roles()));
		return showDetail(user, form, model);
	}

	@PostMapping("/users/{id}/invitation")
	String sendInvitation(CustomerActor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.management.sendInvitation(actor, id),
				"Invitation sent to " + this.management.get(actor, id).contactEmail() + ".");
	}

	@PostMapping("/users/{id}/roles")
	String changeRoles(CustomerActor actor, @PathVariable long id, @ModelAttribute("rolesForm") RolesForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CustomerUserView user = this.management.get(actor, id);
		try {
			this.management.changeRoles(actor, id, roles(form.getRoles()));
		}
		catch (RuleViolation violation) {
			Rules.reject(result, violation);
			return showDetail(user, form, model);
		}
		redirect.addFlashAttribute("message", "The roles of " + user.name() + " were saved.");
		return "redirect:/users/" + id;
	}

	@PostMapping("/users/{id}/deactivate")
	String deactivate(CustomerActor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.management.deactivate(actor, id),
				this.management.get(actor, id).name() + " was deactivated and can no longer sign in.");
	}

	@PostMapping("/users/{id}/reactivate")
	String reactivate(CustomerActor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.management.reactivate(actor, id),
				this.management.get(actor, id).name() + " was reactivated.");
	}

	@PostMapping("/users/{id}/remove")
	String remove(CustomerActor actor, @PathVariable long id, RedirectAttributes redirect) {
		String name = this.management.get(actor, id).name();
		try {
			this.management.remove(actor, id);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessage());
			return "redirect:/users/" + id;
		}
		redirect.addFlashAttribute("message", name + " was removed.");
		return "redirect:/users";
	}

	private String act(long id, RedirectAttributes redirect, Runnable action, String success) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessage());
		}
		return "redirect:/users/" + id;
	}

	private static String showDetail(CustomerUserView user, RolesForm form, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("rolesForm", form);
		return "users/detail";
	}

	private static Set<CustomerRole> roles(List<CustomerRole> roles) {
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

}
