#!/usr/bin/env bash
# Civic's benchmark (BENCHMARKS.md, docs/decisions/0006-benchmarks.md). From the repository root:
#   bench/run.sh
# 1. builds the application jar and the harness (bench/pom.xml: Gatling and the raw JDBC ceiling);
# 2. start-up on H2: launches the jar with the demo city in an empty folder, times launch to the first good answer
#    of /, then reads the idle memory (VmRSS, and heap used through jcmd) after BENCH_IDLE seconds;
# 3. creates a fresh PostgreSQL database civic_bench_<time>, starts the application on it with the profiles
#    postgres,bench and the demo city; when a dossier scenario is asked for, fills it first with BENCH_DOSSIERS past
#    dossiers over BENCH_DAYS days (DossierData, about a minute for 200,000); then runs each scenario at a fixed
#    closed load: BENCH_USERS clients looping without pause, BENCH_WARMUP seconds unrecorded, then BENCH_DURATION
#    seconds recorded;
# 4. stops the application, drops the database and prints a Markdown table (also in bench/results/<time>/).
# A scenario that fails (e.g. sign-in while the demo accounts do not exist) is reported as failed; the rest run on.
#
# Scenarios: bare, jdbc-<k> (k inserts per transaction), jdbc-N (k = BENCH_SUBMIT_WRITES, the writes of one dossier
# submission), home, sign-in, work, api-org, dossier-form (the pre-filled e-form page), dossier-submit and
# dossier-status (each a closed load, then at once a second pass @half: an open model at half the throughput just
# measured, for its p99), statistics, statistics-month, statistics-xlsx (the statistics page of the generated year and
# of the last month, and the year's Excel export, read by the city's administrator: every generated dossier in scope;
# BENCH_DOSSIERS=1000000 for a city's year), e-result (GET /bench/e-results under the bench profile: a
# birth-registration extract rendered and signed by a leader and a seal, nothing stored; its ratio is PDFs per second
# per core), document-numbers (clerks of one agency taking outgoing register numbers at once through POST
# /bench/documents/numbers, then the register checked for duplicates and gaps), document-search-selective and
# document-search-broad (the staff search page /work/documents/search over BENCH_DOCUMENTS generated documents,
# DocumentData: a number and symbol as the clerk of Phường Hoàn Kiếm; a common word as that clerk or as an officer
# named on some documents, first page, count capped at 1,000), document-search-api (the selective queries through
# GET /api/documents/search with the demo archive's API key, scope document.read), edxml-sign-100k, edxml-sign-1m, edxml-verify-100k,
# edxml-verify-1m (GET /bench/edxml/{sign|verify}/{size} under the bench profile: an edXML package with one PDF of
# 100 KB or 1 MB built and signed with a ward's seal, or parsed, checked and verified; not in the default list;
# ratio in packages per second per core), open311-create (POST /open311/v2/requests.json form-encoded with the demo
# Open311 client's api_key: a street-lighting request with its attributes) and open311-list (GET
# /open311/v2/requests.json with the filters clients use over BENCH_REPORTS generated reports of the past BENCH_REPORT_DAYS
# days, FeedbackData: a service and status over the default 90 days, a service over 30 days, a status over 7 days, ten
# ids; up to 1,000 requests per answer); neither is in the default list.
# BENCH_VIA=page (default) drives the dossier scenarios through POST /dossiers/new and GET /api/dossiers/status;
# BENCH_VIA=bench through the bench profile's stand-ins (POST /bench/dossiers, GET /bench/dossiers/status).
#
# Settings (environment): BENCH_USERS=16 BENCH_WARMUP=15 BENCH_DURATION=45 BENCH_PORT=18080 BENCH_STARTS=3
# BENCH_IDLE=20 BENCH_SCENARIOS="bare jdbc-1 jdbc-10 jdbc-N home sign-in work api-org dossier-form dossier-submit
# dossier-status e-result" BENCH_PG_HOST=127.0.0.1 BENCH_PG_PORT=5432 BENCH_PG_USER=postgres BENCH_USERNAME=chuyenvien.hoankiem
# BENCH_PASSWORD=Civic@2026 BENCH_VIA=page BENCH_DOSSIERS=200000 BENCH_DAYS=365 BENCH_SUBMIT_WRITES=12
# BENCH_CITIZENS=001085012345,001190004321,031088006789,031302001234 BENCH_DOCUMENTS=1000000 BENCH_CLERK=vanthu.hoankiem
# BENCH_OFFICER=chuyenvien.hoankiem BENCH_REPORTS=300000 BENCH_REPORT_DAYS=365
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${BENCH_USERS:-16}
WARMUP=${BENCH_WARMUP:-15}
DURATION=${BENCH_DURATION:-45}
PORT=${BENCH_PORT:-18080}
STARTS=${BENCH_STARTS:-3}
IDLE=${BENCH_IDLE:-20}
SCENARIOS=${BENCH_SCENARIOS:-"bare jdbc-1 jdbc-10 jdbc-N home sign-in work api-org dossier-form dossier-submit dossier-status e-result"}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
USERNAME=${BENCH_USERNAME:-chuyenvien.hoankiem}
PASSWORD=${BENCH_PASSWORD:-Civic@2026}
VIA=${BENCH_VIA:-page}
DOSSIERS=${BENCH_DOSSIERS:-200000}
DAYS=${BENCH_DAYS:-365}
# Rows one online submission writes in its transaction (BENCHMARKS.md, "How N was counted"): 10 inserts (dossier,
# 4 steps, 2 attachments, 1 progress entry, 1 agency row, 1 audit entry) and 2 updates (the day's code counter, the
# audit chain head).
SUBMIT_WRITES=${BENCH_SUBMIT_WRITES:-12}
CITIZENS=${BENCH_CITIZENS:-001085012345,001190004321,031088006789,031302001234}
DOCUMENTS=${BENCH_DOCUMENTS:-1000000}
CLERK=${BENCH_CLERK:-vanthu.hoankiem}
OFFICER=${BENCH_OFFICER:-chuyenvien.hoankiem}
REPORTS=${BENCH_REPORTS:-300000}
REPORT_DAYS=${BENCH_REPORT_DAYS:-365}

