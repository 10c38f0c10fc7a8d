package io.sprocket.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CREATE / ALTER / DROP PROCEDURE and FUNCTION with SHOW CREATE, SHOW ... STATUS and information_schema. Error and
 * note texts and the SHOW CREATE layout were checked against the oracle (MariaDB 10.11); where MySQL 8.0 prints
 * differently (no int display width, RETURNS ... CHARSET without the default COLLATE, DTD_IDENTIFIER without the
 * character set, EXTERNAL_LANGUAGE 'SQL', ROUTINE_CATALOG 'def') the expectation follows MySQL 8.0's manual and
 * its published test results, as noted at each place.
 */
class RoutineDdlTest {
    private static final String MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    @TempDir
    Path dir;

    private static TestSession withDatabase(Path dir) {
        TestSession s = new TestSession(dir);
        assertThat(s.run("CREATE DATABASE d")).containsExactly("ok 1");
        assertThat(s.run("USE d")).containsExactly("ok 0");
        return s;
    }

    @Test
    void showCreateProcedurePrintsCharacteristicsInMysqlOrder() {
        try (TestSession s = withDatabase(dir)) {
            assertThat(s.run("CREATE PROCEDURE p1(IN a INT, out B varchar(10), inout c decimal(10,2))\n"
                    + "  comment 'hi' deterministic reads sql data sql security invoker\n"
                    + "begin\n  select a;\nend")).containsExactly("ok 0");
            // oracle: data access, DETERMINISTIC, SQL SECURITY INVOKER, COMMENT; parameters and body verbatim
            assertThat(s.run("SHOW CREATE PROCEDURE p1")).containsExactly(
                    "Procedure\tsql_mode\tCreate Procedure\tcharacter_set_client\tcollation_connection\tDatabase Collation",
                    "p1\t" + MODE + "\tCREATE DEFINER=`root`@`localhost` PROCEDURE `p1`(IN a INT, out B varchar(10), "
                            + "inout c decimal(10,2))\n    READS SQL DATA\n    DETERMINISTIC\n    SQL SECURITY INVOKER\n"
                            + "    COMMENT 'hi'\nbegin\n  select a;\nend\tutf8mb4\tutf8mb4_0900_ai_ci\tutf8mb4_0900_ai_ci");
            assertThat(s.run("CREATE PROCEDURE p2( a int ,b char(3) ) select 1")).containsExactly("ok 0");
            assertThat(s.run("SHOW CREATE PROCEDURE d.p2").get(1)).contains(
                    "\tCREATE DEFINER=`root`@`localhost` PROCEDURE `p2`( a int ,b char(3) )\nselect 1\t");
        }
    }

    @Test
    void showCreateFunctionPrintsReturnsAsMysql80() {
        try (TestSession s = withDatabase(dir)) {
            s.run("CREATE FUNCTION f1(x int) RETURNS int RETURN x");
            // MySQL 8.0 drops the display width (MariaDB prints int(11))
            assertThat(s.run("SHOW CREATE FUNCTION f1").get(1)).contains(
                    "\tCREATE DEFINER=`root`@`localhost` FUNCTION `f1`(x int) RETURNS int\nRETURN x\t");
            // the database's default collation: CHARSET only (MariaDB always adds COLLATE)
            s.run("CREATE FUNCTION f2() RETURNS VARCHAR(10) NO SQL RETURN 'a'");
            assertThat(s.run("SHOW CREATE FUNCTION f2").get(1)).contains(
                    "FUNCTION `f2`() RETURNS varchar(10) CHARSET utf8mb4\n    NO SQL\nRETURN 'a'\t");
            s.run("CREATE FUNCTION f3() RETURNS char(2) CHARSET latin1 COLLATE latin1_bin RETURN 'a'");
            assertThat(s.run("SHOW CREATE FUNCTION f3").get(1)).contains(
                    "RETURNS char(2) CHARSET latin1 COLLATE latin1_bin\nRETURN 'a'\t");
            s.run("CREATE FUNCTION f4() RETURNS enum('x','y') RETURN 1");
            assertThat(s.run("SHOW CREATE FUNCTION f4").get(1)).contains("RETURNS enum('x','y') CHARSET utf8mb4\n");
            s.run("CREATE FUNCTION f5() RETURNS varbinary(5) RETURN 'a'");
            assertThat(s.run("SHOW CREATE FUNCTION f5").get(1)).contains("RETURNS varbinary(5)\nRETURN 'a'\t");
            // a comment's quotes and backslashes as SHOW CREATE TABLE quotes them (oracle)
            s.run("CREATE PROCEDURE pq() COMMENT 'it''s a \\\\ \"x\"' SELECT 1");
            assertThat(s.run("SHOW CREATE PROCEDURE pq").get(1)).contains("()\n    COMMENT 'it''s a \\\\ \"x\"'\nSELECT 1\t");
        }
    }

