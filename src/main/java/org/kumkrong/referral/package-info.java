/**
 * Referrals: a case handed from one agency to another for a purpose (investigation, prosecution, trial,
 * victim support, shelter, counselling, legal aid, medical care, school support), with the recorded consent
 * of the child or their guardian — or an override by a permitted role, with a reason — and a response
 * deadline per purpose. The receiving agency accepts (and joins the case team through casework's
 * {@link org.kumkrong.casework.Cases} facade), declines with a reason or completes with an outcome; the
 * sending agency may withdraw. A referral is visible only to its two agencies; anyone else gets 404.
 * <p>
 * Owns tables {@code referral}, {@code referral_child}, {@code referral_status_change}. Publishes
 * {@link org.kumkrong.referral.ReferralRequested}, {@link org.kumkrong.referral.ReferralAccepted},
 * {@link org.kumkrong.referral.ReferralDeclined}, {@link org.kumkrong.referral.ReferralCompleted},
 * {@link org.kumkrong.referral.ReferralWithdrawn} and {@link org.kumkrong.referral.ReferralOverdue} (ids and
 * codes only). Contributes its part of the case page as a {@link org.kumkrong.casework.CaseSection}.
 * Uses casework, directory, account, reference and audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.kumkrong.referral;
