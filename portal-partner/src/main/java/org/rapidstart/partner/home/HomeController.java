package org.rapidstart.partner.home;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.rapidstart.provisioning.signin.SignInThrottledException;
import org.rapidstart.provisioning.subscription.ServiceRegions;

import org.springframework.security.web.WebAttributes;
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
	String signIn(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (session != null
				&& session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInThrottledException t) {
			model.addAttribute("refusal", t.getRefusal());
		}
		return "sign-in";
	}

}
