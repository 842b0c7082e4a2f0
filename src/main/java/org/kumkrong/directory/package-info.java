/**
 * Who does what, where: agencies (police units, prosecution offices, courts, social services, NGOs,
 * hotlines, schools) with their type, province and parent agency. Service points, coverage areas and
 * community networks arrive with the directory issue.
 * <p>
 * Owns tables {@code directory_*}. Publishes no events yet. Uses reference (agency types, provinces).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.kumkrong.directory;
