/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-yet.h: finding "I can't ..." in what a person writes, and the "yet" that could follow. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BounceYetSuggestion:
 * @clause_start: the first byte of the clause, its first character that is not a space
 * @clause_end: the byte after the clause's last character, before its punctuation and spaces
 * @edit_start: the first byte that the edit replaces
 * @edit_end: the byte after the last one it replaces; equal to @edit_start for an insertion
 * @edit_text: what goes in place of the bytes from @edit_start to @edit_end
 * @clause: the clause as written
 * @suggestion: the clause as it reads with the edit
 *
 * One clause in which the person says a fixed "I can't" about themselves, and the edit
 * that adds "yet" (or "noch", "todavía", "encore", "ainda", "بعد") to it. Every offset
 * is in bytes of the text that was searched and falls on a character boundary; the
 * edit lies inside the clause.
 */
typedef struct
{
  gsize  clause_start;
  gsize  clause_end;
  gsize  edit_start;
  gsize  edit_end;
  char  *edit_text;
  char  *clause;
  char  *suggestion;
} BounceYetSuggestion;

BounceYetSuggestion *bounce_yet_suggestion_copy (const BounceYetSuggestion *suggestion);
void                 bounce_yet_suggestion_free (BounceYetSuggestion       *suggestion);

GPtrArray           *bounce_yet_find            (const char                *text,
                                                 const char                *language);
GPtrArray           *bounce_yet_find_in_excerpt (const char                *text,
                                                 gboolean                   cut_before,
                                                 gboolean                   cut_after,
                                                 const char                *language);
char                *bounce_yet_apply           (const char                *text,
                                                 const BounceYetSuggestion *suggestion);
const char          *bounce_yet_pick_language   (const char * const        *names);
gboolean             bounce_yet_is_clause_end   (gunichar                   c);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BounceYetSuggestion, bounce_yet_suggestion_free)

G_END_DECLS
