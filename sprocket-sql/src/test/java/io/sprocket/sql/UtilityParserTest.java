package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sprocket.sql.ExpressionParserTest.num;
import static org.assertj.core.api.Assertions.assertThat;

class UtilityParserTest {

    @Test
    void explain() {
        assertThat(Parser.parse("EXPLAIN FORMAT=TREE SELECT 1")).isInstanceOfSatisfying(Explain.class, e -> {
            assertThat(e.format()).isEqualTo("TREE");
            assertThat(e.statement()).isInstanceOf(Select.class);
        });
        assertThat(Parser.parse("EXPLAIN ANALYZE SELECT 1")).isInstanceOfSatisfying(Explain.class, e -> assertThat(e.analyze()).isTrue());
        assertThat(Parser.parse("EXPLAIN UPDATE t SET a = 1")).isInstanceOfSatisfying(Explain.class,
                e -> assertThat(e.statement()).isInstanceOf(Update.class));
    }

    @Test
    void kill() {
        assertThat(Parser.parse("KILL 5")).isEqualTo(new Kill(false, num(5)));
        assertThat(Parser.parse("KILL CONNECTION 5")).isEqualTo(new Kill(false, num(5)));
        assertThat(Parser.parse("KILL QUERY 7")).isEqualTo(new Kill(true, num(7)));
    }

    @Test
    void flushLockAndMaintenance() {
        assertThat(Parser.parse("FLUSH PRIVILEGES")).isEqualTo(new Flush(false, List.of("PRIVILEGES")));
        assertThat(Parser.parse("FLUSH LOCAL TABLES, STATUS")).isEqualTo(new Flush(true, List.of("TABLES", "STATUS")));
        assertThat(Parser.parse("LOCK TABLES t READ, u AS x WRITE, v READ LOCAL, w LOW_PRIORITY WRITE"))
                .isEqualTo(new LockTables(List.of(
                        new TableLock(new ObjectName(null, "t"), null, TableLockType.READ),
                        new TableLock(new ObjectName(null, "u"), "x", TableLockType.WRITE),
                        new TableLock(new ObjectName(null, "v"), null, TableLockType.READ_LOCAL),
                        new TableLock(new ObjectName(null, "w"), null, TableLockType.LOW_PRIORITY_WRITE))));
        assertThat(Parser.parse("UNLOCK TABLES")).isEqualTo(new UnlockTables());
        assertThat(Parser.parse("ANALYZE NO_WRITE_TO_BINLOG TABLE a, b")).isEqualTo(new TableMaintenance(
                MaintenanceOperation.ANALYZE, List.of(new ObjectName(null, "a"), new ObjectName(null, "b")), List.of()));
        assertThat(Parser.parse("CHECK TABLE t FOR UPGRADE")).isEqualTo(new TableMaintenance(
                MaintenanceOperation.CHECK, List.of(new ObjectName(null, "t")), List.of("FOR UPGRADE")));
        assertThat(Parser.parse("OPTIMIZE TABLE t")).isInstanceOf(TableMaintenance.class);
        assertThat(Parser.parse("CHECKSUM TABLE t EXTENDED")).isInstanceOf(TableMaintenance.class);
        assertThat(Parser.parse("HELP 'select'")).isEqualTo(new Help("select"));
    }
}
