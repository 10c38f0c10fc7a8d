package io.sprocket.engine.row;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.engine.type.BitValue;
import io.sprocket.engine.type.JsonValue;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RowCodecTest {
    @Test
    void everyValueKindRoundTrips() {
        Object[] row = {null, 0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, new BigInteger("18446744073709551615"),
                new BigDecimal("-123.4500"), new BigDecimal("0.000"), 1.5, -0.0, Double.MAX_VALUE, "", "héllo ✓ 𝄞",
                new byte[]{0, 1, (byte) 0xFF}, new BitValue(-1L, 64), new BitValue(5, 3), new SqlDate(2024, 2, 29),
                SqlDate.ZERO, new SqlDate(2024, 0, 0), new SqlDateTime(9999, 12, 31, 23, 59, 59, 999_999),
                SqlDateTime.ZERO, SqlTime.ofMicros(-SqlTime.MAX_MICROS), new SqlTime(false, 838, 59, 59, 1)};
        Object[] back = RowCodec.decode(RowCodec.encode(row));
        assertThat(back).hasSameSizeAs(row);
        for (int i = 0; i < row.length; i++) {
            if (row[i] instanceof byte[] b) assertThat((byte[]) back[i]).containsExactly(b);
            else if (row[i] instanceof Double d) assertThat(Double.doubleToRawLongBits((Double) back[i]))
                    .isEqualTo(Double.doubleToRawLongBits(d));
            else assertThat(back[i]).isEqualTo(row[i]);
        }
        // BigDecimal keeps its scale (DECIMAL(10,4) prints trailing zeros).
        assertThat(((BigDecimal) back[6]).scale()).isEqualTo(4);
    }

    @Test
    void jsonDocumentsRoundTrip() {
        JsonValue doc = new JsonValue.JsonObject(java.util.Map.of("a", new JsonValue.JsonNumber(1L),
                "bb", new JsonValue.JsonArray(java.util.List.of(JsonValue.TRUE, JsonValue.NULL,
                        new JsonValue.JsonNumber(new BigDecimal("1.50")), new JsonValue.JsonString("x")))));
        Object[] back = RowCodec.decode(RowCodec.encode(new Object[]{doc, JsonValue.NULL, null}));
        assertThat(back).containsExactly(doc, JsonValue.NULL, null);
        assertThat(back[0].toString()).isEqualTo(doc.toString());
    }

    @Test
    void smallIntegersAreCompact() {
        assertThat(RowCodec.encode(new Object[]{1L, 2L, null})).hasSize(1 + 2 + 2 + 1);
    }

    @Property(tries = 300)
    void longsStringsAndDecimalsRoundTrip(@ForAll long l, @ForAll String s, @ForAll BigDecimal d,
                                          @ForAll @IntRange(min = 0, max = 9999) int year) {
        Object[] row = {l, s, d, new SqlDate(year, 1, 1)};
        assertThat(RowCodec.decode(RowCodec.encode(row))).containsExactly(row);
    }
}
