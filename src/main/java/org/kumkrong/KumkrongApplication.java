package org.kumkrong;

import java.util.Arrays;

import org.kumkrong.matching.PdqCommand;

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
		if (args.length > 0 && args[0].equals("pdq")) {
			// Hashing a few files needs no database, server or Spring context, so none is started.
			System.setProperty("java.awt.headless", "true");
			System.exit(PdqCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (args.length > 0 && !args[0].startsWith("-")) {
			// A command (for example `generate-cases 100000`), which closes the context when done: its web
			// server listens on a free port, so a command never collides with a running server.
			String[] command = Arrays.copyOf(args, args.length + 1);
			command[args.length] = "--server.port=0";
			SpringApplication.run(KumkrongApplication.class, command);
			return;
		}
		SpringApplication.run(KumkrongApplication.class, args);
	}

}
