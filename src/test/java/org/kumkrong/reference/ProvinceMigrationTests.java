package org.kumkrong.reference;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@KumkrongIntegrationTest
class ProvinceMigrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReferenceData references;

	record Row(String code, String nameEn, String nameTh) {
	}

	@Test
	void seedsExactlyTheProvincesOfTheBundledCsv() throws Exception {
		List<Row> csv = new ArrayList<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("reference/thailand/provinces.csv").getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(reader.readLine()).isEqualTo("iso_code,name_en,name_th");
			reader.lines().filter(line -> !line.isBlank()).forEach(line -> {
				String[] parts = line.split(",", -1);
				csv.add(new Row(parts[0], parts[1], parts[2]));
			});
		}
		List<Row> seeded = jdbc.query("select code, name_en, name_th from reference_province order by code",
				(rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)));

		assertThat(csv).hasSize(77);
		assertThat(seeded).containsExactlyInAnyOrderElementsOf(csv);
		assertThat(references.allProvinces()).hasSize(77);
		assertThat(references.province("TH-10")).get().extracting(p -> p.name(Locale.ENGLISH)).isEqualTo("Bangkok");
		assertThat(references.province("TH-39")).get()
			.extracting(p -> p.name(Locale.forLanguageTag("th")))
			.isEqualTo("หนองบัวลำภู");
	}

	@Test
	void bundlesTheMapAndItsAttribution() {
		assertThat(new ClassPathResource("reference/thailand/thailand-provinces.geojson").exists()).isTrue();
		assertThat(new ClassPathResource("reference/thailand/LICENSE-mapthai-MIT.txt").exists()).isTrue();
		assertThat(new ClassPathResource("reference/thailand/README.md").exists()).isTrue();
	}

}
