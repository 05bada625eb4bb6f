package org.rapidstart.customer.home;

import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerHome;

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
	String signIn() {
		return "sign-in";
	}

}
