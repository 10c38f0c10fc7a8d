package io.sprocket.conformance.runner;

import io.sprocket.conformance.format.Expectation;
import io.sprocket.conformance.format.TestFile;
import io.sprocket.conformance.format.TestRecord;
import io.sprocket.conformance.backend.Actual;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Record mode: rewrites a file's expectations from what the oracle actually did, keeping comments,
 * modifiers, sort modes and column-name options, and the hand-written parts that still hold (type letters
 * that match, an error message regex that matches). Records the oracle skipped are left alone.
 */
public final class Recorder {
    private Recorder() {}

    /** The file with expectations replaced from {@code result}; harness failures leave a record untouched. */
    public static TestFile record(FileResult result) {
        TestFile file = result.file();
        List<TestFile.Item> items = new ArrayList<>(file.items());
        for (RecordResult r : result.records()) {
            if (r.status() == RecordResult.Status.SKIPPED || r.actual().isEmpty()) continue;
            if (r.actual().stream().anyMatch(a -> a instanceof Actual.Failure f && f.errno() == 0)) continue;
            TestFile.Item item = items.get(r.index());
            TestRecord replacement = switch (item.record()) {
                case TestRecord.Sql sql -> new TestRecord.Sql(sql.line(), sql.sql(),
                        expectation(sql.expectation(), Comparison.single(r.actual())));
                case TestRecord.Multi multi -> new TestRecord.Multi(multi.line(), multi.sql(),
                        multiExpectations(multi.results(), r.actual()));
                default -> item.record();
            };
            items.set(r.index(), item.withRecord(replacement));
        }
        return file.withItems(items);
    }

    private static List<Expectation> multiExpectations(List<Expectation> previous, List<Actual> actual) {
        List<Expectation> out = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            Expectation before = i < previous.size() ? previous.get(i) : null;
            // every result of a multi record is written out: a result set is never folded into "ok"
            if (!(before instanceof Expectation.Rows) && actual.get(i) instanceof Actual.Rows) {
                before = new Expectation.Rows("", Expectation.Sort.NOSORT, false, List.of(), List.of(), List.of());
            }
            if (before == null) before = Expectation.Ok.PLAIN;
            Expectation e = expectation(before, actual.get(i));
            // multi records keep warnings on the last result and error messages unchecked
            if (e instanceof Expectation.Error err) e = new Expectation.Error(err.code(), err.sqlState(), null, false);
            if (e instanceof Expectation.Rows rows && rows.colnames()) {
                e = new Expectation.Rows(rows.types(), rows.sort(), false, List.of(), rows.rows(), rows.warnings());
            }
            out.add(e);
        }
        return out;
    }

    /** The expectation {@code actual} meets, shaped like {@code previous} where that still holds. */
    public static Expectation expectation(Expectation previous, Actual actual) {
        return switch (actual) {
            case Actual.Failure f -> {
                String message = null;
                boolean regex = false;
                if (previous instanceof Expectation.Error e && e.message() != null) {
                    regex = e.regex() && Pattern.compile(e.message(), Pattern.DOTALL).matcher(f.message()).matches();
                    message = regex ? e.message() : f.message();
                }
                yield new Expectation.Error(ErrorCodes.symbol(f.errno()), f.sqlState(), message, regex);
            }
            case Actual.Ok ok -> new Expectation.Ok(ok.affected(),
                    ok.info() != null ? ok.info() : previous instanceof Expectation.Ok p ? p.info() : "",
                    ok.warnings());
            case Actual.Rows rows -> {
                if (!(previous instanceof Expectation.Rows p)) {
                    // a "statement ok" that returns rows stays a statement: the file did not ask for the rows
                    if (previous instanceof Expectation.Ok) yield new Expectation.Ok(0, "", rows.warnings());
                    yield fresh(rows, Expectation.Sort.NOSORT, false);
                }
                Expectation.Rows shaped = fresh(rows, p.sort(), p.colnames());
                yield new Expectation.Rows(keepLetters(p.types(), rows), shaped.sort(), shaped.colnames(),
                        shaped.columns(), shaped.rows(), shaped.warnings());
            }
        };
    }

    private static Expectation.Rows fresh(Actual.Rows rows, Expectation.Sort sort, boolean colnames) {
        StringBuilder types = new StringBuilder();
        rows.columns().forEach(c -> types.append(c.type()));
        List<String> labels = colnames ? rows.columns().stream().map(Actual.Column::label).toList() : List.of();
        return new Expectation.Rows(types.toString(), sort, colnames, labels, RowOrder.apply(sort, rows.rows()),
                rows.warnings());
    }

    /** Hand-written letters survive when they still match (e.g. J for a column MariaDB sends as text). */
    private static String keepLetters(String previous, Actual.Rows rows) {
        StringBuilder out = new StringBuilder();
        boolean keep = previous.length() == rows.columns().size();
        for (int i = 0; i < rows.columns().size(); i++) {
            char actual = rows.columns().get(i).type();
            char before = keep ? previous.charAt(i) : actual;
            // '?' written by hand means "type not checked" (e.g. where MySQL and MariaDB type a NULL differently)
            out.append(keep && io.sprocket.conformance.backend.TypeLetters.matches(before, actual) ? before : actual);
        }
        return out.toString();
    }
}
