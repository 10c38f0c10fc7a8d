package io.sprocket.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.function.AggregateDefinition.AggregateCall;
import org.junit.jupiter.api.Test;

/** Oracle values from MariaDB where it agrees with MySQL 8.0; MySQL's key order and spacing otherwise. */
class JsonFunctionsTest {
    private final TestContext c = new TestContext();

    private String json(String name, Object... args) {
        Object v = c.call(name, args);
        return v == null ? null : v.toString();
    }

    @Test
    void readers() {
        // select json_extract('{"a":[1,2,{"b":3}]}','$.a[2].b'), json_extract('{"a":[1,2]}','$.a[*]'),
        //        json_extract('[1,2,3]','$[last]'), json_unquote('"a\\tb"'), json_quote('a"b')
        assertThat(json("json_extract", "{\"a\":[1,2,{\"b\":3}]}", "$.a[2].b")).isEqualTo("3");
        assertThat(json("json_extract", "{\"a\":[1,2]}", "$.a[*]")).isEqualTo("[1, 2]");
        assertThat(json("json_extract", "[1,2,3]", "$[last]")).isEqualTo("3");
        assertThat(json("json_extract", "[1,2,3]", "$[1 to 2]")).isEqualTo("[2, 3]");
        assertThat(json("json_extract", "{\"a\":1}", "$.b")).isNull();
        assertThat(c.call("json_unquote", "\"a\\tb\"")).isEqualTo("a\tb");
        assertThat(c.call("json_unquote", c.call("json_extract", "{\"a\":\"x\"}", "$.a"))).isEqualTo("x");
        assertThat(c.call("json_quote", "a\"b")).isEqualTo("\"a\\\"b\"");
        // json_contains('{"a":1,"b":[1,2]}','[1]','$.b'), json_contains_path('{"a":1}','all','$.a','$.c'),
        // json_keys('{"b":1,"a":2}') (MySQL orders keys: ["a", "b"]), json_length('[1,[2,3]]'), json_depth('[1,[2,3]]')
        assertThat(c.call("json_contains", "{\"a\":1,\"b\":[1,2]}", "[1]", "$.b")).isEqualTo(1L);
        assertThat(c.call("json_contains", "{\"a\":1,\"b\":[1,2]}", "{\"a\":1.0}")).isEqualTo(1L);
        assertThat(c.call("json_contains_path", "{\"a\":1}", "all", "$.a", "$.c")).isEqualTo(0L);
        assertThat(c.call("json_contains_path", "{\"a\":1}", "one", "$.a", "$.c")).isEqualTo(1L);
        assertThat(json("json_keys", "{\"b\":1,\"a\":2}")).isEqualTo("[\"a\", \"b\"]");
        assertThat(c.call("json_length", "[1,[2,3]]")).isEqualTo(2L);
        assertThat(c.call("json_length", "[1,[2,3]]", "$[1]")).isEqualTo(2L);
        assertThat(c.call("json_depth", "[1,[2,3]]")).isEqualTo(3L);
        assertThat(c.call("json_type", "1.5")).isEqualTo("DOUBLE");
        assertThat(c.call("json_valid", "{")).isEqualTo(0L);
        assertThat(c.call("json_valid", "{\"a\": [true, null]}")).isEqualTo(1L);
        // json_search('["abc",{"x":"abd"}]','all','ab%'), json_overlaps('[1,2]','[2,3]'), 2 member of ('[1,2]')
        assertThat(json("json_search", "[\"abc\",{\"x\":\"abd\"}]", "all", "ab%")).isEqualTo("[\"$[0]\", \"$[1].x\"]");
        assertThat(json("json_search", "[\"abc\",{\"x\":\"abd\"}]", "one", "ab%")).isEqualTo("\"$[0]\"");
        assertThat(c.call("json_overlaps", "[1,2]", "[2,3]")).isEqualTo(1L);
        assertThat(c.call("member_of", 2L, "[1,2]")).isEqualTo(1L);
        assertThat(c.call("member_of", "2", "[1,2]")).isEqualTo(0L);
    }

