package org.rapidstart.customer.preferences;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.rapidstart.customer.web.CurrentPreferences;
import org.rapidstart.customer.web.Languages;
import org.rapidstart.customer.web.Rules;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.preference.DateFormat;
import org.rapidstart.provisioning.preference.EffectivePreferences;
import org.rapidstart.provisioning.preference.PreferenceSettings;
import org.rapidstart.provisioning.preference.Preferences;
import org.rapidstart.provisioning.preference.TimeZones;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Preferences: "Your preferences" for every user; "Organization defaults" for Customer administrators, used by
 * every user of the organization who chose nothing.
 */
@Controller
class PreferencesController {

	private final PreferenceSettings settings;

	private final Languages languages;

	private final CurrentPreferences current;

	PreferencesController(PreferenceSettings settings, Languages languages, CurrentPreferences current) {
		this.settings = settings;
		this.languages = languages;
		this.current = current;
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("languages", this.languages.supported()
			.stream()
			.map(l -> new Choice(l.toLanguageTag(), Languages.name(l)))
			.toList());
		model.addAttribute("timeZones", TimeZones.offered());
		model.addAttribute("dateFormats",
				java.util.Arrays.stream(DateFormat.values()).map(f -> new Choice(f.name(), f.example(locale))).toList());
		EffectivePreferences defaults = this.current.defaults();
		model.addAttribute("portalDefaults", new Choice(Languages.name(defaults.language()),
				defaults.timeZone().getId() + ", " + defaults.dateFormat().example(locale)));
	}

	@GetMapping("/preferences")
	String show(CustomerActor actor, Model model) {
		model.addAttribute("own", form(this.settings.own(actor.accountId())));
		if (actor.isAdministrator()) {
			model.addAttribute("organisation", form(this.settings.organisation(actor)));
		}
		return "preferences";
	}

	@PostMapping("/preferences")
	String saveOwn(CustomerActor actor, @Valid @ModelAttribute("own") PreferencesForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Preferences preferences = read(form, result);
		if (result.hasErrors()) {
			if (actor.isAdministrator()) {
				model.addAttribute("organisation", form(this.settings.organisation(actor)));
			}
			return "preferences";
		}
		this.settings.saveOwn(actor, preferences);
		redirect.addFlashAttribute("message", "Your preferences were saved.");
		return "redirect:/preferences";
	}

	@PostMapping("/preferences/organisation")
	String saveOrganisation(CustomerActor actor, @Valid @ModelAttribute("organisation") PreferencesForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!actor.isAdministrator()) {
			throw new AccessDeniedException("Customer administrators only");
		}
		Preferences preferences = read(form, result);
		if (result.hasErrors()) {
			model.addAttribute("own", form(this.settings.own(actor.accountId())));
			return "preferences";
		}
		this.settings.saveOrganisation(actor, preferences);
		redirect.addFlashAttribute("message", "The organization's preferences were saved.");
		return "redirect:/preferences";
	}

	/** The form's choices, each checked against what the portal offers; a bad one is an error next to its field. */
	private Preferences read(PreferencesForm form, BindingResult result) {
		return Preferences.read(form.getLanguage(), form.getTimeZone(), form.getDateFormat(), this.languages::supports,
				violation -> Rules.reject(result, violation));
	}

	private static PreferencesForm form(Preferences preferences) {
		PreferencesForm form = new PreferencesForm();
		form.setLanguage((preferences.language() != null) ? preferences.language().toLanguageTag() : "");
		form.setTimeZone((preferences.timeZone() != null) ? preferences.timeZone().getId() : "");
		form.setDateFormat((preferences.dateFormat() != null) ? preferences.dateFormat().name() : "");
		return form;
	}

	/** One option of a choice list. */
	record Choice(String value, String label) {

	}

}
