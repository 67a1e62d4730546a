/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-support.c: when low check-ins linger, whether to point kindly to professional help. */
#define G_LOG_DOMAIN "bounce-support"

/*
 * The rule for the support card
 *
 * The card is offered when, in the 14 local days ending today (today and the 13 days
 * before it, counted on the calendar of the person's time zone, so that a change of the
 * clocks neither adds nor drops a day):
 *
 *  - there are at least 7 check-ins with a score, so that a few hard moments are not
 *    read as two hard weeks; and
 *  - on more than half of the days that have check-ins, the day's mean score is 2 or less
 *    ("low" or "very low"). Several check-ins on one day count as that day once, by
 *    their mean; days without check-ins count neither way. Exactly half is not enough.
 *
 * Check-ins from before those 14 days, or dated after today (a clock that was set back),
 * are not counted.
 *
 * Once the person hides the card, it stays hidden for 14 days: from the local day of the
 * dismissal until the same day two weeks later, when it comes back if the rule still
 * holds then. A dismissal dated more than a day after today can only come from a clock
 * that was wrong; it is not trusted, so that a bad clock never hides the card for years.
 *
 * This is a kind pointer to people who can help, never a diagnosis: the rule only says
 * that the person's own check-ins have been low for a while.
 */

#include "bounce-support.h"

/* The local calendar day of @usec in @tz, as a Julian day number; 0 when out of range. */
static guint32
local_day (gint64     usec,
           GTimeZone *tz)
{
  /* Whole seconds, rounded down: C division rounds a time before 1970 up. */
  gint64 seconds = usec / G_USEC_PER_SEC - (usec % G_USEC_PER_SEC < 0);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);
  g_autoptr(GDateTime) local = NULL;
  int year, month, day;
  GDate date;

  if (utc == NULL)
    return 0;

  local = g_date_time_to_timezone (utc, tz);
  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/**
 * bounce_support_window_start:
 * @now: the time it is now, in µs since the epoch
 * @tz: the person's time zone
 *
 * The first moment of the 14 local days the rule looks at, to read no older
 * check-ins than needed (see bounce_store_load_moods()).
 *
 * Returns: local midnight 13 days before today, in µs since the epoch
 */
gint64
bounce_support_window_start (gint64     now,
                             GTimeZone *tz)
{
  g_autoptr(GDateTime) start = NULL;
  guint32 today;
  GDate first;

  g_return_val_if_fail (tz != NULL, 0);

  if ((today = local_day (now, tz)) <= BOUNCE_SUPPORT_DAYS)
    return 0;

  g_date_clear (&first, 1);
  g_date_set_julian (&first, today - (BOUNCE_SUPPORT_DAYS - 1));
  start = g_date_time_new (tz, g_date_get_year (&first), g_date_get_month (&first),
                           g_date_get_day (&first), 0, 0, 0);
  if (start == NULL)
    return 0;

  return g_date_time_to_unix (start) * G_USEC_PER_SEC;
}

/**
 * bounce_support_should_offer:
 * @points: (array length=n_points): mood check-ins, in any order
 * @n_points: how many @points there are
 * @now: the time it is now, in µs since the epoch
 * @tz: the person's time zone, whose calendar counts the days
 * @dismissed: when the person last hid the card, in µs since the epoch; 0 for never
 *
 * Whether to offer the support card now, by the rule at the top of this file.
 */
gboolean
bounce_support_should_offer (const BounceMoodPoint *points,
                             guint                  n_points,
                             gint64                 now,
                             GTimeZone             *tz,
                             gint64                 dismissed)
{
  int sums[BOUNCE_SUPPORT_DAYS] = { 0 };
  guint counts[BOUNCE_SUPPORT_DAYS] = { 0 };
  guint n_checkins = 0;
  guint n_days = 0;
  guint n_low_days = 0;
  guint32 today;

  g_return_val_if_fail (points != NULL || n_points == 0, FALSE);
  g_return_val_if_fail (tz != NULL, FALSE);

  if ((today = local_day (now, tz)) == 0)
    return FALSE;

  if (dismissed != 0)
    {
      guint32 dismissed_day = local_day (dismissed, tz);

      if (dismissed_day != 0 && dismissed_day <= today + 1 &&
          today < dismissed_day + BOUNCE_SUPPORT_QUIET_DAYS)
        return FALSE;
    }

  for (guint i = 0; i < n_points; i++)
    {
      guint32 day = local_day (points[i].created, tz);
      gint64 age = (gint64) today - day;

      /* Older than the fortnight, or dated after today. */
      if (day == 0 || age < 0 || age >= BOUNCE_SUPPORT_DAYS ||
          points[i].score < 1 || points[i].score > 5)
        continue;

      sums[age] += points[i].score;
      counts[age]++;
      n_checkins++;
    }

  if (n_checkins < BOUNCE_SUPPORT_MIN_CHECKINS)
    return FALSE;

  for (guint age = 0; age < BOUNCE_SUPPORT_DAYS; age++)
    {
      if (counts[age] == 0)
        continue;

      n_days++;
      /* The mean is at most 2 when the sum is at most twice the count: no rounding. */
      if (sums[age] <= BOUNCE_SUPPORT_LOW_SCORE * (int) counts[age])
        n_low_days++;
    }

  return 2 * n_low_days > n_days;
}
