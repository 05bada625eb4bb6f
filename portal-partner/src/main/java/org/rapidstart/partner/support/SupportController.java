package org.rapidstart.partner.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.rapidstart.partner.web.PartnerPrincipal;
import org.rapidstart.provisioning.voice.VoiceDirectory;
import org.rapidstart.provisioning.voice.VoiceDirectory.ImportResult;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Support's console: import the VOICE directory from CSV. */
@Controller
class SupportController {

	private final VoiceDirectory voice;

	SupportController(VoiceDirectory voice) {
		this.voice = voice;
	}

	@GetMapping("/support")
	String home() {
		return "support/home";
	}

	@PostMapping("/support/voice-import")
	String importVoice(@AuthenticationPrincipal PartnerPrincipal principal, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("importError", "Choose a CSV file to import.");
			return "support/home";
		}
		ImportResult result;
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			result = this.voice.importCsv(reader, principal.getUsername());
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
