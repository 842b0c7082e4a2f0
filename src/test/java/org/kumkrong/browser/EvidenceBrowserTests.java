package org.kumkrong.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.evidence.EvidenceFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance journey of issue 5 on a 360 px phone: the national unit's investigator uploads a (generated)
 * picture to a case and sees it only blurred and grey; she reveals it (audited, in the chain of custody);
 * then an investigator of another police unit uploads a slightly resized copy to a case of his own, and the
 * page flags it as known content — in a case of the national unit, which he is told to contact, without
 * learning that case's reference. Every page passes axe.
 */
@BrowserTest
class EvidenceBrowserTests {

	static final String PASSWORD = "Kumkrong-demo-2026";

	static final String INVESTIGATOR = "55Q335WHO3UB2CJDXM3BRYQU76F5IOUO";

	static final String INVESTIGATOR_CHIANG_RAI = "JGY6JKBYLCKXVB3QMWAG7A2PRR3X6CME";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUploadIsBlurredUntilRevealedAndANearCopyInAnotherCaseIsFlagged(Browser browser) throws Exception {
		List<String> problems = new ArrayList<>();
		// About 3 in 100 generated pictures hash with a PDQ quality below 50, which is never matched: take one that is
		// matchable, and whose resized copy is within the match distance, so the test does not depend on luck.
		long seed = EvidenceFixture.matchableSeed(System.nanoTime(), 900, 700, 0.9);
		Path original = Files.createTempFile("kk-evidence-", ".png");
		Path copy = Files.createTempFile("kk-evidence-copy-", ".jpg");
		Files.write(original, EvidenceFixture.png(seed, 900, 700));
		Files.write(copy, EvidenceFixture.resizedJpeg(seed, 900, 700, 0.9));
		UUID nationalCase = caseOf("Demo National Police Cyber Crime Unit");
		UUID chiangRaiCase = caseOf("Demo Mueang Chiang Rai Police");
		String nationalReference = jdbc.queryForObject("select reference from casework_case where id = ?", String.class, nationalCase);

		signIn(browser, "investigator", INVESTIGATOR);
		browser.open("/cases/" + nationalCase);
		browser.waitFor("#add-evidence").click();
		browser.waitForPath("/evidence/new");
		browser.waitFor("#upload-evidence");
		browser.assertAccessible();
		browser.find("#description").sendKeys("Synthetic test picture");
		browser.find("#file").sendKeys(original.toString());
		browser.find("#upload-evidence").click();
		browser.waitFor("#evidence-preview");
		UUID first = UUID.fromString(browser.path().substring("/evidence/".length()).split("[#?]")[0]);
		assertThat(browser.find("main").getText()).contains("SHA-256", "PDQ").doesNotContain("matches known content");
		assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#evidence-revealed"))).isEmpty();
		browser.assertAccessible().assertNoHorizontalScroll().review("evidence-blurred", problems);

		int revealsBefore = reveals(first);
		browser.find("#reveal").click();
		browser.waitFor("#evidence-revealed");
		assertThat(reveals(first)).isEqualTo(revealsBefore + 1);
		assertThat(browser.find("#custody").getText()).contains("Viewed (revealed)");
		browser.find("#hide").click();
		browser.waitFor("#evidence-preview");
		browser.submit("form[action='/logout'] button");
		browser.waitFor("body");

		signIn(browser, "investigator2", INVESTIGATOR_CHIANG_RAI);
		browser.open("/evidence/new?case=" + chiangRaiCase);
		browser.waitFor("#upload-evidence");
		browser.find("#file").sendKeys(copy.toString());
		browser.find("#upload-evidence").click();
		browser.waitFor("#match-alert");
		String page = browser.find("main").getText();
		assertThat(page).contains("Similar picture (PDQ").contains("Also in a case of Demo National Police Cyber Crime Unit (TICAC) — contact them")
			.doesNotContain(nationalReference);
		browser.assertAccessible().assertNoHorizontalScroll().review("evidence-matched", problems);
		assertThat(problems).isEmpty();
		Files.deleteIfExists(original);
		Files.deleteIfExists(copy);
	}

	private UUID caseOf(String agencyPrefix) {
		return jdbc.queryForObject("select c.id from casework_case c join directory_agency a on a.id = c.owner_agency_id "
				+ "where a.name_en like ? and c.status <> 'CLOSED' order by c.opened_at limit 1", UUID.class, agencyPrefix + "%");
	}

	private int reveals(UUID evidenceId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'evidence.item.revealed' and record_id = ?",
				Integer.class, evidenceId.toString());
	}

	private static void signIn(Browser browser, String username, String secret) {
		browser.open("/login?lang=en");
		SignIn.signIn(browser, username, PASSWORD, secret);
	}

}
