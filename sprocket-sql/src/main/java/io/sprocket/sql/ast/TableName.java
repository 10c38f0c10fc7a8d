package io.sprocket.sql.ast;

import java.util.List;
import java.util.Objects;

/**
 * A base table or view reference {@code [db.]t [PARTITION (..)] [[AS] alias] [index hints]}.
 *
 * @param alias nullable
 */
public record TableName(ObjectName name, String alias, List<String> partitions, List<IndexHint> indexHints) implements TableReference {
    public TableName {
        Objects.requireNonNull(name, "name");
        partitions = List.copyOf(partitions);
        indexHints = List.copyOf(indexHints);
    }
}
