/**
 * Cases: one shared file per child's situation, worked by the police, prosecutors, courts and social
 * services together. A case is opened from a screened-in report ({@link org.kumkrong.intake.ReportScreenedIn})
 * or directly by staff, and holds children (pseudonymous codes; identifying fields encrypted and revealed
 * only after a step-up), suspects with their online identifiers, incidents with offence codes, notes,
 * tasks, outcomes, a timeline and the full Envers history. The case team (agencies) is the one rule of
 * access: anyone else gets 404.
 * <p>
 * Owns tables {@code casework_*}. Publishes {@link org.kumkrong.casework.CaseOpened},
 * {@link org.kumkrong.casework.CaseClosed}, {@link org.kumkrong.casework.CaseTransferred},
 * {@link org.kumkrong.casework.ChildAddedToCase}, {@link org.kumkrong.casework.OffenceRecorded} and
 * {@link org.kumkrong.casework.OutcomeRecorded} (ids and codes only). Offers {@link org.kumkrong.casework.Cases}
 * to modules that work on cases (referral, evidence) and the {@link org.kumkrong.casework.CaseSection} SPI
 * through which they add their part to the case page; casework's own code never calls them.
 * Uses intake (its events), account (staff, step-up), directory (agencies), reference and audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package org.kumkrong.casework;