STAMP=$(date -u +%Y%m%d_%H%M%S)
OUT="$PWD/bench/results/$STAMP"
DB="civic_bench_$STAMP"
mkdir -p "$OUT"

say() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
die() { say "$*"; exit 1; }

for tool in curl jq psql awk; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is missing (Debian: apt-get install curl jq postgresql-client)"
done

# The JDK ./civic chooses (>= 21), so the application runs as it does with ./civic run.
JAVA_HOME=$(./civic mvn -v 2>/dev/null | sed -n 's/.*runtime: //p')
[ -x "$JAVA_HOME/bin/java" ] || die "no JDK found by ./civic"
JAVA="$JAVA_HOME/bin/java"

APP_PID=""
DB_CREATED=""
VMSTAT_PID=""
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qtAc "$1"; }
cleanup() {
  stop_app
  if [ -n "$VMSTAT_PID" ]; then kill "$VMSTAT_PID" 2>/dev/null || true; fi
  if [ -n "$DB_CREATED" ]; then psql_admin "drop database if exists $DB" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# Waits until $1 answers 2xx, at most $2 seconds, while the application process lives.
wait_for() {
  local url=$1 limit=$2 started
  started=$(date +%s)
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$APP_PID" 2>/dev/null || return 1
    [ $(( $(date +%s) - started )) -lt "$limit" ] || return 1
    sleep 0.05
  done
}

# ---------------------------------------------------------------------------------------------------- build
say "building the application and the harness"
# The application is built, unpacked and its start-up cache trained exactly as `./civic run` does, and every start
# below goes through `./civic start`, so the figures are those of the README's command.
CIVIC="$PWD/civic"
./civic mvn -q -B -DskipTests -Dspotless.check.skip=true package
"$CIVIC" prepare # unpacks and trains here, before any timing
./civic mvn -q -B -f bench/pom.xml -Dspotless.check.skip=true package
BENCH_CP="$PWD/bench/target/classes:$(cat bench/target/classpath.txt)"

# ---------------------------------------------------------------------------------------------------- machine
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
{
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores available"
  echo "- Memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "- Kernel: $(uname -sr)"
  echo "- JDK: $("$JAVA" -version 2>&1 | sed -n 2p)"
  echo "- PostgreSQL: $(psql_admin 'show server_version') on $PG_HOST:$PG_PORT"
  echo "- Load average before the run: $(loadavg)"
} > "$OUT/machine.md"
# CPU use every 5 s for the whole run (us, sy, id, wa, st: st is time another virtual machine took from ours)
if command -v vmstat >/dev/null 2>&1; then
  vmstat -n 5 > "$OUT/vmstat.txt" &
  VMSTAT_PID=$!
fi

# ---------------------------------------------------------------------------------------------------- start-up on H2
# Launch to the first successful answer of / with an empty data folder: migrations, the demo city and the first page.
US=$'\x1f' # field separator of the result files (see row below)
: > "$OUT/startup.txt"
for run in $(seq 1 "$STARTS"); do
  dir=$(mktemp -d "/tmp/civic-bench-start-XXXXXX")
  start_port=$((PORT + 1))
  say "start-up on H2, run $run of $STARTS"
  t0=$(date +%s%N)
  (cd "$dir" && exec "$CIVIC" start --spring.profiles.active=demo --server.port="$start_port" >app.log 2>&1) &
  APP_PID=$!
  if wait_for "http://127.0.0.1:$start_port/" 120; then
    t1=$(date +%s%N)
    sleep "$IDLE"
    rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
    # Each heap line reads "<space> total <committed>K, used <used>K": one line for G1, one per generation for the
    # serial collector; metaspace lines ("committed") are not heap and do not match.
    heap=$("$JAVA_HOME/bin/jcmd" "$APP_PID" GC.heap_info 2>/dev/null || true)
    heap_used_kb=$(echo "$heap" | sed -n 's/.* total [0-9]*K, used \([0-9]*\)K.*/\1/p' | awk '{s += $1} END {if (NR) print s}')
    heap_committed_kb=$(echo "$heap" | sed -n 's/.* total \([0-9]*\)K, used [0-9]*K.*/\1/p' | awk '{s += $1} END {if (NR) print s}')
    spring=$(sed -n 's/.*Started CivicApplication in \([0-9.]*\) seconds.*/\1/p' "$dir/app.log" | head -n 1)
    (IFS="$US"; echo "$run$US$(( (t1 - t0) / 1000000 ))$US${spring:-?}$US$rss_kb$US${heap_used_kb:-?}$US${heap_committed_kb:-?}") \
      >> "$OUT/startup.txt"
  else
    say "start-up run $run failed; log: $dir/app.log"
    echo "$run${US}failed$US$US$US$US" >> "$OUT/startup.txt"
  fi
  stop_app
  cp "$dir/app.log" "$OUT/startup-$run.log" 2>/dev/null || true
  rm -rf "$dir"
done

# ---------------------------------------------------------------------------------------------------- PostgreSQL
say "creating database $DB"
psql_admin "create database $DB encoding 'UTF8' template template0" >/dev/null
DB_CREATED=yes
DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"

say "starting the application on $DB (profiles postgres,bench, demo city)"
(cd "$OUT" && CIVIC_DB_URL="$DB_URL" CIVIC_DB_USER="$PG_USER" CIVIC_DB_PASSWORD="" \
  exec "$CIVIC" start --spring.profiles.active=postgres,bench --civic.demo.enabled=true \
  --server.port="$PORT" >"$OUT/app.log" 2>&1) &
APP_PID=$!
wait_for "http://127.0.0.1:$PORT/actuator/health" 180 || die "the application did not become healthy; see $OUT/app.log"
BASE="http://127.0.0.1:$PORT"

WARD_UNIT=""
AGENCY_ID=""
case " $SCENARIOS " in
  *" dossier-"* | *" statistics"*)
    say "generating $DOSSIERS dossiers over the past $DAYS days"
    "$JAVA" -cp "$BENCH_CP" vn.civic.bench.DossierData --url "$DB_URL" --user "$PG_USER" --dossiers "$DOSSIERS" \
      --days "$DAYS" --codes "$OUT/codes.csv" >"$OUT/dossier-data.log" 2>&1 || die "DossierData failed; see $OUT/dossier-data.log"
    say "generated: $(grep '^{' "$OUT/dossier-data.log" | tail -n 1)"
    psql_db() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -v ON_ERROR_STOP=1 -qtAc "$1"; }
    # statistics and visibility maps for the freshly copied rows, as a live database has them, so that autovacuum
    # does not start on the new tables in the middle of a measurement
    psql_db "vacuum analyze" >/dev/null
    AGENCY_ID=$(psql_db "select id from agency where code = '000.01.31.H26'")
    WARD_UNIT=$(psql_db "select admin_unit_id from agency where code = '000.01.31.H26'")
    ;;
