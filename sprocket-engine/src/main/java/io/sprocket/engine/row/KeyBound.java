package io.sprocket.engine.row;

import java.util.Objects;

/**
 * One end of an index range: values for the first {@code values.length} key parts, in key-part order, and whether
 * the end itself is included. Bounds are in index order: for a DESC key part the low bound holds the larger value.
 */
public record KeyBound(Object[] values, boolean inclusive) {
    public KeyBound {
        Objects.requireNonNull(values);
    }

    public static KeyBound inclusive(Object... values) {
        return new KeyBound(values, true);
    }

    public static KeyBound exclusive(Object... values) {
        return new KeyBound(values, false);
    }
}
