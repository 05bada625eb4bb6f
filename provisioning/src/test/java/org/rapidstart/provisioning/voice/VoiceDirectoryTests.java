package org.rapidstart.provisioning.voice;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.rapidstart.provisioning.ProvisioningTest;
import org.rapidstart.provisioning.voice.VoiceDirectory.ImportError;
import org.rapidstart.provisioning.voice.VoiceDirectory.ImportResult;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ProvisioningTest
class VoiceDirectoryTests {

	@Autowired
	VoiceDirectory voice;

	@Test
	void importsPartnersAndUpdatesExistingOnes() {
		ImportResult first = this.voice.importCsv(new StringReader("""
				partner_id,name,certified,schedule_c_signed
				PRT-IMP1,Import One,yes,no
				"""), "support@x.example");
		assertThat(first.succeeded()).isTrue();
		assertThat(first.imported()).isEqualTo(1);
		this.voice.importCsv(new StringReader("""
				partner_id,name,certified,schedule_c_signed
				prt-imp1,Import One Renamed,yes,yes
				"""), "support@x.example");
		VoicePartner partner = this.voice.findPartner("PRT-IMP1").orElseThrow();
		assertThat(partner.getName()).isEqualTo("Import One Renamed");
		assertThat(partner.isScheduleCSigned()).isTrue();
	}

	@Test
	void refusesWholeFileWithEveryBadRowByLineAndColumn() {
		this.voice.importCsv(new StringReader("""
				partner_id,name,certified,schedule_c_signed
				PRT-IMP2,Import Two,yes,yes
				"""), "support@x.example");
		ImportResult result = this.voice.importCsv(new StringReader("""
				account_number,organisation_name,street,city,state,postal_code,country_region,partner_id
				CUS-OK1,Fine Co,,,,,US,PRT-NOSUCH
				,Missing Number,,,,,US,PRT-NOSUCH
				CUS-OK2,Too Long Country,,,,,USA,PRT-NOSUCH
				CUS-OK3,Good Row,,,,,US,PRT-IMP2
				"""), "support@x.example");
		assertThat(result.succeeded()).isFalse();
		assertThat(result.errors()).extracting(ImportError::line, ImportError::column)
			.contains(org.assertj.core.groups.Tuple.tuple(2L, "partner_id"),
					org.assertj.core.groups.Tuple.tuple(3L, "account_number"),
					org.assertj.core.groups.Tuple.tuple(4L, "country_region"));
		assertThat(this.voice.findCustomerOfPartner("CUS-OK1", "PRT-NOSUCH")).isEmpty();
		assertThat(this.voice.findCustomerOfPartner("CUS-OK3", "PRT-IMP2")).as("all rows or none").isEmpty();
	}

	@Test
	void readsColumnsWhateverTheCaseAndBlanksOfTheHeader() {
		ImportResult result = this.voice.importCsv(new StringReader("""
				Partner_ID, Name ,CERTIFIED,Schedule_C_Signed
				PRT-IMP3,Import Three,yes,no
				"""), "support@x.example");
		assertThat(result.errors()).isEmpty();
		VoicePartner partner = this.voice.findPartner("PRT-IMP3").orElseThrow();
		assertThat(partner.getName()).isEqualTo("Import Three");
		assertThat(partner.isCertified()).isTrue();
	}

	@Test
	void refusesUnknownHeader() {
		ImportResult result = this.voice.importCsv(new StringReader("a,b\n1,2\n"), "support@x.example");
		assertThat(result.errors()).singleElement().extracting(ImportError::message).asString()
			.contains("header row");
	}

}
