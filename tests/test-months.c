/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-months.c: "Then and Now" in words: each month only beside the person's own past. */
#include <string.h>

#include "bounce-core.h"

static BounceMonth
month (int    year,
       int    number,
       guint  pages,
       guint  checkins,
       guint  moods,
       double mood_average,
       guint  thanks)
{
  BounceMonth m = {
    .year = year,
    .month = number,
    .pages = pages,
    .checkins = checkins,
    .moods = moods,
    .mood_average = mood_average,
    .thanks = thanks,
  };

  return m;
}

static BounceMonth
with_paths (BounceMonth m,
            guint       steps,
            guint       ideas_tried)
{
  m.steps = steps;
  m.ideas_tried = ideas_tried;
  return m;
}

static char *
describe (BounceMonth then,
          BounceMonth now)
{
  BounceMonth months[] = { then, now };

  return bounce_months_describe (months, G_N_ELEMENTS (months));
}

/* More than the month before, with the difference; the same; and a first month. */
static void
test_describe_more (void)
{
  g_autofree char *more = describe (month (2026, 10, 8, 3, 3, 2.0, 1),
                                    month (2026, 11, 12, 4, 4, 3.25, 2));
  g_autofree char *same = describe (month (2026, 10, 5, 2, 0, 0, 1),
                                    month (2026, 11, 5, 2, 0, 0, 1));
  g_autofree char *first = describe (month (2026, 10, 0, 0, 0, 0, 0),
                                     month (2026, 11, 1, 1, 1, 4.0, 0));

  g_assert_cmpstr (more, ==,
                   "In November you wrote 12 pages, 4 more than in October.\n"
                   "In November you checked in 4 times, 1 more than in October. "
                   "Your check-ins in November gave a mood of 3.2 out of 5 on average; "
                   "in October, 2.0.\n"
                   "In November you thanked yourself 2 times, 1 more than in October.");
  g_assert_cmpstr (same, ==,
                   "In November you wrote 5 pages, as many as in October.\n"
                   "In November you checked in 2 times, as often as in October.\n"
                   "In November you thanked yourself 1 time, as often as in October.");
  g_assert_cmpstr (first, ==,
                   "In November you wrote 1 page.\nIn November you checked in 1 time. "
                   "Your check-ins in November gave a mood of 4.0 out of 5 on average.");
}

/* A quieter month is said plainly, both numbers side by side, then kindly; nothing is
 * ever "down", "only" or "behind", and nothing is compared with anyone else. */
static void
test_describe_quieter (void)
{
  g_autofree char *fewer = describe (month (2026, 10, 12, 6, 6, 3.5, 2),
                                     month (2026, 11, 4, 0, 0, 0, 2));
  const char *unkind[] = { "only", "down", "behind", "streak", "others", "average user",
                           "worse", "fell" };

  g_assert_cmpstr (fewer, ==,
                   "In November you wrote 4 pages; in October, 12.\n"
                   "No check-ins yet in November; in October you checked in 6 times.\n"
                   "In November you thanked yourself 2 times, as often as in October.\n"
                   "A quieter month is fine: resting is part of bouncing back.");
  for (guint i = 0; i < G_N_ELEMENTS (unkind); i++)
    g_assert_null (strstr (fewer, unkind[i]));
}

/* Steps done and ideas tried, from New Paths, in every case. */
static void
test_describe_paths (void)
{
  g_autofree char *first = describe (month (2026, 10, 0, 0, 0, 0, 0),
                                     with_paths (month (2026, 11, 0, 0, 0, 0, 0), 1, 1));
  g_autofree char *more = describe (with_paths (month (2026, 10, 0, 0, 0, 0, 0), 2, 1),
                                    with_paths (month (2026, 11, 0, 0, 0, 0, 0), 5, 1));
  g_autofree char *fewer = describe (with_paths (month (2026, 10, 0, 0, 0, 0, 0), 4, 2),
                                     with_paths (month (2026, 11, 0, 0, 0, 0, 0), 1, 0));
  BounceMonth only_steps = with_paths (month (2026, 11, 0, 0, 0, 0, 0), 3, 2);
  g_autofree char *line = bounce_month_dup_summary (&only_steps);

  g_assert_cmpstr (first, ==, "In November you took 1 small step.\n"
                              "In November you began trying 1 idea.");
  g_assert_cmpstr (more, ==, "In November you took 5 small steps, 3 more than in October.\n"
                             "In November you began trying 1 idea, as many as in October.");
  g_assert_cmpstr (fewer, ==, "In November you took 1 small step; in October, 4.\n"
                              "No new idea tried yet in November; in October you began "
                              "trying 2.\n"
                              "A quieter month is fine: resting is part of bouncing back.");
  g_assert_cmpstr (line, ==, "3 steps · 2 ideas tried");
  g_assert_false (bounce_month_is_empty (&only_steps));
}

