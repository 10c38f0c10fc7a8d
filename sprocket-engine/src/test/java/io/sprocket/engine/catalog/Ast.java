package io.sprocket.engine.catalog;

import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.CheckConstraint;
import io.sprocket.sql.ast.ColumnDefinition;
import io.sprocket.sql.ast.ColumnKey;
import io.sprocket.sql.ast.ColumnRef;
import io.sprocket.sql.ast.CreateTable;
import io.sprocket.sql.ast.DataType;
import io.sprocket.sql.ast.DuplicateHandling;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.IndexDefinition;
import io.sprocket.sql.ast.IndexKind;
import io.sprocket.sql.ast.IndexPart;
import io.sprocket.sql.ast.IntegerLiteral;
import io.sprocket.sql.ast.Nullability;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.SortOrder;
import io.sprocket.sql.ast.StringLiteral;
import io.sprocket.sql.ast.TableElement;
import io.sprocket.sql.ast.TableOption;
import io.sprocket.sql.ast.TypeName;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/** Small builders for AST nodes, so tests read close to the SQL they stand for. */
final class Ast {
    private Ast() {
    }

    static DataType type(TypeName name) {
        return new DataType(name, null, null, false, false, null, null, false, List.of());
    }

    static DataType type(TypeName name, Integer length) {
        return new DataType(name, length, null, false, false, null, null, false, List.of());
    }

    static DataType type(TypeName name, Integer length, Integer scale) {
        return new DataType(name, length, scale, false, false, null, null, false, List.of());
    }

    static DataType collated(TypeName name, Integer length, String collation) {
        return new DataType(name, length, null, false, false, null, collation, false, List.of());
    }

    static DataType unsigned(TypeName name) {
        return new DataType(name, null, null, true, false, null, null, false, List.of());
    }

    static DataType enumOf(TypeName name, String... values) {
        return new DataType(name, null, null, false, false, null, null, false, List.of(values));
    }

    static ColumnBuilder col(String name, DataType type) {
        return new ColumnBuilder(name, type);
    }

    static final class ColumnBuilder {
        String name;
        DataType type;
        Nullability nullability = Nullability.UNSPECIFIED;
        Expression defaultValue;
        boolean defaultIsExpression;
        Expression onUpdate;
        boolean autoIncrement;
        ColumnKey key = ColumnKey.NONE;
        String comment;
        boolean invisible;

        ColumnBuilder(String name, DataType type) {
            this.name = name;
            this.type = type;
        }

        ColumnBuilder notNull() { nullability = Nullability.NOT_NULL; return this; }
        ColumnBuilder nullable() { nullability = Nullability.NULL; return this; }
        ColumnBuilder dflt(Expression e) { defaultValue = e; return this; }
        ColumnBuilder dfltExpr(Expression e) { defaultValue = e; defaultIsExpression = true; return this; }
        ColumnBuilder onUpdate(Expression e) { onUpdate = e; return this; }
        ColumnBuilder autoIncrement() { autoIncrement = true; return this; }
        ColumnBuilder primary() { key = ColumnKey.PRIMARY; return this; }
        ColumnBuilder unique() { key = ColumnKey.UNIQUE; return this; }
        ColumnBuilder comment(String c) { comment = c; return this; }
        ColumnBuilder invisible() { invisible = true; return this; }

        ColumnDefinition build() {
            return new ColumnDefinition(name, type, nullability, defaultValue, defaultIsExpression, onUpdate,
                    autoIncrement, key, comment, null, invisible, List.of(), null);
        }
    }

    static IntegerLiteral num(long v) {
        return new IntegerLiteral(BigInteger.valueOf(v), Long.toString(v));
    }

    static StringLiteral str(String s) {
        return new StringLiteral(s, null);
    }

    static ColumnRef ref(String c) {
        return new ColumnRef(null, null, c);
    }

    static Expression gt(Expression a, Expression b) {
        return new BinaryOperation(BinaryOperator.GREATER_THAN, a, b);
    }

    static IndexDefinition key(IndexKind kind, String name, String... columns) {
        return new IndexDefinition(kind, name, null,
                Arrays.stream(columns).map(c -> new IndexPart(c, null, null, SortOrder.DEFAULT)).toList(), null, null,
                false);
    }

    static IndexDefinition key(IndexKind kind, String name, List<IndexPart> parts) {
        return new IndexDefinition(kind, name, null, parts, null, null, false);
    }

    static IndexPart part(String column, Integer length, SortOrder order) {
        return new IndexPart(column, null, length, order);
    }

    static CheckConstraint check(String name, Expression e) {
        return new CheckConstraint(name, e, true);
    }

    static ObjectName name(String n) {
        return new ObjectName(null, n);
    }

    static CreateTable createTable(String name, List<TableOption> options, Object... elements) {
        List<TableElement> els = Arrays.stream(elements)
                .map(e -> e instanceof ColumnBuilder b ? b.build() : (TableElement) e).toList();
        return new CreateTable(false, false, name(name), els, options, null, null, DuplicateHandling.values()[0]);
    }

    static CreateTable createTable(String name, Object... elements) {
        return createTable(name, List.of(), elements);
    }
}