    @Test
    void lastCharacteristicOfEachKindWinsAndDefinerIsKept() {
        try (TestSession s = withDatabase(dir)) {
            s.run("CREATE DEFINER = 'admin'@'%' PROCEDURE p() COMMENT 'a' NO SQL DETERMINISTIC SQL SECURITY INVOKER "
                    + "COMMENT 'b' MODIFIES SQL DATA NOT DETERMINISTIC SQL SECURITY DEFINER LANGUAGE SQL SELECT 1");
            assertThat(s.run("SHOW CREATE PROCEDURE p").get(1)).contains(
                    "\tCREATE DEFINER=`admin`@`%` PROCEDURE `p`()\n    MODIFIES SQL DATA\n    COMMENT 'b'\nSELECT 1\t");
            s.run("CREATE DEFINER = CURRENT_USER PROCEDURE q() SELECT 1");
            assertThat(s.run("SHOW CREATE PROCEDURE q").get(1)).contains("\tCREATE DEFINER=`root`@`localhost` PROCEDURE");
        }
    }

    @Test
    void createErrorsAndNotes() {
        try (TestSession s = new TestSession(dir)) {
            assertThat(s.run("CREATE PROCEDURE p() SELECT 1")).containsExactly("error 1046 No database selected");
            assertThat(s.run("DROP PROCEDURE p")).containsExactly("error 1046 No database selected");
            assertThat(s.run("SHOW CREATE PROCEDURE p")).containsExactly("error 1046 No database selected");
            assertThat(s.run("CREATE PROCEDURE nodb.p() SELECT 1")).containsExactly("error 1049 Unknown database 'nodb'");
            s.run("CREATE DATABASE d");
            s.run("USE d");
            assertThat(s.run("CREATE PROCEDURE p1() SELECT 1")).containsExactly("ok 0");
            assertThat(s.run("CREATE PROCEDURE P1() SELECT 2")).containsExactly("error 1304 PROCEDURE P1 already exists");
            assertThat(s.run("CREATE PROCEDURE IF NOT EXISTS p1() SELECT 2")).containsExactly("ok 0");
            assertThat(s.run("SHOW WARNINGS")).containsExactly("Level\tCode\tMessage", "Note\t1304\tPROCEDURE p1 already exists");
            // functions and procedures are separate name spaces
            assertThat(s.run("CREATE FUNCTION p1() RETURNS int RETURN 1")).containsExactly("ok 0");
            assertThat(s.run("CREATE PROCEDURE p3(a int, A int) SELECT 1")).containsExactly("error 1330 Duplicate parameter: A");
            assertThat(s.run("CREATE FUNCTION f3(a int, b int, a int) RETURNS int RETURN 1"))
                    .containsExactly("error 1330 Duplicate parameter: a");
            String longName = "p" + "0123456789".repeat(6) + "1234";
            assertThat(s.run("CREATE PROCEDURE " + longName + "() SELECT 1"))
                    .containsExactly("error 1059 Identifier name '" + longName + "' is too long");
            assertThat(s.run("CREATE PROCEDURE `p4 `() SELECT 1")).containsExactly("error 1458 Incorrect routine name 'p4 '");
            assertThat(s.run("CREATE PROCEDURE ``() SELECT 1")).containsExactly("error 1458 Incorrect routine name ''");
            assertThat(s.run("CREATE OR REPLACE PROCEDURE IF NOT EXISTS p1() SELECT 2"))
                    .containsExactly("error 1221 Incorrect usage of OR REPLACE and IF NOT EXISTS");
            assertThat(s.run("CREATE PROCEDURE p5(a varchar(70000)) SELECT 1")).containsExactly(
                    "error 1074 Column length too big for column 'a' (max = 16383); use BLOB or TEXT instead");
        }
    }

