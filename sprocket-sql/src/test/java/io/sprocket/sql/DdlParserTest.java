package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sprocket.sql.ExpressionParserTest.col;
import static io.sprocket.sql.ExpressionParserTest.num;
import static org.assertj.core.api.Assertions.assertThat;

class DdlParserTest {

    @Test
    void databases() {
        assertThat(Parser.parse("CREATE SCHEMA IF NOT EXISTS d DEFAULT CHARACTER SET = utf8mb4 COLLATE utf8mb4_bin"))
                .isEqualTo(new CreateDatabase(true, "d", List.of(
                        new DatabaseOption(DatabaseOptionKind.CHARACTER_SET, "utf8mb4"),
                        new DatabaseOption(DatabaseOptionKind.COLLATE, "utf8mb4_bin"))));
        assertThat(Parser.parse("ALTER DATABASE CHARSET latin1"))
                .isEqualTo(new AlterDatabase(null, List.of(new DatabaseOption(DatabaseOptionKind.CHARACTER_SET, "latin1"))));
        assertThat(Parser.parse("DROP DATABASE IF EXISTS d")).isEqualTo(new DropDatabase(true, "d"));
        assertThat(Parser.parse("USE `my db`")).isEqualTo(new Use("my db"));
    }

    @Test
    void columnDefinitions() {
        CreateTable t = (CreateTable) Parser.parse("CREATE TABLE t ("
                + "id INT(11) UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT 'pk', "
                + "name VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT 'x' UNIQUE, "
                + "ts TIMESTAMP(6) DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE NOW(6), "
                + "n INT DEFAULT -1 CHECK (n > -5) INVISIBLE, "
                + "g INT GENERATED ALWAYS AS (n + 1) VIRTUAL, "
                + "e DOUBLE DEFAULT (RAND()), "
                + "s SERIAL)");
        List<ColumnDefinition> c = t.elements().stream().map(ColumnDefinition.class::cast).toList();
        assertThat(c.get(0).type()).isEqualTo(new DataType(TypeName.INT, 11, null, true, false, null, null, false, List.of()));
        assertThat(c.get(0).nullability()).isEqualTo(Nullability.NOT_NULL);
        assertThat(c.get(0).autoIncrement()).isTrue();
        assertThat(c.get(0).key()).isEqualTo(ColumnKey.PRIMARY);
        assertThat(c.get(0).comment()).isEqualTo("pk");
        assertThat(c.get(1).type().charset()).isEqualTo("utf8mb4");
        assertThat(c.get(1).type().collation()).isEqualTo("utf8mb4_bin");
        assertThat(c.get(1).defaultValue()).isEqualTo(new StringLiteral("x", null));
        assertThat(c.get(1).key()).isEqualTo(ColumnKey.UNIQUE);
        assertThat(c.get(2).defaultValue()).isEqualTo(new FunctionCall(null, "CURRENT_TIMESTAMP", List.of(num(6))));
        assertThat(c.get(2).onUpdate()).isEqualTo(new FunctionCall(null, "CURRENT_TIMESTAMP", List.of(num(6))));
        assertThat(c.get(3).defaultValue()).isEqualTo(new UnaryOperation(UnaryOperator.NEGATE, num(1)));
        assertThat(c.get(3).checks()).hasSize(1);
        assertThat(c.get(3).invisible()).isTrue();
        assertThat(c.get(4).generated()).isEqualTo(new GeneratedColumn(
                new BinaryOperation(BinaryOperator.ADD, col("n"), num(1)), false));
        assertThat(c.get(5).defaultIsExpression()).isTrue();
        assertThat(c.get(6).type().name()).isEqualTo(TypeName.BIGINT);
        assertThat(c.get(6).autoIncrement()).isTrue();
    }

