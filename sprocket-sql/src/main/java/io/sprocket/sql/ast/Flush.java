package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code FLUSH [NO_WRITE_TO_BINLOG|LOCAL] option, ...}; options as upper-case words (e.g. "PRIVILEGES", "TABLES", "STATUS").
 */
public record Flush(boolean local, List<String> options) implements UtilityStatement {
    public Flush {
        options = List.copyOf(options);
    }
}
