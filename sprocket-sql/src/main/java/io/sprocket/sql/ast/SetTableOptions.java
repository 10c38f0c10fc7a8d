package io.sprocket.sql.ast;

import java.util.List;

/**
 * Table options in ALTER TABLE (ENGINE=, COMMENT=, AUTO_INCREMENT=, [DEFAULT] CHARSET=, ...).
 */
public record SetTableOptions(List<TableOption> options) implements AlterAction {
    public SetTableOptions {
        options = List.copyOf(options);
    }
}
