package org.kumkrong.reference.web;

import java.time.Duration;

import org.kumkrong.reference.ProvinceMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The province outlines as GeoJSON, for the Leaflet enhancement of the server-drawn maps (public, cached). */
@Controller
class ProvinceMapController {

	@GetMapping(ProvinceMap.GEOJSON_PATH)
	@PreAuthorize("permitAll()")
	ResponseEntity<Resource> geoJson() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.body(new ClassPathResource("reference/thailand/thailand-provinces.geojson"));
	}

}
