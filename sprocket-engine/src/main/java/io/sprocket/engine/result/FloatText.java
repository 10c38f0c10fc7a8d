package io.sprocket.engine.result;

import java.math.BigDecimal;

/**
 * MySQL's text form of FLOAT and DOUBLE: the shortest representation that round-trips (%.17g trimmed for
 * DOUBLE, %.6g-ish for FLOAT), switching to exponent form the way MySQL's my_gcvt does.
 */
public final class FloatText {
    private FloatText() {}

    public static String format(double value, boolean single) {
        if (value == 0) return (1 / value < 0) ? "-0" : "0";
        if (Double.isNaN(value) || Double.isInfinite(value)) return value > 0 ? "inf" : (value < 0 ? "-inf" : "nan");
        String shortest = single ? Float.toString((float) value) : Double.toString(value);
        BigDecimal exact = new BigDecimal(shortest);
        // MySQL uses plain notation when the decimal exponent is within [-5, digits-limit), else e-notation.
        int digits = exact.precision();
        int exponent = digits - exact.scale() - 1; // position of the leading digit
        int limit = single ? 6 : 15;
        if (exponent < -5 || exponent > limit - 1 + (digits > limit ? 0 : 0) && exponent >= Math.max(digits, limit)) {
            String unscaled = exact.unscaledValue().abs().toString().replaceAll("0+$", "");
            StringBuilder sb = new StringBuilder();
            if (exact.signum() < 0) sb.append('-');
            sb.append(unscaled.charAt(0));
            if (unscaled.length() > 1) sb.append('.').append(unscaled, 1, unscaled.length());
            sb.append('e').append(exponent < 0 ? "-" : "+").append(Math.abs(exponent));
            return sb.toString();
        }
        String plain = exact.stripTrailingZeros().toPlainString();
        return plain;
    }
}
