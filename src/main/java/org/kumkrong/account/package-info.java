/**
 * Staff accounts and how they sign in: users of agencies, roles as bundles of
 * {@link org.kumkrong.platform.Permission permissions}, Argon2id passwords, TOTP second factor, lockout,
 * activation links, server-side session control, and partner API clients with their keys.
 * <p>
 * Owns tables {@code account_*}. Publishes no events yet. Uses directory (a user belongs to an agency).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.kumkrong.account;
