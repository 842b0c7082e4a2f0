/**
 * Statistics: a de-identified read model fed only by other modules' events (reports, screening, cases,
 * children, offences, outcomes, referrals, evidence matches, training), the standard indicators with their
 * definitions, the staff dashboard (filters, monthly trend, bars, province map, data tables), exports (CSV,
 * XLSX, monthly PDF), the public statistics page and the statistics API — every published table under
 * disclosure control (small counts shown as "&lt; k", with secondary suppression).
 * <p>
 * Owns tables {@code statistics_*}. Publishes nothing and offers nothing: no module depends on it. Listens to
 * intake, casework, referral, evidence and training events; uses reference, platform and audit. Facts carry
 * codes and dates only; the events are kept after completion (archive mode), so {@code rebuild-statistics}
 * replays them into a fresh read model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.kumkrong.statistics;
