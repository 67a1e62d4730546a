/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-mood.c: check-ins' words and feelings, and the healing curve's days, counted in Berlin. */
#include "bounce-core.h"

/* The expected days below are Berlin's: tests/meson.build sets TZ to match. */
#define ZONE "Europe/Berlin"

static GTimeZone *
berlin (void)
{
  GTimeZone *tz = g_time_zone_new_identifier (ZONE);

  g_assert_nonnull (tz);
  return tz;
}

static GDateTime *
wall_time (int year,
           int month,
           int day,
           int hour,
           int minute)
{
  g_autoptr(GTimeZone) tz = berlin ();

  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

/* A moment given in UTC, so that the hours around a change of the clocks are exact. */
static gint64
utc_usec (int year,
          int month,
          int day,
          int hour,
          int minute)
{
  g_autoptr(GDateTime) utc = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (utc) * G_USEC_PER_SEC;
}

static gint64
berlin_usec (int year,
             int month,
             int day,
             int hour,
             int minute)
{
  g_autoptr(GDateTime) when = wall_time (year, month, day, hour, minute);

  return g_date_time_to_unix (when) * G_USEC_PER_SEC;
}

static guint32
julian (int year,
        int month,
        int day)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

  return g_date_get_julian (date);
}

static GArray *
days_of (const BounceMoodPoint *points,
         guint                  n_points)
{
  g_autoptr(GTimeZone) tz = berlin ();

  return bounce_mood_days_new (points, n_points, tz);
}

static const BounceMoodDay *
day_at (GArray *days,
        guint   index)
{
  g_assert_cmpuint (index, <, days->len);
  return &g_array_index (days, BounceMoodDay, index);
}

static void
test_score_words (void)
{
  const char *words[] = { "Very low", "Low", "Okay", "Good", "Very good" };

  for (int score = 1; score <= 5; score++)
    {
      g_assert_cmpstr (bounce_checkin_score_label (score), ==, words[score - 1]);
      g_assert_true (g_str_has_prefix (bounce_checkin_score_icon_name (score), "face-"));
    }

  /* 0 is "not chosen yet", and has no word. */
  g_assert_null (bounce_checkin_score_label (0));
  g_assert_null (bounce_checkin_score_label (6));
  g_assert_null (bounce_checkin_score_icon_name (0));
  g_assert_cmpstr (bounce_checkin_score_icon_name (1), !=, bounce_checkin_score_icon_name (5));
}

static void
test_feelings (void)
{
  const char * const *ids = bounce_checkin_list_feelings ();
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autofree char *back = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *tidied = NULL;

  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 12);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      /* Stable ids: plain lowercase ASCII, and never a comma. */
      for (const char *c = ids[i]; *c != '\0'; c++)
        g_assert_true (g_ascii_islower (*c));
      g_assert_nonnull (bounce_checkin_feeling_label (ids[i]));
    }
  g_assert_cmpstr (bounce_checkin_feeling_label ("tired"), ==, "Tired");
  g_assert_null (bounce_checkin_feeling_label ("wistful"));

  /* Known feelings keep the order they are shown in, whatever order they were ticked. */
  one = bounce_checkin_feelings_set ("", "hopeful", TRUE);
  g_assert_cmpstr (one, ==, "hopeful");
  two = bounce_checkin_feelings_set (one, "sad", TRUE);
  g_assert_cmpstr (two, ==, "sad,hopeful");
  g_assert_true (bounce_checkin_feelings_contain (two, "sad"));
  g_assert_false (bounce_checkin_feelings_contain (two, "calm"));
  g_assert_false (bounce_checkin_feelings_contain (two, "sa"));
  back = bounce_checkin_feelings_set (two, "hopeful", FALSE);
  g_assert_cmpstr (back, ==, "sad");

  /* A feeling a later version knows stays, after the known ones. */
  kept = bounce_checkin_feelings_set ("wistful,calm", "tired", TRUE);
  g_assert_cmpstr (kept, ==, "tired,calm,wistful");

  /* Spaces, empties and repeats (a file edited by hand) are tidied away. */
  tidied = bounce_checkin_feelings_set (" calm ,,calm, sad", "proud", FALSE);
  g_assert_cmpstr (tidied, ==, "sad,calm");
  g_assert_true (bounce_checkin_feelings_contain (" calm ,,sad", "calm"));
}