/* Two empty months: no zeros recited, an invitation instead. */
static void
test_describe_empty (void)
{
  g_autofree char *empty = describe (month (2026, 12, 0, 0, 0, 0, 0),
                                     month (2027, 1, 0, 0, 0, 0, 0));

  g_assert_cmpstr (empty, ==,
                   "Nothing written in January or December, and that is fine. Whatever "
                   "you write next shows up here, beside your own months before.");
}

static void
test_summary (void)
{
  BounceMonth full = month (2026, 11, 12, 9, 8, 3.375, 1);
  BounceMonth no_mood = month (2026, 11, 1, 2, 0, 0, 0);
  BounceMonth quiet = month (2026, 11, 0, 0, 0, 0, 0);
  g_autofree char *full_line = bounce_month_dup_summary (&full);
  g_autofree char *no_mood_line = bounce_month_dup_summary (&no_mood);
  g_autofree char *quiet_line = bounce_month_dup_summary (&quiet);
  g_autofree char *title = bounce_month_dup_title (&full);
  g_autofree char *short_name = bounce_month_dup_short_name (&full);

  g_assert_cmpstr (full_line, ==, "12 pages · 9 check-ins, mood 3.4 of 5 · 1 thank-you");
  g_assert_cmpstr (no_mood_line, ==, "1 page · 2 check-ins");
  g_assert_cmpstr (quiet_line, ==, "A quiet month");
  g_assert_cmpstr (title, ==, "November 2026");
  g_assert_cmpstr (short_name, ==, "Nov");
}

/* The chart's words hold every month it shows, with its value. */
static void
test_describe_figure (void)
{
  BounceMonth months[] = {
    month (2026, 9, 3, 1, 1, 2.0, 0),
    month (2026, 10, 0, 0, 0, 0, 0),
    month (2026, 11, 12, 2, 2, 4.5, 1),
  };
  g_autofree char *pages = bounce_months_describe_figure (months, 3, BOUNCE_MONTH_PAGES);
  g_autofree char *mood = bounce_months_describe_figure (months, 3, BOUNCE_MONTH_MOOD);

  g_assert_cmpstr (pages, ==, "Pages Written, month by month: September 2026: 3; "
                              "October 2026: 0; November 2026: 12.");
  g_assert_cmpstr (mood, ==, "Average Mood, month by month: September 2026: 2.0; "
                             "October 2026: none; November 2026: 4.5.");
  g_assert_cmpfloat (bounce_month_figure_get_max (BOUNCE_MONTH_PAGES, months, 3), ==, 12);
  g_assert_cmpfloat (bounce_month_figure_get_max (BOUNCE_MONTH_THANKS, months, 3), ==, 1);
  g_assert_cmpfloat (bounce_month_figure_get_max (BOUNCE_MONTH_MOOD, months, 3), ==, 5);
}

/* Empty months before the first written one are left out, but three are always shown. */
static void
test_first_to_show (void)
{
  BounceMonth months[12];

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    months[i] = month (2026, i + 1, 0, 0, 0, 0, 0);
  g_assert_cmpuint (bounce_months_first_to_show (months, 12), ==, 9);

  months[10].thanks = 1;
  g_assert_cmpuint (bounce_months_first_to_show (months, 12), ==, 9);

  months[4].checkins = 1;
  g_assert_cmpuint (bounce_months_first_to_show (months, 12), ==, 4);

  months[0].pages = 1;
  g_assert_cmpuint (bounce_months_first_to_show (months, 12), ==, 0);
  g_assert_cmpuint (bounce_months_first_to_show (months, 2), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/months/describe/more", test_describe_more);
  g_test_add_func ("/months/describe/quieter", test_describe_quieter);
  g_test_add_func ("/months/describe/empty", test_describe_empty);
  g_test_add_func ("/months/describe/paths", test_describe_paths);
  g_test_add_func ("/months/summary", test_summary);
  g_test_add_func ("/months/describe-figure", test_describe_figure);
  g_test_add_func ("/months/first-to-show", test_first_to_show);

  return g_test_run ();
}
