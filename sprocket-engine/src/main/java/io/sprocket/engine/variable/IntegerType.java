package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;
import java.math.BigInteger;

/**
 * A numeric variable with bounds and an optional block size. Out-of-range values are clamped and values not on
 * a block boundary are rounded down, each with warning 1292 "Truncated incorrect x value: 'n'". Strings,
 * decimals, floats and NULL give 1232. For an unsigned type the stored Long holds the unsigned bits, so
 * 18446744073709551615 is stored as -1L and selected as a BigInteger.
 */
public record IntegerType(long min, long max, long blockSize, boolean unsigned) implements VariableType {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    public IntegerType {
        if (blockSize < 1) throw new IllegalArgumentException("block size must be >= 1");
    }

    public static IntegerType unsigned(long min, long max) {
        return new IntegerType(min, max, 1, true);
    }

    public static IntegerType signed(long min, long max) {
        return new IntegerType(min, max, 1, false);
    }

    public IntegerType withBlockSize(long block) {
        return new IntegerType(min, max, block, unsigned);
    }

    /** The largest unsigned 64-bit value, stored as -1L. */
    public static final long ULONGLONG_MAX = -1L;

    @Override
    public Object convert(String name, Object input, Warnings warnings) {
        if (!ValueInput.isInteger(input)) throw ValueInput.wrongType(name);
        BigInteger given = ValueInput.bigInteger(input);
        BigInteger value = given.max(big(min)).min(big(max));
        if (blockSize > 1) {
            BigInteger block = BigInteger.valueOf(blockSize);
            value = value.divide(block).multiply(block).max(big(min));
        }
        if (!value.equals(given)) {
            warnings.warn(ErrorCode.ER_TRUNCATED_WRONG_VALUE, name, given.toString());
        }
        return value.longValue();
    }

    /** Option text may carry MySQL's size suffixes K, M, G, T, P, E (powers of 1024), as in max_allowed_packet=64M. */
    @Override
    public Object fromOption(String name, String text) {
        String trimmed = text.trim();
        int shift = trimmed.isEmpty() ? 0 : switch (Character.toUpperCase(trimmed.charAt(trimmed.length() - 1))) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            case 'T' -> 40;
            case 'P' -> 50;
            case 'E' -> 60;
            default -> 0;
        };
        String digits = shift == 0 ? trimmed : trimmed.substring(0, trimmed.length() - 1);
        try {
            return convert(name, new BigInteger(digits).shiftLeft(shift), Warnings.IGNORE);
        } catch (NumberFormatException e) {
            throw ValueInput.wrongValue(name, text);
        }
    }

    private BigInteger big(long bits) {
        BigInteger value = BigInteger.valueOf(bits);
        return unsigned && bits < 0 ? value.add(TWO_64) : value;
    }

    @Override
    public String show(Object stored) {
        return big((Long) stored).toString();
    }

    @Override
    public Object select(Object stored) {
        long bits = (Long) stored;
        return unsigned && bits < 0 ? big(bits) : (Object) bits;
    }

    @Override
    public ColumnMeta column(String alias, Object stored) {
        return ValueInput.integerColumn(alias, 21, unsigned);
    }
}
