/**
 * Staff accounts and how they sign in: users of agencies, roles as bundles of
 * {@link org.kumkrong.platform.Permission permissions}, Argon2id passwords, TOTP second factor, lockout,
 * activation links, server-side session control, partner API clients with their keys, and the duty roster
 * (who of the analysts and investigators is on duty now, set by each of them on {@code /home}).
 * <p>
 * Owns tables {@code account_*}. Publishes no events yet. Answers other modules through
 * {@link org.kumkrong.account.StaffDirectory} (active staff of an agency by role, on duty or not). Uses
 * directory (a user belongs to an agency); contributes the on-duty switch to platform's home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.kumkrong.account;
