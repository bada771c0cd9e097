#!/usr/bin/env bash
# Takes the README's screenshots from the real app under Xvfb, in Dutch, by driving it with the keyboard.
# Usage (after mvn package):  docs/screenshots/take.sh TREES_DIR [OUT_DIR]
# Needs: apt-get install xvfb xdotool imagemagick libgtk-3-0 libxtst6
set -euo pipefail
cd "$(dirname "$0")/../.."
TREES=${1:?usage: take.sh TREES_DIR [OUT_DIR]}
OUT=${2:-docs/screenshots}
SCREEN=:97
. docs/screenshots/start-app.sh

DISPLAY=$SCREEN xdotool mousemove 0 0      # no hover effects in the pictures
key Tab space                               # focus starts on Werkgever: Tab to Werknemer, choose it
shot start
key Tab Tab Return                          # the second topic
key space Return                            # answer the first question with its first option
key shift+Tab space Tab space               # open "Waarom vragen we dit?", back to the first option, choose it
shot question
for _ in $(seq 1 12); do key space Return; done   # first options to the end (harmless on the conclusion)
key Home                                    # Space scrolls the conclusion: back to its top
shot conclusion
key ctrl+t                                  # the map of the whole tree, at 100 %, the path up to "you are here"
MAP=$(DISPLAY=$SCREEN xdotool search --sync --name "Kaart van het onderwerp" | head -1)
sleep 1.5
DISPLAY=$SCREEN import -window "$MAP" "$OUT/map.png"; echo "wrote $OUT/map.png"
