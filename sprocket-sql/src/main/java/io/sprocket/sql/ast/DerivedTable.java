package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code [LATERAL] (subquery) [AS] alias [(cols)]}.
 *
 * @param alias nullable
 */
public record DerivedTable(Query query, String alias, List<String> columnAliases, boolean lateral) implements TableReference {
    public DerivedTable {
        Objects.requireNonNull(query, "query");
        columnAliases = List.copyOf(columnAliases);
    }
}
