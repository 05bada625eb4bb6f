package org.rapidstart.customer.organisations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapidstart.customer.web.CustomerPrincipal;
import org.rapidstart.customer.web.SignIn;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.customeruser.CustomerAccess;
import org.rapidstart.provisioning.customeruser.CustomerAccess.Membership;
import org.rapidstart.provisioning.customeruser.CustomerRole;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Choose the organization to work in (after sign-in, for a user of several) and switch to another later. An
 * organization the user does not belong to (or no longer may work in) is "not found", like any foreign id.
 */
@Controller
class OrganisationsController {

	private final CustomerAccess access;

	private final SignIn signIn;

	OrganisationsController(CustomerAccess access, SignIn signIn) {
		this.access = access;
		this.signIn = signIn;
	}

	@GetMapping("/organisations")
	String choose(@AuthenticationPrincipal CustomerPrincipal principal, Model model) {
		model.addAttribute("organisations", this.access.memberships(principal.getAccountId())
			.stream()
			.map(m -> new Row(m.customerId(), m.organisationName(), CustomerRole.labels(m.roles())))
			.toList());
		model.addAttribute("current", principal.hasOrganisation() ? principal.getCustomerId() : null);
		return "organisations";
	}

	@PostMapping("/organisations/{customerId}")
	String switchTo(@AuthenticationPrincipal CustomerPrincipal principal, @PathVariable long customerId,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Membership organisation = this.signIn.switchTo(principal, customerId, request, response)
			.orElseThrow(() -> new NotFoundException("Organization"));
		redirect.addFlashAttribute("message", SignIn.workingIn(organisation));
		return "redirect:/";
	}

	/** One organization on the page, with the user's roles there. */
	record Row(long customerId, String organisationName, String roles) {

	}

}
