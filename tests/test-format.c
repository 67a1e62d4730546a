/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-format.c: "Today", "Yesterday" or a date, counted in Berlin across midnights and DST. */
#include "bounce-core.h"

/* The expected days and weekdays below are Berlin's: tests/meson.build sets TZ to match. */
#define ZONE "Europe/Berlin"

/* A wall-clock time in Berlin; none of them falls in the hour that autumn repeats. */
typedef struct
{
  int year;
  int month;
  int day;
  int hour;
  int minute;
  int second;
  int usec;
} WallTime;

typedef struct
{
  WallTime    now;
  WallTime    entry;
  const char *expected;
} DayCase;

typedef struct
{
  const DayCase *cases;
  gsize          n_cases;
} DayCases;

#define CASES(array) (&(const DayCases) { array, G_N_ELEMENTS (array) })


static GDateTime *
wall_time (const WallTime *t)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (ZONE);

  g_assert_nonnull (tz);
  return g_date_time_new (tz, t->year, t->month, t->day, t->hour, t->minute,
                          t->second + t->usec / (double) G_USEC_PER_SEC);
}

/* GLib 2.74 has no g_date_time_to_unix_usec(). */
static gint64
to_usec (GDateTime *dt)
{
  return g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
}

/* Both times are in the message, so that a failure says which case it was. */
static void
assert_day (GDateTime  *now,
            GDateTime  *entry,
            const char *expected)
{
  g_autofree char *now_text = g_date_time_format_iso8601 (now);
  g_autofree char *entry_text = g_date_time_format_iso8601 (entry);
  g_autofree char *day = bounce_format_day (to_usec (entry), now);
  g_autofree char *got = g_strdup_printf ("%s seen at %s: %s", entry_text, now_text, day);
  g_autofree char *want = g_strdup_printf ("%s seen at %s: %s", entry_text, now_text, expected);

  g_assert_cmpstr (got, ==, want);
}

static void
test_cases (gconstpointer data)
{
  const DayCases *cases = data;

  for (gsize i = 0; i < cases->n_cases; i++)
    {
      g_autoptr(GDateTime) now = wall_time (&cases->cases[i].now);
      g_autoptr(GDateTime) entry = wall_time (&cases->cases[i].entry);

      assert_day (now, entry, cases->cases[i].expected);
    }
}

static const DayCase today[] = {
  /* Early in the morning: the first second of the day is today already. */
  { { 2025, 6, 18, 0, 0, 30 }, { 2025, 6, 18, 0, 0, 0 }, "Today" },
  { { 2025, 6, 18, 6, 15, 0 }, { 2025, 6, 18, 0, 0, 1 }, "Today" },
  /* Late in the evening: the whole day is still today. */
  { { 2025, 6, 18, 23, 59, 59 }, { 2025, 6, 18, 0, 0, 0 }, "Today" },
  { { 2025, 6, 18, 23, 30, 0 }, { 2025, 6, 18, 23, 29, 0 }, "Today" },
  { { 2025, 6, 18, 12, 0, 0 }, { 2025, 6, 18, 12, 0, 0 }, "Today" },
};

static const DayCase yesterday[] = {
  { { 2025, 6, 18, 12, 0, 0 }, { 2025, 6, 17, 12, 0, 0 }, "Yesterday" },
  /* Nearly two days apart, but still the day before. */
  { { 2025, 6, 18, 23, 59, 59 }, { 2025, 6, 17, 0, 0, 0 }, "Yesterday" },
  { { 2025, 6, 18, 0, 0, 0 }, { 2025, 6, 17, 0, 0, 0 }, "Yesterday" },
};

static const DayCase midnight[] = {
  /* One second, or less, apart, on either side of midnight. */
  { { 2025, 6, 18, 0, 0, 0 }, { 2025, 6, 17, 23, 59, 59 }, "Yesterday" },
  { { 2025, 6, 18, 0, 0, 0 }, { 2025, 6, 17, 23, 59, 59, 999999 }, "Yesterday" },
  { { 2025, 6, 18, 0, 0, 0, 1 }, { 2025, 6, 18, 0, 0, 0 }, "Today" },
  /* Two calendar days back is not yesterday, even one second before midnight. */
  { { 2025, 6, 18, 0, 0, 0 }, { 2025, 6, 16, 23, 59, 59 }, "Monday, 16 June" },
};

static const DayCase this_week[] = {
  { { 2025, 6, 18, 12, 0, 0 }, { 2025, 6, 16, 12, 0, 0 }, "Monday, 16 June" },
  { { 2025, 6, 18, 12, 0, 0 }, { 2025, 6, 15, 10, 0, 0 }, "Sunday, 15 June" },
  { { 2025, 6, 18, 23, 59, 59 }, { 2025, 6, 12, 0, 0, 0 }, "Thursday, 12 June" },
};

