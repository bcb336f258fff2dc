#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Every track of the bundled guide, walked in a real window under Xvfb by keyboard alone (xdotool),
# from the start screen to the summary: Gesprek (every theme), Voorbereiden (all seven topics),
# Zelfreflectie (every scale), Stagebegeleiding (every theme,
# who takes part with initials), Vervolggesprek, Beleid and Opleiding (the plans), a follow-up of the Gesprek record (its look back
# on each earlier agreement: keep, and adjust with new text) and the safety route. After each walk
# the finished record on disk holds the answers given, and is mode 0600.
# Each track is data: one function that lists its key presses, with `@NODE` lines that wait until
# the record stands on that step (so a slow machine only makes it slower, and a key that went
# astray is named by the step it stopped at), and one function that checks its record.
# Usage: every_track_by_keyboard.sh HANDREIKING_BINARY PACK_DIR   (run under xvfb-run -a)
# ZOOM=200 runs the app at that text size; SHOTS=DIR keeps a picture of the screen at every step.
KEY_PAUSE=${KEY_PAUSE:-0.3}
source "$(dirname "$0")/common.sh" "$@"
zoom=${ZOOM:-100}
gesprek_record=
shots=${SHOTS:-}
[ -z "$shots" ] || mkdir -p "$shots"

fail() { echo "FAIL [${track:-}]: $*" >&2; [ -n "${rec:-}" ] && [ -f "$rec" ] && cat "$rec" >&2; exit 1; }

