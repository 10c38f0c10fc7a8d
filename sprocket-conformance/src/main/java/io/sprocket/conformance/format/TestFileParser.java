package io.sprocket.conformance.format;

import io.sprocket.conformance.format.Expectation.Sort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the {@code .test} format (documented in docs/conformance.md). A record ends at a blank line; lines
 * starting with '#' outside a record are comments.
 */
public final class TestFileParser {
    private final String name;
    private final List<String> lines;
    private int pos;

    private TestFileParser(String name, String text) {
        this.name = name;
        this.lines = Arrays.asList(text.split("\r?\n", -1));
    }

    public static TestFile parse(String name, String text) {
        return new TestFileParser(name, text).parseFile();
    }

    private TestFile parseFile() {
        List<TestFile.Item> items = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> onlyIf = new ArrayList<>();
        List<String> skipIf = new ArrayList<>();
        List<Modifiers.KnownFail> knownFail = new ArrayList<>();
        int count = lines.size();
        // split() leaves one empty string after a final newline; it is not a line of the file
        if (count > 0 && lines.get(count - 1).isEmpty()) count--;
        while (pos < count) {
            String line = lines.get(pos);
            String trimmed = line.strip();
            String[] words = trimmed.split("\\s+");
            boolean hasModifiers = !onlyIf.isEmpty() || !skipIf.isEmpty() || !knownFail.isEmpty();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                if (hasModifiers) throw error(pos, "modifiers must be directly followed by a record");
                pending.add(line);
                pos++;
                continue;
            }
            switch (words[0]) {
                case "onlyif" -> onlyIf.add(requireWord(words, 1, "onlyif needs a target name"));
                case "skipif" -> skipIf.add(requireWord(words, 1, "skipif needs a target name"));
                case "knownfail" -> {
                    String scope = requireWord(words, 1, "knownfail needs a scope (ours, engine or wire)");
                    int at = trimmed.indexOf(scope, "knownfail".length()) + scope.length();
                    knownFail.add(new Modifiers.KnownFail(scope, trimmed.substring(at).strip()));
                }
                default -> {
                    TestRecord record = parseRecord(words);
                    items.add(new TestFile.Item(pending, new Modifiers(onlyIf, skipIf, knownFail), record));
                    pending = new ArrayList<>();
                    onlyIf.clear();
                    skipIf.clear();
                    knownFail.clear();
                    continue;
                }
            }
            pos++;
        }
        if (!onlyIf.isEmpty() || !skipIf.isEmpty() || !knownFail.isEmpty()) {
            throw error(pos - 1, "modifiers at end of file");
        }
        return new TestFile(name, items, pending);
    }

    private TestRecord parseRecord(String[] words) {
        int header = pos;
        int line = header + 1;
        pos++;
        return switch (words[0]) {
            case "statement" -> {
                String kind = requireWord(words, 1, "statement ok | statement error <code> [sqlstate]");
                String sql = readSql(header);
                if (kind.equals("ok")) {
                    if (words.length > 2) throw error(header, "unexpected words after 'statement ok'");
                    yield new TestRecord.Sql(line, sql, readOk());
                }
                if (!kind.equals("error")) throw error(header, "expected 'statement ok' or 'statement error'");
                yield new TestRecord.Sql(line, sql, readError(words, 2, header));
            }
            case "query" -> {
                Expectation.Rows shape = rowsHeader(words, 1, header);
                String sql = readSql(header);
                // a query without "----" expects no rows; authors write it that way and let record fill it in
                if (!atSeparator("----")) yield new TestRecord.Sql(line, sql, readRows(shape));
                pos++;
                yield new TestRecord.Sql(line, sql, readRows(shape));
            }
            case "multi" -> {
                String sql = readSql(header);
                yield new TestRecord.Multi(line, sql, readMulti());
            }
            case "connect" -> connect(words, line, header);
            case "connection" -> new TestRecord.Switch(line, requireWord(words, 1, "connection needs a name"));
            case "disconnect" -> new TestRecord.Disconnect(line, requireWord(words, 1, "disconnect needs a name"));
            default -> throw error(header, "unknown record type '" + words[0] + "'");
        };
    }

    private TestRecord connect(String[] words, int line, int header) {
        String connection = requireWord(words, 1, "connect needs a name");
        String user = "root";
        String password = "";
        String database = null;
        String error = null;
        for (int i = 2; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq < 0) throw error(header, "connect options are key=value");
            String value = words[i].substring(eq + 1);
            switch (words[i].substring(0, eq)) {
                case "user" -> user = value;
                case "password" -> password = value;
                case "db" -> database = value.isEmpty() ? null : value;
                case "error" -> error = value;
                default -> throw error(header, "unknown connect option " + words[i]);
            }
        }
        return new TestRecord.Connect(line, connection, user, password, database, error);
    }

    /** SQL runs from after the header to a blank line or a "----" separator. */
    private String readSql(int header) {
        StringBuilder sql = new StringBuilder();
        while (pos < lines.size() && !lines.get(pos).isBlank() && !lines.get(pos).startsWith("----")) {
            if (!sql.isEmpty()) sql.append('\n');
            sql.append(lines.get(pos));
            pos++;
        }
        if (sql.isEmpty()) throw error(header, "record has no SQL");
        return sql.toString();
    }

    private boolean atSeparator(String exact) {
        return pos < lines.size() && lines.get(pos).strip().equals(exact);
    }

    private boolean atEnd() {
        return pos >= lines.size() || lines.get(pos).isBlank();
    }

    private Expectation.Ok readOk() {
        long affected = 0;
        String info = "";
        if (atSeparator("----")) {
            pos++;
            while (!atEnd() && !lines.get(pos).startsWith("----")) {
                String line = lines.get(pos);
                if (line.startsWith("affected ")) {
                    try {
                        affected = Long.parseLong(line.substring("affected ".length()).strip());
                    } catch (NumberFormatException e) {
                        throw error(pos, "affected needs a number");
                    }
                } else if (line.startsWith("info ")) {
                    info = line.substring("info ".length());
                } else {
                    throw error(pos, "expected 'affected N', 'info TEXT' or '---- warnings'");
                }
                pos++;
            }
        }
        return new Expectation.Ok(affected, info, readWarnings());
    }

    private List<String> readWarnings() {
        List<String> warnings = new ArrayList<>();
        if (atSeparator("---- warnings")) {
            pos++;
            while (!atEnd()) warnings.add(lines.get(pos++));
        }
        if (!atEnd()) throw error(pos, "unexpected line; a record ends at a blank line");
        return warnings;
    }

    private Expectation.Error readError(String[] words, int from, int header) {
        String code = requireWord(words, from, "statement error needs an error code (symbol or number)");
        String sqlState = words.length > from + 1 ? words[from + 1] : null;
        if (words.length > from + 2) throw error(header, "too many words in error header");
        String message = null;
        boolean regex = false;
        if (atSeparator("----")) {
            pos++;
            if (atEnd()) throw error(pos, "'----' after an error must be followed by the message");
            message = lines.get(pos++);
            if (message.startsWith("~")) {
                regex = true;
                message = message.substring(1);
            }
        }
        if (!atEnd()) throw error(pos, "unexpected line after error message");
        return new Expectation.Error(code, sqlState, message, regex);
    }

    private Expectation.Rows rowsHeader(String[] words, int from, int header) {
        String types = requireWord(words, from, "query needs column type letters, e.g. query IT");
        if (!types.matches("[INRTBDJ?]+")) throw error(header, "type letters are I N R T B D J ?");
        Sort sort = Sort.NOSORT;
        boolean colnames = false;
        for (int i = from + 1; i < words.length; i++) {
            switch (words[i]) {
                case "nosort" -> sort = Sort.NOSORT;
                case "rowsort" -> sort = Sort.ROWSORT;
                case "valuesort" -> sort = Sort.VALUESORT;
                case "colnames" -> colnames = true;
                default -> throw error(header, "unknown query option '" + words[i] + "'");
            }
        }
        return new Expectation.Rows(types, sort, colnames, List.of(), List.of(), List.of());
    }

    private Expectation.Rows readRows(Expectation.Rows shape) {
        List<String> columns = List.of();
        if (shape.colnames() && !atEnd() && !lines.get(pos).startsWith("----")) {
            columns = List.of(lines.get(pos++).split("\t", -1));
        }
        List<List<String>> rows = new ArrayList<>();
        while (!atEnd() && !lines.get(pos).startsWith("----")) {
            String line = lines.get(pos++);
            rows.add(shape.sort() == Sort.VALUESORT ? List.of(line) : List.of(line.split("\t", -1)));
        }
        return new Expectation.Rows(shape.types(), shape.sort(), shape.colnames(), columns, rows, readWarnings());
    }

    private List<Expectation> readMulti() {
        List<Expectation> results = new ArrayList<>();
        while (!atEnd() && !atSeparator("---- warnings")) {
            String[] words = lines.get(pos).strip().split("\\s+");
            int at = pos;
            if (words.length < 2 || !words[0].equals("----")) throw error(pos, "expected '---- query|ok|error ...'");
            pos++;
            switch (words[1]) {
                case "query" -> results.add(readMultiRows(rowsHeader(words, 2, at)));
                case "ok" -> {
                    long affected = 0;
                    String info = "";
                    while (!atEnd() && !lines.get(pos).startsWith("----")) {
                        String line = lines.get(pos++);
                        if (line.startsWith("affected ")) affected = Long.parseLong(line.substring(9).strip());
                        else if (line.startsWith("info ")) info = line.substring(5);
                        else throw error(pos - 1, "expected 'affected N' or 'info TEXT'");
                    }
                    results.add(new Expectation.Ok(affected, info, List.of()));
                }
                case "error" -> {
                    String code = requireWord(words, 2, "---- error needs a code");
                    results.add(new Expectation.Error(code, words.length > 3 ? words[3] : null, null, false));
                }
                default -> throw error(at, "expected '---- query|ok|error ...'");
            }
        }
        List<String> warnings = readWarnings();
        if (results.isEmpty()) throw error(pos, "multi needs at least one result section");
        if (!warnings.isEmpty()) {
            int last = results.size() - 1;
            results.set(last, withWarnings(results.get(last), warnings));
        }
        return results;
    }

    private Expectation.Rows readMultiRows(Expectation.Rows shape) {
        List<List<String>> rows = new ArrayList<>();
        while (!atEnd() && !lines.get(pos).startsWith("----")) {
            String line = lines.get(pos++);
            rows.add(shape.sort() == Sort.VALUESORT ? List.of(line) : List.of(line.split("\t", -1)));
        }
        return new Expectation.Rows(shape.types(), shape.sort(), false, List.of(), rows, List.of());
    }

    static Expectation withWarnings(Expectation expectation, List<String> warnings) {
        return switch (expectation) {
            case Expectation.Ok ok -> new Expectation.Ok(ok.affected(), ok.info(), warnings);
            case Expectation.Rows r -> new Expectation.Rows(r.types(), r.sort(), r.colnames(), r.columns(), r.rows(),
                    warnings);
            case Expectation.Error e -> e;
        };
    }

    private String requireWord(String[] words, int index, String problem) {
        if (words.length <= index) throw error(pos, problem);
        return words[index];
    }

    private FormatException error(int index, String problem) {
        return new FormatException(name, index + 1, problem);
    }
}
