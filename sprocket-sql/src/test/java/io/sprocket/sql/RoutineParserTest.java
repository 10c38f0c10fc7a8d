package io.sprocket.sql;

import io.sprocket.sql.ast.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.sprocket.sql.ExpressionParserTest.col;
import static io.sprocket.sql.ExpressionParserTest.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CREATE/ALTER/DROP PROCEDURE and FUNCTION and the stored-program body language. */
class RoutineParserTest {

    private static DataType type(TypeName name, Integer length) {
        return new DataType(name, length, null, false, false, null, null, false, List.of());
    }

    private static CreateRoutine create(String sql) {
        return (CreateRoutine) Parser.parse(sql);
    }

    /** The body of a procedure whose body is a BEGIN ... END block. */
    private static List<ProcedureStatement> block(String body) {
        return ((Block) create("CREATE PROCEDURE p() " + body).body()).statements();
    }

    @Test
    void citycountFromTheManual() {
        String body = """
                BEGIN
                  SELECT COUNT(*) INTO cities FROM world.city
                  WHERE CountryCode = country;
                END""";
        CreateRoutine p = create("CREATE PROCEDURE citycount (IN country CHAR(3), OUT cities INT)\n" + body);
        assertThat(p.kind()).isEqualTo(RoutineKind.PROCEDURE);
        assertThat(p.name()).isEqualTo(new ObjectName(null, "citycount"));
        assertThat(p.definer()).isNull();
        assertThat(p.parameters()).containsExactly(
                new RoutineParameter(ParameterMode.IN, "country", type(TypeName.CHAR, 3)),
                new RoutineParameter(ParameterMode.OUT, "cities", type(TypeName.INT, null)));
        assertThat(p.returns()).isNull();
        assertThat(p.characteristics()).isEmpty();
        assertThat(p.bodyText()).isEqualTo(body);
        Block block = (Block) p.body();
        assertThat(block.label()).isNull();
        RoutineSqlStatement select = (RoutineSqlStatement) block.statements().getFirst();
        assertThat(select.sourceText()).isEqualTo("SELECT COUNT(*) INTO cities FROM world.city\n  WHERE CountryCode = country");
        assertThat(((Select) select.statement()).into()).containsExactly(col("cities"));
    }

    @Test
    void helloFunctionFromTheManual() {
        CreateRoutine f = create("CREATE FUNCTION hello (s CHAR(20))\n  RETURNS CHAR(50) DETERMINISTIC\n"
                + "  RETURN CONCAT('Hello, ',s,'!');");
        assertThat(f.kind()).isEqualTo(RoutineKind.FUNCTION);
        assertThat(f.parameters()).containsExactly(new RoutineParameter(null, "s", type(TypeName.CHAR, 20)));
        assertThat(f.returns()).isEqualTo(type(TypeName.CHAR, 50));
        assertThat(f.characteristics())
                .containsExactly(new RoutineCharacteristic(RoutineCharacteristicKind.DETERMINISTIC, null));
        assertThat(f.bodyText()).isEqualTo("RETURN CONCAT('Hello, ',s,'!')");
        assertThat(f.body()).isInstanceOf(Return.class);
    }

    @Test
    void definerProceduresFromTheSecurityChapter() {
        CreateRoutine p1 = create("CREATE DEFINER = 'admin'@'localhost' PROCEDURE p1()\n"
                + "  UPDATE t1 SET counter = counter + 1;");
        assertThat(p1.definer()).isEqualTo(new AccountRef("admin", "localhost"));
        assertThat(p1.parameters()).isEmpty();
        assertThat(((RoutineSqlStatement) p1.body()).statement()).isInstanceOf(Update.class);
        assertThat(p1.bodyText()).isEqualTo("UPDATE t1 SET counter = counter + 1");
        CreateRoutine p2 = create("CREATE DEFINER = 'admin'@'localhost' PROCEDURE p2()\n  SQL SECURITY INVOKER\n"
                + "  UPDATE t1 SET counter = counter + 1;");
        assertThat(p2.characteristics())
                .containsExactly(new RoutineCharacteristic(RoutineCharacteristicKind.SQL_SECURITY_INVOKER, null));
    }

