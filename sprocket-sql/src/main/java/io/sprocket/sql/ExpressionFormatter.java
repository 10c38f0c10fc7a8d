package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints expressions and queries in MySQL 8.0's canonical form (see {@link SqlFormatter}). */
final class ExpressionFormatter {
    /** Synonyms MySQL prints under another name. */
    private static final Map<String, String> CANONICAL_NAMES = Map.ofEntries(
            Map.entry("substring", "substr"), Map.entry("mid", "substr"), Map.entry("ucase", "upper"),
            Map.entry("lcase", "lower"), Map.entry("current_timestamp", "now"), Map.entry("localtime", "now"),
            Map.entry("localtimestamp", "now"), Map.entry("current_date", "curdate"),
            Map.entry("current_time", "curtime"), Map.entry("character_length", "char_length"),
            Map.entry("schema", "database"), Map.entry("day", "dayofmonth"), Map.entry("ceil", "ceiling"),
            Map.entry("pow", "pow"), Map.entry("position", "locate"), Map.entry("session_user", "user"),
            Map.entry("system_user", "user"), Map.entry("stddev", "std"), Map.entry("variance", "variance"));

    private final StringBuilder sb;
    private final String stringIntroducer;

    ExpressionFormatter(StringBuilder sb, String stringIntroducer) {
        this.sb = sb;
        this.stringIntroducer = stringIntroducer;
    }

