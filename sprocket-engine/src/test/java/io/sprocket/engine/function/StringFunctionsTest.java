package io.sprocket.engine.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expected values come from the oracle; each query is in the comment above its assertions. */
class StringFunctionsTest {
    private final TestContext c = new TestContext();

    @Test
    void multibyteLengths() {
        // select length('é😀'), char_length('é😀'), upper('straße'), reverse('a😀b'), substring('h😀llo',2,2), lpad('😀',3,'é')
        assertThat(c.call("length", "é😀")).isEqualTo(6L);
        assertThat(c.call("char_length", "é😀")).isEqualTo(2L);
        assertThat(c.call("character_length", "é😀")).isEqualTo(2L);
        assertThat(c.call("octet_length", "é😀")).isEqualTo(6L);
        assertThat(c.call("bit_length", "é")).isEqualTo(16L);
        assertThat(c.call("upper", "straße")).isEqualTo("STRAßE");
        assertThat(c.call("lcase", "ÉTÉ")).isEqualTo("été");
        assertThat(c.call("reverse", "a😀b")).isEqualTo("b😀a");
        assertThat(c.call("substring", "h😀llo", 2L, 2L)).isEqualTo("😀l");
        assertThat(c.call("lpad", "😀", 3L, "é")).isEqualTo("éé😀");
        assertThat(c.call("length", "")).isEqualTo(0L);
        assertThat(c.call("length", (Object) null)).isNull();
    }

    @Test
    void concatenation() {
        // select concat('a',null), concat_ws(',', 'a', null, 'b'), concat('a', 1, 2.50)
        assertThat(c.call("concat", "a", null)).isNull();
        assertThat(c.call("concat_ws", ",", "a", null, "b")).isEqualTo("a,b");
        assertThat(c.call("concat_ws", null, "a")).isNull();
        assertThat(c.call("concat", "a", 1L, new java.math.BigDecimal("2.50"))).isEqualTo("a12.50");
        assertThat(c.call("concat", "a", new byte[] {'b'})).isEqualTo(new byte[] {'a', 'b'});
    }

    @Test
    void substringsAndPositions() {
        // select substring('hello',-3,2), substring('hello',0), substring('hello',-10,2), substring('hello',2,-1)
        assertThat(c.call("substring", "hello", -3L, 2L)).isEqualTo("ll");
        assertThat(c.call("substr", "hello", 0L)).isEqualTo("");
        assertThat(c.call("mid", "hello", -10L, 2L)).isEqualTo("");
        assertThat(c.call("substring", "hello", 2L, -1L)).isEqualTo("");
        assertThat(c.call("substring", "hello", 2L)).isEqualTo("ello");
        // select left('abcdef',2.5), left('abcdef','2.7') -> abc, ab (+1292 Truncated incorrect INTEGER value: '2.7')
        assertThat(c.call("left", "abcdef", new java.math.BigDecimal("2.5"))).isEqualTo("abc");
        assertThat(c.call("left", "abcdef", "2.7")).isEqualTo("ab");
        assertThat(c.warningTexts()).containsExactly("Warning 1292 Truncated incorrect INTEGER value: '2.7'");
        assertThat(c.call("right", "abcdef", 2L)).isEqualTo("ef");
        assertThat(c.call("right", "abc", 10L)).isEqualTo("abc");
        // select insert('Quadratic',3,4,'What'), insert('Quadratic',-1,4,'What'), insert('Quadratic',3,100,'What')
        assertThat(c.call("insert", "Quadratic", 3L, 4L, "What")).isEqualTo("QuWhattic");
        assertThat(c.call("insert", "Quadratic", -1L, 4L, "What")).isEqualTo("Quadratic");
        assertThat(c.call("insert", "Quadratic", 3L, 100L, "What")).isEqualTo("QuWhat");
        // select locate('bar','foobarbar',5), instr('Foobar','BAR'), instr('😀ab','a'), locate('', 'abc', 2)
        assertThat(c.call("locate", "bar", "foobarbar", 5L)).isEqualTo(7L);
        assertThat(c.call("position", "bar", "foobarbar")).isEqualTo(4L);
        assertThat(c.call("instr", "Foobar", "BAR")).isEqualTo(4L);
        assertThat(c.call("instr", "😀ab", "a")).isEqualTo(2L);
        assertThat(c.call("locate", "", "abc", 2L)).isEqualTo(2L);
        // select substring_index('www.mysql.com','.',-2), substring_index('www.mysql.com','.',2)
        assertThat(c.call("substring_index", "www.mysql.com", ".", -2L)).isEqualTo("mysql.com");
        assertThat(c.call("substring_index", "www.mysql.com", ".", 2L)).isEqualTo("www.mysql");
        assertThat(c.call("substring_index", "www.mysql.com", ".", 0L)).isEqualTo("");
    }

