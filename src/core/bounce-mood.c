/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-mood.c: mood check-ins gathered into days, smoothed into the healing curve, and told. */
#define G_LOG_DOMAIN "bounce-mood"

#include <math.h>

#include <glib/gi18n.h>

#include "bounce-checkin.h"
#include "bounce-mood.h"

/* How far the curve looks to each side of a day, in days, unless told otherwise. */
#define SMOOTHING_REACH 3

/* Two stretches whose means differ by less than this felt much the same. */
#define TREND_THRESHOLD 0.5

typedef struct
{
  guint32 day;
  int     score;
} DayScore;

static int
compare_day_scores (gconstpointer a,
                    gconstpointer b)
{
  const DayScore *x = a;
  const DayScore *y = b;

  return (x->day > y->day) - (x->day < y->day);
}

static guint32
julian_of (int year,
           int month,
           int day)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

  return g_date_get_julian (date);
}

/**
 * bounce_mood_days_smooth:
 * @days: (element-type BounceMoodDay): days with check-ins, oldest first
 * @reach: how many days to each side count, at least 1
 *
 * Sets each day's smoothed value: a centred moving average over the days that have
 * check-ins, weighted by nearness (a day @reach days away weighs 1, the day itself
 * @reach + 1; with a reach of 3, that is 1, 2, 3, 4, 3, 2, 1). Each day counts once,
 * however many check-ins it holds, so that one busy day does not pull the curve; a day
 * with no neighbour in reach keeps its own mean.
 */
void
bounce_mood_days_smooth (GArray *days,
                         guint   reach)
{
  g_return_if_fail (days != NULL);
  g_return_if_fail (reach >= 1);

  for (guint i = 0; i < days->len; i++)
    {
      BounceMoodDay *day = &g_array_index (days, BounceMoodDay, i);
      double sum = 0;
      double weights = 0;
      guint first = i;

      while (first > 0 &&
             day->day - g_array_index (days, BounceMoodDay, first - 1).day <= reach)
        first--;

      for (guint j = first; j < days->len; j++)
        {
          const BounceMoodDay *other = &g_array_index (days, BounceMoodDay, j);
          guint32 distance = other->day > day->day ? other->day - day->day
                                                   : day->day - other->day;
          double weight;

          if (other->day > day->day && distance > reach)
            break;

          weight = reach + 1.0 - distance;
          sum += weight * other->mean;
          weights += weight;
        }

      day->smoothed = sum / weights;
    }
}

/**
 * bounce_mood_days_new:
 * @points: (array length=n_points): check-ins, in any order
 * @tz: (nullable): the time zone whose calendar days count; %NULL for the local one
 *
 * Gathers check-ins into the local days they were made on: a day runs from one
 * local midnight to the next, whatever its length when the clocks change. Each day
 * gets the mean of its scores and the healing curve's value, smoothed over 3 days
 * to each side (bounce_mood_days_smooth()). A score outside 1 to 5 is no mood and
 * is left out.
 *
 * Returns: (transfer full) (element-type BounceMoodDay): the days with check-ins,
 *   oldest first
 */
GArray *
bounce_mood_days_new (const BounceMoodPoint *points,
                      guint                  n_points,
                      GTimeZone             *tz)
{
  g_autoptr(GTimeZone) local = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
  g_autoptr(GArray) scores = g_array_sized_new (FALSE, FALSE, sizeof (DayScore), n_points);
  GArray *days = g_array_new (FALSE, TRUE, sizeof (BounceMoodDay));

  g_return_val_if_fail (points != NULL || n_points == 0, days);

  for (guint i = 0; i < n_points; i++)
    {
      gint64 usec = points[i].created;
      /* Whole seconds, rounded down, as bounce_format_day() counts them. */
      gint64 seconds = usec / G_USEC_PER_SEC - (usec % G_USEC_PER_SEC < 0);
      g_autoptr(GDateTime) utc = NULL;
      g_autoptr(GDateTime) when = NULL;
      DayScore day_score;

      if (points[i].score < BOUNCE_CHECKIN_SCORE_MIN ||
          points[i].score > BOUNCE_CHECKIN_SCORE_MAX ||
          (utc = g_date_time_new_from_unix_utc (seconds)) == NULL)
        continue;

      when = g_date_time_to_timezone (utc, local);
      day_score.day = bounce_mood_day_of (when);
      day_score.score = points[i].score;
      g_array_append_val (scores, day_score);
    }

  g_array_sort (scores, compare_day_scores);

  for (guint i = 0; i < scores->len; i++)
    {
      const DayScore *day_score = &g_array_index (scores, DayScore, i);
      BounceMoodDay *last = days->len > 0 ? &g_array_index (days, BounceMoodDay, days->len - 1)
                                          : NULL;

      if (last == NULL || last->day != day_score->day)
        {
          BounceMoodDay day = { .day = day_score->day };

          g_array_append_val (days, day);
          last = &g_array_index (days, BounceMoodDay, days->len - 1);
        }

      /* The running mean, kept exact enough for five-point scores. */
      last->count++;
      last->mean += (day_score->score - last->mean) / last->count;
    }

  bounce_mood_days_smooth (days, SMOOTHING_REACH);
  return days;
}

