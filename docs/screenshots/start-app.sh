# Sourced by the screenshot scripts: starts Xvfb on $SCREEN and the app in Dutch on $TREES, waits for its window,
# and defines key (press keys, then wait) and shot NAME (the window to $OUT/NAME.png). Both stop on exit.
Xvfb "$SCREEN" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
sleep 1
DISPLAY=$SCREEN java -Duser.language=nl -Duser.country=NL -jar target/profielwijzer.jar --trees "$TREES" \
  >/dev/null 2>&1 &
APP=$!
trap 'kill $APP $XVFB 2>/dev/null || true' EXIT
WINDOW=$(DISPLAY=$SCREEN xdotool search --sync --name Profielwijzer | head -1)
sleep 4                                     # the first frame, then the trees
key() { DISPLAY=$SCREEN xdotool key --window "$WINDOW" "$@"; sleep 0.8; }
shot() { DISPLAY=$SCREEN import -window "$WINDOW" "$OUT/$1.png"; echo "wrote $OUT/$1.png"; }