    @Test
    void typeNormalisation() {
        CreateTable t = (CreateTable) Parser.parse("CREATE TABLE t (a INTEGER, b BOOLEAN, c NUMERIC(5,2), d REAL, "
                + "e FLOAT(40), f NCHAR(2), g LONG VARCHAR, h CHAR(3) BINARY, i SET('a','b'), j YEAR, k BIT(3), "
                + "l INT1 ZEROFILL, m VARBINARY(4), n MEDIUMTEXT CHARSET latin1)");
        List<DataType> types = t.elements().stream().map(e -> ((ColumnDefinition) e).type()).toList();
        assertThat(types).extracting(DataType::name).containsExactly(TypeName.INT, TypeName.TINYINT, TypeName.DECIMAL,
                TypeName.DOUBLE, TypeName.DOUBLE, TypeName.CHAR, TypeName.MEDIUMTEXT, TypeName.CHAR, TypeName.SET,
                TypeName.YEAR, TypeName.BIT, TypeName.TINYINT, TypeName.VARBINARY, TypeName.MEDIUMTEXT);
        assertThat(types.get(1).length()).isEqualTo(1);
        assertThat(types.get(5).charset()).isEqualTo("utf8mb3");
        assertThat(types.get(7).binary()).isTrue();
        assertThat(types.get(8).values()).containsExactly("a", "b");
        assertThat(types.get(11).zerofill()).isTrue();
        assertThat(types.get(11).unsigned()).isTrue();
        CreateTable real = (CreateTable) Parser.parse("CREATE TABLE t (d REAL)", ParserOptions.fromSqlMode("REAL_AS_FLOAT"));
        assertThat(((ColumnDefinition) real.elements().get(0)).type().name()).isEqualTo(TypeName.FLOAT);
    }

    @Test
    void indexesConstraintsAndOptions() {
        CreateTable t = (CreateTable) Parser.parse("CREATE TEMPORARY TABLE IF NOT EXISTS db.t (a INT, b TEXT, "
                + "PRIMARY KEY (a), UNIQUE INDEX u USING HASH (b(10) DESC) COMMENT 'c', KEY (a, b), FULLTEXT f (b), "
                + "CONSTRAINT ck CHECK (a > 0) NOT ENFORCED, CHECK (a < 9), "
                + "CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (x) ON DELETE CASCADE ON UPDATE SET NULL, INDEX ((a + 1))) "
                + "ENGINE = InnoDB, DEFAULT CHARSET = utf8mb4 COLLATE utf8mb4_bin AUTO_INCREMENT 5 COMMENT 'hi' ROW_FORMAT=DYNAMIC");
        assertThat(t.temporary()).isTrue();
        assertThat(t.ifNotExists()).isTrue();
        assertThat(t.elements().get(2)).isEqualTo(new IndexDefinition(IndexKind.PRIMARY, null, null,
                List.of(new IndexPart("a", null, null, SortOrder.DEFAULT)), null, null, false));
        assertThat(t.elements().get(3)).isEqualTo(new IndexDefinition(IndexKind.UNIQUE, "u", null,
                List.of(new IndexPart("b", null, 10, SortOrder.DESC)), "HASH", "c", false));
        assertThat(t.elements().get(5)).isInstanceOfSatisfying(IndexDefinition.class,
                i -> assertThat(i.kind()).isEqualTo(IndexKind.FULLTEXT));
        assertThat(t.elements().get(6)).isEqualTo(new CheckConstraint("ck",
                new BinaryOperation(BinaryOperator.GREATER_THAN, col("a"), num(0)), false));
        assertThat(t.elements().get(8)).isEqualTo(new ForeignKey("fk", null, List.of("a"), new References(
                new ObjectName(null, "p"), List.of("x"), null, ReferentialAction.CASCADE, ReferentialAction.SET_NULL)));
        assertThat(t.elements().get(9)).isInstanceOfSatisfying(IndexDefinition.class,
                i -> assertThat(i.parts().get(0).expression()).isNotNull());
        assertThat(t.options()).containsExactly(new TableOption("ENGINE", "InnoDB"),
                new TableOption("CHARACTER SET", "utf8mb4"), new TableOption("COLLATE", "utf8mb4_bin"),
                new TableOption("AUTO_INCREMENT", "5"), new TableOption("COMMENT", "hi"),
                new TableOption("ROW_FORMAT", "DYNAMIC"));
    }

    @Test
    void createTableLikeAndSelect() {
        assertThat(((CreateTable) Parser.parse("CREATE TABLE a LIKE b")).like()).isEqualTo(new ObjectName(null, "b"));
        assertThat(((CreateTable) Parser.parse("CREATE TABLE a (LIKE b)")).like()).isEqualTo(new ObjectName(null, "b"));
        CreateTable asSelect = (CreateTable) Parser.parse("CREATE TABLE a (x INT) ENGINE=InnoDB IGNORE AS SELECT 1 AS x");
        assertThat(asSelect.asQuery()).isNotNull();
        assertThat(asSelect.onDuplicate()).isEqualTo(DuplicateHandling.IGNORE);
        assertThat(((CreateTable) Parser.parse("CREATE TABLE a SELECT 1")).asQuery()).isNotNull();
        assertThat(((CreateTable) Parser.parse("CREATE TABLE a (SELECT 1)")).asQuery()).isNotNull();
        assertThat(((CreateTable) Parser.parse("CREATE TABLE a")).elements()).isEmpty();
    }

