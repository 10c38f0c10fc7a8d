package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code COMMIT [WORK] [AND [NO] CHAIN] [[NO] RELEASE]}.
 */
public record Commit(CompletionOption chain, CompletionOption release) implements SessionStatement {
    public Commit {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(release, "release");
    }
}