    @Test
    void functionNamedLikeANativeFunctionGetsNote1585() {
        try (TestSession s = withDatabase(dir)) {
            assertThat(s.run("CREATE FUNCTION `concat`() RETURNS int RETURN 1")).containsExactly("ok 0");
            assertThat(s.run("SHOW WARNINGS")).containsExactly("Level\tCode\tMessage",
                    "Note\t1585\tThis function 'concat' has the same name as a native function");
            s.run("CREATE FUNCTION IF NOT EXISTS abs () RETURNS int RETURN 1");
            assertThat(s.run("SHOW WARNINGS")).containsExactly("Level\tCode\tMessage",
                    "Note\t1585\tThis function 'abs' has the same name as a native function");
            // a procedure cannot collide with a function; a keyword-spelled function is not in MySQL's native table
            s.run("CREATE PROCEDURE `md5`() SELECT 1");
            assertThat(s.run("SHOW WARNINGS")).containsExactly("Level\tCode\tMessage");
            s.run("CREATE FUNCTION `left`() RETURNS int RETURN 1");
            assertThat(s.run("SHOW WARNINGS")).containsExactly("Level\tCode\tMessage");
        }
    }

    @Test
    void orReplaceReplacesTheDefinition() {
        try (TestSession s = withDatabase(dir)) {
            s.run("CREATE PROCEDURE p() SELECT 1");
            assertThat(s.run("CREATE OR REPLACE PROCEDURE P() COMMENT 'new' SELECT 2")).containsExactly("ok 0");
            assertThat(s.run("SHOW CREATE PROCEDURE p").get(1)).contains("PROCEDURE `P`()\n    COMMENT 'new'\nSELECT 2\t");
            assertThat(s.run("SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'd'"))
                    .containsExactly("COUNT(*)", "1");
        }
    }

    @Test
    void alterChangesCharacteristicsButNotTheCreationSettings() {
        try (TestSession s = withDatabase(dir)) {
            s.run("SET sql_mode = ''");
            s.run("CREATE PROCEDURE p() DETERMINISTIC SELECT 1");
            s.run("SET sql_mode = DEFAULT");
            assertThat(s.run("ALTER PROCEDURE p COMMENT 'c' SQL SECURITY INVOKER READS SQL DATA LANGUAGE SQL"))
                    .containsExactly("ok 0");
            assertThat(s.run("SHOW CREATE PROCEDURE p")).element(1).isEqualTo("p\t\tCREATE DEFINER=`root`@`localhost` "
                    + "PROCEDURE `p`()\n    READS SQL DATA\n    DETERMINISTIC\n    SQL SECURITY INVOKER\n    COMMENT 'c'\n"
                    + "SELECT 1\tutf8mb4\tutf8mb4_0900_ai_ci\tutf8mb4_0900_ai_ci");
            s.run("ALTER PROCEDURE p SQL SECURITY DEFINER CONTAINS SQL COMMENT ''");
            assertThat(s.run("SHOW CREATE PROCEDURE p").get(1)).contains("PROCEDURE `p`()\n    DETERMINISTIC\nSELECT 1\t");
            assertThat(s.run("ALTER PROCEDURE nope COMMENT 'x'")).containsExactly("error 1305 PROCEDURE d.nope does not exist");
            assertThat(s.run("ALTER FUNCTION p COMMENT 'x'")).containsExactly("error 1305 FUNCTION d.p does not exist");
        }
    }

