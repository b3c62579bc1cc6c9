#!/usr/bin/env bash
# A 20 s mixed read load at 128 connections over the public pages, feeds and search, while an
# editor keeps saving through the desk's forms. Passes only with no socket error, no 5xx, no
# error answer at all, and every acknowledged save present afterwards (no lost update).
# Writes the result to docs/LOAD.md. Needs wrk (Debian package "wrk"), curl and a JDK.
#   scripts/load.sh            # builds target/minerdesk.jar when missing
#   DURATION=20 CONNECTIONS=128 PORT=7190 EDITOR_PAUSE=0.25 scripts/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-128}
PORT=${PORT:-7190}
EDITOR_PAUSE=${EDITOR_PAUSE:-0.25}   # seconds between the editor's saves (two writes each)
BASE="http://127.0.0.1:$PORT"
ADMIN_EMAIL=load-admin@example.com
ADMIN_PASSWORD=load-admin-passphrase-42

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f target/minerdesk.jar ] || mvn -B -q -DskipTests package

WORK=$(mktemp -d)
APP_PID=""
cleanup() {
  [ -n "${KEEP_LOG:-}" ] && [ -f "$WORK/app.log" ] && cp "$WORK/app.log" "$KEEP_LOG"
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- the app, on an H2 file with the demo data, behind a "proxy" at 127.0.0.1 ---------------------
(cd "$WORK" && PORT=$PORT DATABASE_URL="jdbc:h2:file:$WORK/minerdesk" BASE_URL="$BASE" DEMO_DATA=true \
  ADMIN_EMAIL=$ADMIN_EMAIL ADMIN_PASSWORD=$ADMIN_PASSWORD TRUSTED_PROXIES=127.0.0.1 \
  exec java ${JAVA_OPTS:--Xmx512m} -jar "$OLDPWD/target/minerdesk.jar" >"$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$BASE/healthz" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 0.5
done

# --- what readers ask for: every kind of public page that exists on this build ----------------------
candidates=(/ /weeks /weeks/2025-11-28 /weeks/2025-11-21 /companies /companies/APLD /companies/CORZ /companies/ABTC
  /economics /pivots /pivots?kind=lease /writeups /tags/weekly /search?q=bitcoin /search?q=hashprice+cost
  /feed.xml /atom.xml /feed.json /weeks/feed.xml /weeks/atom.xml /tags/weekly/feed.xml /companies/APLD/feed.xml
  /sitemap.xml /weeks.csv /pivots.csv)
slug=$(curl -fs "$BASE/writeups" 2>/dev/null | grep -o 'href="/writeups/[a-z0-9-]*"' | head -1 | sed 's/href="//; s/"$//' || true)
[ -n "$slug" ] && candidates+=("$slug")
: >"$WORK/paths"
skipped=()
for p in "${candidates[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$p")
  if [ "$code" = 200 ]; then echo "$p" >>"$WORK/paths"; else skipped+=("$p ($code)"); fi
done

# --- the editor: signs in, then saves pivot events and one company profile, one after another ------
editor() {
  local jar="$WORK/cookies" n=0 token
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "email=$ADMIN_EMAIL" \
    --data-urlencode "password=$ADMIN_PASSWORD" "$BASE/login"
  token=$(curl -fs -b "$jar" "$BASE/editor/pivots/new" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  local profile
  profile=$(curl -fs -b "$jar" "$BASE/editor/companies/CORZ/edit" | python3 -c \
    'import sys,html,re; m=re.search(r"<textarea[^>]*name=\"profile\"[^>]*>(.*?)</textarea>", sys.stdin.read(), re.S); print(html.unescape(m.group(1)) if m else "")')
  # A published write-up that the editor revises on every round, with the version the form carries.
  local writeup
  writeup=$(curl -s -o /dev/null -D - -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "title=Load run notes" \
    --data-urlencode "slug=load-run-notes" --data-urlencode "summary=Revised during the load run." \
    --data-urlencode "body=Revision 0" --data-urlencode "tags=load" --data-urlencode "week=" \
    --data-urlencode "status=published" --data-urlencode "publishAt=" --data-urlencode "version=0" \
    "$BASE/editor/writeups/new" | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}' | sed 's/?.*//')
  echo "writeup-path $writeup" >>"$WORK/editor.log"
  local deadline=$((SECONDS + DURATION))
  while [ $SECONDS -lt $deadline ]; do
    n=$((n + 1))
    local round_start=$EPOCHREALTIME
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "ticker=CORZ" \
      --data-urlencode "date=2025-11-27" --data-urlencode "date_precision=day" --data-urlencode "counterparty=Load editor save $n" \
      --data-urlencode "kind=hosting" --data-urlencode "amount_usd=" --data-urlencode "capacity_mw=" \
      --data-urlencode "summary=Saved during the load run, number $n." --data-urlencode "source_name=Load test" \
      --data-urlencode "source_url=https://example.com/load/$n" "$BASE/editor/pivots/new")
    echo "pivot $n $code" >>"$WORK/editor.log"
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "ticker=CORZ" \
      --data-urlencode "name=Core Scientific, Inc." --data-urlencode "exchange=Nasdaq" --data-urlencode "country=United States" \
      --data-urlencode "website=https://corescientific.com" --data-urlencode "profile=Load revision $n. $profile" \
      --data-urlencode "ai_hpc_status=operating" "$BASE/editor/companies/CORZ/edit")
    echo "profile $n $code" >>"$WORK/editor.log"
    if [ -n "$writeup" ]; then
      version=$(curl -fs -b "$jar" "$BASE$writeup" | grep -o 'name="version" value="[0-9]*"' | head -1 | grep -o '[0-9]*"$' | tr -d '"')
      code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "title=Load run notes" \
        --data-urlencode "slug=load-run-notes" --data-urlencode "summary=Revised during the load run." \
        --data-urlencode "body=Revision $n" --data-urlencode "tags=load" --data-urlencode "week=" \
        --data-urlencode "status=published" --data-urlencode "publishAt=" --data-urlencode "version=$version" "$BASE$writeup")
      echo "writeup $n $code" >>"$WORK/editor.log"
    fi
    awk -v a="$round_start" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.2f\n", b - a}' >>"$WORK/rounds"
    sleep "$EDITOR_PAUSE"
  done
}

