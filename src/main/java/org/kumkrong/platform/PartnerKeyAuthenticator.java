package org.kumkrong.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Turns a partner API key presented as {@code Authorization: Bearer <key>} into an authenticated
 * partner (authority {@link Authorities#PARTNER}), or nothing when the key is unknown or revoked.
 * Implemented by the account module, which issues and stores the keys.
 */
public interface PartnerKeyAuthenticator {

	Optional<Authentication> authenticate(String presentedKey);

}
