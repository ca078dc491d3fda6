#!/usr/bin/env bash
# Time from `npm start` until the page and the facility API answer, on a clean clone beside ../shared.
# Usage: tests/bench/start-time.sh [port]   (run twice: the first start imports the demo data)
set -u
port=${1:-8080}
started=$(date +%s.%N)
PORT=$port setsid npm start > "/tmp/kedergisiz-start-$port.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  if curl -sf "localhost:$port/" > /dev/null && curl -sf "localhost:$port/api/facilities?limit=1" | grep -q Feature; then break; fi
  sleep 0.25
done
echo "page and API ready after $(echo "$(date +%s.%N) - $started" | bc) s"
kill -- -"$pid" 2> /dev/null
wait "$pid" 2> /dev/null
exit 0