: >"$WORK/editor.log"
: >"$WORK/rounds"
editor &
EDITOR_PID=$!
LOAD_PATHS="$WORK/paths" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency -s scripts/load-mixed.lua "$BASE" \
  >"$WORK/wrk.out"
wait "$EDITOR_PID"

# --- the verdict ---------------------------------------------------------------------------------------
value() { grep "^$1 " "$WORK/wrk.out" | awk '{print $2}'; }
requests=$(value REQUESTS); seconds=$(value SECONDS); socket_errors=$(value SOCKET_ERRORS)
p50=$(value P50_MS); p99=$(value P99_MS); max=$(value MAX_MS)
errors=$(grep '^STATUS ' "$WORK/wrk.out" | awk '$2 >= 400 {s += $3} END {print s + 0}' || true)
server_errors=$(grep '^STATUS ' "$WORK/wrk.out" | awk '$2 >= 500 {s += $3} END {print s + 0}' || true)
statuses=$(grep '^STATUS ' "$WORK/wrk.out" | awk '{printf "%s%s × %s", sep, $3, $2; sep=", "}' || true)
acked=$(grep -c '^pivot [0-9]* 303$' "$WORK/editor.log" || true)
refused=$(grep -v '^writeup-path' "$WORK/editor.log" | grep -vc ' 303$' || true)
csv=$(curl -fs "$BASE/pivots.csv" || true)
found=0
for n in $(grep '^pivot [0-9]* 303$' "$WORK/editor.log" | awk '{print $2}'); do
  grep -q "Load editor save $n," <<<"$csv" && found=$((found + 1))