static void
on_summary_notify_cb (GObject    *object,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_summary_and_detail (void)
{
  g_autoptr(BounceCheckin) checkin = g_object_new (BOUNCE_TYPE_CHECKIN, NULL);
  BounceRecord *record = BOUNCE_RECORD (checkin);
  g_autofree char *blank = NULL;
  g_autofree char *by_score = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *by_feelings = NULL;
  g_autofree char *by_note = NULL;
  g_autofree char *feelings = NULL;
  guint notified = 0;

  g_signal_connect (checkin, "notify::summary", G_CALLBACK (on_summary_notify_cb), &notified);

  /* Nothing chosen yet: nothing to say, and nothing to keep. */
  blank = bounce_record_dup_summary (record);
  g_assert_cmpstr (blank, ==, "");
  g_assert_null (bounce_record_dup_detail (record));
  g_assert_true (bounce_record_is_blank (record));

  /* One click is a whole check-in. */
  bounce_checkin_set_score (checkin, 4);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_false (bounce_record_is_blank (record));
  by_score = bounce_record_dup_summary (record);
  g_assert_cmpstr (by_score, ==, "Good");
  detail = bounce_record_dup_detail (record);
  g_assert_cmpstr (detail, ==, "Good — 4 of 5");

  bounce_checkin_set_feeling (checkin, "hopeful", TRUE);
  bounce_checkin_set_feeling (checkin, "tired", TRUE);
  bounce_checkin_set_feeling (checkin, "wistful", TRUE);
  g_object_get (checkin, "feelings", &feelings, NULL);
  g_assert_cmpstr (feelings, ==, "tired,hopeful,wistful");
  g_assert_true (bounce_checkin_has_feeling (checkin, "tired"));
  g_assert_false (bounce_checkin_has_feeling (checkin, "sad"));
  by_feelings = bounce_record_dup_summary (record);
  g_assert_cmpstr (by_feelings, ==, "Tired · Hopeful");

  g_object_set (checkin, "note", "\n   \n  Walked by the river.  \nThen slept.", NULL);
  by_note = bounce_record_dup_summary (record);
  g_assert_cmpstr (by_note, ==, "Walked by the river.");
  g_assert_cmpuint (notified, ==, 5);
}

static void
test_days_several_a_day (void)
{
  const BounceMoodPoint points[] = {
    { berlin_usec (2025, 5, 6, 21, 0), 4 },
    { berlin_usec (2025, 5, 5, 8, 0), 1 },
    { berlin_usec (2025, 5, 5, 13, 0), 2 },
    { berlin_usec (2025, 5, 5, 23, 59), 4 },
    { berlin_usec (2025, 5, 6, 0, 0), 5 },
  };
  g_autoptr(GArray) days = days_of (points, G_N_ELEMENTS (points));

  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpuint (day_at (days, 0)->day, ==, julian (2025, 5, 5));
  g_assert_cmpuint (day_at (days, 0)->count, ==, 3);
  g_assert_cmpfloat_with_epsilon (day_at (days, 0)->mean, 7.0 / 3, 1e-9);
  g_assert_cmpuint (day_at (days, 1)->day, ==, julian (2025, 5, 6));
  g_assert_cmpuint (day_at (days, 1)->count, ==, 2);
  g_assert_cmpfloat_with_epsilon (day_at (days, 1)->mean, 4.5, 1e-9);
}

/* The spring day is 23 hours long and the autumn one 25: a day is from one local midnight
 * to the next, not 24 hours, and not counted with the offset of another season. */
static void
test_days_across_dst (void)
{
  const BounceMoodPoint points[] = {
    /* 30 March 2025: 00:30 CET, and 23:30 CEST just before midnight. */
    { utc_usec (2025, 3, 29, 23, 30), 2 },
    { utc_usec (2025, 3, 30, 21, 30), 4 },
    /* 31 March, 00:30 CEST: still the 30th by winter's offset. */
    { utc_usec (2025, 3, 30, 22, 30), 5 },
    /* 26 October 2025: 00:30 CEST, 02:30 twice (CEST, then CET), and 23:30 CET. */
    { utc_usec (2025, 10, 25, 22, 30), 1 },
    { utc_usec (2025, 10, 26, 0, 30), 2 },
    { utc_usec (2025, 10, 26, 1, 30), 3 },
    { utc_usec (2025, 10, 26, 22, 30), 4 },
    /* 27 October, 00:30 CET: still the 26th by summer's offset. */
    { utc_usec (2025, 10, 26, 23, 30), 5 },
  };
  g_autoptr(GArray) days = days_of (points, G_N_ELEMENTS (points));

  g_assert_cmpuint (days->len, ==, 4);
  g_assert_cmpuint (day_at (days, 0)->day, ==, julian (2025, 3, 30));
  g_assert_cmpuint (day_at (days, 0)->count, ==, 2);
  g_assert_cmpfloat_with_epsilon (day_at (days, 0)->mean, 3.0, 1e-9);
  g_assert_cmpuint (day_at (days, 1)->day, ==, julian (2025, 3, 31));
  g_assert_cmpuint (day_at (days, 1)->count, ==, 1);
  g_assert_cmpuint (day_at (days, 2)->day, ==, julian (2025, 10, 26));
  g_assert_cmpuint (day_at (days, 2)->count, ==, 4);
  g_assert_cmpfloat_with_epsilon (day_at (days, 2)->mean, 2.5, 1e-9);
  g_assert_cmpuint (day_at (days, 3)->day, ==, julian (2025, 10, 27));
  g_assert_cmpuint (day_at (days, 3)->count, ==, 1);

  /* The local zone is Berlin's too: NULL counts the same days. */
  {
    g_autoptr(GArray) local = bounce_mood_days_new (points, G_N_ELEMENTS (points), NULL);

    g_assert_cmpuint (local->len, ==, 4);
    g_assert_cmpuint (day_at (local, 1)->day, ==, julian (2025, 3, 31));
    g_assert_cmpuint (day_at (local, 3)->day, ==, julian (2025, 10, 27));
  }
}

static void
test_days_leave_out_no_mood (void)
{
  const BounceMoodPoint points[] = {
    { berlin_usec (2025, 5, 5, 8, 0), 0 },
    { berlin_usec (2025, 5, 5, 9, 0), 6 },
    { berlin_usec (2025, 5, 5, 10, 0), 3 },
  };
  g_autoptr(GArray) days = days_of (points, G_N_ELEMENTS (points));
  g_autoptr(GArray) none = days_of (NULL, 0);

  g_assert_cmpuint (days->len, ==, 1);
  g_assert_cmpuint (day_at (days, 0)->count, ==, 1);
  g_assert_cmpfloat_with_epsilon (day_at (days, 0)->mean, 3.0, 1e-9);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_smoothing (void)
{
  const BounceMoodPoint points[] = {
    { berlin_usec (2025, 5, 1, 9, 0), 1 },
    { berlin_usec (2025, 5, 2, 9, 0), 3 },
    /* Two check-ins on the 3rd count as one day of mean 5. */
    { berlin_usec (2025, 5, 3, 9, 0), 5 },
    { berlin_usec (2025, 5, 3, 19, 0), 5 },
    /* Four days after the 3rd: out of its reach, but within the 6th's. */
    { berlin_usec (2025, 5, 7, 9, 0), 2 },
    { berlin_usec (2025, 5, 6, 9, 0), 4 },
    /* Alone: keeps its own mean. */
    { berlin_usec (2025, 5, 20, 9, 0), 3 },
  };
  g_autoptr(GArray) days = days_of (points, G_N_ELEMENTS (points));

  g_assert_cmpuint (days->len, ==, 6);
  /* 1st: itself (4), the 2nd (3), the 3rd (2). */
  g_assert_cmpfloat_with_epsilon (day_at (days, 0)->smoothed, (4 * 1 + 3 * 3 + 2 * 5) / 9.0,
                                  1e-9);
  /* 2nd: the 1st (3), itself (4), the 3rd (3). */
  g_assert_cmpfloat_with_epsilon (day_at (days, 1)->smoothed, (3 * 1 + 4 * 3 + 3 * 5) / 10.0,
                                  1e-9);
  /* 3rd: the 1st (2), the 2nd (3), itself (4), the 6th (1); not the 7th. */
  g_assert_cmpfloat_with_epsilon (day_at (days, 2)->smoothed,
                                  (2 * 1 + 3 * 3 + 4 * 5 + 1 * 4) / 10.0, 1e-9);
  /* 6th: the 3rd (1), itself (4), the 7th (3). */
  g_assert_cmpfloat_with_epsilon (day_at (days, 3)->smoothed, (1 * 5 + 4 * 4 + 3 * 2) / 8.0,
                                  1e-9);
  /* 7th: the 6th (3), itself (4); the 3rd is 4 days away. */
  g_assert_cmpfloat_with_epsilon (day_at (days, 4)->smoothed, (3 * 4 + 4 * 2) / 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (day_at (days, 5)->smoothed, 3.0, 1e-9);

  /* Looking one day to each side: the 2nd weighs the 1st and the 3rd 1, itself 2. */
  bounce_mood_days_smooth (days, 1);
  g_assert_cmpfloat_with_epsilon (day_at (days, 1)->smoothed, (1 * 1 + 2 * 3 + 1 * 5) / 4.0,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (day_at (days, 2)->smoothed, (1 * 3 + 2 * 5) / 3.0, 1e-9);
  /* A wider reach takes in the 7th from the 20th, 13 days away, but not the 6th. */
  bounce_mood_days_smooth (days, 13);
  g_assert_cmpfloat_with_epsilon (day_at (days, 5)->smoothed,
                                  (1 * 2 + 14 * 3) / 15.0, 1e-9);
}

static void
test_ranges (void)
{
  g_autoptr(GDateTime) now = wall_time (2025, 4, 10, 12, 0);
  g_autoptr(GDateTime) late = wall_time (2025, 8, 31, 23, 59);

  /* 4 weeks back from 10 April crosses the change to summer time: the range begins at
   * midnight in winter time. */
  g_assert_cmpuint (bounce_mood_range_first_day (BOUNCE_MOOD_RANGE_WEEKS, now), ==,
                    julian (2025, 3, 14));
  g_assert_cmpint (bounce_mood_range_since (BOUNCE_MOOD_RANGE_WEEKS, now), ==,
                   utc_usec (2025, 3, 13, 23, 0));

  g_assert_cmpuint (bounce_mood_range_first_day (BOUNCE_MOOD_RANGE_MONTHS, now), ==,
                    julian (2024, 10, 10));
  g_assert_cmpint (bounce_mood_range_since (BOUNCE_MOOD_RANGE_MONTHS, now), ==,
                   utc_usec (2024, 10, 9, 22, 0));
  /* February has no 31st. */
  g_assert_cmpuint (bounce_mood_range_first_day (BOUNCE_MOOD_RANGE_MONTHS, late), ==,
                    julian (2025, 2, 28));

  g_assert_cmpuint (bounce_mood_range_first_day (BOUNCE_MOOD_RANGE_ALL, now), ==, 0);
  g_assert_cmpint (bounce_mood_range_since (BOUNCE_MOOD_RANGE_ALL, now), ==, 0);

  g_assert_cmpint (bounce_mood_day_start (julian (2025, 10, 27), NULL), ==,
                   utc_usec (2025, 10, 26, 23, 0));
}

/* A check-in a day at 9:00 from @first (days before @now's day) to @last, with the score
 * @early in the first half and @late in the second. */
static GArray *
daily (GDateTime *now,
       int        first,
       int        last,
       int        early,
       int        late)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (BounceMoodPoint));

  for (int ago = first; ago >= last; ago--)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, -ago);
      g_autoptr(GDateTime) morning = g_date_time_new (g_date_time_get_timezone (day),
                                                      g_date_time_get_year (day),
                                                      g_date_time_get_month (day),
                                                      g_date_time_get_day_of_month (day),
                                                      9, 0, 0);
      BounceMoodPoint point = {
        g_date_time_to_unix (morning) * G_USEC_PER_SEC,
        ago > (first + last) / 2 ? early : late,
      };

      g_array_append_val (points, point);
    }

  return days_of ((BounceMoodPoint *) points->data, points->len);
}

