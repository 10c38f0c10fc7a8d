package io.sprocket.engine.function;

import static io.sprocket.engine.function.Text.anyNull;

import io.sprocket.engine.error.ErrorCode;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** DATE_FORMAT, TIME_FORMAT, STR_TO_DATE and GET_FORMAT with MySQL's %-specifiers (English names). */
final class DateFormats {
    private DateFormats() {}

    static void register(FunctionRegistry.Builder b) {
        b.add("date_format", 2, 2, ResultTypeRule.STRING, (a, c) -> {
            if (anyNull(a)) return null;
            SqlDateTime t = a[0] instanceof SqlTime time ? Temporal.toDateTime(time, c) : Temporal.toDateTime(a[0], c);
            return t == null ? null : format(t, Coercion.str(a[1]), c);
        });
        b.add("time_format", 2, 2, ResultTypeRule.STRING, (a, c) -> {
            if (anyNull(a)) return null;
            SqlTime t = Temporal.toTime(a[0], c);
            return t == null ? null : formatTime(t, Coercion.str(a[1]));
        });
        b.add("str_to_date", 2, 2, ResultTypeRule.DATETIME, (a, c) -> anyNull(a) ? null
                : strToDate(Coercion.str(a[0]), Coercion.str(a[1]), c));
        b.add("get_format", 2, 2, ResultTypeRule.STRING, (a, c) -> anyNull(a) ? null
                : getFormat(Coercion.str(a[0]).toUpperCase(Locale.ROOT), Coercion.str(a[1]).toUpperCase(Locale.ROOT)));
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }

    static String format(SqlDateTime t, String fmt, FunctionContext c) {
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        LocalDate date = t.isValidCalendarDate() ? t.date().toLocalDate() : null;
        for (int i = 0; i < fmt.length(); i++) {
            char ch = fmt.charAt(i);
            if (ch != '%' || i + 1 == fmt.length()) {
                sb.append(ch);
                continue;
            }
            char spec = fmt.charAt(++i);
            int hour12 = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
            switch (spec) {
                case 'a' -> {
                    if (date == null) return null;
                    sb.append(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                }
                case 'W' -> {
                    if (date == null) return null;
                    sb.append(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                }
                case 'b' -> {
                    if (t.month() == 0) return null;
                    sb.append(java.time.Month.of(t.month()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                }
                case 'M' -> {
                    if (t.month() == 0) return null;
                    sb.append(java.time.Month.of(t.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                }
                case 'c' -> sb.append(t.month());
                case 'm' -> sb.append(two(t.month()));
                case 'D' -> sb.append(t.day()).append(suffix(t.day()));
                case 'd' -> sb.append(two(t.day()));
                case 'e' -> sb.append(t.day());
                case 'f' -> sb.append(String.format("%06d", t.micros()));
                case 'H' -> sb.append(two(t.hour()));
                case 'k' -> sb.append(t.hour());
                case 'h', 'I' -> sb.append(two(hour12));
                case 'l' -> sb.append(hour12);
                case 'i' -> sb.append(two(t.minute()));
                case 'S', 's' -> sb.append(two(t.second()));
                case 'p' -> sb.append(t.hour() < 12 ? "AM" : "PM");
                case 'r' -> sb.append(two(hour12)).append(':').append(two(t.minute())).append(':')
                        .append(two(t.second())).append(t.hour() < 12 ? " AM" : " PM");
                case 'T' -> sb.append(two(t.hour())).append(':').append(two(t.minute())).append(':').append(two(t.second()));
                case 'j' -> {
                    if (date == null) return null;
                    sb.append(String.format("%03d", date.getDayOfYear()));
                }
                case 'U', 'u', 'V', 'v' -> {
                    if (date == null) return null;
                    int mode = switch (spec) {
                        case 'U' -> 0;
                        case 'u' -> 1;
                        case 'V' -> 2;
                        default -> 3;
                    };
                    sb.append(two(DateTimeFunctions.Weeks.week(date, mode)[1]));
                }
                case 'X', 'x' -> {
                    if (date == null) return null;
                    sb.append(String.format("%04d", DateTimeFunctions.Weeks.week(date, spec == 'X' ? 2 : 3)[0]));
                }
                case 'w' -> {
                    if (date == null) return null;
                    sb.append(date.getDayOfWeek().getValue() % 7);
                }
                case 'Y' -> sb.append(String.format("%04d", t.year()));
                case 'y' -> sb.append(two(t.year() % 100));
                default -> sb.append(spec); // %% and unknown specifiers print the character
            }
        }
        return sb.toString();
    }

    private static String suffix(int day) {
        if (day >= 11 && day <= 13) return "th";
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** TIME_FORMAT: hour specifiers may exceed 23; date specifiers give NULL. */
    static String formatTime(SqlTime t, String fmt) {
        StringBuilder sb = new StringBuilder();
        if (t.negative()) sb.append('-');
        int h = t.hour();
        int hour12 = h % 12 == 0 ? 12 : h % 12;
        for (int i = 0; i < fmt.length(); i++) {
            char ch = fmt.charAt(i);
            if (ch != '%' || i + 1 == fmt.length()) {
                sb.append(ch);
                continue;
            }
            char spec = fmt.charAt(++i);
            switch (spec) {
                case 'H' -> sb.append(two(h));
                case 'k' -> sb.append(h);
                case 'h', 'I' -> sb.append(two(hour12));
                case 'l' -> sb.append(hour12);
                case 'i' -> sb.append(two(t.minute()));
                case 'S', 's' -> sb.append(two(t.second()));
                case 'f' -> sb.append(String.format("%06d", t.micros()));
                case 'p' -> sb.append(h % 24 < 12 ? "AM" : "PM");
                case 'r' -> sb.append(two(hour12)).append(':').append(two(t.minute())).append(':')
                        .append(two(t.second())).append(h % 24 < 12 ? " AM" : " PM");
                case 'T' -> sb.append(two(h)).append(':').append(two(t.minute())).append(':').append(two(t.second()));
                case 'a', 'b', 'D', 'j', 'M', 'U', 'u', 'V', 'v', 'W', 'w', 'X', 'x' -> {
                    return null;
                }
                case 'c', 'e' -> sb.append('0');
                case 'd', 'm', 'y' -> sb.append("00");
                case 'Y' -> sb.append("0000");
                default -> sb.append(spec);
            }
        }
        return sb.toString();
    }

    /** STR_TO_DATE: DATETIME, or DATE / TIME when the format has only date / only time parts. */
    static Object strToDate(String s, String fmt, FunctionContext c) {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, micros = 0;
        boolean pm = false, hasAmPm = false, hasDate = false, hasTime = false;
        int yday = -1;
        int pos = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char ch = fmt.charAt(i);
            if (Character.isWhitespace(ch)) {
                while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
                continue;
            }
            if (ch != '%' || i + 1 == fmt.length()) {
                if (pos >= s.length() || s.charAt(pos) != ch) return bad(s, c);
                pos++;
                continue;
            }
            char spec = fmt.charAt(++i);
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos)) && spec != '%') pos++;
            switch (spec) {
                case 'Y', 'y', 'm', 'c', 'd', 'e', 'H', 'k', 'h', 'I', 'l', 'i', 'S', 's', 'f', 'j', 'D' -> {
                    int max = switch (spec) {
                        case 'Y' -> 4;
                        case 'f' -> 6;
                        case 'j' -> 3;
                        default -> 2;
                    };
                    int start = pos;
                    while (pos < s.length() && pos - start < max && Character.isDigit(s.charAt(pos))) pos++;
                    if (pos == start) return bad(s, c);
                    String digits = s.substring(start, pos);
                    int v = Integer.parseInt(digits);
                    switch (spec) {
                        case 'Y' -> {
                            year = digits.length() <= 2 ? v + (v < 70 ? 2000 : 1900) : v;
                            hasDate = true;
                        }
                        case 'y' -> {
                            year = v + (v < 70 ? 2000 : 1900);
                            hasDate = true;
                        }
                        case 'm', 'c' -> {
                            month = v;
                            hasDate = true;
                        }
                        case 'd', 'e', 'D' -> {
                            day = v;
                            hasDate = true;
                            if (spec == 'D') pos = Math.min(s.length(), pos + 2); // skip st/nd/rd/th
                        }
                        case 'j' -> {
                            yday = v;
                            hasDate = true;
                        }
                        case 'H', 'k', 'h', 'I', 'l' -> {
                            hour = v;
                            hasTime = true;
                        }
                        case 'i' -> {
                            minute = v;
                            hasTime = true;
                        }
                        case 'S', 's' -> {
                            second = v;
                            hasTime = true;
                        }
                        case 'f' -> {
                            micros = Integer.parseInt((digits + "000000").substring(0, 6));
                            hasTime = true;
                        }
                        default -> { }
                    }
                }
                case 'p' -> {
                    if (s.regionMatches(true, pos, "AM", 0, 2)) pm = false;
                    else if (s.regionMatches(true, pos, "PM", 0, 2)) pm = true;
                    else return bad(s, c);
                    hasAmPm = true;
                    pos += 2;
                }
                case 'M', 'b' -> {
                    int found = 0;
                    for (int m = 1; m <= 12 && found == 0; m++) {
                        String name = java.time.Month.of(m).getDisplayName(spec == 'M' ? TextStyle.FULL : TextStyle.SHORT,
                                Locale.ENGLISH);
                        if (s.regionMatches(true, pos, name, 0, name.length())) {
                            found = m;
                            pos += name.length();
                        }
                    }
                    if (found == 0) return bad(s, c);
                    month = found;
                    hasDate = true;
                }
                case 'W', 'a' -> {
                    boolean matched = false;
                    for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                        String name = d.getDisplayName(spec == 'W' ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH);
                        if (s.regionMatches(true, pos, name, 0, name.length())) {
                            pos += name.length();
                            matched = true;
                            break;
                        }
                    }
                    if (!matched) return bad(s, c);
                }
                case 'T', 'r' -> {
                    Object t = strToDate(s.substring(pos), spec == 'T' ? "%H:%i:%s" : "%h:%i:%s %p", null);
                    if (!(t instanceof SqlTime time)) return bad(s, c);
                    hour = time.hour();
                    minute = time.minute();
                    second = time.second();
                    hasTime = true;
                    pos = s.length(); // the rest was consumed by the nested parse
                }
                case '%' -> {
                    if (pos >= s.length() || s.charAt(pos) != '%') return bad(s, c);
                    pos++;
                }
                default -> {
                    return bad(s, c);
                }
            }
        }
        if (hasAmPm) {
            if (hour < 1 || hour > 12) return bad(s, c);
            hour = hour % 12 + (pm ? 12 : 0);
        }
        try {
            if (yday > 0) {
                LocalDate d = LocalDate.ofYearDay(year, yday);
                month = d.getMonthValue();
                day = d.getDayOfMonth();
            }
            // Like MySQL, only the ranges of the parts are checked (the manual's '04/31/2004' gives 2004-04-31);
            // zero parts are refused under NO_ZERO_IN_DATE.
            boolean zeroPart = (month == 0 || day == 0) && !(year == 0 && month == 0 && day == 0);
            if (hasDate && zeroPart && c != null && c.sqlMode(SqlModeFlag.NO_ZERO_IN_DATE)) return bad(s, c);
            if (hasDate && !hasTime) return new SqlDate(year, month, day);
            if (hasTime && !hasDate) return new SqlTime(false, hour, minute, second, micros);
            return new SqlDateTime(year, month, day, hour, minute, second, micros);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return bad(s, c);
        }
    }

    private static Object bad(String s, FunctionContext c) {
        if (c != null) c.warnings().warn(ErrorCode.ER_WRONG_VALUE_FOR_TYPE, "datetime", s, "str_to_date");
        return null;
    }

    private static Object getFormat(String type, String standard) {
        return switch (type) {
            case "DATE" -> switch (standard) {
                case "USA" -> "%m.%d.%Y";
                case "JIS", "ISO" -> "%Y-%m-%d";
                case "EUR" -> "%d.%m.%Y";
                case "INTERNAL" -> "%Y%m%d";
                default -> null;
            };
            case "DATETIME", "TIMESTAMP" -> switch (standard) {
                case "USA", "EUR" -> "%Y-%m-%d %H.%i.%s";
                case "JIS", "ISO" -> "%Y-%m-%d %H:%i:%s";
                case "INTERNAL" -> "%Y%m%d%H%i%s";
                default -> null;
            };
            case "TIME" -> switch (standard) {
                case "USA" -> "%h:%i:%s %p";
                case "JIS", "ISO" -> "%H:%i:%s";
                case "EUR" -> "%H.%i.%s";
                case "INTERNAL" -> "%H%i%s";
                default -> null;
            };
            default -> null;
        };
    }
}