done
last_profile=$(grep '^profile [0-9]* 303$' "$WORK/editor.log" | tail -1 | awk '{print $2}' || true)
profile_ok=no
company_page=$(curl -fs "$BASE/companies/CORZ" || true)
grep -qE "Load revision ${last_profile}\.([^0-9]|\$)" <<<"$company_page" && profile_ok=yes
last_writeup=$(grep '^writeup [0-9]* 303$' "$WORK/editor.log" | tail -1 | awk '{print $2}' || true)
writeup_ok=n/a
if grep -q '^writeup-path /editor/writeups/[0-9]' "$WORK/editor.log"; then
  writeup_ok=no
  writeup_page=$(curl -fs "$BASE/writeups/load-run-notes" || true)
  [ -n "$last_writeup" ] && grep -qE "Revision ${last_writeup}([^0-9]|\$)" <<<"$writeup_page" && writeup_ok=yes
fi
round_median=$(sort -n "$WORK/rounds" | awk '{a[NR] = $1} END {print (NR ? a[int((NR + 1) / 2)] : "n/a")}')
rps=$(awk -v r="$requests" -v s="$seconds" 'BEGIN {printf "%.0f", r / s}')

verdict=PASS
{ [ "$socket_errors" = 0 ] && [ "$errors" = 0 ] && [ "$refused" = 0 ] && [ "$found" = "$acked" ] && [ "$acked" -gt 0 ] \
  && [ "$profile_ok" = yes ] && [ "$writeup_ok" != no ]; } || verdict=FAIL
unhandled=$(grep -c "Unhandled error" "$WORK/app.log" || true)
[ "$unhandled" -gt 0 ] && verdict=FAIL

cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
mkdir -p docs
cat >docs/LOAD.md <<REPORT
# Mixed read load with a concurrent editor

\`scripts/load.sh\` ($(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)):
the packaged jar on an H2 file with the demo data; wrk, ${CONNECTIONS} connections, 2 threads, ${DURATION} s,
cycling through the pages below, each request from a random reader address behind the trusted proxy
(so the per-client search limit applies per reader, as behind nginx); meanwhile one editor saves a
new pivot event, the CORZ profile and a published write-up (with the version its form carries) in
turn, pausing ${EDITOR_PAUSE} s after each round.

Machine: $(nproc) cores ($cpu), $(free -g | awk '/^Mem:/ {print $2}') GB memory; load average $(cut -d' ' -f1-3 /proc/loadavg)
right after the run (anything well above $(nproc) means other work shared the cores, and the figures are lower for it).

| measure | value |
|---|---|
| requests | $requests in ${seconds} s ($rps per second) |
| answers | $statuses |
| error answers (4xx, 5xx) | $errors (5xx: $server_errors) |
| socket errors and timeouts | $socket_errors |
| latency p50 / p99 / max | ${p50} ms / ${p99} ms / ${max} ms |
| editor saves acknowledged (303) | $acked pivot events, $(grep -c '^profile [0-9]* 303$' "$WORK/editor.log" || true) profile saves; not acknowledged: $refused |
| editor rounds (pivot event, profile, write-up read and save) | $(wc -l <"$WORK/rounds"), median $round_median s each |
| acknowledged pivot events found afterwards | $found of $acked |
| CORZ profile is the last acknowledged revision ($last_profile) | $profile_ok |
| write-up body is the last acknowledged revision (${last_writeup:-none}, $(grep -c '^writeup [0-9]* 303$' "$WORK/editor.log" || true) saves, each with the version its form carried) | $writeup_ok |
| errors the app logged (5xx it answered, to readers or the editor) | $unhandled |
| verdict | **$verdict** |

Pages: $(paste -sd' ' "$WORK/paths" | sed 's/ /, /g').
$( [ ${#skipped[@]} -gt 0 ] && echo "Not on this build (not 200, left out): ${skipped[*]}." )
REPORT
cat docs/LOAD.md
[ "$verdict" = PASS ]
