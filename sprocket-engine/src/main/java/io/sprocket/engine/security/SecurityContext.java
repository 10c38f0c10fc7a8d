package io.sprocket.engine.security;

import java.util.Objects;

/**
 * Whose privileges a check uses: the current user (CURRENT_USER()). Passed explicitly to every access check;
 * only the invoker (session.Invoker) creates a different one: a stored object's definer.
 */
public record SecurityContext(AccountName user) {
    public SecurityContext {
        Objects.requireNonNull(user);
    }
}