/**
 * bounce_mood_day_of:
 *
 * Returns: the date of @when in its own time zone, as a Julian day number
 */
guint32
bounce_mood_day_of (GDateTime *when)
{
  g_return_val_if_fail (when != NULL, 0);

  return julian_of (g_date_time_get_year (when), g_date_time_get_month (when),
                    g_date_time_get_day_of_month (when));
}

/**
 * bounce_mood_day_start:
 * @day: a Julian day number
 * @tz: (nullable): the time zone; %NULL for the local one
 *
 * Returns: the first moment of @day in @tz (its midnight, or the first time after
 *   it where the clocks skip midnight), in µs since the epoch
 */
gint64
bounce_mood_day_start (guint32    day,
                       GTimeZone *tz)
{
  g_autoptr(GTimeZone) local = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
  g_autoptr(GDate) date = g_date_new_julian (day);
  g_autoptr(GDateTime) midnight = NULL;

  g_return_val_if_fail (g_date_valid_julian (day), 0);

  midnight = g_date_time_new (local, g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
  return g_date_time_to_unix (midnight) * G_USEC_PER_SEC;
}

/**
 * bounce_mood_range_first_day:
 * @now: the time it is, in the time zone whose days count
 *
 * Returns: the first day of @range as a Julian day number: 27 days before today
 *   for the last 4 weeks, the same day 6 months ago (or the month's last day, when it
 *   is shorter) for the last 6 months; 0 for all time, which begins with the first
 *   check-in
 */
guint32
bounce_mood_range_first_day (BounceMoodRange  range,
                             GDateTime       *now)
{
  g_autoptr(GDate) date = NULL;

  g_return_val_if_fail (now != NULL, 0);

  date = g_date_new_julian (bounce_mood_day_of (now));
  switch (range)
    {
    case BOUNCE_MOOD_RANGE_WEEKS:
      g_date_subtract_days (date, 27);
      return g_date_get_julian (date);

    case BOUNCE_MOOD_RANGE_MONTHS:
      g_date_subtract_months (date, 6);
      return g_date_get_julian (date);

    case BOUNCE_MOOD_RANGE_ALL:
    default:
      return 0;
    }
}

/**
 * bounce_mood_range_since:
 * @now: the time it is, in the time zone whose days count
 *
 * Returns: the first moment of @range, in µs since the epoch, to read the
 *   check-ins from (bounce_store_load_moods()); 0 for all time
 */
gint64
bounce_mood_range_since (BounceMoodRange  range,
                         GDateTime       *now)
{
  guint32 first = bounce_mood_range_first_day (range, now);

  if (first == 0)
    return 0;

  return bounce_mood_day_start (first, g_date_time_get_timezone (now));
}

/* The mean score of the check-ins made from @first to @last, both included; FALSE when
 * there were none. */
static gboolean
mean_between (GArray  *days,
              guint32  first,
              guint32  last,
              double  *mean)
{
  double sum = 0;
  guint count = 0;

  for (guint i = 0; i < days->len; i++)
    {
      const BounceMoodDay *day = &g_array_index (days, BounceMoodDay, i);

      if (day->day >= first && day->day <= last)
        {
          sum += day->mean * day->count;
          count += day->count;
        }
    }

  if (count == 0)
    return FALSE;

  *mean = sum / count;
  return TRUE;
}

static const char *
trend_sentence (double   change,
                gboolean weeks)
{
  if (change >= TREND_THRESHOLD)
    return weeks ? _("The last week felt lighter than the first.")
                 : _("The last four weeks felt lighter than the first four.");

  if (change <= -TREND_THRESHOLD)
    /* Translators: said when the mood went down. Kind, never a judgement. */
    return weeks ? _("The last week felt heavier than the first. Heavy weeks happen; "
                     "be gentle with yourself.")
                 : _("The last four weeks felt heavier than the first four. Heavy weeks "
                     "happen; be gentle with yourself.");

  return weeks ? _("The last week felt much like the first.")
               : _("The last four weeks felt much like the first four.");
}

/**
 * bounce_mood_describe:
 * @days: (element-type BounceMoodDay): the days with check-ins in @range, oldest
 *   first, from bounce_mood_days_new()
 * @now: the time it is, in the time zone whose days count
 *
 * The healing curve in plain words, for those who do not see it and under the
 * curve for everyone: how many check-ins, their mean, and how the end of the range
 * felt beside its beginning. The beginning and the end are its first and last
 * week, or its first and last four weeks when the range spans eight weeks or more
 * and looks back further than 4 weeks; both need check-ins, and they must not
 * overlap.
 *
 * Returns: (transfer full): one or two sentences
 */
char *
bounce_mood_describe (GArray          *days,
                      BounceMoodRange  range,
                      GDateTime       *now)
{
  g_autofree char *average_text = NULL;
  g_autofree char *counted = NULL;
  guint32 today, first, window;
  guint count = 0;
  double average = 0, early, late;

  g_return_val_if_fail (days != NULL && now != NULL, NULL);

  for (guint i = 0; i < days->len; i++)
    count += g_array_index (days, BounceMoodDay, i).count;

  if (count == 0)
    switch (range)
      {
      case BOUNCE_MOOD_RANGE_WEEKS:
        return g_strdup (_("Last 4 weeks: no check-ins yet."));
      case BOUNCE_MOOD_RANGE_MONTHS:
        return g_strdup (_("Last 6 months: no check-ins yet."));
      case BOUNCE_MOOD_RANGE_ALL:
      default:
        return g_strdup (_("No check-ins yet."));
      }

  mean_between (days, 0, G_MAXUINT32, &average);
  /* The reader's own decimal separator: "2.8", "2,8". */
  average_text = g_strdup_printf ("%.1f", average);

  switch (range)
    {
    case BOUNCE_MOOD_RANGE_WEEKS:
      /* Translators: the first sentence under the healing curve, and what a screen reader
       * says of it. %u is the number of check-ins, %s their mean score ("2.8"). */
      counted = g_strdup_printf (ngettext ("Last 4 weeks: %u check-in, on average %s of 5.",
                                           "Last 4 weeks: %u check-ins, on average %s of 5.",
                                           count),
                                 count, average_text);
      break;

    case BOUNCE_MOOD_RANGE_MONTHS:
      /* Translators: as above, for the last 6 months. */
      counted = g_strdup_printf (ngettext ("Last 6 months: %u check-in, on average %s of 5.",
                                           "Last 6 months: %u check-ins, on average %s of 5.",
                                           count),
                                 count, average_text);
      break;

    case BOUNCE_MOOD_RANGE_ALL:
    default:
      /* Translators: as above, for every check-in ever made. */
      counted = g_strdup_printf (ngettext ("All time: %u check-in, on average %s of 5.",
                                           "All time: %u check-ins, on average %s of 5.",
                                           count),
                                 count, average_text);
      break;
    }

  today = bounce_mood_day_of (now);
  first = bounce_mood_range_first_day (range, now);
  if (first == 0)
    first = g_array_index (days, BounceMoodDay, 0).day;

  window = 7;
  if (range != BOUNCE_MOOD_RANGE_WEEKS && today >= first && today - first + 1 >= 8 * 7)
    window = 4 * 7;

  if (today < first || today - first + 1 < 2 * window ||
      !mean_between (days, first, first + window - 1, &early) ||
      !mean_between (days, today - window + 1, today, &late))
    return g_steal_pointer (&counted);

  return g_strdup_printf ("%s %s", counted, trend_sentence (late - early, window == 7));
}
