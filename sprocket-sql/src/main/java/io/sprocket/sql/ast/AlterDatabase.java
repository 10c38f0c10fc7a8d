package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code ALTER DATABASE|SCHEMA [db] options}; name null means the current database.
 *
 * @param name nullable
 */
public record AlterDatabase(String name, List<DatabaseOption> options) implements DdlStatement {
    public AlterDatabase {
        options = List.copyOf(options);
    }
}
