#!/usr/bin/env bash
# Takes the README's screenshots of the whole-company check from the real app under Xvfb at 800×600, keyboard
# only: the start screen with "several things", a question naming its topic, the combined conclusion; then the
# same at the largest text size.
# Usage (after mvn package):  docs/screenshots/take-combined.sh [OUT_DIR] [LANGUAGE]
# Needs: apt-get install xvfb xdotool imagemagick libgtk-3-0 libxtst6
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-docs/screenshots}
LANG_CODE=${2:-nl}
SCREEN=:97
Xvfb "$SCREEN" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
sleep 1
run() {  # $1 = suffix of the file names, $2 = number of Ctrl+= presses (text size steps)
  DISPLAY=$SCREEN java -Duser.language="$LANG_CODE" -jar target/profielwijzer.jar >/dev/null 2>&1 &
  APP=$!
  WINDOW=$(DISPLAY=$SCREEN xdotool search --sync --name Profielwijzer | head -1)
  sleep 4
  DISPLAY=$SCREEN xdotool windowsize "$WINDOW" 800 600
  DISPLAY=$SCREEN xdotool mousemove 0 0
  key() { DISPLAY=$SCREEN xdotool key --window "$WINDOW" "$@"; sleep 0.8; }
  shot() { DISPLAY=$SCREEN import -window "$WINDOW" "$OUT/$1$SUFFIX.png"; echo "wrote $OUT/$1$SUFFIX.png"; }
  SUFFIX=$1
  for _ in $(seq 1 "$2"); do key ctrl+equal; done
  key Tab space                           # Werknemer / Employee
  key Tab space                           # open "Ik krijg meerdere vragen van mijn werkgever"
  key Tab space Tab space Tab space       # tick profile, photo, LinkedIn
  key Tab Tab Tab space                   # skip the two relatiebeding topics, tick social media at work
  key Tab                                 # on "Begin met de 4 aangevinkte onderwerpen"
  shot combined-start
  key Return                              # begin: the shared facts first
  sleep 1
  shot combined-question-shared
  for _ in $(seq 1 4); do key space Return; done   # the four shared facts, first options
  shot combined-question-topic
  for _ in $(seq 1 12); do key space Return; done  # first options to the end
  sleep 1
  key Home                                # the conclusion from its top
  shot combined-conclusion
  kill $APP 2>/dev/null || true
  sleep 1
}
trap 'kill $XVFB 2>/dev/null || true' EXIT
run "" 0
run "-largest" 3