    @Test
    void constructorsAndModifiers() {
        assertThat(json("json_object", "b", 1L, "a", "x")).isEqualTo("{\"a\": \"x\", \"b\": 1}");
        // MySQL manual: JSON_OBJECT('key1', 1, 'key2', 'abc', 'key1', 'def') -> {"key1": "def", "key2": "abc"}
        assertThat(json("json_object", "key1", 1L, "key2", "abc", "key1", "def"))
                .isEqualTo("{\"key1\": \"def\", \"key2\": \"abc\"}");
        assertThat(json("json_array", 1L, null, "a")).isEqualTo("[1, null, \"a\"]");
        // json_set('{"a":1}','$.a',2,'$.c','x'), json_insert('[1]','$[5]',2), json_replace('{"a":1}','$.b',2),
        // json_remove('[1,2,3]','$[1]'), json_array_append('[1,[2]]','$[1]',3), json_array_insert('[1,2]','$[1]','x')
        assertThat(json("json_set", "{\"a\":1}", "$.a", 2L, "$.c", "x")).isEqualTo("{\"a\": 2, \"c\": \"x\"}");
        assertThat(json("json_insert", "[1]", "$[5]", 2L)).isEqualTo("[1, 2]");
        assertThat(json("json_insert", "{\"a\":1}", "$.a", 2L)).isEqualTo("{\"a\": 1}");
        assertThat(json("json_replace", "{\"a\":1}", "$.b", 2L)).isEqualTo("{\"a\": 1}");
        assertThat(json("json_remove", "[1,2,3]", "$[1]")).isEqualTo("[1, 3]");
        assertThat(json("json_array_append", "[1,[2]]", "$[1]", 3L)).isEqualTo("[1, [2, 3]]");
        assertThat(json("json_array_insert", "[1,2]", "$[1]", "x")).isEqualTo("[1, \"x\", 2]");
        // json_merge_preserve('{"a":1}','{"a":2}'), json_merge_patch('{"a":1,"b":2}','{"a":null,"c":3}')
        assertThat(json("json_merge_preserve", "{\"a\":1}", "{\"a\":2}")).isEqualTo("{\"a\": [1, 2]}");
        assertThat(json("json_merge", "[1]", "2")).isEqualTo("[1, 2]");
        assertThat(json("json_merge_patch", "{\"a\":1,\"b\":2}", "{\"a\":null,\"c\":3}")).isEqualTo("{\"b\": 2, \"c\": 3}");
        assertThat(c.call("json_pretty", "{\"a\":[1,2],\"b\":{}}"))
                .isEqualTo("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}");
    }

    @Test
    void errors() {
        // select json_extract('{}', '$.') -> 3143; json_remove('[1]','$') -> 3153; json_object('a') -> 1582
        assertThatThrownBy(() -> c.call("json_extract", "{}", "$."))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.errno()).isEqualTo(3143));
        assertThatThrownBy(() -> c.call("json_extract", "{}", "a"))
                .hasMessage("Invalid JSON path expression. The error is around character position 0.");
        assertThatThrownBy(() -> c.call("json_remove", "[1]", "$"))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.errno()).isEqualTo(3153));
        assertThatThrownBy(() -> c.call("json_object", "a"))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.errno()).isEqualTo(1582));
        assertThatThrownBy(() -> c.call("json_set", "{\"a\":1}", "$.*", 1L))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.errno()).isEqualTo(3149));
        assertThatThrownBy(() -> c.call("json_length", "{"))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.errno()).isEqualTo(3141));
        assertThatThrownBy(() -> c.call("json_length", 5L))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.errno()).isEqualTo(3146));
    }

    @Test
    void aggregates() {
        Accumulator arr = FunctionRegistry.standard().aggregate("json_arrayagg").orElseThrow()
                .newAccumulator(AggregateCall.PLAIN);
        arr.add(new Object[] {1L}, c);
        arr.add(new Object[] {null}, c);
        arr.add(new Object[] {"a"}, c);
        assertThat(arr.result(c).toString()).isEqualTo("[1, null, \"a\"]");
        Accumulator obj = FunctionRegistry.standard().aggregate("json_objectagg").orElseThrow()
                .newAccumulator(AggregateCall.PLAIN);
        obj.add(new Object[] {"k", 1L}, c);
        obj.add(new Object[] {"k", 2L}, c);
        assertThat(obj.result(c).toString()).isEqualTo("{\"k\": 2}");
        assertThatThrownBy(() -> obj.add(new Object[] {null, 1L}, c))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.errno()).isEqualTo(3158));
    }
}