    @Test
    void paddingTrimmingRepeating() {
        // select lpad('hi',-1,'?'), lpad('hi',1,'?'), lpad('hi',5,''), rpad('hi',5,'ab')
        assertThat(c.call("lpad", "hi", -1L, "?")).isNull();
        assertThat(c.call("lpad", "hi", 1L, "?")).isEqualTo("h");
        assertThat(c.call("lpad", "hi", 5L, "")).isNull();
        assertThat(c.call("rpad", "hi", 5L, "ab")).isEqualTo("hiaba");
        // select trim(both 'x' from 'xxbarxx'), trim(leading 'xy' from 'xyxyaxy'), ltrim('  a '), rtrim(' a  ')
        assertThat(c.call("trim_both", "xxbarxx", "x")).isEqualTo("bar");
        assertThat(c.call("trim_leading", "xyxyaxy", "xy")).isEqualTo("axy");
        assertThat(c.call("trim_trailing", "xyxyaxy", "xy")).isEqualTo("xyxya");
        assertThat(c.call("trim", "  a  ")).isEqualTo("a");
        assertThat(c.call("ltrim", "  a ")).isEqualTo("a ");
        assertThat(c.call("rtrim", " a  ")).isEqualTo(" a");
        assertThat(c.call("repeat", "ab", 3L)).isEqualTo("ababab");
        assertThat(c.call("repeat", "ab", -1L)).isEqualTo("");
        assertThat(c.call("space", 3L)).isEqualTo("   ");
        assertThat(c.call("replace", "www.mysql.com", "w", "Ww")).isEqualTo("WwWwWw.mysql.com");
    }

    @Test
    void listsAndComparison() {
        // select find_in_set('b','a,b,c'), field('Bb','aa','BB'), elt(0,'a'), elt(2,'a','b'), strcmp('a','A')
        assertThat(c.call("find_in_set", "b", "a,b,c")).isEqualTo(2L);
        assertThat(c.call("find_in_set", "b,", "a,b,c")).isEqualTo(0L);
        assertThat(c.call("field", "Bb", "aa", "BB")).isEqualTo(2L);
        assertThat(c.call("field", null, "aa")).isEqualTo(0L);
        assertThat(c.call("elt", 0L, "a")).isNull();
        assertThat(c.call("elt", 2L, "a", "b")).isEqualTo("b");
        assertThat(c.call("strcmp", "a", "A")).isEqualTo(0L);
        assertThat(c.call("strcmp", "a", "b")).isEqualTo(-1L);
    }

    @Test
    void encodings() {
        // select ord('é'), ascii('é'), hex('é'), hex(-1), hex(255.5), hex('😀'), ord('😀')
        assertThat(c.call("ord", "é")).isEqualTo(50089L);
        assertThat(c.call("ascii", "é")).isEqualTo(195L);
        assertThat(c.call("hex", "é")).isEqualTo("C3A9");
        assertThat(c.call("hex", -1L)).isEqualTo("FFFFFFFFFFFFFFFF");
        assertThat(c.call("hex", new java.math.BigDecimal("255.5"))).isEqualTo("100");
        assertThat(c.call("hex", "😀")).isEqualTo("F09F9880");
        assertThat(c.call("ord", "😀")).isEqualTo(4036991104L);
        // select conv('a',16,2), conv(-17,10,-18), conv('zz',36,10), conv('12x',10,16), conv(255,10,16), bin(5), oct(-1)
        assertThat(c.call("conv", "a", 16L, 2L)).isEqualTo("1010");
        assertThat(c.call("conv", -17L, 10L, -18L)).isEqualTo("-H");
        assertThat(c.call("conv", "zz", 36L, 10L)).isEqualTo("1295");
        assertThat(c.call("conv", "12x", 10L, 16L)).isEqualTo("C");
        assertThat(c.call("conv", 255L, 10L, 16L)).isEqualTo("FF");
        assertThat(c.call("bin", 5L)).isEqualTo("101");
        assertThat(c.call("oct", -1L)).isEqualTo("1777777777777777777777");
        // select char(77,121,83,81,'76'), hex(char(256)), hex(unhex('4D7953514C')), unhex('zz')
        assertThat(new String((byte[]) c.call("char", 77L, 121L, 83L, 81L, "76"), StandardCharsets.UTF_8))
                .isEqualTo("MySQL");
        assertThat(c.call("hex", c.call("char", 256L))).isEqualTo("0100");
        assertThat(c.call("hex", c.call("unhex", "4D7953514C"))).isEqualTo("4D7953514C");
        assertThat(c.call("unhex", "zz")).isNull();
        // select to_base64('abc'), from_base64('YWJj'), md5('a'), sha1('a'), sha2('abc',1), crc32('MySQL')
        assertThat(c.call("to_base64", "abc")).isEqualTo("YWJj");
        assertThat(c.call("from_base64", "YWJj")).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(c.call("md5", "a")).isEqualTo("0cc175b9c0f1b6a831c399e269772661");
        assertThat(c.call("sha", "a")).isEqualTo("86f7e437faa5a7fce15d1ddcb9eaeaea377667b8");
        assertThat(c.call("sha2", "abc", 1L)).isNull();
        assertThat(c.call("sha2", "abc", 256L))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(c.call("crc32", "MySQL")).isEqualTo(3259397556L);
    }

    @Test
    void formatAndQuote() {
        // select format(12332.123456, 4), format(12332.2,0), format(-0.5,0), format(1234567.891,2,'de_DE')
        assertThat(c.call("format", new java.math.BigDecimal("12332.123456"), 4L)).isEqualTo("12,332.1235");
        assertThat(c.call("format", new java.math.BigDecimal("12332.2"), 0L)).isEqualTo("12,332");
        assertThat(c.call("format", new java.math.BigDecimal("-0.5"), 0L)).isEqualTo("-1");
        assertThat(c.call("format", new java.math.BigDecimal("1234567.891"), 2L, "de_DE")).isEqualTo("1.234.567,89");
        // select quote('Don\'t!') -> 'Don\'t!'; MySQL 8.0 manual: QUOTE(NULL) is the word NULL
        assertThat(c.call("quote", "Don't!")).isEqualTo("'Don\\'t!'");
        assertThat(c.call("quote", (Object) null)).isEqualTo("NULL");
    }
}
