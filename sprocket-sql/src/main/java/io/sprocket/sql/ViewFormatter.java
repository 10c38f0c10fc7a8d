package io.sprocket.sql;

import io.sprocket.sql.ast.CreateView;
import io.sprocket.sql.ast.DropView;
import io.sprocket.sql.ast.ViewStatement;

/** View statements back to SQL text (clauses in MySQL's order; the query through {@link ExpressionFormatter}). */
final class ViewFormatter {
    private final StringBuilder sb;
    private final ExpressionFormatter ef;

    ViewFormatter(StringBuilder sb, ExpressionFormatter ef) {
        this.sb = sb;
        this.ef = ef;
    }

    void view(ViewStatement s) {
        switch (s) {
            case CreateView c -> create(c);
            case DropView d -> {
                sb.append("DROP VIEW ");
                if (d.ifExists()) sb.append("IF EXISTS ");
                ef.objectNames(d.names());
            }
        }
    }

    private void create(CreateView c) {
        sb.append(c.alter() ? "ALTER " : "CREATE ");
        if (c.orReplace()) sb.append("OR REPLACE ");
        if (c.algorithm() != null) sb.append("ALGORITHM = ").append(c.algorithm().name()).append(' ');
        if (c.definerGiven()) {
            sb.append("DEFINER = ");
            if (c.definer() == null) sb.append("CURRENT_USER");
            else {
                ExpressionFormatter.identifier(sb, c.definer().user());
                sb.append('@');
                ExpressionFormatter.identifier(sb, c.definer().host());
            }
            sb.append(' ');
        }
        if (c.invokerSecurity() != null) sb.append(c.invokerSecurity() ? "SQL SECURITY INVOKER " : "SQL SECURITY DEFINER ");
        sb.append("VIEW ");
        ef.objectName(c.name());
        if (!c.columns().isEmpty()) ef.identifierList(c.columns());
        sb.append(" AS ");
        ef.query(c.query());
        switch (c.checkOption()) {
            case NONE -> { }
            case LOCAL -> sb.append(" WITH LOCAL CHECK OPTION");
            case CASCADED -> sb.append(" WITH CASCADED CHECK OPTION");
        }
    }
}