static const DayCase this_year[] = {
  { { 2025, 6, 18, 12, 0, 0 }, { 2025, 2, 28, 9, 0, 0 }, "Friday, 28 February" },
  { { 2025, 6, 18, 12, 0, 0 }, { 2025, 1, 1, 0, 0, 0 }, "Wednesday, 1 January" },
  { { 2025, 12, 31, 23, 59, 59 }, { 2025, 1, 1, 0, 0, 0 }, "Wednesday, 1 January" },
  /* A leap day, and the day after it. */
  { { 2024, 3, 1, 0, 0, 0 }, { 2024, 2, 29, 23, 0, 0 }, "Yesterday" },
  { { 2024, 3, 1, 0, 0, 0 }, { 2024, 2, 28, 23, 0, 0 }, "Wednesday, 28 February" },
};

static const DayCase other_year[] = {
  { { 2025, 6, 18, 12, 0, 0 }, { 2024, 12, 31, 23, 59, 59 }, "31 December 2024" },
  /* The same day of another year is not today. */
  { { 2025, 6, 18, 12, 0, 0 }, { 2024, 6, 18, 12, 0, 0 }, "18 June 2024" },
  { { 2025, 6, 18, 12, 0, 0 }, { 1999, 3, 7, 8, 0, 0 }, "7 March 1999" },
};

static const DayCase new_year[] = {
  /* Yesterday is yesterday, even in another year. */
  { { 2025, 1, 1, 0, 0, 0 }, { 2024, 12, 31, 23, 59, 59 }, "Yesterday" },
  { { 2025, 1, 1, 23, 59, 59 }, { 2024, 12, 31, 0, 0, 0 }, "Yesterday" },
  { { 2025, 1, 1, 0, 0, 1 }, { 2025, 1, 1, 0, 0, 0 }, "Today" },
  { { 2024, 12, 31, 23, 59, 59 }, { 2024, 12, 31, 0, 0, 0 }, "Today" },
  { { 2025, 1, 2, 0, 0, 0 }, { 2024, 12, 31, 23, 59, 59 }, "31 December 2024" },
};

/* Sunday 30 March 2025: 02:00 CET is 03:00 CEST, a day of 23 hours. */
static const DayCase dst_spring[] = {
  /* 24 hours apart, but two days back. */
  { { 2025, 3, 31, 0, 30, 0 }, { 2025, 3, 29, 23, 30, 0 }, "Saturday, 29 March" },
  { { 2025, 3, 31, 0, 0, 0 }, { 2025, 3, 29, 0, 0, 0 }, "Saturday, 29 March" },
  /* The short day, seen from the next one. */
  { { 2025, 3, 31, 23, 30, 0 }, { 2025, 3, 30, 0, 30, 0 }, "Yesterday" },
  { { 2025, 3, 31, 0, 0, 0 }, { 2025, 3, 30, 0, 0, 0 }, "Yesterday" },
  { { 2025, 3, 31, 0, 0, 0 }, { 2025, 3, 30, 23, 59, 59 }, "Yesterday" },
  /* One second apart, across the skipped hour. */
  { { 2025, 3, 30, 3, 0, 0 }, { 2025, 3, 30, 1, 59, 59 }, "Today" },
  { { 2025, 3, 30, 23, 59, 59 }, { 2025, 3, 30, 0, 0, 0 }, "Today" },
  { { 2025, 3, 30, 3, 0, 0 }, { 2025, 3, 29, 23, 59, 59 }, "Yesterday" },
  { { 2025, 3, 30, 23, 59, 59 }, { 2025, 3, 29, 0, 0, 0 }, "Yesterday" },
};

/* Sunday 26 October 2025: 03:00 CEST is 02:00 CET, a day of 25 hours. */
static const DayCase dst_autumn[] = {
  /* The long day, seen from the next one: 48 hours apart, and still yesterday. */
  { { 2025, 10, 27, 23, 30, 0 }, { 2025, 10, 26, 0, 30, 0 }, "Yesterday" },
  { { 2025, 10, 27, 0, 0, 0 }, { 2025, 10, 26, 0, 0, 0 }, "Yesterday" },
  { { 2025, 10, 27, 0, 0, 0 }, { 2025, 10, 26, 23, 59, 59 }, "Yesterday" },
  /* 26 hours apart, but two days back. */
  { { 2025, 10, 27, 0, 30, 0 }, { 2025, 10, 25, 23, 30, 0 }, "Saturday, 25 October" },
  { { 2025, 10, 27, 0, 0, 0 }, { 2025, 10, 25, 0, 0, 0 }, "Saturday, 25 October" },
  /* The long day itself. */
  { { 2025, 10, 26, 23, 59, 59 }, { 2025, 10, 26, 0, 0, 0 }, "Today" },
  { { 2025, 10, 26, 23, 59, 59 }, { 2025, 10, 25, 0, 0, 0 }, "Yesterday" },
  { { 2025, 10, 26, 0, 0, 0 }, { 2025, 10, 25, 23, 59, 59 }, "Yesterday" },
};

