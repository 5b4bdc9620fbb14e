#!/usr/bin/env bash
# Times `faultline verify` over a whole class: a 30-trainee practice session on one
# scenario, each station played headless from the reference solution, then every attempt
# verified, one after another and two at a time. Figures go in docs/benchmarks.md.
#
#   scripts/bench-class-verify.sh [faultline binary] [trainees] [scenario name]
set -euo pipefail
bin=$(realpath "${1:-${CARGO_TARGET_DIR:-target}/release/faultline}")
trainees=${2:-30}
scenario=${3:-conveyor-tote-jam}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FAULTLINE_LAB_SECRET=bench-class-verify-secret-0123456789

{
    echo 'LabSession('
    echo '    id: "bench-class", title: "verify benchmark", course_id: "BENCH", assignment_id: "1",'
    echo '    roster: ['
    for i in $(seq -w 1 "$trainees"); do
        echo "        (id: \"t$i\", name: \"Trainee $i\", email: \"t$i@example.edu\", login: \"t$i\", section: \"A\"),"
    done
    echo '    ],'
    echo "    scenarios: InOrder([\"$repo/scenarios/$scenario.ron\"]),"
    echo '    mode: Practice, time_limit_min: 45.0, pass_mark: 60.0,'
    echo "    attempts_dir: \"$work/attempts\","
    echo '    secret_env: "FAULTLINE_LAB_SECRET", counts: Last,'
    echo ')'
} > "$work/session.ron"

cd "$work"
start=$(date +%s.%N)
for i in $(seq -w 1 "$trainees"); do
    "$bin" station --session session.ron --trainee "t$i" \
        --script "$repo/scenarios/solutions/$scenario.ron" > /dev/null
done
played=$(date +%s.%N)
logs=$(find attempts -name '*.jsonl' -not -path '*/outbox/*' | sort)
for log in $logs; do
    "$bin" verify "$log" | tail -1 | grep -q verified || { echo "not verified: $log"; exit 1; }
done
one_by_one=$(date +%s.%N)
echo "$logs" | xargs -P 2 -n 1 "$bin" verify > verify-parallel.txt
two_at_once=$(date +%s.%N)
verified=$(grep -c '^verified\|: verified' verify-parallel.txt || true)
printf 'trainees %s, scenario %s\n' "$trainees" "$scenario"
printf 'stations played:          %.1f s\n' "$(echo "$played - $start" | bc)"
printf 'verify, one after another: %.1f s\n' "$(echo "$one_by_one - $played" | bc)"
printf 'verify, two at a time:     %.1f s (%s lines saying verified)\n' "$(echo "$two_at_once - $one_by_one" | bc)" "$verified"
