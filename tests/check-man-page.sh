#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-man-page.sh: fails when an option that `bounce-back --help-all` prints is missing from
# the manual page.
#   tests/check-man-page.sh BOUNCE_BACK MAN_PAGE
set -eu

program=${1:?usage: check-man-page.sh BOUNCE_BACK MAN_PAGE}
page=${2:?usage: check-man-page.sh BOUNCE_BACK MAN_PAGE}

# In English, whatever the tester's language, so that the options are read as they are spelt.
options=$(LC_ALL=C LANGUAGE= "$program" --help-all | grep -o -e '^ *-[a-zA-Z], --[a-z-]*' \
  -e '^ *--[a-z-]*' | grep -o -e '--[a-z-]*' -e '^ *-[a-zA-Z]' | tr -d ' ' | sort -u)

[ -n "$options" ] || { echo "FAIL: $program --help-all printed no option" >&2; exit 1; }

failed=0
for option in $options; do
  # troff spells a hyphen "\-": "--export" is "\-\-export", and must not be only the start
  # of "\-\-export\-markdown".
  pattern=$(printf '%s\n' "$option" | sed 's/-/\\\\-/g')
  if grep -q -E "(^|[^a-z\\-])$pattern([^a-z\\-]|$)" "$page"; then
    echo "ok: $option"
  else
    echo "FAIL: $option is not in $page" >&2
    failed=1
  fi
done
exit $failed