    @Test
    void alterTable() {
        AlterTable a = (AlterTable) Parser.parse("ALTER TABLE t ADD COLUMN c INT AFTER b, ADD (d INT, e INT), "
                + "ADD UNIQUE KEY u (c), ADD CONSTRAINT ck CHECK (c > 0), ADD FOREIGN KEY (c) REFERENCES p (id), "
                + "DROP COLUMN x, DROP y, DROP INDEX i, DROP KEY k, DROP PRIMARY KEY, DROP FOREIGN KEY f, DROP CHECK c1, "
                + "DROP CONSTRAINT c2, MODIFY COLUMN c BIGINT FIRST, CHANGE c cc INT AFTER d, RENAME COLUMN d TO dd, "
                + "RENAME INDEX u TO uu, RENAME TO t2, ALTER COLUMN e SET DEFAULT 5, ALTER e DROP DEFAULT, "
                + "ALTER e SET INVISIBLE, ALTER INDEX uu INVISIBLE, ALTER CHECK ck NOT ENFORCED, ENGINE=InnoDB, "
                + "CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin, ALGORITHM=INPLACE, LOCK=NONE, FORCE");
        assertThat(a.actions()).extracting(x -> x.getClass().getSimpleName()).containsExactly("AddColumns",
                "AddColumns", "AddIndex", "AddCheckConstraint", "AddForeignKey", "DropColumn", "DropColumn", "DropKey",
                "DropKey", "DropPrimaryKey", "DropForeignKey", "DropCheckConstraint", "DropConstraint", "ModifyColumn",
                "ChangeColumn", "RenameColumn", "RenameIndex", "RenameTo", "AlterColumnDefault", "AlterColumnDefault",
                "AlterColumnVisibility", "AlterIndexVisibility", "AlterConstraintEnforcement", "SetTableOptions",
                "ConvertToCharset", "AlterTableClause", "AlterTableClause", "AlterTableClause");
        assertThat(a.actions().get(0)).isInstanceOfSatisfying(AddColumns.class,
                x -> assertThat(x.position()).isEqualTo(new ColumnPosition(false, "b")));
        assertThat(a.actions().get(14)).isInstanceOfSatisfying(ChangeColumn.class, x -> {
            assertThat(x.oldName()).isEqualTo("c");
            assertThat(x.column().name()).isEqualTo("cc");
        });
        assertThat(a.actions().get(18)).isEqualTo(new AlterColumnDefault("e", num(5), false));
        assertThat(a.actions().get(19)).isEqualTo(new AlterColumnDefault("e", null, false));
    }

    @Test
    void otherTableStatements() {
        assertThat(Parser.parse("DROP TEMPORARY TABLE IF EXISTS a, db.b CASCADE")).isEqualTo(new DropTable(true, true,
                List.of(new ObjectName(null, "a"), new ObjectName("db", "b"))));
        assertThat(Parser.parse("RENAME TABLE a TO b, db.c TO db.d")).isEqualTo(new RenameTable(List.of(
                new TableRename(new ObjectName(null, "a"), new ObjectName(null, "b")),
                new TableRename(new ObjectName("db", "c"), new ObjectName("db", "d")))));
        assertThat(Parser.parse("TRUNCATE TABLE t")).isEqualTo(new TruncateTable(new ObjectName(null, "t")));
        assertThat(Parser.parse("TRUNCATE t")).isEqualTo(new TruncateTable(new ObjectName(null, "t")));
        CreateIndex ci = (CreateIndex) Parser.parse("CREATE UNIQUE INDEX i USING BTREE ON t (a, b(3) DESC)");
        assertThat(ci.index().kind()).isEqualTo(IndexKind.UNIQUE);
        assertThat(ci.index().indexType()).isEqualTo("BTREE");
        assertThat(ci.index().parts()).hasSize(2);
        assertThat(Parser.parse("DROP INDEX i ON db.t")).isEqualTo(new DropIndex("i", new ObjectName("db", "t")));
    }
}
