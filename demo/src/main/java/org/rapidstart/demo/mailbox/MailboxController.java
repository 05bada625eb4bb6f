package org.rapidstart.demo.mailbox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The mailbox pages and the JSON list that tests read. */
@Controller
class MailboxController {

	// the person reading the mailbox sits at this machine, so its time zone is theirs
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	private final MailStore store;

	MailboxController(MailStore store) {
		this.store = store;
	}

	@GetMapping("/")
	String inbox(Model model) {
		model.addAttribute("mails", this.store.messages());
		model.addAttribute("time", TIME);
		return "inbox";
	}

	@GetMapping("/messages/{id}")
	String message(@PathVariable String id, Model model) {
		StoredMail mail = this.store.message(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("mail", mail);
		model.addAttribute("time", TIME);
		model.addAttribute("bodyHtml", LinkedText.toHtml(mail.body()));
		return "message";
	}

	@PostMapping("/delete-all")
	String deleteAll() {
		this.store.deleteAll();
		return "redirect:/";
	}

	@GetMapping("/api/messages")
	@ResponseBody
	List<MessageJson> api() {
		return this.store.messages()
			.stream()
			.map(mail -> new MessageJson(mail.id(), mail.from(), mail.to(), mail.subject(), mail.body(),
					mail.receivedAt().toString()))
			.toList();
	}

	/** {@code receivedAt} as an ISO-8601 instant, whatever the JSON mapper's date settings are. */
	record MessageJson(String id, String from, String to, String subject, String body, String receivedAt) {
	}

}
