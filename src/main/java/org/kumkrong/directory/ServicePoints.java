package org.kumkrong.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The service points of the directory, for other modules: the referral picker asks which service points of
 * some types serve a province.
 */
public interface ServicePoints {

	Optional<ServicePointView> find(UUID id);

	/**
	 * Active service points of the given types that serve the province: those located in it first, then
	 * those covering it, then national ones; within each, by distance from the province's other services
	 * where coordinates are known, and by name.
	 */
	List<ServicePointView> serving(String provinceCode, Collection<ServiceType> types);

}
