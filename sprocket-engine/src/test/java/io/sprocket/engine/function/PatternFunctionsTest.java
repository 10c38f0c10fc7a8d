package io.sprocket.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import org.junit.jupiter.api.Test;

class PatternFunctionsTest {
    private final TestContext c = new TestContext();

    @Test
    void like() {
        // select 'Été' like 'ete' (ai_ci), 'abc' like 'a%', 'a_c' like 'a\_c', 'abc' like 'a\_c', 'a%' like 'a|%' escape '|'
        assertThat(c.call("like", "Été", "ete")).isEqualTo(1L);
        assertThat(c.call("like", "abc", "a%")).isEqualTo(1L);
        assertThat(c.call("like", "a_c", "a\\_c")).isEqualTo(1L);
        assertThat(c.call("like", "abc", "a\\_c")).isEqualTo(0L);
        assertThat(c.call("like", "a%", "a|%", "|")).isEqualTo(1L);
        assertThat(c.call("like", "abc", null)).isNull();
        assertThat(c.call("like", new byte[] {'A'}, "a")).isEqualTo(0L);
    }

    @Test
    void callSiteCollation() {
        // select 'A' like 'a' collate utf8mb4_bin, strcmp('a' collate utf8mb4_bin,'A'), instr('Foobar' collate utf8mb4_bin,'BAR') -> 0 1 0
        var bin = io.sprocket.engine.type.CollationRegistry.UTF8MB4_BIN;
        FunctionRegistry r = FunctionRegistry.standard();
        assertThat(r.scalar("like").orElseThrow().bind(2, bin).evaluate(new Object[] {"A", "a"}, c)).isEqualTo(0L);
        assertThat(r.scalar("strcmp").orElseThrow().bind(2, bin).evaluate(new Object[] {"a", "A"}, c)).isEqualTo(1L);
        assertThat(r.scalar("instr").orElseThrow().bind(2, bin).evaluate(new Object[] {"Foobar", "BAR"}, c)).isEqualTo(0L);
        assertThat(r.scalar("regexp_like").orElseThrow().bind(2, bin).evaluate(new Object[] {"Abc", "^a"}, c)).isEqualTo(0L);
        assertThat(r.scalar("greatest").orElseThrow().bind(2, bin).evaluate(new Object[] {"a", "B"}, c)).isEqualTo("a");
    }

    @Test
    void likeMatcherBacktracks() {
        LikeMatcher m = LikeMatcher.compile("%a%b_c%", '\\', false);
        assertThat(m.matches("xxaxxbyc")).isTrue();
        assertThat(m.matches("xxaxxbc")).isFalse();
        assertThat(LikeMatcher.compile("😀_", '\\', false).matches("😀é")).isTrue();
        assertThat(LikeMatcher.compile("", '\\', false).matches("")).isTrue();
        assertThat(LikeMatcher.compile("%", '\\', false).matches("")).isTrue();
    }

    @Test
    void regexp() {
        // select 'Abc' regexp '^a', regexp_replace('a b c','[a-z]','X'), regexp_instr('dog cat dog','cat'),
        //        regexp_substr('abc def ghi','d[a-z]+'), regexp_replace('abc','(b)','[$1]')
        assertThat(c.call("regexp", "Abc", "^a")).isEqualTo(1L);
        assertThat(c.call("regexp_like", "Abc", "^a", "c")).isEqualTo(0L);
        assertThat(c.call("regexp_replace", "a b c", "[a-z]", "X")).isEqualTo("X X X");
        assertThat(c.call("regexp_replace", "a b c", "[a-z]", "X", 1L, 2L)).isEqualTo("a X c");
        assertThat(c.call("regexp_instr", "dog cat dog", "cat")).isEqualTo(5L);
        assertThat(c.call("regexp_instr", "dog cat dog", "dog", 1L, 2L)).isEqualTo(9L);
        assertThat(c.call("regexp_instr", "dog cat dog", "dog", 1L, 1L, 1L)).isEqualTo(4L);
        assertThat(c.call("regexp_substr", "abc def ghi", "d[a-z]+")).isEqualTo("def");
        assertThat(c.call("regexp_substr", "abc def ghi", "[a-z]+", 1L, 3L)).isEqualTo("ghi");
        assertThat(c.call("regexp_substr", "abc", "x")).isNull();
        assertThat(c.call("regexp_replace", "abc", "(b)", "[$1]")).isEqualTo("a[b]c");
        assertThatThrownBy(() -> c.call("regexp_like", "a", "(a"))
                .isInstanceOf(SqlException.class).extracting(e -> ((SqlException) e).errno()).isEqualTo(3691);
        assertThatThrownBy(() -> c.call("regexp_instr", "abc", "a", 10L))
                .isInstanceOf(SqlException.class).extracting(e -> ((SqlException) e).errno()).isEqualTo(3686);
    }

    @Test
    void constantPatternIsCompiledOnce() throws Exception {
        ScalarFunction site = FunctionRegistry.standard().resolveScalar("regexp_like", 2).orElseThrow().bind(2);
        site.evaluate(new Object[] {"a", "^a"}, c);
        var field = site.getClass().getDeclaredField("last");
        field.setAccessible(true);
        Object first = field.get(site);
        site.evaluate(new Object[] {"b", "^a"}, c);
        assertThat(field.get(site)).isSameAs(first);
    }
}
