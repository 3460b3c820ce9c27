#!/usr/bin/env bash
# Runs the JMH benchmarks and the session footprint load run; prints their figures.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The reactor packages the modules and names their jars in the classpath: nothing goes to ~/.m2,
# which other checkouts on the same machine share.
mkdir -p target
mvn -B -q -DskipTests -pl tests -am package dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/bench.classpath"
cp="$(cat target/bench.classpath):tests/target/classes"
java -cp "$cp" -Dkujira.busybox=conformance/busybox-image.tar org.openjdk.jmh.Main "${@:-EngineBenchmark}"
java -Xmx2g -cp "$cp" -Dkujira.busybox=conformance/busybox-image.tar dev.kujira.tests.bench.SessionFootprint 2000
