package org.kumkrong.coordination.web;

import org.junit.jupiter.api.Test;
import org.kumkrong.statistics.internal.Indicator;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's links into the statistics dashboard name indicators the statistics module knows. */
class ObjectiveIndicatorsTests {

	@Test
	void everyObjectiveLinksToKnownIndicators() {
		assertThat(CoordinationController.INDICATORS).containsOnlyKeys("LAW_ENFORCEMENT", "ACCESS_TO_PROTECTION",
				"COORDINATED_SYSTEMS");
		CoordinationController.INDICATORS.values().stream().flatMap(java.util.List::stream)
			.forEach(slug -> assertThat(Indicator.fromParam(slug)).as(slug).isNotNull());
	}

}
