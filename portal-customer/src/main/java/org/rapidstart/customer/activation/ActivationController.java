package org.rapidstart.customer.activation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import java.util.Optional;

import org.rapidstart.customer.web.CustomerPrincipal;
import org.rapidstart.customer.web.Dates;
import org.rapidstart.customer.web.Rules;
import org.rapidstart.customer.web.SignIn;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.account.Account;
import org.rapidstart.provisioning.account.LinkState;
import org.rapidstart.provisioning.customeruser.CustomerLinks;
import org.rapidstart.provisioning.customeruser.CustomerLinks.LinkView;
import org.rapidstart.provisioning.customeruser.LinkKind;
import org.rapidstart.provisioning.customeruser.WrongAccountException;
import org.rapidstart.provisioning.signin.SignInRefusal;
import org.rapidstart.provisioning.signin.SignInThrottle;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The activation link (the Customer administrator, from "Send Activation") and the invitation link (a new user,
 * from "Send Invitation"): sign in with the account the link is for, or create it. Any other account is refused;
 * a used, expired or superseded link gets a page that says so. Signing in here checks a password like the sign-in
 * page does, so it goes through the same sign-in throttle.
 */
@Controller
class ActivationController {

	private final CustomerLinks links;

	private final SignIn signIn;

	private final SignInThrottle throttle;

	private final Dates dates;

	ActivationController(CustomerLinks links, SignIn signIn, SignInThrottle throttle, Dates dates) {
		this.links = links;
		this.signIn = signIn;
		this.throttle = throttle;
		this.dates = dates;
	}

	@GetMapping("/activation/{token}")
	String activation(@PathVariable String token, @AuthenticationPrincipal @Nullable CustomerPrincipal principal,
			Model model) {
		return show(LinkKind.ACTIVATION, token, principal, model);
	}

	@GetMapping("/invitation/{token}")
	String invitation(@PathVariable String token, @AuthenticationPrincipal @Nullable CustomerPrincipal principal,
			Model model) {
		return show(LinkKind.INVITATION, token, principal, model);
	}

	@PostMapping("/activation/{token}/sign-in")
	String activationSignIn(@PathVariable String token, @Valid @ModelAttribute("signInForm") SignInForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
		return signIn(LinkKind.ACTIVATION, token, form, result, model, request, response);
	}

	@PostMapping("/invitation/{token}/sign-in")
	String invitationSignIn(@PathVariable String token, @Valid @ModelAttribute("signInForm") SignInForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
		return signIn(LinkKind.INVITATION, token, form, result, model, request, response);
	}

	@PostMapping("/activation/{token}/create")
	String activationCreate(@PathVariable String token, @Valid @ModelAttribute("newAccount") NewAccountForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
		return create(LinkKind.ACTIVATION, token, form, result, model, request, response);
	}

	@PostMapping("/invitation/{token}/create")
	String invitationCreate(@PathVariable String token, @Valid @ModelAttribute("newAccount") NewAccountForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
		return create(LinkKind.INVITATION, token, form, result, model, request, response);
	}

	private String show(LinkKind kind, String token, @Nullable CustomerPrincipal principal, Model model) {
		LinkView link = this.links.inspect(kind, token);
		if (link.state() != LinkState.VALID) {
			return unusable(kind, link, model);
		}
		if (principal != null && !principal.getUsername().equals(link.signInId())) {
			return wrongAccount(kind, link.signInHint(), model);
		}
		SignInForm signInForm = new SignInForm();
		NewAccountForm newAccount = new NewAccountForm();
		newAccount.setDisplayName(link.displayName());
		model.addAttribute("signInForm", signInForm);
		model.addAttribute("newAccount", newAccount);
		return page(kind, token, link, model);
	}

	private String signIn(LinkKind kind, String token, SignInForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		LinkView link = this.links.inspect(kind, token);
		if (link.state() != LinkState.VALID) {
			return unusable(kind, link, model);
		}
		model.addAttribute("newAccount", new NewAccountForm());
		if (result.hasErrors()) {
			return page(kind, token, link, model);
		}
		String address = request.getRemoteAddr();
		Optional<SignInRefusal> refusal = this.throttle.admit(form.getSignInId(), address);
		if (refusal.isPresent()) {
			SignInRefusal r = refusal.get();
			result.reject(r.locked() ? "signIn.locked" : "signIn.wait", new Object[] {
					r.locked() ? this.dates.dateTime(r.until()) : this.dates.time(r.until()) },
					"Too many failed sign-in attempts. Try again later.");
			return page(kind, token, link, model);
		}
		try {
			Account account = this.links.redeemBySignIn(kind, token, form.getSignInId(), form.getPassword());
			this.throttle.succeeded(form.getSignInId());
			this.signIn.signIn(account.getSignInId(), link.customerId(), request, response);
			return "redirect:/agreements";
		}
		catch (WrongAccountException ex) {
			// the password was right, for another account than the link's
			this.throttle.succeeded(form.getSignInId());
			return wrongAccount(kind, ex.expectedSignInHint(), model);
		}
		catch (RuleViolation violation) {
			if ("signIn.failed".equals(violation.code())) {
				this.throttle.failed(form.getSignInId(), address);
			}
			Rules.reject(result, violation);
			return page(kind, token, link, model);
		}
	}

	private String create(LinkKind kind, String token, NewAccountForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		LinkView link = this.links.inspect(kind, token);
		if (link.state() != LinkState.VALID) {
			return unusable(kind, link, model);
		}
		model.addAttribute("signInForm", new SignInForm());
		if (result.hasErrors()) {
			return page(kind, token, link, model);
		}
		if (!Account.normalise(form.getSignInId()).equals(link.signInId())) {
			return wrongAccount(kind, link.signInHint(), model);
		}
		try {
			Account account = this.links.redeemByNewAccount(kind, token, form.getDisplayName(), form.getPassword(),
					form.getConfirmPassword());
			this.signIn.signIn(account.getSignInId(), link.customerId(), request, response);
			return "redirect:/agreements";
		}
		catch (RuleViolation violation) {
			Rules.reject(result, violation);
			return page(kind, token, link, model);
		}
	}

	private static String page(LinkKind kind, String token, LinkView link, Model model) {
		model.addAttribute("kind", kind.name());
		model.addAttribute("link", link);
		model.addAttribute("action", (kind == LinkKind.ACTIVATION ? "/activation/" : "/invitation/") + token);
		return "activation/activate";
	}

	private static String unusable(LinkKind kind, LinkView link, Model model) {
		model.addAttribute("kind", kind.name());
		model.addAttribute("link", link);
		return "activation/link-unusable";
	}

	private static String wrongAccount(LinkKind kind, String hint, Model model) {
		model.addAttribute("kind", kind.name());
		model.addAttribute("hint", hint);
		return "activation/wrong-account";
	}

}
