package io.sprocket.sql;

import io.sprocket.sql.ast.CreateTrigger;
import io.sprocket.sql.ast.DropTrigger;
import io.sprocket.sql.ast.TriggerStatement;

/**
 * Prints CREATE / DROP TRIGGER. CREATE TRIGGER comes out as MySQL 8.0's SHOW CREATE TRIGGER prints it: {@code
 * CREATE DEFINER=`u`@`h` TRIGGER `name` BEFORE INSERT ON `t` FOR EACH ROW body}, names backquoted and the body's
 * source text exactly as written.
 */
final class TriggerFormatter {
    private final StringBuilder sb;
    private final ExpressionFormatter ef;

    TriggerFormatter(StringBuilder sb, ExpressionFormatter ef) {
        this.sb = sb;
        this.ef = ef;
    }

    void trigger(TriggerStatement s) {
        switch (s) {
            case CreateTrigger x -> create(x);
            case DropTrigger x -> {
                sb.append("DROP TRIGGER ");
                if (x.ifExists()) {
                    sb.append("IF EXISTS ");
                }
                ef.objectName(x.name());
            }
        }
    }

    private void create(CreateTrigger x) {
        sb.append("CREATE ");
        if (x.definer() != null) {
            sb.append("DEFINER=");
            ExpressionFormatter.identifier(sb, x.definer().user());
            sb.append('@');
            ExpressionFormatter.identifier(sb, x.definer().host());
            sb.append(' ');
        }
        sb.append("TRIGGER ");
        if (x.ifNotExists()) {
            sb.append("IF NOT EXISTS ");
        }
        ef.objectName(x.name());
        sb.append(' ').append(x.timing().name()).append(' ').append(x.event().name()).append(" ON ");
        ef.objectName(x.table());
        sb.append(" FOR EACH ROW ");
        if (x.order() != null) {
            sb.append(x.order().follows() ? "FOLLOWS " : "PRECEDES ");
            ExpressionFormatter.identifier(sb, x.order().other());
            sb.append(' ');
        }
        sb.append(x.bodyText());
    }
}
