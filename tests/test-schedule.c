/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-schedule.c: when the next reminder is due, rule by rule, in Berlin across DST changes. */
#include <gio/gio.h>

#include "bounce-core.h"

#define ZONE "Europe/Berlin"
#define SCHEMA_ID "io.github.bounceback.BounceBack"

/* Minutes after midnight. */
#define HM(h, m) ((h) * 60 + (m))

/* Days of June 2025, all in summer time (+0200): the weekend before, and the week. */
enum { PREV_SAT = 14, PREV_SUN, MON, TUE, WED, THU, FRI, SAT, SUN, NEXT_MON };

#define MONDAY   (1 << 0)
#define THURSDAY (1 << 3)
#define SUNDAY   (1 << 6)

/* For "since": the app started at "now", so that no slot was missed. */
#define STARTED_NOW G_MININT64

/* Every test reads its times in Berlin, whatever TZ says. */
static GTimeZone *zone;

static gint64
local_time (int year,
            int month,
            int day,
            int hour,
            int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new (zone, year, month, day, hour, minute, 0);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static gint64
june (int day,
      int hour,
      int minute)
{
  return local_time (2025, 6, day, hour, minute);
}

static GDateTime *
in_zone (gint64 t)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);

  return g_date_time_to_timezone (utc, zone);
}

/* "2025-06-16 18:00 +0200", or "none". */
static char *
format_time (GDateTime *dt)
{
  if (dt == NULL)
    return g_strdup ("none");
  return g_date_time_format (dt, "%Y-%m-%d %H:%M %z");
}

static char *
next_text (const BounceSchedule  *schedule,
           gint64                 now,
           gint64                 since,
           const BounceNudgeSent *history,
           gsize                  n_history)
{
  g_autoptr(GDateTime) local_now = in_zone (now);
  g_autoptr(GDateTime) next = bounce_schedule_next (schedule, local_now,
                                                    since == STARTED_NOW ? now : since,
                                                    history, n_history);

  /* The answer is read in now's zone: Berlin's offset at that moment. */
  if (next != NULL)
    {
      g_autoptr(GDateTime) check = in_zone (g_date_time_to_unix (next));

      g_assert_cmpint (g_date_time_get_utc_offset (next), ==,
                       g_date_time_get_utc_offset (check));
    }

  return format_time (next);
}

