package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CREATE / ALTER / DROP EVENT and SHOW EVENTS. */
class EventParserTest {

    @Test
    void createWithEveryClause() {
        CreateEvent e = (CreateEvent) Parser.parse("CREATE DEFINER = 'u'@'h' EVENT IF NOT EXISTS db.e ON SCHEDULE"
                + " EVERY '1:30' HOUR_MINUTE STARTS CURRENT_TIMESTAMP + INTERVAL 1 DAY ENDS '2037-01-01'"
                + " ON COMPLETION PRESERVE DISABLE ON SLAVE COMMENT 'c' DO BEGIN SELECT 1; END");
        assertThat(e.definer()).isEqualTo(new AccountRef("u", "h"));
        assertThat(e.ifNotExists()).isTrue();
        assertThat(e.name()).isEqualTo(new ObjectName("db", "e"));
        assertThat(e.schedule().recurring()).isTrue();
        assertThat(e.schedule().unit()).isEqualTo(IntervalUnit.HOUR_MINUTE);
        assertThat(e.schedule().starts()).isInstanceOf(DateArithmetic.class);
        assertThat(e.schedule().ends()).isNotNull();
        assertThat(e.preserve()).isTrue();
        assertThat(e.status()).isEqualTo(EventStatus.DISABLE_ON_REPLICA);
        assertThat(e.comment()).isEqualTo("c");
        assertThat(e.body()).isInstanceOf(Block.class);
        assertThat(e.bodyText()).isEqualTo("BEGIN SELECT 1; END");
    }

    @Test
    void createWithAtAndDefaults() {
        CreateEvent e = (CreateEvent) Parser.parse("CREATE EVENT e ON SCHEDULE AT '2037-01-01' + INTERVAL 1 HOUR"
                + " DO INSERT INTO t VALUES (1)");
        assertThat(e.definer()).isNull();
        assertThat(e.schedule().recurring()).isFalse();
        assertThat(e.schedule().at()).isInstanceOf(DateArithmetic.class);
        assertThat(e.preserve()).isNull();
        assertThat(e.status()).isNull();
        assertThat(e.comment()).isNull();
        assertThat(((RoutineSqlStatement) e.body()).statement()).isInstanceOf(Insert.class);
        assertThat(e.bodyText()).isEqualTo("INSERT INTO t VALUES (1)");
    }

    @Test
    void currentUserAsDefinerIsTheCreator() {
        CreateEvent e = (CreateEvent) Parser.parse("CREATE DEFINER = CURRENT_USER() EVENT e ON SCHEDULE AT '2037-01-01'"
                + " DO SELECT 1");
        assertThat(e.definer()).isNull();
        AlterEvent a = (AlterEvent) Parser.parse("ALTER DEFINER = CURRENT_USER EVENT e ENABLE");
        assertThat(a.definerGiven()).isTrue();
        assertThat(a.definer()).isNull();
    }

    @Test
    void alterTakesItsClausesInOrder() {
        AlterEvent a = (AlterEvent) Parser.parse("ALTER EVENT e ON SCHEDULE EVERY 2 DAY ON COMPLETION NOT PRESERVE"
                + " RENAME TO d2.f ENABLE COMMENT 'x' DO SELECT 2");
        assertThat(a.definerGiven()).isFalse();
        assertThat(a.schedule().unit()).isEqualTo(IntervalUnit.DAY);
        assertThat(a.preserve()).isFalse();
        assertThat(a.renameTo()).isEqualTo(new ObjectName("d2", "f"));
        assertThat(a.status()).isEqualTo(EventStatus.ENABLE);
        assertThat(a.comment()).isEqualTo("x");
        assertThat(a.bodyText()).isEqualTo("SELECT 2");
        AlterEvent only = (AlterEvent) Parser.parse("ALTER EVENT e DISABLE ON REPLICA");
        assertThat(only.status()).isEqualTo(EventStatus.DISABLE_ON_REPLICA);
        assertThat(only.schedule()).isNull();
        assertThat(only.body()).isNull();
    }

