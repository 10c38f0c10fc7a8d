package io.sprocket.conformance.runner;

import io.sprocket.conformance.format.Expectation;
import io.sprocket.conformance.backend.Actual;
import io.sprocket.conformance.backend.TypeLetters;
import java.util.List;
import java.util.regex.Pattern;

/** Decides whether actual results meet an expectation, and says how they diverge (one line first). */
public final class Comparison {
    private Comparison() {}

    /**
     * Folds a statement's results into the one a single-result record talks about: the error if there was one,
     * else the first result, carrying the warnings reported after the last.
     */
    public static Actual single(List<Actual> results) {
        if (results.isEmpty()) return Actual.Failure.harness("no result at all");
        for (Actual a : results) if (a instanceof Actual.Failure) return a;
        return results.getFirst().withWarnings(results.getLast().warnings());
    }

    /** Null when {@code actual} meets {@code expected}, else the divergence. */
    public static String compare(Expectation expected, Actual actual, boolean checkInfo) {
        return switch (expected) {
            case Expectation.Error e -> compareError(e, actual);
            case Expectation.Ok ok -> switch (actual) {
                case Actual.Failure f -> "expected OK, got " + describe(f);
                case Actual.Rows r -> compareWarnings(ok.warnings(), r.warnings()); // statement ok on a query
                case Actual.Ok a -> {
                    if (a.affected() != ok.affected()) {
                        yield "affected rows: expected " + ok.affected() + ", got " + a.affected();
                    }
                    if (checkInfo && a.info() != null && !a.info().equals(ok.info())) {
                        yield "info: expected [" + ok.info() + "], got [" + a.info() + "]";
                    }
                    yield compareWarnings(ok.warnings(), a.warnings());
                }
            };
            case Expectation.Rows rows -> switch (actual) {
                case Actual.Failure f -> "expected a result set, got " + describe(f);
                case Actual.Ok a -> "expected a result set, got OK (affected " + a.affected() + ")";
                case Actual.Rows r -> compareRows(rows, r);
            };
        };
    }

    /** Compares the results of a multi record pairwise. */
    public static String compareAll(List<Expectation> expected, List<Actual> actual, boolean checkInfo) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            if (i >= actual.size()) return "result " + (i + 1) + ": expected " + kind(expected.get(i)) + ", got no more results";
            if (i >= expected.size()) return "result " + (i + 1) + ": unexpected extra " + kindOf(actual.get(i));
            String divergence = compare(expected.get(i), actual.get(i), checkInfo);
            if (divergence != null) return "result " + (i + 1) + ": " + divergence;
        }
        return null;
    }

    private static String compareError(Expectation.Error e, Actual actual) {
        String want = "error " + e.code();
        if (!(actual instanceof Actual.Failure f)) return "expected " + want + ", got " + kindOf(actual);
        if (f.errno() != ErrorCodes.errno(e.code())) return "expected " + want + ", got " + describe(f);
        if (e.sqlState() != null && !e.sqlState().equals(f.sqlState())) {
            return "sqlstate: expected " + e.sqlState() + ", got " + f.sqlState();
        }
        if (e.message() != null) {
            boolean same = e.regex() ? Pattern.compile(e.message(), Pattern.DOTALL).matcher(f.message()).matches()
                    : e.message().equals(f.message());
            if (!same) return "message: expected [" + e.message() + "], got [" + f.message() + "]";
        }
        return null;
    }

    private static String compareRows(Expectation.Rows expected, Actual.Rows actual) {
        List<Actual.Column> columns = actual.columns();
        if (columns.size() != expected.types().length()) {
            return "columns: expected " + expected.types().length() + " (" + expected.types() + "), got "
                    + columns.size() + " (" + letters(columns) + ")";
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!TypeLetters.matches(expected.types().charAt(i), columns.get(i).type())) {
                return "column " + (i + 1) + " type: expected " + expected.types().charAt(i) + ", got "
                        + columns.get(i).type() + " (query " + expected.types() + " vs " + letters(columns) + ")";
            }
        }
        if (expected.colnames()) {
            List<String> labels = columns.stream().map(Actual.Column::label).toList();
            if (!labels.equals(expected.columns())) {
                return "column names: expected " + expected.columns() + ", got " + labels;
            }
        }
        List<List<String>> got = RowOrder.apply(expected.sort(), actual.rows());
        List<List<String>> want = expected.rows();
        for (int i = 0; i < Math.min(got.size(), want.size()); i++) {
            if (!got.get(i).equals(want.get(i))) {
                return "row " + (i + 1) + ": expected [" + String.join("\t", want.get(i)) + "], got ["
                        + String.join("\t", got.get(i)) + "]";
            }
        }
        if (got.size() != want.size()) {
            String extra = got.size() > want.size() ? "; first extra [" + String.join("\t", got.get(want.size())) + "]"
                    : "; first missing [" + String.join("\t", want.get(got.size())) + "]";
            return (expected.sort() == Expectation.Sort.VALUESORT ? "values" : "rows") + ": expected "
                    + want.size() + ", got " + got.size() + extra;
        }
        return compareWarnings(expected.warnings(), actual.warnings());
    }

    private static String compareWarnings(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "warning " + (i + 1) + ": expected [" + expected.get(i) + "], got [" + actual.get(i) + "]";
            }
        }
        if (expected.size() != actual.size()) {
            return "warnings: expected " + expected.size() + ", got " + actual.size()
                    + (actual.size() > expected.size() ? " (first extra [" + actual.get(expected.size()) + "])" : "");
        }
        return null;
    }

    static String describe(Actual.Failure f) {
        if (f.errno() == 0) return "harness failure: " + f.message();
        return "error " + f.errno() + " (" + f.sqlState() + "): " + f.message();
    }

    private static String kind(Expectation e) {
        return switch (e) {
            case Expectation.Ok ok -> "OK";
            case Expectation.Error err -> "error " + err.code();
            case Expectation.Rows r -> "a result set";
        };
    }

    private static String kindOf(Actual a) {
        return switch (a) {
            case Actual.Ok ok -> "OK (affected " + ok.affected() + ")";
            case Actual.Failure f -> describe(f);
            case Actual.Rows r -> "a result set of " + r.rows().size() + " rows";
        };
    }

    private static String letters(List<Actual.Column> columns) {
        StringBuilder sb = new StringBuilder();
        for (Actual.Column c : columns) sb.append(c.type());
        return sb.toString();
    }
}
