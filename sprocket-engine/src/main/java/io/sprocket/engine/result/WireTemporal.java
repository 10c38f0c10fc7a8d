package io.sprocket.engine.result;

/**
 * A DATE, DATETIME/TIMESTAMP or TIME value at the protocol boundary, as parts (zero dates allowed).
 * For TIME, {@code day} carries whole days beyond 24 hours only in the binary protocol; {@code hour}
 * may exceed 23 (up to 838) and {@code day} is 0 in this record.
 */
public record WireTemporal(Kind kind, boolean negative, int year, int month, int day,
                           int hour, int minute, int second, int micros) {
    public enum Kind { DATE, DATETIME, TIME }
}