    @Test
    void drop() {
        assertThat(Parser.parse("DROP EVENT IF EXISTS db.e")).isEqualTo(new DropEvent(true, new ObjectName("db", "e")));
        assertThat(Parser.parse("DROP EVENT e")).isEqualTo(new DropEvent(false, new ObjectName(null, "e")));
    }

    @Test
    void showEvents() {
        assertThat(Parser.parse("SHOW EVENTS")).isEqualTo(new ShowEvents(null, null));
        assertThat(Parser.parse("SHOW EVENTS FROM db LIKE 'e%'")).isEqualTo(new ShowEvents("db", new ShowLike("e%")));
        assertThat(Parser.parse("SHOW EVENTS IN db WHERE Name = 'x'")).isInstanceOf(ShowEvents.class);
        assertThat(Parser.parse("SHOW CREATE EVENT db.e")).isEqualTo(
                new ShowCreate(ShowCreateKind.EVENT, new ObjectName("db", "e")));
    }

    @Test
    void definerOfOtherObjectsStillGoesToTheirParsers() {
        assertThat(Parser.parse("CREATE DEFINER = 'u'@'h' PROCEDURE p() SELECT 1")).isInstanceOf(CreateRoutine.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE EVENT e DO SELECT 1",
            "CREATE EVENT e ON SCHEDULE EVERY 1 DO SELECT 1",
            "CREATE EVENT e ON SCHEDULE EVERY 1 FORTNIGHT DO SELECT 1",
            "CREATE EVENT e ON SCHEDULE AT '2037-01-01' ENABLE ON COMPLETION PRESERVE DO SELECT 1",
            "CREATE EVENT e ON SCHEDULE AT '2037-01-01'",
            "CREATE EVENT e ON SCHEDULE AT '2037-01-01' DISABLE ON MASTER DO SELECT 1",
            "ALTER EVENT e",
            "ALTER EVENT e COMMENT 'c' RENAME TO f",
            "DROP EVENT"})
    void syntaxErrors(String sql) {
        assertThatThrownBy(() -> Parser.parse(sql)).isInstanceOf(SqlSyntaxException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE DEFINER=`u`@`h` EVENT IF NOT EXISTS `db`.`e` ON SCHEDULE EVERY 3 HOUR STARTS '2037-01-01' ENDS"
                    + " '2038-01-01' ON COMPLETION PRESERVE DISABLE ON SLAVE COMMENT 'it''s' DO BEGIN SELECT 1; END",
            "ALTER DEFINER=CURRENT_USER EVENT `e` ON SCHEDULE AT '2037-01-01' RENAME TO `f` ENABLE DO SELECT 1",
            "DROP EVENT IF EXISTS `e`",
            "SHOW EVENTS FROM `db` LIKE 'x%'"})
    void formattedTextParsesToTheSameTree(String sql) {
        Statement first = Parser.parse(sql);
        String text = SqlFormatter.PLAIN.formatStatement(first);
        assertThat(Parser.parse(text)).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE EVENT e ON SCHEDULE AT '2037-01-01' DO CREATE EVENT f ON SCHEDULE AT '2037-01-01' DO SELECT 1",
            "CREATE EVENT e ON SCHEDULE AT '2037-01-01' DO BEGIN ALTER EVENT f DO SELECT 1; END",
            "CREATE PROCEDURE p() CREATE EVENT f ON SCHEDULE AT '2037-01-01' DO SELECT 1"})
    void eventDdlWithABodyInsideAStoredProgramIs1576(String sql) {
        assertThatThrownBy(() -> Parser.parse(sql)).isInstanceOf(RoutineParseException.class)
                .hasMessage("Recursion of EVENT DDL statements is forbidden when body is present");
    }

    @Test
    void eventDdlWithoutABodyMayAppearInABody() {
        CreateEvent e = (CreateEvent) Parser.parse("CREATE EVENT e ON SCHEDULE AT '2037-01-01' DO BEGIN"
                + " ALTER EVENT f DISABLE; DROP EVENT IF EXISTS g; END");
        assertThat(e.body()).isInstanceOf(Block.class);
    }
}