    @Test
    void dropAndMissingRoutines() {
        try (TestSession s = withDatabase(dir)) {
            s.run("CREATE FUNCTION f() RETURNS int RETURN 1");
            assertThat(s.run("DROP PROCEDURE f")).containsExactly("error 1305 PROCEDURE d.f does not exist");
            assertThat(s.run("DROP PROCEDURE IF EXISTS f")).containsExactly("ok 0");
            assertThat(s.run("SHOW WARNINGS")).containsExactly("Level\tCode\tMessage", "Note\t1305\tPROCEDURE d.f does not exist");
            assertThat(s.run("DROP FUNCTION IF EXISTS nodb.g")).containsExactly("ok 0");
            assertThat(s.run("SHOW WARNINGS")).containsExactly("Level\tCode\tMessage", "Note\t1305\tFUNCTION nodb.g does not exist");
            assertThat(s.run("DROP FUNCTION F")).containsExactly("ok 0");
            // SHOW CREATE names the routine without its database (oracle)
            assertThat(s.run("SHOW CREATE FUNCTION f")).containsExactly("error 1305 FUNCTION f does not exist");
            assertThat(s.run("SHOW CREATE PROCEDURE nodb.p")).containsExactly("error 1305 PROCEDURE p does not exist");
        }
    }

    @Test
    void ddlCommitsTheOpenTransaction() {
        try (TestSession s = withDatabase(dir)) {
            s.run("CREATE TABLE t (id INT PRIMARY KEY)");
            s.run("BEGIN");
            s.run("INSERT INTO t VALUES (1)");
            s.run("CREATE PROCEDURE p() SELECT 1");
            s.run("ROLLBACK");
            assertThat(s.run("SELECT id FROM t")).containsExactly("id", "1");
        }
    }

    @Test
    void showStatusListsByDbAndNameWithLikeAndWhere() {
        try (TestSession s = withDatabase(dir)) {
            s.run("CREATE DATABASE a");
            s.run("CREATE PROCEDURE d.zeta() COMMENT 'z' SELECT 1");
            s.run("CREATE PROCEDURE d.Alpha() SQL SECURITY INVOKER SELECT 1");
            s.run("CREATE PROCEDURE a.mid() SELECT 1");
            s.run("CREATE FUNCTION d.fn() RETURNS int RETURN 1");
            List<String> all = s.run("SHOW PROCEDURE STATUS");
            assertThat(all.get(0)).isEqualTo("Db\tName\tType\tDefiner\tModified\tCreated\tSecurity_type\tComment\t"
                    + "character_set_client\tcollation_connection\tDatabase Collation");
            assertThat(all.subList(1, all.size())).extracting(r -> r.split("\t", -1)[0] + "." + r.split("\t", -1)[1])
                    .containsExactly("a.mid", "d.Alpha", "d.zeta");
            String[] zeta = all.get(3).split("\t", -1);
            assertThat(zeta[2]).isEqualTo("PROCEDURE");
            assertThat(zeta[3]).isEqualTo("root@localhost");
            assertThat(zeta[4]).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d").isEqualTo(zeta[5]);
            assertThat(List.of(zeta).subList(6, 11)).containsExactly("DEFINER", "z", "utf8mb4", "utf8mb4_0900_ai_ci",
                    "utf8mb4_0900_ai_ci");
            assertThat(s.run("SHOW PROCEDURE STATUS LIKE 'z%'")).hasSize(2).element(1).asString().startsWith("d\tzeta\t");
            assertThat(s.run("SHOW PROCEDURE STATUS WHERE Security_type = 'INVOKER'")).hasSize(2)
                    .element(1).asString().startsWith("d\tAlpha\t");
            assertThat(s.run("SHOW FUNCTION STATUS WHERE Db = 'd'")).hasSize(2).element(1).asString()
                    .startsWith("d\tfn\tFUNCTION\troot@localhost\t");
            assertThat(s.run("SHOW FUNCTION STATUS LIKE 'nothing'")).hasSize(1);
        }
    }

