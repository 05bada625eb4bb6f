package org.rapidstart.customer.design;

import java.util.ArrayList;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.rapidstart.customer.web.Dates;
import org.rapidstart.customer.web.Rules;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.template.ConcurrentEditException;
import org.rapidstart.questionnaire.model.TemplateEditException;
import org.rapidstart.questionnaire.publish.PublishException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a design action ends on the page, for buttons ({@link #run}) and forms ({@link #submit}): a flash message
 * after success, or the reason it was refused (a design rule, every publish problem, or a change someone else made
 * meanwhile, naming who and when). Nothing is saved when an action is refused.
 */
@Component
class Outcomes {

	private final Dates dates;

	Outcomes(Dates dates) {
		this.dates = dates;
	}

	/** Runs a button's action and redirects to {@code back} with the outcome. */
	String run(RedirectAttributes redirect, String back, Supplier<String> action) {
		return run(redirect, back, back, action);
	}

	/** Runs an action that leaves the page on success (e.g. Delete) and stays on it when refused. */
	String run(RedirectAttributes redirect, String onSuccess, String onRefusal, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("message", action.get());
			return "redirect:" + onSuccess;
		}
		catch (PublishException ex) {
			redirect.addFlashAttribute("error", ex.getMessage().lines().findFirst().orElse(""));
			redirect.addFlashAttribute("problems", new ArrayList<>(Problem.of(ex.problems())));
		}
		catch (RuntimeException ex) {
			String refusal = refusal(ex, "The page now shows the current template; make your change again if it is"
					+ " still needed.");
			if (refusal == null) {
				throw ex;
			}
			redirect.addFlashAttribute("error", refusal);
		}
		return "redirect:" + onRefusal;
	}

	/**
	 * Submits a form: with binding errors, or when {@code action} is refused (the reason next to its field or above
	 * the form, see {@link #reject}), {@code form} shows the form again; otherwise the action's redirect.
	 */
	String submit(BindingResult result, Supplier<String> action, Supplier<String> form) {
		if (!result.hasErrors()) {
			try {
				return action.get();
			}
			catch (RuntimeException ex) {
				reject(result, ex);
			}
		}
		return form.get();
	}

	/** Puts a refusal on a form (next to its field when it names one); anything else is rethrown. */
	private void reject(BindingResult result, RuntimeException ex) {
		if (ex instanceof RuleViolation violation) {
			Rules.reject(result, violation);
			return;
		}
		String refusal = refusal(ex, "Open the page again to see the current template (what you entered here is"
				+ " still on this page), then make your change again if it is still needed.");
		if (refusal == null) {
			throw ex;
		}
		result.reject("design.refused", refusal);
	}

	private @Nullable String refusal(RuntimeException ex, String whatNow) {
		if (ex instanceof RuleViolation || ex instanceof TemplateEditException) {
			return ex.getMessage();
		}
		if (ex instanceof ConcurrentEditException concurrent) {
			return "Your change was not saved: " + concurrent.changedBy() + " changed this template on "
					+ this.dates.dateTime(concurrent.changedAt()) + " after you opened the page. " + whatNow;
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return "Your change was not saved: someone else changed this template at the same moment. " + whatNow;
		}
		return null;
	}

}
