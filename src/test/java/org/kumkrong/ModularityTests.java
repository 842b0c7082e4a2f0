package org.kumkrong;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of ARCHITECTURE.md, enforced: a cycle or a reach into another module's
 * {@code internal}/{@code web} package fails the build. Also writes the module documentation (C4 and UML
 * component diagrams, module canvases) to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(KumkrongApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
