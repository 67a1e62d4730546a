/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-format.c: dates and durations as people read them, in their own language. */
#define G_LOG_DOMAIN "bounce-format"

#include <glib/gi18n.h>

#include "bounce-format.h"

/**
 * bounce_format_day:
 * @usec: microseconds since the Unix epoch
 * @now: (nullable): the local time to count from; %NULL for now
 *
 * Returns: (transfer full): "Today", "Yesterday", or the local date of @usec
 */
char *
bounce_format_day (gint64     usec,
                   GDateTime *now)
{
  /* Whole seconds, rounded down: C division rounds a time before 1970 up, into the next day. */
  gint64 seconds = usec / G_USEC_PER_SEC - (usec % G_USEC_PER_SEC < 0);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  GTimeSpan age;

  if (utc == NULL)
    return g_strdup ("");

  when = g_date_time_to_local (utc);
  local_now = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();
  today = g_date_time_new_local (g_date_time_get_year (local_now),
                                 g_date_time_get_month (local_now),
                                 g_date_time_get_day_of_month (local_now), 0, 0, 0);
  day = g_date_time_new_local (g_date_time_get_year (when),
                               g_date_time_get_month (when),
                               g_date_time_get_day_of_month (when), 0, 0, 0);
  age = g_date_time_difference (today, day);

  if (age == 0)
    return g_strdup (_("Today"));
  if (age > 0 && age <= 26 * G_TIME_SPAN_HOUR)
    return g_strdup (_("Yesterday"));
  if (g_date_time_get_year (when) == g_date_time_get_year (local_now))
    /* Translators: a day in the current year, for strftime-like
     * g_date_time_format(); e.g. "Tuesday, 3 November". */
    return g_date_time_format (when, C_("day in this year", "%A, %-e %B"));

  /* Translators: a day in another year, for g_date_time_format();
   * e.g. "3 November 2025". */
  return g_date_time_format (when, C_("day in another year", "%-e %B %Y"));
}

/**
 * bounce_format_day_time:
 * @usec: microseconds since the Unix epoch
 * @now: (nullable): the local time to count from; %NULL for now
 * @twelve_hour: whether the person reads the time on a 12-hour clock
 *
 * The day of a line in a list, with the time of day for today's, as a GNOME app
 * says it: "Today, 14:05" (or "Today, 2:05 PM"); "Yesterday" and older days as
 * bounce_format_day() says them.
 *
 * Returns: (transfer full): the day of @usec, and its time when it is today
 */
char *
bounce_format_day_time (gint64     usec,
                        GDateTime *now,
                        gboolean   twelve_hour)
{
  gint64 seconds = usec / G_USEC_PER_SEC - (usec % G_USEC_PER_SEC < 0);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *time = NULL;

  if (utc == NULL)
    return g_strdup ("");

  when = g_date_time_to_local (utc);
  local_now = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();
  if (g_date_time_get_year (when) != g_date_time_get_year (local_now) ||
      g_date_time_get_day_of_year (when) != g_date_time_get_day_of_year (local_now))
    return bounce_format_day (usec, now);

  if (twelve_hour)
    /* Translators: a time of day on a 12-hour clock, for strftime-like
     * g_date_time_format(); e.g. "2:05 PM". */
    time = g_date_time_format (when, C_("time of day, 12-hour clock", "%-l:%M %p"));
  else
    /* Translators: a time of day on a 24-hour clock, for strftime-like
     * g_date_time_format(); e.g. "14:05". */
    time = g_date_time_format (when, C_("time of day, 24-hour clock", "%H:%M"));

  /* Translators: the day of something written today, in a list, with its time of day:
   * "Today, 14:05". */
  return g_strdup_printf (_("Today, %s"), g_strstrip (time));
}

/**
 * bounce_format_moment:
 * @when: a time to come
 * @now: the time it is now
 *
 * Returns: (transfer full): @when as in "today at 18:00", "tomorrow at 10:00" or
 *   "on Monday, 7 December at 10:00", in the person's language and @when's time zone
 */
char *
bounce_format_moment (GDateTime *when,
                      GDateTime *now)
{
  g_autoptr(GDateTime) local_now = g_date_time_to_timezone (now,
                                                           g_date_time_get_timezone (when));
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (local_now),
                                          g_date_time_get_month (local_now),
                                          g_date_time_get_year (local_now));
  g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (when),
                                        g_date_time_get_month (when),
                                        g_date_time_get_year (when));
  int days = g_date_days_between (today, day);
  const char *format;

  if (days <= 0)
    /* Translators: when a reminder comes, for strftime-like g_date_time_format(); it ends
     * "The next reminder comes %s.". Use %l:%M %p for a 12-hour clock. */
    format = _("today at %H:%M");
  else if (days == 1)
    /* Translators: as above, for tomorrow. */
    format = _("tomorrow at %H:%M");
  else
    /* Translators: as above, for a later day: "on Monday, 7 December at 10:00". */
    format = _("on %A, %-d %B at %H:%M");

  return g_date_time_format (when, format);
}

/* Spaces inside a duration do not break: "2 h" on one line and "10 min" on the next
 * reads as two things. */
static char *
keep_together (char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  g_free (text);
  return g_strjoinv ("\u00a0", words);
}

/**
 * bounce_format_minutes:
 * @minutes: a duration, in minutes
 *
 * Returns: (transfer full): @minutes as in "45 min", "2 h" or "1 h 30 min", in the
 *   person's language, with no-break spaces so that it never wraps
 */
char *
bounce_format_minutes (gint64 minutes)
{
  int total = (int) CLAMP (minutes, 0, G_MAXINT);
  int hours = total / 60;
  int rest = total % 60;
  g_autofree char *hours_text = NULL;
  g_autofree char *minutes_text = NULL;

  /* Translators: a number of minutes, short, as in "45 min". */
  minutes_text = g_strdup_printf (ngettext ("%d min", "%d min", rest), rest);
  if (hours == 0)
    return keep_together (g_steal_pointer (&minutes_text));

  /* Translators: a number of hours, short, as in "2 h". */
  hours_text = g_strdup_printf (ngettext ("%d h", "%d h", hours), hours);
  if (rest == 0)
    return keep_together (g_steal_pointer (&hours_text));

  /* Translators: a duration of hours and minutes, as in "1 h 30 min": %1$s is the
   * hours ("1 h"), %2$s the minutes ("30 min"). */
  return keep_together (g_strdup_printf (_("%1$s %2$s"), hours_text, minutes_text));
}