    static void identifier(StringBuilder sb, String name) {
        sb.append('`');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '`') {
                sb.append('`');
            }
            sb.append(c);
        }
        sb.append('`');
    }

    static void string(StringBuilder sb, String text) {
        sb.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\0' -> sb.append("\\0");
                case '\u001A' -> sb.append("\\Z");
                default -> sb.append(c);
            }
        }
        sb.append('\'');
    }

    void identifier(String name) {
        identifier(sb, name);
    }

    void objectName(ObjectName name) {
        if (name.schema() != null) {
            identifier(name.schema());
            sb.append('.');
        }
        identifier(name.name());
    }

    void expressions(List<Expression> list) {
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            expression(list.get(i));
        }
    }

    void expression(Expression e) {
        switch (e) {
            case NullLiteral n -> sb.append("NULL");
            case BooleanLiteral b -> sb.append(b.value() ? "true" : "false");
            // MySQL prints the literal's value, not its spelling (007 prints as 7, .5 as 0.5)
            case IntegerLiteral i -> sb.append(i.value());
            case DecimalLiteral d -> sb.append(d.value().toPlainString());
            case ApproximateLiteral a -> sb.append(a.text());
            case StringLiteral s -> {
                String introducer = s.introducer() != null ? s.introducer() : stringIntroducer;
                if (introducer != null) {
                    sb.append('_').append(introducer);
                }
                string(sb, s.value());
            }
            case HexLiteral h -> {
                if (h.introducer() != null) {
                    sb.append('_').append(h.introducer()).append(' ');
                }
                sb.append("0x").append(h.digits().length() % 2 == 0 ? "" : "0").append(h.digits());
            }
            case BitLiteral b -> {
                if (b.introducer() != null) {
                    sb.append('_').append(b.introducer()).append(' ');
                }
                sb.append("0b").append(b.bits());
            }
            case TemporalLiteral t -> {
                sb.append(t.kind() == TemporalKind.DATE ? "DATE" : t.kind() == TemporalKind.TIME ? "TIME" : "TIMESTAMP");
                string(sb, t.value());
            }
            case ColumnRef c -> {
                if (c.schema() != null) {
                    identifier(c.schema());
                    sb.append('.');
                }
                if (c.table() != null) {
                    identifier(c.table());
                    sb.append('.');
                }
                identifier(c.column());
            }
            case UserVariable u -> {
                sb.append('@');
                identifier(u.name());
            }
            case SystemVariable v -> {
                sb.append("@@");
                switch (v.scope()) {
                    case GLOBAL -> sb.append("global.");
                    case SESSION -> sb.append("session.");
                    case PERSIST -> sb.append("persist.");
                    case PERSIST_ONLY -> sb.append("persist_only.");
                    case DEFAULT, UNQUALIFIED -> {
                    }
                }
                sb.append(v.name());
            }
            case Parameter p -> sb.append('?');
            case AssignUserVariable a -> {
                sb.append("(@");
                identifier(a.name());
                sb.append(" := ");
                expression(a.value());
                sb.append(')');
            }
            case DefaultValue d -> {
                sb.append("DEFAULT");
                if (d.column() != null) {
                    sb.append('(');
                    expression(d.column());
                    sb.append(')');
                }
            }
            case ValuesReference v -> {
                sb.append("values(");
                expression(v.column());
                sb.append(')');
            }
            case UnaryOperation u -> unary(u);
            case BinaryOperation b -> binary(b);
            case QuantifiedComparison q -> {
                sb.append('(');
                expression(q.left());
                sb.append(' ').append(q.operator().symbol()).append(' ')
                        .append(q.quantifier() == Quantifier.ALL ? "all " : "any ");
                subquery(q.subquery());
                sb.append(')');
            }
            case IsTest t -> {
                sb.append('(');
                expression(t.operand());
                sb.append(t.negated() ? " is not " : " is ").append(t.condition().name().toLowerCase(Locale.ROOT));
                sb.append(')');
            }
            case Between b -> {
                sb.append('(');
                expression(b.value());
                sb.append(b.negated() ? " not between " : " between ");
                expression(b.low());
                sb.append(" and ");
                expression(b.high());
                sb.append(')');
            }
            case Like l -> {
                // MySQL 8.0 parses NOT LIKE as NOT(LIKE) and prints it that way
                if (l.negated()) {
                    sb.append("(not(");
                }
                sb.append('(');
                expression(l.value());
                sb.append(" like ");
                expression(l.pattern());
                if (l.escape() != null) {
                    sb.append(" escape ");
                    expression(l.escape());
                }
                sb.append(')');
                if (l.negated()) {
                    sb.append("))");
                }
            }
            case Regexp r -> {
                if (r.negated()) {
                    sb.append("(not(");
                }
                sb.append("regexp_like(");
                expression(r.value());
                sb.append(',');
                expression(r.pattern());
                sb.append(')');
                if (r.negated()) {
                    sb.append("))");
                }
            }
            case InList i -> {
                sb.append('(');
                expression(i.value());
                sb.append(i.negated() ? " not in (" : " in (");
                expressions(i.values());
                sb.append("))");
            }
            case InSubquery i -> {
                sb.append('(');
                expression(i.value());
                sb.append(i.negated() ? " not in " : " in ");
                subquery(i.subquery());
                sb.append(')');
            }
            case MemberOf m -> {
                sb.append('(');
                expression(m.value());
                sb.append(" member of (");
                expression(m.array());
                sb.append("))");
            }
            case Exists x -> {
                sb.append("exists");
                subquery(x.subquery());
            }
            case ScalarSubquery s -> subquery(s.query());
            case RowConstructor r -> {
                sb.append(r.explicitRow() ? "row(" : "(");
                expressions(r.items());
                sb.append(')');
            }
            case CaseExpression c -> {
                sb.append("(case ");
                if (c.operand() != null) {
                    expression(c.operand());
                    sb.append(' ');
                }
                for (WhenClause w : c.whenClauses()) {
                    sb.append("when ");
                    expression(w.condition());
                    sb.append(" then ");
                    expression(w.result());
                    sb.append(' ');
                }
                if (c.elseResult() != null) {
                    sb.append("else ");
                    expression(c.elseResult());
                    sb.append(' ');
                }
                sb.append("end)");
            }
            case Collate c -> {
                sb.append('(');
                expression(c.operand());
                sb.append(" collate ").append(c.collation()).append(')');
            }
            case FunctionCall f -> function(f);
            case AggregateCall a -> {
                sb.append(a.name().toLowerCase(Locale.ROOT)).append('(');
                if (a.distinct()) {
                    sb.append("distinct ");
                }
                if (a.star()) {
                    sb.append('*');
                } else {
                    expressions(a.arguments());
                }
                sb.append(')');
                if (a.over() != null) {
                    over(a.over());
                }
            }
            case GroupConcat g -> {
                sb.append("group_concat(");
                if (g.distinct()) {
                    sb.append("distinct ");
                }
                expressions(g.arguments());
                if (!g.orderBy().isEmpty()) {
                    sb.append(" order by ");
                    orderItems(g.orderBy());
                }
                sb.append(" separator ");
                string(sb, g.separator() == null ? "," : g.separator().value());
                sb.append(')');
            }
            case WindowFunctionCall w -> {
                sb.append(w.name().toLowerCase(Locale.ROOT)).append('(');
                expressions(w.arguments());
                sb.append(')');
                if (w.fromLast()) {
                    sb.append(" from last");
                }
                if (w.ignoreNulls()) {
                    sb.append(" ignore nulls");
                }
                over(w.over());
            }
            case Cast c -> {
                sb.append("cast(");
                expression(c.operand());
                sb.append(" as ");
                dataType(sb, c.type(), true);
                sb.append(')');
            }
            case ConvertUsing c -> {
                sb.append("convert(");
                expression(c.operand());
                sb.append(" using ").append(c.charset()).append(')');
            }
            case Trim t -> {
                sb.append("trim(");
                if (t.remove() != null || t.mode() != TrimMode.DEFAULT) {
                    TrimMode mode = t.mode() == TrimMode.DEFAULT ? TrimMode.BOTH : t.mode();
                    sb.append(mode.name().toLowerCase(Locale.ROOT)).append(' ');
                    if (t.remove() != null) {
                        expression(t.remove());
                        sb.append(' ');
                    }
                    sb.append("from ");
                }
                expression(t.source());
                sb.append(')');
            }
            case Extract x -> {
                sb.append("extract(").append(x.unit().name().toLowerCase(Locale.ROOT)).append(" from ");
                expression(x.source());
                sb.append(')');
            }
            case DateArithmetic d -> {
                sb.append('(');
                expression(d.date());
                sb.append(d.subtract() ? " - interval " : " + interval ");
                expression(d.interval());
                sb.append(' ').append(d.unit().name().toLowerCase(Locale.ROOT)).append(')');
            }
            case TimestampAdd t -> {
                sb.append("timestampadd(").append(t.unit().name().toLowerCase(Locale.ROOT)).append(',');
                expression(t.amount());
                sb.append(',');
                expression(t.datetime());
                sb.append(')');
            }
            case TimestampDiff t -> {
                sb.append("timestampdiff(").append(t.unit().name().toLowerCase(Locale.ROOT)).append(',');
                expression(t.from());
                sb.append(',');
                expression(t.to());
                sb.append(')');
            }
            case CharFunction c -> {
                sb.append("char(");
                expressions(c.arguments());
                if (c.charset() != null) {
                    sb.append(" using ").append(c.charset());
                }
                sb.append(')');
            }
            case GetFormat g -> {
                sb.append("get_format(").append(g.kind().name()).append(',');
                expression(g.locale());
                sb.append(')');
            }
        }
    }

    private void unary(UnaryOperation u) {
        switch (u.operator()) {
            case NEGATE -> {
                // MySQL's parser folds the minus into a number literal (-7.25 is one literal), printed bare.
                if (u.operand() instanceof io.sprocket.sql.ast.IntegerLiteral || u.operand() instanceof io.sprocket.sql.ast.DecimalLiteral
                        || u.operand() instanceof io.sprocket.sql.ast.ApproximateLiteral) {
                    sb.append('-');
                    expression(u.operand());
                    return;
                }
                sb.append("-(");
                expression(u.operand());
                sb.append(')');
            }
            case BIT_NOT -> {
                sb.append("~(");
                expression(u.operand());
                sb.append(')');
            }
            case NOT -> {
                sb.append("(not(");
                expression(u.operand());
                sb.append("))");
            }
            case BINARY -> {
                sb.append("cast(");
                expression(u.operand());
                sb.append(" as char charset binary)");
            }
        }
    }

    private void binary(BinaryOperation b) {
        switch (b.operator()) {
            case JSON_EXTRACT, JSON_UNQUOTE_EXTRACT -> {
                boolean unquote = b.operator() == BinaryOperator.JSON_UNQUOTE_EXTRACT;
                sb.append(unquote ? "json_unquote(json_extract(" : "json_extract(");
                expression(b.left());
                sb.append(',');
                expression(b.right());
                sb.append(unquote ? "))" : ")");
            }
            case CONCAT -> {
                sb.append("concat(");
                expression(b.left());
                sb.append(',');
                expression(b.right());
                sb.append(')');
            }
            default -> {
                sb.append('(');
                expression(b.left());
                sb.append(' ').append(b.operator() == BinaryOperator.INTEGER_DIVIDE ? "div" : b.operator().symbol())
                        .append(' ');
                expression(b.right());
                sb.append(')');
            }
        }
    }

    private void function(FunctionCall f) {
        if (f.schema() != null) {
            identifier(f.schema());
            sb.append('.');
            identifier(f.name());
        } else {
            String lower = f.name().toLowerCase(Locale.ROOT);
            sb.append(CANONICAL_NAMES.getOrDefault(lower, lower));
        }
        sb.append('(');
        expressions(f.arguments());
        sb.append(')');
    }

    private void over(WindowReference over) {
        sb.append(" OVER ");
        switch (over) {
            case NamedWindowReference n -> identifier(n.name());
            case WindowSpecification s -> windowSpecification(s);
        }
    }

    void windowSpecification(WindowSpecification s) {
        sb.append('(');
        String sep = "";
        if (s.baseWindow() != null) {
            identifier(s.baseWindow());
            sep = " ";
        }
        if (!s.partitionBy().isEmpty()) {
            sb.append(sep).append("PARTITION BY ");
            expressions(s.partitionBy());
            sep = " ";
        }
        if (!s.orderBy().isEmpty()) {
            sb.append(sep).append("ORDER BY ");
            orderItems(s.orderBy());
            sep = " ";
        }
        if (s.frame() != null) {
            WindowFrame f = s.frame();
            sb.append(sep).append(f.unit().name()).append(' ');
            if (f.end() != null) {
                sb.append("BETWEEN ");
                frameBound(f.start());
                sb.append(" AND ");
                frameBound(f.end());
            } else {
                frameBound(f.start());
            }
        }
        sb.append(')');
    }

    private void frameBound(FrameBound b) {
        switch (b.kind()) {
            case UNBOUNDED_PRECEDING -> sb.append("UNBOUNDED PRECEDING");
            case UNBOUNDED_FOLLOWING -> sb.append("UNBOUNDED FOLLOWING");
            case CURRENT_ROW -> sb.append("CURRENT ROW");
            case PRECEDING, FOLLOWING -> {
                if (b.unit() != null) {
                    sb.append("INTERVAL ");
                    expression(b.offset());
                    sb.append(' ').append(b.unit().name());
                } else {
                    expression(b.offset());
                }
                sb.append(b.kind() == FrameBoundKind.PRECEDING ? " PRECEDING" : " FOLLOWING");
            }
        }
    }

    void orderItems(List<OrderItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            expression(items.get(i).expression());
            if (items.get(i).order() == SortOrder.DESC) {
                sb.append(" desc");
            }
        }
    }

    private void subquery(Query q) {
        sb.append('(');
        query(q);
        sb.append(')');
    }

    /** Data types; {@code cast} selects CAST's spelling (signed, char(n) charset x). */
    static void dataType(StringBuilder sb, DataType t, boolean cast) {
        String name = t.name().sqlName();
        switch (t.name()) {
            case SIGNED, UNSIGNED -> sb.append(name);
            case TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT -> {
                sb.append(name);
                // MySQL 8.0.19+ prints a display width only with ZEROFILL, and tinyint(1) for booleans
                if (t.length() != null && (t.zerofill() || t.name() == TypeName.TINYINT && t.length() == 1)) {
                    sb.append('(').append(t.length()).append(')');
                }
                if (t.unsigned()) {
                    sb.append(" unsigned");
                }
                if (t.zerofill()) {
                    sb.append(" zerofill");
                }
            }
            case DECIMAL -> {
                sb.append(name).append('(').append(t.length() == null ? 10 : t.length()).append(',')
                        .append(t.scale() == null ? 0 : t.scale()).append(')');
                if (t.unsigned()) {
                    sb.append(" unsigned");
                }
                if (t.zerofill()) {
                    sb.append(" zerofill");
                }
            }
            case FLOAT, DOUBLE -> {
                sb.append(name);
                if (t.length() != null && t.scale() != null) {
                    sb.append('(').append(t.length()).append(',').append(t.scale()).append(')');
                }
                if (t.unsigned()) {
                    sb.append(" unsigned");
                }
                if (t.zerofill()) {
                    sb.append(" zerofill");
                }
            }
            case BINARY -> {
                if (cast) {
                    sb.append("char");
                    if (t.length() != null) {
                        sb.append('(').append(t.length()).append(')');
                    }
                    sb.append(" charset binary");
                } else {
                    sb.append(name).append('(').append(t.length() == null ? 1 : t.length()).append(')');
                }
            }
            case CHAR -> {
                sb.append(name);
                if (t.length() != null) {
                    sb.append('(').append(t.length()).append(')');
                } else if (!cast) {
                    sb.append("(1)");
                }
                characterSuffix(sb, t, cast);
            }
            case BIT -> sb.append(name).append('(').append(t.length() == null ? 1 : t.length()).append(')');
            case VARCHAR, VARBINARY -> {
                sb.append(name).append('(').append(t.length()).append(')');
                characterSuffix(sb, t, cast);
            }
            case ENUM, SET -> {
                sb.append(name).append('(');
                for (int i = 0; i < t.values().size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    string(sb, t.values().get(i));
                }
                sb.append(')');
                characterSuffix(sb, t, cast);
            }
            case TIME, DATETIME, TIMESTAMP -> {
                sb.append(name);
                if (t.length() != null && t.length() > 0) {
                    sb.append('(').append(t.length()).append(')');
                }
            }
            case TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT -> {
                sb.append(name);
                characterSuffix(sb, t, cast);
            }
            default -> sb.append(name);
        }
    }

    private static void characterSuffix(StringBuilder sb, DataType t, boolean cast) {
        if (t.charset() != null) {
            sb.append(cast ? " charset " : " CHARACTER SET ").append(t.charset());
        }
        if (t.collation() != null) {
            sb.append(" COLLATE ").append(t.collation());
        }
    }

    // ---------------------------------------------------------------- queries

    void query(Query q) {
        if (q.with() != null) {
            with(q.with());
        }
        queryBody(q.body());
        if (!q.orderBy().isEmpty()) {
            sb.append(" order by ");
            orderItems(q.orderBy());
        }
        if (q.limit() != null) {
            limit(q.limit());
        }
        if (q.locking() != null) {
            LockingClause l = q.locking();
            switch (l.strength()) {
                case FOR_UPDATE -> sb.append(" for update");
                case FOR_SHARE -> sb.append(" for share");
                case LOCK_IN_SHARE_MODE -> sb.append(" lock in share mode");
            }
            if (!l.tables().isEmpty()) {
                sb.append(" of ");
                for (int i = 0; i < l.tables().size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    objectName(l.tables().get(i));
                }
            }
            switch (l.waitPolicy()) {
                case NOWAIT -> sb.append(" nowait");
                case SKIP_LOCKED -> sb.append(" skip locked");
                case DEFAULT -> {
                }
            }
        }
    }

    void limit(Limit limit) {
        sb.append(" limit ");
        if (limit.offset() != null) {
            expression(limit.offset());
            sb.append(',');
        }
        expression(limit.count());
    }

    void with(WithClause w) {
        sb.append("with ");
        if (w.recursive()) {
            sb.append("recursive ");
        }
        for (int i = 0; i < w.expressions().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            CommonTableExpression cte = w.expressions().get(i);
            identifier(cte.name());
            if (!cte.columns().isEmpty()) {
                identifierList(cte.columns());
            }
            sb.append(" as (");
            query(cte.query());
            sb.append(')');
        }
        sb.append(' ');
    }

    void identifierList(List<String> names) {
        sb.append('(');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            identifier(names.get(i));
        }
        sb.append(')');
    }

    private void queryBody(QueryBody body) {
        switch (body) {
            case QuerySpecification s -> specification(s);
            case SetOperation s -> {
                queryBody(s.left());
                sb.append(' ').append(s.operator().name().toLowerCase(Locale.ROOT));
                if (s.all()) {
                    sb.append(" all");
                }
                sb.append(' ');
                queryBody(s.right());
            }
            case NestedQuery n -> {
                sb.append('(');
                query(n.query());
                sb.append(')');
            }
            case TableValueConstructor t -> {
                sb.append("values ");
                for (int i = 0; i < t.rows().size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    expression(t.rows().get(i));
                }
            }
            case ExplicitTable t -> {
                sb.append("table ");
                objectName(t.table());
            }
        }
    }

    private void specification(QuerySpecification s) {
        sb.append("select ");
        if (s.distinct()) {
            sb.append("distinct ");
        }
        if (s.calcFoundRows()) {
            sb.append("sql_calc_found_rows ");
        }
        if (s.straightJoin()) {
            sb.append("straight_join ");
        }
        for (int i = 0; i < s.items().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            switch (s.items().get(i)) {
                case AllColumns a -> {
                    if (a.schema() != null) {
                        identifier(a.schema());
                        sb.append('.');
                    }
                    if (a.table() != null) {
                        identifier(a.table());
                        sb.append('.');
                    }
                    sb.append('*');
                }
                case SelectExpression e -> {
                    expression(e.expression());
                    if (e.alias() != null) {
                        sb.append(" AS ");
                        identifier(e.alias());
                    }
                }
            }
        }
        if (!s.from().isEmpty()) {
            sb.append(" from ");
            tableReferences(s.from());
        }
        if (s.where() != null) {
            sb.append(" where ");
            expression(s.where());
        }
        if (!s.groupBy().isEmpty()) {
            sb.append(" group by ");
            expressions(s.groupBy());
            if (s.withRollup()) {
                sb.append(" with rollup");
            }
        }
        if (s.having() != null) {
            sb.append(" having ");
            expression(s.having());
        }
        if (!s.windows().isEmpty()) {
            sb.append(" window ");
            for (int i = 0; i < s.windows().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                identifier(s.windows().get(i).name());
                sb.append(" AS ");
                windowSpecification(s.windows().get(i).specification());
            }
        }
    }

    void tableReferences(List<TableReference> refs) {
        for (int i = 0; i < refs.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            tableReference(refs.get(i));
        }
    }

    void tableReference(TableReference ref) {
        switch (ref) {
            case TableName t -> {
                objectName(t.name());
                if (!t.partitions().isEmpty()) {
                    sb.append(" partition ");
                    identifierList(t.partitions());
                }
                if (t.alias() != null) {
                    sb.append(' ');
                    identifier(t.alias());
                }
                for (IndexHint h : t.indexHints()) {
                    sb.append(' ').append(h.type().name()).append(" INDEX");
                    switch (h.scope()) {
                        case JOIN -> sb.append(" FOR JOIN");
                        case ORDER_BY -> sb.append(" FOR ORDER BY");
                        case GROUP_BY -> sb.append(" FOR GROUP BY");
                        case ALL -> {
                        }
                    }
                    sb.append(" (");
                    for (int i = 0; i < h.indexes().size(); i++) {
                        if (i > 0) {
                            sb.append(',');
                        }
                        identifier(h.indexes().get(i));
                    }
                    sb.append(')');
                }
            }
            case DerivedTable d -> {
                if (d.lateral()) {
                    sb.append("lateral ");
                }
                subquery(d.query());
                if (d.alias() != null) {
                    sb.append(' ');
                    identifier(d.alias());
                }
                if (!d.columnAliases().isEmpty()) {
                    identifierList(d.columnAliases());
                }
            }
            case Join j -> {
                sb.append('(');
                tableReference(j.left());
                sb.append(switch (j.type()) {
                    case INNER -> " join ";
                    case CROSS -> " join ";
                    case STRAIGHT -> " straight_join ";
                    case LEFT -> " left join ";
                    case RIGHT -> " right join ";
                    case NATURAL -> " natural join ";
                    case NATURAL_LEFT -> " natural left join ";
                    case NATURAL_RIGHT -> " natural right join ";
                });
                tableReference(j.right());
                if (j.on() != null) {
                    sb.append(" on(");
                    expression(j.on());
                    sb.append(')');
                } else if (!j.using().isEmpty()) {
                    sb.append(" using ");
                    identifierList(j.using());
                }
                sb.append(')');
            }
        }
    }

    /** Comma-separated quoted identifiers (shared by the statement formatters). */
    void identifiers(java.util.List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            identifier(names.get(i));
        }
    }

    /** Comma-separated [schema.]name references. */
    void objectNames(java.util.List<io.sprocket.sql.ast.ObjectName> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            objectName(names.get(i));
        }
    }
}
