package io.sprocket.engine.type;

import io.sprocket.engine.error.Warnings;
import java.time.LocalDateTime;

/** Store assignment into DATE, DATETIME, TIMESTAMP and TIME columns; see {@link StoreAssignment}. */
final class StoreTemporals {
    private StoreTemporals() {}

    static Object dateTime(Object v, StoreAssignment.Target t) {
        SqlType type = t.type();
        boolean isDate = type.kind() == TypeKind.DATE;
        String typeName = isDate ? "date" : "datetime";
        StoreMode mode = t.mode();
        int parseBits = mode.allowInvalidDates() ? Temporals.ALLOW_INVALID_DATES : 0;
        SqlDateTime dt;
        boolean garbage = false, droppedTime = false;
        switch (v) {
            case SqlDateTime x -> { dt = x; droppedTime = isDate && x.time().toMicros() != 0; }
            case SqlDate x -> dt = x.atStartOfDay();
            case SqlTime x -> dt = Temporals.timeToDateTime(x, LocalDateTime.now());
            case String s -> {
                TemporalParser.Result r = TemporalParser.parseDateTime(s, parseBits);
                if (r == null) {
                    StoreAssignment.incorrectTemporal(t, typeName, s);
                    return zero(isDate);
                }
                dt = r.value();
                garbage = r.trailingGarbage();
                droppedTime = isDate && r.hasTime() && dt.time().toMicros() != 0;
            }
            case byte[] b -> { return dateTime(new String(b, java.nio.charset.StandardCharsets.UTF_8), t); }
            default -> {
                Object n = Values.toNumeric(v, Warnings.IGNORE);
                dt = Temporals.fromNumber(n, parseBits, Warnings.IGNORE, typeName);
                if (dt == null) {
                    StoreAssignment.incorrectTemporal(t, typeName, Values.toText(v));
                    return zero(isDate);
                }
            }
        }
        if (garbage) {
            if (mode.strict()) {
                StoreAssignment.incorrectTemporal(t, typeName, Values.toText(v));
            }
            StoreAssignment.truncated(t);
        }
        // zero dates and zero parts: errors in strict mode with NO_ZERO_DATE / NO_ZERO_IN_DATE, else warnings
        boolean zeroDate = dt.year() == 0 && dt.month() == 0 && dt.day() == 0;
        if (zeroDate && mode.noZeroDate() || !zeroDate && (dt.month() == 0 || dt.day() == 0) && mode.noZeroInDate()) {
            if (mode.strict()) StoreAssignment.incorrectTemporal(t, typeName, Values.toText(v));
            else if (!zeroDate) {
                StoreAssignment.incorrectTemporal(t, typeName, Values.toText(v));
                return zero(isDate);
            } else {
                t.w().warn(io.sprocket.engine.error.ErrorCode.WARN_DATA_TRUNCATED, t.column(), t.row());
            }
        }
        if (isDate) {
            if (droppedTime) StoreAssignment.truncatedNote(t);
            return dt.date();
        }
        int fsp = type.fsp();
        return mode.timeTruncateFractional() ? Temporals.truncate(dt, fsp) : Temporals.round(dt, fsp);
    }

    private static Object zero(boolean isDate) { return isDate ? SqlDate.ZERO : SqlDateTime.ZERO; }

    static Object time(Object v, StoreAssignment.Target t) {
        int fsp = t.type().fsp();
        SqlTime tm;
        switch (v) {
            case SqlTime x -> tm = x;
            case SqlDateTime x -> tm = x.time();
            case SqlDate x -> tm = SqlTime.ZERO;
            default -> {
                Collecting c = new Collecting();
                tm = Temporals.toTime(v, c);
                if (tm == null) {
                    StoreAssignment.incorrectTemporal(t, "time", Values.toText(v));
                    return SqlTime.ZERO;
                }
                if (c.truncatedRange) {
                    if (t.mode().strict()) StoreAssignment.incorrectTemporal(t, "time", Values.toText(v));
                    StoreAssignment.outOfRange(t);
                } else if (c.any) {
                    StoreAssignment.truncated(t);
                }
            }
        }
        SqlTime r = t.mode().timeTruncateFractional() ? SqlTime.ofMicros(tm.toMicros() / pow10(6 - fsp) * pow10(6 - fsp))
                : Temporals.round(tm, fsp);
        return r;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) p *= 10;
        return p;
    }

    /** Notices whether parsing a TIME clipped it to the range or dropped text. */
    private static final class Collecting implements Warnings {
        boolean any, truncatedRange;

        @Override
        public void add(io.sprocket.engine.error.Condition condition) {
            any = true;
            if (condition.message().startsWith("Truncated incorrect time value")) truncatedRange = true;
        }
    }
}
