package io.sprocket.engine.variable;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.error.Warnings;
import io.sprocket.engine.result.ColumnMeta;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * time_zone: 'SYSTEM', an offset '[+-]h:mm' within MySQL 8.0's range -13:59 .. +14:00 (stored as '+05:00'),
 * or a named zone. MySQL accepts names only when its time zone tables are loaded; we behave as if they are,
 * using the JDK's tz database (the stored name is the JDK's spelling). Anything else gives 1298; numbers 1232.
 */
public record TimeZoneType() implements VariableType {
    public static final TimeZoneType INSTANCE = new TimeZoneType();
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2}):(\\d{2})");

    @Override
    public Object convert(String name, Object input, Warnings warnings) {
        if (input == null) throw ValueInput.wrongValue(name, null);
        String text = ValueInput.string(input);
        if (text == null) throw ValueInput.wrongType(name);
        String zone = normalize(text);
        if (zone == null) throw new SqlException(ErrorCode.ER_UNKNOWN_TIME_ZONE, text);
        return zone;
    }

    /** The stored form of a time zone name, or null when MySQL would reject it. */
    public static String normalize(String text) {
        if (text.equalsIgnoreCase("SYSTEM")) return "SYSTEM";
        Matcher m = OFFSET.matcher(text);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = Integer.parseInt(m.group(3));
            int total = (m.group(1).equals("-") ? -1 : 1) * (hours * 60 + minutes);
            if (minutes > 59 || total < -(13 * 60 + 59) || total > 14 * 60) return null;
            return String.format(Locale.ROOT, "%s%02d:%02d", m.group(1), hours, minutes);
        }
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.equalsIgnoreCase(text)) return id;
        }
        return null;
    }

    /** The zone a stored value denotes; SYSTEM is resolved by the caller (system_time_zone). */
    public static ZoneId zoneOf(String stored, ZoneId system) {
        return stored.equals("SYSTEM") ? system : ZoneId.of(stored);
    }

    @Override
    public String show(Object stored) {
        return (String) stored;
    }

    @Override
    public Object select(Object stored) {
        return stored;
    }

    @Override
    public ColumnMeta column(String alias, Object stored) {
        return ValueInput.stringColumn(alias, (String) stored);
    }
}
