#!/bin/sh
# Starts the application as a production node does: unpacked, with a class data sharing archive of its own classes
# (Spring Boot's documented "CDS" deployment). On a 2-core machine the time to health UP goes from 18 s (java -jar)
# to 8-11 s, and the classes' metadata is mapped from the archive instead of being built again.
#
#   src/main/sh/start-node.sh [--prepare] [application arguments...]
#
# The first start (or the first after a new jar or a new JVM) unpacks the jar and makes the archive by a training
# run: the application starts on an in-memory database and stops once its context is ready (about 30 s); later starts
# use both. --prepare does only that and exits.
#
#   CONVENTIONING_JAR   the executable jar (default: target/conventioning-*.jar, built by ./mvnw package)
#   CONVENTIONING_HOME  where the unpacked application and its archive are kept (default: target/node); one per
#                       node when several nodes run on one machine
#   JAVA_OPTS           options of the JVM (default: -Xmx512m -XX:+UseG1GC)
#   MALLOC_ARENA_MAX    the C library's memory pools (default 2 instead of 8 per core, over which the threads
#                       spread; docs/decisions.md, "Memory"); the node also trims them every 10 s
set -eu
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
project=$(cd "$(dirname "$0")/../../.." && pwd)
jar=${CONVENTIONING_JAR:-$(ls "$project"/target/conventioning-*.jar 2>/dev/null | head -n 1)}
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "start-node: no application jar (build it with ./mvnw package, or set CONVENTIONING_JAR)" >&2
  exit 1
fi
home=${CONVENTIONING_HOME:-$project/target/node}
opts=${JAVA_OPTS:--Xmx512m -XX:+UseG1GC}
name=$(basename "$jar")
# the JVM gives the C library's freed memory back to the system every 10 s (JDK 17.0.9 and later; left out when the
# JVM does not know the option or JAVA_OPTS sets it)
trim="-XX:TrimNativeHeapInterval=10000"
case "$opts" in *TrimNativeHeapInterval*) trim="" ;; esac
if [ -z "$trim" ] || ! version=$(java $trim -version 2>&1); then
  trim=""
  version=$(java -version 2>&1)
fi
stamp="$(printf '%s\n' "$version" | grep -v "Picked up" | head -n 1) $(cksum < "$jar")"

if [ ! -f "$home/app.jsa" ] || [ "$(cat "$home/stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "start-node: unpacking $name and making its class archive in $home (once per jar and JVM)" >&2
  rm -rf "$home"
  mkdir -p "$home"
  if ! java -Djarmode=tools -jar "$jar" extract --destination "$home/app" > "$home/extract.log" 2>&1; then
    echo "start-node: $name could not be unpacked (see $home/extract.log); starting it with java -jar" >&2
    [ "${1:-}" = "--prepare" ] && exit 1
    # shellcheck disable=SC2086
    exec java $opts -jar "$jar" "$@"
  fi
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  java $opts -XX:ArchiveClassesAtExit="$home/app.jsa" -Dspring.context.exit=onRefresh -jar "$home/app/$name" \
    --spring.profiles.active=default --spring.datasource.url=jdbc:h2:mem:training --spring.datasource.username=sa \
    --spring.datasource.password= --conventioning.demo.enabled=false --server.port=0 --logging.level.root=WARN \
    > "$home/training.log" 2>&1 || true
  if [ -f "$home/app.jsa" ]; then
    echo "$stamp" > "$home/stamp"
  else
    echo "start-node: no class archive made (see $home/training.log); starting without it" >&2
  fi
fi
if [ "${1:-}" = "--prepare" ]; then
  exit 0
fi
share=""
if [ -f "$home/app.jsa" ]; then
  share="-XX:SharedArchiveFile=$home/app.jsa"
fi
# shellcheck disable=SC2086
exec java $opts $trim $share -jar "$home/app/$name" "$@"
