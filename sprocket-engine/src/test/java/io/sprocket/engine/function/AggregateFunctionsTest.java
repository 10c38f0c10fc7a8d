package io.sprocket.engine.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.function.AggregateDefinition.AggregateCall;
import io.sprocket.engine.type.CollationRegistry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * Oracle table: create table t(g int, i int, d decimal(5,2), f double, s varchar(10));
 * insert into t values (1,1,1.50,1.5,'b'),(1,2,2.25,2.5,'A'),(1,null,null,null,null),(1,2,2.25,2.5,'a');
 */
class AggregateFunctionsTest {
    private final TestContext c = new TestContext();
    private static final Object[][] ROWS = {
        {1L, new BigDecimal("1.50"), 1.5, "b"},
        {2L, new BigDecimal("2.25"), 2.5, "A"},
        {null, null, null, null},
        {2L, new BigDecimal("2.25"), 2.5, "a"},
    };

    private Object aggregate(String name, AggregateCall call, int column) {
        Accumulator acc = FunctionRegistry.standard().aggregate(name).orElseThrow().newAccumulator(call);
        for (Object[] row : ROWS) acc.add(call.star() ? new Object[0] : new Object[] {row[column]}, c);
        return acc.result(c);
    }

    private Object plain(String name, int column) {
        return aggregate(name, AggregateCall.PLAIN, column);
    }

    @Test
    void countSumAvg() {
        // select count(*), count(i), count(distinct i), sum(i), avg(i), sum(d), avg(d), avg(f), count(distinct s)
        //   -> 4, 3, 2, 5, 1.6667, 6.00, 2.000000, 2.1666666666666665, 2
        assertThat(aggregate("count", AggregateCall.STAR, 0)).isEqualTo(4L);
        assertThat(plain("count", 0)).isEqualTo(3L);
        assertThat(aggregate("count", AggregateCall.DISTINCT, 0)).isEqualTo(2L);
        assertThat(aggregate("count", AggregateCall.DISTINCT, 3)).isEqualTo(2L); // 'A' = 'a' under ai_ci
        assertThat(plain("sum", 0)).isEqualTo(new BigDecimal("5"));
        assertThat(plain("avg", 0)).isEqualTo(new BigDecimal("1.6667"));
        assertThat(plain("sum", 1)).isEqualTo(new BigDecimal("6.00"));
        assertThat(plain("avg", 1)).isEqualTo(new BigDecimal("2.000000"));
        assertThat(plain("avg", 2)).isEqualTo(2.1666666666666665);
    }

    @Test
    void minMaxBitsStatistics() {
        // select min(s), max(s), bit_and(i), bit_or(i), bit_xor(i), stddev_samp(f) -> A, b, 0, 3, 1, 0.5773502691896258
        assertThat(plain("min", 3)).isEqualTo("A");
        assertThat(plain("max", 3)).isEqualTo("b");
        assertThat(plain("bit_and", 0)).isEqualTo(0L);
        assertThat(plain("bit_or", 0)).isEqualTo(3L);
        assertThat(plain("bit_xor", 0)).isEqualTo(1L);
        assertThat(plain("stddev_samp", 2)).isEqualTo(0.5773502691896258);
        assertThat((Double) plain("std", 0)).isCloseTo(0.4714045207910317, org.assertj.core.data.Offset.offset(1e-15));
        assertThat((Double) plain("var_samp", 0)).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void minMaxFollowTheCollation() {
        // select min(s) from (select 'a' s union select 'B') t -> a; ... collate utf8mb4_bin -> B
        AggregateDefinition min = FunctionRegistry.standard().aggregate("min").orElseThrow();
        Accumulator ci = min.newAccumulator(AggregateCall.PLAIN);
        Accumulator bin = min.newAccumulator(AggregateCall.PLAIN.withCollation(CollationRegistry.UTF8MB4_BIN));
        for (Object v : new Object[] {"a", "B"}) {
            ci.add(new Object[] {v}, c);
            bin.add(new Object[] {v}, c);
        }
        assertThat(ci.result(c)).isEqualTo("a");
        assertThat(bin.result(c)).isEqualTo("B");
        Accumulator distinctBin = FunctionRegistry.standard().aggregate("count").orElseThrow()
                .newAccumulator(AggregateCall.DISTINCT.withCollation(CollationRegistry.UTF8MB4_BIN));
        distinctBin.add(new Object[] {"a"}, c);
        distinctBin.add(new Object[] {"A"}, c);
        assertThat(distinctBin.result(c)).isEqualTo(2L);
    }

    @Test
    void emptyGroup() {
        // select sum(i), bit_and(i), std(i) from t where 0 -> NULL, 18446744073709551615, NULL
        AggregateDefinition sum = FunctionRegistry.standard().aggregate("SUM").orElseThrow();
        assertThat(sum.newAccumulator(AggregateCall.PLAIN).result(c)).isNull();
        assertThat(FunctionRegistry.standard().aggregate("bit_and").orElseThrow().newAccumulator(AggregateCall.PLAIN)
                .result(c)).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(FunctionRegistry.standard().aggregate("count").orElseThrow().newAccumulator(AggregateCall.STAR)
                .result(c)).isEqualTo(0L);
    }

    @Test
    void groupConcat() {
        // select group_concat(s), group_concat(distinct s order by s desc separator '|') -> b,A,a   b|A
        assertThat(plain("group_concat", 3)).isEqualTo("b,A,a");
        Comparator<Object[]> desc = (x, y) -> Text.compare((String) y[0], (String) x[0], false);
        assertThat(aggregate("group_concat", new AggregateCall(false, true, "|", desc), 3)).isEqualTo("b|A");
    }

    @Test
    void groupConcatOrdersByExtraKeys() {
        // rows (b,1), (A,2), (a,2): group_concat(s order by i desc) -> A,a,b (ties keep arrival order)
        Comparator<Object[]> byKeyDesc = (x, y) -> Long.compare((Long) y[1], (Long) x[1]);
        Accumulator acc = FunctionRegistry.standard().aggregate("group_concat").orElseThrow()
                .newAccumulator(new AggregateCall(false, false, ",", byKeyDesc).withValueArguments(1));
        acc.add(new Object[] {"b", 1L}, c);
        acc.add(new Object[] {"A", 2L}, c);
        acc.add(new Object[] {"a", 2L}, c);
        assertThat(acc.result(c)).isEqualTo("A,a,b");
    }

    @Test
    void groupConcatIsCutAtMaxLength() {
        // set group_concat_max_len=1024; with recursive s(n) as (select 1 union all select n+1 from s where n<300)
        //   select length(group_concat('abcd')) from s -> 1024, Warning 1260 Row 206 was cut by GROUP_CONCAT()
        Accumulator acc = FunctionRegistry.standard().aggregate("group_concat").orElseThrow()
                .newAccumulator(AggregateCall.PLAIN);
        for (int i = 0; i < 300; i++) acc.add(new Object[] {"abcd"}, c);
        String result = (String) acc.result(c);
        assertThat(result).hasSize(1024);
        assertThat(c.warningTexts()).containsExactly("Warning 1260 Row 206 was cut by GROUP_CONCAT()");
    }
}
