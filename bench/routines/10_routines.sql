-- Stored-program benchmark fixture, part 2: the routines of workloads a, b and c.
-- sprocket-bench's JMH fixture reads the statements between the DELIMITER lines from this file (and noop from
-- 20_noop_root.sql): keep each routine's leading comment on "--" lines before its CREATE.
USE sp_bench;
DELIMITER //

-- a: a tight interpreted loop, one IF per iteration. Result for cnt = N: the sum of the multiples of 3 up to
-- N, minus one for every other i.
CREATE PROCEDURE loop_if(IN cnt INT)
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE acc BIGINT DEFAULT 0;
  WHILE i < cnt DO
    SET i = i + 1;
    IF i % 3 = 0 THEN
      SET acc = acc + i;
    ELSE
      SET acc = acc - 1;
    END IF;
  END WHILE;
  SELECT acc AS loop_result;
END//

-- b: a one-expression stored function, called once per row by SELECT SUM(f(n)).
CREATE FUNCTION f(n INT) RETURNS BIGINT DETERMINISTIC
  RETURN n * 2 + 1//

-- c: a cursor read to its end, the end found by a CONTINUE handler for NOT FOUND.
CREATE PROCEDURE cursor_sum()
BEGIN
  DECLARE finished INT DEFAULT 0;
  DECLARE v INT;
  DECLARE total BIGINT DEFAULT 0;
  DECLARE cur CURSOR FOR SELECT n FROM t100k;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET finished = 1;
  OPEN cur;
  fetching: LOOP
    FETCH cur INTO v;
    IF finished = 1 THEN
      LEAVE fetching;
    END IF;
    SET total = total + v;
  END LOOP;
  CLOSE cur;
  SELECT total AS cursor_result;
END//

-- b1: the same call with a DECIMAL result, and a function over a string argument: bodies that are not integer
-- work, so Sprocket runs them through its ordinary call path (f's body it computes as an integer tree).
CREATE FUNCTION f_dec(n INT) RETURNS DECIMAL(20,0) DETERMINISTIC
  RETURN n * 2 + 1//

-- b1: the length of the argument's text plus one.
CREATE FUNCTION f_len(s VARCHAR(20)) RETURNS INT DETERMINISTIC
  RETURN LENGTH(s) + 1//

DELIMITER ;
