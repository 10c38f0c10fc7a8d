#!/usr/bin/env bash
# Core throughput benchmarks against any MySQL-protocol server (run it against Sprocket and against the MariaDB
# oracle in the same sitting and compare ratios; the machine is noisy).
#   bench/core.sh PORT [HOST]       env: RUNS=3
# Prints, per concurrency 1 and 8: SELECT 1 and primary-key point-select queries per second (mariadb-slap),
# and single-row autocommit INSERT commits per second. TLS is off for both sides (--skip-ssl) so that the
# comparison measures the servers, not the cipher.
set -uo pipefail
P=${1:?port}; H=${2:-127.0.0.1}; RUNS=${RUNS:-3}
M=(mariadb --no-defaults --skip-ssl -h"$H" -P"$P" -uroot)
"${M[@]}" -e "DROP DATABASE IF EXISTS sb; CREATE DATABASE sb CHARACTER SET utf8mb4;
  CREATE TABLE sb.t (id INT PRIMARY KEY, k INT, c CHAR(120), pad CHAR(60));
  CREATE TABLE sb.ins (id INT AUTO_INCREMENT PRIMARY KEY, v INT);
  INSERT INTO sb.t SELECT n, n, 'c', 'p' FROM (WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM r WHERE n < 1000) SELECT n FROM r) x" || exit 1
slap() { # query concurrency total -> seconds
  mariadb-slap --no-defaults --skip-ssl -h"$H" -P"$P" -uroot --create-schema=sb --no-drop --query="$1" \
    --concurrency="$2" --number-of-queries="$3" --iterations=1 2>&1 \
    | sed -n 's/.*Average number of seconds to run all queries: \([0-9.]*\).*/\1/p'
}
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
bench() { # name query concurrency total
  slap "$2" "$3" "$4" > /dev/null   # warm-up
  local ts=() i
  for i in $(seq 1 "$RUNS"); do ts+=("$(slap "$2" "$3" "$4")"); done
  local t; t=$(printf '%s\n' "${ts[@]}" | median)
  printf "%-12s c=%d  n=%-6d median %6.3fs  %8.0f per second\n" "$1" "$3" "$4" "$t" "$(echo "$4 / $t" | bc -l)"
}
for c in 1 8; do
  bench select1 "SELECT 1" "$c" $((c * 10000))
  bench point "SELECT c FROM t WHERE id=500" "$c" $((c * 10000))
  bench insert "INSERT INTO ins (v) VALUES (1)" "$c" $((c * 1000))
done
