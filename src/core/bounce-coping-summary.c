/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-coping-summary.c: the week of the coping log, told in a few kind words. */
#define G_LOG_DOMAIN "bounce-coping-summary"

#include <glib/gi18n.h>

#include "bounce-coping-summary.h"
#include "bounce-coping.h"
#include "bounce-format.h"

/* Escape "dominates" past twice the time of what helps: only then is a walk suggested,
 * and even then as something that might feel good, never as a correction. */
#define ESCAPE_DOMINATES_FACTOR 2

static BounceCopingKind
kind_of (const char *id)
{
  const BounceCopingActivity *activity = bounce_coping_lookup_activity (id);

  return activity != NULL ? activity->kind : BOUNCE_COPING_OTHER;
}

/* "walking, writing, talking": the activities that help with the most time, at most
 * BOUNCE_COPING_SUMMARY_MAX_NAMED of them, in the order of @totals. */
static char *
name_what_helps (GArray *totals)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_null_terminated (0, NULL, TRUE);

  for (guint i = 0; i < totals->len && names->len < BOUNCE_COPING_SUMMARY_MAX_NAMED; i++)
    {
      const BounceCopingTotal *total = &g_array_index (totals, BounceCopingTotal, i);
      const BounceCopingActivity *activity = bounce_coping_lookup_activity (total->activity);

      if (activity != NULL && activity->kind == BOUNCE_COPING_HELPS && total->minutes > 0)
        g_ptr_array_add (names, (gpointer) bounce_coping_activity_get_phrase (activity));
    }

  if (names->len == 0)
    return g_strdup ("");

  /* Translators: what goes between the names of activities in the weekly summary,
   * as in "walking, writing, talking". */
  return g_strjoinv (C_("list of activities", ", "), (char **) names->pdata);
}

/**
 * bounce_coping_summarize:
 * @totals: (element-type BounceCopingTotal): the log of the last seven days, as
 *   bounce_store_sum_coping() sums it up, the most minutes first
 *
 * Tells how the last seven days went, kindly: the time that went to things that
 * help (naming the first few) and to escape, and a word that judges neither. Both
 * have their place; only when escape takes most of the time is a short walk
 * suggested, gently. No streaks, no scores, nobody else to compare with.
 *
 * Returns: (transfer full) (nullable): one or two sentences, translated, or
 *   %NULL when nothing was logged
 */
char *
bounce_coping_summarize (GArray *totals)
{
  gint64 minutes[BOUNCE_COPING_OTHER + 1] = { 0 };
  guint entries = 0;
  g_autofree char *helps = NULL;
  g_autofree char *escape = NULL;
  g_autofree char *other = NULL;
  g_autofree char *names = NULL;
  g_autofree char *what = NULL;
  const char *word = NULL;

  g_return_val_if_fail (totals != NULL, NULL);

  for (guint i = 0; i < totals->len; i++)
    {
      const BounceCopingTotal *total = &g_array_index (totals, BounceCopingTotal, i);

      minutes[kind_of (total->activity)] += MAX (total->minutes, 0);
      entries += total->count;
    }

  if (entries == 0)
    return NULL;

  helps = bounce_format_minutes (minutes[BOUNCE_COPING_HELPS]);
  escape = bounce_format_minutes (minutes[BOUNCE_COPING_ESCAPE]);
  other = bounce_format_minutes (minutes[BOUNCE_COPING_OTHER]);
  names = name_what_helps (totals);

  if (minutes[BOUNCE_COPING_HELPS] > 0 && minutes[BOUNCE_COPING_ESCAPE] > 0)
    /* Translators: the weekly summary of the coping log. %1$s is the time that went to
     * things that help ("2 h 10 min"), %2$s names them ("walking, writing, talking"),
     * %3$s is the time of escape ("3 h"). Plain and kind: neither is wrong. */
    what = g_strdup_printf (_("In the last seven days: %1$s of things that help — %2$s — "
                              "and %3$s of escape."), helps, names, escape);
  else if (minutes[BOUNCE_COPING_HELPS] > 0)
    /* Translators: as above, with no escape logged. */
    what = g_strdup_printf (_("In the last seven days: %1$s of things that help — %2$s."),
                            helps, names);
  else if (minutes[BOUNCE_COPING_ESCAPE] > 0)
    /* Translators: as above, with only escape logged ("3 h"). Not a reproach. */
    what = g_strdup_printf (_("In the last seven days: %s of escape."), escape);
  else if (minutes[BOUNCE_COPING_OTHER] > 0)
    /* Translators: as above, with only "something else" logged ("40 min"). */
    what = g_strdup_printf (_("In the last seven days: %s in the log."), other);
  else
    /* Translators: as above, when the entries have no minutes. */
    what = g_strdup_printf (ngettext ("In the last seven days: %u entry in the log.",
                                      "In the last seven days: %u entries in the log.",
                                      entries), entries);

  if (minutes[BOUNCE_COPING_ESCAPE] > 0 &&
      minutes[BOUNCE_COPING_ESCAPE] > ESCAPE_DOMINATES_FACTOR * minutes[BOUNCE_COPING_HELPS])
    /* Translators: after the summary, when escape took most of the week. Gentle: escape
     * is fine; a walk is only an offer. Never scold. */
    word = _("Escape is allowed on hard days; a short walk might feel good too.");
  else if (minutes[BOUNCE_COPING_ESCAPE] > 0 && minutes[BOUNCE_COPING_HELPS] > 0)
    /* Translators: after the summary, when both things that help and escape were logged. */
    word = _("Both have their place.");
  else if (minutes[BOUNCE_COPING_HELPS] > 0)
    /* Translators: after the summary, when only things that help were logged. */
    word = _("That is time you gave yourself.");

  if (minutes[BOUNCE_COPING_OTHER] > 0 &&
      (minutes[BOUNCE_COPING_HELPS] > 0 || minutes[BOUNCE_COPING_ESCAPE] > 0))
    {
      g_autofree char *also = NULL;
      g_autofree char *both = NULL;

      /* Translators: after the summary, the time of "something else" ("40 min"). */
      also = g_strdup_printf (_("Also %s of something else."), other);
      /* Translators: two sentences of the weekly summary, one after the other. */
      both = g_strdup_printf (C_("two sentences", "%1$s %2$s"), what, also);
      g_free (what);
      what = g_steal_pointer (&both);
    }

  if (word == NULL)
    return g_steal_pointer (&what);

  return g_strdup_printf (C_("two sentences", "%1$s %2$s"), what, word);
}
