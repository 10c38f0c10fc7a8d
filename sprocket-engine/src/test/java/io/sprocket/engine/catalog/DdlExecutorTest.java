package io.sprocket.engine.catalog;

import static io.sprocket.engine.catalog.Ast.check;
import static io.sprocket.engine.catalog.Ast.col;
import static io.sprocket.engine.catalog.Ast.collated;
import static io.sprocket.engine.catalog.Ast.createTable;
import static io.sprocket.engine.catalog.Ast.gt;
import static io.sprocket.engine.catalog.Ast.key;
import static io.sprocket.engine.catalog.Ast.name;
import static io.sprocket.engine.catalog.Ast.num;
import static io.sprocket.engine.catalog.Ast.ref;
import static io.sprocket.engine.catalog.Ast.str;
import static io.sprocket.engine.catalog.Ast.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.row.LockMode;
import io.sprocket.engine.row.RowCursor;
import io.sprocket.engine.row.TableStore;
import io.sprocket.sql.ast.AddColumns;
import io.sprocket.sql.ast.AlterTable;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.ColumnPosition;
import io.sprocket.sql.ast.CreateDatabase;
import io.sprocket.sql.ast.DatabaseOption;
import io.sprocket.sql.ast.DatabaseOptionKind;
import io.sprocket.sql.ast.DropColumn;
import io.sprocket.sql.ast.DropDatabase;
import io.sprocket.sql.ast.DropTable;
import io.sprocket.sql.ast.FunctionCall;
import io.sprocket.sql.ast.IndexKind;
import io.sprocket.sql.ast.ModifyColumn;
import io.sprocket.sql.ast.ObjectName;
import io.sprocket.sql.ast.RenameTable;
import io.sprocket.sql.ast.TableOption;
import io.sprocket.sql.ast.TableRename;
import io.sprocket.sql.ast.TruncateTable;
import io.sprocket.sql.ast.TypeName;
import io.sprocket.storage.KvTransaction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DdlExecutorTest {
    private TestDb db;

    @BeforeEach
    void setUp() {
        db = new TestDb();
        db.run(new CreateDatabase(false, "d", List.of()));
        db.currentDatabase = "d";
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static SqlException error(Runnable r) {
        try {
            r.run();
        } catch (SqlException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    private String showCreate(String table) {
        TableDef t = db.catalog.table("d", table);
        return ShowCreate.table(t, new TableStore(db.store(), t).nextAutoIncrement());
    }

    @Test
    void createDatabaseTwiceIs1007OrANote() {
        SqlException e = error(() -> db.run(new CreateDatabase(false, "d", List.of())));
        assertThat(e.errno()).isEqualTo(1007);
        assertThat(e.getMessage()).isEqualTo("Can't create database 'd'; database exists");
        DdlResult r = db.run(new CreateDatabase(true, "d", List.of()));
        assertThat(r.affectedRows()).isZero();
        assertThat(db.warnings).singleElement().satisfies(c -> {
            assertThat(c.level().text()).isEqualTo("Note");
            assertThat(c.errno()).isEqualTo(1007);
        });
        assertThat(error(() -> db.run(new DropDatabase(false, "nope"))).errno()).isEqualTo(1008);
        db.run(new DropDatabase(true, "nope"));
        assertThat(db.warnings).singleElement().satisfies(c -> assertThat(c.message())
                .isEqualTo("Can't drop database 'nope'; database doesn't exist"));
    }

    @Test
    void showCreateDatabase() {
        db.run(new CreateDatabase(false, "l", List.of(new DatabaseOption(DatabaseOptionKind.CHARACTER_SET, "latin1"))));
        assertThat(ShowCreate.database(db.catalog.database("d"), false)).isEqualTo(
                "CREATE DATABASE `d` /*!40100 DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci */ "
                        + "/*!80016 DEFAULT ENCRYPTION='N' */");
        assertThat(db.catalog.database("l").collation().name()).isEqualTo("latin1_swedish_ci");
    }

    /** The MySQL 8.0 manual's SHOW CREATE TABLE examples (sections "SHOW CREATE TABLE Statement"). */
    @Test
    void showCreateTableMatchesTheManual() {
        db.run(createTable("t", col("id", type(TypeName.INT)).notNull().autoIncrement(),
                col("s", type(TypeName.CHAR, 60)), key(IndexKind.PRIMARY, null, "id")));
        assertThat(showCreate("t")).isEqualTo("""
                CREATE TABLE `t` (
                  `id` int NOT NULL AUTO_INCREMENT,
                  `s` char(60) DEFAULT NULL,
                  PRIMARY KEY (`id`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci""");

        db.run(createTable("t1",
                col("i1", type(TypeName.INT)), col("i2", type(TypeName.INT)),
                check(null, new BinaryOperation(BinaryOperator.NOT_EQUAL, ref("i1"), num(0))),
                check(null, gt(ref("i2"), ref("i1"))),
                new io.sprocket.sql.ast.CheckConstraint(null,
                        new BinaryOperation(BinaryOperator.NOT_EQUAL, ref("i2"), num(0)), false)));
        assertThat(showCreate("t1")).isEqualTo("""
                CREATE TABLE `t1` (
                  `i1` int DEFAULT NULL,
                  `i2` int DEFAULT NULL,
                  CONSTRAINT `t1_chk_1` CHECK ((`i1` <> 0)),
                  CONSTRAINT `t1_chk_2` CHECK ((`i2` > `i1`)),
                  CONSTRAINT `t1_chk_3` CHECK ((`i2` <> 0)) /*!80016 NOT ENFORCED */
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci""");
    }

    @Test
    void showCreateTableWithCollationDefaultsAndKeys() {
        db.run(createTable("t",
                col("id", type(TypeName.INT)).notNull().autoIncrement(),
                col("name", collated(TypeName.VARCHAR, 20, "utf8mb4_bin")),
                col("salary", type(TypeName.FLOAT)).dflt(num(0)),
                col("n", type(TypeName.DECIMAL, 5, 2)).notNull().dflt(num(1)),
                col("ts", type(TypeName.TIMESTAMP)).dflt(new FunctionCall(null, "CURRENT_TIMESTAMP", List.of()))
                        .onUpdate(new FunctionCall(null, "CURRENT_TIMESTAMP", List.of())),
                col("e", Ast.enumOf(TypeName.ENUM, "a", "b")).notNull().dflt(str("b")).comment("it's"),
                key(IndexKind.PRIMARY, null, "id"), key(IndexKind.INDEX, "k", "name"),
                key(IndexKind.UNIQUE, null, "n", "e"),
                check(null, gt(ref("id"), num(0)))));
        assertThat(showCreate("t")).isEqualTo("""
                CREATE TABLE `t` (
                  `id` int NOT NULL AUTO_INCREMENT,
                  `name` varchar(20) COLLATE utf8mb4_bin DEFAULT NULL,
                  `salary` float DEFAULT '0',
                  `n` decimal(5,2) NOT NULL DEFAULT '1.00',
                  `ts` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
                  `e` enum('a','b') NOT NULL DEFAULT 'b' COMMENT 'it''s',
                  PRIMARY KEY (`id`),
                  UNIQUE KEY `n` (`n`,`e`),
                  KEY `k` (`name`),
                  CONSTRAINT `t_chk_1` CHECK ((`id` > 0))
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci""");
    }

    @Test
    void createTableErrors() {
        db.run(createTable("t", col("a", type(TypeName.INT))));
        assertThat(error(() -> db.run(createTable("t", col("a", type(TypeName.INT))))).getMessage())
                .isEqualTo("Table 't' already exists");
        db.run(new io.sprocket.sql.ast.CreateTable(false, true, name("t"), List.of(col("a", type(TypeName.INT)).build()),
                List.of(), null, null, io.sprocket.sql.ast.DuplicateHandling.ERROR));
        assertThat(db.warnings).singleElement().satisfies(c -> assertThat(c.errno()).isEqualTo(1050));

        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.INT)), col("A", type(TypeName.INT)))))
                .getMessage()).isEqualTo("Duplicate column name 'A'");
        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.INT)).autoIncrement()))).errno())
                .isEqualTo(1075);
        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.INT)),
                key(IndexKind.PRIMARY, null, "a"), key(IndexKind.PRIMARY, null, "a")))).errno()).isEqualTo(1068);
        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.INT)), key(IndexKind.INDEX, "k", "a"),
                key(IndexKind.INDEX, "k", "a")))).getMessage()).isEqualTo("Duplicate key name 'k'");
        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.INT)), key(IndexKind.INDEX, null, "b"))))
                .getMessage()).isEqualTo("Key column 'b' doesn't exist in table");
        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.TEXT)), key(IndexKind.INDEX, null, "a"))))
                .getMessage()).isEqualTo("BLOB/TEXT column 'a' used in key specification without a key length");
        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.TEXT)).dflt(str("x"))))).errno())
                .isEqualTo(1101);
        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.VARCHAR, 20000))))).getMessage())
                .isEqualTo("Column length too big for column 'a' (max = 16383); use BLOB or TEXT instead");
        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.TINYINT)).dflt(num(1000))))).getMessage())
                .isEqualTo("Invalid default value for 'a'");
        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.INT)).notNull()
                .dflt(new io.sprocket.sql.ast.NullLiteral())))).errno()).isEqualTo(1067);
        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.INT)), check("c", gt(ref("a"), num(0))),
                check("c", gt(ref("a"), num(1)))))).getMessage()).isEqualTo("Duplicate check constraint name 'c'.");
        assertThat(error(() -> db.run(createTable("x"))).errno()).isEqualTo(1113);
        db.currentDatabase = null;
        assertThat(error(() -> db.run(createTable("x", col("a", type(TypeName.INT))))).errno()).isEqualTo(1046);
        assertThat(error(() -> db.run(new io.sprocket.sql.ast.CreateTable(false, false, new ObjectName("nodb", "x"),
                List.of(col("a", type(TypeName.INT)).build()), List.of(), null, null,
                io.sprocket.sql.ast.DuplicateHandling.ERROR))).getMessage()).isEqualTo("Unknown database 'nodb'");
    }

    @Test
    void generatedIndexNamesFollowMySql() {
        db.run(createTable("t", col("a", type(TypeName.INT)), col("b", type(TypeName.INT)),
                key(IndexKind.INDEX, null, "a"), key(IndexKind.INDEX, null, "a", "b"), key(IndexKind.UNIQUE, null, "b")));
        assertThat(db.catalog.table("d", "t").indexes()).extracting(IndexDef::name).containsExactly("b", "a", "a_2");
    }

    @Test
    void primaryKeyColumnsBecomeNotNull() {
        db.run(createTable("t", col("a", type(TypeName.INT)), key(IndexKind.PRIMARY, null, "a")));
        assertThat(db.catalog.table("d", "t").columns().get(0).nullable()).isFalse();
        assertThat(showCreate("t")).contains("`a` int NOT NULL,");
    }

    @Test
    void dropTableListsEveryMissingTable() {
        db.run(createTable("t", col("a", type(TypeName.INT))));
        SqlException e = error(() -> db.run(new DropTable(false, false, List.of(name("t"), name("x"), name("y")))));
        assertThat(e.errno()).isEqualTo(1051);
        assertThat(e.getMessage()).isEqualTo("Unknown table 'd.x,d.y'");
        assertThat(db.catalog.table("d", "t")).isNotNull();
        db.run(new DropTable(false, true, List.of(name("t"), name("x"))));
        assertThat(db.catalog.table("d", "t")).isNull();
        assertThat(db.warnings).singleElement().satisfies(c -> assertThat(c.message()).isEqualTo("Unknown table 'd.x'"));
    }

    @Test
    void renameTableSwapsAtomically() {
        db.run(createTable("a", col("x", type(TypeName.INT))));
        db.run(createTable("b", col("y", type(TypeName.INT))));
        db.run(new CreateDatabase(false, "e", List.of()));
        db.run(new RenameTable(List.of(new TableRename(name("a"), name("tmp")), new TableRename(name("b"), name("a")),
                new TableRename(name("tmp"), new ObjectName("e", "b")))));
        assertThat(db.catalog.table("d", "a").columns().get(0).name()).isEqualTo("y");
        assertThat(db.catalog.table("e", "b").columns().get(0).name()).isEqualTo("x");
        assertThat(db.catalog.table("d", "b")).isNull();
        assertThat(error(() -> db.run(new RenameTable(List.of(new TableRename(name("zz"), name("q")))))).errno())
                .isEqualTo(1146);
    }

    @Test
    void truncateResetsAutoIncrementAndRemovesRows() {
        db.run(createTable("t", col("id", type(TypeName.INT)).notNull().autoIncrement().primary()));
        insert("t", new Object[]{5L});
        assertThat(showCreate("t")).contains("AUTO_INCREMENT=6 ");
        db.run(new TruncateTable(name("t")));
        assertThat(rows("t")).isEmpty();
        assertThat(showCreate("t")).doesNotContain("AUTO_INCREMENT=");
    }

    @Test
    void alterTableAddColumnCopiesRowsAndKeepsTheCounter() {
        db.run(createTable("t", col("id", type(TypeName.INT)).notNull().autoIncrement().primary(),
                col("s", type(TypeName.VARCHAR, 10))));
        insert("t", new Object[]{1L, "a"});
        insert("t", new Object[]{2L, "b"});
        DdlResult r = db.run(new AlterTable(name("t"), List.of(
                new AddColumns(List.of(col("n", type(TypeName.INT)).notNull().dflt(num(7)).build()),
                        new ColumnPosition(false, "id")))));
        assertThat(r.affectedRows()).isZero();
        assertThat(r.info()).isEqualTo("Records: 0  Duplicates: 0  Warnings: 0");
        assertThat(rows("t")).containsExactly(List.of(1L, 7L, "a"), List.of(2L, 7L, "b"));
        assertThat(showCreate("t")).contains("`n` int NOT NULL DEFAULT '7',").contains("AUTO_INCREMENT=3 ");
        db.run(new AlterTable(name("t"), List.of(new DropColumn("n"))));
        assertThat(rows("t")).containsExactly(List.of(1L, "a"), List.of(2L, "b"));
        assertThat(error(() -> db.run(new AlterTable(name("t"), List.of(new DropColumn("zz"))))).getMessage())
                .isEqualTo("Can't DROP 'zz'; check that column/key exists");
    }

    @Test
    void alterTableModifyConvertsValuesStrictAndNot() {
        db.run(createTable("t", col("s", type(TypeName.VARCHAR, 10))));
        insert("t", new Object[]{"abcdef"});
        insert("t", new Object[]{"ab"});
        ModifyColumn shrink = new ModifyColumn(col("s", type(TypeName.VARCHAR, 3)).build(), null);
        SqlException e = error(() -> db.run(new AlterTable(name("t"), List.of(shrink))));
        assertThat(e.errno()).isEqualTo(1406);
        assertThat(e.getMessage()).isEqualTo("Data too long for column 's' at row 1");
        assertThat(rows("t")).hasSize(2);
        db.strict = false;
        DdlResult r = db.run(new AlterTable(name("t"), List.of(shrink)));
        assertThat(r.affectedRows()).isEqualTo(2);
        assertThat(r.info()).isEqualTo("Records: 2  Duplicates: 0  Warnings: 1");
        assertThat(rows("t")).containsExactly(List.of("abc"), List.of("ab"));
    }

    @Test
    void catalogSurvivesReopen() {
        db.run(createTable("t", List.of(new TableOption("COMMENT", "hello"), new TableOption("ROW_FORMAT", "dynamic")),
                col("id", type(TypeName.BIGINT)).notNull().autoIncrement(),
                col("u", Ast.unsigned(TypeName.INT)).dflt(num(3)),
                col("d", type(TypeName.DECIMAL, 10, 3)),
                col("f", type(TypeName.DOUBLE, 8, 2)),
                col("b", type(TypeName.BIT, 5)).dflt(new io.sprocket.sql.ast.BitLiteral("101", null)),
                col("c", collated(TypeName.CHAR, 3, "latin1_bin")),
                col("vb", type(TypeName.VARBINARY, 9)),
                col("tx", type(TypeName.MEDIUMTEXT)),
                col("bl", type(TypeName.BLOB)),
                col("st", Ast.enumOf(TypeName.SET, "x", "y")).dflt(str("x,y")),
                col("dt", type(TypeName.DATETIME, 3)).dfltExpr(new FunctionCall(null, "CURRENT_TIMESTAMP",
                        List.of(num(3)))),
                col("da", type(TypeName.DATE)).dflt(str("2020-01-02")),
                col("ti", type(TypeName.TIME, 2)).invisible(),
                col("y", type(TypeName.YEAR)),
                col("j", type(TypeName.JSON)),
                key(IndexKind.PRIMARY, null, "id"),
                key(IndexKind.INDEX, "p", List.of(Ast.part("c", 2, io.sprocket.sql.ast.SortOrder.DESC),
                        Ast.part("tx", 10, io.sprocket.sql.ast.SortOrder.ASC))),
                check("positive", gt(ref("u"), num(0)))));
        TableDef before = db.catalog.table("d", "t");
        String text = showCreate("t");
        db.reopen();
        TableDef after = db.catalog.table("d", "t");
        assertThat(after).isEqualTo(before);
        assertThat(showCreate("t")).isEqualTo(text);
        assertThat(db.catalog.database("d")).isEqualTo(new DatabaseDef("d",
                io.sprocket.engine.type.CollationRegistry.defaultCollation()));
    }

    private void insert(String table, Object[] row) {
        try (KvTransaction txn = db.store().begin()) {
            TableStore store = new TableStore(db.store(), db.catalog.table("d", table));
            store.insert(txn, row);
            txn.commit();
            store.flushAutoIncrement();
        }
    }

    private List<List<Object>> rows(String table) {
        List<List<Object>> out = new ArrayList<>();
        try (var reader = db.store().newSnapshotReader();
             RowCursor c = new TableStore(db.store(), db.catalog.table("d", table)).scan(reader, false, LockMode.NONE)) {
            while (c.next()) out.add(java.util.Arrays.asList(c.row().values()));
        }
        return out;
    }
}
