package org.rapidstart.partner.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import java.util.List;

import org.rapidstart.partner.web.PartnerPrincipal;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.lifecycle.SupportActor;
import org.rapidstart.provisioning.lifecycle.SupportConsole;
import org.rapidstart.provisioning.voice.VoiceDirectory.ImportResult;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Support's console: import the VOICE directory from CSV; find a customer, see its lifecycle and audit trail, and
 * reactivate an inactive trial with the customer's VOICE account number.
 */
@Controller
class SupportController {

	private final SupportConsole console;

	SupportController(SupportConsole console) {
		this.console = console;
	}

	@GetMapping("/support/customers")
	String findCustomers(@AuthenticationPrincipal PartnerPrincipal principal,
			@RequestParam(name = "q", defaultValue = "") String term, Model model) {
		SupportActor actor = this.console.actor(principal.getAccountId());
		model.addAttribute("q", term);
		model.addAttribute("found", term.isBlank() ? List.of() : this.console.find(actor, term));
		model.addAttribute("searched", !term.isBlank());
		return "support/home";
	}

	@GetMapping("/support/customers/{id}")
	String customer(@AuthenticationPrincipal PartnerPrincipal principal, @PathVariable long id, Model model) {
		model.addAttribute("lifecycle", this.console.lifecycle(this.console.actor(principal.getAccountId()), id));
		return "support/customer";
	}

	@PostMapping("/support/customers/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal PartnerPrincipal principal, @PathVariable long id,
			@RequestParam(name = "voiceAccountNumber", defaultValue = "") String voiceAccountNumber, Model model,
			RedirectAttributes redirect) {
		SupportActor actor = this.console.actor(principal.getAccountId());
		if (voiceAccountNumber.isBlank()) {
			model.addAttribute("lifecycle", this.console.lifecycle(actor, id));
			model.addAttribute("reactivateError", "Enter the customer's VOICE account number.");
			return "support/customer";
		}
		try {
			this.console.reactivate(actor, id, voiceAccountNumber.trim());
		}
		catch (RuleViolation violation) {
			model.addAttribute("lifecycle", this.console.lifecycle(actor, id));
			model.addAttribute("reactivateError", violation.getMessage());
			model.addAttribute("voiceAccountNumber", voiceAccountNumber);
			return "support/customer";
		}
		redirect.addFlashAttribute("message", "VOICE account number " + voiceAccountNumber.trim()
				+ " added. The customer's services are active again.");
		return "redirect:/support/customers/" + id;
	}

	@GetMapping("/support")
	String home() {
		return "support/home";
	}

	@PostMapping("/support/voice-import")
	String importVoice(@AuthenticationPrincipal PartnerPrincipal principal, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		SupportActor actor = this.console.actor(principal.getAccountId());
		if (file.isEmpty()) {
			model.addAttribute("importError", "Choose a CSV file to import.");
			return "support/home";
		}
		ImportResult result;
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			result = this.console.importVoiceDirectory(actor, reader);
		}
		if (!result.succeeded()) {
			model.addAttribute("importErrors", result.errors());
			model.addAttribute("fileName", file.getOriginalFilename());
			return "support/home";
		}
		redirect.addFlashAttribute("message",
				result.imported() + " " + result.kind() + " imported from " + file.getOriginalFilename() + ".");
		return "redirect:/support";
	}

}
