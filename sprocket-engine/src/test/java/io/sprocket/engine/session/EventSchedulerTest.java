package io.sprocket.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event scheduler runs due events (event_scheduler is ON by default, as in MySQL 8.0). Execution is
 * time-dependent, so each test polls for the event's effect with a bound of 10 seconds and asserts nothing about
 * timing beyond "eventually".
 */
class EventSchedulerTest {
    private static final long BOUND_MILLIS = 10_000;

    @TempDir
    Path dir;

    /** Polls {@code condition} until it holds or the bound passes; returns whether it held. */
    private static boolean eventually(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + BOUND_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (condition.get()) return true;
            Thread.sleep(100);
        }
        return condition.get();
    }

    @Test
    void oneTimeEventRunsAsItsDefinerAndIsDroppedAfterwards() throws Exception {
        try (TestSession root = TestSession.withDatabase(dir)) {
            root.run("CREATE TABLE t (who VARCHAR(100), cu VARCHAR(100))");
            root.run("CREATE USER 'ev'@'%'");
            root.run("GRANT INSERT ON d.* TO 'ev'@'%'");
            assertThat(root.run("CREATE DEFINER = 'ev'@'%' EVENT e1 ON SCHEDULE AT CURRENT_TIMESTAMP + INTERVAL 1 SECOND"
                    + " DO INSERT INTO t VALUES ('e1', CURRENT_USER())")).containsExactly("ok 0");
            assertThat(eventually(() -> root.run("SELECT cu FROM t WHERE who = 'e1'").size() == 2)).isTrue();
            assertThat(root.run("SELECT cu FROM t WHERE who = 'e1'")).containsExactly("cu", "ev@%");
            // ON COMPLETION NOT PRESERVE (the default): a one-time event is dropped after it ran
            assertThat(eventually(() -> root.run("SELECT COUNT(*) FROM information_schema.EVENTS").get(1).equals("0")))
                    .isTrue();
        }
    }

    @Test
    void preservedOneTimeEventBecomesDisabledWithLastExecuted() throws Exception {
        try (TestSession root = TestSession.withDatabase(dir)) {
            root.run("CREATE TABLE t (n INT)");
            root.run("CREATE EVENT e2 ON SCHEDULE AT CURRENT_TIMESTAMP + INTERVAL 1 SECOND ON COMPLETION PRESERVE"
                    + " DO INSERT INTO t VALUES (2)");
            assertThat(eventually(() -> root.run("SELECT STATUS, LAST_EXECUTED IS NOT NULL FROM"
                    + " information_schema.EVENTS WHERE EVENT_NAME = 'e2'").get(1).equals("DISABLED\t1"))).isTrue();
            assertThat(eventually(() -> root.run("SELECT COUNT(*) FROM t").get(1).equals("1"))).isTrue();
        }
    }

    @Test
    void recurringEventRunsRepeatedlyAndBodyErrorsLeaveItInPlace() throws Exception {
        try (TestSession root = TestSession.withDatabase(dir)) {
            root.run("CREATE TABLE t (n INT)");
            root.run("CREATE EVENT e3 ON SCHEDULE EVERY 1 SECOND DO BEGIN INSERT INTO t VALUES (3); END");
            // a body that fails every time: logged, and the event stays
            root.run("CREATE EVENT e4 ON SCHEDULE EVERY 1 SECOND DO INSERT INTO no_such_table VALUES (1)");
            assertThat(eventually(() -> Long.parseLong(root.run("SELECT COUNT(*) FROM t").get(1)) >= 2)).isTrue();
            assertThat(root.run("SELECT EVENT_NAME, STATUS FROM information_schema.EVENTS ORDER BY EVENT_NAME"))
                    .containsExactly("EVENT_NAME\tSTATUS", "e3\tENABLED", "e4\tENABLED");
            assertThat(root.run("SELECT LAST_EXECUTED IS NOT NULL FROM information_schema.EVENTS WHERE EVENT_NAME = 'e4'"))
                    .containsExactly("LAST_EXECUTED IS NOT NULL", "1");
        }
    }

    @Test
    void orphanAndDisabledEventsDoNotRun() throws Exception {
        try (TestSession root = TestSession.withDatabase(dir)) {
            root.run("CREATE TABLE t (who VARCHAR(10))");
            List<String> orphan = root.run("CREATE DEFINER = 'gone'@'%' EVENT orphan ON SCHEDULE EVERY 1 SECOND"
                    + " DO INSERT INTO t VALUES ('orphan')");
            assertThat(orphan).containsExactly("ok 0");
            assertThat(root.run("SHOW WARNINGS")).contains(
                    "Note\t1449\tThe user specified as a definer ('gone'@'%') does not exist");
            root.run("CREATE EVENT off ON SCHEDULE EVERY 1 SECOND DISABLE DO INSERT INTO t VALUES ('off')");
            // a witness that the scheduler did run meanwhile
            root.run("CREATE EVENT witness ON SCHEDULE EVERY 1 SECOND STARTS CURRENT_TIMESTAMP + INTERVAL 2 SECOND"
                    + " DO INSERT INTO t VALUES ('witness')");
            assertThat(eventually(() -> root.run("SELECT COUNT(*) FROM t WHERE who = 'witness'").get(1).equals("2")
                    || Long.parseLong(root.run("SELECT COUNT(*) FROM t WHERE who = 'witness'").get(1)) > 2)).isTrue();
            assertThat(root.run("SELECT COUNT(*) FROM t WHERE who <> 'witness'")).containsExactly("COUNT(*)", "0");
            // the orphan's attempts are recorded and it stays, as MySQL's does
            assertThat(root.run("SELECT STATUS, LAST_EXECUTED IS NOT NULL FROM information_schema.EVENTS"
                    + " WHERE EVENT_NAME = 'orphan'")).containsExactly("STATUS\tLAST_EXECUTED IS NOT NULL", "ENABLED\t1");
        }
    }

    @Test
    void schedulerOffRunsNothingUntilSwitchedOn() throws Exception {
        try (TestSession root = TestSession.withDatabase(dir)) {
            root.run("CREATE TABLE t (n INT)");
            root.run("SET GLOBAL event_scheduler = OFF");
            root.run("CREATE EVENT e5 ON SCHEDULE EVERY 1 SECOND DO INSERT INTO t VALUES (5)");
            Thread.sleep(2500);
            assertThat(root.run("SELECT COUNT(*) FROM t")).containsExactly("COUNT(*)", "0");
            root.run("SET GLOBAL event_scheduler = ON");
            assertThat(eventually(() -> !root.run("SELECT COUNT(*) FROM t").get(1).equals("0"))).isTrue();
        }
    }

    @Test
    void eventsSurviveARestart() throws Exception {
        try (TestSession root = TestSession.withDatabase(dir)) {
            root.run("CREATE EVENT kept ON SCHEDULE EVERY '1:30' HOUR_MINUTE STARTS '2037-01-01 00:00:00'"
                    + " ON COMPLETION PRESERVE DISABLE COMMENT 'c' DO BEGIN SELECT 1; END");
        }
        try (TestSession root = new TestSession(dir)) {
            assertThat(root.run("SHOW CREATE EVENT d.kept").get(1)).contains(
                    "CREATE DEFINER=`root`@`localhost` EVENT `kept` ON SCHEDULE EVERY '1:30' HOUR_MINUTE STARTS"
                            + " '2037-01-01 00:00:00' ON COMPLETION PRESERVE DISABLE COMMENT 'c' DO BEGIN SELECT 1; END");
            root.run("DROP DATABASE d");
            assertThat(root.run("SELECT COUNT(*) FROM information_schema.EVENTS")).containsExactly("COUNT(*)", "0");
        }
        try (TestSession root = new TestSession(dir)) {
            // DROP DATABASE removed the stored definition too
            assertThat(root.run("SELECT COUNT(*) FROM information_schema.EVENTS")).containsExactly("COUNT(*)", "0");
        }
    }

    @Test
    void bodyRunsWithTheEventsDatabaseAndSettings() throws Exception {
        try (TestSession root = TestSession.withDatabase(dir)) {
            root.run("CREATE TABLE t (tz VARCHAR(20), mode VARCHAR(200), db VARCHAR(20), cu VARCHAR(50))");
            root.run("SET time_zone = '+05:00'");
            root.run("SET sql_mode = 'ANSI_QUOTES'");
            assertThat(root.run("CREATE EVENT e6 ON SCHEDULE AT CURRENT_TIMESTAMP + INTERVAL 1 SECOND DO"
                    + " INSERT INTO t VALUES (@@session.time_zone, @@session.sql_mode, DATABASE(), CURRENT_USER())"))
                    .containsExactly("ok 0");
            root.run("SET time_zone = DEFAULT");
            root.run("SET sql_mode = DEFAULT");
            root.run("USE mysql");
            assertThat(eventually(() -> root.run("SELECT COUNT(*) FROM d.t").get(1).equals("1"))).isTrue();
            assertThat(root.run("SELECT * FROM d.t")).containsExactly("tz\tmode\tdb\tcu",
                    "+05:00\tANSI_QUOTES\td\troot@localhost");
        }
    }

    @Test
    void disabledAtStartupCannotBeSwitched() throws Exception {
        try (var engine = io.sprocket.engine.Engine.open(new io.sprocket.engine.EngineConfig(dir,
                java.util.Map.of("event_scheduler", "DISABLED")))) {
            var session = engine.open(engine.nextConnectionId(), new ClientInfo(
                    io.sprocket.engine.security.AccountName.ROOT, io.sprocket.engine.security.AccountName.ROOT, null,
                    true, true, false, 255));
            try (TestSession root = new TestSession(engine, session)) {
                assertThat(root.run("SELECT @@GLOBAL.event_scheduler")).containsExactly("@@GLOBAL.event_scheduler",
                        "DISABLED");
                assertThat(root.run("SET GLOBAL event_scheduler = ON")).containsExactly("error 1290 The MySQL server is"
                        + " running with the --event-scheduler=DISABLED or --skip-grant-tables option so it cannot"
                        + " execute this statement");
                // events can still be defined; none runs
                root.run("CREATE DATABASE d");
                root.run("CREATE TABLE d.t (n INT)");
                assertThat(root.run("CREATE EVENT d.e ON SCHEDULE EVERY 1 SECOND DO INSERT INTO d.t VALUES (1)"))
                        .containsExactly("ok 0");
                Thread.sleep(2000);
                assertThat(root.run("SELECT COUNT(*) FROM d.t")).containsExactly("COUNT(*)", "0");
            }
        }
    }
}