/* A macro, so that a failure names the line of the case. */
#define assert_next(schedule, now, since, history, n_history, expected) \
  G_STMT_START { \
    g_autofree char *got_ = next_text (schedule, now, since, history, n_history); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

static BounceNudgeSent
entry (gint64            sent,
       BounceNudgeAnswer answer,
       gint64            answered)
{
  return (BounceNudgeSent) { sent, answer, answered, NULL };
}

static BounceNudgeSent
opened (gint64 sent)
{
  return entry (sent, BOUNCE_NUDGE_OPENED, sent + 60);
}

static BounceNudgeSent
unanswered (gint64 sent)
{
  return entry (sent, BOUNCE_NUDGE_UNANSWERED, 0);
}

static void
fixed_schedule (BounceSchedule *schedule,
                const int      *times,
                guint           n_times)
{
  bounce_schedule_init_defaults (schedule);
  schedule->timing = BOUNCE_SCHEDULE_FIXED;
  schedule->n_times = n_times;
  for (guint i = 0; i < n_times; i++)
    schedule->times[i] = times[i];
}

#define set_fixed(schedule, ...) \
  fixed_schedule (schedule, (const int[]) { __VA_ARGS__ }, \
                  G_N_ELEMENTS (((const int[]) { __VA_ARGS__ })))

/* The random minute of a day, from a moment early that day. */
static int
random_minute_of (const BounceSchedule *schedule,
                  int                   year,
                  int                   month,
                  int                   day,
                  int                   hour)
{
  g_autoptr(GDateTime) now = g_date_time_new (zone, year, month, day, hour, 0, 0);
  g_autoptr(GDateTime) next = bounce_schedule_next (schedule, now, g_date_time_to_unix (now),
                                                    NULL, 0);

  if (next == NULL)
    return -1;
  /* The slot of that very day. */
  g_assert_cmpint (g_date_time_get_day_of_month (next), ==, day);
  return g_date_time_get_hour (next) * 60 + g_date_time_get_minute (next);
}

/* The defaults are the schema's: one missed change would make the app and the tests disagree. */
static void
test_defaults (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(GVariant) times = g_settings_get_value (settings, "nudge-times");
  g_autoptr(GVariant) days = g_settings_get_value (settings, "nudge-days");
  g_autofree char *timing = g_settings_get_string (settings, "nudge-timing");
  BounceSchedule schedule;
  guint8 day_bits = 0;
  GVariantIter iter;
  gint32 value;
  guint i = 0;

  memset (&schedule, 0xaa, sizeof schedule);
  bounce_schedule_init_defaults (&schedule);

  g_assert_cmpint (schedule.enabled, ==, g_settings_get_boolean (settings, "nudges-enabled"));
  g_assert_cmpstr (timing, ==, "random");
  g_assert_cmpint (schedule.timing, ==, BOUNCE_SCHEDULE_RANDOM);

  g_assert_cmpuint (schedule.n_times, ==, g_variant_n_children (times));
  g_variant_iter_init (&iter, times);
  while (g_variant_iter_next (&iter, "i", &value))
    g_assert_cmpint (schedule.times[i++], ==, value);

  g_assert_cmpint (schedule.window_start, ==,
                   g_settings_get_int (settings, "nudge-window-start"));
  g_assert_cmpint (schedule.window_end, ==, g_settings_get_int (settings, "nudge-window-end"));

  g_variant_iter_init (&iter, days);
  while (g_variant_iter_next (&iter, "i", &value))
    day_bits |= 1 << (value - 1);
  g_assert_cmpuint (schedule.days, ==, day_bits);
  g_assert_cmpuint (schedule.days, ==, 0x7f);

  g_assert_cmpint (schedule.quiet_enabled, ==,
                   g_settings_get_boolean (settings, "quiet-hours-enabled"));
  g_assert_cmpint (schedule.quiet_start, ==, g_settings_get_int (settings, "quiet-hours-start"));
  g_assert_cmpint (schedule.quiet_end, ==, g_settings_get_int (settings, "quiet-hours-end"));
  g_assert_cmpint (schedule.daily_cap, ==, g_settings_get_int (settings, "nudge-daily-cap"));
  g_assert_cmpint (schedule.snooze_minutes, ==, g_settings_get_int (settings, "snooze-minutes"));
  g_assert_cmpuint (schedule.seed, ==, 0);

  /* And the values the brief names, in case the schema changes by mistake. */
  g_assert_cmpint (schedule.times[0], ==, HM (10, 0));
  g_assert_cmpint (schedule.times[1], ==, HM (18, 0));
  g_assert_cmpint (schedule.window_start, ==, HM (9, 0));
  g_assert_cmpint (schedule.window_end, ==, HM (20, 0));
  g_assert_cmpint (schedule.quiet_start, ==, HM (22, 0));
  g_assert_cmpint (schedule.quiet_end, ==, HM (8, 0));
  g_assert_cmpint (schedule.daily_cap, ==, 2);
  g_assert_cmpint (schedule.snooze_minutes, ==, 60);
}

static void
test_disabled (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[1];

  set_fixed (&schedule, HM (10, 0), HM (18, 0));
  assert_next (&schedule, june (MON, 12, 0), STARTED_NOW, NULL, 0, "2025-06-16 18:00 +0200");

  schedule.enabled = FALSE;
  assert_next (&schedule, june (MON, 12, 0), STARTED_NOW, NULL, 0, "none");

  /* Not even a snooze comes back. */
  history[0] = entry (june (MON, 10, 0), BOUNCE_NUDGE_SNOOZED, june (MON, 10, 5));
  assert_next (&schedule, june (MON, 10, 5), STARTED_NOW, history, 1, "none");

  bounce_schedule_init_defaults (&schedule);
  schedule.enabled = FALSE;
  assert_next (&schedule, june (MON, 12, 0), STARTED_NOW, NULL, 0, "none");
}

static void
test_fixed_same_day (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[1];

  set_fixed (&schedule, HM (10, 0), HM (18, 0));
  assert_next (&schedule, june (MON, 8, 30), STARTED_NOW, NULL, 0, "2025-06-16 10:00 +0200");
  assert_next (&schedule, june (MON, 12, 0), STARTED_NOW, NULL, 0, "2025-06-16 18:00 +0200");

  history[0] = opened (june (MON, 10, 0));
  assert_next (&schedule, june (MON, 10, 0), STARTED_NOW, history, 1, "2025-06-16 18:00 +0200");

  /* The order of the times does not matter, and a time given twice is one slot. */
  set_fixed (&schedule, HM (18, 0), HM (10, 0), HM (18, 0));
  schedule.daily_cap = 3;
  assert_next (&schedule, june (MON, 8, 30), STARTED_NOW, NULL, 0, "2025-06-16 10:00 +0200");
  history[0] = opened (june (MON, 18, 0));
  assert_next (&schedule, june (MON, 18, 0), STARTED_NOW, history, 1, "2025-06-17 10:00 +0200");
}

static void
test_fixed_next_day (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[2];

  set_fixed (&schedule, HM (10, 0), HM (18, 0));
  assert_next (&schedule, june (MON, 19, 0), STARTED_NOW, NULL, 0, "2025-06-17 10:00 +0200");

  /* Only strictly after the last one sent: not the same slot again. */
  history[0] = opened (june (MON, 10, 0));
  history[1] = opened (june (MON, 18, 0));
  assert_next (&schedule, june (MON, 18, 0), STARTED_NOW, history, 2, "2025-06-17 10:00 +0200");

  /* Across the end of a month and a year. */
  assert_next (&schedule, local_time (2025, 6, 30, 19, 0), STARTED_NOW, NULL, 0,
               "2025-07-01 10:00 +0200");
  assert_next (&schedule, local_time (2025, 12, 31, 19, 0), STARTED_NOW, NULL, 0,
               "2026-01-01 10:00 +0100");
}

static void
test_days_of_week (void)
{
  BounceSchedule schedule;

  set_fixed (&schedule, HM (10, 0), HM (18, 0));
  schedule.days = MONDAY | THURSDAY;
  assert_next (&schedule, june (FRI, 12, 0), STARTED_NOW, NULL, 0, "2025-06-23 10:00 +0200");
  assert_next (&schedule, june (MON, 19, 0), STARTED_NOW, NULL, 0, "2025-06-19 10:00 +0200");
  assert_next (&schedule, june (TUE, 8, 0), STARTED_NOW, NULL, 0, "2025-06-19 10:00 +0200");
  assert_next (&schedule, june (THU, 12, 0), STARTED_NOW, NULL, 0, "2025-06-19 18:00 +0200");

  schedule.days = SUNDAY;
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, NULL, 0, "2025-06-22 10:00 +0200");

  /* The bits above Sunday mean nothing. */
  schedule.days = 0x80;
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, NULL, 0, "none");
}

static void
test_no_days (void)
{
  BounceSchedule schedule;

  set_fixed (&schedule, HM (10, 0), HM (18, 0));
  schedule.days = 0;
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, NULL, 0, "none");

  bounce_schedule_init_defaults (&schedule);
  schedule.days = 0;
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, NULL, 0, "none");
}

