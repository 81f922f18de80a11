#!/bin/sh
# Usage: deploy/two-instances/run-instance.sh 1   (or 2), from the repository root after ./mvnw -DskipTests package
set -eu
here=$(dirname "$0")
set -a
. "$here/common.env"
. "$here/instance-$1.env"
set +a
exec java -jar target/tradedesk-0.1.0-SNAPSHOT.jar
