package io.sprocket.engine.function;

import static io.sprocket.engine.function.Coercion.str;
import static io.sprocket.engine.function.Coercion.toLong;
import static io.sprocket.engine.function.FunctionDefinition.VARIADIC;
import static io.sprocket.engine.function.Text.anyNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.CRC32;

/** Functions that re-encode values: codes, hex, bases, number formatting, quoting, base64 and digests. */
final class EncodingFunctions {
    private EncodingFunctions() {}

    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();
    private static final HexFormat LOWER_HEX = HexFormat.of();

    static void register(FunctionRegistry.Builder b) {
        b.add("ascii", 1, 1, ResultTypeRule.INTEGER, (a, c) -> {
            if (a[0] == null) return null;
            byte[] bytes = Coercion.bytes(a[0]);
            return bytes.length == 0 ? 0L : (long) (bytes[0] & 0xFF);
        });
        b.add("ord", 1, 1, ResultTypeRule.INTEGER, EncodingFunctions::ord);
        b.add("char", 1, VARIADIC, ResultTypeRule.BINARY_STRING, EncodingFunctions::charFn);
        b.add("hex", 1, 1, ResultTypeRule.STRING, EncodingFunctions::hex);
        b.add("unhex", 1, 1, ResultTypeRule.BINARY_STRING, EncodingFunctions::unhex);
        b.add("bin", 1, 1, ResultTypeRule.STRING, (a, c) -> a[0] == null ? null : conv(a[0], 10, 2, c));
        b.add("oct", 1, 1, ResultTypeRule.STRING, (a, c) -> a[0] == null ? null : conv(a[0], 10, 8, c));
        b.add("conv", 3, 3, ResultTypeRule.STRING,
                (a, c) -> anyNull(a) ? null : conv(a[0], toLong(a[1], c), toLong(a[2], c), c));
        b.add("format", 2, 3, ResultTypeRule.STRING, EncodingFunctions::format);
        b.add("quote", 1, 1, ResultTypeRule.STRING, (a, c) -> quote(a[0]));
        b.add("to_base64", 1, 1, ResultTypeRule.STRING, EncodingFunctions::toBase64);
        b.add("from_base64", 1, 1, ResultTypeRule.BINARY_STRING, EncodingFunctions::fromBase64);
        b.add("md5", 1, 1, ResultTypeRule.STRING, (a, c) -> digest(a[0], "MD5"));
        b.add("sha1", 1, 1, ResultTypeRule.STRING, (a, c) -> digest(a[0], "SHA-1"));
        b.alias("sha", "sha1");
        b.add("sha2", 2, 2, ResultTypeRule.STRING, EncodingFunctions::sha2);
        b.add("crc32", 1, 1, ResultTypeRule.UNSIGNED_INTEGER, (a, c) -> {
            if (a[0] == null) return null;
            CRC32 crc = new CRC32();
            crc.update(Coercion.bytes(a[0]));
            return crc.getValue();
        });
        b.add("load_file", 1, 1, ResultTypeRule.LONG_STRING, (a, c) -> null); // no FILE privilege: always NULL
        // The argument's own collation (a column's, a routine variable's, a literal's = the connection's).
        b.addCollated("charset", 1, 1, true, ResultTypeRule.STRING,
                coll -> (a, c) -> a[0] instanceof String ? coll.charsetName() : "binary");
        b.addCollated("collation", 1, 1, true, ResultTypeRule.STRING,
                coll -> (a, c) -> a[0] instanceof String ? coll.name() : "binary");
        b.add("coercibility", 1, 1, ResultTypeRule.INTEGER, (a, c) -> coercibility(a[0]));
    }

    private static Object ord(Object[] a, FunctionContext c) {
        if (a[0] == null) return null;
        if (a[0] instanceof byte[] bytes) return bytes.length == 0 ? 0L : (long) (bytes[0] & 0xFF);
        String s = str(a[0]);
        if (s.isEmpty()) return 0L;
        byte[] first = new String(Character.toChars(s.codePointAt(0))).getBytes(StandardCharsets.UTF_8);
        long v = 0;
        for (byte x : first) v = v * 256 + (x & 0xFF);
        return v;
    }

    /** CHAR(n, ...): each integer as its big-endian bytes without leading zero bytes; NULLs are skipped. */
    private static Object charFn(Object[] a, FunctionContext c) {
        var out = new java.io.ByteArrayOutputStream();
        for (Object v : a) {
            if (v == null) continue;
            long n = toLong(v, c) & 0xFFFFFFFFL;
            boolean started = false;
            for (int shift = 24; shift >= 0; shift -= 8) {
                int b = (int) (n >>> shift) & 0xFF;
                if (b != 0 || started || shift == 0) {
                    out.write(b);
                    started = true;
                }
            }
        }
        return out.toByteArray();
    }

    private static Object hex(Object[] a, FunctionContext c) {
        Object v = a[0];
        if (v == null) return null;
        if (v instanceof String || v instanceof byte[]) return UPPER_HEX.formatHex(Coercion.bytes(v));
        return Long.toHexString(numberBits(v, c)).toUpperCase(java.util.Locale.ROOT);
    }

    /** A number as MySQL's unsigned 64-bit integer (rounded; negatives wrap; too large saturates). */
    private static long numberBits(Object v, FunctionContext c) {
        return switch (v) {
            case BigInteger b -> b.longValue();
            case Double d -> d >= 1.8446744073709552E19 ? -1L
                    : d >= 9.223372036854775807E18 ? new BigDecimal(d).toBigInteger().longValue()
                    : Coercion.doubleToLong(d);
            case BigDecimal d -> {
                BigInteger i = d.setScale(0, RoundingMode.HALF_UP).toBigInteger();
                yield i.compareTo(Coercion.TWO_64) >= 0 ? -1L : i.longValue();
            }
            default -> toLong(v, c);
        };
    }