static void
test_bad_settings (void)
{
  BounceSchedule schedule;

  set_fixed (&schedule, HM (10, 0));
  schedule.n_times = 0;
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, NULL, 0, "none");

  /* Times out of the day are ignored. */
  set_fixed (&schedule, -5, HM (24, 0), 5000);
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, NULL, 0, "none");
  set_fixed (&schedule, -5, HM (24, 0), HM (10, 0), 5000);
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, NULL, 0, "2025-06-16 10:00 +0200");

  /* Too many times: only the first BOUNCE_SCHEDULE_MAX_TIMES are read (ASan checks that
   * nothing past the array is). */
  set_fixed (&schedule, HM (10, 0), HM (11, 0), HM (12, 0), HM (13, 0),
             HM (14, 0), HM (15, 0), HM (16, 0), HM (17, 0));
  schedule.n_times = 100000;
  schedule.daily_cap = 8;
  assert_next (&schedule, june (MON, 16, 30), STARTED_NOW, NULL, 0, "2025-06-16 17:00 +0200");
  assert_next (&schedule, june (MON, 17, 30), STARTED_NOW, NULL, 0, "2025-06-17 10:00 +0200");

  /* An empty or reversed window has no time. */
  bounce_schedule_init_defaults (&schedule);
  schedule.window_start = HM (12, 0);
  schedule.window_end = HM (12, 0);
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, NULL, 0, "none");
  schedule.window_end = HM (11, 0);
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, NULL, 0, "none");

  /* A window beyond the day is cut to it: every day still has its slot. */
  schedule.quiet_enabled = FALSE;
  schedule.window_start = -100;
  schedule.window_end = 9000;
  for (int day = 1; day <= 30; day++)
    g_assert_cmpint (random_minute_of (&schedule, 2025, 6, day, 0), >=, 0);
}

/* The same seed and day give the same minute, however it is asked. */
static void
test_random_deterministic (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[1];
  g_autofree char *monday = NULL;
  g_autofree char *tuesday = NULL;

  bounce_schedule_init_defaults (&schedule);
  schedule.seed = 42;

  monday = next_text (&schedule, june (MON, 0, 0), STARTED_NOW, NULL, 0);
  g_assert_true (g_str_has_prefix (monday, "2025-06-16 "));
  assert_next (&schedule, june (MON, 0, 0), STARTED_NOW, NULL, 0, monday);
  assert_next (&schedule, june (MON, 8, 59), STARTED_NOW, NULL, 0, monday);
  /* From Sunday after the window: Monday's. */
  assert_next (&schedule, june (PREV_SUN, 20, 0), STARTED_NOW, NULL, 0, monday);

  /* What was sent before does not move the day's time. */
  history[0] = opened (june (MON, 8, 0));
  assert_next (&schedule, june (MON, 8, 30), STARTED_NOW, history, 1, monday);

  tuesday = next_text (&schedule, june (TUE, 0, 0), STARTED_NOW, NULL, 0);
  g_assert_true (g_str_has_prefix (tuesday, "2025-06-17 "));
  assert_next (&schedule, june (MON, 20, 0), STARTED_NOW, NULL, 0, tuesday);

  /* One slot a day: once it is sent, the next is the next day's. */
  history[0] = opened (june (MON, 20, 0));
  assert_next (&schedule, june (MON, 20, 0), STARTED_NOW, history, 1, tuesday);
}

/* Over a year, every draw is inside the window, and the draws spread over it. */
static void
test_random_window (void)
{
  BounceSchedule schedule;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GDate date;

  g_date_clear (&date, 1);
  bounce_schedule_init_defaults (&schedule);
  schedule.quiet_enabled = FALSE;

  for (guint32 seed = 0; seed < 3; seed++)
    {
      schedule.seed = seed;
      for (g_date_set_dmy (&date, 1, 1, 2026); g_date_get_year (&date) == 2026;
           g_date_add_days (&date, 1))
        {
          int minute = random_minute_of (&schedule, g_date_get_year (&date),
                                         g_date_get_month (&date), g_date_get_day (&date), 0);

          g_assert_cmpint (minute, >=, HM (9, 0));
          g_assert_cmpint (minute, <, HM (20, 0));
          g_hash_table_add (seen, GINT_TO_POINTER (minute));
        }
    }

  /* 1095 draws over 660 minutes: a working draw sees most of them. */
  g_assert_cmpuint (g_hash_table_size (seen), >, 400);

  /* A window of one minute. */
  schedule.window_start = HM (10, 0);
  schedule.window_end = HM (10, 1);
  g_assert_cmpint (random_minute_of (&schedule, 2025, 6, MON, 0), ==, HM (10, 0));
  g_assert_cmpint (random_minute_of (&schedule, 2025, 6, TUE, 0), ==, HM (10, 0));

  /* The window's end may be midnight. */
  schedule.window_start = HM (23, 59);
  schedule.window_end = HM (24, 0);
  g_assert_cmpint (random_minute_of (&schedule, 2025, 6, MON, 0), ==, HM (23, 59));
}

static void
test_random_seeds (void)
{
  BounceSchedule schedule;
  BounceSchedule other;
  guint differ = 0;

  bounce_schedule_init_defaults (&schedule);
  other = schedule;
  other.seed = 1;

  for (int day = 1; day <= 30; day++)
    differ += random_minute_of (&schedule, 2025, 6, day, 0)
              != random_minute_of (&other, 2025, 6, day, 0);

  /* Two seeds agree on a day about once in 660. */
  g_assert_cmpuint (differ, >=, 25);

  /* The draw depends on the whole date, not on the day of the month alone. */
  g_assert_cmpint (random_minute_of (&schedule, 2025, 6, 10, 0), !=,
                   random_minute_of (&schedule, 2025, 7, 10, 0));
}

