package io.sprocket.engine.result;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * MySQL's text form of FLOAT and DOUBLE values. DOUBLE uses the shortest digits that round-trip; FLOAT (a FLOAT
 * column's value) is rounded to 6 significant digits (FLT_DIG). The digits are written plainly when the decimal
 * exponent is within [-15, 14] and as {@code d.ddde[-]x} otherwise (MySQL: 1e15, 1e-16, 123456789012345,
 * 0.000000000000001, 1.2345678901234568e17; checked against the oracle with SELECT of literals and FLOAT columns).
 */
public final class FloatText {
    private FloatText() {}

    private static final MathContext FLT_DIG = new MathContext(6, RoundingMode.HALF_EVEN);

    public static String format(double value, boolean single) {
        if (value == 0) return (1 / value < 0) ? "-0" : "0";
        if (Double.isNaN(value)) return "nan";
        if (Double.isInfinite(value)) return value > 0 ? "inf" : "-inf";
        BigDecimal exact = single
                ? new BigDecimal((float) value).round(FLT_DIG)
                : new BigDecimal(Double.toString(value)); // shortest round-trip digits (JDK 19+)
        exact = exact.stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1; // decimal exponent of the leading digit
        if (exponent < -15 || exponent > 14) {
            String digits = exact.unscaledValue().abs().toString();
            StringBuilder sb = new StringBuilder(digits.length() + 8);
            if (exact.signum() < 0) sb.append('-');
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            sb.append('e').append(exponent);
            return sb.toString();
        }
        return exact.toPlainString();
    }
}
