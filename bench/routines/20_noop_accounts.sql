-- Stored-program benchmark fixture, part 3 (real accounts): workload d calls a trivial SQL SECURITY DEFINER
-- procedure owned by a non-root definer, as a caller that holds nothing but EXECUTE on it, so each CALL pays
-- for the definer's security context and the caller's privilege check.
DROP USER IF EXISTS 'sp_bench_definer'@'%';
DROP USER IF EXISTS 'sp_bench_caller'@'%';
CREATE USER 'sp_bench_definer'@'%' IDENTIFIED BY 'sp_bench';
CREATE USER 'sp_bench_caller'@'%' IDENTIFIED BY 'sp_bench';
-- MariaDB also checks that the definer may EXECUTE the routine it owns (else 1370 at CALL time).
GRANT SELECT, EXECUTE ON sp_bench.* TO 'sp_bench_definer'@'%';
DELIMITER //
CREATE DEFINER = 'sp_bench_definer'@'%' PROCEDURE sp_bench.noop()
  SQL SECURITY DEFINER
BEGIN
  DECLARE v INT DEFAULT 1;
END//
DELIMITER ;
GRANT EXECUTE ON PROCEDURE sp_bench.noop TO 'sp_bench_caller'@'%';
