/**
 * The shell every module stands on: page layout and fragments, security configuration (filter chain,
 * headers, CSRF, session lifetime), locale and messages, error pages and problem JSON, base exceptions,
 * the injected {@link java.time.Clock}, the data directory, encryption at rest (Google Tink), the encrypted
 * file store ({@link org.kumkrong.platform.EncryptedFiles}), the inspection of uploaded images, and the
 * abuse limits of the anonymous public channel ({@link org.kumkrong.platform.PublicAbuseGuard}: in-memory
 * rate limits and a proof of work, no tracking). Pages that show several modules' parts are composed from
 * what the modules contribute: navigation entries ({@link org.kumkrong.platform.NavigationItem}) and the
 * panels of the staff home page ({@link org.kumkrong.platform.HomePanel}).
 * <p>
 * Owns no business data. Publishes no events. Used by every module; uses none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.kumkrong.platform;
