package io.sprocket.engine.catalog;

import static io.sprocket.engine.catalog.Ast.check;
import static io.sprocket.engine.catalog.Ast.col;
import static io.sprocket.engine.catalog.Ast.createTable;
import static io.sprocket.engine.catalog.Ast.gt;
import static io.sprocket.engine.catalog.Ast.key;
import static io.sprocket.engine.catalog.Ast.name;
import static io.sprocket.engine.catalog.Ast.num;
import static io.sprocket.engine.catalog.Ast.ref;
import static io.sprocket.engine.catalog.Ast.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.row.TableStore;
import io.sprocket.engine.type.SqlType;
import io.sprocket.sql.ast.AddCheckConstraint;
import io.sprocket.sql.ast.AddIndex;
import io.sprocket.sql.ast.AlterTable;
import io.sprocket.sql.ast.BinaryOperation;
import io.sprocket.sql.ast.BinaryOperator;
import io.sprocket.sql.ast.ChangeColumn;
import io.sprocket.sql.ast.CreateDatabase;
import io.sprocket.sql.ast.CreateIndex;
import io.sprocket.sql.ast.CreateTable;
import io.sprocket.sql.ast.DropColumn;
import io.sprocket.sql.ast.DropIndex;
import io.sprocket.sql.ast.DropPrimaryKey;
import io.sprocket.sql.ast.DuplicateHandling;
import io.sprocket.sql.ast.IndexKind;
import io.sprocket.sql.ast.ModifyColumn;
import io.sprocket.sql.ast.RenameColumn;
import io.sprocket.sql.ast.RenameIndex;
import io.sprocket.sql.ast.TypeName;
import io.sprocket.storage.KvTransaction;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DdlAlterAndCopyTest {
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

    private void insert(String table, Object... row) {
        try (KvTransaction txn = db.store().begin()) {
            TableStore store = new TableStore(db.store(), db.catalog.table("d", table));
            store.insert(txn, row);
            txn.commit();
            store.flushAutoIncrement();
        }
    }

    /** Affected rows and info as the conformance corpus records them (ddl_table.test). */
    @Test
    void inPlaceChangesReportNoRowsAndCopiesReportThem() {
        db.run(createTable("t1", col("id", type(TypeName.INT)).notNull().primary(), col("name", type(TypeName.VARCHAR, 20)),
                col("score", type(TypeName.DECIMAL, 5, 2))));
        insert("t1", 1L, "a", null);
        insert("t1", 2L, "b", null);
        DdlResult r = db.run(new AlterTable(name("t1"),
                List.of(new ModifyColumn(col("name", type(TypeName.VARCHAR, 30)).notNull().build(), null))));
        assertThat(r.affectedRows()).isZero();
        assertThat(r.info()).isEqualTo("Records: 0  Duplicates: 0  Warnings: 0");
        r = db.run(new AlterTable(name("t1"),
                List.of(new ChangeColumn("score", col("points", type(TypeName.DECIMAL, 6, 2)).build(), null))));
        assertThat(r.affectedRows()).isEqualTo(2);
        assertThat(r.info()).isEqualTo("Records: 2  Duplicates: 0  Warnings: 0");
        assertThat(db.catalog.table("d", "t1").columnIndex("points")).isEqualTo(2);
        r = db.run(new CreateIndex(key(IndexKind.INDEX, "idx_name", "name"), name("t1")));
        assertThat(r.info()).isEqualTo("Records: 0  Duplicates: 0  Warnings: 0");
        assertThat(error(() -> db.run(new CreateIndex(key(IndexKind.INDEX, "idx_name", "points"), name("t1")))).errno())
                .isEqualTo(1061);
        db.run(new DropIndex("idx_name", name("t1")));
        assertThat(error(() -> db.run(new DropIndex("idx_name", name("t1")))).getMessage())
                .isEqualTo("Can't DROP 'idx_name'; check that column/key exists");
    }

    @Test
    void uniqueIndexOverDuplicatesFailsTheAlter() {
        db.run(createTable("t", col("a", type(TypeName.INT)), col("b", type(TypeName.INT))));
        insert("t", 1L, 5L);
        insert("t", 2L, 5L);
        SqlException e = error(() -> db.run(new AlterTable(name("t"), List.of(new AddIndex(key(IndexKind.UNIQUE, "u", "b"))))));
        assertThat(e.getMessage()).isEqualTo("Duplicate entry '5' for key 't.u'");
        assertThat(db.catalog.table("d", "t").indexes()).isEmpty();
    }

    @Test
    void checksAreValidatedOnCopyAndGuardTheirColumns() {
        db.run(createTable("t", col("a", type(TypeName.INT)), col("b", type(TypeName.INT)),
                check(null, gt(ref("a"), num(0))),
                check("both", gt(ref("a"), ref("b")))));
        insert("t", 1L, 0L);
        db.checked.clear();
        db.run(new AlterTable(name("t"), List.of(new AddCheckConstraint(check(null, gt(ref("b"), num(-1)))))));
        assertThat(db.checked).hasSize(1);
        assertThat(db.catalog.table("d", "t").checks()).extracting(CheckDef::name)
                .containsExactly("t_chk_1", "both", "t_chk_2");
        assertThat(error(() -> db.run(new AlterTable(name("t"), List.of(new RenameColumn("a", "z"))))).getMessage())
                .isEqualTo("Check constraint 't_chk_1' uses column 'a', hence column cannot be dropped or renamed.");
        assertThat(error(() -> db.run(new AlterTable(name("t"), List.of(new DropColumn("b"))))).errno())
                .isEqualTo(3959);
        db.run(new AlterTable(name("t"), List.of(new io.sprocket.sql.ast.DropCheckConstraint("both"))));
        db.run(new AlterTable(name("t"), List.of(new DropColumn("b"))));
        // A check on the dropped column alone goes with it.
        assertThat(db.catalog.table("d", "t").checks()).extracting(CheckDef::name).containsExactly("t_chk_1");
        assertThat(error(() -> db.run(new AlterTable(name("t"),
                List.of(new io.sprocket.sql.ast.DropCheckConstraint("nope"))))).errno()).isEqualTo(3821);
        assertThat(error(() -> db.run(new AlterTable(name("t"), List.of(new DropColumn("a"))))).errno())
                .isEqualTo(1090);
    }

    @Test
    void renameIndexAndDropPrimaryKey() {
        db.run(createTable("t", col("a", type(TypeName.INT)).primary(), col("b", type(TypeName.INT)),
                key(IndexKind.INDEX, "k", "b")));
        db.run(new AlterTable(name("t"), List.of(new RenameIndex("k", "k2"), new DropPrimaryKey())));
        assertThat(db.catalog.table("d", "t").indexes()).extracting(IndexDef::name).containsExactly("k2");
        assertThat(error(() -> db.run(new AlterTable(name("t"), List.of(new DropPrimaryKey())))).getMessage())
                .isEqualTo("Can't DROP 'PRIMARY'; check that column/key exists");
        assertThat(error(() -> db.run(new AlterTable(name("t"), List.of(new RenameIndex("zz", "y"))))).getMessage())
                .isEqualTo("Key 'zz' doesn't exist in table 't'");
    }

    @Test
    void createTableLikeAndAsSelectHook() {
        db.run(createTable("src", col("id", type(TypeName.INT)).notNull().autoIncrement().primary(),
                col("v", type(TypeName.VARCHAR, 5)), check(null, gt(ref("id"), num(0)))));
        db.run(new CreateTable(false, false, name("copy"), List.of(), List.of(), name("src"), null,
                DuplicateHandling.ERROR));
        TableDef copy = db.catalog.table("d", "copy");
        assertThat(copy.columns()).isEqualTo(db.catalog.table("d", "src").columns());
        assertThat(copy.checks()).extracting(CheckDef::name).containsExactly("copy_chk_1");
        assertThat(copy.id()).isNotEqualTo(db.catalog.table("d", "src").id());

        DdlResult r;
        try (KvTransaction txn = db.store().begin()) {
            CreateTable ctas = createTable("t3", col("extra", type(TypeName.INT)).dflt(num(1)));
            r = DdlExecutor.createTableAs(db.context(txn), ctas, List.of(
                    new ColumnDef("id", SqlType.INT, false, 0L, true, null, false, false, "", false),
                    new ColumnDef("extra", SqlType.BIGINT, true, null, true, null, false, false, "", false)));
            txn.commit();
        }
        TableDef t3 = r.catalog().table("d", "t3");
        assertThat(t3.columns()).extracting(ColumnDef::name).containsExactly("extra", "id");
        assertThat(t3.columns().get(0).type()).isEqualTo(SqlType.INT);
    }

    @Test
    void temporaryTablesStayOutOfTheCatalog() {
        TableDef tmp;
        try (KvTransaction txn = db.store().begin()) {
            tmp = DdlExecutor.createTemporaryTable(db.context(txn), new CreateTable(true, false, name("tmp"),
                    List.of(col("a", type(TypeName.INT)).build()), List.of(), null, null, DuplicateHandling.ERROR), null);
            new TableStore(db.store(), tmp).insert(txn, new Object[]{5L});
            txn.commit();
        }
        assertThat(db.loadCatalog().table("d", "tmp")).isNull();
        assertThat(tmp.id()).isPositive();
        try (KvTransaction txn = db.store().begin()) {
            DdlExecutor.dropTemporaryTable(db.context(txn), tmp);
            txn.commit();
        }
    }

    @Test
    void deprecatedDisplayWidthWarns() {
        db.run(createTable("t", col("a", type(TypeName.INT, 11)), col("b", type(TypeName.TINYINT, 1))));
        assertThat(db.warnings).singleElement().satisfies(c -> {
            assertThat(c.errno()).isEqualTo(1681);
            assertThat(c.message()).isEqualTo("Integer display width is deprecated and will be removed in a future release.");
        });
        assertThat(ShowCreate.column(db.catalog.table("d", "t"), db.catalog.table("d", "t").columns().get(0)))
                .isEqualTo("`a` int DEFAULT NULL");
    }

    @Test
    void modifyToNotNullOverNullsIsAnErrorWhenStrict() {
        db.run(createTable("t", col("a", type(TypeName.INT))));
        insert("t", (Object) null);
        ModifyColumn m = new ModifyColumn(col("a", type(TypeName.INT)).notNull().build(), null);
        assertThat(error(() -> db.run(new AlterTable(name("t"), List.of(m)))).errno()).isEqualTo(1138);
        db.strict = false;
        DdlResult r = db.run(new AlterTable(name("t"), List.of(m)));
        assertThat(r.info()).isEqualTo("Records: 0  Duplicates: 0  Warnings: 1");
        assertThat(db.warnings).singleElement().satisfies(c -> assertThat(c.message())
                .isEqualTo("Data truncated for column 'a' at row 1"));
    }

    @Test
    void collationsInheritAndConvert() {
        db.run(new CreateDatabase(false, "l", List.of(new io.sprocket.sql.ast.DatabaseOption(
                io.sprocket.sql.ast.DatabaseOptionKind.COLLATE, "latin1_bin"))));
        db.currentDatabase = "l";
        db.run(createTable("t", col("a", type(TypeName.VARCHAR, 5)),
                col("b", new io.sprocket.sql.ast.DataType(TypeName.CHAR, 2, null, false, false, "utf8mb4", null, false,
                        List.of()))));
        TableDef t = db.catalog.table("l", "t");
        assertThat(t.collation().name()).isEqualTo("latin1_bin");
        assertThat(t.columns().get(0).type().collation().name()).isEqualTo("latin1_bin");
        // A non-default collation is named on every column, as in MySQL 8.0 dumps of utf8mb4_unicode_ci tables.
        assertThat(ShowCreate.table(t, 1)).isEqualTo("""
                CREATE TABLE `t` (
                  `a` varchar(5) COLLATE latin1_bin DEFAULT NULL,
                  `b` char(2) CHARACTER SET utf8mb4 DEFAULT NULL
                ) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_bin""");
        DdlResult r = db.run(new AlterTable(name("t"), List.of(new io.sprocket.sql.ast.ConvertToCharset("utf8mb4", null))));
        TableDef converted = db.catalog.table("l", "t");
        assertThat(converted.collation().name()).isEqualTo("utf8mb4_0900_ai_ci");
        assertThat(converted.columns()).allSatisfy(c -> assertThat(c.type().collation().name())
                .isEqualTo("utf8mb4_0900_ai_ci"));
        assertThat(r.info()).startsWith("Records: 0");
    }

    @Test
    void alterAutoIncrementOptionMovesTheCounter() {
        db.run(createTable("t", col("id", type(TypeName.INT)).notNull().autoIncrement().primary()));
        insert("t", 3L);
        db.run(new AlterTable(name("t"), List.of(new io.sprocket.sql.ast.SetTableOptions(List.of(
                new io.sprocket.sql.ast.TableOption("AUTO_INCREMENT", "100"),
                new io.sprocket.sql.ast.TableOption("ENGINE", "innodb"))))));
        TableDef t = db.catalog.table("d", "t");
        assertThat(new TableStore(db.store(), t).nextAutoIncrement()).isEqualTo(100);
        assertThat(new TableStore(db.store(), t).allocateAutoIncrement(1)).isEqualTo(100);
    }

    @Test
    void checkConstraintsMustNameExistingColumns() {
        assertThat(error(() -> db.run(createTable("t", col("a", type(TypeName.INT)), check(null, gt(ref("b"), num(0))))))
                .getMessage()).isEqualTo("Unknown column 'b' in 'check constraint t_chk_1 expression'");
        io.sprocket.sql.ast.ColumnDefinition a = new io.sprocket.sql.ast.ColumnDefinition("a", type(TypeName.INT),
                io.sprocket.sql.ast.Nullability.UNSPECIFIED, null, false, null, false, io.sprocket.sql.ast.ColumnKey.NONE,
                null, null, false, List.of(check(null, gt(ref("b"), num(0)))), null);
        assertThat(error(() -> db.run(createTable("t", a, col("b", type(TypeName.INT))))).getMessage())
                .isEqualTo("Column check constraint 't_chk_1' references other column.");
    }

    @Test
    void keysLongerThanInnoDbAllowsAreRejected() {
        assertThat(error(() -> db.run(createTable("t", col("a", type(TypeName.VARCHAR, 1000)),
                key(IndexKind.UNIQUE, null, "a")))).getMessage())
                .isEqualTo("Specified key was too long; max key length is 3072 bytes");
        db.run(createTable("t", col("a", type(TypeName.VARCHAR, 768)), key(IndexKind.UNIQUE, null, "a")));
    }

    @Test
    void foreignKeysAreKeptShownAndGuarded() {
        db.run(createTable("p", col("id", type(TypeName.INT)).primary()));
        db.run(createTable("c", col("id", type(TypeName.INT)).primary(), col("pid", type(TypeName.INT)),
                new io.sprocket.sql.ast.ForeignKey(null, null, List.of("pid"), new io.sprocket.sql.ast.References(
                        name("p"), List.of("id"), null, io.sprocket.sql.ast.ReferentialAction.CASCADE,
                        io.sprocket.sql.ast.ReferentialAction.UNSPECIFIED))));
        db.reopen();
        TableDef c = db.catalog.table("d", "c");
        // InnoDB adds an index named after the first column for the foreign key.
        assertThat(ShowCreate.table(c, 1)).isEqualTo("""
                CREATE TABLE `c` (
                  `id` int NOT NULL,
                  `pid` int DEFAULT NULL,
                  PRIMARY KEY (`id`),
                  KEY `pid` (`pid`),
                  CONSTRAINT `c_ibfk_1` FOREIGN KEY (`pid`) REFERENCES `p` (`id`) ON DELETE CASCADE
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci""");
        assertThat(error(() -> db.run(new io.sprocket.sql.ast.DropTable(false, false, List.of(name("p"))))).getMessage())
                .isEqualTo("Cannot drop table 'p' referenced by a foreign key constraint 'c_ibfk_1' on table 'c'.");
        assertThat(error(() -> db.run(new AlterTable(name("c"), List.of(new DropColumn("pid"))))).getMessage())
                .isEqualTo("Cannot drop column 'pid': needed in a foreign key constraint 'c_ibfk_1'");
        db.run(new io.sprocket.sql.ast.RenameTable(List.of(new io.sprocket.sql.ast.TableRename(name("c"), name("c2")))));
        assertThat(db.catalog.table("d", "c2").foreignKeys().get(0).name()).isEqualTo("c2_ibfk_1");
        db.run(new AlterTable(name("p"), List.of(new io.sprocket.sql.ast.RenameTo(name("parent")))));
        assertThat(db.catalog.table("d", "c2").foreignKeys().get(0).referencedTable()).isEqualTo("parent");
        db.run(new AlterTable(name("c2"), List.of(new io.sprocket.sql.ast.DropForeignKey("c2_ibfk_1"))));
        db.run(new io.sprocket.sql.ast.DropTable(false, false, List.of(name("parent"))));
    }

    @Test
    void mysqlOrdersUniqueKeysBeforePlainKeys() {
        db.run(createTable("t", col("a", type(TypeName.INT)), col("b", type(TypeName.INT)).notNull(),
                key(IndexKind.INDEX, "k", "a"), key(IndexKind.UNIQUE, "u_null", "a"), key(IndexKind.UNIQUE, "u_nn", "b")));
        assertThat(db.catalog.table("d", "t").indexes()).extracting(IndexDef::name)
                .containsExactly("u_nn", "u_null", "k");
        assertThat(new BinaryOperation(BinaryOperator.AND, num(1), num(2))).isNotNull();
    }
}
