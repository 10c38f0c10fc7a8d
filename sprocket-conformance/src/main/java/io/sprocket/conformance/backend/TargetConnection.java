package io.sprocket.conformance.backend;

import java.util.List;

/** One session on a target. */
public interface TargetConnection extends AutoCloseable {
    /**
     * Runs one SQL text and returns every result it produced, in order; an error ends the list. Warnings (SHOW
     * WARNINGS rows) are attached to the last result, except after SHOW WARNINGS / SHOW ERRORS themselves.
     */
    List<Actual> execute(String sql);

    @Override
    void close();
}
