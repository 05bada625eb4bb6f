package org.rapidstart.customer.agreements;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.rapidstart.customer.web.CustomerPrincipal;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.agreement.AgreementDocument;
import org.rapidstart.provisioning.agreement.Agreements;
import org.rapidstart.provisioning.customeruser.CustomerActor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Review and agree to the online services agreement and the privacy statement, then on to the portal. */
@Controller
class AgreementsController {

	private final Agreements agreements;

	AgreementsController(Agreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping("/agreements")
	String show(@AuthenticationPrincipal CustomerPrincipal principal, Model model) {
		if (this.agreements.pending(principal.getAccountId()).isEmpty()) {
			return "redirect:/";
		}
		return page(principal.getAccountId(), model);
	}

	@PostMapping("/agreements")
	String accept(CustomerActor actor, @RequestParam(required = false) @Nullable String agree,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		if (agree == null) {
			model.addAttribute("agreeError",
					"To use RapidStart Services, agree to the online services agreement and the privacy statement.");
			return page(actor.accountId(), model);
		}
		Map<AgreementDocument, String> shown = new EnumMap<>(AgreementDocument.class);
		for (AgreementDocument document : AgreementDocument.values()) {
			String version = params.get("version-" + document.name());
			if (version != null) {
				shown.put(document, version);
			}
		}
		try {
			this.agreements.accept(actor, shown);
		}
		catch (RuleViolation violation) {
			model.addAttribute("agreeError", violation.getMessage());
			return page(actor.accountId(), model);
		}
		redirect.addFlashAttribute("message", "Thank you. Welcome to the Customer Portal.");
		return "redirect:/";
	}

	/**
	 * The current texts. Someone who agreed to any version before (and is here, so has a current one to agree to)
	 * is told the texts changed.
	 */
	private String page(long accountId, Model model) {
		model.addAttribute("documents", this.agreements.current());
		model.addAttribute("changed", !this.agreements.acceptedVersions(accountId).isEmpty());
		return "agreements";
	}

}