static void
assert_describes (GArray          *days,
                  BounceMoodRange  range,
                  GDateTime       *now,
                  const char      *expected)
{
  g_autofree char *text = bounce_mood_describe (days, range, now);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_describe (void)
{
  g_autoptr(GDateTime) now = wall_time (2025, 4, 10, 20, 0);
  g_autoptr(GArray) none = days_of (NULL, 0);
  g_autoptr(GArray) lighter = daily (now, 27, 0, 2, 4);
  g_autoptr(GArray) heavier = daily (now, 27, 0, 4, 3);
  g_autoptr(GArray) level = daily (now, 27, 0, 3, 3);
  g_autoptr(GArray) short_span = daily (now, 12, 0, 1, 5);
  g_autoptr(GArray) quiet_end = daily (now, 27, 7, 1, 5);
  g_autoptr(GArray) one = daily (now, 3, 3, 4, 4);
  g_autoptr(GArray) months = daily (now, 179, 0, 2, 3);

  assert_describes (none, BOUNCE_MOOD_RANGE_WEEKS, now, "Last 4 weeks: no check-ins yet.");
  assert_describes (none, BOUNCE_MOOD_RANGE_MONTHS, now, "Last 6 months: no check-ins yet.");
  assert_describes (none, BOUNCE_MOOD_RANGE_ALL, now, "No check-ins yet.");
  assert_describes (one, BOUNCE_MOOD_RANGE_WEEKS, now,
                    "Last 4 weeks: 1 check-in, on average 4.0 of 5.");

  assert_describes (lighter, BOUNCE_MOOD_RANGE_WEEKS, now,
                    "Last 4 weeks: 28 check-ins, on average 3.0 of 5. "
                    "The last week felt lighter than the first.");
  assert_describes (heavier, BOUNCE_MOOD_RANGE_WEEKS, now,
                    "Last 4 weeks: 28 check-ins, on average 3.5 of 5. "
                    "The last week felt heavier than the first. Heavy weeks happen; "
                    "be gentle with yourself.");
  assert_describes (level, BOUNCE_MOOD_RANGE_WEEKS, now,
                    "Last 4 weeks: 28 check-ins, on average 3.0 of 5. "
                    "The last week felt much like the first.");

  /* The first and the last week of all time would overlap: no comparison. */
  assert_describes (short_span, BOUNCE_MOOD_RANGE_ALL, now,
                    "All time: 13 check-ins, on average 3.2 of 5.");
  /* Nothing in the last week of the range: nothing to compare. */
  assert_describes (quiet_end, BOUNCE_MOOD_RANGE_WEEKS, now,
                    "Last 4 weeks: 21 check-ins, on average 3.1 of 5.");
  /* Over all time, the same weeks compare from the first check-in. */
  assert_describes (lighter, BOUNCE_MOOD_RANGE_ALL, now,
                    "All time: 28 check-ins, on average 3.0 of 5. "
                    "The last week felt lighter than the first.");

  /* Half a year compares its first and last four weeks. */
  assert_describes (months, BOUNCE_MOOD_RANGE_ALL, now,
                    "All time: 180 check-ins, on average 2.5 of 5. "
                    "The last four weeks felt lighter than the first four.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mood/score-words", test_score_words);
  g_test_add_func ("/mood/feelings", test_feelings);
  g_test_add_func ("/mood/summary-and-detail", test_summary_and_detail);
  g_test_add_func ("/mood/days/several-a-day", test_days_several_a_day);
  g_test_add_func ("/mood/days/across-dst", test_days_across_dst);
  g_test_add_func ("/mood/days/leave-out-no-mood", test_days_leave_out_no_mood);
  g_test_add_func ("/mood/smoothing", test_smoothing);
  g_test_add_func ("/mood/ranges", test_ranges);
  g_test_add_func ("/mood/describe", test_describe);

  return g_test_run ();
}
