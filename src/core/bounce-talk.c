/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-talk.c: getting ready to talk with the people in charge: who, what to ask, what I heard. */
#define G_LOG_DOMAIN "bounce-talk"

#include <glib/gi18n.h>

#include "bounce-talk.h"

struct _BounceTalk
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceTalk, bounce_talk, BOUNCE_TYPE_RECORD)

/* Whom the talk is with names it; before that, what there is to ask. */
static char *
bounce_talk_dup_summary (BounceRecord *record)
{
  g_autofree char *who = bounce_record_dup_first_line (record, "who");

  if (*who != '\0')
    return g_steal_pointer (&who);

  return bounce_record_dup_first_line (record, "ask");
}

/* The follow-up day, when there is one, so that the list says when to ask again. */
static char *
bounce_talk_dup_detail (BounceRecord *record)
{
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  g_auto(GStrv) words = NULL;
  gint64 seconds;

  if (!bounce_record_get_optional_int64 (record, "follow-up", &seconds))
    return NULL;

  /* A day, kept as its midnight in UTC: read there, it is the same day anywhere. */
  if (!(day = g_date_time_new_from_unix_utc (seconds)))
    return NULL;

  now = g_date_time_new_now_local ();
  if (g_date_time_get_year (day) == g_date_time_get_year (now))
    /* Translators: the day of a follow-up in the current year, for strftime-like
     * g_date_time_format(); e.g. "3 December". */
    date = g_date_time_format (day, C_("follow-up day", "%-e %B"));
  else
    /* Translators: the day of a follow-up in another year, e.g. "3 December 2027". */
    date = g_date_time_format (day, C_("follow-up day in another year", "%-e %B %Y"));

  if (date == NULL)
    return NULL;

  /* A list row wraps this line where it must: never inside the day. */
  words = g_strsplit (date, " ", -1);
  g_free (date);
  date = g_strjoinv ("\u00a0", words);

  /* Translators: under a talk with an instructor, a boss or a coach in its list; %s is
   * the day to ask again, e.g. "3 December". */
  return g_strdup_printf (_("Follow up on %s"), date);
}

static void
bounce_talk_class_init (BounceTalkClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("who", NULL, NULL, "", flags),
    g_param_spec_string ("ask", NULL, NULL, "", flags),
    g_param_spec_string ("heard", NULL, NULL, "", flags),
    /* A day, as the Unix time in seconds of its midnight in UTC (BounceDateRow). */
    g_param_spec_variant ("follow-up", NULL, NULL, G_VARIANT_TYPE ("mx"), NULL, flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "talks", "who",
                                      fields, G_N_ELEMENTS (fields));
  BOUNCE_RECORD_CLASS (klass)->dup_summary = bounce_talk_dup_summary;
  BOUNCE_RECORD_CLASS (klass)->dup_detail = bounce_talk_dup_detail;
}

static void
bounce_talk_init (BounceTalk *self)
{
}
