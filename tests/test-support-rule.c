/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-support-rule.c: when the support card is offered, at the edges of its rule, in Berlin. */
#include "bounce-core.h"

/* The days below are Berlin's, clock changes and all; tests/meson.build sets TZ to match. */
#define ZONE "Europe/Berlin"

static GTimeZone *
berlin (void)
{
  GTimeZone *tz = g_time_zone_new_identifier (ZONE);

  g_assert_nonnull (tz);
  return tz;
}

/* A wall-clock time in Berlin, in µs since the epoch. */
static gint64
at (int year,
    int month,
    int day,
    int hour,
    int minute)
{
  g_autoptr(GTimeZone) tz = berlin ();
  g_autoptr(GDateTime) when = g_date_time_new (tz, year, month, day, hour, minute, 0);

  g_assert_nonnull (when);
  return g_date_time_to_unix (when) * G_USEC_PER_SEC;
}

/* @when, @days calendar days earlier, at the same time of day in Berlin. */
static gint64
days_before (gint64 when,
             int    days)
{
  g_autoptr(GTimeZone) tz = berlin ();
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (when / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr(GDateTime) earlier = g_date_time_add_days (local, -days);

  return g_date_time_to_unix (earlier) * G_USEC_PER_SEC;
}

static void
add (GArray *points,
     gint64  created,
     int     score)
{
  BounceMoodPoint point = { .created = created, .score = score };

  g_array_append_val (points, point);
}

static GArray *
new_points (void)
{
  return g_array_new (FALSE, TRUE, sizeof (BounceMoodPoint));
}

static gboolean
offer (GArray *points,
       gint64  now,
       gint64  dismissed)
{
  g_autoptr(GTimeZone) tz = berlin ();

  return bounce_support_should_offer ((const BounceMoodPoint *) points->data, points->len,
                                      now, tz, dismissed);
}

/* A fortnight that meets the rule: a very low check-in on each of the last 7 days. */
static GArray *
low_week (gint64 now)
{
  GArray *points = new_points ();

  for (int i = 0; i < 7; i++)
    add (points, days_before (now, i), 1);

  return points;
}

static void
test_nothing (void)
{
  g_autoptr(GArray) points = new_points ();

  g_assert_false (offer (points, at (2024, 6, 20, 12, 0), 0));
}

/* Six very low days are not enough to speak of; the seventh check-in is. */
static void
test_six_or_seven (void)
{
  gint64 now = at (2024, 6, 20, 12, 0);
  g_autoptr(GArray) points = new_points ();

  for (int i = 0; i < 6; i++)
    add (points, days_before (now, 2 * i), 1);
  g_assert_false (offer (points, now, 0));

  add (points, days_before (now, 13), 1);
  g_assert_true (offer (points, now, 0));
}

/* Low means a mean of 2 or less, on more than half of the days with check-ins. */
static void
test_half_or_more (void)
{
  gint64 now = at (2024, 6, 20, 21, 0);
  g_autoptr(GArray) points = new_points ();

  /* Eight days: four at 2, four at 3. */
  for (int i = 0; i < 8; i++)
    add (points, days_before (now, i), i < 4 ? 2 : 3);
  g_assert_false (offer (points, now, 0));

  /* Five of eight. */
  g_array_index (points, BounceMoodPoint, 4).score = 2;
  g_assert_true (offer (points, now, 0));
}

/* A day counts once, by its mean, however many check-ins it has. */
static void
test_several_a_day (void)
{
  gint64 now = at (2024, 6, 20, 9, 0);
  g_autoptr(GArray) points = new_points ();

  /* Five very low check-ins today, two good days: five of seven check-ins are low, but
   * only one of three days. */
  for (int i = 0; i < 5; i++)
    add (points, now - i * G_USEC_PER_SEC * 60, 1);
  add (points, days_before (now, 1), 4);
  add (points, days_before (now, 2), 4);
  g_assert_false (offer (points, now, 0));

  g_array_set_size (points, 0);
  /* Four days: 1 and 4 (a mean of 2.5), 1 and 3 (2, low), 2 (low), 5. */
  add (points, days_before (now, 1), 1);
  add (points, days_before (now, 1) + G_USEC_PER_SEC, 4);
  add (points, days_before (now, 2), 1);
  add (points, days_before (now, 2) + G_USEC_PER_SEC, 3);
  add (points, days_before (now, 3), 2);
  add (points, days_before (now, 4), 5);
  add (points, days_before (now, 4) + G_USEC_PER_SEC, 5);
  g_assert_false (offer (points, now, 0));

  /* 1 and 3 instead of 1 and 4: three of four days are low. */
  g_array_index (points, BounceMoodPoint, 1).score = 3;
  g_assert_true (offer (points, now, 0));
}

/* Mostly good days with the odd low one are not low weeks. */
static void
test_mostly_okay (void)
{
  gint64 now = at (2024, 6, 20, 12, 0);
  g_autoptr(GArray) points = new_points ();

  for (int i = 0; i < 14; i++)
    add (points, days_before (now, i), i % 3 == 0 ? 1 : 4);
  g_assert_false (offer (points, now, 0));
}

/* Hidden for 14 local days after the day it was hidden, then back if the rule holds. */
static void
test_dismissed (void)
{
  gint64 now = at (2024, 6, 20, 8, 0);
  g_autoptr(GArray) points = low_week (now);

  g_assert_true (offer (points, now, 0));
  g_assert_false (offer (points, now, now - G_USEC_PER_SEC));
  g_assert_false (offer (points, now, days_before (now, 13)));
  /* Late on the thirteenth day before: fewer than 13 × 24 hours ago, but it is that day. */
  g_assert_false (offer (points, now, at (2024, 6, 7, 23, 59)));
  g_assert_true (offer (points, now, days_before (now, 14)));
  /* Late on the fourteenth day before: 13 days and 8 hours ago, and back all the same. */
  g_assert_true (offer (points, now, at (2024, 6, 6, 23, 59)));
  g_assert_true (offer (points, now, days_before (now, 40)));

  /* Back only if the rule still holds then. */
  {
    g_autoptr(GArray) good = new_points ();

    for (int i = 0; i < 7; i++)
      add (good, days_before (now, i), 4);
    g_assert_false (offer (good, now, days_before (now, 14)));
  }
}

/* A dismissal dated after today: tomorrow may be a journey west; a year ahead is a clock
 * that was wrong, and hides nothing. */
static void
test_dismissed_in_the_future (void)
{
  gint64 now = at (2024, 6, 20, 8, 0);
  g_autoptr(GArray) points = low_week (now);

  g_assert_false (offer (points, now, days_before (now, -1)));
  g_assert_true (offer (points, now, days_before (now, -365)));
}

/* Check-ins from before the fortnight, or from after today, are not counted. */
static void
test_old_points (void)
{
  gint64 now = at (2024, 6, 20, 12, 0);
  g_autoptr(GArray) points = new_points ();

  for (int i = 14; i < 40; i++)
    add (points, days_before (now, i), 1);
  g_assert_false (offer (points, now, 0));

  /* Six low days within, and a crowd of older ones. */
  for (int i = 0; i < 6; i++)
    add (points, days_before (now, i), 1);
  g_assert_false (offer (points, now, 0));

  /* Seven okay days within: the older lows do not outvote them. */
  g_array_set_size (points, 0);
  for (int i = 14; i < 40; i++)
    add (points, days_before (now, i), 1);
  for (int i = 0; i < 7; i++)
    add (points, days_before (now, i), 4);
  g_assert_false (offer (points, now, 0));

  /* Seven low check-ins dated tomorrow and after. */
  g_array_set_size (points, 0);
  for (int i = 1; i <= 7; i++)
    add (points, days_before (now, -i), 1);
  g_assert_false (offer (points, now, 0));
}

/* Spring forward (31 March 2024, 02:00 → 03:00) inside the fortnight: the first day
 * starts at local midnight of 23 March, not 13 × 24 hours before today's midnight. */
static void
test_spring_forward (void)
{
  g_autoptr(GTimeZone) tz = berlin ();
  gint64 now = at (2024, 4, 5, 12, 0);
  g_autoptr(GArray) points = new_points ();

  g_assert_cmpint (bounce_support_window_start (now, tz), ==, at (2024, 3, 23, 0, 0));

  for (int i = 0; i < 6; i++)
    add (points, days_before (now, i), 1);
  add (points, at (2024, 3, 22, 23, 30), 1);
  g_assert_false (offer (points, now, 0));

  g_array_index (points, BounceMoodPoint, 6).created = at (2024, 3, 23, 0, 30);
  g_assert_true (offer (points, now, 0));
}

/* Fall back (27 October 2024, 03:00 → 02:00): the same, with the day that is an hour
 * longer. */
static void
test_fall_back (void)
{
  g_autoptr(GTimeZone) tz = berlin ();
  gint64 now = at (2024, 11, 5, 12, 0);
  g_autoptr(GArray) points = new_points ();

  g_assert_cmpint (bounce_support_window_start (now, tz), ==, at (2024, 10, 23, 0, 0));

  for (int i = 0; i < 6; i++)
    add (points, days_before (now, i), 1);
  add (points, at (2024, 10, 23, 0, 30), 1);
  g_assert_true (offer (points, now, 0));

  g_array_index (points, BounceMoodPoint, 6).created = at (2024, 10, 22, 23, 30);
  g_assert_false (offer (points, now, 0));
}

/* Check-ins are put on the local day they were made, in summer time too: 00:30 on
 * 2 April is 22:30 on 1 April in UTC, and 23:30 on 1 April in winter time. */
static void
test_days_are_local (void)
{
  gint64 now = at (2024, 4, 5, 20, 0);
  g_autoptr(GArray) points = new_points ();

  add (points, at (2024, 4, 1, 12, 0), 5);
  add (points, at (2024, 4, 2, 0, 30), 1);
  add (points, at (2024, 4, 3, 9, 0), 1);
  add (points, at (2024, 4, 3, 19, 0), 1);
  add (points, at (2024, 4, 4, 9, 0), 5);
  add (points, at (2024, 4, 4, 19, 0), 5);
  add (points, at (2024, 4, 5, 9, 0), 1);

  /* Low on 2, 3 and 5 April; not on 1 and 4 April. */
  g_assert_true (offer (points, now, 0));
}

/* The dismissal's 14 days are calendar days, across a change of the clocks too. */
static void
test_dismissed_across_dst (void)
{
  gint64 now = at (2024, 4, 8, 0, 30);
  g_autoptr(GArray) points = low_week (now);

  /* From 25 March 20:00 (winter time) to 8 April 00:30 (summer time) is 13 days and
   * 3½ hours, yet 14 days on the calendar. */
  g_assert_true (offer (points, now, at (2024, 3, 25, 20, 0)));
  g_assert_false (offer (points, now, at (2024, 3, 26, 0, 0)));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/support-rule/nothing", test_nothing);
  g_test_add_func ("/support-rule/six-or-seven", test_six_or_seven);
  g_test_add_func ("/support-rule/half-or-more", test_half_or_more);
  g_test_add_func ("/support-rule/several-a-day", test_several_a_day);
  g_test_add_func ("/support-rule/mostly-okay", test_mostly_okay);
  g_test_add_func ("/support-rule/dismissed", test_dismissed);
  g_test_add_func ("/support-rule/dismissed-in-the-future", test_dismissed_in_the_future);
  g_test_add_func ("/support-rule/dismissed-across-dst", test_dismissed_across_dst);
  g_test_add_func ("/support-rule/old-points", test_old_points);
  g_test_add_func ("/support-rule/spring-forward", test_spring_forward);
  g_test_add_func ("/support-rule/fall-back", test_fall_back);
  g_test_add_func ("/support-rule/days-are-local", test_days_are_local);

  return g_test_run ();
}