    @Test
    void definersAndHeaderClauses() {
        assertThat(create("CREATE DEFINER=`root`@`%` PROCEDURE p() BEGIN END").definer())
                .isEqualTo(new AccountRef("root", "%"));
        assertThat(create("CREATE DEFINER=root@localhost PROCEDURE p() BEGIN END").definer())
                .isEqualTo(new AccountRef("root", "localhost"));
        assertThat(create("CREATE DEFINER=CURRENT_USER PROCEDURE p() BEGIN END").definer()).isNull();
        assertThat(create("CREATE DEFINER = CURRENT_USER() PROCEDURE p() BEGIN END").definer()).isNull();
        CreateRoutine r = create("CREATE OR REPLACE FUNCTION IF NOT EXISTS d.f(a VARCHAR(10) CHARACTER SET latin1 "
                + "COLLATE latin1_bin, b DECIMAL(10,2)) RETURNS TEXT CHARSET utf8mb4 COLLATE utf8mb4_bin "
                + "COMMENT 'it''s' LANGUAGE SQL NOT DETERMINISTIC CONTAINS SQL NO SQL READS SQL DATA "
                + "MODIFIES SQL DATA SQL SECURITY DEFINER RETURN a");
        assertThat(r.orReplace()).isTrue();
        assertThat(r.ifNotExists()).isTrue();
        assertThat(r.name()).isEqualTo(new ObjectName("d", "f"));
        assertThat(r.parameters().get(0).type())
                .isEqualTo(new DataType(TypeName.VARCHAR, 10, null, false, false, "latin1", "latin1_bin", false, List.of()));
        assertThat(r.parameters().get(1).type())
                .isEqualTo(new DataType(TypeName.DECIMAL, 10, 2, false, false, null, null, false, List.of()));
        assertThat(r.returns())
                .isEqualTo(new DataType(TypeName.TEXT, null, null, false, false, "utf8mb4", "utf8mb4_bin", false, List.of()));
        assertThat(r.characteristics()).extracting(RoutineCharacteristic::kind).containsExactly(
                RoutineCharacteristicKind.COMMENT, RoutineCharacteristicKind.LANGUAGE_SQL,
                RoutineCharacteristicKind.NOT_DETERMINISTIC, RoutineCharacteristicKind.CONTAINS_SQL,
                RoutineCharacteristicKind.NO_SQL, RoutineCharacteristicKind.READS_SQL_DATA,
                RoutineCharacteristicKind.MODIFIES_SQL_DATA, RoutineCharacteristicKind.SQL_SECURITY_DEFINER);
        assertThat(r.characteristics().getFirst().comment()).isEqualTo("it's");
        assertThat(create("CREATE PROCEDURE p(INOUT x INT, y INT) BEGIN END").parameters())
                .extracting(RoutineParameter::mode).containsExactly(ParameterMode.INOUT, ParameterMode.IN);
    }

