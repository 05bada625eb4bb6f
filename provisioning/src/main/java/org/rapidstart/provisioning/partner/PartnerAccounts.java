package org.rapidstart.provisioning.partner;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.rapidstart.provisioning.NotFoundException;
import org.rapidstart.provisioning.RapidStartProperties;
import org.rapidstart.provisioning.RuleViolation;
import org.rapidstart.provisioning.account.Account;
import org.rapidstart.provisioning.account.AccountLinks;
import org.rapidstart.provisioning.account.Accounts;
import org.rapidstart.provisioning.account.LinkPurpose;
import org.rapidstart.provisioning.audit.AuditLog;
import org.rapidstart.provisioning.mail.MailOutbox;
import org.rapidstart.provisioning.voice.VoiceDirectory;
import org.rapidstart.provisioning.voice.VoicePartner;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner Portal accounts: a certified partner activates its account (the first person becomes the
 * administrator), and administrators add more partner users. Both go through an e-mailed link that sets a
 * password.
 */
@Service
public class PartnerAccounts {

	private final VoiceDirectory voice;

	private final Partners partners;

	private final PartnerUsers partnerUsers;

	private final Accounts accounts;

	private final AccountLinks links;

	private final MailOutbox mail;

	private final AuditLog audit;

	private final Clock clock;

	private final URI partnerPortal;

	private final long linkHours;

	PartnerAccounts(VoiceDirectory voice, Partners partners, PartnerUsers partnerUsers, Accounts accounts,
			AccountLinks links, MailOutbox mail, AuditLog audit, Clock clock, RapidStartProperties properties) {
		this.voice = voice;
		this.partners = partners;
		this.partnerUsers = partnerUsers;
		this.accounts = accounts;
		this.links = links;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
		this.partnerPortal = properties.partnerPortalBaseUrl();
		this.linkHours = properties.accountLinkValidity().toHours();
	}

	/**
	 * "Activate your partner account": checks the partner against VOICE and e-mails a verification link to the
	 * sign-in ID. Refusals say why.
	 */
	@Transactional
	public void register(String voicePartnerId, String name, String signInId) {
		VoicePartner voicePartner = this.voice.findPartner(voicePartnerId)
			.orElseThrow(() -> new RuleViolation("partnerId", "registration.unknownPartner",
					"Partner ID " + voicePartnerId.trim() + " is not in the VOICE directory. Check the ID on your "
							+ "partner agreement."));
		if (!voicePartner.isCertified()) {
			throw new RuleViolation("partnerId", "registration.notCertified", voicePartner.getName()
					+ " is not a certified partner. Only certified partners can use the Partner Portal.");
		}
		if (!voicePartner.isScheduleCSigned()) {
			throw new RuleViolation("partnerId", "registration.scheduleCNotSigned", voicePartner.getName()
					+ " has not signed the Online Services Addendum (Schedule C) to the Solution Provider "
					+ "Agreement. Sign it, then activate your partner account.");
		}
		Instant now = this.clock.instant();
		Partner partner = this.partners.findByVoicePartnerId(voicePartner.getPartnerId())
			.orElseGet(() -> this.partners.save(new Partner(voicePartner.getPartnerId(), voicePartner.getName(), now)));
		if (partner.isActivated()) {
			throw new RuleViolation("partnerId", "registration.alreadyActivated", voicePartner.getName()
					+ " already has a Partner Portal account. Ask your Partner Portal administrator to add you.");
		}
		Account account = pendingAccount(signInId, name, now);
		Optional<PartnerUser> elsewhere = this.partnerUsers.findByAccount(account)
			.filter(u -> u.getPartner() == null || u.getPartner().getId() != partner.getId());
		if (elsewhere.isPresent()) {
			// else the link would complete that other membership and this partner would never be activated
			throw new RuleViolation("signInId", "registration.otherPartner", "This sign-in ID was already added to "
					+ "another Partner Portal account. Use another sign-in ID to activate " + partner.getName() + ".");
		}
		// an earlier, unfinished registration for this partner by someone else is replaced by this one
		this.partnerUsers.findByPartnerId(partner.getId()).stream()
			.filter(u -> u.getAccount().getId() != account.getId())
			.forEach(u -> {
				this.links.supersede(u.getAccount(), LinkPurpose.PARTNER_REGISTRATION);
				this.partnerUsers.delete(u);
			});
		if (this.partnerUsers.findByAccount(account).isEmpty()) {
			this.partnerUsers.save(new PartnerUser(account, partner, PartnerRole.PARTNER_ADMIN, now));
		}
		String token = this.links.issue(account, LinkPurpose.PARTNER_REGISTRATION);
		this.mail.enqueue(account.getSignInId(), "Verify your sign-in ID for the Partner Portal",
				"""
						Hello %s,

						you asked to activate the Partner Portal account of %s (partner ID %s).
						Open this link to verify your sign-in ID and set your password:

						%s

						The link works once and expires in %d hours. If you did not ask for this, ignore this e-mail.
						"""
					.formatted(account.getDisplayName(), partner.getName(), partner.getVoicePartnerId(),
							link("/register/verify/" + token), this.linkHours));
		this.audit.record(account.getSignInId(), partner.getId(), null, "PARTNER_REGISTRATION_REQUESTED",
				"Verification e-mail sent to " + account.getSignInId());
	}

