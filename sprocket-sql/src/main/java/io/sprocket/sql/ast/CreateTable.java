package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * CREATE TABLE in its three forms: element list, {@code LIKE other} ({@code like} non-null), and {@code [elements] [options] [IGNORE|REPLACE] [AS] query}.
 *
 * @param like nullable
 * @param asQuery nullable
 */
public record CreateTable(boolean temporary, boolean ifNotExists, ObjectName name, List<TableElement> elements, List<TableOption> options, ObjectName like, Query asQuery, DuplicateHandling onDuplicate) implements DdlStatement {
    public CreateTable {
        Objects.requireNonNull(name, "name");
        elements = List.copyOf(elements);
        options = List.copyOf(options);
        Objects.requireNonNull(onDuplicate, "onDuplicate");
    }
}