    @Test
    void alterAndDrop() {
        assertThat(Parser.parse("ALTER PROCEDURE d.p COMMENT 'x' SQL SECURITY INVOKER"))
                .isEqualTo(new AlterRoutine(RoutineKind.PROCEDURE, new ObjectName("d", "p"), List.of(
                        new RoutineCharacteristic(RoutineCharacteristicKind.COMMENT, "x"),
                        new RoutineCharacteristic(RoutineCharacteristicKind.SQL_SECURITY_INVOKER, null))));
        assertThat(Parser.parse("ALTER FUNCTION f"))
                .isEqualTo(new AlterRoutine(RoutineKind.FUNCTION, new ObjectName(null, "f"), List.of()));
        assertThat(Parser.parse("DROP PROCEDURE IF EXISTS d.p"))
                .isEqualTo(new DropRoutine(RoutineKind.PROCEDURE, true, new ObjectName("d", "p")));
        assertThat(Parser.parse("DROP FUNCTION f"))
                .isEqualTo(new DropRoutine(RoutineKind.FUNCTION, false, new ObjectName(null, "f")));
        assertThat(Parser.parse("CALL d.p(1, @x)")).isInstanceOf(Call.class);
        assertThatThrownBy(() -> Parser.parse("ALTER PROCEDURE p DETERMINISTIC"))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.nearText()).isEqualTo("DETERMINISTIC"));
    }

    @Test
    void declarations() {
        List<ProcedureStatement> s = block("""
                BEGIN
                  DECLARE a, b INT DEFAULT 5;
                  DECLARE c VARCHAR(20) CHARACTER SET utf8mb4;
                  DECLARE no_such_table CONDITION FOR 1051;
                  DECLARE dup CONDITION FOR SQLSTATE VALUE '23000';
                  DECLARE cur CURSOR FOR SELECT id FROM t WHERE id > a;
                  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
                  DECLARE EXIT HANDLER FOR SQLEXCEPTION, SQLWARNING, 1062, SQLSTATE '42S02', no_such_table BEGIN END;
                  DECLARE UNDO HANDLER FOR dup ROLLBACK;
                END""");
        assertThat(s.get(0)).isEqualTo(new DeclareVariable(List.of("a", "b"), type(TypeName.INT, null), num(5)));
        assertThat(((DeclareVariable) s.get(1)).type().charset()).isEqualTo("utf8mb4");
        assertThat(((DeclareVariable) s.get(1)).defaultValue()).isNull();
        assertThat(s.get(2)).isEqualTo(new DeclareCondition("no_such_table",
                new ConditionValue(ConditionValueKind.ERROR_CODE, 1051, null)));
        assertThat(s.get(3)).isEqualTo(new DeclareCondition("dup",
                new ConditionValue(ConditionValueKind.SQLSTATE, null, "23000")));
        assertThat(((DeclareCursor) s.get(4)).name()).isEqualTo("cur");
        DeclareHandler h = (DeclareHandler) s.get(5);
        assertThat(h.action()).isEqualTo(HandlerAction.CONTINUE);
        assertThat(h.conditions()).containsExactly(new ConditionValue(ConditionValueKind.NOT_FOUND, null, null));
        assertThat(((RoutineSqlStatement) h.statement()).statement()).isInstanceOf(SetVariables.class);
        DeclareHandler exit = (DeclareHandler) s.get(6);
        assertThat(exit.conditions()).containsExactly(
                new ConditionValue(ConditionValueKind.SQLEXCEPTION, null, null),
                new ConditionValue(ConditionValueKind.SQLWARNING, null, null),
                new ConditionValue(ConditionValueKind.ERROR_CODE, 1062, null),
                new ConditionValue(ConditionValueKind.SQLSTATE, null, "42S02"),
                new ConditionValue(ConditionValueKind.CONDITION_NAME, null, "no_such_table"));
        assertThat(exit.statement()).isEqualTo(new Block(null, false, List.of()));
        assertThat(((DeclareHandler) s.get(7)).action()).isEqualTo(HandlerAction.UNDO);
    }

    @Test
    void flowControl() {
        List<ProcedureStatement> s = block("""
                outer_block: BEGIN NOT ATOMIC
                  IF x > 1 THEN SET y = 1; ELSEIF x = 1 THEN SET y = 2; SET z = 3; ELSE LEAVE outer_block; END IF;
                  IF x THEN SET y = 1; END IF;
                  CASE x WHEN 1 THEN SET y = 1; ELSE BEGIN END; END CASE;
                  CASE WHEN x > 1 THEN SET y = 1; END CASE;
                  l1: LOOP ITERATE l1; END LOOP L1;
                  LOOP LEAVE outer_block; END LOOP;
                  w: WHILE x < 10 DO SET x = x + 1; END WHILE w;
                  REPEAT SET x = x - 1; UNTIL x = 0 END REPEAT;
                END OUTER_BLOCK""");
        If first = (If) s.get(0);
        assertThat(first.branches()).hasSize(2);
        assertThat(first.branches().get(1).statements()).hasSize(2);
        assertThat(first.otherwise()).containsExactly(new Leave("outer_block"));
        assertThat(((If) s.get(1)).otherwise()).isEmpty();
        CaseStatement simple = (CaseStatement) s.get(2);
        assertThat(simple.operand()).isEqualTo(col("x"));
        assertThat(simple.whens().getFirst().condition()).isEqualTo(num(1));
        assertThat(simple.otherwise()).containsExactly(new Block(null, false, List.of()));
        CaseStatement searched = (CaseStatement) s.get(3);
        assertThat(searched.operand()).isNull();
        assertThat(searched.otherwise()).isNull();
        assertThat(s.get(4)).isEqualTo(new Loop("l1", List.of(new Iterate("l1"))));
        assertThat(s.get(5)).isEqualTo(new Loop(null, List.of(new Leave("outer_block"))));
        While w = (While) s.get(6);
        assertThat(w.label()).isEqualTo("w");
        assertThat(w.statements()).hasSize(1);
        Repeat r = (Repeat) s.get(7);
        assertThat(r.label()).isNull();
        assertThat(r.until()).isInstanceOf(BinaryOperation.class);
        Block outer = (Block) create("CREATE PROCEDURE p() outer_block: BEGIN NOT ATOMIC END").body();
        assertThat(outer).isEqualTo(new Block("outer_block", true, List.of()));
    }

    @Test
    void cursorsSignalsAndDiagnostics() {
        List<ProcedureStatement> s = block("""
                BEGIN
                  OPEN cur;
                  FETCH cur INTO a;
                  FETCH NEXT FROM cur INTO a, b;
                  FETCH FROM cur INTO a;
                  CLOSE cur;
                  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'boom', MYSQL_ERRNO = 1644;
                  SIGNAL no_such_table;
                  RESIGNAL;
                  RESIGNAL SET MESSAGE_TEXT = msg;
                  RESIGNAL SQLSTATE VALUE '45001';
                  GET DIAGNOSTICS @n = NUMBER, rc = ROW_COUNT;
                  GET STACKED DIAGNOSTICS CONDITION 1 @s = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
                  GET CURRENT DIAGNOSTICS CONDITION n @e = MYSQL_ERRNO;
                  RETURN a + 1;
                END""");
        assertThat(s.get(0)).isEqualTo(new OpenCursor("cur"));
        assertThat(s.get(1)).isEqualTo(new FetchCursor("cur", List.of("a")));
        assertThat(s.get(2)).isEqualTo(new FetchCursor("cur", List.of("a", "b")));
        assertThat(s.get(3)).isEqualTo(new FetchCursor("cur", List.of("a")));
        assertThat(s.get(4)).isEqualTo(new CloseCursor("cur"));
        assertThat(s.get(5)).isEqualTo(new Signal(new ConditionValue(ConditionValueKind.SQLSTATE, null, "45000"), List.of(
                new SignalItem(ConditionInformationItem.MESSAGE_TEXT, new StringLiteral("boom", null)),
                new SignalItem(ConditionInformationItem.MYSQL_ERRNO, num(1644)))));
        assertThat(s.get(6)).isEqualTo(new Signal(
                new ConditionValue(ConditionValueKind.CONDITION_NAME, null, "no_such_table"), List.of()));
        assertThat(s.get(7)).isEqualTo(new Resignal(null, List.of()));
        assertThat(s.get(8)).isEqualTo(new Resignal(null,
                List.of(new SignalItem(ConditionInformationItem.MESSAGE_TEXT, col("msg")))));
        assertThat(s.get(9)).isEqualTo(new Resignal(new ConditionValue(ConditionValueKind.SQLSTATE, null, "45001"), List.of()));
        assertThat(s.get(10)).isEqualTo(new GetDiagnostics(DiagnosticsArea.CURRENT, null, List.of(
                new DiagnosticsAssignment(new UserVariable("n"), "NUMBER"),
                new DiagnosticsAssignment(col("rc"), "ROW_COUNT"))));
        assertThat(s.get(11)).isEqualTo(new GetDiagnostics(DiagnosticsArea.STACKED, num(1), List.of(
                new DiagnosticsAssignment(new UserVariable("s"), "RETURNED_SQLSTATE"),
                new DiagnosticsAssignment(col("msg"), "MESSAGE_TEXT"))));
        assertThat(((GetDiagnostics) s.get(12)).conditionNumber()).isEqualTo(col("n"));
        assertThat(s.get(13)).isInstanceOf(Return.class);
    }

    @Test
    void ordinaryStatementsInsideABody() {
        List<ProcedureStatement> s = block("""
                BEGIN
                  SET x = 1, @u = 2, @@session.sql_mode = '';
                  SELECT a, b INTO x, @u FROM t LIMIT 1;
                  INSERT INTO t VALUES (x);
                  CREATE TABLE t2 (a INT);
                  PREPARE st FROM 'SELECT 1';
                  EXECUTE st;
                  DEALLOCATE PREPARE st;
                  START TRANSACTION;
                  COMMIT;
                  CALL q(x);
                END""");
        assertThat(s).allSatisfy(x -> assertThat(x).isInstanceOf(RoutineSqlStatement.class));
        assertThat(s).extracting(x -> ((RoutineSqlStatement) x).statement().getClass().getSimpleName()).containsExactly(
                "SetVariables", "Select", "Insert", "CreateTable", "Prepare", "Execute", "DeallocatePrepare",
                "StartTransaction", "Commit", "Call");
        assertThat(((RoutineSqlStatement) s.get(1)).sourceText()).isEqualTo("SELECT a, b INTO x, @u FROM t LIMIT 1");
    }

    @Test
    void bodySemicolonsDoNotEndTheStatement() {
        List<ParsedStatement> script = Parser.parseScript(
                "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END; CALL p();");
        assertThat(script).hasSize(2);
        assertThat(script.get(0).sourceText()).isEqualTo("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END");
        assertThat(script.get(1).statement()).isInstanceOf(Call.class);
    }

    @Test
    void endLabelsMustMatch() {
        assertThat(create("CREATE PROCEDURE p() `Lbl`: BEGIN END lBL").body()).isEqualTo(new Block("Lbl", false, List.of()));
        assertThatThrownBy(() -> Parser.parse("CREATE PROCEDURE p() lbl: BEGIN END foo"))
                .isInstanceOfSatisfying(RoutineParseException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(1310);
                    assertThat(e.sqlState()).isEqualTo("42000");
                    assertThat(e.getMessage()).isEqualTo("End-label foo without match");
                });
        assertThatThrownBy(() -> Parser.parse("CREATE PROCEDURE p() a: LOOP LEAVE a; END LOOP b"))
                .isInstanceOfSatisfying(RoutineParseException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("End-label b without match"));
    }

    @Test
    void noRoutineDefinitionInsideABody() {
        assertThatThrownBy(() -> Parser.parse("CREATE PROCEDURE p() BEGIN CREATE PROCEDURE q() BEGIN END; END"))
                .isInstanceOfSatisfying(RoutineParseException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(1303);
                    assertThat(e.sqlState()).isEqualTo("2F003");
                    assertThat(e.getMessage()).isEqualTo("Can't create a PROCEDURE from within another stored routine");
                });
    }

    /** Near texts recorded from the oracle (MariaDB 10.11, client delimiter '//'). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CREATE PROCEDURE p() BEGIN SELECT 1 END|''",
            "CREATE PROCEDURE p() BEGIN END foo|foo",
            "CREATE PROCEDURE p() BEGIN IF 1 THEN END IF; END|END IF; END",
            "CREATE FUNCTION f(x INT) BEGIN RETURN 1; END|BEGIN RETURN 1; END",
            "CREATE PROCEDURE p BEGIN END|BEGIN END",
            "CREATE PROCEDURE p() BEGIN LOOP END LOOP; END|END LOOP; END",
            "DROP PROCEDURE|''",
            "CREATE PROCEDURE p() BEGIN DECLARE c CONDITION FOR SQLWARNING; END|SQLWARNING; END",
            "CREATE PROCEDURE p() BEGIN SIGNAL SQLSTATE '45000' SET RETURNED_SQLSTATE = 1; END|RETURNED_SQLSTATE = 1; END",
            "CREATE PROCEDURE p() BEGIN CASE WHEN 1 THEN SELECT 1; END; END|; END",
            "CREATE PROCEDURE p() BEGIN DECLARE x INT; LEAVE; END|; END",
            "CREATE PROCEDURE p() BEGIN FETCH c; END|; END",
            "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2 END|''",
            "CREATE PROCEDURE p() BEGIN WHILE 1 DO SELECT 1; END WHILE x; END|x; END",
            "CREATE PROCEDURE p(OUT) BEGIN END|) BEGIN END",
    })
    void syntaxErrorsMatchTheOracle(String sql, String near) {
        assertThatThrownBy(() -> Parser.parse(sql))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.nearText()).isEqualTo(near));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CREATE PROCEDURE citycount (IN country CHAR(3), OUT cities INT) BEGIN SELECT COUNT(*) INTO cities FROM world.city WHERE CountryCode = country; END",
            "CREATE DEFINER = 'admin'@'localhost' FUNCTION IF NOT EXISTS d.f(s CHAR(20) CHARSET latin1) RETURNS VARCHAR(50) COLLATE utf8mb4_bin DETERMINISTIC COMMENT 'c' SQL SECURITY INVOKER RETURN CONCAT('Hello, ', s)",
            "CREATE OR REPLACE PROCEDURE p(INOUT `a b` INT UNSIGNED) l: LOOP LEAVE l; END LOOP l",
            "ALTER FUNCTION f COMMENT 'x' NO SQL",
            "DROP PROCEDURE IF EXISTS d.p",
    })
    void formatterRoundTrips(String sql) {
        Statement parsed = Parser.parse(sql);
        String text = SqlFormatter.PLAIN.formatStatement(parsed);
        Statement again = Parser.parse(text);
        assertThat(SqlFormatter.PLAIN.formatStatement(again)).isEqualTo(text);
        if (parsed instanceof CreateRoutine c) {
            CreateRoutine d = (CreateRoutine) again;
            assertThat(d.bodyText()).isEqualTo(c.bodyText());
            assertThat(text).endsWith("\n" + c.bodyText());
            assertThat(new CreateRoutine(d.orReplace(), d.definer(), d.kind(), d.ifNotExists(), d.name(), d.parameters(), c.parametersText(),
                    d.returns(), d.characteristics(), c.body(), d.bodyText())).isEqualTo(c);
        } else {
            assertThat(again).isEqualTo(parsed);
        }
    }

    @Test
    void formatsShowCreateLayout() {
        assertThat(SqlFormatter.PLAIN.formatStatement(Parser.parse(
                "create definer=root@localhost procedure p(in a int, out b char(3)) reads sql data comment 'x' begin end")))
                .isEqualTo("CREATE DEFINER=`root`@`localhost` PROCEDURE `p`(IN `a` int, OUT `b` char(3))\n"
                        + "    READS SQL DATA\n    COMMENT 'x'\nbegin end");
    }
}
