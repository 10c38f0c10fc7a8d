package io.sprocket.engine.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sprocket.engine.error.SqlException;
import io.sprocket.engine.type.SqlDate;
import io.sprocket.engine.type.SqlDateTime;
import io.sprocket.engine.type.SqlTime;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateTimeFunctionsTest {
    private final TestContext c = new TestContext();

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }

    @Test
    void currentTimeIsFixedPerStatement() {
        // statement start 2024-03-15T10:20:30.123456Z, session time zone UTC
        assertThat(c.call("now")).isEqualTo(new SqlDateTime(2024, 3, 15, 10, 20, 30, 0));
        assertThat(c.call("current_timestamp", 3L)).isEqualTo(new SqlDateTime(2024, 3, 15, 10, 20, 30, 123000));
        assertThat(c.call("curdate")).isEqualTo(new SqlDate(2024, 3, 15));
        assertThat(c.call("curtime", 6L)).isEqualTo(new SqlTime(false, 10, 20, 30, 123456));
        c.zone = java.time.ZoneId.of("+05:30");
        assertThat(c.call("now")).isEqualTo(new SqlDateTime(2024, 3, 15, 15, 50, 30, 0));
        assertThat(c.call("utc_timestamp")).isEqualTo(new SqlDateTime(2024, 3, 15, 10, 20, 30, 0));
        assertThat(c.call("unix_timestamp")).isEqualTo(Instant.parse("2024-03-15T10:20:30Z").getEpochSecond());
        assertThat(c.call("sysdate")).isNotEqualTo(c.call("now"));
        assertThatThrownBy(() -> c.call("now", 7L)).isInstanceOf(SqlException.class)
                .hasMessage("Too-big precision 7 specified for 'now'. Maximum is 6.");
    }

    @Test
    void parts() {
        // select dayofweek('2024-03-15'), weekday('2024-03-15'), dayname(...), monthname(...), last_day('2024-02-10'),
        //   hour('838:00:00'), month('0000-00-00'), dayofweek('0000-00-00'), quarter('2024-08-01'), dayofyear('2024-12-31')
        assertThat(c.call("dayofweek", "2024-03-15")).isEqualTo(6L);
        assertThat(c.call("weekday", "2024-03-15")).isEqualTo(4L);
        assertThat(c.call("dayname", "2024-03-15")).isEqualTo("Friday");
        assertThat(c.call("monthname", "2024-03-15")).isEqualTo("March");
        assertThat(c.call("last_day", "2024-02-10")).isEqualTo(new SqlDate(2024, 2, 29));
        assertThat(c.call("hour", "838:00:00")).isEqualTo(838L);
        assertThat(c.call("month", "0000-00-00")).isEqualTo(0L);
        assertThat(c.call("dayofweek", "0000-00-00")).isNull();
        assertThat(c.call("quarter", "2024-08-01")).isEqualTo(3L);
        assertThat(c.call("dayofyear", "2024-12-31")).isEqualTo(366L);
        assertThat(c.call("year", new SqlDateTime(1999, 1, 2, 3, 4, 5, 0))).isEqualTo(1999L);
        assertThat(c.call("microsecond", "10:00:00.000123")).isEqualTo(123L);
        assertThat(c.call("date", "2024-03-15 10:20:30")).isEqualTo(new SqlDate(2024, 3, 15));
        assertThat(c.call("time", "2024-03-15 10:20:30")).isEqualTo(new SqlTime(false, 10, 20, 30, 0));
    }

    @Test
    void weeks() {
        // select week('2024-01-01',0), week('2024-12-31',1), week('2024-12-31',3), yearweek('2024-01-01'),
        //        week('2021-01-01',3), week('2021-01-01',2), extract(week from '2024-03-15') -> 0 53 1 202353 53 52 10
        assertThat(c.call("week", "2024-01-01", 0L)).isEqualTo(0L);
        assertThat(c.call("week", "2024-12-31", 1L)).isEqualTo(53L);
        assertThat(c.call("week", "2024-12-31", 3L)).isEqualTo(1L);
        assertThat(c.call("yearweek", "2024-01-01")).isEqualTo(202353L);
        assertThat(c.call("week", "2021-01-01", 3L)).isEqualTo(53L);
        assertThat(c.call("week", "2021-01-01", 2L)).isEqualTo(52L);
        assertThat(c.call("extract", "WEEK", "2024-03-15")).isEqualTo(10L);
    }

    @Test
    void arithmetic() {
        // select date_add('2024-01-31', interval 1 month), date_add('2024-01-31 10:00:00', interval '1 2:3:4' day_second),
        //   date_add('2024-01-31', interval 1 hour), date_sub(date'2024-03-01', interval 1 day), adddate('2024-01-01', 31),
        //   date_add('9999-12-31', interval 1 day)
        assertThat(c.call("date_add", "2024-01-31", 1L, "MONTH")).isEqualTo("2024-02-29");
        assertThat(c.call("date_add", "2024-01-31 10:00:00", "1 2:3:4", "DAY_SECOND")).isEqualTo("2024-02-01 12:03:04");
        assertThat(c.call("date_add", "2024-01-31", 1L, "HOUR")).isEqualTo("2024-01-31 01:00:00");
        assertThat(c.call("date_sub", new SqlDate(2024, 3, 1), 1L, "DAY")).isEqualTo(new SqlDate(2024, 2, 29));
        assertThat(c.call("adddate", "2024-01-01", 31L)).isEqualTo("2024-02-01");
        assertThat(c.call("date_add", "9999-12-31", 1L, "DAY")).isNull();
        assertThat(c.call("date_add", "2024-01-01", Long.MAX_VALUE, "DAY")).isNull();
        c.conditions.remove(1);
        assertThat(c.warningTexts()).containsExactly("Warning 1441 Datetime function: datetime field overflow");
        // select date_add('2024-13-01', interval 1 day) -> NULL, Warning 1292 Incorrect datetime value: '2024-13-01'
        assertThat(c.call("date_add", "2024-13-01", 1L, "DAY")).isNull();
        assertThat(c.warningTexts()).last().isEqualTo("Warning 1292 Incorrect datetime value: '2024-13-01'");
        assertThat(text(c.call("date_add", new SqlDate(2024, 1, 1), new BigDecimal("-1.5"), "SECOND")))
                .isEqualTo("2023-12-31 23:59:58.500000");
        // timestampdiff(month,'2024-01-31','2024-02-29'), timestampdiff(second,'2024-01-01','2024-01-02 00:00:01'),
        // timestampadd(minute,90,'2024-01-01'), datediff('2024-03-01','2024-02-01'), timediff('10:00:00','11:30:00.5')
        assertThat(c.call("timestampdiff", "MONTH", "2024-01-31", "2024-02-29")).isEqualTo(0L);
        assertThat(c.call("timestampdiff", "SECOND", "2024-01-01", "2024-01-02 00:00:01")).isEqualTo(86401L);
        assertThat(c.call("timestampdiff", "YEAR", "2000-02-29", "2024-02-28")).isEqualTo(23L);
        assertThat(c.call("timestampdiff", "MONTH", "2024-03-31", "2024-01-31")).isEqualTo(-2L);
        assertThat(c.call("timestampadd", "MINUTE", 90L, "2024-01-01")).isEqualTo("2024-01-01 01:30:00");
        assertThat(c.call("datediff", "2024-03-01", "2024-02-01")).isEqualTo(29L);
        assertThat(text(c.call("timediff", "10:00:00", "11:30:00.5"))).isEqualTo("-01:30:00.500000");
        // addtime('2024-01-01 23:00:00','02:00:00'), subtime('10:00:00','-01:00:00')
        assertThat(c.call("addtime", "2024-01-01 23:00:00", "02:00:00")).isEqualTo("2024-01-02 01:00:00");
        assertThat(c.call("subtime", "10:00:00", "-01:00:00")).isEqualTo("11:00:00");
    }

    @Test
    void conversions() {
        // to_days('2024-03-15'), from_days(739325), to_seconds('2024-03-15 00:00:01'), makedate(2024,60),
        // maketime(12,15,30), sec_to_time(3661), time_to_sec('01:01:01'), period_add(202401,13), period_diff(202401,202312)
        assertThat(c.call("to_days", "2024-03-15")).isEqualTo(739325L);
        assertThat(c.call("from_days", 739325L)).isEqualTo(new SqlDate(2024, 3, 15));
        assertThat(c.call("to_seconds", "2024-03-15 00:00:01")).isEqualTo(63877680001L);
        assertThat(c.call("makedate", 2024L, 60L)).isEqualTo(new SqlDate(2024, 2, 29));
        assertThat(c.call("maketime", 12L, 15L, 30L)).isEqualTo(new SqlTime(false, 12, 15, 30, 0));
        assertThat(c.call("sec_to_time", 3661L)).isEqualTo(new SqlTime(false, 1, 1, 1, 0));
        assertThat(c.call("time_to_sec", "01:01:01")).isEqualTo(3661L);
        assertThat(c.call("period_add", 202401L, 13L)).isEqualTo(202502L);
        assertThat(c.call("period_diff", 202401L, 202312L)).isEqualTo(1L);
        // extract(day_minute from '2024-01-02 03:04:05'), extract(year_month from '2024-01-02'), extract(hour_second from '10:20:30')
        assertThat(c.call("extract", "DAY_MINUTE", "2024-01-02 03:04:05")).isEqualTo(20304L);
        assertThat(c.call("extract", "YEAR_MONTH", "2024-01-02")).isEqualTo(202401L);
        assertThat(c.call("extract", "HOUR_SECOND", "10:20:30")).isEqualTo(102030L);
        // unix_timestamp('2024-03-15 10:20:30'), from_unixtime(1710498030), convert_tz(... '+00:00','+05:30')
        assertThat(c.call("unix_timestamp", "2024-03-15 10:20:30")).isEqualTo(1710498030L);
        assertThat(c.call("from_unixtime", 1710498030L)).isEqualTo(new SqlDateTime(2024, 3, 15, 10, 20, 30, 0));
        assertThat(c.call("convert_tz", "2024-03-15 10:00:00", "+00:00", "+05:30"))
                .isEqualTo(new SqlDateTime(2024, 3, 15, 15, 30, 0, 0));
        // MySQL with time zone tables loaded: convert_tz('2024-07-01 12:00:00','UTC','Europe/Paris') -> 14:00:00
        assertThat(c.call("convert_tz", "2024-07-01 12:00:00", "UTC", "Europe/Paris"))
                .isEqualTo(new SqlDateTime(2024, 7, 1, 14, 0, 0, 0));
        assertThat(c.call("convert_tz", "2024-07-01 12:00:00", "UTC", "Nowhere/City")).isNull();
    }

    @Test
    void formatting() {
        // select date_format('2024-03-05 14:07:09.000123','%a %W %b %M %c %m %D %d %e %f %H %k %h %l %i %S %p %r %T %j
        //   %U %u %V %v %X %x %w %Y %y %%')
        assertThat(c.call("date_format", "2024-03-05 14:07:09.000123",
                "%a %W %b %M %c %m %D %d %e %f %H %k %h %l %i %S %p %r %T %j %U %u %V %v %X %x %w %Y %y %%"))
                .isEqualTo("Tue Tuesday Mar March 3 03 5th 05 5 000123 14 14 02 2 07 09 PM 02:07:09 PM 14:07:09 065 09 10 "
                        + "09 10 2024 2024 2 2024 24 %");
        // time_format('100:05:06','%H %k %h %i %s %p') -> 100 100 04 05 06 AM
        assertThat(c.call("time_format", "100:05:06", "%H %k %h %i %s %p")).isEqualTo("100 100 04 05 06 AM");
        // str_to_date('05/03/2024','%d/%m/%Y'), str_to_date('2024-03-05 2:07:09 PM','%Y-%m-%d %h:%i:%s %p'),
        // str_to_date('14:07','%H:%i'), str_to_date('March 5 2024','%M %e %Y'), get_format(date,'EUR')
        assertThat(c.call("str_to_date", "05/03/2024", "%d/%m/%Y")).isEqualTo(new SqlDate(2024, 3, 5));
        assertThat(c.call("str_to_date", "2024-03-05 2:07:09 PM", "%Y-%m-%d %h:%i:%s %p"))
                .isEqualTo(new SqlDateTime(2024, 3, 5, 14, 7, 9, 0));
        assertThat(c.call("str_to_date", "14:07", "%H:%i")).isEqualTo(new SqlTime(false, 14, 7, 0, 0));
        assertThat(c.call("str_to_date", "March 5 2024", "%M %e %Y")).isEqualTo(new SqlDate(2024, 3, 5));
        // MySQL manual: STR_TO_DATE('04/31/2004', '%m/%d/%Y') -> '2004-04-31' (only part ranges are checked)
        assertThat(c.call("str_to_date", "04/31/2004", "%m/%d/%Y")).isEqualTo(new SqlDate(2004, 4, 31));
        assertThat(c.call("str_to_date", "nonsense", "%Y")).isNull();
        assertThat(c.warningTexts()).containsExactly(
                "Warning 1411 Incorrect datetime value: 'nonsense' for function str_to_date");
        assertThat(c.call("get_format", "DATE", "EUR")).isEqualTo("%d.%m.%Y");
    }
}
