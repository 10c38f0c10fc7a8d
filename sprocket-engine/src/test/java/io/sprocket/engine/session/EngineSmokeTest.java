package io.sprocket.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineSmokeTest {
    @TempDir
    Path dir;

    @Test
    void selectCreateInsertQuery() {
        try (TestSession s = new TestSession(dir)) {
            assertThat(s.run("SELECT 1")).containsExactly("1", "1");
            assertThat(s.run("SELECT 1+1, 'a' AS x")).containsExactly("1+1\tx", "2\ta");
            assertThat(s.run("CREATE DATABASE d")).containsExactly("ok 1");
            assertThat(s.run("USE d")).containsExactly("ok 0");
            assertThat(s.run("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20))")).containsExactly("ok 0");
            assertThat(s.run("INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')"))
                    .containsExactly("ok 3 Records: 3  Duplicates: 0  Warnings: 0");
            assertThat(s.run("SELECT id, name FROM t WHERE id >= 2 ORDER BY id DESC")).containsExactly("id\tname", "3\tc", "2\tb");
            assertThat(s.run("SELECT COUNT(*), SUM(id) FROM t")).containsExactly("COUNT(*)\tSUM(id)", "3\t6");
            assertThat(s.run("UPDATE t SET name = 'z' WHERE id = 2"))
                    .containsExactly("ok 1 Rows matched: 1  Changed: 1  Warnings: 0");
            assertThat(s.run("DELETE FROM t WHERE id = 3")).containsExactly("ok 1");
            assertThat(s.run("SELECT * FROM t")).containsExactly("id\tname", "1\ta", "2\tz");
            assertThat(s.run("INSERT INTO t VALUES (1, 'dup')").get(0)).startsWith("error 1062");
            assertThat(s.run("SELECT * FROM nope").get(0)).isEqualTo("error 1146 Table 'd.nope' doesn't exist");
        }
    }

    @Test
    void survivesReopen() {
        try (TestSession s = new TestSession(dir)) {
            s.run("CREATE DATABASE d");
            s.run("CREATE TABLE d.t (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(10))");
            s.run("INSERT INTO d.t (v) VALUES ('x'), ('y')");
        }
        try (TestSession s = new TestSession(dir)) {
            assertThat(s.run("SELECT id, v FROM d.t")).containsExactly("id\tv", "1\tx", "2\ty");
        }
    }
}
