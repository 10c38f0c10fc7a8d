package io.sprocket.sql;

import io.sprocket.sql.ast.ColumnDefinition;
import io.sprocket.sql.ast.CreateTable;
import io.sprocket.sql.ast.Expression;
import io.sprocket.sql.ast.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatterTest {
    private static final SqlFormatter MYSQL = new SqlFormatter("utf8mb4");

    /** Expected texts are what MySQL 8.0 prints inside CHECK (...) / generated columns in SHOW CREATE TABLE. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a > 0 | (`a` > 0)",
            "a > 0 AND b < 5 | ((`a` > 0) and (`b` < 5))",
            "a > 0 OR NOT b | ((`a` > 0) or (not(`b`)))",
            "a IS NOT NULL | (`a` is not null)",
            "a IN (1, 2) | (`a` in (1,2))",
            "a BETWEEN 1 AND 5 | (`a` between 1 and 5)",
            "a LIKE 'x%' | (`a` like _utf8mb4'x%')",
            "a NOT LIKE 'x' | (not((`a` like _utf8mb4'x')))",
            "a REGEXP '^x' | regexp_like(`a`,_utf8mb4'^x')",
            "-a + 1 | (-(`a`) + 1)",
            "CONCAT(a, 'x') | concat(`a`,_utf8mb4'x')",
            "CAST(a AS SIGNED) | cast(`a` as signed)",
            "CAST(a AS CHAR(3)) | cast(`a` as char(3))",
            "CAST(a AS DECIMAL(10,2)) | cast(`a` as decimal(10,2))",
            "a + INTERVAL 1 DAY | (`a` + interval 1 day)",
            "DATE_SUB(a, INTERVAL 2 MONTH) | (`a` - interval 2 month)",
            "CASE WHEN a > 0 THEN 1 ELSE 0 END | (case when (`a` > 0) then 1 else 0 end)",
            "a != b | (`a` <> `b`)",
            "a DIV b | (`a` div `b`)",
            "a MOD b | (`a` % `b`)",
            "j->'$.a' | json_extract(`j`,_utf8mb4'$.a')",
            "j->>'$.a' | json_unquote(json_extract(`j`,_utf8mb4'$.a'))",
            "SUBSTRING(a, 1, 2) | substr(`a`,1,2)",
            "UCASE(a) | upper(`a`)",
            "CURRENT_TIMESTAMP | now()",
            "TRIM(LEADING 'x' FROM a) | trim(leading _utf8mb4'x' from `a`)",
            "EXTRACT(YEAR FROM d) | extract(year from `d`)",
            "a COLLATE utf8mb4_bin | (`a` collate utf8mb4_bin)",
            "`we``ird` + 1 | (`we``ird` + 1)",
            "'it''s' | _utf8mb4'it\\'s'",
    })
    void expressionsPrintLikeMysql(String sql, String expected) {
        assertThat(MYSQL.formatExpression(ExpressionParserTest.expr(sql))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a > 0 AND b NOT LIKE 'x%'", "CAST(a AS DECIMAL(10,2)) + INTERVAL 1 DAY", "j->>'$.a' IN (1, 2)",
            "CASE WHEN a IS NULL THEN _latin1'x' ELSE TRIM(LEADING 'y' FROM b) END", "-a * ~b DIV 2",
            "a REGEXP 'x' OR NOT EXISTS (SELECT 1 FROM t WHERE t.c = a)", "CURRENT_TIMESTAMP(3) <=> DATE '2020-01-01'"})
    void expressionTextRoundTrips(String sql) {
        Expression parsed = Parser.parseExpression(sql);
        String text = MYSQL.formatExpression(parsed);
        assertThat(MYSQL.formatExpression(Parser.parseExpression(text))).isEqualTo(text);
    }

    @Test
    void parseExpressionRejectsTrailingText() {
        assertThatThrownBy(() -> Parser.parseExpression("a b")).isInstanceOfSatisfying(SqlSyntaxException.class,
                e -> assertThat(e.nearText()).isEqualTo("b"));
        assertThatThrownBy(() -> Parser.parseExpression("")).isInstanceOf(SqlSyntaxException.class);
    }

    @Test
    void plainFormatterLeavesStringsBare() {
        assertThat(SqlFormatter.PLAIN.formatExpression(ExpressionParserTest.expr("a = 'x'"))).isEqualTo("(`a` = 'x')");
    }

    @Test
    void dataTypesPrintLikeShowCreateTable() {
        CreateTable t = (CreateTable) Parser.parse("CREATE TABLE t (a INT(11), b INT(5) UNSIGNED ZEROFILL, c BOOL, "
                + "d VARCHAR(20) CHARACTER SET latin1, e DECIMAL, f DATETIME(6), g ENUM('x','y'), h NUMERIC(5,2), "
                + "i CHAR, j DOUBLE PRECISION, k FLOAT(30), l NATIONAL VARCHAR(3))");
        assertThat(t.elements()).extracting(e -> MYSQL.formatDataType(((ColumnDefinition) e).type())).containsExactly(
                "int", "int(5) unsigned zerofill", "tinyint(1)", "varchar(20) CHARACTER SET latin1", "decimal(10,0)",
                "datetime(6)", "enum('x','y')", "decimal(5,2)", "char(1)", "double", "double",
                "varchar(3) CHARACTER SET utf8mb3");
    }

    /** Formatting, re-parsing and formatting again must give the same text (and so an equivalent tree). */
    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT DISTINCT a AS x, t.*, COUNT(*) FROM db.t AS t1 LEFT JOIN u USING (id) WHERE a > 1 GROUP BY a WITH ROLLUP HAVING COUNT(*) > 1 ORDER BY 1 DESC LIMIT 5 OFFSET 10 FOR UPDATE NOWAIT",
            "WITH RECURSIVE c (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5) SELECT * FROM c",
            "(SELECT 1 ORDER BY 1 LIMIT 1) UNION DISTINCT (SELECT 2) ORDER BY 1",
            "SELECT * FROM (SELECT 1 AS a) AS d (x) JOIN t FORCE INDEX (i) ON d.x = t.a NATURAL LEFT JOIN u",
            "SELECT SUM(a) OVER w, RANK() OVER (PARTITION BY b ORDER BY c ROWS UNBOUNDED PRECEDING) FROM t WINDOW w AS (ORDER BY a)",
            "SELECT GROUP_CONCAT(DISTINCT a ORDER BY b SEPARATOR '-'), CASE a WHEN 1 THEN 'x' END, a IN (SELECT 1), EXISTS (SELECT 1)",
            "SELECT @a := 1, @@global.x, ?, DATE '2020-01-01', X'4142', _latin1'x', -1, 1.5, 1e3, NULL, TRUE",
            "SELECT a FROM t INTO @x, @y",
            "TABLE t", "VALUES ROW(1, 2), ROW(3, 4)",
            "INSERT IGNORE INTO t (a, b) VALUES (1, DEFAULT), (2, 3) AS new ON DUPLICATE KEY UPDATE b = new.b + VALUES(b)",
            "INSERT INTO t SET a = 1, b = 2", "REPLACE LOW_PRIORITY INTO t SELECT * FROM u",
            "UPDATE t SET a = a + 1 WHERE b = ? ORDER BY c LIMIT 3", "UPDATE t JOIN u ON t.a = u.a SET t.b = u.b",
            "DELETE FROM t WHERE a = 1 ORDER BY b LIMIT 2", "DELETE t1, t2 FROM t1 JOIN t2 ON t1.a = t2.a WHERE t1.b = 1",
            "DELETE FROM t1 USING t1 JOIN t2 WHERE t1.a = t2.a",
            "CALL db.p(1, @x)", "DO SLEEP(1)",
            "CREATE DATABASE IF NOT EXISTS d CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
            "ALTER DATABASE d CHARACTER SET latin1", "DROP SCHEMA IF EXISTS d",
            "CREATE TEMPORARY TABLE IF NOT EXISTS t (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, name VARCHAR(20) COLLATE utf8mb4_bin DEFAULT 'x' COMMENT 'n', ts TIMESTAMP(3) NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), g INT AS (id * 2) STORED, v INT DEFAULT (RAND() * 10), PRIMARY KEY (id), UNIQUE KEY u (name(5) DESC), KEY (ts), CONSTRAINT c1 CHECK (id > 0) NOT ENFORCED, FOREIGN KEY fk (id) REFERENCES p (id) ON DELETE SET NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='t'",
            "CREATE TABLE t2 LIKE t", "CREATE TABLE t3 AS SELECT 1 AS a",
            "ALTER TABLE t ADD COLUMN c INT FIRST, ADD INDEX i (c), DROP COLUMN d, MODIFY e TEXT, CHANGE f g INT AFTER c, RENAME COLUMN a TO b, RENAME INDEX i TO j, ALTER COLUMN c SET DEFAULT 5, ALTER c DROP DEFAULT, ENGINE=InnoDB, CONVERT TO CHARACTER SET utf8mb4, ALGORITHM=INPLACE, DROP PRIMARY KEY, RENAME TO t9",
            "DROP TEMPORARY TABLE IF EXISTS a, b.c", "RENAME TABLE a TO b, c TO d", "TRUNCATE t",
            "CREATE UNIQUE INDEX i USING BTREE ON t (a, b DESC)", "DROP INDEX i ON t",
            "SET @a = 1, @@session.sql_mode = 'ANSI', GLOBAL max_connections = DEFAULT, NAMES utf8mb4 COLLATE utf8mb4_bin, autocommit = ON",
            "SET CHARACTER SET DEFAULT", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY",
            "START TRANSACTION WITH CONSISTENT SNAPSHOT, READ WRITE", "BEGIN", "COMMIT AND CHAIN NO RELEASE",
            "ROLLBACK WORK TO SAVEPOINT s", "SAVEPOINT s", "RELEASE SAVEPOINT s", "USE d",
            "PREPARE s FROM 'SELECT ?'", "EXECUTE s USING @a, @b", "DEALLOCATE PREPARE s",
            "SHOW FULL TABLES FROM d LIKE 'a%'", "SHOW COLUMNS FROM t FROM d WHERE Field = 'a'", "SHOW INDEX FROM t",
            "SHOW CREATE DATABASE IF NOT EXISTS d", "SHOW CREATE TABLE d.t", "SHOW CREATE PROCEDURE p",
            "SHOW GLOBAL VARIABLES LIKE 'x'", "SHOW STATUS", "SHOW WARNINGS LIMIT 2, 3", "SHOW COUNT(*) ERRORS",
            "SHOW FULL PROCESSLIST", "SHOW ENGINES", "SHOW CHARSET", "SHOW COLLATION WHERE Charset = 'utf8mb4'",
            "SHOW TABLE STATUS IN d", "SHOW FUNCTION STATUS LIKE 'f'", "SHOW GRANTS FOR 'u'@'%'", "SHOW CREATE USER 'u'@'h'", "SHOW PRIVILEGES",
            "SHOW OPEN TABLES", "SHOW PLUGINS", "SHOW MASTER LOGS", "SHOW DATABASES",
            "EXPLAIN FORMAT=JSON SELECT 1", "KILL QUERY 5", "FLUSH PRIVILEGES", "LOCK TABLES t READ, u AS x WRITE",
            "UNLOCK TABLES", "ANALYZE TABLE t, u", "CHECK TABLE t QUICK", "HELP 'contents'",
    })
    void roundTripIsStable(String sql) {
        Statement first = Parser.parse(sql);
        String text = SqlFormatter.PLAIN.formatStatement(first);
        Statement second = Parser.parse(text);
        assertThat(SqlFormatter.PLAIN.formatStatement(second)).isEqualTo(text);
        assertThat(second.getClass()).isEqualTo(first.getClass());
    }

    @Test
    void createTableFormatsChecksLikeShowCreateTable() {
        CreateTable t = (CreateTable) Parser.parse("CREATE TABLE t (a INT, CONSTRAINT c CHECK (a > 0 AND a < 10))");
        assertThat(MYSQL.formatStatement(t)).isEqualTo(
                "CREATE TABLE `t` (`a` int, CONSTRAINT `c` CHECK (((`a` > 0) and (`a` < 10))))");
    }

    @Test
    void quoting() {
        assertThat(SqlFormatter.quoteIdentifier("a`b")).isEqualTo("`a``b`");
        assertThat(SqlFormatter.quoteString("a'b\\c\n")).isEqualTo("'a\\'b\\\\c\\n'");
    }
}
