/**
 * Evidence: the files of a case — uploaded by staff, or adopted from the screenshots and partner files of a
 * report that joined the case — kept encrypted in platform's file store, hashed at acquisition (SHA-256,
 * SHA-1, MD5, and PDQ for images through {@link org.kumkrong.matching.KnownContent}), re-verified on every
 * download and by a daily job, with a chain of custody of every action. Images are shown blurred and grey
 * until revealed one at a time (audited); videos are never played inline. A file that matches a hash list or
 * another case's evidence raises the case's priority through casework's {@link org.kumkrong.casework.Cases}
 * facade, and the match names the other case only to those who may see it.
 * <p>
 * Owns tables {@code evidence_item}, {@code evidence_custody}, {@code evidence_match}. Publishes
 * {@link org.kumkrong.evidence.EvidenceAdded}, {@link org.kumkrong.evidence.EvidenceMatched} and
 * {@link org.kumkrong.evidence.EvidenceIntegrityFailed} (ids and codes only). Listens to casework's
 * {@link org.kumkrong.casework.ReportJoinedCase} and referral's {@link org.kumkrong.referral.ReferralAccepted}
 * (custody: shared by referral). Uses casework, intake (a report's files), matching, directory, account,
 * platform, reference and audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.kumkrong.evidence;
