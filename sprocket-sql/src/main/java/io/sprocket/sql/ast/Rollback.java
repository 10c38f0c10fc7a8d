package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code ROLLBACK [WORK] [AND [NO] CHAIN] [[NO] RELEASE]}.
 */
public record Rollback(CompletionOption chain, CompletionOption release) implements SessionStatement {
    public Rollback {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(release, "release");
    }
}
