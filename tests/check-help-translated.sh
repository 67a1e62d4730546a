#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-help-translated.sh: fails when `bounce-back --help-all`, run in a language, prints an
# option, its placeholder, the summary or a heading other than as that language's catalogue says.
#   tests/check-help-translated.sh BOUNCE_BACK LOCALEDIR LANGUAGE
# LOCALEDIR holds the build's bounce-back.mo files (BOUNCE_BACK_LOCALEDIR); GLib's own words
# (Usage:, the help options) come from its glib20 catalogue, wherever the system keeps it.
set -eu

program=${1:?usage: check-help-translated.sh BOUNCE_BACK LOCALEDIR LANGUAGE}
localedir=${2:?usage: check-help-translated.sh BOUNCE_BACK LOCALEDIR LANGUAGE}
language=${3:?usage: check-help-translated.sh BOUNCE_BACK LOCALEDIR LANGUAGE}

# This machine may have no locale but C: C.UTF-8 lets LANGUAGE choose the catalogue, as the
# test-i18n programs do.
export LC_ALL=C.UTF-8
export BOUNCE_BACK_LOCALEDIR="$localedir"

english=$(LANGUAGE= "$program" --help-all)
translated=$(LANGUAGE="$language" "$program" --help-all)

# What the catalogue of DOMAIN says MSGID is in the language under test.
ours () {
  LANGUAGE="$language" TEXTDOMAINDIR="$localedir" gettext -d bounce-back -- "$1"
}
glibs () {
  LANGUAGE="$language" gettext -d glib20 -- "$1"
}

# The options GLib adds itself: their words are GLib's, translated or not by its catalogue.
is_glibs () {
  case $1 in
    --help|--help-all|--help-gapplication|--gapplication-service) return 0 ;;
    *) return 1 ;;
  esac
}

# The line of HELP that describes --OPTION, split into "placeholder<TAB>description" (the
# placeholder is empty for an option without an argument).
describe () {
  printf '%s\n' "$1" | sed -n -E \
    "s/^ *(-[a-zA-Z], )?$2(=([^ ]+))? +(.*)$/\\3	\\4/p" | head -n 1
}

failed=0
fail () {
  echo "FAIL ($language): $*" >&2
  failed=1
}
check () {
  if [ "$2" = "$3" ]; then
    echo "ok: $1"
  else
    fail "$1 is \"$2\", the catalogue says \"$3\""
  fi
}

[ "$english" != "$translated" ] || fail "--help-all is the same as in English"

# Usage: and the headings GLib writes, in its own catalogue's words.
check "Usage:" "$(printf '%s\n' "$translated" | head -n 1)" "$(glibs 'Usage:')"
for heading in 'Help Options:' 'Application Options:'; do
  if printf '%s\n' "$translated" | grep -q -x -F -e "$(glibs "$heading")"; then
    echo "ok: $heading"
  else
    fail "no heading \"$(glibs "$heading")\" for \"$heading\""
  fi
done

# The summary is the paragraph after Usage: (line 4, after the command line and a blank line).
summary=$(printf '%s\n' "$english" | sed -n 4p)
[ -n "$summary" ] || fail "the English --help-all has no summary"
check "the summary" "$(printf '%s\n' "$translated" | sed -n 4p)" "$(ours "$summary")"
[ "$(ours "$summary")" != "$summary" ] || fail "the summary is not translated"

options=$(printf '%s\n' "$english" | grep -o -E '^ *(-[a-zA-Z], )?--[a-z-]+' |
  grep -o -E -e '--[a-z-]+')
[ -n "$options" ] || fail "the English --help-all printed no option"

for option in $options; do
  line=$(describe "$english" "$option")
  placeholder=$(printf '%s' "$line" | cut -f 1)
  description=$(printf '%s' "$line" | cut -f 2)
  line=$(describe "$translated" "$option")
  if [ -z "$line" ]; then
    fail "$option is missing from the translated --help-all"
    continue
  fi
  if is_glibs "$option"; then
    want=$(glibs "$description")
  else
    want=$(ours "$description")
    # One of ours must be translated: the same words as in English mean a missing message.
    [ "$want" != "$description" ] || fail "$option: \"$description\" has no translation"
  fi
  check "$option" "$(printf '%s' "$line" | cut -f 2)" "$want"
  if [ -n "$placeholder" ]; then
    want=$(ours "$placeholder")
    [ "$want" != "$placeholder" ] || fail "$option: placeholder $placeholder has no translation"
    check "$option's placeholder" "$(printf '%s' "$line" | cut -f 1)" "$want"
  fi
done

exit $failed
