package io.sprocket.engine.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expectations from the oracle: {@code SELECT <literal>e0} and {@code SELECT f FROM (FLOAT column)}. */
class FloatTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1e15|1e15", "1e14|100000000000000", "123456789012345|123456789012345", "1e-4|0.0001",
            "1e-5|0.00001", "1e-7|0.0000001", "0.30000000000000004|0.30000000000000004",
            "0.3333333333333333|0.3333333333333333", "123456789012345678|1.2345678901234568e17", "1.5e16|1.5e16",
            "12345678901234567|1.2345678901234568e16", "1e16|1e16", "-1e15|-1e15", "0.000123456|0.000123456",
            "1e-10|0.0000000001", "1.5e-7|0.00000015", "123456789012345.6|123456789012345.6",
            "1234567890123456|1.234567890123456e15", "999999999999999|999999999999999", "1.25e15|1.25e15",
            "1e-15|0.000000000000001", "1e-16|1e-16", "1.5e-16|1.5e-16", "1.234e-15|0.000000000000001234",
            "2e-300|2e-300", "1.7976931348623157e308|1.7976931348623157e308", "-1.5e-7|-0.00000015", "100|100",
            "12345678.9|12345678.9", "1e21|1e21", "0|0", "2.5|2.5"})
    void doubles(double value, String expected) {
        assertThat(FloatText.format(value, false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234567|1234570", "123456789|123457000", "1e15|1e15", "0.0001234|0.0001234", "1e-10|0.0000000001",
            "3.4e38|3.4e38", "1.5|1.5", "100000|100000", "999999.5|1000000", "12345.678|12345.7", "0.1|0.1",
            "-1.5e-5|-0.000015", "1.23456e-5|0.0000123456", "1e-4|0.0001", "1e-16|1e-16", "1.5e-15|0.0000000000000015",
            "1.23456e-15|0.00000000000000123456", "1e-30|1e-30", "1.5e16|1.5e16", "123456789012345678|1.23457e17",
            "1.2345e15|1.2345e15", "1.23456789|1.23457", "3.40282e38|3.40282e38"})
    void floats(float value, String expected) {
        assertThat(FloatText.format(value, true)).isEqualTo(expected);
    }
}
