#!/usr/bin/env bash
# In-process JMH benchmarks of stored programs (module sprocket-bench): builds the module and the modules it
# needs (offline, without tests, without installing anything), then runs JMH's own command line with the
# arguments given. Examples:
#   bench/jmh.sh -l                                   list the benchmarks
#   bench/jmh.sh RoutineBench                         workloads a, b0, b, c at their full sizes
#   bench/jmh.sh 'RoutineBench.a_loopIf' -p loopCount=100000 -wi 2 -i 3
#   bench/jmh.sh CallBench -t 8                       workload d with 8 threads (8 sessions)
#   bench/jmh.sh -h                                   JMH's options (-f forks, -rf json -rff FILE, -prof gc ...)
# Environment: BENCH_SKIP_BUILD=1 reuses the last build; BENCH_ONLINE=1 lets Maven download what ~/.m2 lacks.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MODULE=$ROOT/sprocket-bench/target

major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
JAVA=
for home in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
  if [ -n "$home" ] && [ -x "$home/bin/java" ] && [ "$(major "$home/bin/java")" -ge 21 ] 2>/dev/null; then
    JAVA=$home/bin/java; export JAVA_HOME=$home; break
  fi
done
[ -n "$JAVA" ] || { echo "jmh.sh: needs a JDK 21 or newer (set JAVA_HOME)" >&2; exit 1; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  offline=-o; [ "${BENCH_ONLINE:-0}" = 1 ] && offline=
  (cd "$ROOT" && ./mvnw -q -B -ntp $offline -pl sprocket-bench -am package -DskipTests) >&2
fi
# the forks inherit this class path; their JVM options are in the benchmarks' @Fork annotations
exec "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$MODULE/classes:$(cat "$MODULE/jmh.classpath")" \
  org.openjdk.jmh.Main "$@"