esac

case " $SCENARIOS " in
  *" document-search"*)
    say "generating $DOCUMENTS documents in the search index"
    "$JAVA" -cp "$BENCH_CP" vn.civic.bench.DocumentData --url "$DB_URL" --user "$PG_USER" --documents "$DOCUMENTS" \
      --username "$CLERK" --officer "$OFFICER" --queries "$OUT/document-queries.csv" >"$OUT/document-data.log" 2>&1 \
      || die "DocumentData failed; see $OUT/document-data.log"
    say "generated: $(grep '^{' "$OUT/document-data.log" | tail -n 1)"
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -v ON_ERROR_STOP=1 -qtAc \
      "vacuum analyze document_index, document_access" >/dev/null
    ;;
esac

case " $SCENARIOS " in
  *" open311-"*)
    say "generating $REPORTS feedback reports over the past $REPORT_DAYS days"
    "$JAVA" -cp "$BENCH_CP" vn.civic.bench.FeedbackData --url "$DB_URL" --user "$PG_USER" --reports "$REPORTS" \
      --days "$REPORT_DAYS" --codes "$OUT/open311-codes.csv" >"$OUT/feedback-data.log" 2>&1 \
      || die "FeedbackData failed; see $OUT/feedback-data.log"
    say "generated: $(grep '^{' "$OUT/feedback-data.log" | tail -n 1)"
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -v ON_ERROR_STOP=1 -qtAc \
      "vacuum analyze feedback_report, feedback_history, feedback_answer, platform_counter" >/dev/null
    ;;
