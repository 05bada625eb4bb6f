package org.rapidstart.partner.registration;

import jakarta.validation.Valid;

import org.rapidstart.partner.web.Rules;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.account.AccountLinks;
import org.rapidstart.provisioning.account.AccountLinks.LinkView;
import org.rapidstart.provisioning.account.LinkState;
import org.rapidstart.provisioning.partner.PartnerAccounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Activate your partner account" and the e-mailed link that sets a password (also used by invited partner
 * users).
 */
@Controller
class RegistrationController {

	private final PartnerAccounts partnerAccounts;

	private final AccountLinks links;

	RegistrationController(PartnerAccounts partnerAccounts, AccountLinks links) {
		this.partnerAccounts = partnerAccounts;
		this.links = links;
	}

	@GetMapping("/register")
	String form(Model model) {
		model.addAttribute("registration", new RegistrationForm());
		return "registration/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "registration/register";
		}
		try {
			this.partnerAccounts.register(form.getPartnerId(), form.getName(), form.getSignInId());
		}
		catch (RuleViolation violation) {
			Rules.reject(result, violation);
			return "registration/register";
		}
		redirect.addFlashAttribute("sentTo", form.getSignInId().trim());
		return "redirect:/register/sent";
	}

	@GetMapping("/register/sent")
	String sent() {
		return "registration/sent";
	}

	@GetMapping("/register/verify/{token}")
	String verify(@PathVariable String token, Model model) {
		LinkView link = this.links.inspect(token);
		model.addAttribute("link", link);
		model.addAttribute("token", token);
		if (link.state() != LinkState.VALID) {
			return "registration/link-unusable";
		}
		model.addAttribute("passwordForm", new PasswordForm());
		return "registration/set-password";
	}

	@PostMapping("/register/verify/{token}")
	String setPassword(@PathVariable String token, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		LinkView link = this.links.inspect(token);
		model.addAttribute("link", link);
		model.addAttribute("token", token);
		if (link.state() != LinkState.VALID) {
			return "registration/link-unusable";
		}
		if (result.hasErrors()) {
			return "registration/set-password";
		}
		try {
			this.partnerAccounts.completeSignUp(token, form.getPassword(), form.getConfirmPassword());
		}
		catch (RuleViolation violation) {
			Rules.reject(result, violation);
			return "registration/set-password";
		}
		redirect.addFlashAttribute("message", "Your password is set. Sign in to the Partner Portal.");
		redirect.addAttribute("signInId", link.signInId());
		return "redirect:/sign-in";
	}

}