static void
test_random_quiet (void)
{
  BounceSchedule schedule;
  gboolean outside = FALSE;
  GDate date;

  g_date_clear (&date, 1);
  bounce_schedule_init_defaults (&schedule);
  schedule.window_start = 0;
  schedule.window_end = HM (24, 0);

  /* With quiet hours from 22:00 to 08:00, every day still has its slot, outside them. */
  for (g_date_set_dmy (&date, 1, 1, 2026); g_date_get_year (&date) == 2026;
       g_date_add_days (&date, 1))
    {
      int minute = random_minute_of (&schedule, g_date_get_year (&date),
                                     g_date_get_month (&date), g_date_get_day (&date), 0);

      g_assert_cmpint (minute, >=, HM (8, 0));
      g_assert_cmpint (minute, <, HM (22, 0));
    }

  /* Without them, the same window gives night times too. */
  schedule.quiet_enabled = FALSE;
  for (g_date_set_dmy (&date, 1, 1, 2026); g_date_get_year (&date) == 2026;
       g_date_add_days (&date, 1))
    {
      int minute = random_minute_of (&schedule, g_date_get_year (&date),
                                     g_date_get_month (&date), g_date_get_day (&date), 0);

      outside |= minute < HM (8, 0) || minute >= HM (22, 0);
    }
  g_assert_true (outside);

  /* A window all inside quiet hours never has a slot. */
  schedule.quiet_enabled = TRUE;
  schedule.window_start = HM (23, 0);
  schedule.window_end = HM (23, 30);
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, NULL, 0, "none");
}

static void
test_quiet_across_midnight (void)
{
  BounceSchedule schedule;

  set_fixed (&schedule, HM (7, 0), HM (8, 0), HM (21, 59), HM (22, 0), HM (23, 0));
  schedule.daily_cap = 8;
  g_assert_true (schedule.quiet_enabled);
  g_assert_cmpint (schedule.quiet_start, ==, HM (22, 0));
  g_assert_cmpint (schedule.quiet_end, ==, HM (8, 0));

  /* 22:00 and 23:00 are skipped, then 07:00; 08:00 and 21:59 are kept. */
  assert_next (&schedule, june (MON, 21, 59) + 1, STARTED_NOW, NULL, 0, "2025-06-17 08:00 +0200");
  assert_next (&schedule, june (MON, 6, 0), STARTED_NOW, NULL, 0, "2025-06-16 08:00 +0200");
  assert_next (&schedule, june (MON, 12, 0), STARTED_NOW, NULL, 0, "2025-06-16 21:59 +0200");

  /* Without quiet hours, they all come. */
  schedule.quiet_enabled = FALSE;
  assert_next (&schedule, june (MON, 21, 59) + 1, STARTED_NOW, NULL, 0, "2025-06-16 22:00 +0200");
  assert_next (&schedule, june (MON, 22, 30), STARTED_NOW, NULL, 0, "2025-06-16 23:00 +0200");
  assert_next (&schedule, june (MON, 23, 30), STARTED_NOW, NULL, 0, "2025-06-17 07:00 +0200");

  /* The same start and end: no quiet hours. */
  schedule.quiet_enabled = TRUE;
  schedule.quiet_start = schedule.quiet_end = HM (8, 0);
  assert_next (&schedule, june (MON, 22, 30), STARTED_NOW, NULL, 0, "2025-06-16 23:00 +0200");
}

static void
test_quiet_same_day (void)
{
  BounceSchedule schedule;

  set_fixed (&schedule, HM (11, 59), HM (12, 0), HM (13, 59), HM (14, 0));
  schedule.daily_cap = 8;
  schedule.quiet_start = HM (12, 0);
  schedule.quiet_end = HM (14, 0);

  assert_next (&schedule, june (MON, 11, 0), STARTED_NOW, NULL, 0, "2025-06-16 11:59 +0200");
  assert_next (&schedule, june (MON, 11, 59) + 1, STARTED_NOW, NULL, 0, "2025-06-16 14:00 +0200");
}

static void
test_cap (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[2];

  set_fixed (&schedule, HM (10, 0), HM (14, 0), HM (18, 0));
  g_assert_cmpint (schedule.daily_cap, ==, 2);

  history[0] = opened (june (MON, 10, 0));
  history[1] = opened (june (MON, 14, 0));
  assert_next (&schedule, june (MON, 14, 30), STARTED_NOW, history, 2, "2025-06-17 10:00 +0200");

  schedule.daily_cap = 3;
  assert_next (&schedule, june (MON, 14, 30), STARTED_NOW, history, 2, "2025-06-16 18:00 +0200");

  /* A cap below one is one. */
  schedule.daily_cap = 0;
  assert_next (&schedule, june (MON, 10, 30), STARTED_NOW, history, 1, "2025-06-17 10:00 +0200");
  schedule.daily_cap = -3;
  assert_next (&schedule, june (MON, 10, 30), STARTED_NOW, history, 1, "2025-06-17 10:00 +0200");

  /* The cap counts per day: yesterday's reminders leave today alone. */
  schedule.daily_cap = 2;
  history[0] = opened (june (PREV_SUN, 14, 0));
  history[1] = opened (june (PREV_SUN, 18, 0));
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, history, 2, "2025-06-16 10:00 +0200");

  /* ... counted on the local day: 00:30 in Berlin is still the 16th's. */
  history[0] = opened (june (MON, 0, 30));
  history[1] = opened (june (MON, 1, 0));
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, history, 2, "2025-06-17 10:00 +0200");
}

static void
test_snooze (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[2];

  set_fixed (&schedule, HM (10, 0), HM (18, 0));
  history[0] = entry (june (MON, 10, 0), BOUNCE_NUDGE_SNOOZED, june (MON, 10, 5));
  assert_next (&schedule, june (MON, 10, 5), STARTED_NOW, history, 1, "2025-06-16 11:05 +0200");

  schedule.snooze_minutes = 15;
  assert_next (&schedule, june (MON, 10, 5), STARTED_NOW, history, 1, "2025-06-16 10:20 +0200");

  /* A snooze below a minute is a minute. */
  schedule.snooze_minutes = 0;
  assert_next (&schedule, june (MON, 10, 5), STARTED_NOW, history, 1, "2025-06-16 10:06 +0200");
}

