/**
 * Tells staff what needs them: an in-app inbox on the staff home page ({@code /home}) and e-mail, driven
 * by other modules' events. Today it listens to {@link org.kumkrong.intake.ReportSubmitted}: when a child
 * may be in danger now ({@code DANGER_NOW}), every active hotline analyst and investigator of every intake
 * desk gets an inbox item linking to the report in triage, and those of them on duty with an e-mail address
 * get an e-mail (when SMTP is configured) that says only that a report needs them now, with the link.
 * <p>
 * It also tells staff about referrals ({@link org.kumkrong.referral.ReferralRequested} and the answers,
 * withdrawals and overdue notices: the receiving agency's staff who answer referrals, and the person who
 * referred), cases offered by transfer ({@link org.kumkrong.casework.CaseTransferRequested}) and tasks given to
 * them ({@link org.kumkrong.casework.TaskAssigned}), by inbox item and, with SMTP, by an e-mail holding only
 * the link. When a working-group action is overdue ({@link org.kumkrong.coordination.ActionOverdue}) every
 * active staff member of its owner agency gets an inbox item linking to the action.
 * <p>
 * Items carry a message key with codes and references as arguments, never names or narrative, and are
 * rendered in the reader's language. Nobody reads another person's items.
 * <p>
 * Owns table {@code notification_item}. Publishes no events. Listens to intake, casework, referral and coordination; asks directory (intake
 * desks) and account ({@link org.kumkrong.account.StaffDirectory}: who, on duty or not); writes to audit;
 * contributes the inbox panel to platform's home page. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.kumkrong.notification;
