package org.kumkrong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Kumkrong: one system in which police, prosecutors, courts, social services, NGOs, hotlines and
 * schools work together against online child sexual exploitation.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Kumkrong", sharedModules = { "platform", "reference", "audit" })
public class KumkrongApplication {

	public static void main(String[] args) {
		SpringApplication.run(KumkrongApplication.class, args);
	}

}
