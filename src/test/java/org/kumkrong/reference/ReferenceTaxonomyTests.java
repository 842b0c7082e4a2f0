package org.kumkrong.reference;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@KumkrongIntegrationTest
class ReferenceTaxonomyTests {

	static final Set<String> NCMEC_INCIDENT_TYPES = Set.of(
			"Child Pornography (possession, manufacture, and distribution)",
			"Online Enticement of Children for Sexual Acts", "Child Sex Trafficking", "Child Sex Tourism",
			"Child Sexual Molestation", "Misleading Domain Name", "Misleading Words or Digital Images on the Internet",
			"Unsolicited Obscene Material Sent to a Child");

	@Autowired
	ReferenceData references;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void offenceTaxonomyIsCompleteAndBilingualWithItsNcmecMapping() {
		List<ReferenceEntry> offences = references.allEntries(ReferenceList.OFFENCE);

		assertThat(offences).extracting(ReferenceEntry::code)
			.containsExactly("CSAM", "LIVE_STREAMED_ABUSE", "ONLINE_GROOMING", "SEXTORTION", "CSAM_SOLICITATION",
					"NONCONSENSUAL_SHARING", "UNSOLICITED_SEXUAL_MATERIAL", "ONLINE_TRAFFICKING",
					"TRAVEL_TOURISM_EXPLOITATION", "CONTACT_ABUSE_ONLINE_COMPONENT", "SADISTIC_ONLINE_EXPLOITATION",
					"MISLEADING_CONTENT", "OTHER_ONLINE_HARM");
		assertThat(offences).allSatisfy(offence -> {
			assertThat(offence.labelEn()).isNotBlank();
			assertThat(offence.labelTh()).isNotBlank();
			assertThat(offence.descriptionEn()).isNotBlank();
			assertThat(offence.descriptionTh()).isNotBlank();
			assertThat(offence.label(Locale.forLanguageTag("th"))).isEqualTo(offence.labelTh());
		});
		// Cyberbullying and cyberstalking are no CyberTipline incident type: left unmapped, not misfiled.
		assertThat(offences).filteredOn(offence -> !offence.code().equals("OTHER_ONLINE_HARM"))
			.allSatisfy(offence -> assertThat(offence.ncmecIncidentType()).isIn(NCMEC_INCIDENT_TYPES));
		assertThat(references.entry(ReferenceList.OFFENCE, "OTHER_ONLINE_HARM").orElseThrow().ncmecIncidentType())
			.isNull();
	}

	@Test
	void usesLuxembourgGuidelinesTermsAndKeepsNcmecWordingInTheMappingOnly() {
		assertThat(references.allEntries(ReferenceList.OFFENCE)).allSatisfy(offence -> {
			for (String text : new String[] { offence.labelEn(), offence.labelTh(), offence.descriptionEn(),
					offence.descriptionTh() }) {
				assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("pornograph", "ลามก", "อนาจาร");
			}
		});
		assertThat(references.entry(ReferenceList.OFFENCE, "CSAM").orElseThrow().labelEn())
			.contains("Child sexual abuse material");
	}

	@Test
	void offencesCarryTheirAllowedActivitiesAndFlagsAsData() {
		ReferenceEntry csam = references.entry(ReferenceList.OFFENCE, "CSAM").orElseThrow();
		assertThat(csam.activities()).containsExactly("PRODUCTION", "DISTRIBUTION", "POSSESSION", "ACCESS");
		assertThat(csam.flags()).containsExactly("SELF_GENERATED", "AI_GENERATED", "LIVE_STREAMED");
		assertThat(references.entry(ReferenceList.OFFENCE, "SEXTORTION").orElseThrow().flags())
			.containsExactly("SEXUAL", "FINANCIAL");
		assertThat(references.entry(ReferenceList.OFFENCE, "NONCONSENSUAL_SHARING").orElseThrow().flags())
			.containsExactly("MINOR_TO_MINOR");
		assertThat(references.entry(ReferenceList.OFFENCE, "ONLINE_GROOMING").orElseThrow().activities()).isEmpty();
		for (ReferenceEntry offence : references.allEntries(ReferenceList.OFFENCE)) {
			for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.forLanguageTag("th") }) {
				offence.activities().forEach(code -> assertThat(
						messages.getMessage("reference.activity." + code, null, null, locale)).isNotBlank());
				offence.flags().forEach(code -> assertThat(
						messages.getMessage("reference.flag." + code, null, null, locale)).isNotBlank());
			}
		}
	}

	@Test
	void seedsTheCodeLists() {
		assertThat(references.allEntries(ReferenceList.AGE_BAND)).extracting(ReferenceEntry::code)
			.containsExactly("AGE_0_5", "AGE_6_9", "AGE_10_12", "AGE_13_15", "AGE_16_17", "ADULT_18_PLUS", "UNKNOWN");
		assertThat(references.allEntries(ReferenceList.SEX)).extracting(ReferenceEntry::code)
			.containsExactly("FEMALE", "MALE", "OTHER", "UNKNOWN");
		assertThat(references.allEntries(ReferenceList.AGENCY_TYPE)).extracting(ReferenceEntry::code)
			.containsExactly("POLICE", "PROSECUTION", "COURT", "SOCIAL_SERVICES", "HEALTH", "EDUCATION", "NGO",
					"HOTLINE", "GOVERNMENT", "PLATFORM");
		assertThat(references.allEntries(ReferenceList.PLATFORM)).extracting(ReferenceEntry::code)
			.containsExactly("FACEBOOK", "MESSENGER", "INSTAGRAM", "TIKTOK", "LINE", "X", "DISCORD", "TELEGRAM",
					"WHATSAPP", "YOUTUBE", "ROBLOX", "FREE_FIRE", "ROV", "OTHER_GAME", "WEBSITE", "OTHER");
		for (ReferenceList list : ReferenceList.values()) {
			assertThat(references.allEntries(list))
				.allSatisfy(entry -> assertThat(entry.labelTh()).isNotBlank());
		}
		assertThat(references.label(ReferenceList.AGENCY_TYPE, "POLICE", Locale.forLanguageTag("th")))
			.isEqualTo("ตำรวจ");
	}

}
