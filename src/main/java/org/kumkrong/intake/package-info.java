/**
 * The door: reports from the public (the anonymous child-friendly form at {@code /report}, with a
 * receipt code and passphrase for follow-up) and from partner platforms and hotlines (the
 * {@code /api/v1/reports} API), their screenshots and declared files (which partners then upload to
 * {@code /api/v1/reports/{id}/files}, kept only if they match the declared hashes), follow-up messages with anonymous
 * reporters, and the one triage queue ({@code /triage}) where hotline analysts and intake-desk
 * investigators classify, link duplicates, and screen reports in or out.
 * <p>
 * Owns tables {@code intake_*}. Publishes {@link org.kumkrong.intake.ReportSubmitted},
 * {@link org.kumkrong.intake.ReportScreenedIn}, {@link org.kumkrong.intake.ReportScreenedOut} and
 * {@link org.kumkrong.intake.ReportMerged} (ids and codes only); answers {@link org.kumkrong.intake.ReportsForCases}
 * (a screened-in report for its case team) and {@link org.kumkrong.intake.ReportFiles} (a report's files, for
 * evidence to adopt). Uses reference (taxonomy, provinces),
 * directory (intake desks, owner agencies), account (partner keys through platform) and audit. Never
 * records a client address.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.kumkrong.intake;
