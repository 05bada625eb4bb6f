package org.rapidstart.customer.inactive;

import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerHome;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page that says why RapidStart Services is inactive and what to do. */
@Controller
class InactiveController {

	private final CustomerHome home;

	InactiveController(CustomerHome home) {
		this.home = home;
	}

	@RequestMapping("/service-inactive")
	String inactive(CustomerActor actor, Model model) {
		model.addAttribute("organisation", this.home.organisation(actor));
		return "inactive";
	}

}