/* A clock set back, or another device's clock ahead: a later day is never today. */
static const DayCase future[] = {
  { { 2025, 6, 18, 12, 0, 0 }, { 2025, 6, 18, 23, 0, 0 }, "Today" },
  { { 2025, 6, 18, 23, 59, 59 }, { 2025, 6, 19, 0, 0, 0 }, "Thursday, 19 June" },
  { { 2025, 6, 17, 12, 0, 0 }, { 2025, 6, 19, 12, 0, 0 }, "Thursday, 19 June" },
  { { 2025, 12, 31, 23, 59, 0 }, { 2026, 1, 1, 0, 0, 10 }, "1 January 2026" },
};

/* Microseconds before the epoch round down, to the second before, like every other time. */
static const DayCase before_1970[] = {
  /* Berlin's midnight of 1 January 1970 is 1969-12-31 23:00 UTC, a negative time. */
  { { 1970, 1, 1, 12, 0, 0 }, { 1969, 12, 31, 23, 59, 59, 500000 }, "Yesterday" },
  { { 1970, 1, 1, 12, 0, 0 }, { 1970, 1, 1, 0, 0, 0 }, "Today" },
  { { 1970, 1, 2, 12, 0, 0 }, { 1969, 12, 31, 12, 0, 0 }, "31 December 1969" },
};

/* The hour from 02:00 to 03:00 comes twice, first in CEST, then in CET; only UTC can
 * tell its two halves apart. */
static void
test_dst_repeated_hour (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (ZONE);
  g_autoptr(GDateTime) first_utc = g_date_time_new_utc (2025, 10, 26, 0, 30, 0);
  g_autoptr(GDateTime) second_utc = g_date_time_new_utc (2025, 10, 26, 1, 10, 0);
  g_autoptr(GDateTime) monday_utc = g_date_time_new_utc (2025, 10, 26, 23, 30, 0);
  g_autoptr(GDateTime) first = g_date_time_to_timezone (first_utc, tz);
  g_autoptr(GDateTime) second = g_date_time_to_timezone (second_utc, tz);
  g_autoptr(GDateTime) monday = g_date_time_to_timezone (monday_utc, tz);

  /* Guard the fixture: 02:30 CEST, then 02:10 CET, later although it reads earlier. */
  g_assert_cmpint (g_date_time_get_hour (first), ==, 2);
  g_assert_cmpint (g_date_time_get_minute (first), ==, 30);
  g_assert_cmpint (g_date_time_get_utc_offset (first), ==, 2 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_hour (second), ==, 2);
  g_assert_cmpint (g_date_time_get_minute (second), ==, 10);
  g_assert_cmpint (g_date_time_get_utc_offset (second), ==, G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_day_of_month (monday), ==, 27);

  assert_day (second, first, "Today");
  assert_day (first, second, "Today");
  assert_day (monday, first, "Yesterday");
  assert_day (monday, second, "Yesterday");
}

/* Without a fixed now, the function counts from the real one. */
static void
test_real_now (void)
{
  for (guint attempt = 0; attempt < 3; attempt++)
    {
      g_autoptr(GDateTime) before = g_date_time_new_now_local ();
      g_autofree char *day = bounce_format_day (g_date_time_to_unix (before) * G_USEC_PER_SEC,
                                                NULL);
      g_autoptr(GDateTime) after = g_date_time_new_now_local ();

      /* Midnight came in between: the answer could be either, so ask again. */
      if (g_date_time_get_day_of_year (before) != g_date_time_get_day_of_year (after))
        continue;

      g_assert_cmpstr (day, ==, "Today");
      return;
    }

  g_assert_not_reached ();
}

