package io.sprocket.engine.type;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A collation: how strings of one character set compare, hash and sort in index keys.
 * {@link #compare}, {@link #equals(String, String)}, {@link #hash} and {@link #sortKey} always agree: equal
 * strings hash alike, and the unsigned bytewise order of sort keys is the compare order. Sort keys are not
 * self-delimiting; the key codec must escape or length-prefix them inside composite keys.
 *
 * <p>Weights come from {@link CollationWeights}; the UCA 9.0.0 collations (_0900_) are an approximation that
 * agrees with MySQL on case, accents, common expansions (ß, æ, ligatures) and ASCII ordering.
 */
public final class Collation {
    /** How a collation turns characters into weights. */
    public enum Algorithm {
        /** The binary pseudo-collation: bytes, no padding. */
        BINARY,
        /** Code point order ({@code _bin}). */
        CODEPOINT,
        /** MySQL's simple case folding: uppercase of the accent-stripped letter ({@code _general_ci}). */
        GENERAL_CI,
        /** Accent- and case-insensitive UCA ({@code _0900_ai_ci}, {@code _unicode_ci}). */
        UCA_PRIMARY,
        /** Accent- and case-sensitive UCA ({@code _0900_as_cs}). */
        UCA_TERTIARY
    }

    private final int id;
    private final String name;
    private final Charset charset;
    private final boolean isDefault;
    private final boolean padSpace;
    private final int sortLength;
    private final Algorithm algorithm;

    public Collation(int id, String name, Charset charset, boolean isDefault, boolean padSpace, int sortLength,
                     Algorithm algorithm) {
        this.id = id;
        this.name = Objects.requireNonNull(name);
        this.charset = Objects.requireNonNull(charset);
        this.isDefault = isDefault;
        this.padSpace = padSpace;
        this.sortLength = sortLength;
        this.algorithm = Objects.requireNonNull(algorithm);
    }

    public int id() { return id; }
    public String name() { return name; }
    public Charset charset() { return charset; }
    public String charsetName() { return charset.name(); }
    /** Whether this is its character set's default collation (SHOW COLLATION's Default column). */
    public boolean isDefault() { return isDefault; }
    /** PAD SPACE (trailing spaces ignored) or NO PAD. */
    public boolean padSpace() { return padSpace; }
    public String padAttribute() { return padSpace ? "PAD SPACE" : "NO PAD"; }
    public int sortLength() { return sortLength; }
    public Algorithm algorithm() { return algorithm; }
    public boolean isBinary() { return algorithm == Algorithm.BINARY; }
    /** Case-sensitive and accent-sensitive (binary, _bin, _as_cs). */
    public boolean isCaseSensitive() { return algorithm != Algorithm.GENERAL_CI && algorithm != Algorithm.UCA_PRIMARY; }

    public int compare(String a, String b) {
        return switch (algorithm) {
            case BINARY -> CollationWeights.compareCodePoints(a, b, false);
            case CODEPOINT -> CollationWeights.compareCodePoints(a, b, padSpace);
            case GENERAL_CI -> CollationWeights.compareGeneral(a, b, padSpace);
            case UCA_PRIMARY -> CollationWeights.compareUca(a, b, padSpace, false);
            case UCA_TERTIARY -> CollationWeights.compareUca(a, b, padSpace, true);
        };
    }

    /** Equality under this collation (e.g. {@code 'a' = 'A'} is true for _ci collations). */
    public boolean equals(String a, String b) {
        if (a.equals(b)) return true;
        return compare(a, b) == 0;
    }

    /** Bytewise comparison of binary strings (the binary collation's order; also used for byte[] values). */
    public static int compareBytes(byte[] a, byte[] b) {
        return java.util.Arrays.compareUnsigned(a, b);
    }

    /** A hash consistent with {@link #equals(String, String)}. */
    public int hash(String s) {
        return java.util.Arrays.hashCode(sortKey(s));
    }

    /** A byte string whose unsigned lexicographic order is this collation's order. */
    public byte[] sortKey(String s) {
        return switch (algorithm) {
            case BINARY -> s.getBytes(StandardCharsets.UTF_8);
            case CODEPOINT -> CollationWeights.sortKeyCodePoints(s, padSpace);
            case GENERAL_CI -> CollationWeights.sortKeyGeneral(s, padSpace);
            case UCA_PRIMARY -> CollationWeights.sortKeyUca(s, padSpace, false);
            case UCA_TERTIARY -> CollationWeights.sortKeyUca(s, padSpace, true);
        };
    }

    @Override
    public String toString() { return name; }
}
