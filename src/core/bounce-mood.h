/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-mood.h: mood check-ins gathered into days, smoothed into the healing curve, and told. */
#pragma once

#include <glib.h>

#include "bounce-store.h"

G_BEGIN_DECLS

/**
 * BounceMoodRange:
 * @BOUNCE_MOOD_RANGE_WEEKS: the last 4 weeks, today included
 * @BOUNCE_MOOD_RANGE_MONTHS: the last 6 months, from the same day 6 months ago
 * @BOUNCE_MOOD_RANGE_ALL: every check-in ever made
 *
 * How far back the healing curve looks.
 */
typedef enum
{
  BOUNCE_MOOD_RANGE_WEEKS,
  BOUNCE_MOOD_RANGE_MONTHS,
  BOUNCE_MOOD_RANGE_ALL,
} BounceMoodRange;

/**
 * BounceMoodDay:
 * @day: the local date, as a Julian day number (g_date_get_julian())
 * @count: how many check-ins were made that day, at least 1
 * @mean: the mean of their scores, 1 to 5
 * @smoothed: the healing curve's value that day (bounce_mood_days_smooth() says how)
 *
 * One day with check-ins.
 */
typedef struct
{
  guint32 day;
  guint   count;
  double  mean;
  double  smoothed;
} BounceMoodDay;

GArray  *bounce_mood_days_new        (const BounceMoodPoint *points,
                                      guint                  n_points,
                                      GTimeZone             *tz);
void     bounce_mood_days_smooth     (GArray                *days,
                                      guint                  reach);
guint32  bounce_mood_day_of          (GDateTime             *when);
gint64   bounce_mood_day_start       (guint32                day,
                                      GTimeZone             *tz);
guint32  bounce_mood_range_first_day (BounceMoodRange        range,
                                      GDateTime             *now);
gint64   bounce_mood_range_since     (BounceMoodRange        range,
                                      GDateTime             *now);
char    *bounce_mood_describe        (GArray                *days,
                                      BounceMoodRange        range,
                                      GDateTime             *now);

G_END_DECLS
