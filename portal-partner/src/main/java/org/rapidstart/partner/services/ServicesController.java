package org.rapidstart.partner.services;

import java.util.Locale;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.rapidstart.partner.web.PartnerPrincipal;
import org.rapidstart.partner.web.Rules;
import org.rapidstart.provisioning.RapidStartProperties;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.customer.Customer;
import org.rapidstart.provisioning.customer.CustomerEnrolment;
import org.rapidstart.provisioning.partner.PartnerActor;
import org.rapidstart.provisioning.subscription.ServiceRegions;
import org.rapidstart.provisioning.subscription.ServiceSignUp;
import org.rapidstart.provisioning.subscription.Subscription;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Add Service -> Choose the service you want to sign up for -> Sign up for RapidStart Services -> Next steps, and
 * the Service List with Send Activation.
 */
@Controller
class ServicesController {

	private final CustomerEnrolment customers;

	private final ServiceSignUp signUp;

	private final ServiceRegions regions;

	private final int trialDays;

	ServicesController(CustomerEnrolment customers, ServiceSignUp signUp, ServiceRegions regions,
			RapidStartProperties properties) {
		this.customers = customers;
		this.signUp = signUp;
		this.regions = regions;
		this.trialDays = properties.trialDays();
	}

	@GetMapping("/customers/{id}/services/new")
	String chooseService(@AuthenticationPrincipal PartnerPrincipal principal, @PathVariable long id, Model model) {
		model.addAttribute("customerRecord", this.customers.get(principal.actor(), id));
		return "services/choose";
	}

	@GetMapping("/customers/{id}/services/rapidstart")
	String signUpForm(@AuthenticationPrincipal PartnerPrincipal principal, @PathVariable long id, Model model,
			Locale locale) {
		Customer customer = this.customers.get(principal.actor(), id);
		SignUpForm form = new SignUpForm();
		if (customer.getCountryRegion() != null && this.regions.find(customer.getCountryRegion()).isPresent()) {
			form.setCountryRegion(customer.getCountryRegion());
		}
		model.addAttribute("signUp", form);
		return showSignUp(customer, model, locale);
	}

	@PostMapping("/customers/{id}/services/rapidstart")
	String addService(@AuthenticationPrincipal PartnerPrincipal principal, @PathVariable long id,
			@Valid @ModelAttribute("signUp") SignUpForm form, BindingResult result, Model model, Locale locale) {
		PartnerActor actor = principal.actor();
		Customer customer = this.customers.get(actor, id);
		if (result.hasErrors()) {
			return showSignUp(customer, model, locale);
		}
		try {
			Subscription subscription = this.signUp.addRapidStart(actor, id, form.getCountryRegion());
			return "redirect:/services/" + subscription.getId() + "/next-steps";
		}
		catch (RuleViolation violation) {
			Rules.reject(result, violation);
			return showSignUp(customer, model, locale);
		}
	}

	@GetMapping("/services/{id}/next-steps")
	String nextSteps(@AuthenticationPrincipal PartnerPrincipal principal, @PathVariable long id, Model model) {
		model.addAttribute("subscription", this.signUp.get(principal.actor(), id));
		return "services/next-steps";
	}

	@GetMapping("/services")
	String serviceList(@AuthenticationPrincipal PartnerPrincipal principal, Model model) {
		model.addAttribute("subscriptions", this.signUp.serviceList(principal.actor()));
		model.addAttribute("trialDays", this.trialDays);
		return "services/list";
	}

	/** The Action Pane's "Send Activation" acts on the selected row. */
	@GetMapping("/services/send-activation")
	String sendActivationForSelected(@RequestParam(required = false) @Nullable Long serviceId,
			RedirectAttributes redirect) {
		if (serviceId == null) {
			redirect.addFlashAttribute("error", "Select a service in the list, then click Send Activation.");
			return "redirect:/services";
		}
		return "redirect:/services/" + serviceId + "/activation";
	}

	@GetMapping("/services/{id}/activation")
	String activationForm(@AuthenticationPrincipal PartnerPrincipal principal, @PathVariable long id, Model model) {
		Subscription subscription = this.signUp.get(principal.actor(), id);
		Customer customer = subscription.getCustomer();
		ActivationForm form = new ActivationForm();
		form.setAdminName(orEmpty(customer.getAdminName()));
		form.setSignInId(orEmpty(customer.getAdminSignInId()));
		form.setContactEmail(customer.getContactEmail());
		model.addAttribute("activation", form);
		model.addAttribute("subscription", subscription);
		return "services/activation";
	}

	@PostMapping("/services/{id}/activation")
	String activate(@AuthenticationPrincipal PartnerPrincipal principal, @PathVariable long id,
			@Valid @ModelAttribute("activation") ActivationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PartnerActor actor = principal.actor();
		Subscription subscription = this.signUp.get(actor, id);
		model.addAttribute("subscription", subscription);
		if (result.hasErrors()) {
			return "services/activation";
		}
		try {
			this.signUp.sendActivation(actor, id, form.getAdminName(), form.getSignInId(), form.getContactEmail());
		}
		catch (RuleViolation violation) {
			Rules.reject(result, violation);
			return "services/activation";
		}
		redirect.addFlashAttribute("message", "Activation e-mail sent to " + form.getContactEmail().trim()
				+ ". The service status is Invitation sent.");
		redirect.addAttribute("selected", id);
		return "redirect:/services";
	}

	private String showSignUp(Customer customer, Model model, Locale locale) {
		model.addAttribute("customerRecord", customer);
		model.addAttribute("countries", this.regions.all(locale));
		model.addAttribute("supported", this.regions.supported(locale));
		return "services/sign-up";
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
