package org.rapidstart.partner.users;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.rapidstart.partner.web.PartnerPrincipal;
import org.rapidstart.partner.web.Rules;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.partner.PartnerAccounts;
import org.rapidstart.provisioning.partner.PartnerRole;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partner users (administrators only): the list and adding a person, who gets an e-mailed invitation. */
@Controller
class UsersController {

	private final PartnerAccounts accounts;

	UsersController(PartnerAccounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("roles")
	List<PartnerRole> roles() {
		return List.of(PartnerRole.PARTNER_ADMIN, PartnerRole.PARTNER_USER);
	}

	@GetMapping("/users")
	String list(@AuthenticationPrincipal PartnerPrincipal principal, Model model) {
		model.addAttribute("users", this.accounts.users(principal.actor()));
		if (!model.containsAttribute("newUser")) {
			model.addAttribute("newUser", new NewPartnerUserForm());
		}
		return "users/list";
	}

	@PostMapping("/users")
	String add(@AuthenticationPrincipal PartnerPrincipal principal,
			@Valid @ModelAttribute("newUser") NewPartnerUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.inviteUser(principal.actor(), form.getName(), form.getSignInId(),
						Objects.requireNonNull(form.getRole()));
				redirect.addFlashAttribute("message",
						"Invitation sent to " + form.getSignInId().trim() + ".");
				return "redirect:/users";
			}
			catch (RuleViolation violation) {
				Rules.reject(result, violation);
			}
		}
		return list(principal, model);
	}

}
