package org.rapidstart.provisioning.project;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.RapidStartProperties;
import org.rapidstart.provisioning.customeruser.CustomerActor;
import org.rapidstart.provisioning.customeruser.CustomerUser;
import org.rapidstart.provisioning.customeruser.CustomerUserNames;
import org.rapidstart.provisioning.customeruser.CustomerUsers;
import org.rapidstart.provisioning.mail.MailOutbox;
import org.rapidstart.provisioning.preference.EffectivePreferences;
import org.rapidstart.provisioning.preference.PortalDefaults;
import org.rapidstart.provisioning.preference.PreferenceSettings;

import org.springframework.stereotype.Component;

/**
 * Tells a person that a question group was assigned to them, or that the target date of a group assigned to them
 * changed: through the mail outbox, in the transaction of the change, with a link to the group in the Customer
 * Portal. The link names the organization ({@code ?organisation=} its customer id), so that it opens the group for a
 * person of several organizations whichever one they are working in (the portal switches to it). The target date is
 * written in the recipient's date format (their own preference, else their organization's, else the Customer
 * Portal's default, as the portal's pages show it). Nobody is told about what they did themselves.
 */
@Component
class AssignmentMail {

	private static final int SUBJECT_LENGTH = 300;

	private final MailOutbox outbox;

	private final CustomerUsers users;

	private final CustomerUserNames names;

	private final PreferenceSettings preferences;

	private final RapidStartProperties properties;

	private final PortalDefaults portalDefaults;

	AssignmentMail(MailOutbox outbox, CustomerUsers users, CustomerUserNames names, PreferenceSettings preferences,
			RapidStartProperties properties, PortalDefaults portalDefaults) {
		this.outbox = outbox;
		this.users = users;
		this.names = names;
		this.preferences = preferences;
		this.properties = properties;
		this.portalDefaults = portalDefaults;
	}

	/**
	 * After {@code group} was assigned (or reassigned with a new target date): mails its assignee when someone else
	 * gave them the group, or changed the target date of a group that was theirs already.
	 *
	 * @param before the assignee before the change
	 * @param dateBefore the target date before the change
	 */
	void assigned(CustomerActor actor, Project project, ProjectGroup group, @Nullable Long before,
			@Nullable LocalDate dateBefore) {
		Long assignee = group.getAssigneeAccountId();
		if (assignee == null || assignee == actor.accountId()) {
			return;
		}
		boolean newAssignee = !Objects.equals(before, assignee);
		if (!newAssignee && Objects.equals(dateBefore, group.getTargetDate())) {
			return;
		}
		CustomerUser recipient = this.users.findByCustomerIdAndAccountId(project.getCustomerId(), assignee)
			.orElse(null);
		if (recipient == null) {
			return;
		}
		EffectivePreferences dates = this.preferences.effective(assignee, project.getCustomerId(),
				this.portalDefaults.customerPortal());
		String target = (group.getTargetDate() == null) ? "none" : dates.day(group.getTargetDate());
		String by = this.names.nameOfAccount(actor.customerId(), actor.accountId())
			.map(name -> name + " (" + actor.signInId() + ")")
			.orElse(actor.signInId());
		String where = "the question group " + group.getGroupName() + " (functional area " + group.getFunctionalArea()
				+ ") of the configuration project " + project.getName();
		String subject;
		String what;
		if (newAssignee) {
			subject = "Question group " + group.getGroupName() + " of " + project.getName() + " is assigned to you";
			what = by + " assigned " + where + " to you.";
		}
		else {
			subject = "Target date of question group " + group.getGroupName() + " of " + project.getName()
					+ " changed";
			what = by + " changed the target date of " + where + ", which is assigned to you.";
		}
		this.outbox.enqueue(recipient.getContactEmail(), shortened(subject), """
				Hello %s,

				%s

				Target date: %s

				Open the question group in the Customer Portal:

				%s

				There you answer its questions, Save them and, once everything is answered, Mark as complete.
				""".formatted(recipient.getAccount().getDisplayName(), what, target,
				link("/rapidstart/projects/" + project.getId() + "/groups/" + group.getId() + "?organisation="
						+ project.getCustomerId())));
	}

	/** Long project and group names would overflow the subject line (and the outbox's column). */
	private static String shortened(String subject) {
		return (subject.length() <= SUBJECT_LENGTH) ? subject : subject.substring(0, SUBJECT_LENGTH - 1) + "\u2026";
	}

	private String link(String path) {
		return this.properties.customerPortalBaseUrl().toString().replaceAll("/+$", "") + path;
	}

}
