package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * One privilege of GRANT / REVOKE: a static privilege in upper case with single spaces ("SELECT", "CREATE ROUTINE",
 * "GRANT OPTION", "ALL" for ALL [PRIVILEGES], "USAGE", ...) or a dynamic privilege name as written, upper-cased
 * ("SYSTEM_USER").
 *
 * @param columns the column list of {@code SELECT (a, b)}; empty when none
 */
public record PrivilegeSpec(String name, List<String> columns) implements Node {
    public PrivilegeSpec {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** Without a column list. */
    public PrivilegeSpec(String name) {
        this(name, List.of());
    }
}
