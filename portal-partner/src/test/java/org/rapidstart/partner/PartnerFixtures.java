package org.rapidstart.partner;

import java.io.StringReader;
import java.util.UUID;

import org.rapidstart.provisioning.partner.PartnerAccounts;
import org.rapidstart.provisioning.partner.PartnerAccounts.SignInProfile;
import org.rapidstart.provisioning.voice.VoiceDirectory;
import org.rapidstart.testsupport.CapturedMail;
import org.rapidstart.testsupport.TestClock;
import org.rapidstart.testsupport.TestSmtpServer;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** VOICE data and activated partners for Partner Portal tests, made through the real services. */
@TestComponent
class PartnerFixtures {

	static final String PASSWORD = "correct-horse-battery";

	/** Every Partner Portal test runs on a clock it can move (trial ends, sign-in throttling). */
	@Bean
	@Primary
	static TestClock testClock() {
		return new TestClock();
	}

	private final VoiceDirectory voice;

	private final PartnerAccounts accounts;

	PartnerFixtures(VoiceDirectory voice, PartnerAccounts accounts) {
		this.voice = voice;
		this.accounts = accounts;
	}

	/** The demo's VOICE directory with a unique suffix, so tests sharing a database never collide. */
	World world() {
		String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		load("""
				partner_id,name,certified,schedule_c_signed
				PRT-1%1$s,Harbor Lane Consulting %1$s,yes,yes
				PRT-2%1$s,Ridgeway Solutions %1$s,yes,yes
				PRT-3%1$s,Oak Street Partners %1$s,yes,no
				PRT-4%1$s,Pine Valley Group %1$s,no,yes
				""".formatted(s));
		load("""
				account_number,organisation_name,street,city,state,postal_code,country_region,partner_id
				CUS-1%1$s,Alder Manufacturing %1$s,100 Foundry Way,Springfield,IL,62701,US,PRT-1%1$s
				CUS-2%1$s,Birchwood Foods %1$s,22 Orchard Lane,Madison,WI,53703,US,PRT-1%1$s
				CUS-3%1$s,Cedar Logistics %1$s,3 Harbour Street,Leeds,,LS1 4AP,GB,PRT-2%1$s
				""".formatted(s));
		return new World(s);
	}

	private void load(String csv) {
		VoiceDirectory.ImportResult result = this.voice.importCsv(new StringReader(csv), "test");
		if (!result.succeeded()) {
			throw new IllegalStateException(result.errors().toString());
		}
	}

	/** Activates a partner as its first person would; returns the administrator's sign-in profile. */
	SignInProfile activatedAdmin(String voicePartnerId) {
		String signIn = "admin-" + voicePartnerId.toLowerCase() + "@partner.example";
		this.accounts.register(voicePartnerId, "Admin " + voicePartnerId, signIn);
		String link = CapturedMail.firstLink(CapturedMail.awaitMessage(TestSmtpServer.greenMail(), signIn, "Verify"));
		this.accounts.completeSignUp(link.substring(link.lastIndexOf('/') + 1), PASSWORD, PASSWORD);
		return this.accounts.signInProfile(signIn).orElseThrow();
	}

	/** VOICE IDs of one {@link #world()}: Harbor Lane (1), Ridgeway (2), Oak Street (3, unsigned), Pine Valley (4, uncertified). */
	record World(String s) {

		String harborLane() {
			return "PRT-1" + this.s;
		}

		String ridgeway() {
			return "PRT-2" + this.s;
		}

		String oakStreet() {
			return "PRT-3" + this.s;
		}

		String pineValley() {
			return "PRT-4" + this.s;
		}

		String alder() {
			return "CUS-1" + this.s;
		}

		String cedar() {
			return "CUS-3" + this.s;
		}

		String cedarName() {
			return "Cedar Logistics " + this.s;
		}

	}

}
