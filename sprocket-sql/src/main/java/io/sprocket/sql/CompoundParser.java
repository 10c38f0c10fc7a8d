package io.sprocket.sql;

import io.sprocket.sql.ast.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The stored-program body language: BEGIN ... END blocks, DECLARE, flow control, cursors, SIGNAL/RESIGNAL and
 * GET DIAGNOSTICS; any other statement is parsed by {@link StatementParser} and wrapped. The ';' between body
 * statements is consumed here, so it never ends the enclosing CREATE statement.
 */
final class CompoundParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final StatementParser statements;

    CompoundParser(TokenCursor cursor, ExpressionParser expressions, StatementParser statements) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.expressions = Objects.requireNonNull(expressions, "expressions");
        this.statements = Objects.requireNonNull(statements, "statements");
    }

    ProcedureStatement statement() {
        Token t = cursor.peek();
        if (isLabel(t) && cursor.isSymbol(1, ":")) {
            cursor.advance();
            cursor.advance();
            Token next = cursor.peek();
            if (next.isWord("BEGIN") || next.isWord("LOOP") || next.isWord("WHILE") || next.isWord("REPEAT")) {
                return labelled(t.text());
            }
            throw cursor.error();
        }
        if (t.kind() == TokenKind.WORD) {
            switch (t.keyword()) {
                case "BEGIN", "LOOP", "WHILE", "REPEAT" -> {
                    return labelled(null);
                }
                case "DECLARE" -> {
                    // only at the start of a BEGIN ... END block (see statementList)
                    throw cursor.error();
                }
                case "IF" -> {
                    return ifStatement();
                }
                case "CASE" -> {
                    return caseStatement();
                }
                case "LEAVE" -> {
                    cursor.advance();
                    return new Leave(label());
                }
                case "ITERATE" -> {
                    cursor.advance();
                    return new Iterate(label());
                }
                case "RETURN" -> {
                    cursor.advance();
                    return new Return(expressions.expression());
                }
                case "OPEN" -> {
                    cursor.advance();
                    return new OpenCursor(cursor.identifier());
                }
                case "CLOSE" -> {
                    cursor.advance();
                    return new CloseCursor(cursor.identifier());
                }
                case "FETCH" -> {
                    return fetch();
                }
                case "SIGNAL" -> {
                    cursor.advance();
                    return new Signal(signalCondition(), signalItems());
                }
                case "RESIGNAL" -> {
                    cursor.advance();
                    ConditionValue condition = cursor.isWord("SET") || cursor.atStatementEnd() ? null : signalCondition();
                    return new Resignal(condition, signalItems());
                }
                case "GET" -> {
                    return getDiagnostics();
                }
                default -> {
                }
            }
        }
        int start = t.start();
        Statement statement = statements.statement();
        if (statement instanceof CreateEvent || statement instanceof AlterEvent alter && alter.body() != null) {
            throw RoutineParseException.eventRecursion();
        }
        if (statement instanceof CreateRoutine create) {
            throw RoutineParseException.recursiveCreate(create.kind());
        }
        return new RoutineSqlStatement(statement, cursor.sql().substring(start, cursor.previous().end()));
    }

    private static boolean isLabel(Token t) {
        return t.kind() == TokenKind.QUOTED_IDENTIFIER || TokenCursor.isIdentifier(t)
                && Keywords.category(t.keyword()) != Keywords.Category.NON_RESERVED_NOT_LABEL;
    }

    private String label() {
        Token t = cursor.peek();
        if (!isLabel(t)) {
            throw cursor.error();
        }
        cursor.advance();
        return t.text();
    }

    /** BEGIN, LOOP, WHILE or REPEAT after an optional label. */
    private ProcedureStatement labelled(String label) {
        Token t = cursor.advance();
        switch (t.keyword()) {
            case "BEGIN" -> {
                boolean notAtomic = cursor.acceptWords("NOT", "ATOMIC");
                List<ProcedureStatement> body = blockStatements();
                cursor.expectWord("END");
                endLabel(label);
                return new Block(label, notAtomic, body);
            }
            case "LOOP" -> {
                List<ProcedureStatement> body = statementList(true);
                cursor.expectWord("END");
                cursor.expectWord("LOOP");
                endLabel(label);
                return new Loop(label, body);
            }
            case "WHILE" -> {
                Expression condition = expressions.expression();
                cursor.expectWord("DO");
                List<ProcedureStatement> body = statementList(true);
                cursor.expectWord("END");
                cursor.expectWord("WHILE");
                endLabel(label);
                return new While(label, condition, body);
            }
            case "REPEAT" -> {
                List<ProcedureStatement> body = statementList(true);
                cursor.expectWord("UNTIL");
                Expression until = expressions.expression();
                cursor.expectWord("END");
                cursor.expectWord("REPEAT");
                endLabel(label);
                return new Repeat(label, body, until);
            }
            default -> throw cursor.errorAt(t);
        }
    }

    /**
     * An optional END label after a labelled statement; MySQL raises ER_SP_LABEL_MISMATCH when it does not name the
     * begin label. An unlabelled statement takes none (a label there is a 1064 at it, as in MySQL).
     */
    private void endLabel(String beginLabel) {
        Token t = cursor.peek();
        if (beginLabel == null || !isLabel(t)) {
            return;
        }
        cursor.advance();
        if (!beginLabel.toLowerCase(Locale.ROOT).equals(t.text().toLowerCase(Locale.ROOT))) {
            throw RoutineParseException.labelMismatch(t.text());
        }
    }

    /** Statements each ended by ';', up to END / ELSE / ELSEIF / WHEN / UNTIL; IF, CASE and loops need one. */
    private List<ProcedureStatement> statementList(boolean atLeastOne) {
        List<ProcedureStatement> result = new ArrayList<>();
        while (!endsList(cursor.peek())) {
            result.add(statement());
            cursor.expectSymbol(";");
        }
        if (atLeastOne && result.isEmpty()) {
            throw cursor.error();
        }
        return result;
    }

    /**
     * A BEGIN ... END body: DECLAREs first, then statements. A DECLARE anywhere else is a syntax error, as in
     * MySQL's grammar (the order among DECLAREs, 1337, is checked when the body is compiled).
     */
    private List<ProcedureStatement> blockStatements() {
        List<ProcedureStatement> result = new ArrayList<>();
        boolean declaring = true;
        while (!endsList(cursor.peek())) {
            if (declaring && cursor.isWord("DECLARE")) {
                cursor.advance();
                result.add(declare());
            } else {
                declaring = false;
                result.add(statement());
            }
            cursor.expectSymbol(";");
        }
        return result;
    }

    private static boolean endsList(Token t) {
        return t.kind() == TokenKind.END || t.isWord("END") || t.isWord("ELSE") || t.isWord("ELSEIF")
                || t.isWord("WHEN") || t.isWord("UNTIL");
    }

    private ProcedureStatement declare() {
        if ((cursor.isWord("CONTINUE") || cursor.isWord("EXIT") || cursor.isWord("UNDO")) && cursor.isWord(1, "HANDLER")) {
            HandlerAction action = HandlerAction.valueOf(cursor.advance().keyword());
            cursor.advance();
            cursor.expectWord("FOR");
            List<ConditionValue> conditions = new ArrayList<>();
            do {
                conditions.add(handlerCondition());
            } while (cursor.acceptSymbol(","));
            return new DeclareHandler(action, conditions, statement());
        }
        String name = cursor.identifier();
        if (cursor.acceptWord("CONDITION")) {
            cursor.expectWord("FOR");
            ConditionValue value;
            if (cursor.isWord("SQLSTATE")) {
                value = sqlState();
            } else {
                value = errorCode();
            }
            return new DeclareCondition(name, value);
        }
        if (cursor.acceptWord("CURSOR")) {
            cursor.expectWord("FOR");
            return new DeclareCursor(name, statements.select());
        }
        List<String> names = new ArrayList<>();
        names.add(name);
        while (cursor.acceptSymbol(",")) {
            names.add(cursor.identifier());
        }
        DataType type = expressions.types().dataType(false);
        Expression defaultValue = cursor.acceptWord("DEFAULT") ? expressions.expression() : null;
        return new DeclareVariable(names, type, defaultValue);
    }

    private ConditionValue handlerCondition() {
        Token t = cursor.peek();
        if (t.isWord("SQLSTATE")) {
            return sqlState();
        }
        if (t.kind() == TokenKind.INTEGER) {
            return errorCode();
        }
        if (cursor.acceptWord("SQLWARNING")) {
            return new ConditionValue(ConditionValueKind.SQLWARNING, null, null);
        }
        if (cursor.acceptWords("NOT", "FOUND")) {
            return new ConditionValue(ConditionValueKind.NOT_FOUND, null, null);
        }
        if (cursor.acceptWord("SQLEXCEPTION")) {
            return new ConditionValue(ConditionValueKind.SQLEXCEPTION, null, null);
        }
        return new ConditionValue(ConditionValueKind.CONDITION_NAME, null, cursor.identifier());
    }

    private ConditionValue sqlState() {
        cursor.expectWord("SQLSTATE");
        cursor.acceptWord("VALUE");
        return new ConditionValue(ConditionValueKind.SQLSTATE, null, cursor.expectString());
    }

    private ConditionValue errorCode() {
        Token t = cursor.peek();
        if (t.kind() != TokenKind.INTEGER) {
            throw cursor.error();
        }
        cursor.advance();
        int code;
        try {
            code = Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw cursor.errorAt(t);
        }
        return new ConditionValue(ConditionValueKind.ERROR_CODE, code, null);
    }

    private If ifStatement() {
        cursor.expectWord("IF");
        List<ConditionalBranch> branches = new ArrayList<>();
        do {
            Expression condition = expressions.expression();
            cursor.expectWord("THEN");
            branches.add(new ConditionalBranch(condition, statementList(true)));
        } while (cursor.acceptWord("ELSEIF"));
        List<ProcedureStatement> otherwise = cursor.acceptWord("ELSE") ? statementList(true) : List.of();
        cursor.expectWord("END");
        cursor.expectWord("IF");
        return new If(branches, otherwise);
    }

    private CaseStatement caseStatement() {
        cursor.expectWord("CASE");
        Expression operand = cursor.isWord("WHEN") ? null : expressions.expression();
        List<ConditionalBranch> whens = new ArrayList<>();
        cursor.expectWord("WHEN");
        do {
            Expression value = expressions.expression();
            cursor.expectWord("THEN");
            whens.add(new ConditionalBranch(value, statementList(true)));
        } while (cursor.acceptWord("WHEN"));
        List<ProcedureStatement> otherwise = cursor.acceptWord("ELSE") ? statementList(true) : null;
        cursor.expectWord("END");
        cursor.expectWord("CASE");
        return new CaseStatement(operand, whens, otherwise);
    }

    private FetchCursor fetch() {
        cursor.expectWord("FETCH");
        if (cursor.isWord("NEXT") && cursor.isWord(1, "FROM")) {
            cursor.advance();
        }
        cursor.acceptWord("FROM");
        String name = cursor.identifier();
        cursor.expectWord("INTO");
        List<String> variables = new ArrayList<>();
        do {
            variables.add(cursor.identifier());
        } while (cursor.acceptSymbol(","));
        return new FetchCursor(name, variables);
    }

    private ConditionValue signalCondition() {
        if (cursor.isWord("SQLSTATE")) {
            return sqlState();
        }
        return new ConditionValue(ConditionValueKind.CONDITION_NAME, null, cursor.identifier());
    }

    private List<SignalItem> signalItems() {
        if (!cursor.acceptWord("SET")) {
            return List.of();
        }
        List<SignalItem> items = new ArrayList<>();
        do {
            ConditionInformationItem item = conditionItem();
            if (item == ConditionInformationItem.RETURNED_SQLSTATE) {
                throw cursor.errorAt(cursor.previous());
            }
            cursor.expectSymbol("=");
            items.add(new SignalItem(item, expressions.expression()));
        } while (cursor.acceptSymbol(","));
        return items;
    }

    private ConditionInformationItem conditionItem() {
        Token t = cursor.peek();
        if (t.kind() == TokenKind.WORD) {
            for (ConditionInformationItem item : ConditionInformationItem.values()) {
                if (item.name().equals(t.keyword())) {
                    cursor.advance();
                    return item;
                }
            }
        }
        throw cursor.error();
    }

    private GetDiagnostics getDiagnostics() {
        cursor.expectWord("GET");
        DiagnosticsArea area = DiagnosticsArea.CURRENT;
        if (cursor.acceptWord("STACKED")) {
            area = DiagnosticsArea.STACKED;
        } else {
            cursor.acceptWord("CURRENT");
        }
        cursor.expectWord("DIAGNOSTICS");
        Expression conditionNumber = null;
        if (cursor.acceptWord("CONDITION")) {
            conditionNumber = expressions.expression();
        }
        List<DiagnosticsAssignment> assignments = new ArrayList<>();
        do {
            Expression target = diagnosticsTarget();
            cursor.expectSymbol("=");
            String item;
            if (conditionNumber == null) {
                if (!cursor.isWord("NUMBER") && !cursor.isWord("ROW_COUNT")) {
                    throw cursor.error();
                }
                item = cursor.advance().keyword();
            } else {
                item = conditionItem().name();
            }
            assignments.add(new DiagnosticsAssignment(target, item));
        } while (cursor.acceptSymbol(","));
        return new GetDiagnostics(area, conditionNumber, assignments);
    }

    private Expression diagnosticsTarget() {
        Token t = cursor.peek();
        if (t.kind() == TokenKind.USER_VARIABLE) {
            cursor.advance();
            return new UserVariable(t.text());
        }
        return new ColumnRef(null, null, cursor.identifier());
    }
}
