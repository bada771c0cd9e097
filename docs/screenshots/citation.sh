#!/usr/bin/env bash
# Takes docs/screenshots/citation.png: a citation on the conclusion screen, chosen, showing its summary, with the
# keyboard focus on "Openen in browser". Usage (after mvn package):  docs/screenshots/citation.sh [TREES_DIR] [OUT]
# Needs: apt-get install xvfb xdotool imagemagick libgtk-3-0 libxtst6.  SCREEN=:96 by default (override: SCREEN=:9N).
set -euo pipefail
cd "$(dirname "$0")/../.."
TREES=${1:-trees}
OUT=${2:-docs/screenshots}
SCREEN=${SCREEN:-:96}
. docs/screenshots/start-app.sh
DISPLAY=$SCREEN xdotool mousemove 0 0
key Tab space                                   # employee
key Tab Tab Return                              # the second topic (photo)
key space Return                                # first option
for _ in $(seq 1 12); do key space Return; done # first options to the conclusion (views differ)
key Home
DISPLAY=$SCREEN xdotool mousemove 600 400 click 5 click 5 click 5; sleep 1
DISPLAY=$SCREEN xdotool mousemove 500 611 click 1; sleep 0.5   # choose the first citation (under the AP's view)
key Tab                                         # focus moves to "Openen in browser"
DISPLAY=$SCREEN xdotool mousemove 600 400 click 5 click 5; sleep 0.3
DISPLAY=$SCREEN xdotool mousemove 1200 780; sleep 0.8
shot citation