	/**
	 * Uses a verification or invitation link: sets the password; the registering person's partner is activated.
	 */
	@Transactional
	public Account completeSignUp(String token, String password, String confirmation) {
		Account account = this.links.redeem(token, password, confirmation);
		PartnerUser membership = this.partnerUsers.findByAccount(account)
			.orElseThrow(() -> new RuleViolation(null, "link.unknown", "This link is not valid."));
		Partner partner = membership.getPartner();
		if (partner != null && !partner.isActivated()) {
			partner.activate(this.clock.instant());
			this.audit.record(account.getSignInId(), partner.getId(), null, "PARTNER_ACTIVATED",
					partner.getName() + " activated its Partner Portal account; " + account.getSignInId()
							+ " is its administrator");
		}
		else {
			this.audit.record(account.getSignInId(), (partner != null) ? partner.getId() : null, null,
					"PARTNER_USER_ACTIVATED", account.getSignInId() + " set a password");
		}
		return account;
	}

	/** An administrator adds a partner user (administrator or user), who gets an e-mailed invitation. */
	@Transactional
	public void inviteUser(PartnerActor actor, String name, String signInId, PartnerRole role) {
		requireAdministrator(actor);
		if (role == PartnerRole.SUPPORT) {
			throw new RuleViolation("role", "partnerUser.role", "Choose Administrator or User.");
		}
		Partner partner = this.partners.findById(actor.partnerId()).orElseThrow(() -> new NotFoundException("Partner"));
		Instant now = this.clock.instant();
		Account account = pendingAccount(signInId, name, now);
		Optional<PartnerUser> existing = this.partnerUsers.findByAccount(account);
		if (existing.isPresent()) {
			throw new RuleViolation("signInId", "partnerUser.exists",
					"This sign-in ID already belongs to a Partner Portal user.");
		}
		this.partnerUsers.save(new PartnerUser(account, partner, role, now));
		String token = this.links.issue(account, LinkPurpose.PARTNER_INVITATION);
		this.mail.enqueue(account.getSignInId(), "You have been added to the Partner Portal of " + partner.getName(),
				"""
						Hello %s,

						%s added you to the Partner Portal of %s as %s.
						Open this link to set your password:

						%s

						The link works once and expires in %d hours.
						"""
					.formatted(account.getDisplayName(), actor.signInId(), partner.getName(), role.label(),
							link("/register/verify/" + token), this.linkHours));
		this.audit.record(actor.signInId(), partner.getId(), null, "PARTNER_USER_INVITED",
				account.getSignInId() + " invited as " + role.label());
	}

	@Transactional(readOnly = true)
	public List<PartnerUserView> users(PartnerActor actor) {
		return this.partnerUsers.findByPartnerId(actor.partnerId())
			.stream()
			.map(u -> new PartnerUserView(u.getAccount().getDisplayName(), u.getAccount().getSignInId(),
					u.getRole(), u.getAccount().isEnabled()))
			.toList();
	}

	/** What the sign-in needs to know about a person: password hash, role, partner. */
	@Transactional(readOnly = true)
	public Optional<SignInProfile> signInProfile(String signInId) {
		return this.partnerUsers.findBySignInId(Account.normalise(signInId)).map(u -> {
			Account account = u.getAccount();
			Partner partner = u.getPartner();
			return new SignInProfile(account.getId(), account.getSignInId(), account.getDisplayName(),
					account.getPasswordHash(), account.isEnabled() && (partner == null || partner.isActivated()),
					u.getRole(), (partner != null) ? partner.getId() : null,
					(partner != null) ? partner.getVoicePartnerId() : null,
					(partner != null) ? partner.getName() : null);
		});
	}

	private Account pendingAccount(String signInId, String name, Instant now) {
		Optional<Account> existing = this.accounts.findBySignIn(signInId);
		if (existing.isPresent() && existing.get().hasPassword()) {
			throw new RuleViolation("signInId", "registration.signInTaken",
					"An account with this sign-in ID already exists. Sign in, or use another sign-in ID.");
		}
		Account account = existing.orElseGet(() -> this.accounts.save(new Account(signInId, name, now)));
		account.rename(name);
		return account;
	}

	private static void requireAdministrator(PartnerActor actor) {
		if (!actor.isAdministrator()) {
			throw new RuleViolation(null, "partnerUser.notAdmin",
					"Only a Partner Portal administrator can add partner users.");
		}
	}

	private String link(String path) {
		return this.partnerPortal.toString().replaceAll("/+$", "") + path;
	}

	/** A partner user as the Users page lists them. */
	public record PartnerUserView(String name, String signInId, PartnerRole role, boolean active) {

	}

	/**
	 * Everything the Partner Portal's sign-in needs.
	 */
	public record SignInProfile(long accountId, String signInId, String displayName,
			@Nullable String passwordHash, boolean enabled, PartnerRole role,
			@Nullable Long partnerId,
			@Nullable String voicePartnerId,
			@Nullable String partnerName) {

	}

}
