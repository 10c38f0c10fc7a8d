package io.sprocket.engine.function;

import io.sprocket.engine.error.Condition;
import io.sprocket.engine.error.Warnings;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A fake session for function tests: fixed clock, collected warnings, MySQL 8.0's default sql_mode. */
final class TestContext implements FunctionContext {
    final List<Condition> conditions = new ArrayList<>();
    final Set<SqlModeFlag> modes = EnumSet.of(SqlModeFlag.STRICT_TRANS_TABLES, SqlModeFlag.ERROR_FOR_DIVISION_BY_ZERO,
            SqlModeFlag.NO_ZERO_DATE, SqlModeFlag.NO_ZERO_IN_DATE, SqlModeFlag.ONLY_FULL_GROUP_BY);
    Instant start = Instant.parse("2024-03-15T10:20:30.123456Z");
    ZoneId zone = ZoneId.of("UTC");
    long lastInsertId;
    String database = "test";
    final MySqlRandom random = MySqlRandom.seeded(42);
    final NamedLocks locks;
    long connectionId = 7;
    volatile boolean interrupted;

    TestContext() {
        this(new NamedLocks());
    }

    TestContext(NamedLocks locks) {
        this.locks = locks;
    }

    @Override public Warnings warnings() { return conditions::add; }
    @Override public String currentDatabase() { return database; }
    @Override public String user() { return "root@localhost"; }
    @Override public String currentUser() { return "root@localhost"; }
    @Override public long connectionId() { return connectionId; }
    @Override public Instant statementStart() { return start; }
    @Override public ZoneId timeZone() { return zone; }
    @Override public boolean sqlMode(SqlModeFlag flag) { return modes.contains(flag); }
    @Override public long lastInsertId() { return lastInsertId; }
    @Override public void setLastInsertId(long value) { lastInsertId = value; }
    @Override public long rowCount() { return -1; }
    @Override public long foundRows() { return 3; }
    @Override public String characterSetConnection() { return "utf8mb4"; }
    @Override public String collationConnection() { return "utf8mb4_0900_ai_ci"; }
    @Override public int divPrecisionIncrement() { return 4; }
    @Override public long groupConcatMaxLen() { return 1024; }
    @Override public String version() { return "8.0.36-sprocket"; }
    @Override public MySqlRandom random() { return random; }
    @Override public NamedLocks namedLocks() { return locks; }
    @Override public boolean interrupted() { return interrupted; }

    /** Calls a registered scalar function by name the way the executor would. */
    Object call(String name, Object... args) {
        FunctionDefinition d = FunctionRegistry.standard().resolveScalar(name, args.length).orElseThrow();
        return d.bind(args.length).evaluate(args, this);
    }

    List<String> warningTexts() {
        return conditions.stream().map(c -> c.level().text() + " " + c.errno() + " " + c.message()).toList();
    }
}
