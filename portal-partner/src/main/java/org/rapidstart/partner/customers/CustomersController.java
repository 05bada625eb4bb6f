package org.rapidstart.partner.customers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import org.rapidstart.provisioning.voice.VoiceCustomer;

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
 * Getting Started, the Customers list and "Create a new customer" (seed: "Add a Customer administrator to a
 * service"). The create page is one form whose buttons search VOICE, select a customer, fill the fields, or create.
 */
@Controller
class CustomersController {

	private static final String CREATE_VIEW = "customers/new";

	private final CustomerEnrolment enrolment;

	private final ServiceSignUp services;

	private final ServiceRegions regions;

	private final int trialDays;

	CustomersController(CustomerEnrolment enrolment, ServiceSignUp services, ServiceRegions regions,
			RapidStartProperties properties) {
		this.enrolment = enrolment;
		this.services = services;
		this.regions = regions;
		this.trialDays = properties.trialDays();
	}

	@GetMapping("/getting-started")
	String gettingStarted() {
		return "customers/getting-started";
	}

	@GetMapping("/customers")
	String list(@AuthenticationPrincipal PartnerPrincipal principal, Model model) {
		PartnerActor actor = principal.actor();
		List<Customer> customers = this.enrolment.list(actor);
		if (customers.isEmpty()) {
			return "redirect:/getting-started";
		}
		model.addAttribute("customers", customers);
		model.addAttribute("trialDays", this.trialDays);
		return "customers/list";
	}

	/** The Action Pane's "Add Service" acts on the selected row. */
	@GetMapping("/customers/add-service")
	String addServiceForSelected(@RequestParam(required = false) @Nullable Long customerId,
			RedirectAttributes redirect) {
		if (customerId == null) {
			redirect.addFlashAttribute("error", "Select a customer in the list, then click Add Service.");
			return "redirect:/customers";
		}
		return "redirect:/customers/" + customerId + "/services/new";
	}

	@GetMapping("/customers/new")
	String createForm(Model model, Locale locale) {
		model.addAttribute("customer", new CustomerForm());
		return showCreate(model, locale);
	}

	/** "Search my customers": by account number, only where this partner is the partner of record. */
	@PostMapping(value = "/customers/new", params = "searchMyCustomers")
	String searchMyCustomers(@AuthenticationPrincipal PartnerPrincipal principal,
			@ModelAttribute("customer") CustomerForm form, BindingResult result, Model model, Locale locale) {
		String number = form.getVoiceAccountNumber().trim();
		if (number.isEmpty()) {
			result.rejectValue("voiceAccountNumber", "customer.numberRequired",
					"Enter the customer's account number in VOICE, or search by name.");
			return showCreate(model, locale);
		}
		Optional<VoiceCustomer> found = this.enrolment.findMyVoiceCustomer(principal.actor(), number);
		model.addAttribute("searched", true);
		model.addAttribute("matches", found.map(List::of).orElse(List.of()));
		if (found.isEmpty()) {
			model.addAttribute("searchMessage", "No customer with account number " + number
					+ " has you as partner of record. Enter the customer name, and then click Search.");
		}
		return showCreate(model, locale);
	}

	/** "Search": this partner's VOICE customers whose names resemble the term. */
	@PostMapping(value = "/customers/new", params = "searchByName")
	String searchByName(@AuthenticationPrincipal PartnerPrincipal principal,
			@ModelAttribute("customer") CustomerForm form, BindingResult result, Model model, Locale locale) {
		String term = form.getSearchTerm().trim();
		if (term.isEmpty()) {
			result.rejectValue("searchTerm", "customer.termRequired", "Enter the customer name to search for.");
			return showCreate(model, locale);
		}
		List<VoiceCustomer> matches = this.enrolment.searchMyVoiceCustomers(principal.actor(), term);
		model.addAttribute("searched", true);
		model.addAttribute("matches", matches);
		if (matches.isEmpty()) {
			model.addAttribute("searchMessage", "None of your customers in VOICE has a name like \"" + term
					+ "\". To enroll a prospect, leave the customer account number empty.");
		}
		return showCreate(model, locale);
	}

	/** "Select customer": puts the chosen account number on the form. */
	@PostMapping(value = "/customers/new", params = "selectCustomer")
	String selectCustomer(@ModelAttribute("customer") CustomerForm form, @RequestParam String selectCustomer,
			Model model, Locale locale) {
		form.setVoiceAccountNumber(selectCustomer);
		model.addAttribute("info", "Customer account number " + selectCustomer
				+ " selected. Click Fill other fields using the customer account number to copy its details.");
		return showCreate(model, locale);
	}

	/** "Fill other fields using the customer account number": copies organisation information and address. */
	@PostMapping(value = "/customers/new", params = "fill")
	String fill(@AuthenticationPrincipal PartnerPrincipal principal, @ModelAttribute("customer") CustomerForm form,
			BindingResult result, Model model, Locale locale) {
		Optional<VoiceCustomer> found = form.getVoiceAccountNumber().isBlank() ? Optional.empty()
				: this.enrolment.findMyVoiceCustomer(principal.actor(), form.getVoiceAccountNumber());
		if (found.isEmpty()) {
			result.rejectValue("voiceAccountNumber", "customer.notYourVoiceCustomer",
					"Enter the account number of one of your customers in VOICE first.");
		}
		else {
			form.fillFrom(found.get());
			model.addAttribute("info", "Organization information and address copied from VOICE.");
		}
		return showCreate(model, locale);
	}

	@PostMapping("/customers/new")
	String create(@AuthenticationPrincipal PartnerPrincipal principal,
			@Valid @ModelAttribute("customer") CustomerForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showCreate(model, locale);
		}
		try {
			Customer customer = this.enrolment.create(principal.actor(), form.toNewCustomer());
			redirect.addFlashAttribute("message", customer.getOrganisationName() + " was created.");
			redirect.addAttribute("selected", customer.getId());
			return "redirect:/customers";
		}
		catch (RuleViolation violation) {
			Rules.reject(result, violation);
			return showCreate(model, locale);
		}
	}

	@GetMapping("/customers/{id}")
	String detail(@AuthenticationPrincipal PartnerPrincipal principal, @PathVariable long id, Model model) {
		PartnerActor actor = principal.actor();
		model.addAttribute("customerRecord", this.enrolment.get(actor, id));
		model.addAttribute("services", this.services.servicesOf(actor, id));
		model.addAttribute("trialDays", this.trialDays);
		if (!model.containsAttribute("voiceNumber")) {
			model.addAttribute("voiceNumber", new VoiceNumberForm());
		}
		return "customers/detail";
	}

	/** A prospect becomes a customer when its partner of record adds the VOICE account number. */
	@PostMapping("/customers/{id}/voice-number")
	String addVoiceNumber(@AuthenticationPrincipal PartnerPrincipal principal, @PathVariable long id,
			@Valid @ModelAttribute("voiceNumber") VoiceNumberForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Customer customer = this.enrolment.addVoiceAccountNumber(principal.actor(), id,
						form.getVoiceAccountNumber());
				redirect.addFlashAttribute("message", "VOICE account number " + customer.getVoiceAccountNumber()
						+ " added. " + customer.getOrganisationName() + " is no longer on a trial.");
				return "redirect:/customers/" + id;
			}
			catch (RuleViolation violation) {
				Rules.reject(result, violation);
			}
		}
		return detail(principal, id, model);
	}

	private String showCreate(Model model, Locale locale) {
		model.addAttribute("countries", this.regions.all(locale));
		return CREATE_VIEW;
	}

}
