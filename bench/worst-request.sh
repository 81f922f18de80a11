#!/usr/bin/env bash
# Load test of the worst LEGAL tax request (issue 11): the most lines with the most duty options the
# limits allow. Starts the packaged application on 127.0.0.1 with an in-memory database (like
# load-tax-api.sh), then posts, one after the other, [runs] times each:
#   A) 5,000 lines, each with one duty option of its own   (10,000 option rows: the API's bounds)
#   B) 909 lines, each with ten duty options               (9,999 option rows)
#   C) 5,001 lines without options                         (one line past the bound: expect 413)
# and prints the status, the time and the size of each answer. Traffic goes to loopback only.
#   bench/worst-request.sh [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${LOAD_PORT:-18081}

jar=$(ls target/tradedesk-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B package -DskipTests
  jar=$(ls target/tradedesk-*.jar | grep -v original | head -n 1)
fi
log=target/worst-request-app.log
java -Xmx1g ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
  --spring.datasource.url="jdbc:h2:mem:worst;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR,VALUE;DB_CLOSE_DELAY=-1" \
  --tradedesk.data-dir=target/worst-data --tradedesk.demo.enabled=true --tradedesk.demo.tariff=false \
  --logging.level.root=WARN > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "application did not start; see $log"; exit 1; }

body() { # lines options file
  python3 - "$1" "$2" > "$3" <<'PY'
import json, sys
lines, options = int(sys.argv[1]), int(sys.argv[2])
print(json.dumps({"jurisdiction": "TW", "date": "2026-03-02", "currency": "USD", "incoterm": "FOB", "exchangeRate": 31.25,
  "freight": 350, "insurance": 25, "lines": [{"description": "Line %d: audio amplifier" % i, "tariffCode": "85184000",
  "origin": "CN", "value": 1000 + i, "quantity": 10, "unit": "No", "netMassKg": 12.5, "measures": {"duty": "7.5%"},
  "options": [{"scheme": "OWN%d" % k, "label": "own %d" % k, "duty": "%d%%" % k} for k in range(options)]}
  for i in range(lines)]}))
PY
}
mkdir -p target/worst-request
body 5000 1 target/worst-request/a.json
body 909 10 target/worst-request/b.json
body 5001 0 target/worst-request/c.json
for f in a b c; do
  echo "request $f: $(wc -c < target/worst-request/$f.json) bytes"
  for _ in $(seq 1 "$runs"); do
    curl -s -o target/worst-request/answer.json -u coordinator:coordinator -H 'Content-Type: application/json' \
      -w "  status %{http_code}, %{time_total} s, answer %{size_download} bytes\n" \
      --data-binary @target/worst-request/$f.json "http://127.0.0.1:$port/api/v1/tax/calculations"
  done
done
