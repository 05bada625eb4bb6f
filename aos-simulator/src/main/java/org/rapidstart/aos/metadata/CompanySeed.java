package org.rapidstart.aos.metadata;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Every AX installation has {@code DAT}; {@code DEMF} is the demo company. Idempotent across restarts. */
@Component
class CompanySeed implements ApplicationRunner {

	private final Companies companies;

	CompanySeed(Companies companies) {
		this.companies = companies;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.companies.create("DAT", "Default company");
		this.companies.create("DEMF", "Contoso Demo");
	}

}