/* The snooze comes back even when the day's cap is reached. */
static void
test_snooze_beyond_cap (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[2];

  set_fixed (&schedule, HM (10, 0), HM (18, 0));
  schedule.daily_cap = 1;
  history[0] = entry (june (MON, 10, 0), BOUNCE_NUDGE_SNOOZED, june (MON, 10, 5));
  assert_next (&schedule, june (MON, 10, 5), STARTED_NOW, history, 1, "2025-06-16 11:05 +0200");

  /* Once it is back, the cap holds again. */
  history[1] = opened (june (MON, 11, 5));
  assert_next (&schedule, june (MON, 11, 5), STARTED_NOW, history, 2, "2025-06-17 10:00 +0200");
}

/* The snooze comes back even on a day that is turned off. */
static void
test_snooze_other_day (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[1];

  set_fixed (&schedule, HM (10, 0));
  schedule.days = MONDAY;
  history[0] = entry (june (SUN, 10, 0), BOUNCE_NUDGE_SNOOZED, june (SUN, 10, 5));
  assert_next (&schedule, june (SUN, 10, 5), STARTED_NOW, history, 1, "2025-06-22 11:05 +0200");

  schedule.days = 0;
  assert_next (&schedule, june (SUN, 10, 5), STARTED_NOW, history, 1, "2025-06-22 11:05 +0200");
}

static void
test_snooze_quiet (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[1];

  set_fixed (&schedule, HM (10, 0), HM (18, 0));

  /* 22:30 is quiet: the snooze waits for 08:00 the next day. */
  history[0] = entry (june (MON, 21, 25), BOUNCE_NUDGE_SNOOZED, june (MON, 21, 30));
  assert_next (&schedule, june (MON, 21, 30), STARTED_NOW, history, 1, "2025-06-17 08:00 +0200");

  /* 07:30 is quiet: 08:00 the same day. */
  history[0] = entry (june (TUE, 6, 25), BOUNCE_NUDGE_SNOOZED, june (TUE, 6, 30));
  assert_next (&schedule, june (TUE, 6, 30), STARTED_NOW, history, 1, "2025-06-17 08:00 +0200");

  /* Quiet hours inside a day. */
  schedule.quiet_start = HM (12, 0);
  schedule.quiet_end = HM (14, 0);
  history[0] = entry (june (MON, 11, 0), BOUNCE_NUDGE_SNOOZED, june (MON, 11, 30));
  assert_next (&schedule, june (MON, 11, 30), STARTED_NOW, history, 1, "2025-06-16 14:00 +0200");

  /* Without quiet hours, the snooze keeps its time. */
  schedule.quiet_enabled = FALSE;
  history[0] = entry (june (MON, 21, 25), BOUNCE_NUDGE_SNOOZED, june (MON, 21, 30));
  assert_next (&schedule, june (MON, 21, 30), STARTED_NOW, history, 1, "2025-06-16 22:30 +0200");
}

/* A snooze coming back does not count toward the cap. */
static void
test_snooze_not_counted (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[3];

  set_fixed (&schedule, HM (10, 0), HM (14, 0), HM (18, 0));
  g_assert_cmpint (schedule.daily_cap, ==, 2);
  history[0] = entry (june (MON, 10, 0), BOUNCE_NUDGE_SNOOZED, june (MON, 10, 5));
  history[1] = opened (june (MON, 11, 5));
  assert_next (&schedule, june (MON, 11, 10), STARTED_NOW, history, 2, "2025-06-16 14:00 +0200");

  /* The 14:00 one counts: with 10:00, that is two. */
  history[2] = opened (june (MON, 14, 0));
  assert_next (&schedule, june (MON, 14, 0), STARTED_NOW, history, 3, "2025-06-17 10:00 +0200");
}

/* A snooze that fell due while the app was not running has lapsed. */
static void
test_snooze_since (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[1];

  set_fixed (&schedule, HM (10, 0), HM (14, 0), HM (18, 0));
  history[0] = entry (june (MON, 10, 0), BOUNCE_NUDGE_SNOOZED, june (MON, 10, 5));

  /* Started at 12:00: the 11:05 snooze is not sent late. */
  assert_next (&schedule, june (MON, 12, 0), june (MON, 12, 0), history, 1,
               "2025-06-16 14:00 +0200");

  /* Running all along, but suspended over 11:05: it is due at once. */
  assert_next (&schedule, june (MON, 12, 0), june (MON, 9, 0), history, 1,
               "2025-06-16 11:05 +0200");
}

static void
test_not_today (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[2];

  set_fixed (&schedule, HM (10, 0), HM (14, 0), HM (18, 0));
  schedule.daily_cap = 3;
  history[0] = entry (june (MON, 10, 0), BOUNCE_NUDGE_NOT_TODAY, june (MON, 10, 2));
  assert_next (&schedule, june (MON, 10, 3), STARTED_NOW, history, 1, "2025-06-17 10:00 +0200");

  /* Another answer after it does not bring the day back. */
  history[1] = opened (june (MON, 10, 30));
  assert_next (&schedule, june (MON, 10, 31), STARTED_NOW, history, 2, "2025-06-17 10:00 +0200");

  /* The day is the answer's: Monday's reminder, answered on Tuesday, silences Tuesday. */
  history[0] = entry (june (MON, 18, 0), BOUNCE_NUDGE_NOT_TODAY, june (TUE, 9, 0));
  assert_next (&schedule, june (TUE, 9, 0), STARTED_NOW, history, 1, "2025-06-18 10:00 +0200");
  history[0] = entry (june (MON, 18, 0), BOUNCE_NUDGE_OPENED, june (TUE, 9, 0));
  assert_next (&schedule, june (TUE, 9, 0), STARTED_NOW, history, 1, "2025-06-17 10:00 +0200");

  /* Last week's "not today" is not today's. */
  history[0] = entry (local_time (2025, 6, 9, 10, 0), BOUNCE_NUDGE_NOT_TODAY,
                      local_time (2025, 6, 9, 10, 1));
  assert_next (&schedule, june (MON, 9, 0), STARTED_NOW, history, 1, "2025-06-16 10:00 +0200");
}

