#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-translations.sh: fails when a shipped translation is incomplete or broken.
#   po/check-translations.sh SOURCE_DIR
# Builds a fresh template from po/POTFILES.in (as meson's i18n 'glib' preset does), then, for
# every language in po/LINGUAS, merges its .po with that template and fails on any untranslated
# or fuzzy message, on format or mnemonic mismatches, and on invalid date formats.
set -eu

srcdir=${1:?usage: check-translations.sh SOURCE_DIR}
srcdir=$(cd "$srcdir" && pwd)
podir=$srcdir/po

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-translations.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# English messages so that msgfmt's statistics line can be read whatever the locale.
export LC_ALL=C.UTF-8 LANGUAGE=

failed=0
fail () {
  echo "FAIL: $*" >&2
  failed=1
}

# 1. A fresh template, exactly as the 'glib' preset plus po/meson.build's args make it.
(cd "$srcdir" && xgettext --package-name=bounce-back -f "$podir/POTFILES.in" -D "$srcdir" \
  --from-code=UTF-8 --add-comments=Translators \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
  -o "$tmp/bounce-back.pot")

[[ -s $tmp/bounce-back.pot ]] || { echo "FAIL: xgettext wrote no template" >&2; exit 1; }

# 2. xgettext must really have read the non-C files (through its ITS rules): each kind of file
#    listed in POTFILES.in has to give at least one message to the template.
listed=$(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$podir/POTFILES.in" || true)
for kind in '\.ui' '\.desktop\.in' '\.metainfo\.xml\.in' '\.gschema\.xml' '\.c'; do
  if grep -q -e "$kind\$" <<<"$listed" &&
     ! grep -q -E "^#:.*${kind}:[0-9]+" "$tmp/bounce-back.pot"; then
    fail "xgettext found no message in the ${kind//\\/} files of POTFILES.in (missing ITS rules?)"
  fi
done

# 3. Every source file that marks strings must be listed, or its strings are never translated.
while IFS= read -r -d '' file; do
  rel=${file#"$srcdir"/}
  if ! grep -qx -F -e "$rel" <<<"$listed"; then
    fail "$rel has translatable strings but is not listed in po/POTFILES.in"
  fi
done < <(
  { [[ -d $srcdir/src ]] && grep -rlZ -E '\b(N?C?_|g_dn?gettext|g_dpgettext2|ngettext)[[:space:]]*\(' \
      --include='*.c' "$srcdir/src"
    [[ -d $srcdir/ui ]] && grep -rlZ -e 'translatable="yes"' --include='*.ui' "$srcdir/ui"
  } || true
)

total=$(msgattrib --no-wrap "$tmp/bounce-back.pot" | grep -c '^msgid ' || true)
echo "template: $((total - 1)) messages"

# 4. Every language in LINGUAS, merged with the fresh template.
mapfile -t languages < <(sed -e 's/#.*//' -e 's/[[:space:]]\+/\n/g' "$podir/LINGUAS" | grep -v '^$')
((${#languages[@]})) || fail "po/LINGUAS lists no language"

for po in "$podir"/*.po; do
  [[ -e $po ]] || continue
  lang=$(basename "$po" .po)
  printf '%s\n' "${languages[@]}" | grep -qx -F -e "$lang" ||
    fail "po/$lang.po exists but $lang is not listed in po/LINGUAS, so it is not installed"
done

for lang in "${languages[@]}"; do
  po=$podir/$lang.po
  if [[ ! -f $po ]]; then
    fail "$lang is listed in po/LINGUAS but po/$lang.po does not exist"
    continue
  fi

  # Format strings, plural forms, header and keyboard mnemonics of the file as shipped.
  if ! msgfmt --check -c --check-accelerators=_ -o /dev/null "$po" 2>"$tmp/$lang.check"; then
    sed 's/^/  /' "$tmp/$lang.check" >&2
    fail "$lang: msgfmt --check found errors in po/$lang.po"
  fi

  if ! msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/bounce-back.pot" 2>"$tmp/$lang.merge"; then
    sed 's/^/  /' "$tmp/$lang.merge" >&2
    fail "$lang: po/$lang.po cannot be merged with the template"
    continue
  fi

  stats=$(msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1) ||
    fail "$lang: the merged catalogue does not compile: $stats"
  translated=$(grep -o -E '[0-9]+ translated' <<<"$stats" | grep -o -E '^[0-9]+' || echo 0)
  fuzzy=$(grep -o -E '[0-9]+ fuzzy' <<<"$stats" | grep -o -E '^[0-9]+' || echo 0)
  untranslated=$(grep -o -E '[0-9]+ untranslated' <<<"$stats" | grep -o -E '^[0-9]+' || echo 0)

  if ((fuzzy > 0 || untranslated > 0)); then
    fail "$lang: $untranslated untranslated and $fuzzy fuzzy of $((total - 1)) messages"
    # Name them, so the fix is easy to find.
    msgattrib --only-fuzzy --no-obsolete "$tmp/$lang.po" 2>/dev/null |
      grep -E '^msg(ctxt|id) ' | grep -v '^msgid ""$' | sed 's/^/  fuzzy: /' >&2 || true
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" 2>/dev/null |
      grep -E '^msg(ctxt|id) ' | grep -v '^msgid ""$' | sed 's/^/  untranslated: /' >&2 || true
  fi

  # Date formats for g_date_time_format(): only conversions it knows, and no stray '%'.
  while IFS= read -r -d '' format; do
    rest=$(sed -E 's/%(%|[-_0]?[EO]?[aAbBcCdeFgGhHIjklmMpPrRsSuVwxXyYzZ]|:{1,3}z)//g' <<<"$format")
    if [[ $rest == *%* ]]; then
      fail "$lang: “$format” is not a valid g_date_time_format() format"
    fi
  done < <(msggrep --msgctxt -E -e '^day in ' "$tmp/$lang.po" | msgattrib --translated --no-obsolete |
           msgexec 0 | tr '\n' ' ' | tail -z -n +2)

  echo "$lang: $translated translated, $fuzzy fuzzy, $untranslated untranslated"
done

if ((failed)); then
  echo "Some translations are incomplete or broken (see above)." >&2
  exit 1
fi
echo "All ${#languages[@]} translations are complete."
