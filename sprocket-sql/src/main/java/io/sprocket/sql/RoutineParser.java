package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** CREATE [OR REPLACE] [DEFINER = ...] PROCEDURE/FUNCTION, ALTER PROCEDURE/FUNCTION, DROP PROCEDURE/FUNCTION. */
final class RoutineParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final CompoundParser compound;

    RoutineParser(TokenCursor cursor, ExpressionParser expressions, CompoundParser compound) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
        this.compound = Objects.requireNonNull(compound, "compound");
    }

    /** Whether the CREATE/ALTER/DROP at the cursor defines a stored routine (CREATE DEFINER only routines so far). */
    static boolean startsRoutineStatement(TokenCursor cursor) {
        boolean routine = cursor.isWord(1, "PROCEDURE") || cursor.isWord(1, "FUNCTION");
        if (cursor.isWord("CREATE")) {
            return routine || cursor.isWord(1, "DEFINER") || cursor.isWord(1, "OR") && cursor.isWord(2, "REPLACE");
        }
        return routine;
    }

    RoutineStatement statement() {
        Token t = cursor.advance();
        return switch (t.keyword()) {
            case "CREATE" -> create();
            case "ALTER" -> {
                RoutineKind kind = kind();
                ObjectName name = expressions.queries().objectName();
                yield new AlterRoutine(kind, name, characteristics(false));
            }
            case "DROP" -> {
                RoutineKind kind = kind();
                boolean ifExists = cursor.isWord("IF") && cursor.isWord(1, "EXISTS");
                if (ifExists) {
                    cursor.advance();
                    cursor.advance();
                }
                yield new DropRoutine(kind, ifExists, expressions.queries().objectName());
            }
            default -> throw cursor.errorAt(t);
        };
    }

    private RoutineKind kind() {
        if (cursor.acceptWord("PROCEDURE")) {
            return RoutineKind.PROCEDURE;
        }
        cursor.expectWord("FUNCTION");
        return RoutineKind.FUNCTION;
    }

    private CreateRoutine create() {
        boolean orReplace = cursor.acceptWords("OR", "REPLACE");
        AccountRef definer = null;
        if (cursor.acceptWord("DEFINER")) {
            cursor.expectSymbol("=");
            definer = cursor.account();
        }
        RoutineKind kind = kind();
        boolean ifNotExists = cursor.acceptWords("IF", "NOT", "EXISTS");
        ObjectName name = expressions.queries().objectName();
        Token nameToken = cursor.previous();
        // count(, now(, mid(: the lexer makes these function tokens, which cannot name a routine; after a dot the
        // lexer reads a plain identifier, so db.mid( is a name.
        if (name.schema() == null && ParserFunctions.contains(name.name()) && cursor.isSymbol("(")
                && cursor.peek().start() == nameToken.end()) {
            throw cursor.errorAt(nameToken);
        }
        if (kind == RoutineKind.FUNCTION && cursor.isWord("RETURNS")) {
            // CREATE FUNCTION name RETURNS {STRING | INTEGER | REAL | DECIMAL} SONAME 'lib': the loadable-function
            // form, which MySQL reports from where it expected SONAME; Sprocket loads no libraries.
            cursor.advance();
            Token type = cursor.peek();
            if (!(type.isWord("STRING") || type.isWord("INTEGER") || type.isWord("INT") || type.isWord("REAL")
                    || type.isWord("DECIMAL"))) {
                throw cursor.errorAt(type);
            }
            cursor.advance();
            throw cursor.error();
        }
        int open = cursor.peek().end();
        cursor.expectSymbol("(");
        List<RoutineParameter> parameters = new ArrayList<>();
        if (!cursor.isSymbol(")")) {
            do {
                parameters.add(parameter(kind));
            } while (cursor.acceptSymbol(","));
        }
        String parametersText = cursor.sql().substring(open, cursor.peek().start());
        cursor.expectSymbol(")");
        DataType returns = null;
        if (kind == RoutineKind.FUNCTION) {
            cursor.expectWord("RETURNS");
            returns = expressions.types().dataType(false);
        }
        List<RoutineCharacteristic> characteristics = characteristics(true);
        int start = cursor.peek().start();
        ProcedureStatement body = compound.statement();
        String bodyText = cursor.sql().substring(start, cursor.previous().end());
        return new CreateRoutine(orReplace, definer, kind, ifNotExists, name, parameters, parametersText, returns,
                characteristics, body, bodyText);
    }

    private RoutineParameter parameter(RoutineKind kind) {
        ParameterMode mode = null;
        if (kind == RoutineKind.PROCEDURE) {
            mode = ParameterMode.IN;
            if (cursor.isWord("IN") || cursor.isWord("OUT") || cursor.isWord("INOUT")) {
                mode = ParameterMode.valueOf(cursor.advance().keyword());
            }
        }
        String name = cursor.identifier();
        return new RoutineParameter(mode, name, expressions.types().dataType(false));
    }

    /** Characteristics in any order; ALTER takes all but [NOT] DETERMINISTIC. */
    private List<RoutineCharacteristic> characteristics(boolean create) {
        List<RoutineCharacteristic> result = new ArrayList<>();
        while (true) {
            RoutineCharacteristicKind kind;
            String comment = null;
            if (cursor.acceptWord("COMMENT")) {
                kind = RoutineCharacteristicKind.COMMENT;
                comment = cursor.expectString();
            } else if (cursor.acceptWords("LANGUAGE", "SQL")) {
                kind = RoutineCharacteristicKind.LANGUAGE_SQL;
            } else if (create && cursor.acceptWord("DETERMINISTIC")) {
                kind = RoutineCharacteristicKind.DETERMINISTIC;
            } else if (create && cursor.acceptWords("NOT", "DETERMINISTIC")) {
                kind = RoutineCharacteristicKind.NOT_DETERMINISTIC;
            } else if (cursor.acceptWords("CONTAINS", "SQL")) {
                kind = RoutineCharacteristicKind.CONTAINS_SQL;
            } else if (cursor.acceptWords("NO", "SQL")) {
                kind = RoutineCharacteristicKind.NO_SQL;
            } else if (cursor.acceptWords("READS", "SQL", "DATA")) {
                kind = RoutineCharacteristicKind.READS_SQL_DATA;
            } else if (cursor.acceptWords("MODIFIES", "SQL", "DATA")) {
                kind = RoutineCharacteristicKind.MODIFIES_SQL_DATA;
            } else if (cursor.acceptWords("SQL", "SECURITY")) {
                if (cursor.acceptWord("DEFINER")) {
                    kind = RoutineCharacteristicKind.SQL_SECURITY_DEFINER;
                } else {
                    cursor.expectWord("INVOKER");
                    kind = RoutineCharacteristicKind.SQL_SECURITY_INVOKER;
                }
            } else {
                return result;
            }
            result.add(new RoutineCharacteristic(kind, comment));
        }
    }
}
