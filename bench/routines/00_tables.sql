-- Stored-program benchmark fixture, part 1: the data. Plain MySQL 8.0 / MariaDB SQL.
-- bench/routines.sh runs it as root; by hand: mariadb -h HOST -P PORT -uroot < 00_tables.sql
DROP DATABASE IF EXISTS sp_bench;
CREATE DATABASE sp_bench;
USE sp_bench;

-- 0..999 from a cross join of three digit sets, then 1..1,000,000 from 1,000 x 1,000: two set-based inserts
-- instead of a million single-row ones, and no recursive CTE (cte_max_recursion_depth differs per server).
CREATE TABLE digit (v INT NOT NULL PRIMARY KEY);
INSERT INTO digit (v) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
CREATE TABLE k (v INT NOT NULL PRIMARY KEY);
INSERT INTO k (v) SELECT x.v * 100 + y.v * 10 + z.v FROM digit x CROSS JOIN digit y CROSS JOIN digit z;

CREATE TABLE t1m (n INT NOT NULL PRIMARY KEY);
INSERT INTO t1m (n) SELECT hi.v * 1000 + lo.v + 1 FROM k hi CROSS JOIN k lo;

CREATE TABLE t100k (n INT NOT NULL PRIMARY KEY);
INSERT INTO t100k (n) SELECT n FROM t1m WHERE n <= 100000;