    private static Object unhex(Object[] a, FunctionContext c) {
        if (a[0] == null) return null;
        String s = Coercion.isNumber(a[0]) ? str(a[0]) : new String(Coercion.bytes(a[0]), StandardCharsets.ISO_8859_1);
        if (s.length() % 2 == 1) s = "0" + s;
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(s.charAt(2 * i), 16);
            int lo = Character.digit(s.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) return null;
            out[i] = (byte) (hi * 16 + lo);
        }
        return out;
    }

    static Object conv(Object n, long fromBase, long toBase, FunctionContext c) {
        long absFrom = Math.abs(fromBase);
        long absTo = Math.abs(toBase);
        if (absFrom < 2 || absFrom > 36 || absTo < 2 || absTo > 36) return null;
        String s;
        if (n instanceof io.sprocket.engine.type.BitValue bit) {
            s = Long.toUnsignedString(bit.bits()); // a BIT is a number in CONV/BIN/OCT
        } else if (n instanceof Double || n instanceof BigDecimal) {
            s = Long.toString(Coercion.toLong(n instanceof BigDecimal d ? d.setScale(0, RoundingMode.DOWN) : n, c));
        } else {
            s = str(n).trim();
        }
        boolean negative = false;
        int i = 0;
        if (i < s.length() && s.charAt(i) == '-') {
            negative = true;
            i++;
        }
        if (i >= s.length()) return null; // nothing to convert
        BigInteger value = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(absFrom);
        for (; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), (int) absFrom);
            if (d < 0) break;
            value = value.multiply(base).add(BigInteger.valueOf(d));
            if (value.bitLength() > 64) {
                value = Coercion.TWO_64.subtract(BigInteger.ONE);
                break;
            }
        }
        long bits = value.longValue();
        if (negative) {
            bits = fromBase < 0 ? -bits : -bits; // two's complement wrap either way
        }
        String result;
        if (toBase < 0) {
            result = Long.toString(bits, (int) absTo);
        } else {
            result = new BigInteger(Long.toUnsignedString(bits)).toString((int) absTo);
        }
        return result.toUpperCase(java.util.Locale.ROOT);
    }

    private static Object format(Object[] a, FunctionContext c) {
        if (a[0] == null || a[1] == null) return null;
        long d = Math.max(0, Math.min(30, toLong(a[1], c)));
        String locale = a.length == 3 && a[2] != null ? str(a[2]) : "en_US";
        char group = ',';
        char point = '.';
        switch (locale.toLowerCase(java.util.Locale.ROOT)) {
            case "de_de", "es_es", "it_it", "nl_nl", "pt_br", "id_id", "da_dk", "tr_tr" -> {
                group = '.';
                point = ',';
            }
            case "de_ch", "rm_ch", "it_ch" -> group = '\'';
            case "fr_fr", "ru_ru", "sv_se", "fi_fi", "pl_pl", "cs_cz", "uk_ua", "nb_no" -> {
                group = ' ';
                point = ',';
            }
            default -> { }
        }
        BigDecimal x = Coercion.toDecimal(a[0], c).setScale((int) d, RoundingMode.HALF_UP);
        String plain = x.abs().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        if (x.signum() < 0) sb.append('-');
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) sb.append(group);
            sb.append(intPart.charAt(i));
        }
        if (dot >= 0) sb.append(point).append(plain, dot + 1, plain.length());
        return sb.toString();
    }

    static Object quote(Object v) {
        if (v == null) return "NULL";
        String s = Coercion.str(v);
        StringBuilder sb = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\0' -> sb.append("\\0");
                case '\u001A' -> sb.append("\\Z");
                default -> sb.append(ch);
            }
        }
        return sb.append('\'').toString();
    }

    private static Object toBase64(Object[] a, FunctionContext c) {
        if (a[0] == null) return null;
        // MySQL wraps every 76 characters with a newline and no trailing newline.
        String encoded = Base64.getEncoder().encodeToString(Coercion.bytes(a[0]));
        if (encoded.length() <= 76) return encoded;
        StringBuilder sb = new StringBuilder(encoded.length() + encoded.length() / 76);
        for (int i = 0; i < encoded.length(); i += 76) {
            if (i > 0) sb.append('\n');
            sb.append(encoded, i, Math.min(encoded.length(), i + 76));
        }
        return sb.toString();
    }

    private static Object fromBase64(Object[] a, FunctionContext c) {
        if (a[0] == null) return null;
        String s = new String(Coercion.bytes(a[0]), StandardCharsets.ISO_8859_1);
        try {
            return Base64.getMimeDecoder().decode(s.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Object digest(Object v, String algorithm) {
        if (v == null) return null;
        try {
            return LOWER_HEX.formatHex(MessageDigest.getInstance(algorithm).digest(Coercion.bytes(v)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sha2(Object[] a, FunctionContext c) {
        if (anyNull(a)) return null;
        String algorithm = switch ((int) Math.max(-1, Math.min(1024, toLong(a[1], c)))) {
            case 0, 256 -> "SHA-256";
            case 224 -> "SHA-224";
            case 384 -> "SHA-384";
            case 512 -> "SHA-512";
            default -> null;
        };
        return algorithm == null ? null : digest(a[0], algorithm);
    }

    /** From the value alone: a string counts as a literal (4), a number 5, NULL 6; columns need the analyzer. */
    private static Object coercibility(Object v) {
        if (v == null) return 6L;
        if (v instanceof String || v instanceof byte[]) return 4L;
        return 5L;
    }
}
