/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-goal.c: a goal that was lost: what it was, when, what it cost, and its story. */
#define G_LOG_DOMAIN "bounce-goal"

#include <glib/gi18n.h>

#include "bounce-goal.h"

struct _BounceGoal
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceGoal, bounce_goal, BOUNCE_TYPE_RECORD)

/* A day kept as its midnight in UTC, read in UTC so that it stays the same day: its month
 * and year, or its year alone. */
static char *
format_day (gint64   seconds,
            gboolean with_month)
{
  g_autoptr(GDateTime) day = g_date_time_new_from_unix_utc (seconds);

  if (day == NULL)
    return NULL;

  if (with_month)
    /* Translators: the month and year a goal began or ended, for strftime-like
     * g_date_time_format(); e.g. "March 2019". Use %OB instead of %B if your language
     * names a month on its own in another form than in a date. */
    return g_date_time_format (day, C_("month and year", "%B %Y"));

  /* Translators: the year a goal began or ended, for g_date_time_format(); e.g. "2019". */
  return g_date_time_format (day, C_("year of a goal", "%Y"));
}

/* When the goal was pursued, from the days it began and ended. */
static char *
dup_span (BounceGoal *self,
          gboolean    with_month)
{
  g_autofree char *began = NULL;
  g_autofree char *ended = NULL;
  gint64 seconds;

  if (bounce_record_get_optional_int64 (BOUNCE_RECORD (self), "began", &seconds))
    began = format_day (seconds, with_month);
  if (bounce_record_get_optional_int64 (BOUNCE_RECORD (self), "ended", &seconds))
    ended = format_day (seconds, with_month);

  if (began != NULL && ended != NULL && g_str_equal (began, ended))
    return g_steal_pointer (&began);
  if (began != NULL && ended != NULL)
    /* Translators: when a goal was pursued, from when it began to when it ended, as in
     * "March 2019 – May 2021" or "2019 – 2021". */
    return g_strdup_printf (_("%s – %s"), began, ended);
  if (began != NULL)
    /* Translators: when a goal began, when its end is not set: "from March 2019". */
    return g_strdup_printf (_("from %s"), began);
  if (ended != NULL)
    /* Translators: when a goal ended, when its beginning is not set: "until May 2021". */
    return g_strdup_printf (_("until %s"), ended);

  return NULL;
}

/* Short, for a list: "In focus · 2019 – 2021". */
static char *
bounce_goal_dup_detail (BounceRecord *record)
{
  g_autofree char *years = dup_span (BOUNCE_GOAL (record), FALSE);
  gboolean in_focus;

  g_object_get (record, "in-focus", &in_focus, NULL);

  if (in_focus && years != NULL)
    /* Translators: what a list says of a goal: "In focus" and when it was pursued, as in
     * "In focus · 2019 – 2021". */
    return g_strdup_printf (_("%s · %s"), _("In focus"), years);
  if (in_focus)
    /* Translators: said in a list of the goal the Grieve page is about, the one in focus. */
    return g_strdup (_("In focus"));

  return g_steal_pointer (&years);
}

static void
bounce_goal_class_init (BounceGoalClass *klass)
{
  BounceRecordClass *record_class = BOUNCE_RECORD_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("title", NULL, NULL, "", flags),
    g_param_spec_string ("cost", NULL, NULL, "", flags),
    g_param_spec_string ("description", NULL, NULL, "", flags),
    /* Days, as the Unix time of their midnight in UTC: a day, not a moment. */
    g_param_spec_variant ("began", NULL, NULL, G_VARIANT_TYPE ("mx"), NULL, flags),
    g_param_spec_variant ("ended", NULL, NULL, G_VARIANT_TYPE ("mx"), NULL, flags),
    g_param_spec_string ("story", NULL, NULL, "", flags),
    /* The goal the Grieve page is about; one at a time (bounce_journal_focus_goal()). */
    bounce_record_field_mark_setting (g_param_spec_boolean ("in-focus", NULL, NULL, FALSE, flags)),
  };

  record_class->dup_detail = bounce_goal_dup_detail;
  bounce_record_class_install_fields (record_class, "goals", "title",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_goal_init (BounceGoal *self)
{
}

/**
 * bounce_goal_dup_dates:
 *
 * Returns: (transfer full) (nullable): when the goal was pursued, to the month, in the
 *   person's language ("March 2019 – May 2021", "from March 2019", "until May 2021"),
 *   or %NULL when neither day is known
 */
char *
bounce_goal_dup_dates (BounceGoal *self)
{
  g_return_val_if_fail (BOUNCE_IS_GOAL (self), NULL);

  return dup_span (self, TRUE);
}
