package io.sprocket.engine.security;

import java.util.Objects;

/**
 * Whose privileges a check uses: the current user (CURRENT_USER()). Passed explicitly to every access check;
 * only the invoker creates a different one (definer rights). Root-only until accounts and grants exist.
 */
public record SecurityContext(AccountName user) {
    public SecurityContext {
        Objects.requireNonNull(user);
    }
}
