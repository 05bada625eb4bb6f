package org.rapidstart.customer.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerHome;
import org.rapidstart.provisioning.signin.SignInThrottledException;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home: the organization's online services (RapidStart Services: status, data centre, trial end). */
@Controller
class HomeController {

	private final CustomerHome home;

	HomeController(CustomerHome home) {
		this.home = home;
	}

	@GetMapping("/")
	String home(CustomerActor actor, Model model) {
		model.addAttribute("organisation", this.home.organisation(actor));
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
