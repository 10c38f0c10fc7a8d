package io.sprocket.sql.ast;

import java.util.Objects;

/**
 * {@code HELP 'topic'}.
 */
public record Help(String topic) implements UtilityStatement {
    public Help {
        Objects.requireNonNull(topic, "topic");
    }
}
