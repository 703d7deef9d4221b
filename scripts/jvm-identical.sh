#!/usr/bin/env bash
# Runs `demo` on the bundled week under the default JDK and under a second one and checks that
# reactions.jsonl, events.jsonl and stats.jsonl are byte-identical (the reaction math uses StrictMath,
# so no JVM or CPU may change a last digit).
#
#   mvn -B package -DskipTests && scripts/jvm-identical.sh [OTHER_JAVA_HOME]
#
# The second JDK is the argument, else $OTHER_JAVA_HOME, else the first /usr/lib/jvm/temurin-*.
# Without one the check is skipped with a message (exit 0). Exit 1 when an output differs.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jar=target/news-reaction.jar
[ -f "$jar" ] || { echo "jvm-identical: $jar is missing: run mvn -B package -DskipTests first" >&2; exit 2; }
other="${1:-${OTHER_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-* 2>/dev/null | head -n 1)}}"
if [ -z "$other" ] || [ ! -x "$other/bin/java" ]; then
  echo "jvm-identical: skipped: no second JDK (pass its home, or set OTHER_JAVA_HOME)"
  exit 0
fi
default_java="$(command -v java)"
out="$(mktemp -d "${TMPDIR:-/tmp}/jvm-identical.XXXXXX")"
child=""
stop() { [ -n "$child" ] && kill -TERM "$child" 2>/dev/null; wait "$child" 2>/dev/null; }
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM

run() { # name java
  "$2" -jar "$jar" demo --out "$out/$1" > "$out/$1.log" 2>&1 &
  child=$!
  wait "$child"; local rc=$?
  child=""
  echo "jvm-identical: $("$2" -version 2>&1 | head -n 1): demo exit $rc"
  [ "$rc" -eq 0 ] || { echo "jvm-identical: see $out/$1.log" >&2; exit 1; }
}
run default "$default_java"
run other "$other/bin/java"

status=0
for f in reactions.jsonl events.jsonl stats.jsonl; do
  if cmp -s "$out/default/$f" "$out/other/$f"; then
    echo "jvm-identical: $f identical ($(wc -l < "$out/default/$f") lines)"
  else
    echo "jvm-identical: $f DIFFERS: diff $out/default/$f $out/other/$f"
    status=1
  fi
done
[ "$status" -eq 0 ] && rm -rf "$out"
exit "$status"