# The record of the walk under way: the newest file in its records folder.
record() { rec=$(ls -t "$data"/*.yaml 2>/dev/null | head -1 || true); }

# Whether the record has reached `node` (`private`: one more private step than it had;
# `position N`: the Nth step, counting a follow-up's look back on each earlier agreement).
reached() {
  record
  [ -n "$rec" ] || return 1
  if [ "${1%% *}" = position ]; then
    grep -q -x "position: ${1#* }" "$rec"
  elif [ "$1" = private ]; then
    [ "$(grep -c -x '  - private: true' "$rec")" -ge "$privates" ]
  else
    grep -q -x "  - node: $1" "$rec"
  fi
}

# Waits (up to 15 s) until the record has reached `node`; then keeps a picture when asked.
at_node() {
  local node=$1 n
  [ "$node" != private ] || privates=$((privates + 1))
  for n in $(seq 1 75); do
    reached "$node" && break
    sleep 0.2
  done
  reached "$node" || fail "the walk never reached $node (step $((step + 1)))"
  sleep 0.3  # the step's first frames: the focus goes to its first control
  step=$((step + 1))
  [ -z "$shots" ] || import -window root "$shots/$(printf '%s-%02d-%s' "$track" "$step" "${node// /}").png"
}

# Plays a track's lines: `type: TEXT` types the text; else a line is a list of keys for xdotool,
# after `@NODE` (wait for that step) if it starts with one.
play() {
  local line
  while IFS= read -r line; do
    line=${line%%#*}
    case "$line" in
      *[![:space:]]*) ;;
      *) continue ;;
    esac
    read -r -a words <<<"$line"
    case "${words[0]}" in
      type:) xdotool type --delay 40 "${line#*type: }"; sleep "$KEY_PAUSE"; continue ;;
      @position) at_node "position ${words[1]}"; words=("${words[@]:2}") ;;
      @*) at_node "${words[0]#@}"; words=("${words[@]:1}") ;;
    esac
    for key in "${words[@]}"; do k "$key"; done
  done
}

start_app() {
  "$bin" --content "$pack" --data-dir "$data" --size 1024x768 --zoom "$zoom" 2>>"$work/app.err" &
  app=$!
  wid=$(xdotool search --sync --name "Eigen ervaring in je werk" | head -1)
  focus_window "$wid"
  sleep 0.5
}

stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; }

# The path entry of `node` in the record: its lines, up to the next entry.
entry() { awk -v want="  - node: $1" '$0 == want {on = 1; next} on && /^  (- |[a-z])|^[a-z]/ {exit} on' "$rec"; }

# The finished record (mode 0600) holds what each line asks: `NODE: REGEX` the answer at that
# step, `*: REGEX` anything anywhere (extended regular expressions).
expect() {
  local node pattern
  grep -q '^finished: true$' "$rec" || fail "the record is not finished"
  [ "$(stat -c %a "$rec")" = 600 ] || fail "the record's mode is $(stat -c %a "$rec")"
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    node=${line%%: *}
    pattern=${line#*: }
    if [ "$node" = '*' ]; then
      grep -q -E -- "$pattern" "$rec" || fail "the record lacks /$pattern/"
    else
      entry "$node" | grep -q -E -- "$pattern" || fail "the answer at $node is not /$pattern/: $(entry "$node")"
    fi
  done
}

# --- The tracks, in the order of the start screen (digit = place) -----------------------------

keys_gesprek() {
  play <<'EOF'
1                       # track 1
@gesprek-welkom Return  # info: Verder has the focus
@private 2 Return                # veiligheid (private): het is nu veilig
@gesprek-initiatief 2 Return
@gesprek-initiatief-signalen Return
@gesprek-vertrouwelijk Return
@gesprek-toestemming 1 Return
@gesprek-themas 1 space 2 space 3 space 4 space 5 space 6 space ctrl+Return   # every theme
@gesprek-werk-situaties 2 space ctrl+Return                                   # meldcode
@gesprek-werk-vragen Return
@gesprek-werk-meldcode Return
@gesprek-kracht Return
@gesprek-kracht-team 1 Return
@gesprek-kracht-doel 1 Return    # a goal for oneself, not in the POP
@gesprek-valkuilen-uitleg Return
@private 1 space 4 space ctrl+Return   # valkuilen-herkennen (private)
@gesprek-valkuilen-vragen Return
@gesprek-valkuilen-casussen 2 Return
@gesprek-welzijn Return
@private 1 Return                # welzijn-belasting (private): goed
@gesprek-welzijn-steun 3 space ctrl+Return
@gesprek-delen-clienten-uitleg Return
@gesprek-delen-clienten-vragen Return
@gesprek-delen-clienten-keuze 2 Return
@gesprek-team Return
@gesprek-team-keuze 1 Return
@gesprek-afronden Return
@gesprek-afspraken 1 Return   # suggestion 1, added
ctrl+n                  # a free agreement, with a due date
type: Samen terugkijken op de eerste maand
Tab
type: 15-1-2027
Return                  # saves it; the focus goes to it in the list
Tab                     # the next conversation's date
type: 1-3-2027
Return                  # a field: the step stays
ctrl+Return
@gesprek-einde
EOF
}
check_gesprek() {
  expect <<'EOF'
gesprek-initiatief: choice: leidinggevende
gesprek-initiatief-signalen: confirmed: true
gesprek-toestemming: choice: ja
gesprek-themas: checked: \[werk, kracht, valkuilen, welzijn, clienten, team\]
gesprek-werk-situaties: checked: \[meldcode\]
gesprek-werk-meldcode: confirmed: true
gesprek-kracht-team: choice: ja
gesprek-kracht-doel: choice: prive
gesprek-valkuilen-casussen: choice: meekijken
gesprek-welzijn-steun: checked: \[casussen\]
gesprek-delen-clienten-keuze: choice: soms
gesprek-team-keuze: choice: niets
*: template: 
*: text: Samen terugkijken op de eerste maand
*: due: 2027-01-15
*: next_conversation: 2027-03-01
EOF
  [ "$(grep -c '^  - id: a' "$rec")" = 2 ] || fail "expected two agreements"
  ! grep -q 'projectie' "$rec" || fail "the private pitfalls checklist is on disk"
  gesprek_record=$(basename "$rec" .yaml)
}

keys_voorbereiden() {
  play <<'EOF2'
2                       # track 2
@private Return       # welkom (private)
@private 2 Return                # veiligheid (private): veilig
@voorb-vrijwillig Return
@voorb-initiatief 2 Return
@voorb-signalen Return
@voorb-onderwerpen 1 space 2 space 3 space 4 space 5 space 6 space 7 space ctrl+Return
@voorb-opening Return
@voorb-werk Return
@voorb-meldcode Return
@voorb-kracht Return
@voorb-valkuilen Return
@voorb-welzijn Return
@voorb-clienten Return
@voorb-team Return
@voorb-actueel Return
@voorb-praktisch Return
@voorb-afspraken 2 Return ctrl+Return
@voorb-einde
EOF2
}
check_voorbereiden() {
  expect <<'EOF2'
voorb-initiatief: choice: signalen
voorb-onderwerpen: checked: \[werk, kracht, valkuilen, welzijn, clienten, team, actueel\]
voorb-actueel: confirmed: true
voorb-praktisch: confirmed: true
*: template: 
EOF2
}

keys_zelfreflectie() {
  play <<'EOF2'
3                       # track 3
@private Return       # welkom (private)
@private 2 Return                # veiligheid (private): veilig
@private Return       # uitleg (private)
@private 4 space 5 space ctrl+Return   # the safety scale (private)
@zelf-blok-raken 2 space 4 space 3 space 5 space ctrl+Return
@zelf-raken-merken Return
@zelf-blok-ruimte 4 space 4 space 4 space ctrl+Return
@zelf-blok-delen 5 space 4 space 3 space 4 space ctrl+Return
@zelf-blok-steun 4 space 4 space 4 space 4 space ctrl+Return
@zelf-gesprek-keuze 1 Return
@zelf-blok-gesprek 3 space 4 space 4 space 5 space ctrl+Return
@zelf-gesprek-tips Return
@private Return       # overzicht (private)
@zelf-afspraken 1 Return ctrl+Return
@zelf-einde
EOF2
}
check_zelfreflectie() {
  expect <<'EOF2'
zelf-blok-raken: scale: \{zr_merk_eigen_gevoel: 4, zr_merk_raken: 2, zr_na_contact: 5, zr_weet_wat_helpt: 3\}
zelf-raken-merken: confirmed: true
zelf-blok-ruimte: scale: \{zr_afstand_ervaring: 4, zr_kan_praten: 4, zr_verder_kijken: 4\}
zelf-blok-delen: scale: \{zr_delen_kort: 4, zr_overleg_delen: 3, zr_vrij_niet_delen: 4, zr_weet_waarom_delen: 5\}
zelf-blok-steun: scale: \{zr_energie: 4, zr_heb_steun: 4, zr_steun_werk: 4, zr_weet_weg: 4\}
zelf-gesprek-keuze: choice: ja
zelf-blok-gesprek: scale: \{zr_veilig_bij_lg: 5, zr_weet_wat_nodig: 4, zr_weet_wat_vertellen: 4, zr_wil_gesprek: 3\}
*: template: 
EOF2
  ! grep -q 'zr_voel_veilig' "$rec" || fail "the private scale's answers are on disk"
}

keys_stagebegeleiding() {
  play <<'EOF2'
4                       # track 4
@stage-welkom Return
@private 2 Return                # veiligheid (private): veilig
@private 2 Return                # leeftijd (private): volwassen
@stage-machtsverschil Return
@stage-toestemming 1 Return
@stage-themas 1 space 2 space 3 space 4 space 5 space ctrl+Return
@stage-triggers Return
@stage-casussen Return
@stage-casussen-keuze 2 Return
@stage-delen Return
@stage-delen-keuze 1 Return
@stage-leerdoel-keuze 3 Return
@stage-steun Return
@stage-opleiding Return
@stage-beoordeling Return
@stage-afspraken 3 Return   # suggestion 3, added; the focus goes to it in the list
Tab Return              # the next conversation's date field, left empty
Down Return             # "Wie doen er mee?", opened
Down space              # the first role of this track, Student, takes part
Tab                     # to its initials, beside it
type: JS
Return                  # a field: the step stays
Down space              # Stagebegeleider takes part too
ctrl+Return
@stage-einde
EOF2
}
check_stagebegeleiding() {
  expect <<'EOF2'
stage-toestemming: choice: ja
stage-themas: checked: \[triggers, casussen, delen, steun, opleiding\]
stage-casussen-keuze: choice: samen
stage-delen-keuze: choice: niemand
stage-opleiding: confirmed: true
*: template: 
*: role: student
*: initials: JS
*: role: stagebegeleider
EOF2
}

keys_vervolggesprek() {
  play <<'EOF2'
5                       # track 5, started from its card: nothing to look back on
@vervolg-welkom Return
@private 2 Return                # veiligheid (private)
@vervolg-wie 2 Return            # a student and a placement supervisor
@vervolg-toestemming 1 Return
@vervolg-eerdere-afspraken Return   # the review step: nothing to look back on
@vervolg-terugblik 2 Return
@vervolg-veranderd Return
@vervolg-onderwerpen 1 space 3 space ctrl+Return
@vervolg-datum Return
@vervolg-afspraken-stage 1 Return ctrl+Return   # the placement's agreements
@vervolg-einde
EOF2
}
check_vervolggesprek() {
  expect <<'EOF2'
vervolg-wie: choice: stage
vervolg-terugblik: choice: wisselend
vervolg-onderwerpen: checked: \[casussen, reflectie\]
*: template: 
EOF2
  ! grep -q '^reviews:' "$rec" || fail "a follow-up from the card has nothing to look back on"
}

# The policy plan: every chapter (the tenth past 9 reached with an arrow), one building block.
keys_beleid() {
  play <<'EOF2'
6                       # track 6
@private Return         # welkom (private)
@private 2 Return       # veiligheid (private): veilig
@beleid-waarom Return
@beleid-meningen Return
@beleid-visie Return
@beleid-onderdelen 1 space 2 space 3 space 4 space 5 space 6 space 7 space 8 space 9 space
Down space ctrl+Return  # the tenth chapter has no digit: an arrow reaches it
@beleid-draagvlak Return
@beleid-kaders Return
@beleid-rol Return
@beleid-reflectie Return
@beleid-hr Return
@beleid-secundair Return
@beleid-thuis Return
@beleid-pleger Return
@beleid-team Return
@beleid-rolgrenzen Return
@beleid-invoeren Return
@beleid-afspraken 1 Return ctrl+Return
@beleid-einde
EOF2
}
check_beleid() {
  expect <<'EOF2'
beleid-onderdelen: checked: \[draagvlak, kaders, rol, reflectie, hr, secundair, thuis, pleger, team, rolgrenzen\]
beleid-invoeren: confirmed: true
*: template: beleid-
EOF2
}

# The programme plan: two chapters, the one for students under 18 among them.
keys_opleiding() {
  play <<'EOF2'
8                       # track 8
@private Return         # welkom (private)
@private 2 Return       # veiligheid (private): veilig
@opl-uitgangspunten Return
@opl-woorden Return
@opl-onderdelen 3 space 7 space ctrl+Return
@opl-beoordeling Return
@opl-onder-18 Return
@opl-afspraken 1 Return ctrl+Return
@opl-einde
EOF2
}
check_opleiding() {
  expect <<'EOF2'
opl-onderdelen: checked: \[beoordeling, onder-18\]
*: template: opl-
EOF2
}

# A follow-up of the Gesprek record, opened from its row on the start screen: welcome, safety and
# consent first, then at the review step the look back on its two agreements (keep the first;
# adjust the second, with new text), then the rest of the track.
keys_vervolg_op_gesprek() {
  # One Down per track of the guide, however many it has, to pass them all.
  local downs
  downs=$(printf 'Down %.0s' $(seq 1 "$("$bin" info "$pack" | grep -c '^track ')"))
  play <<EOF2
F6                      # the start screen's list: the focus on the first track
$downs  # past the tracks to the record's first button (Verder gaan)
Right Return            # Vervolggesprek
@vervolg-welkom Return
@private 2 Return       # veiligheid (private)
@vervolg-wie 1 Return   # a professional and a manager
@vervolg-toestemming 1 Return
@vervolg-eerdere-afspraken Return
@position 5 1 Return    # the first agreement: keep it
@position 6 2 Return    # the second: adjust; the field opens with its text
End
type:  en daarna elke maand
Return                  # in the field: on to Verder
Return                  # Verder
@vervolg-terugblik 1 Return
@vervolg-veranderd Return
@vervolg-onderwerpen 6 space ctrl+Return
@vervolg-datum Return
@vervolg-afspraken ctrl+Return
@vervolg-einde
EOF2
}
check_vervolg_op_gesprek() {
  expect <<EOF2
*: ^follow_up_of: $gesprek_record\$
*: ^track: vervolggesprek\$
*: outcome: keep
*: outcome: adjust
*: text: Samen terugkijken op de eerste maand en daarna elke maand
vervolg-wie: choice: leiding
vervolg-terugblik: choice: goed
vervolg-onderwerpen: checked: \\[niets\\]
EOF2
  [ "$(ls "$data"/*.yaml | wc -l)" = 2 ] || fail "expected the earlier record and the follow-up"
}

# The safety route, from Gesprek: "there is danger now" goes there at once; nothing of it is on
# disk but that private steps were passed, and the agreements made there.
keys_veiligheid() {
  play <<'EOF2'
1
@gesprek-welkom Return
@private 1 Return       # er is nu gevaar
@private Return         # veiligheid-nu
@private Return         # veiligheid-werk
@private 1 Return ctrl+Return   # veiligheid-afspraken: the first suggestion
@private                # veiligheid-einde
EOF2
}
check_veiligheid() {
  expect <<'EOF2'
*: template: veiligheid-werk
EOF2
  ! grep -q 'node: veiligheid' "$rec" || fail "a step of the safety route is named on disk"
  [ "$(grep -c -x '  - private: true' "$rec")" = 5 ] || fail "expected five private steps"
}

# --- Running them -----------------------------------------------------------------------------

run() {
  track=$1
  step=0
  privates=0
  rec=
  data=$work/data-$track
  [ -z "${2:-}" ] || cp -a "$work/data-$2" "$data"
  start_app
  "keys_$track"
  record
  stop_app
  "check_$track"
  echo "ok: $track ($step steps)"
}

for t in ${TRACKS:-gesprek voorbereiden zelfreflectie stagebegeleiding vervolggesprek beleid opleiding vervolg_op_gesprek veiligheid}; do
  run "$t" "$([ "$t" = vervolg_op_gesprek ] && echo gesprek)"
done
echo "all tracks by keyboard: ok"
