package org.rapidstart.partner.activity;

import org.rapidstart.partner.web.PartnerPrincipal;
import org.rapidstart.provisioning.audit.AuditEvents;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The partner's audit log: who did what, when, newest first. */
@Controller
class ActivityController {

	private final AuditEvents events;

	ActivityController(AuditEvents events) {
		this.events = events;
	}

	@GetMapping("/activity")
	String activity(@AuthenticationPrincipal PartnerPrincipal principal, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("events", this.events.findByPartnerIdOrderByOccurredAtDescIdDesc(
				principal.actor().partnerId(), PageRequest.of(Math.max(page, 0), 50)));
		return "activity";
	}

}
