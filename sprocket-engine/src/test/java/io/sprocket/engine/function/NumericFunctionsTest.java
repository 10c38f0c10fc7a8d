package io.sprocket.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumericFunctionsTest {
    private final TestContext c = new TestContext();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void rounding() {
        // select round(2.5), round(2.5e0), round(-2.5), round(1.5,3), round(125,-1), round(1.298e0,1), round(-125.5e0,-1)
        assertThat(c.call("round", d("2.5"))).isEqualTo(d("3"));
        assertThat(c.call("round", 2.5)).isEqualTo(2.0);
        assertThat(c.call("round", d("-2.5"))).isEqualTo(d("-3"));
        assertThat(c.call("round", d("1.5"), 3L)).isEqualTo(d("1.500"));
        assertThat(c.call("round", 125L, -1L)).isEqualTo(130L);
        assertThat(c.call("round", 1.298, 1L)).isEqualTo(1.3);
        assertThat(c.call("round", -125.5, -1L)).isEqualTo(-130.0);
        // select truncate(1.999,1), truncate(-1.999e0,1), truncate(125,-2)
        assertThat(c.call("truncate", d("1.999"), 1L)).isEqualTo(d("1.9"));
        assertThat(c.call("truncate", -1.999, 1L)).isEqualTo(-1.9);
        assertThat(c.call("truncate", 125L, -2L)).isEqualTo(100L);
        // select ceil(1.2), floor(-1.2), ceil(-1.2e0)
        assertThat(c.call("ceil", d("1.2"))).isEqualTo(2L);
        assertThat(c.call("floor", d("-1.2"))).isEqualTo(-2L);
        assertThat(c.call("ceiling", -1.2)).isEqualTo(-1.0);
        // select round(1.5e300, -400), conv('',10,2), interval(5, 1, null, 10) -> 0, NULL, 2
        assertThat(c.call("round", 1.5e300, -400L)).isEqualTo(0.0);
        assertThat(c.call("conv", "", 10L, 2L)).isNull();
        assertThat(c.call("interval", 5L, 1L, null, 10L)).isEqualTo(2L);
    }

    @Test
    void modAndDomainErrors() {
        // select mod(10,3), mod(-10,3), mod(10.5,3), mod(1,0) -> 1, -1, 1.5, NULL + Warning 1365 Division by 0
        assertThat(c.call("mod", 10L, 3L)).isEqualTo(1L);
        assertThat(c.call("mod", -10L, 3L)).isEqualTo(-1L);
        assertThat(c.call("mod", d("10.5"), 3L)).isEqualTo(d("1.5"));
        assertThat(c.call("mod", 1L, 0L)).isNull();
        assertThat(c.warningTexts()).containsExactly("Warning 1365 Division by 0");
        // select sqrt(-1), ln(0), log(2,8), log(10), pow(2,-1), exp(1), bit_count(-1), sign(-0.0)
        assertThat(c.call("sqrt", -1L)).isNull();
        assertThat(c.call("ln", 0L)).isNull(); // MySQL 8.0 adds warning 3020
        assertThat(c.warningTexts()).last().isEqualTo("Warning 3020 Invalid argument for logarithm");
        assertThat(c.call("log", 2L, 8L)).isEqualTo(3.0);
        assertThat(c.call("log", 10L)).isEqualTo(2.302585092994046);
        assertThat(c.call("pow", 2L, -1L)).isEqualTo(0.5);
        assertThat(c.call("exp", 1L)).isEqualTo(2.718281828459045);
        assertThat(c.call("bit_count", -1L)).isEqualTo(64L);
        assertThat(c.call("sign", d("-0.0"))).isEqualTo(0L);
        assertThat(c.call("atan", 1L, 2L)).isEqualTo(0.4636476090008061);
        assertThat(c.call("cot", 1L)).isEqualTo(0.6420926159343306);
        assertThatThrownBy(() -> c.call("exp", 1000L)).isInstanceOf(SqlException.class)
                .hasMessage("DOUBLE value is out of range in 'exp(1000)'");
        assertThatThrownBy(() -> c.call("abs", Long.MIN_VALUE)).isInstanceOf(SqlException.class)
                .extracting(e -> ((SqlException) e).errno()).isEqualTo(1690);
        assertThat(c.call("abs", -9223372036854775807L)).isEqualTo(9223372036854775807L);
    }

    @Test
    void rand() {
        // select rand(1), rand(3) -> 0.40540353712197724, 0.9057697559760601
        assertThat(c.call("rand", 1L)).isEqualTo(0.40540353712197724);
        assertThat(c.call("rand", 3L)).isEqualTo(0.9057697559760601);
        ScalarFunction site = FunctionRegistry.standard().resolveScalar("rand", 1).orElseThrow().bind(1);
        Object first = site.evaluate(new Object[] {1L}, c);
        Object second = site.evaluate(new Object[] {1L}, c);
        assertThat(first).isEqualTo(0.40540353712197724);
        assertThat(second).isNotEqualTo(first); // the seeded sequence continues within a statement
    }

    @Test
    void greatestLeast() {
        // select greatest(1, 2.5), greatest('a','B'), greatest(1,'10'), least(2,null)
        assertThat(c.call("greatest", 1L, d("2.5"))).isEqualTo(d("2.5"));
        assertThat(c.call("greatest", "a", "B")).isEqualTo("B");
        assertThat(c.call("greatest", 1L, "10")).isEqualTo("10");
        assertThat(c.call("least", 2L, null)).isNull();
        assertThat(c.call("least", 3L, 1L, 2L)).isEqualTo(1L);
        assertThat(c.call("greatest", 1L, 2.0)).isEqualTo(2.0);
    }
}