    @Test
    void informationSchemaRoutines() {
        try (TestSession s = withDatabase(dir)) {
            s.run("CREATE PROCEDURE sp_for_routines() SELECT 'db_datadict'");
            s.run("CREATE FUNCTION function_for_routines() RETURNS INT RETURN 0");
            s.run("CREATE FUNCTION fv(a char(3)) RETURNS varchar(10) CHARSET latin1 DETERMINISTIC NO SQL COMMENT 'c' "
                    + "RETURN a");
            // expectations as MySQL 8.0's own test (funcs_1 is_routines) shows them: ROUTINE_CATALOG 'def',
            // EXTERNAL_LANGUAGE 'SQL', DTD_IDENTIFIER 'int'; MariaDB differs in all three
            assertThat(s.run("SELECT SPECIFIC_NAME, ROUTINE_CATALOG, ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, DATA_TYPE, "
                    + "CHARACTER_MAXIMUM_LENGTH, CHARACTER_OCTET_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, "
                    + "DATETIME_PRECISION, CHARACTER_SET_NAME, COLLATION_NAME, DTD_IDENTIFIER, ROUTINE_BODY, "
                    + "ROUTINE_DEFINITION, EXTERNAL_NAME, EXTERNAL_LANGUAGE, PARAMETER_STYLE, IS_DETERMINISTIC, "
                    + "SQL_DATA_ACCESS, SQL_PATH, SECURITY_TYPE, SQL_MODE, ROUTINE_COMMENT, DEFINER, CHARACTER_SET_CLIENT, "
                    + "COLLATION_CONNECTION, DATABASE_COLLATION FROM information_schema.ROUTINES "
                    + "WHERE ROUTINE_SCHEMA = 'd' ORDER BY ROUTINE_NAME")).containsExactly(
                    "SPECIFIC_NAME\tROUTINE_CATALOG\tROUTINE_SCHEMA\tROUTINE_NAME\tROUTINE_TYPE\tDATA_TYPE\t"
                            + "CHARACTER_MAXIMUM_LENGTH\tCHARACTER_OCTET_LENGTH\tNUMERIC_PRECISION\tNUMERIC_SCALE\t"
                            + "DATETIME_PRECISION\tCHARACTER_SET_NAME\tCOLLATION_NAME\tDTD_IDENTIFIER\tROUTINE_BODY\t"
                            + "ROUTINE_DEFINITION\tEXTERNAL_NAME\tEXTERNAL_LANGUAGE\tPARAMETER_STYLE\tIS_DETERMINISTIC\t"
                            + "SQL_DATA_ACCESS\tSQL_PATH\tSECURITY_TYPE\tSQL_MODE\tROUTINE_COMMENT\tDEFINER\t"
                            + "CHARACTER_SET_CLIENT\tCOLLATION_CONNECTION\tDATABASE_COLLATION",
                    "function_for_routines\tdef\td\tfunction_for_routines\tFUNCTION\tint\tNULL\tNULL\t10\t0\tNULL\tNULL\t"
                            + "NULL\tint\tSQL\tRETURN 0\tNULL\tSQL\tSQL\tNO\tCONTAINS SQL\tNULL\tDEFINER\t" + MODE
                            + "\t\troot@localhost\tutf8mb4\tutf8mb4_0900_ai_ci\tutf8mb4_0900_ai_ci",
                    "fv\tdef\td\tfv\tFUNCTION\tvarchar\t10\t10\tNULL\tNULL\tNULL\tlatin1\tlatin1_swedish_ci\t"
                            + "varchar(10)\tSQL\tRETURN a\tNULL\tSQL\tSQL\tYES\tNO SQL\tNULL\tDEFINER\t" + MODE
                            + "\tc\troot@localhost\tutf8mb4\tutf8mb4_0900_ai_ci\tutf8mb4_0900_ai_ci",
                    "sp_for_routines\tdef\td\tsp_for_routines\tPROCEDURE\t\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\t"
                            + "NULL\tSQL\tSELECT 'db_datadict'\tNULL\tSQL\tSQL\tNO\tCONTAINS SQL\tNULL\tDEFINER\t" + MODE
                            + "\t\troot@localhost\tutf8mb4\tutf8mb4_0900_ai_ci\tutf8mb4_0900_ai_ci");
            List<String> times = s.run("SELECT CREATED, LAST_ALTERED, CREATED = LAST_ALTERED FROM information_schema.ROUTINES "
                    + "WHERE ROUTINE_NAME = 'fv'");
            assertThat(times.get(1)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\t\\d{4}-.*\t1");
        }
    }

    @Test
    void informationSchemaParameters() {
        try (TestSession s = withDatabase(dir)) {
            s.run("CREATE FUNCTION test_func1 (s char(20), t char(20)) RETURNS CHAR(40) RETURN CONCAT(s,t)");
            s.run("CREATE PROCEDURE test_proc(INOUT P INT, OUT q decimal(10,2), d date, ts timestamp(3), f float) SET @x=P*2");
            // MySQL 8.0's funcs test information_schema_parameters: the return value at position 0, NULL mode and name
            assertThat(s.run("SELECT * FROM information_schema.PARAMETERS WHERE SPECIFIC_SCHEMA = 'd' "
                    + "ORDER BY SPECIFIC_NAME, ORDINAL_POSITION")).containsExactly(
                    "SPECIFIC_CATALOG\tSPECIFIC_SCHEMA\tSPECIFIC_NAME\tORDINAL_POSITION\tPARAMETER_MODE\tPARAMETER_NAME\t"
                            + "DATA_TYPE\tCHARACTER_MAXIMUM_LENGTH\tCHARACTER_OCTET_LENGTH\tNUMERIC_PRECISION\t"
                            + "NUMERIC_SCALE\tDATETIME_PRECISION\tCHARACTER_SET_NAME\tCOLLATION_NAME\tDTD_IDENTIFIER\t"
                            + "ROUTINE_TYPE",
                    "def\td\ttest_func1\t0\tNULL\tNULL\tchar\t40\t160\tNULL\tNULL\tNULL\tutf8mb4\tutf8mb4_0900_ai_ci\t"
                            + "char(40)\tFUNCTION",
                    "def\td\ttest_func1\t1\tIN\ts\tchar\t20\t80\tNULL\tNULL\tNULL\tutf8mb4\tutf8mb4_0900_ai_ci\tchar(20)\tFUNCTION",
                    "def\td\ttest_func1\t2\tIN\tt\tchar\t20\t80\tNULL\tNULL\tNULL\tutf8mb4\tutf8mb4_0900_ai_ci\tchar(20)\tFUNCTION",
                    "def\td\ttest_proc\t1\tINOUT\tP\tint\tNULL\tNULL\t10\t0\tNULL\tNULL\tNULL\tint\tPROCEDURE",
                    "def\td\ttest_proc\t2\tOUT\tq\tdecimal\tNULL\tNULL\t10\t2\tNULL\tNULL\tNULL\tdecimal(10,2)\tPROCEDURE",
                    "def\td\ttest_proc\t3\tIN\td\tdate\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tdate\tPROCEDURE",
                    "def\td\ttest_proc\t4\tIN\tts\ttimestamp\tNULL\tNULL\tNULL\tNULL\t3\tNULL\tNULL\ttimestamp(3)\tPROCEDURE",
                    "def\td\ttest_proc\t5\tIN\tf\tfloat\tNULL\tNULL\t12\t0\tNULL\tNULL\tNULL\tfloat\tPROCEDURE");
        }
    }

    @Test
    void stringParametersTakeTheDatabaseCollation() {
        try (TestSession s = new TestSession(dir)) {
            s.run("CREATE DATABASE l CHARACTER SET latin1");
            s.run("CREATE PROCEDURE l.p(OUT p VARCHAR(10), e enum('a','b') charset utf8mb4 collate utf8mb4_bin) SET p='x'");
            assertThat(s.run("SELECT PARAMETER_NAME, CHARACTER_MAXIMUM_LENGTH, CHARACTER_OCTET_LENGTH, CHARACTER_SET_NAME, "
                    + "COLLATION_NAME, DTD_IDENTIFIER FROM information_schema.PARAMETERS WHERE SPECIFIC_NAME = 'p' "
                    + "ORDER BY ORDINAL_POSITION")).containsExactly(
                    "PARAMETER_NAME\tCHARACTER_MAXIMUM_LENGTH\tCHARACTER_OCTET_LENGTH\tCHARACTER_SET_NAME\tCOLLATION_NAME\t"
                            + "DTD_IDENTIFIER",
                    "p\t10\t10\tlatin1\tlatin1_swedish_ci\tvarchar(10)",
                    "e\t1\t4\tutf8mb4\tutf8mb4_bin\tenum('a','b')");
            assertThat(s.run("SELECT DATABASE_COLLATION FROM information_schema.ROUTINES WHERE ROUTINE_NAME = 'p'"))
                    .containsExactly("DATABASE_COLLATION", "latin1_swedish_ci");
        }
    }

    @Test
    void definitionsSurviveRestartAndDropDatabaseRemovesThem() {
        String create;
        try (TestSession s = withDatabase(dir)) {
            s.run("CREATE USER 'admin'@'localhost'"); // a definer that exists, so that f runs after the restart
            s.run("GRANT EXECUTE ON d.* TO 'admin'@'localhost'");
            s.run("CREATE DEFINER = 'admin'@'localhost' FUNCTION f(a int) RETURNS varchar(5) DETERMINISTIC "
                    + "COMMENT 'kept' RETURN 'x'");
            s.run("SET sql_mode = 'ANSI_QUOTES'");
            s.run("CREATE PROCEDURE p(OUT x int) BEGIN SET x = 1; END");
            s.run("SET sql_mode = DEFAULT");
            s.run("ALTER PROCEDURE p COMMENT 'altered'");
            s.run("CREATE DATABASE gone");
            s.run("CREATE PROCEDURE gone.p() SELECT 1");
            s.run("DROP DATABASE gone");
            create = s.run("SHOW CREATE FUNCTION f").get(1);
        }
        try (TestSession s = new TestSession(dir)) {
            s.run("USE d");
            assertThat(s.run("SHOW CREATE FUNCTION f").get(1)).isEqualTo(create)
                    .contains("CREATE DEFINER=`admin`@`localhost` FUNCTION `f`(a int) RETURNS varchar(5) CHARSET utf8mb4\n"
                            + "    DETERMINISTIC\n    COMMENT 'kept'\nRETURN 'x'\t");
            assertThat(s.run("SHOW CREATE PROCEDURE p").get(1)).startsWith("p\tANSI_QUOTES\t")
                    .contains("PROCEDURE `p`(OUT x int)\n    COMMENT 'altered'\nBEGIN SET x = 1; END\t");
            // the reloaded definitions run
            s.run("CALL p(@x)");
            assertThat(s.run("SELECT @x, f(2)")).containsExactly("@x\tf(2)", "1\tx");
            assertThat(s.run("SELECT ROUTINE_SCHEMA, ROUTINE_NAME FROM information_schema.ROUTINES ORDER BY 1, 2"))
                    .containsExactly("ROUTINE_SCHEMA\tROUTINE_NAME", "d\tf", "d\tp");
            assertThat(s.run("CREATE DATABASE gone")).containsExactly("ok 1");
            assertThat(s.run("CREATE PROCEDURE gone.p() SELECT 2")).containsExactly("ok 0");
        }
    }
}