esac

# One row per scenario: name, what, status, count, throughput, p50, p95, p99, load average after, note; fields are
# separated by the ASCII unit separator, which (unlike a tab) read does not merge when a field is empty.
: > "$OUT/rows.txt"
row() { (IFS="$US"; echo "$*") >> "$OUT/rows.txt"; }

run_gatling() { # scenario, measured request name, description[, row name[, arrivals per second]]
  local scenario=$1 request=$2 what=$3 name=${4:-$1} rate=${5:-0} log="$OUT/gatling-${4:-$1}.log" report status note
  say "scenario $name: $USERS users, ${WARMUP}s warm-up, ${DURATION}s measured"
  if "$JAVA" -Xms512m -Xmx1g --enable-native-access=ALL-UNNAMED \
      --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$BENCH_CP" \
      -Dbench.baseUrl="$BASE" -Dbench.scenario="$scenario" -Dbench.users="$USERS" \
      -Dbench.warmup="$WARMUP" -Dbench.duration="$DURATION" \
      -Dbench.username="$USERNAME" -Dbench.password="$PASSWORD" \
      -Dbench.via="$VIA" -Dbench.citizens="$CITIZENS" -Dbench.codes="$OUT/codes.csv" \
      -Dbench.sessions="$OUT/sessions.csv" -Dbench.rate="$rate" -Dbench.wardUnitId="$WARD_UNIT" \
      -Dbench.agencyId="$AGENCY_ID" -Dbench.documentQueries="$OUT/document-queries.csv" -Dbench.officer="$OFFICER" \
      -Dbench.clerk="$CLERK" -Dbench.open311Codes="$OUT/open311-codes.csv" \
      io.gatling.app.Gatling -s vn.civic.bench.CivicSimulation -rf "$OUT/gatling/$name" -rd "$name" \
      -l bench >"$log" 2>&1; then :; else say "Gatling ended with an error for $name (see $log)"; fi
  report=$(ls -td "$OUT"/gatling/"$name"/*/ 2>/dev/null | head -n 1 || true)
  local ok=0 ko=0 p50="" p95="" p99="" tput="" figures
  if [ -n "$report" ] && [ -f "$report/index.html" ]; then
    figures=$("$JAVA" -cp "$BENCH_CP" vn.civic.bench.GatlingReport "$report" "$request")
    ok=$(jq -r '.ok' <<<"$figures")
    ko=$(jq -r '.ko' <<<"$figures")
    if [ "$ok" -gt 0 ]; then
      p50=$(jq -r '.p50' <<<"$figures")
      p95=$(jq -r '.p95' <<<"$figures")
      p99=$(jq -r '.p99' <<<"$figures")
      tput=$(awk -v n="$ok" -v d="$DURATION" 'BEGIN {printf "%.1f", n / d}')
    fi
  fi
  if [ "$ok" -gt 0 ] && [ "$ko" -eq 0 ]; then
    status=ok; note=""
  else
    status=FAILED
    # Gatling's summary lists each distinct failure under "---- Errors ----"
    note=$(awk '/---- Errors ----/ {on = 1; next} on && /^> / {sub(/^> /, ""); sub(/ +[0-9]+ +\([0-9.]+%\) *$/, ""); print; exit}' \
      "$log" | cut -c1-200)
    note="${ok} ok, ${ko} failed${note:+: $note}"
  fi
  row "$name" "$what" "$status" "$ok" "$tput" "$p50" "$p95" "$p99" "$(loadavg)" "$note"
}

# BENCH_USERS signed-in sessions of the demo citizens, one line each: session cookie, CSRF token (for the open pass).
citizen_sessions() {
  local jar="$OUT/citizen.jar" csrf i=0
  IFS=, read -r -a people <<<"$CITIZENS"
  echo "session,csrf" > "$OUT/sessions.csv"
  while [ "$i" -lt "$USERS" ]; do
    rm -f "$jar"
    csrf=$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
    curl -sf -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=${people[$((i % ${#people[@]}))]}" \
      --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login" || return 1
    csrf=$(curl -sf -c "$jar" -b "$jar" "$BASE/" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
    echo "$(awk '$6 == "SESSION" {print $7}' "$jar"),$csrf" >> "$OUT/sessions.csv"
    i=$((i + 1))
  done
}

run_submit() {
  local what="POST /bench/dossiers: DossierSubmission.submitOnline, 1.001193, 2 PDFs (stand-in)" half
  [ "$VIA" = page ] && what="POST /dossiers/new (multipart), birth registration 1.001193, 17 fields, 2 PDFs"
  run_gatling dossier-submit dossier-submit "$what"
  half=$(awk -F"$US" '$1 == "dossier-submit" && $3 == "ok" {printf "%.1f", $5 / 2}' "$OUT/rows.txt")
  if [ -z "$half" ] || ! citizen_sessions; then
    row "dossier-submit@half" "the same at half the throughput (open model)" FAILED 0 "" "" "" "" "$(loadavg)" \
      "no throughput measured or no session"
    return
  fi
  run_gatling dossier-submit-open dossier-submit "the same, $half arrivals/s (half the closed throughput, open model)" \
    "dossier-submit@half" "$half"
}

run_jdbc() { # inserts per transaction
  local inserts=$1 out json status note
  say "scenario jdbc-$inserts: $USERS connections, ${WARMUP}s warm-up, ${DURATION}s measured"
  out="$OUT/jdbc-$inserts.log"
  if "$JAVA" -cp "$BENCH_CP" vn.civic.bench.JdbcCeiling --url "$DB_URL" --user "$PG_USER" --threads "$USERS" \
      --inserts "$inserts" --warmup "$WARMUP" --duration "$DURATION" >"$out" 2>&1; then
    json=$(grep '^{' "$out" | tail -n 1)
    status=ok; note=""
    if [ "$(jq -r .errors <<<"$json")" != "0" ]; then status=FAILED; note="$(jq -r .errors <<<"$json") errors"; fi
    row "jdbc-$inserts" "raw JDBC transaction, $inserts insert(s) + commit" "$status" "$(jq -r .count <<<"$json")" \
      "$(jq -r .throughput <<<"$json")" "$(jq -r .p50 <<<"$json")" "$(jq -r .p95 <<<"$json")" \
      "$(jq -r .p99 <<<"$json")" "$(loadavg)" "$note"
  else
    row "jdbc-$inserts" "raw JDBC transaction, $inserts insert(s) + commit" FAILED 0 "" "" "" "" "$(loadavg)" \
      "$(tail -n 1 "$out" | cut -c1-160)"
  fi
}

# document-numbers: clerks of one agency take outgoing register numbers at once (POST /bench/documents/numbers), then
# the register is read back: the row is FAILED unless every number of the year is there once (no duplicate, no gap)
# and the counter stands at the last one.
run_numbers() {
  local psql_db agency year counts rows distinct max last
  psql_db() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -v ON_ERROR_STOP=1 -qtAc "$1"; }
  run_gatling document-numbers document-numbers "POST /bench/documents/numbers: next outgoing number + register row, one agency, $USERS clerks at once"
  agency=$(psql_db "select id from agency where code = '000.01.31.H26'")
  year=$(psql_db "select extract(year from now() at time zone 'Asia/Ho_Chi_Minh')::int")
  counts=$(psql_db "select count(*), count(distinct outgoing_number), coalesce(max(outgoing_number), 0) from outgoing_document
    where agency_id = $agency and register_year = $year and confidential = false and outgoing_number is not null")
  IFS='|' read -r rows distinct max <<<"$counts"
  last=$(psql_db "select coalesce(max(last_number), 0) from platform_counter where series = 'document:OUTGOING:$agency:$year:regular'")
  say "document-numbers: $rows numbers, $distinct distinct, highest $max, counter at $last"
  if [ "$rows" != "$distinct" ] || [ "$distinct" != "$max" ] || [ "$max" != "$last" ]; then
    awk -F"$US" -v OFS="$US" -v note="register: $rows numbers, $distinct distinct, highest $max, counter $last" \
      '$1 == "document-numbers" {$3 = "FAILED"; $10 = note} {print}' "$OUT/rows.txt" > "$OUT/rows.tmp" && mv "$OUT/rows.tmp" "$OUT/rows.txt"
  else
    awk -F"$US" -v OFS="$US" -v note="register checked: $rows numbers 1..$max, no duplicate, no gap" \
      '$1 == "document-numbers" {$10 = note} {print}' "$OUT/rows.txt" > "$OUT/rows.tmp" && mv "$OUT/rows.tmp" "$OUT/rows.txt"
  fi
}

for scenario in $SCENARIOS; do
  case "$scenario" in
    bare) run_gatling bare bare "GET /bench/bare (ceiling: same server and filters, no work)" ;;
    home) run_gatling home home "GET / (home page)" ;;
    sign-in) run_gatling sign-in sign-in "POST /login (Argon2id check, new session)" ;;
    work) run_gatling work work "GET /work (signed in)" ;;
    api-org) run_gatling api-org api-org "GET /api/org/agencies/{code} (API key of the demo LGSP client)" ;;
    dossier-submit) run_submit ;;
    dossier-form) run_gatling dossier-form dossier-form "GET /dossiers/new?procedure=1.001193 (the pre-filled e-form, signed in)" ;;
    dossier-status)
      if [ "$VIA" = page ]; then what="GET /api/dossiers/status?code=&factor="; else
        what="GET /bench/dossiers/status?code=&factor= (stand-in: DossierTracking.track)"; fi
      run_gatling dossier-status dossier-status "$what, $DOSSIERS dossiers in the table"
      half=$(awk -F"$US" '$1 == "dossier-status" && $3 == "ok" {printf "%.1f", $5 / 2}' "$OUT/rows.txt")
      if [ -n "$half" ]; then
        run_gatling dossier-status-open dossier-status "the same, $half arrivals/s (half the closed throughput, open model)" \
          "dossier-status@half" "$half"
      fi ;;
    statistics) run_gatling statistics statistics "GET /work/statistics (the year, whole city: $DOSSIERS dossiers)" ;;
    statistics-month) run_gatling statistics-month statistics-month "GET /work/statistics (last month, whole city)" ;;
    statistics-xlsx) run_gatling statistics-xlsx statistics-xlsx "GET /work/statistics.xlsx (the year, whole city)" ;;
    e-result) run_gatling e-result e-result "GET /bench/e-results: birth extract rendered (PDF/A) and signed twice (PAdES B, leader + seal)" ;;
    document-numbers) run_numbers ;;
    document-search-selective)
      run_gatling document-search-selective document-search-selective \
        "GET /work/documents/search?q=<number and symbol>, clerk of one agency, $DOCUMENTS documents" ;;
    document-search-api)
      run_gatling document-search-api document-search-api \
        "GET /api/documents/search?q=<number and symbol>, the ward archive's API key (document.read), $DOCUMENTS documents" ;;
    document-search-broad)
      run_gatling document-search-broad document-search-broad \
        "GET /work/documents/search?q=<common word>, clerk (agency) or named officer, first page, count ≤ 1,000" ;;
    edxml-sign-100k | edxml-sign-1m | edxml-verify-100k | edxml-verify-1m)
      size=${scenario##*-}; op=${scenario#edxml-}; op=${op%-*}
      if [ "$op" = sign ]; then what="build + sign (XML-DSig, seal)"; else what="hardened parse + check + verify signature and chain"; fi
      run_gatling "$scenario" "$scenario" "GET /bench/edxml/$op/$size: edXML package with a $size PDF, $what" ;;
    open311-create)
      run_gatling open311-create open311-create \
        "POST /open311/v2/requests.json (form, api_key of the demo Open311 client): street-lighting request with attributes" ;;
    open311-list)
      run_gatling open311-list open311-list \
        "GET /open311/v2/requests.json with a service/status/date-window/ids filter, $REPORTS reports in the year, ≤ 1,000 per answer" ;;
    jdbc-N) run_jdbc "$SUBMIT_WRITES" ;;
    jdbc-*) run_jdbc "${scenario#jdbc-}" ;;
    *) die "unknown scenario $scenario" ;;
  esac
done
if [ -n "$VMSTAT_PID" ]; then kill "$VMSTAT_PID" 2>/dev/null || true; VMSTAT_PID=""; fi
{
  echo "- Load average after the run: $(loadavg)"
  if [ -s "$OUT/vmstat.txt" ]; then
    awk 'NR > 2 && NF >= 17 {n++; us += $13; sy += $14; id += $15; st += $17; if ($17 > stmax) stmax = $17}
      END {if (n) printf "- CPU during the run (vmstat, %d samples): %.0f%% user, %.0f%% system, %.0f%% idle, steal %.1f%% on average (max %d%%)\n", n, us/n, sy/n, id/n, st/n, stmax}' "$OUT/vmstat.txt"
  fi
  echo "- Application JVM: $(grep -m1 -o 'Starting CivicApplication v[^ ]* using Java [^ ]*' "$OUT/app.log" || true)"
} >> "$OUT/machine.md"
stop_app
psql_admin "drop database if exists $DB" >/dev/null
DB_CREATED=""

# ---------------------------------------------------------------------------------------------------- report
bare_tput=$(awk -F"$US" '$1 == "bare" && $3 == "ok" {print $5}' "$OUT/rows.txt")
jdbc1_tput=$(awk -F"$US" '$1 == "jdbc-1" && $3 == "ok" {print $5}' "$OUT/rows.txt")
work_tput=$(awk -F"$US" '$1 == "work" && $3 == "ok" {print $5}' "$OUT/rows.txt")
api_tput=$(awk -F"$US" '$1 == "api-org" && $3 == "ok" {print $5}' "$OUT/rows.txt")
jdbcn_tput=$(awk -F"$US" -v n="jdbc-$SUBMIT_WRITES" '$1 == n && $3 == "ok" {print $5}' "$OUT/rows.txt")
{
  echo "## Run $STAMP"
  echo
  echo "Command: \`BENCH_USERS=$USERS BENCH_WARMUP=$WARMUP BENCH_DURATION=$DURATION bench/run.sh\`"
  echo "($USERS concurrent clients looping without pause; ${WARMUP} s warm-up, then ${DURATION} s measured;"
  echo "latencies of successful requests in ms.)"
  echo
  cat "$OUT/machine.md"
  echo
  echo "Goals of issue 3: dossier-submit ≥ 0.25× jdbc-$SUBMIT_WRITES (the writes of one submission) with p99 ≤ 50 ms"
  echo "at half that load (the dossier-submit@half row); dossier-status ≥ 0.25× bare with p99 ≤ 20 ms (read, like the"
  echo "submission's, at half the closed throughput: the dossier-status@half row)."
  echo
  case " $SCENARIOS " in
    *" document-search"*)
      echo "Goals of issue 5: document-search-selective ≥ 1,000/s with p95 ≤ 30 ms, document-search-broad p95 ≤ 200 ms"
      echo "($DOCUMENTS documents; the search rows' ratio is to \`work\`, the signed-in page with the same session"
      echo "machinery and no search)."
      echo ;;
  esac
  echo "| Scenario | What | Status | Requests | Throughput (/s) | p50 | p95 | p99 | Ratio | Load avg after | Note |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---|---|"
  while IFS="$US" read -r name what status count tput p50 p95 p99 load note; do
    ratio=""
    if [ "$status" = ok ] && [ -n "$tput" ]; then
      case "$name" in
        bare | jdbc-1) ratio="ceiling" ;;
        dossier-submit)
          [ -n "$jdbcn_tput" ] && ratio=$(awk -v a="$tput" -v b="$jdbcn_tput" -v n="$SUBMIT_WRITES" \
            'BEGIN {printf "%.3f× jdbc-%d", a / b, n}') ;;
        dossier-submit@half | dossier-status@half) ratio="half load" ;;
        e-result) ratio=$(awk -v a="$tput" -v c="$(nproc)" 'BEGIN {printf "%.1f PDF/s per core", a / c}') ;;
        open311-create)
          [ -n "$jdbcn_tput" ] && ratio=$(awk -v a="$tput" -v b="$jdbcn_tput" -v n="$SUBMIT_WRITES" \
            'BEGIN {printf "%.3f× jdbc-%d", a / b, n}') ;;
        open311-list)
          [ -n "$api_tput" ] && ratio=$(awk -v a="$tput" -v b="$api_tput" 'BEGIN {printf "%.3f× api-org", a / b}') ;;
        document-search-api)
          [ -n "$api_tput" ] && ratio=$(awk -v a="$tput" -v b="$api_tput" 'BEGIN {printf "%.3f× api-org", a / b}') ;;
        document-search-*)
          [ -n "$work_tput" ] && ratio=$(awk -v a="$tput" -v b="$work_tput" 'BEGIN {printf "%.3f× work", a / b}') ;;
        edxml-*) ratio=$(awk -v a="$tput" -v c="$(nproc)" 'BEGIN {printf "%.1f packages/s per core", a / c}') ;;
        jdbc-*) [ -n "$jdbc1_tput" ] && ratio=$(awk -v a="$tput" -v b="$jdbc1_tput" 'BEGIN {printf "%.2f× jdbc-1", a / b}') ;;
        *) [ -n "$bare_tput" ] && ratio=$(awk -v a="$tput" -v b="$bare_tput" 'BEGIN {printf "%.3f× bare", a / b}') ;;
      esac
    fi
    echo "| $name | $what | $status | $count | $tput | $p50 | $p95 | $p99 | $ratio | $load | $note |"
  done < "$OUT/rows.txt"
  echo
  echo "Start-up on H2 (\`./civic start\` with the demo profile in an empty folder; goal ≤ 10 s) and idle memory"
  echo "${IDLE} s after the first page (goal ≤ 600 MB):"
  echo
  echo "| Run | Launch → first page (ms) | Spring's \"Started in\" (s) | RSS (MB) | Heap used (MB) | Heap committed (MB) |"
  echo "|---:|---:|---:|---:|---:|---:|"
  while IFS="$US" read -r run ms spring rss used committed; do
    mb() { [ -n "$1" ] && [ "$1" != "?" ] && awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}' || echo "$1"; }
    echo "| $run | $ms | $spring | $(mb "$rss") | $(mb "$used") | $(mb "$committed") |"
  done < "$OUT/startup.txt"
} | tee "$OUT/summary.md"
say "results: $OUT (Gatling's HTML reports under gatling/)"
