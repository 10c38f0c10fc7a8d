#!/usr/bin/env bash
# Stored-program benchmarks (issue 3's workloads a-d) against any MySQL-protocol server, with nothing but the
# MariaDB client package (mariadb, mariadb-slap). See bench/README.md for what each number means.
#   bench/routines.sh HOST PORT                       one server: one line per benchmark with the median
#   bench/routines.sh --compare HOST1:PORT1 HOST2:PORT2
#                                                     both servers, interleaved per benchmark, with the ratio
#                                                     time1/time2 (how many times faster the second one is)
# Environment:
#   RUNS=5          measured repetitions per benchmark (the median is reported)
#   WARMUP=1        unmeasured repetitions first (a JVM server compiles on first use)
#   SKIP_SETUP=1    reuse database sp_bench from an earlier run instead of recreating it
#   CALLER=root     workload d calls as root and noop is root's own procedure (for servers without
#                   CREATE USER/GRANT); otherwise accounts sp_bench_definer / sp_bench_caller are created
#   ROOT_USER=root ROOT_PASS=   the administrative login used for setup and workloads a-c
# TLS is off on every connection (--skip-ssl): mariadb-slap negotiates it by default, and a cipher on one side
# only would make the comparison measure TLS rather than the servers.
set -uo pipefail
DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/routines
RUNS=${RUNS:-5}; WARMUP=${WARMUP:-1}; CALLER=${CALLER:-accounts}
ROOT_USER=${ROOT_USER:-root}; ROOT_PASS=${ROOT_PASS:-}
DB=sp_bench

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
if [ "${1:-}" = --compare ]; then
  [ $# -eq 3 ] || usage
  ENDPOINTS=("$2" "$3")
else
  [ $# -eq 2 ] || usage
  ENDPOINTS=("$1:$2")
fi
for ep in "${ENDPOINTS[@]}"; do [[ $ep =~ ^[^:]+:[0-9]+$ ]] || { echo "not HOST:PORT: $ep" >&2; usage; }; done
command -v mariadb >/dev/null && command -v mariadb-slap >/dev/null \
  || { echo "needs the mariadb client package (mariadb, mariadb-slap)" >&2; exit 2; }

if [ "$CALLER" = root ]; then CALL_USER=$ROOT_USER; CALL_PASS=$ROOT_PASS; NOOP_SQL=20_noop_root.sql
else CALL_USER=sp_bench_caller; CALL_PASS=sp_bench; NOOP_SQL=20_noop_accounts.sql; fi

# conn ENDPOINT USER PASS: the connection options every client program here takes
conn() { echo "--no-defaults --skip-ssl --protocol=tcp -h${1%:*} -P${1##*:} -u$2 ${3:+-p$3}"; }
# shellcheck disable=SC2046
root_sql() { mariadb $(conn "$1" "$ROOT_USER" "$ROOT_PASS") "${@:2}"; }

# Expected answers, from closed forms, so that a wrong result is reported instead of a time.
LOOP_N=1000000; ROWS_B=1000000; ROWS_C=100000
K=$((LOOP_N / 3))
EXPECT_LOOP=$((3 * K * (K + 1) / 2 - (LOOP_N - K)))
EXPECT_SUM=$((ROWS_B * (ROWS_B + 1) + ROWS_B))     # sum of 2n+1 for n = 1..ROWS_B
EXPECT_LEN=$(awk -v n="$ROWS_B" 'BEGIN { s = 0; d = 1; for (lo = 1; lo <= n; lo *= 10) { hi = lo * 10 - 1; if (hi > n) hi = n; s += (hi - lo + 1) * (d + 1); d++ } printf "%d", s }')  # sum of LENGTH(n)+1
EXPECT_CURSOR=$((ROWS_C * (ROWS_C + 1) / 2))

# stats: numbers on stdin -> "median min max"
stats() { sort -g | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%.3f %.3f %.3f", m, v[1], v[NR]}'; }

# sql_bench ENDPOINT STATEMENT EXPECTED -> "ok median min max result" or "error message"
# One client session runs the statement WARMUP+RUNS times; each run's time is the client's own per-statement
# timer (-vvv prints "(S sec)" after each result; for a CALL the last one covers its final OK), so connection
# set-up is not measured. The client prints milliseconds.
sql_bench() {
  local ep=$1 stmt=$2 expect=$3 out i
  out=$(for ((i = 0; i < WARMUP + RUNS; i++)); do echo "$stmt;"; done | root_sql "$ep" -vvv -N "$DB" 2>&1) \
    || { echo "error $(echo "$out" | grep -m1 -i error)"; return; }
  # one "seconds value" line per execution: the last timing and the first table cell of each statement block
  local runs; runs=$(echo "$out" | awk '
    /^-+$/ { if (inStmt) { inStmt = 0 } else { if (n++) print t, v; inStmt = 1; v = "-"; t = "" } next }
    inStmt { next }
    /^\|/ && v == "-" { v = $2 }
    /\([0-9.]+ sec\)$/ { t = $(NF-1); sub(/^\(/, "", t) }
    END { if (n) print t, v }')
  local count; count=$(echo "$runs" | grep -c .)
  [ "$count" -eq $((WARMUP + RUNS)) ] || { echo "error expected $((WARMUP + RUNS)) results, parsed $count"; return; }
  local bad; bad=$(echo "$runs" | awk -v e="$expect" '$2 != e {print $2; exit}')
  [ -z "$bad" ] || { echo "error wrong result $bad (expected $expect)"; return; }
  echo "ok $(echo "$runs" | tail -n "$RUNS" | cut -d' ' -f1 | stats) $expect"
}

# slap_bench ENDPOINT QUERY CONCURRENCY TOTAL -> "ok median min max rate" or "error message"
# mariadb-slap splits TOTAL statements over CONCURRENCY connections and times them after connecting.
slap_bench() {
  local ep=$1 q=$2 c=$3 n=$4 i out t times=()
  for ((i = 0; i < WARMUP + RUNS; i++)); do
    # shellcheck disable=SC2046
    out=$(mariadb-slap $(conn "$ep" "$CALL_USER" "$CALL_PASS") --create-schema="$DB" --no-drop --query="$q" \
      --concurrency="$c" --number-of-queries="$n" --iterations=1 2>&1)
    t=$(echo "$out" | sed -n 's/.*Average number of seconds to run all queries: \([0-9.]*\) seconds.*/\1/p')
    if [ -z "$t" ] || echo "$out" | grep -qiE 'cannot run query|error'; then
      echo "error $(echo "$out" | grep -m1 -iE 'cannot|error' | head -c 300)"; return
    fi
    [ "$i" -ge "$WARMUP" ] && times+=("$t")
  done
  read -r med mn mx < <(printf '%s\n' "${times[@]}" | stats)
  echo "ok $med $mn $mx $(awk -v n="$n" -v t="$med" 'BEGIN {printf "%.0f/s", (t > 0) ? n / t : 0}')"
}

# name kind statement/query expected-or-concurrency [total]; kind sql = one session, slap = mariadb-slap
BENCHMARKS=(
  "a_loop_1M_if|sql|CALL loop_if($LOOP_N)|$EXPECT_LOOP"
  "b0_inline_sum_1M|sql|SELECT SUM(n * 2 + 1) FROM t1m|$EXPECT_SUM"
  "b_func_per_row_1M|sql|SELECT SUM(f(n)) FROM t1m|$EXPECT_SUM"
  "b1_func_decimal_1M|sql|SELECT SUM(f_dec(n)) FROM t1m|$EXPECT_SUM"
  "b1_func_string_1M|sql|SELECT SUM(f_len(n)) FROM t1m|$EXPECT_LEN"
  "c_cursor_100k|sql|CALL cursor_sum()|$EXPECT_CURSOR"
  "d0_select1_1c_10k|slap|SELECT 1|1|10000"
  "d_call_1c_10k|slap|CALL noop()|1|10000"
  "d0_select1_8c_80k|slap|SELECT 1|8|80000"
  "d_call_8c_80k|slap|CALL noop()|8|80000"
)
run_one() { # ENDPOINT SPEC -> result line of sql_bench / slap_bench
  local ep=$1 name kind q a b
  IFS='|' read -r name kind q a b <<< "$2"
  if [ "$kind" = sql ]; then sql_bench "$ep" "$q" "$a"; else slap_bench "$ep" "$q" "$a" "$b"; fi
}

if [ "${SKIP_SETUP:-0}" != 1 ]; then
  for ep in "${ENDPOINTS[@]}"; do
    t0=$(date +%s.%N)
    err=$(cat "$DIR/00_tables.sql" "$DIR/10_routines.sql" "$DIR/$NOOP_SQL" | root_sql "$ep" 2>&1) \
      || { echo "setup on $ep failed: $(echo "$err" | grep -m1 ERROR)" >&2
           [ "$CALLER" = root ] || echo "(a server without CREATE USER / GRANT needs CALLER=root)" >&2; exit 1; }
    printf "%-20s %-22s %.1f s (not a benchmark: database %s, %d + %d rows, 4 routines, caller %s)\n" \
      setup "$ep" "$(echo "$(date +%s.%N) - $t0" | bc)" "$DB" "$ROWS_B" "$ROWS_C" "$CALL_USER"
  done
fi

echo "# median of $RUNS runs after $WARMUP warm-up; seconds per run (d: per TOTAL statements, and statements/s)"
if [ ${#ENDPOINTS[@]} -eq 1 ]; then
  for spec in "${BENCHMARKS[@]}"; do
    read -r status rest < <(run_one "${ENDPOINTS[0]}" "$spec")
    if [ "$status" = ok ]; then
      read -r med mn mx extra <<< "$rest"
      printf "%-20s median %8.3f s  min %8.3f  max %8.3f  %s\n" "${spec%%|*}" "$med" "$mn" "$mx" "$extra"
    else
      printf "%-20s ERROR %s\n" "${spec%%|*}" "$rest"
    fi
  done
else
  printf "%-20s %14s %14s %8s\n" benchmark "${ENDPOINTS[0]}" "${ENDPOINTS[1]}" ratio
  for spec in "${BENCHMARKS[@]}"; do
    read -r s1 rest1 < <(run_one "${ENDPOINTS[0]}" "$spec")
    read -r s2 rest2 < <(run_one "${ENDPOINTS[1]}" "$spec")
    m1=ERROR; m2=ERROR; ratio=-; why=""
    if [ "$s1" = ok ]; then m1="${rest1%% *} s"; else why="[1] $rest1 "; fi
    if [ "$s2" = ok ]; then m2="${rest2%% *} s"; else why="$why[2] $rest2"; fi
    # a median of 0.000 s (below the client's millisecond timer) has no meaningful ratio
    if [ -z "$why" ] && awk -v b="${rest2%% *}" 'BEGIN {exit !(b > 0)}'; then
      ratio=$(awk -v a="${rest1%% *}" -v b="${rest2%% *}" 'BEGIN {printf "%.2fx", a / b}')
    fi
    printf "%-20s %14s %14s %8s  %s\n" "${spec%%|*}" "$m1" "$m2" "$ratio" "$why"
  done
fi