static void
test_since (void)
{
  BounceSchedule schedule;

  set_fixed (&schedule, HM (10, 0), HM (18, 0));

  /* Started at 11:00: the 10:00 slot is not sent late. */
  assert_next (&schedule, june (MON, 12, 0), june (MON, 11, 0), NULL, 0,
               "2025-06-16 18:00 +0200");

  /* Started at 09:00 and not sent (suspended, or the clock jumped): due at once. */
  assert_next (&schedule, june (MON, 12, 0), june (MON, 9, 0), NULL, 0,
               "2025-06-16 10:00 +0200");

  /* Started on the minute of the slot. */
  assert_next (&schedule, june (MON, 10, 0), june (MON, 10, 0), NULL, 0,
               "2025-06-16 10:00 +0200");
  assert_next (&schedule, june (MON, 10, 0), june (MON, 10, 0) + 1, NULL, 0,
               "2025-06-16 18:00 +0200");

  /* Suspended overnight: yesterday's evening slot comes at once, in the morning. */
  assert_next (&schedule, june (TUE, 9, 0), june (MON, 11, 0), NULL, 0,
               "2025-06-16 18:00 +0200");
}

static void
test_missed_only_one (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[2];

  set_fixed (&schedule, HM (10, 0), HM (12, 0), HM (14, 0), HM (18, 0));
  schedule.daily_cap = 8;

  /* 10:00, 12:00 and 14:00 were missed: only the latest comes. */
  assert_next (&schedule, june (MON, 15, 0), june (MON, 9, 0), NULL, 0,
               "2025-06-16 14:00 +0200");

  /* Once it is sent, the others do not follow. */
  history[0] = opened (june (MON, 15, 0));
  assert_next (&schedule, june (MON, 15, 0), june (MON, 9, 0), history, 1,
               "2025-06-16 18:00 +0200");

  /* Missed over days: the latest, once. */
  history[0] = opened (june (PREV_SAT, 18, 0));
  assert_next (&schedule, june (MON, 11, 0), june (PREV_SAT, 9, 0), history, 1,
               "2025-06-16 10:00 +0200");
  history[1] = opened (june (MON, 11, 0));
  assert_next (&schedule, june (MON, 11, 0), june (PREV_SAT, 9, 0), history, 2,
               "2025-06-16 12:00 +0200");
}

/* The last @n_unanswered of @history were left alone, and the one before was opened; the last
 * was sent on Monday at 18:00. Returns how many entries. */
static gsize
ignored_history (BounceNudgeSent *history,
                 gsize            n_unanswered)
{
  gsize n = n_unanswered + 1;

  /* Twice a day backwards from Monday 18:00. */
  for (gsize i = 0; i < n; i++)
    {
      gsize back = n - 1 - i;
      gint64 sent = june (MON - (int) (back / 2), back % 2 ? 10 : 18, 0);

      history[i] = i == 0 ? opened (sent) : unanswered (sent);
    }

  return n;
}

static void
test_back_off (void)
{
  struct
  {
    gsize       unanswered;
    const char *expected;
  } cases[] = {
    { 0, "2025-06-17 10:00 +0200" },
    { 1, "2025-06-17 10:00 +0200" },
    { 2, "2025-06-17 10:00 +0200" },
    { 3, "2025-06-18 10:00 +0200" },   /* two days after Monday */
    { 4, "2025-06-20 10:00 +0200" },   /* four */
    { 5, "2025-06-23 10:00 +0200" },   /* seven */
    { 6, "2025-06-23 10:00 +0200" },
    { 10, "2025-06-23 10:00 +0200" },
  };
  BounceSchedule schedule;

  set_fixed (&schedule, HM (10, 0), HM (18, 0));

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      BounceNudgeSent history[12];
      gsize n = ignored_history (history, cases[i].unanswered);
      g_autofree char *got = NULL;
      g_autofree char *got_case = NULL;
      g_autofree char *want_case = NULL;

      g_assert_cmpint (history[n - 1].sent, ==, june (MON, 18, 0));
      got = next_text (&schedule, june (MON, 18, 30), STARTED_NOW, history, n);
      got_case = g_strdup_printf ("%" G_GSIZE_FORMAT " unanswered: %s",
                                  cases[i].unanswered, got);
      want_case = g_strdup_printf ("%" G_GSIZE_FORMAT " unanswered: %s",
                                   cases[i].unanswered, cases[i].expected);
      g_assert_cmpstr (got_case, ==, want_case);
    }
}

/* Any answer ends the back-off. */
static void
test_back_off_reset (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[12];
  gsize n;

  set_fixed (&schedule, HM (10, 0), HM (18, 0));

  n = ignored_history (history, 6);
  history[n - 1] = opened (june (MON, 18, 0));
  assert_next (&schedule, june (MON, 18, 30), STARTED_NOW, history, n, "2025-06-17 10:00 +0200");

  history[n - 1] = entry (june (MON, 18, 0), BOUNCE_NUDGE_NOT_TODAY, june (MON, 18, 5));
  assert_next (&schedule, june (MON, 18, 30), STARTED_NOW, history, n, "2025-06-17 10:00 +0200");

  history[n - 1] = entry (june (MON, 18, 0), BOUNCE_NUDGE_SNOOZED, june (MON, 18, 5));
  assert_next (&schedule, june (MON, 18, 30), STARTED_NOW, history, n, "2025-06-16 19:05 +0200");

  /* An answer in the middle: only the two after it count. */
  n = ignored_history (history, 6);
  history[n - 3] = opened (history[n - 3].sent);
  assert_next (&schedule, june (MON, 18, 30), STARTED_NOW, history, n, "2025-06-17 10:00 +0200");
}