/* A list row's day: today's with its time, on the clock the person reads. */
static void
test_day_time (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2025, 11, 27, 14, 30, 0);
  g_autoptr(GDateTime) afternoon = g_date_time_new_local (2025, 11, 27, 14, 5, 59);
  g_autoptr(GDateTime) morning = g_date_time_new_local (2025, 11, 27, 9, 7, 0);
  g_autoptr(GDateTime) at_midnight = g_date_time_new_local (2025, 11, 27, 0, 0, 0);
  g_autoptr(GDateTime) late_yesterday = g_date_time_new_local (2025, 11, 26, 23, 59, 0);
  g_autoptr(GDateTime) year_ago = g_date_time_new_local (2024, 11, 27, 14, 5, 0);
  struct {
    GDateTime  *when;
    gboolean    twelve_hour;
    const char *expected;
  } cases[] = {
    { afternoon, FALSE, "Today, 14:05" },
    { afternoon, TRUE, "Today, 2:05 PM" },
    { morning, FALSE, "Today, 09:07" },
    /* No space where the hour has one digit. */
    { morning, TRUE, "Today, 9:07 AM" },
    { at_midnight, FALSE, "Today, 00:00" },
    { at_midnight, TRUE, "Today, 12:00 AM" },
    /* Other days as ever, without a time. */
    { late_yesterday, FALSE, "Yesterday" },
    { late_yesterday, TRUE, "Yesterday" },
    { year_ago, FALSE, "27 November 2024" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *day = bounce_format_day_time (to_usec (cases[i].when), now,
                                                     cases[i].twelve_hour);

      g_assert_cmpstr (day, ==, cases[i].expected);
    }
}

/* Every expectation here is Berlin's, so make sure that the local zone is Berlin's. */
static void
test_time_zone (void)
{
  g_autoptr(GDateTime) winter = g_date_time_new_local (2025, 3, 30, 1, 59, 59);
  g_autoptr(GDateTime) summer = g_date_time_new_local (2025, 3, 30, 3, 0, 0);

  g_assert_cmpstr (g_getenv ("TZ"), ==, ZONE);
  g_assert_cmpint (g_date_time_get_utc_offset (winter), ==, G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_utc_offset (summer), ==, 2 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_difference (summer, winter), ==, G_USEC_PER_SEC);
}

/* When the next reminder comes, for --next-nudge: today, tomorrow (across the night the
 * clocks change) or a day named with its date. */
static void
test_moment (void)
{
  const struct {
    WallTime    now;
    WallTime    when;
    const char *expected;
  } cases[] = {
    { { 2026, 11, 30, 9, 0, 0, 0 }, { 2026, 11, 30, 18, 0, 0, 0 }, "today at 18:00" },
    { { 2026, 11, 30, 23, 59, 0, 0 }, { 2026, 12, 1, 0, 5, 0, 0 }, "tomorrow at 00:05" },
    { { 2026, 3, 28, 22, 0, 0, 0 }, { 2026, 3, 29, 10, 0, 0, 0 }, "tomorrow at 10:00" },
    { { 2026, 10, 24, 22, 0, 0, 0 }, { 2026, 10, 25, 9, 5, 0, 0 }, "tomorrow at 09:05" },
    { { 2026, 11, 30, 9, 0, 0, 0 }, { 2026, 12, 7, 10, 0, 0, 0 }, "on Monday, 7 December at 10:00" },
    { { 2026, 12, 30, 9, 0, 0, 0 }, { 2027, 1, 2, 10, 0, 0, 0 }, "on Saturday, 2 January at 10:00" },
    /* Due already (missed during a suspend): it comes now, today. */
    { { 2026, 11, 30, 9, 0, 0, 0 }, { 2026, 11, 30, 8, 0, 0, 0 }, "today at 08:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) now = wall_time (&cases[i].now);
      g_autoptr(GDateTime) when = wall_time (&cases[i].when);
      g_autofree char *text = bounce_format_moment (when, now);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/day/time-zone", test_time_zone);
  g_test_add_data_func ("/format/day/today", CASES (today), test_cases);
  g_test_add_data_func ("/format/day/yesterday", CASES (yesterday), test_cases);
  g_test_add_data_func ("/format/day/midnight", CASES (midnight), test_cases);
  g_test_add_data_func ("/format/day/this-week", CASES (this_week), test_cases);
  g_test_add_data_func ("/format/day/this-year", CASES (this_year), test_cases);
  g_test_add_data_func ("/format/day/other-year", CASES (other_year), test_cases);
  g_test_add_data_func ("/format/day/new-year", CASES (new_year), test_cases);
  g_test_add_data_func ("/format/day/dst-spring", CASES (dst_spring), test_cases);
  g_test_add_data_func ("/format/day/dst-autumn", CASES (dst_autumn), test_cases);
  g_test_add_func ("/format/day/dst-repeated-hour", test_dst_repeated_hour);
  g_test_add_data_func ("/format/day/future", CASES (future), test_cases);
  g_test_add_func ("/format/day/real-now", test_real_now);
  g_test_add_data_func ("/format/day/before-1970", CASES (before_1970), test_cases);
  g_test_add_func ("/format/day-time", test_day_time);
  g_test_add_func ("/format/moment", test_moment);

  return g_test_run ();
}
