-- Stored-program benchmark fixture, part 3 (CALLER=root): the same trivial procedure for servers without
-- CREATE USER / GRANT yet; root defines it (DEFINER defaults to CURRENT_USER) and calls it.
DELIMITER //
CREATE PROCEDURE sp_bench.noop()
  SQL SECURITY DEFINER
BEGIN
  DECLARE v INT DEFAULT 1;
END//
DELIMITER ;