/* In back-off, one a day at most. Only a log out of order shows it, as after a clock set back:
 * one reminder already on Wednesday fills Wednesday. */
static void
test_back_off_cap (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[3];

  set_fixed (&schedule, HM (10, 0), HM (18, 0));
  g_assert_cmpint (schedule.daily_cap, ==, 2);
  history[0] = unanswered (june (PREV_SUN, 18, 0));
  history[1] = unanswered (june (MON, 10, 0));
  history[2] = unanswered (june (MON, 18, 0));
  assert_next (&schedule, june (MON, 18, 30), STARTED_NOW, history, 3, "2025-06-18 10:00 +0200");

  history[0] = unanswered (june (WED, 9, 0));
  assert_next (&schedule, june (MON, 18, 30), STARTED_NOW, history, 3, "2025-06-19 10:00 +0200");
}

/* Times are read in now's zone, whatever it is. */
static void
test_other_zone (void)
{
  BounceSchedule schedule;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2025, 6, 16, 12, 0, 0);
  g_autoptr(GDateTime) next = NULL;
  g_autofree char *text = NULL;

  set_fixed (&schedule, HM (10, 0), HM (18, 0));
  next = bounce_schedule_next (&schedule, now, g_date_time_to_unix (now), NULL, 0);
  text = format_time (next);
  g_assert_cmpstr (text, ==, "2025-06-16 18:00 +0000");
  g_assert_cmpstr (g_time_zone_get_identifier (g_date_time_get_timezone (next)), ==,
                   g_time_zone_get_identifier (utc));
}

/* Sunday 29 March 2026: at 02:00 CET the clocks go to 03:00 CEST. */
static void
test_dst_spring (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[1];
  gint64 midnight = local_time (2026, 3, 29, 0, 0);

  set_fixed (&schedule, HM (2, 30));
  schedule.quiet_enabled = FALSE;

  /* 02:30 does not exist that day: it comes an hour later, 03:30 summer time. */
  assert_next (&schedule, midnight, STARTED_NOW, NULL, 0, "2026-03-29 03:30 +0200");
  history[0] = opened (local_time (2026, 3, 29, 3, 30));
  assert_next (&schedule, local_time (2026, 3, 29, 3, 30), STARTED_NOW, history, 1,
               "2026-03-30 02:30 +0200");
  assert_next (&schedule, local_time (2026, 3, 28, 3, 0), STARTED_NOW, NULL, 0,
               "2026-03-29 03:30 +0200");

  /* 10:00 is 10:00 on the clock, before and after the change. */
  set_fixed (&schedule, HM (10, 0));
  assert_next (&schedule, local_time (2026, 3, 27, 12, 0), STARTED_NOW, NULL, 0,
               "2026-03-28 10:00 +0100");
  assert_next (&schedule, local_time (2026, 3, 28, 12, 0), STARTED_NOW, NULL, 0,
               "2026-03-29 10:00 +0200");
  assert_next (&schedule, midnight, STARTED_NOW, NULL, 0, "2026-03-29 10:00 +0200");
}

/* Sunday 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET. */
static void
test_dst_autumn (void)
{
  BounceSchedule schedule;
  BounceNudgeSent history[1];
  g_autoptr(GDateTime) first_utc = g_date_time_new_utc (2026, 10, 25, 0, 30, 0);
  g_autoptr(GDateTime) second_utc = g_date_time_new_utc (2026, 10, 25, 1, 30, 0);
  gint64 first = g_date_time_to_unix (first_utc);
  gint64 second = g_date_time_to_unix (second_utc);
  gint64 midnight = local_time (2026, 10, 25, 0, 0);

  set_fixed (&schedule, HM (2, 30));
  schedule.quiet_enabled = FALSE;

  /* 02:30 comes twice that day: the first, in summer time. */
  assert_next (&schedule, midnight, STARTED_NOW, NULL, 0, "2026-10-25 02:30 +0200");

  /* ... and once: after it, the next is Monday's, not the second 02:30. */
  history[0] = opened (first);
  assert_next (&schedule, first, STARTED_NOW, history, 1, "2026-10-26 02:30 +0100");
  assert_next (&schedule, second, STARTED_NOW, history, 1, "2026-10-26 02:30 +0100");

  /* Started between the two: the first one was missed, and the second is not a slot. */
  assert_next (&schedule, first + 60, first + 60, NULL, 0, "2026-10-26 02:30 +0100");

  /* 10:00 is 10:00 on the clock, before and after the change. */
  set_fixed (&schedule, HM (10, 0));
  assert_next (&schedule, local_time (2026, 10, 23, 12, 0), STARTED_NOW, NULL, 0,
               "2026-10-24 10:00 +0200");
  assert_next (&schedule, local_time (2026, 10, 24, 12, 0), STARTED_NOW, NULL, 0,
               "2026-10-25 10:00 +0100");
  assert_next (&schedule, second, STARTED_NOW, NULL, 0, "2026-10-25 10:00 +0100");
}

