package io.sprocket.conformance.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestFileParserTest {
    private static final String SAMPLE = """
            # a comment
            statement ok
            CREATE DATABASE d1
            ----
            affected 1

            onlyif mysql
            knownfail ours info string missing
            statement ok
            INSERT INTO d1.t VALUES (1),
              (2)
            ----
            affected 2
            info Records: 2  Duplicates: 0  Warnings: 0
            ---- warnings
            Warning\t1265\tData truncated for column 'a' at row 1

            statement error ER_NO_SUCH_TABLE 42S02
            SELECT * FROM d1.nope
            ----
            Table 'd1.nope' doesn't exist

            statement error 1064
            SELEC 1
            ----
            ~You have an error.*

            query IT rowsort colnames
            SELECT id, name FROM d1.t
            ----
            id\tname
            1\talice
            2\t(empty)
            ---- warnings
            Note\t1003\tx

            multi
            CALL p()
            ---- query I nosort
            1
            ---- ok
            affected 1

            connect alice user=alice password=pw db=d1
            connection alice
            disconnect alice
            # trailing comment
            """;

    @Test
    void parsesEveryRecordKind() {
        TestFile file = TestFileParser.parse("sample.test", SAMPLE);
        assertThat(file.items()).hasSize(9);
        assertThat(file.sqlRecordCount()).isEqualTo(6);
        assertThat(file.items().get(0).preamble()).containsExactly("# a comment");
        assertThat(file.items().get(0).record()).isEqualTo(
                new TestRecord.Sql(2, "CREATE DATABASE d1", new Expectation.Ok(1, "", List.of())));

        TestFile.Item insert = file.items().get(1);
        assertThat(insert.modifiers().onlyIf()).containsExactly("mysql");
        assertThat(insert.modifiers().knownFail()).containsExactly(
                new Modifiers.KnownFail("ours", "info string missing"));
        TestRecord.Sql sql = (TestRecord.Sql) insert.record();
        assertThat(sql.line()).isEqualTo(9);
        assertThat(sql.sql()).isEqualTo("INSERT INTO d1.t VALUES (1),\n  (2)");
        assertThat(sql.expectation()).isEqualTo(new Expectation.Ok(2, "Records: 2  Duplicates: 0  Warnings: 0",
                List.of("Warning\t1265\tData truncated for column 'a' at row 1")));

        assertThat(((TestRecord.Sql) file.items().get(2).record()).expectation()).isEqualTo(
                new Expectation.Error("ER_NO_SUCH_TABLE", "42S02", "Table 'd1.nope' doesn't exist", false));
        assertThat(((TestRecord.Sql) file.items().get(3).record()).expectation()).isEqualTo(
                new Expectation.Error("1064", null, "You have an error.*", true));

        Expectation.Rows rows = (Expectation.Rows) ((TestRecord.Sql) file.items().get(4).record()).expectation();
        assertThat(rows.types()).isEqualTo("IT");
        assertThat(rows.sort()).isEqualTo(Expectation.Sort.ROWSORT);
        assertThat(rows.columns()).containsExactly("id", "name");
        assertThat(rows.rows()).containsExactly(List.of("1", "alice"), List.of("2", "(empty)"));
        assertThat(rows.warnings()).containsExactly("Note\t1003\tx");

        TestRecord.Multi multi = (TestRecord.Multi) file.items().get(5).record();
        assertThat(multi.results()).hasSize(2);
        assertThat(multi.results().get(1)).isEqualTo(new Expectation.Ok(1, "", List.of()));

        assertThat(file.items().get(6).record()).isEqualTo(new TestRecord.Connect(44, "alice", "alice", "pw", "d1"));
        assertThat(file.items().get(7).record()).isEqualTo(new TestRecord.Switch(45, "alice"));
        assertThat(file.items().get(8).record()).isEqualTo(new TestRecord.Disconnect(46, "alice"));
        assertThat(file.trailer()).containsExactly("# trailing comment");
    }

    @Test
    void writerRoundTripsTheCanonicalForm() {
        TestFile file = TestFileParser.parse("sample.test", SAMPLE);
        String written = TestFileWriter.write(file);
        assertThat(written).isEqualTo(SAMPLE);
        assertThat(TestFileParser.parse("again.test", written).items()).isEqualTo(file.items());
    }

    @Test
    void queryWithoutSeparatorExpectsNoRows() {
        TestFile file = TestFileParser.parse("q.test", "query I\nSELECT 1 FROM DUAL WHERE 0\n");
        Expectation.Rows rows = (Expectation.Rows) ((TestRecord.Sql) file.items().getFirst().record()).expectation();
        assertThat(rows.rows()).isEmpty();
    }

    @Test
    void reportsMalformedInputWithFileAndLine() {
        assertThatThrownBy(() -> TestFileParser.parse("bad.test", "statement ok\n\n"))
                .isInstanceOf(FormatException.class).hasMessage("bad.test:1: record has no SQL");
        assertThatThrownBy(() -> TestFileParser.parse("bad.test", "# x\nstatement maybe\nSELECT 1\n"))
                .hasMessage("bad.test:2: expected 'statement ok' or 'statement error'");
        assertThatThrownBy(() -> TestFileParser.parse("bad.test", "query X\nSELECT 1\n----\n1\n"))
                .hasMessage("bad.test:1: type letters are I N R T B D J ?");
        assertThatThrownBy(() -> TestFileParser.parse("bad.test", "skipif mariadb\n\nstatement ok\nSELECT 1\n"))
                .hasMessage("bad.test:2: modifiers must be directly followed by a record");
        assertThatThrownBy(() -> TestFileParser.parse("bad.test", "statement ok\nSELECT 1\n----\nrows 3\n"))
                .hasMessage("bad.test:4: expected 'affected N', 'info TEXT' or '---- warnings'");
    }

    @Test
    void modifiersSelectTargets() {
        Modifiers onlyMysql = new Modifiers(List.of("mysql"), List.of(), List.of());
        assertThat(onlyMysql.runsOn(java.util.Set.of("mariadb"))).isFalse();
        assertThat(onlyMysql.runsOn(java.util.Set.of("wire", "ours", "mysql"))).isTrue();
        Modifiers skipMariadb = new Modifiers(List.of(), List.of("mariadb"), List.of());
        assertThat(skipMariadb.runsOn(java.util.Set.of("mariadb"))).isFalse();
        assertThat(skipMariadb.runsOn(java.util.Set.of("engine", "ours"))).isTrue();
        Modifiers wireOnly = new Modifiers(List.of(), List.of(), List.of(new Modifiers.KnownFail("wire", "x")));
        assertThat(wireOnly.knownFailFor(java.util.Set.of("engine", "ours"))).isNull();
        assertThat(wireOnly.knownFailFor(java.util.Set.of("wire", "ours"))).isNotNull();
    }

    @Test
    void valueTextEscapesSoARowStaysOneLine() {
        assertThat(ValueText.text(null)).isEqualTo("NULL");
        assertThat(ValueText.text("")).isEqualTo("(empty)");
        assertThat(ValueText.text("a\tb\nc\\d\re")).isEqualTo("a\\tb\\nc\\\\d\\re");
        assertThat(ValueText.binary(new byte[] {0, (byte) 0xff, 0x41})).isEqualTo("0x00FF41");
        assertThat(ValueText.binary(new byte[0])).isEqualTo("(empty)");
    }
}
