package org.rapidstart.partner.home;

import java.util.Locale;

import org.rapidstart.provisioning.subscription.ServiceRegions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page of online services, with the countries/regions where RapidStart Services is offered. */
@Controller
class HomeController {

	private final ServiceRegions regions;

	HomeController(ServiceRegions regions) {
		this.regions = regions;
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		model.addAttribute("regions", this.regions.supported(locale));
		return "home";
	}

	@GetMapping("/sign-in")
	String signIn() {
		return "sign-in";
	}

}