/* A timer that wakes every minute and sends what is due: each slot comes once, on time. */
static void
walk (int                year,
      int                month,
      int                day,
      const char *const *expected)
{
  BounceSchedule schedule;
  g_autoptr(GArray) history = g_array_new (FALSE, FALSE, sizeof (BounceNudgeSent));
  g_autoptr(GPtrArray) sent = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *got = NULL;
  g_autofree char *want = NULL;
  gint64 start = local_time (year, month, day - 1, 23, 0);
  gint64 end = local_time (year, month, day + 1, 1, 0);

  set_fixed (&schedule, HM (0, 30), HM (1, 30), HM (2, 0), HM (2, 30),
             HM (3, 0), HM (3, 30), HM (10, 0), HM (23, 30));
  schedule.quiet_enabled = FALSE;
  schedule.daily_cap = 8;

  for (gint64 now = start; now <= end; now += 60)
    {
      g_autoptr(GDateTime) local_now = in_zone (now);
      g_autoptr(GDateTime) next = bounce_schedule_next (&schedule, local_now, start,
                                                        (BounceNudgeSent *) history->data,
                                                        history->len);
      BounceNudgeSent opened_now = opened (now);

      g_assert_nonnull (next);
      if (g_date_time_to_unix (next) > now)
        continue;

      /* Due now, and not late: the walk never skips a minute. */
      g_assert_cmpint (g_date_time_to_unix (next), ==, now);
      g_ptr_array_add (sent, format_time (next));
      g_array_append_val (history, opened_now);
    }

  g_ptr_array_add (sent, NULL);
  got = g_strjoinv ("\n", (char **) sent->pdata);
  want = g_strjoinv ("\n", (char **) expected);
  g_assert_cmpstr (got, ==, want);
}

/* 02:00 and 02:30 do not exist: they come at 03:00 and 03:30, and with the slots of those
 * times, once. */
static void
test_dst_walk_spring (void)
{
  const char *const expected[] = {
    "2026-03-28 23:30 +0100",
    "2026-03-29 00:30 +0100",
    "2026-03-29 01:30 +0100",
    "2026-03-29 03:00 +0200",
    "2026-03-29 03:30 +0200",
    "2026-03-29 10:00 +0200",
    "2026-03-29 23:30 +0200",
    "2026-03-30 00:30 +0200",
    NULL
  };

  walk (2026, 3, 29, expected);
}

/* 02:00 and 02:30 come twice on the clock: each slot comes once, the first time. */
static void
test_dst_walk_autumn (void)
{
  const char *const expected[] = {
    "2026-10-24 23:30 +0200",
    "2026-10-25 00:30 +0200",
    "2026-10-25 01:30 +0200",
    "2026-10-25 02:00 +0200",
    "2026-10-25 02:30 +0200",
    "2026-10-25 03:00 +0100",
    "2026-10-25 03:30 +0100",
    "2026-10-25 10:00 +0100",
    "2026-10-25 23:30 +0100",
    "2026-10-26 00:30 +0100",
    NULL
  };

  walk (2026, 10, 25, expected);
}

/* A random slot on the days of change is still on the clock's time. */
static void
test_dst_random (void)
{
  BounceSchedule schedule;

  bounce_schedule_init_defaults (&schedule);
  for (guint32 seed = 0; seed < 20; seed++)
    {
      int minute;

      schedule.seed = seed;
      minute = random_minute_of (&schedule, 2026, 3, 29, 0);
      g_assert_cmpint (minute, >=, HM (9, 0));
      g_assert_cmpint (minute, <, HM (20, 0));
      minute = random_minute_of (&schedule, 2026, 10, 25, 0);
      g_assert_cmpint (minute, >=, HM (9, 0));
      g_assert_cmpint (minute, <, HM (20, 0));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  zone = g_time_zone_new_identifier (ZONE);
  g_assert_nonnull (zone);

  g_test_add_func ("/schedule/defaults", test_defaults);
  g_test_add_func ("/schedule/disabled", test_disabled);
  g_test_add_func ("/schedule/fixed/same-day", test_fixed_same_day);
  g_test_add_func ("/schedule/fixed/next-day", test_fixed_next_day);
  g_test_add_func ("/schedule/days/of-week", test_days_of_week);
  g_test_add_func ("/schedule/days/none", test_no_days);
  g_test_add_func ("/schedule/bad-settings", test_bad_settings);
  g_test_add_func ("/schedule/random/deterministic", test_random_deterministic);
  g_test_add_func ("/schedule/random/window", test_random_window);
  g_test_add_func ("/schedule/random/seeds", test_random_seeds);
  g_test_add_func ("/schedule/random/quiet", test_random_quiet);
  g_test_add_func ("/schedule/quiet/across-midnight", test_quiet_across_midnight);
  g_test_add_func ("/schedule/quiet/same-day", test_quiet_same_day);
  g_test_add_func ("/schedule/cap", test_cap);
  g_test_add_func ("/schedule/snooze/time", test_snooze);
  g_test_add_func ("/schedule/snooze/beyond-cap", test_snooze_beyond_cap);
  g_test_add_func ("/schedule/snooze/other-day", test_snooze_other_day);
  g_test_add_func ("/schedule/snooze/quiet", test_snooze_quiet);
  g_test_add_func ("/schedule/snooze/not-counted", test_snooze_not_counted);
  g_test_add_func ("/schedule/snooze/since", test_snooze_since);
  g_test_add_func ("/schedule/not-today", test_not_today);
  g_test_add_func ("/schedule/since", test_since);
  g_test_add_func ("/schedule/missed/only-one", test_missed_only_one);
  g_test_add_func ("/schedule/back-off/days", test_back_off);
  g_test_add_func ("/schedule/back-off/reset", test_back_off_reset);
  g_test_add_func ("/schedule/back-off/cap", test_back_off_cap);
  g_test_add_func ("/schedule/other-zone", test_other_zone);
  g_test_add_func ("/schedule/dst/spring", test_dst_spring);
  g_test_add_func ("/schedule/dst/autumn", test_dst_autumn);
  g_test_add_func ("/schedule/dst/walk-spring", test_dst_walk_spring);
  g_test_add_func ("/schedule/dst/walk-autumn", test_dst_walk_autumn);
  g_test_add_func ("/schedule/dst/random", test_dst_random);

  status = g_test_run ();
  g_time_zone_unref (zone);
  return status;
}
