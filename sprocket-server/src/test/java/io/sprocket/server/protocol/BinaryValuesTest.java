package io.sprocket.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.result.ColumnFlags;
import io.sprocket.engine.result.ColumnMeta;
import io.sprocket.engine.result.ColumnType;
import io.sprocket.engine.result.WireTemporal;
import io.sprocket.engine.result.WireTemporal.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BinaryValuesTest {
    private static Object param(int type, boolean unsigned, int... bytes) throws ProtocolException {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) data[i] = (byte) bytes[i];
        PayloadReader r = new PayloadReader(data);
        Object value = BinaryValues.readParameter(r, type, unsigned);
        assertThat(r.hasRemaining()).as("consumed the whole value").isFalse();
        return value;
    }

    @Test
    void integersHonourTheUnsignedFlag() throws Exception {
        assertThat(param(ColumnType.TINY, false, 0xff)).isEqualTo(-1L);
        assertThat(param(ColumnType.TINY, true, 0xff)).isEqualTo(255L);
        assertThat(param(ColumnType.SHORT, false, 0xfe, 0xff)).isEqualTo(-2L);
        assertThat(param(ColumnType.SHORT, true, 0xfe, 0xff)).isEqualTo(65534L);
        assertThat(param(ColumnType.YEAR, true, 0xe8, 0x07)).isEqualTo(2024L);
        assertThat(param(ColumnType.LONG, false, 0xff, 0xff, 0xff, 0xff)).isEqualTo(-1L);
        assertThat(param(ColumnType.LONG, true, 0xff, 0xff, 0xff, 0xff)).isEqualTo(4294967295L);
        assertThat(param(ColumnType.INT24, false, 1, 0, 0, 0)).isEqualTo(1L);
        assertThat(param(ColumnType.LONGLONG, false, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)).isEqualTo(-1L);
        assertThat(param(ColumnType.LONGLONG, true, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))
                .isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(param(ColumnType.LONGLONG, true, 5, 0, 0, 0, 0, 0, 0, 0)).isEqualTo(5L);
    }

    @Test
    void floatsDecimalsTextAndBlobs() throws Exception {
        int f = Float.floatToIntBits(1.5f);
        assertThat(param(ColumnType.FLOAT, false, f, f >> 8, f >> 16, f >>> 24)).isEqualTo(1.5);
        long d = Double.doubleToLongBits(-2.25);
        assertThat(param(ColumnType.DOUBLE, false, (int) d, (int) (d >> 8), (int) (d >> 16), (int) (d >> 24),
                (int) (d >> 32), (int) (d >> 40), (int) (d >> 48), (int) (d >>> 56))).isEqualTo(-2.25);
        assertThat(param(ColumnType.NEWDECIMAL, false, 4, '1', '.', '5', '0')).isEqualTo(new BigDecimal("1.50"));
        assertThat(param(ColumnType.VAR_STRING, false, 2, 0xc3, 0xa9)).isEqualTo("é");
        assertThat(param(ColumnType.STRING, false, 0)).isEqualTo("");
        assertThat((byte[]) param(ColumnType.BLOB, false, 2, 0, 0xff)).containsExactly(0, 0xff);
        assertThat(param(ColumnType.NULL, false)).isNull();
        assertThatThrownBy(() -> param(99, false)).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> param(ColumnType.LONG, false, 1, 2)).isInstanceOf(ProtocolException.class);
    }

    @Test
    void temporals() throws Exception {
        assertThat(param(ColumnType.DATE, false, 4, 0xe8, 0x07, 2, 29))
                .isEqualTo(new WireTemporal(Kind.DATE, false, 2024, 2, 29, 0, 0, 0, 0));
        assertThat(param(ColumnType.DATETIME, false, 11, 0xe8, 0x07, 2, 29, 13, 14, 15, 0x40, 0xe2, 0x01, 0))
                .isEqualTo(new WireTemporal(Kind.DATETIME, false, 2024, 2, 29, 13, 14, 15, 123456));
        assertThat(param(ColumnType.TIMESTAMP, false, 0))
                .isEqualTo(new WireTemporal(Kind.DATETIME, false, 0, 0, 0, 0, 0, 0, 0));
        assertThat(param(ColumnType.TIME, false, 8, 1, 1, 0, 0, 0, 6, 1, 2))
                .isEqualTo(new WireTemporal(Kind.TIME, true, 0, 0, 0, 30, 1, 2, 0));
    }

    private static byte[] encode(Object value, int type, int flags, int decimals) {
        PayloadWriter w = new PayloadWriter().reset();
        BinaryValues.write(w, value, ColumnMeta.expression("c", 63, 10, type, flags, decimals));
        return Arrays.copyOfRange(w.buffer(), PayloadWriter.HEADER, PayloadWriter.HEADER + w.length());
    }

    @Test
    void resultValuesByColumnType() {
        assertThat(encode(-1L, ColumnType.TINY, 0, 0)).containsExactly(0xff);
        assertThat(encode(300L, ColumnType.SHORT, 0, 0)).containsExactly(0x2c, 0x01);
        assertThat(encode(new BigInteger("18446744073709551615"), ColumnType.LONGLONG, ColumnFlags.UNSIGNED, 0))
                .containsExactly(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff);
        assertThat(encode(new BigDecimal("1.50"), ColumnType.NEWDECIMAL, 0, 2)).containsExactly(4, '1', '.', '5', '0');
        assertThat(encode(new WireTemporal(Kind.DATETIME, false, 2024, 2, 29, 0, 0, 0, 0), ColumnType.DATETIME, 0, 0))
                .containsExactly(4, 0xe8, 0x07, 2, 29);
        assertThat(encode(new WireTemporal(Kind.DATETIME, false, 0, 0, 0, 0, 0, 0, 0), ColumnType.TIMESTAMP, 0, 0))
                .containsExactly(0);
        assertThat(encode("2024-02-29 13:14:15", ColumnType.DATETIME, 0, 0))
                .containsExactly(7, 0xe8, 0x07, 2, 29, 13, 14, 15);
        assertThat(encode(new WireTemporal(Kind.TIME, true, 0, 0, 0, 30, 1, 2, 5), ColumnType.TIME, 0, 6))
                .containsExactly(12, 1, 1, 0, 0, 0, 6, 1, 2, 5, 0, 0, 0);
    }
}
