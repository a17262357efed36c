#!/usr/bin/env bash
# Measures the figures the issues name, on this machine, against a freshly started local stack
# (data in $BACKHABIT_DATA_DIR, default .data-bench/, wiped first). Needs hey (Debian package "hey");
# takes about 15 minutes. Every port moves with the launcher's BACKHABIT_*_PORT variables, so a
# bench can run beside another stack.
#
#   bench/run.sh            all measurements
#   bench/run.sh catalog    one or more, comma-separated, of: catalog sessions latency redflag dashboard scale apply rebuild
set -euo pipefail
cd "$(dirname "$0")/.."
which hey > /dev/null || { echo "install hey first (apt-get install hey)"; exit 1; }

only="${1:-all}"
export BACKHABIT_DATA_DIR=${BACKHABIT_DATA_DIR:-.data-bench}
# The load comes from one user per scenario: lift the per-user write limit for the measurement.
export BACKHABIT_RATE_LIMIT_WRITES_PER_MINUTE=100000000
rm -rf "$BACKHABIT_DATA_DIR"
# package, not install: the launcher and the drivers run from the build output.
./mvnw -B -q -Pbench package -DskipTests
BENCH_CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
bench() { java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$BENCH_CP" "org.backhabit.bench.$1" "${@:2}"; }
KAFKA=localhost:${BACKHABIT_KAFKA_PORT:-19092}
CATALOG=http://localhost:${BACKHABIT_CATALOG_PORT:-8081}
SESSION=http://localhost:${BACKHABIT_SESSION_PORT:-8082}
PROGRESS=http://localhost:${BACKHABIT_PROGRESS_PORT:-8083}
PSQL="/usr/lib/postgresql/15/bin/psql -h localhost -p ${BACKHABIT_POSTGRES_PORT:-15432} -U postgres -tA"

java -Dbackhabit.root="$PWD" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "local-stack/target/classes:$(cat local-stack/target/classpath.txt)" \
  org.backhabit.localstack.launch.Launcher > "$BACKHABIT_DATA_DIR.log" 2>&1 &
STACK=$!
trap 'kill $STACK 2>/dev/null; wait $STACK 2>/dev/null || true' EXIT
until grep -q "^Ready" "$BACKHABIT_DATA_DIR.log" 2>/dev/null; do
  kill -0 $STACK 2>/dev/null || { cat "$BACKHABIT_DATA_DIR.log"; exit 1; }
  sleep 1
done
echo "stack ready"

pct() { grep -E "^\s+$1% in" | awk '{printf "%.1f ms", $3 * 1000}'; }
rate() { grep -E "Requests/sec" | awk '{printf "%.0f req/s", $2}'; }
CONNECTIONS=${CONNECTIONS:-10}
load() { # name rps seconds hey-args...   ($CONNECTIONS clients, each at rps/CONNECTIONS)
  local out; out=$(hey -z "$3s" -c "$CONNECTIONS" -q $(( $2 / CONNECTIONS )) "${@:4}")
  echo "$1 at $2 req/s for $3 s: p50 $(echo "$out" | pct 50), p99 $(echo "$out" | pct 99), achieved $(echo "$out" | rate), status $(echo "$out" | grep -E '^\s+\[[0-9]+\]' | tr -s ' ' | tr '\n' ' ')"
}

if [[ $only == all || ,$only, == *,catalog,* ]]; then
  hey -z 10s -c 10 -q 50 "$CATALOG/exercises?category=STRETCH" > /dev/null   # warm-up
  load "GET /exercises?category=STRETCH" 500 30 "$CATALOG/exercises?category=STRETCH"
fi

if [[ $only == all || ,$only, == *,sessions,* ]]; then
  TOKEN=$(bench Token bench-writer)
  BODY="{\"routineSlug\":\"desk-break\",\"completedAt\":\"$(date -u -d '-2 min' +%Y-%m-%dT%H:%M:%SZ)\",\"timeZone\":\"Europe/Berlin\",\"durationMinutes\":5}"
  hey -z 30s -c 20 -q 25 -m POST -T application/json -H "Authorization: Bearer $TOKEN" -d "$BODY" $SESSION/sessions > /dev/null  # warm-up
  for rps in 250 500 750 1000 1250 1500; do
    load "POST /sessions" $rps 20 -m POST -T application/json -H "Authorization: Bearer $TOKEN" -d "$BODY" $SESSION/sessions
  done
fi

if [[ $only == all || ,$only, == *,latency,* ]]; then
  bench EventLatency $SESSION "$KAFKA" 50 20 > /dev/null   # warm-up
  bench EventLatency $SESSION "$KAFKA" 1000 20
fi

if [[ $only == all || ,$only, == *,redflag,* ]]; then
  # Warm-up. On a stack that has just come up a probe's first connection can be refused: warm up again then,
  # so the measured run never meets a cold service.
  for attempt in 1 2 3; do
    bench RedFlagLatency $SESSION $PROGRESS 12 4 > /dev/null 2>&1 && break
    echo "red-flag warm-up $attempt: a probe could not connect; again"
  done
  bench RedFlagLatency $SESSION $PROGRESS 60 4
fi

if [[ $only == all || ,$only, == *,dashboard,* ]]; then
  bench SeedEvents "$KAFKA" "$SESSION" history bench-two-years 104
  until [[ $($PSQL -d progress -c "SELECT count(*) FROM session_fact WHERE user_id = 'bench-two-years'") -ge 300 ]]; do sleep 1; done
  TOKEN=$(bench Token bench-two-years)
  hey -z 10s -c 10 -q 20 -H "Authorization: Bearer $TOKEN" $PROGRESS/progress/me/dashboard > /dev/null
  load "GET /progress/me/dashboard (2 years: $($PSQL -d progress -c "SELECT count(*) FROM session_fact WHERE user_id = 'bench-two-years'") sessions)" \
    200 30 -H "Authorization: Bearer $TOKEN" $PROGRESS/progress/me/dashboard
fi

if [[ $only == all || ,$only, == *,scale,* ]]; then
  # The dashboard of a user with 2,000 sessions against one with 10, same load: p50s and their ratio.
  bench SeedEvents "$KAFKA" "$SESSION" sessions bench-2000 2000 700
  bench SeedEvents "$KAFKA" "$SESSION" sessions bench-10 10 30
  until [[ $($PSQL -d progress -c "SELECT count(*) FROM session_fact WHERE user_id IN ('bench-2000', 'bench-10')") -ge 2010 ]]; do sleep 1; done
  p50() { grep -E "^\s+50% in" | awk '{print $3 * 1000}'; }
  declare -A P50
  for user in bench-10 bench-2000; do
    TOKEN=$(bench Token "$user")
    hey -z 10s -c 5 -q 10 -H "Authorization: Bearer $TOKEN" "$PROGRESS/progress/me/dashboard" > /dev/null   # warm-up
    P50[$user]=$(hey -z 30s -c 5 -q 10 -H "Authorization: Bearer $TOKEN" "$PROGRESS/progress/me/dashboard" | p50)
    echo "GET /progress/me/dashboard, $user at 50 req/s for 30 s: p50 ${P50[$user]} ms"
  done
  echo "p50 ratio 2,000 / 10 sessions: $(awk -v a="${P50[bench-2000]}" -v b="${P50[bench-10]}" 'BEGIN { printf "%.2f", a / b }')"
fi

if [[ $only == all || ,$only, == *,apply,* ]]; then
  # 500 new users x 4 events produced onto the topic; events per second from the first send to the last applied.
  # The clock starts when the producer sends its first event (printed by SeedEvents), not when its JVM starts.
  # One burst warms the path up (as every scenario here is warmed up), then three are measured, each reported.
  burst() {
    local before start end
    before=$($PSQL -d progress -c "SELECT count(*) FROM processed_event")
    start=$(bench SeedEvents "$KAFKA" "$SESSION" newcomers "bench-new-$1-$(date +%s)-" 500 | awk '/^first send at/ { printf "%.3f", $4 / 1000 }')
    until [[ $($PSQL -d progress -c "SELECT count(*) FROM processed_event") -ge $(( before + 2000 )) ]]; do sleep 0.05; done
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.0f events/s (%.2f s)", 2000 / (e - s), e - s }'
  }
  echo "warm-up burst: $(burst warm)"
  for run in 1 2 3; do
    sleep 5
    echo "500 users x 4 events applied, burst $run: $(burst "$run")"
  done
  # Baseline in the same run: the same PostgreSQL taking committed single-row INSERTs, 4 clients for 10 s.
  $PSQL -d postgres -c "CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())" > /dev/null
  echo "INSERT INTO bench_insert DEFAULT VALUES;" > "$BACKHABIT_DATA_DIR/insert.sql"
  PGBENCH="/usr/lib/postgresql/15/bin/pgbench -h localhost -p ${BACKHABIT_POSTGRES_PORT:-15432} -U postgres"
  echo "baseline, pgbench single-row INSERTs on the same PostgreSQL: $($PGBENCH -n -c 4 -j 2 -T 10 -f "$BACKHABIT_DATA_DIR/insert.sql" postgres \
    | awk '/^tps/ { printf "%.0f/s", $3 }')"
fi

if [[ $only == all || ,$only, == *,rebuild,* ]]; then
  bench SeedEvents "$KAFKA" "$SESSION" bulk 100000 1000
  echo "waiting for the live consumer to apply them ..."
  previous=-1
  while true; do
    now=$($PSQL -d progress -c "SELECT count(*) FROM processed_event")
    [[ $now == "$previous" ]] && break
    previous=$now; sleep 5
  done
  echo "events applied live: $now"
  ADMIN=$(bench Token bench-admin admin)
  curl -fsS -X POST -H "Authorization: Bearer $ADMIN" $PROGRESS/admin/projections/rebuild > /dev/null
  until curl -fsS -H "Authorization: Bearer $ADMIN" $PROGRESS/admin/projections/rebuild | grep -q '"state":"IDLE"'; do sleep 2; done
  echo "rebuild: $(curl -fsS -H "Authorization: Bearer $ADMIN" $PROGRESS/admin/projections/rebuild)"
fi
