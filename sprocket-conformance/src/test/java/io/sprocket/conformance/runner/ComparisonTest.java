package io.sprocket.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprocket.conformance.format.Expectation;
import io.sprocket.conformance.format.Expectation.Sort;
import io.sprocket.conformance.backend.Actual;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static Actual.Rows rows(String letters, List<List<String>> values) {
        List<Actual.Column> columns = letters.chars().mapToObj(c -> new Actual.Column("c", (char) c)).toList();
        return new Actual.Rows(columns, values, List.of());
    }

    private static Expectation.Rows expect(String types, Sort sort, List<List<String>> values) {
        return new Expectation.Rows(types, sort, false, List.of(), values, List.of());
    }

    @Test
    void okComparesAffectedRowsInfoAndWarnings() {
        Expectation.Ok want = new Expectation.Ok(3, "Records: 3  Duplicates: 0  Warnings: 0", List.of());
        assertThat(Comparison.compare(want, new Actual.Ok(3, "Records: 3  Duplicates: 0  Warnings: 0", List.of()), true))
                .isNull();
        assertThat(Comparison.compare(want, new Actual.Ok(2, "Records: 3  Duplicates: 0  Warnings: 0", List.of()), true))
                .isEqualTo("affected rows: expected 3, got 2");
        assertThat(Comparison.compare(want, new Actual.Ok(3, "", List.of()), true))
                .isEqualTo("info: expected [Records: 3  Duplicates: 0  Warnings: 0], got []");
        // a driver that cannot see the info string (null) is not held to it
        assertThat(Comparison.compare(want, new Actual.Ok(3, null, List.of()), true)).isNull();
        assertThat(Comparison.compare(Expectation.Ok.PLAIN, new Actual.Ok(0, "", List.of("Warning\t1265\tx")), true))
                .isEqualTo("warnings: expected 0, got 1 (first extra [Warning\t1265\tx])");
        assertThat(Comparison.compare(Expectation.Ok.PLAIN, new Actual.Failure(1146, "42S02", "Table 'a.b' doesn't exist"), true))
                .isEqualTo("expected OK, got error 1146 (42S02): Table 'a.b' doesn't exist");
    }

    @Test
    void errorsCompareErrnoThenSqlstateThenMessage() {
        Actual.Failure failure = new Actual.Failure(1146, "42S02", "Table 'd.t' doesn't exist");
        assertThat(Comparison.compare(new Expectation.Error("ER_NO_SUCH_TABLE", null, null, false), failure, true)).isNull();
        assertThat(Comparison.compare(new Expectation.Error("1146", "42S02", "Table 'd.t' doesn't exist", false), failure, true))
                .isNull();
        assertThat(Comparison.compare(new Expectation.Error("1146", "42000", null, false), failure, true))
                .isEqualTo("sqlstate: expected 42000, got 42S02");
        assertThat(Comparison.compare(new Expectation.Error("1146", null, "Table 'x.t' doesn't exist", false), failure, true))
                .startsWith("message: expected [Table 'x.t'");
        assertThat(Comparison.compare(new Expectation.Error("1146", null, "Table '.*' doesn't exist", true), failure, true))
                .isNull();
        assertThat(Comparison.compare(new Expectation.Error("ER_BAD_DB_ERROR", null, null, false), failure, true))
                .isEqualTo("expected error ER_BAD_DB_ERROR, got error 1146 (42S02): Table 'd.t' doesn't exist");
        assertThat(Comparison.compare(new Expectation.Error("1146", null, null, false), new Actual.Ok(0, "", List.of()), true))
                .isEqualTo("expected error 1146, got OK (affected 0)");
    }

    @Test
    void rowsHonourSortModesAndTypeLetters() {
        Actual.Rows actual = rows("IT", List.of(List.of("2", "b"), List.of("1", "a")));
        assertThat(Comparison.compare(expect("IT", Sort.ROWSORT, List.of(List.of("1", "a"), List.of("2", "b"))), actual, true))
                .isNull();
        assertThat(Comparison.compare(expect("IT", Sort.NOSORT, List.of(List.of("1", "a"), List.of("2", "b"))), actual, true))
                .isEqualTo("row 1: expected [1\ta], got [2\tb]");
        assertThat(Comparison.compare(expect("IT", Sort.VALUESORT,
                List.of(List.of("1"), List.of("2"), List.of("a"), List.of("b"))), actual, true)).isNull();
        assertThat(Comparison.compare(expect("II", Sort.ROWSORT, List.of()), actual, true))
                .startsWith("column 2 type: expected I, got T");
        assertThat(Comparison.compare(expect("ITT", Sort.ROWSORT, List.of()), actual, true))
                .isEqualTo("columns: expected 3 (ITT), got 2 (IT)");
        assertThat(Comparison.compare(expect("IT", Sort.ROWSORT, List.of(List.of("1", "a"))), actual, true))
                .isEqualTo("rows: expected 1, got 2; first extra [2\tb]");
        // JSON and text are one family: MariaDB sends JSON as LONGTEXT
        assertThat(Comparison.compare(expect("IJ", Sort.ROWSORT, List.of(List.of("1", "a"), List.of("2", "b"))), actual, true))
                .isNull();
        assertThat(Comparison.compare(expect("IT", Sort.NOSORT, List.of()), new Actual.Ok(1, "", List.of()), true))
                .isEqualTo("expected a result set, got OK (affected 1)");
    }

    @Test
    void columnNamesAreCheckedWhenAsked() {
        Actual.Rows actual = new Actual.Rows(List.of(new Actual.Column("id", 'I')), List.of(List.of("1")), List.of());
        Expectation.Rows named = new Expectation.Rows("I", Sort.NOSORT, true, List.of("ID"), List.of(List.of("1")), List.of());
        assertThat(Comparison.compare(named, actual, true)).isEqualTo("column names: expected [ID], got [id]");
    }

    @Test
    void singleFoldsResultsAroundTheError() {
        Actual ok = new Actual.Ok(1, "", List.of());
        Actual failure = new Actual.Failure(1062, "23000", "dup");
        assertThat(Comparison.single(List.of(ok, failure))).isEqualTo(failure);
        assertThat(Comparison.single(List.of(ok, new Actual.Ok(0, "", List.of("w")))))
                .isEqualTo(new Actual.Ok(1, "", List.of("w")));
    }
}
