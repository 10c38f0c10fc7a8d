package io.sprocket.sql.ast;

import java.util.List;

/**
 * {@code DROP [TEMPORARY] TABLE [IF EXISTS] t, ... [RESTRICT|CASCADE]}.
 */
public record DropTable(boolean temporary, boolean ifExists, List<ObjectName> tables) implements DdlStatement {
    public DropTable {
        tables = List.copyOf(tables);
    }
}
