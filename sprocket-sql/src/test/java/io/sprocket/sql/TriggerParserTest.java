package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CREATE TRIGGER, DROP TRIGGER and SHOW TRIGGERS. */
class TriggerParserTest {

    private static CreateTrigger create(String sql) {
        return (CreateTrigger) Parser.parse(sql);
    }

    @Test
    void insSumFromTheManual() {
        CreateTrigger t = create("CREATE TRIGGER ins_sum BEFORE INSERT ON account\n"
                + "       FOR EACH ROW SET @sum = @sum + NEW.amount;");
        assertThat(t.definer()).isNull();
        assertThat(t.ifNotExists()).isFalse();
        assertThat(t.name()).isEqualTo(new ObjectName(null, "ins_sum"));
        assertThat(t.timing()).isEqualTo(TriggerTiming.BEFORE);
        assertThat(t.event()).isEqualTo(TriggerEvent.INSERT);
        assertThat(t.table()).isEqualTo(new ObjectName(null, "account"));
        assertThat(t.order()).isNull();
        assertThat(t.bodyText()).isEqualTo("SET @sum = @sum + NEW.amount");
        SetVariables set = (SetVariables) ((RoutineSqlStatement) t.body()).statement();
        UserVariableAssignment a = (UserVariableAssignment) set.assignments().getFirst();
        assertThat(a.value()).isEqualTo(new BinaryOperation(BinaryOperator.ADD, new UserVariable("sum"),
                new ColumnRef(null, "NEW", "amount")));
    }

    @Test
    void everyClause() {
        CreateTrigger t = create("CREATE DEFINER = 'admin'@'localhost' TRIGGER IF NOT EXISTS db.upd_check "
                + "AFTER UPDATE ON db.account FOR EACH ROW PRECEDES other BEGIN IF NEW.amount < 0 THEN "
                + "SET @neg = 1; END IF; END");
        assertThat(t.definer()).isEqualTo(new AccountRef("admin", "localhost"));
        assertThat(t.ifNotExists()).isTrue();
        assertThat(t.name()).isEqualTo(new ObjectName("db", "upd_check"));
        assertThat(t.timing()).isEqualTo(TriggerTiming.AFTER);
        assertThat(t.event()).isEqualTo(TriggerEvent.UPDATE);
        assertThat(t.table()).isEqualTo(new ObjectName("db", "account"));
        assertThat(t.order()).isEqualTo(new TriggerOrder(false, "other"));
        assertThat(t.body()).isInstanceOf(Block.class);
        assertThat(t.bodyText()).startsWith("BEGIN IF NEW.amount").endsWith("END IF; END");
    }

    @Test
    void followsAndCurrentUserDefiner() {
        CreateTrigger t = create("CREATE DEFINER = CURRENT_USER() TRIGGER d AFTER DELETE ON t FOR EACH ROW FOLLOWS x "
                + "DELETE FROM log WHERE id = OLD.id");
        assertThat(t.definer()).isNull();
        assertThat(t.event()).isEqualTo(TriggerEvent.DELETE);
        assertThat(t.order()).isEqualTo(new TriggerOrder(true, "x"));
        assertThat(((RoutineSqlStatement) t.body()).statement()).isInstanceOf(Delete.class);
    }

    @Test
    void setNewColumnIsAnAssignmentToAQualifiedName() {
        CreateTrigger t = create("CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1, new.`b` = 2");
        SetVariables set = (SetVariables) ((RoutineSqlStatement) t.body()).statement();
        assertThat(set.assignments()).extracting(a -> ((SystemVariableAssignment) a).name())
                .containsExactly("NEW.a", "new.b");
    }

    @Test
    void dropTrigger() {
        assertThat(Parser.parse("DROP TRIGGER IF EXISTS db.t1")).isEqualTo(new DropTrigger(true, new ObjectName("db", "t1")));
        assertThat(Parser.parse("DROP TRIGGER t1")).isEqualTo(new DropTrigger(false, new ObjectName(null, "t1")));
    }

    @Test
    void showTriggers() {
        assertThat(Parser.parse("SHOW TRIGGERS")).isEqualTo(new ShowTriggers(null, null));
        assertThat(Parser.parse("SHOW TRIGGERS FROM db LIKE 't%'")).isEqualTo(new ShowTriggers("db", new ShowLike("t%")));
        assertThat(Parser.parse("SHOW TRIGGERS IN db WHERE `Table` = 't'")).isInstanceOf(ShowTriggers.class);
        assertThat(Parser.parse("SHOW CREATE TRIGGER db.t1"))
                .isEqualTo(new ShowCreate(ShowCreateKind.TRIGGER, new ObjectName("db", "t1")));
    }

    @Test
    void definerRoutinesAreStillRoutines() {
        assertThat(Parser.parse("CREATE DEFINER = 'u'@'h' PROCEDURE p() SELECT 1")).isInstanceOf(CreateRoutine.class);
        assertThat(Parser.parse("CREATE DEFINER = CURRENT_USER FUNCTION f() RETURNS INT RETURN 1"))
                .isInstanceOf(CreateRoutine.class);
    }

    @Test
    void formatsAsShowCreateTriggerPrintsIt() {
        Statement t = Parser.parse("create definer='me'@'localhost' trigger ins_sum before insert on account "
                + "for each row follows x SET @sum = @sum + NEW.amount");
        assertThat(SqlFormatter.PLAIN.formatStatement(t)).isEqualTo("CREATE DEFINER=`me`@`localhost` TRIGGER `ins_sum` "
                + "BEFORE INSERT ON `account` FOR EACH ROW FOLLOWS `x` SET @sum = @sum + NEW.amount");
        assertThat(Parser.parse(SqlFormatter.PLAIN.formatStatement(t))).isEqualTo(t);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH STATEMENT SET @a = 1",
            "CREATE TRIGGER t INSTEAD OF INSERT ON x FOR EACH ROW SET @a = 1",
            "CREATE TRIGGER t BEFORE INSERT OR UPDATE ON x FOR EACH ROW SET @a = 1",
            "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW",
            "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW FOLLOWS SET @a = 1",
            "CREATE TRIGGER t BEFORE INSERT x FOR EACH ROW SET @a = 1",
            "CREATE TRIGGER BEFORE INSERT ON x FOR EACH ROW SET @a = 1",
            "DROP TRIGGER",
            "DROP TRIGGER IF t",
    })
    void syntaxErrors(String sql) {
        assertThatThrownBy(() -> Parser.parse(sql)).isInstanceOf(SqlSyntaxException.class);
    }

    /** What mysqldump / mariadb-dump write: the statement split over versioned comments. */
    @Test
    void dumpFormWithVersionedComments() {
        CreateTrigger t = create("/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER t_bi "
                + "BEFORE INSERT ON t FOR EACH ROW SET NEW.a = NEW.a + 1 */");
        assertThat(t.definer()).isEqualTo(new AccountRef("root", "localhost"));
        assertThat(t.name()).isEqualTo(new ObjectName(null, "t_bi"));
        assertThat(t.bodyText()).isEqualTo("SET NEW.a = NEW.a + 1");
    }
}
