package org.rapidstart.partner.preferences;

import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.Valid;

import org.rapidstart.partner.web.CurrentPreferences;
import org.rapidstart.partner.web.PartnerPrincipal;
import org.rapidstart.partner.web.Rules;
import org.rapidstart.provisioning.preference.DateFormat;
import org.rapidstart.provisioning.preference.EffectivePreferences;
import org.rapidstart.provisioning.preference.PreferenceSettings;
import org.rapidstart.provisioning.preference.Preferences;
import org.rapidstart.provisioning.preference.TimeZones;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Preferences of the signed-in Partner Portal person (partners and Support): time zone and date format. */
@Controller
class PreferencesController {

	private final PreferenceSettings settings;

	private final CurrentPreferences current;

	PreferencesController(PreferenceSettings settings, CurrentPreferences current) {
		this.settings = settings;
		this.current = current;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("timeZones", TimeZones.offered());
		model.addAttribute("dateFormats", Arrays.stream(DateFormat.values())
			.map(f -> new Choice(f.name(), f.example(Locale.ENGLISH)))
			.toList());
		EffectivePreferences defaults = this.current.defaults();
		model.addAttribute("portalDefault",
				defaults.timeZone().getId() + ", " + defaults.dateFormat().example(Locale.ENGLISH));
	}

	@GetMapping("/preferences")
	String show(@AuthenticationPrincipal PartnerPrincipal principal, Model model) {
		Preferences own = this.settings.own(principal.getAccountId());
		PreferencesForm form = new PreferencesForm();
		form.setTimeZone((own.timeZone() != null) ? own.timeZone().getId() : "");
		form.setDateFormat((own.dateFormat() != null) ? own.dateFormat().name() : "");
		model.addAttribute("preferences", form);
		return "preferences";
	}

	@PostMapping("/preferences")
	String save(@AuthenticationPrincipal PartnerPrincipal principal,
			@Valid @ModelAttribute("preferences") PreferencesForm form, BindingResult result,
			RedirectAttributes redirect) {
		// the Partner Portal speaks English only: it offers no language choice
		Preferences preferences = Preferences.read("", form.getTimeZone(), form.getDateFormat(), language -> false,
				violation -> Rules.reject(result, violation));
		if (result.hasErrors()) {
			return "preferences";
		}
		this.settings.saveOwn(principal.getAccountId(), principal.getUsername(), principal.getPartnerId(),
				preferences);
		redirect.addFlashAttribute("message", "Your preferences were saved.");
		return "redirect:/preferences";
	}

	/** One option of a choice list. */
	record Choice(String value, String label) {

	}

}
