package io.sprocket.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.SqlType;
import io.sprocket.engine.type.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionRegistryTest {
    private final FunctionRegistry registry = FunctionRegistry.standard();

    @Test
    void lookupIsCaseInsensitive() {
        assertThat(registry.scalar("CoNcAt")).isPresent();
        assertThat(registry.scalar("UCASE").orElseThrow().name()).isEqualTo("ucase");
        assertThat(registry.scalar("no_such_function")).isEmpty();
        assertThat(registry.aggregate("Group_Concat")).isPresent();
        assertThat(registry.window("ROW_NUMBER")).isPresent();
        assertThat(registry.isBuiltin("json_arrayagg")).isTrue();
    }

    @Test
    void wrongArgumentCountIs1582() {
        // select left('a') -> ERROR 1582 (42000): Incorrect parameter count in the call to native function 'left'
        assertThatThrownBy(() -> registry.resolveScalar("LEFT", 1))
                .isInstanceOfSatisfying(SqlException.class, e -> {
                    assertThat(e.errno()).isEqualTo(1582);
                    assertThat(e.sqlState()).isEqualTo("42000");
                    assertThat(e.getMessage()).isEqualTo("Incorrect parameter count in the call to native function 'left'");
                });
        assertThat(registry.resolveScalar("concat", 20)).isPresent();
        assertThatThrownBy(() -> registry.resolveScalar("pi", 1)).isInstanceOf(SqlException.class);
    }

    @Test
    void determinism() {
        assertThat(registry.scalar("rand").orElseThrow().deterministic()).isFalse();
        assertThat(registry.scalar("now").orElseThrow().deterministic()).isFalse();
        assertThat(registry.scalar("uuid").orElseThrow().deterministic()).isFalse();
        assertThat(registry.scalar("upper").orElseThrow().deterministic()).isTrue();
    }

    @Test
    void resultTypes() {
        SqlType decimal = SqlType.decimal(5, 2);
        assertThat(registry.scalar("round").orElseThrow().inferType(List.of(decimal, SqlType.BIGINT), new Object[] {null, 1L}))
                .isEqualTo(SqlType.decimal(5, 1));
        assertThat(registry.scalar("abs").orElseThrow().inferType(List.of(decimal), null)).isEqualTo(decimal);
        assertThat(registry.scalar("now").orElseThrow().inferType(List.of(SqlType.BIGINT), new Object[] {3L}))
                .isEqualTo(SqlType.datetime(3));
        assertThat(registry.scalar("date_add").orElseThrow()
                .inferType(List.of(SqlType.DATE, SqlType.BIGINT, SqlType.varchar(3)), new Object[] {null, 1L, "DAY"}))
                .isEqualTo(SqlType.DATE);
        assertThat(registry.scalar("maketime").orElseThrow()
                .inferType(List.of(SqlType.BIGINT, SqlType.BIGINT, SqlType.BIGINT), new Object[] {1L, 2L, 3L}))
                .isEqualTo(SqlType.time(0));
        assertThat(registry.scalar("from_unixtime").orElseThrow()
                .inferType(List.of(SqlType.decimal(2, 1)), new Object[] {new java.math.BigDecimal("1.5")}))
                .isEqualTo(SqlType.datetime(1));
        assertThat(registry.scalar("sqrt").orElseThrow().inferType(List.of(SqlType.BIGINT), null).kind())
                .isEqualTo(TypeKind.DOUBLE);
        assertThat(registry.scalar("coalesce").orElseThrow().inferType(List.of(SqlType.NULL, SqlType.BIGINT, decimal), null)
                .kind()).isEqualTo(TypeKind.DECIMAL);
        assertThat(registry.aggregate("avg").orElseThrow().resultType().infer(List.of(SqlType.decimal(5, 2)), null))
                .isEqualTo(SqlType.decimal(9, 6));
        assertThat(registry.scalar("concat").orElseThrow().inferType(List.of(SqlType.varchar(3), SqlType.varbinary(2)), null)
                .kind()).isEqualTo(TypeKind.VARBINARY);
    }

    @Test
    void locksAndSessionInfo() {
        NamedLocks locks = new NamedLocks();
        TestContext a = new TestContext(locks);
        TestContext b = new TestContext(locks);
        b.connectionId = 8;
        assertThat(a.call("get_lock", "L", 0L)).isEqualTo(1L);
        assertThat(a.call("get_lock", "l", 0L)).isEqualTo(1L); // re-entrant, case-insensitive
        assertThat(b.call("get_lock", "L", 0L)).isEqualTo(0L);
        assertThat(b.call("is_free_lock", "L")).isEqualTo(0L);
        assertThat(b.call("is_used_lock", "L")).isEqualTo(7L);
        assertThat(b.call("release_lock", "L")).isEqualTo(0L);
        assertThat(a.call("release_lock", "L")).isEqualTo(1L);
        assertThat(a.call("release_lock", "L")).isEqualTo(1L);
        assertThat(a.call("release_lock", "L")).isNull();
        assertThat(b.call("is_free_lock", "L")).isEqualTo(1L);
        assertThat(a.call("last_insert_id", 42L)).isEqualTo(42L);
        assertThat(a.call("last_insert_id")).isEqualTo(42L);
        assertThat(a.call("database")).isEqualTo("test");
        assertThat(a.call("connection_id")).isEqualTo(7L);
        assertThat((String) a.call("uuid")).matches("[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        a.interrupted = true;
        assertThat(a.call("sleep", 5L)).isEqualTo(1L);
    }

    @Test
    void sessionInformation() {
        // select charset('a'), charset(1), collation('a'), coercibility('a'), coercibility(null), version() ...
        TestContext c = new TestContext();
        assertThat(c.call("charset", "a")).isEqualTo("utf8mb4");
        assertThat(c.call("charset", 1L)).isEqualTo("binary");
        assertThat(c.call("collation", "a")).isEqualTo("utf8mb4_0900_ai_ci");
        assertThat(c.call("coercibility", "a")).isEqualTo(4L);
        assertThat(c.call("coercibility", (Object) null)).isEqualTo(6L);
        assertThat(c.call("version")).isEqualTo("8.0.36-sprocket");
        assertThat(c.call("schema")).isEqualTo("test");
        assertThat(c.call("session_user")).isEqualTo("root@localhost");
        assertThat(c.call("current_user")).isEqualTo("root@localhost");
        assertThat(c.call("row_count")).isEqualTo(-1L);
        assertThat(c.call("found_rows")).isEqualTo(3L);
        assertThat(c.call("load_file", "/etc/passwd")).isNull();
        assertThat(c.call("benchmark", 10L, 1L)).isEqualTo(0L);
        assertThat((Long) c.call("uuid_short")).isLessThan((Long) c.call("uuid_short"));
        assertThat(c.call("any_value", "x")).isEqualTo("x");
    }

    @Test
    void controlFlowAndInet() {
        // select if(0,'a','b'), ifnull(null,2), nullif(1,1), coalesce(null,null,3), isnull(null), interval(23,1,15,17,30)
        TestContext c = new TestContext();
        assertThat(c.call("if", 0L, "a", "b")).isEqualTo("b");
        assertThat(c.call("ifnull", null, 2L)).isEqualTo(2L);
        assertThat(c.call("nullif", 1L, 1L)).isNull();
        assertThat(c.call("coalesce", null, null, 3L)).isEqualTo(3L);
        assertThat(c.call("isnull", (Object) null)).isEqualTo(1L);
        assertThat(c.call("interval", 23L, 1L, 15L, 17L, 30L)).isEqualTo(3L);
        assertThat(c.call("interval", null, 1L)).isEqualTo(-1L);
        // inet_aton('127.1'), inet_ntoa(167773449), inet6_ntoa(inet6_aton('fe80::1:2')), hex(inet6_aton('1.2.3.4'))
        assertThat(c.call("inet_aton", "127.1")).isEqualTo(2130706433L);
        assertThat(c.call("inet_ntoa", 167773449L)).isEqualTo("10.0.5.9");
        assertThat(c.call("inet6_ntoa", c.call("inet6_aton", "fe80::1:2"))).isEqualTo("fe80::1:2");
        assertThat(c.call("inet6_ntoa", c.call("inet6_aton", "::ffff:1.2.3.4"))).isEqualTo("::ffff:1.2.3.4");
        assertThat(c.call("hex", c.call("inet6_aton", "1.2.3.4"))).isEqualTo("01020304");
        assertThat(c.call("is_ipv4", "1.2.3.256")).isEqualTo(0L);
        assertThat(c.call("is_ipv6", "::1")).isEqualTo(1L);
    }
}
