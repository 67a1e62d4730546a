/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-schedule.c: when the next gentle reminder is due, from the settings and what was sent. */
#define G_LOG_DOMAIN "bounce-schedule"

#include <string.h>

#include "bounce-schedule.h"

/*
 * How the next reminder is chosen
 *
 * Every time below is a local time in the time zone of "now", and a day is a calendar day in
 * that zone. "Sent" and "answered" are the times in the nudge log, oldest first.
 *
 *  1. Off: when reminders are turned off, none is due.
 *
 *  2. Slots: with fixed times, there is a slot at each of the times on each day of the week
 *     that is turned on. With a random time, there is one slot on each such day, at a minute
 *     drawn from the seed and the date inside the window (from its start, up to but not
 *     including its end): the same day always gets the same minute, another seed other
 *     minutes. The draw keeps out of the quiet hours whenever the window has a minute outside
 *     them. Times are whole minutes.
 *
 *  3. Quiet hours: when they are on, a slot from their start up to (not including) their end
 *     is skipped. They may run across midnight (22:00 to 08:00). The same start and end
 *     means no quiet hours.
 *
 *  4. Daily cap: no more than the cap's number of reminders are sent on one day. A reminder
 *     sent right after one that was snoozed is that snooze coming back: it does not count.
 *
 *  5. Snooze: when the last reminder was snoozed, the next one comes that many minutes after
 *     the answer, even on a day that is turned off and even when the day's cap is reached.
 *     If that falls in quiet hours, it comes when they end. If it fell due before the app was
 *     started, it lapsed like a missed slot (rule 7), and the slots go on as usual.
 *
 *  6. Not today: a day on which a reminder was answered "Not today" (by the day of the
 *     answer) has no more slots.
 *
 *  7. Missed slots: only slots after the last reminder sent count, and none from before the
 *     app was started ("since"): what was missed while the app was not running is not sent
 *     late. A slot between the start and now that was not sent yet is due now (it is
 *     returned as it is, at or before now): this is how a reminder that fell due during a
 *     suspend or across a clock change comes right after, once. Only the latest such slot
 *     comes, and only one.
 *
 *  8. Back-off: when the last three or more reminders in a row were left unanswered, the
 *     next one comes no earlier than two days after the day of the last one (for three),
 *     four days after it (for four) or seven days after it (for five or more), and no more
 *     than one is sent on a day. Any answer (open, snooze, not today) ends the back-off.
 *
 *  9. Daylight saving time: a slot is at its time on the clock of its day. A time that the
 *     clocks skip (02:30 when they go from 02:00 to 03:00) comes as much later as the clocks
 *     jumped (03:30, summer time); a time the clocks show twice (02:30 when they go back from
 *     03:00 to 02:00) comes once, the first time. Two times that end up the same moment are
 *     one slot.
 *
 * 10. Horizon: slots are looked for up to 60 days after today (and missed slots no further
 *     back than 60 days); when there is none, no reminder is due.
 *
 * Settings out of range are read kindly: a time of day outside 00:00 to 23:59 is ignored, at
 * most BOUNCE_SCHEDULE_MAX_TIMES times are read, the window is cut to the day, quiet hours
 * with an end out of range are no quiet hours, a cap below 1 is 1 and a snooze below one
 * minute is one minute.
 */

#define MINUTES_PER_DAY 1440
#define SECONDS_PER_DAY 86400
#define HORIZON_DAYS 60
/* GDate's Julian day of 1 January 1970, the first day of Unix time. */
#define UNIX_EPOCH_DAY 719163
/* GDate's Julian day of 31 December 9999, the last day a GDateTime can hold. */
#define LAST_DAY 3652059
/* The Unix times of 0001-01-01 00:00 and 9999-12-31 23:59:59 UTC, what a GDateTime can hold. */
#define FIRST_TIME G_GINT64_CONSTANT (-62135596800)
#define LAST_TIME G_GINT64_CONSTANT (253402300799)

/* The settings, checked. */
typedef struct
{
  int      times[BOUNCE_SCHEDULE_MAX_TIMES];
  guint    n_times;
  int      window_start;
  int      window_end;
  gboolean quiet;
  int      cap;
  int      snooze_minutes;
} Limits;

/* A day is its GDate Julian day number: consecutive days are consecutive numbers, so days are
 * counted on the calendar and never by adding 86400 seconds to a time. */

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/* A time from the log kept where arithmetic on it cannot overflow. */
static gint64
clamp_time (gint64 t)
{
  return CLAMP (t, FIRST_TIME, LAST_TIME);
}

/* Seconds to add to @t, a Unix time, to read it on the wall clock. */
static gint64
offset_at (GTimeZone *tz,
           gint64     t)
{
  int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, t);

  return g_time_zone_get_offset (tz, interval);
}

/* The wall clock's seconds since 1970-01-01 00:00, a uniform count: every wall-clock day has
 * 86400 of them, whatever the clocks did that day. */
static gint64
wall_seconds (GTimeZone *tz,
              gint64     t)
{
  t = clamp_time (t);
  return t + offset_at (tz, t);
}

static gint64
local_day (GTimeZone *tz,
           gint64     t)
{
  return floor_div (wall_seconds (tz, t), SECONDS_PER_DAY) + UNIX_EPOCH_DAY;
}

static int
local_minute (GTimeZone *tz,
              gint64     t)
{
  gint64 seconds = wall_seconds (tz, t);

  return (int) ((seconds - floor_div (seconds, SECONDS_PER_DAY) * SECONDS_PER_DAY) / 60);
}

static gboolean
day_to_date (gint64  day,
             GDate  *date)
{
  g_date_clear (date, 1);
  if (day < 1 || day > LAST_DAY)
    return FALSE;
  g_date_set_julian (date, (guint32) day);
  return TRUE;
}

/* The moment @minute of @day shows on the clock, following rule 9. GLib 2.74's
 * g_date_time_new() gives, for a time that the clocks skip, the first moment after the jump
 * (03:00 for every time from 02:00 to 02:59), and for a time that they show twice, the second
 * one (in winter time): both are corrected here. */
static gboolean
wall_clock_time (GTimeZone *tz,
                 gint64     day,
                 int        minute,
                 gint64    *out)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate date;
  gint64 wall;
  gint64 t;
  gint64 before;

  if (!day_to_date (day, &date))
    return FALSE;

  dt = g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                        g_date_get_day (&date), minute / 60, minute % 60, 0);
  if (dt == NULL)
    return FALSE;

  wall = (day - UNIX_EPOCH_DAY) * SECONDS_PER_DAY + minute * 60;
  t = g_date_time_to_unix (dt);
  /* The same time read with the offset of the day before: summer time before a change back,
   * winter time before a jump forward. */
  before = wall - offset_at (tz, t - SECONDS_PER_DAY);

  if (wall_seconds (tz, t) != wall)
    *out = before;  /* skipped: as much later as the jump */
  else if (before < t && wall_seconds (tz, before) == wall)
    *out = before;  /* shown twice: the first */
  else
    *out = t;

  return TRUE;
}

static gboolean
in_quiet_hours (const BounceSchedule *schedule,
                const Limits         *limits,
                int                   minute)
{
  if (!limits->quiet)
    return FALSE;
  if (schedule->quiet_start < schedule->quiet_end)
    return minute >= schedule->quiet_start && minute < schedule->quiet_end;
  return minute >= schedule->quiet_start || minute < schedule->quiet_end;
}

static void
read_limits (const BounceSchedule *schedule,
             Limits               *limits)
{
  guint n_times = MIN (schedule->n_times, BOUNCE_SCHEDULE_MAX_TIMES);

  limits->n_times = 0;
  for (guint i = 0; i < n_times; i++)
    if (schedule->times[i] >= 0 && schedule->times[i] < MINUTES_PER_DAY)
      limits->times[limits->n_times++] = schedule->times[i];

  limits->window_start = CLAMP (schedule->window_start, 0, MINUTES_PER_DAY - 1);
  limits->window_end = CLAMP (schedule->window_end, 1, MINUTES_PER_DAY);
  limits->quiet = schedule->quiet_enabled
                  && schedule->quiet_start != schedule->quiet_end
                  && schedule->quiet_start >= 0 && schedule->quiet_start < MINUTES_PER_DAY
                  && schedule->quiet_end >= 0 && schedule->quiet_end < MINUTES_PER_DAY;
  limits->cap = MAX (schedule->daily_cap, 1);
  limits->snooze_minutes = MAX (schedule->snooze_minutes, 1);
}

/* The finalizer of splitmix64: every bit of the input stirs every bit of the output. */
static guint64
mix (guint64 x)
{
  x ^= x >> 30;
  x *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  x ^= x >> 27;
  x *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  x ^= x >> 31;
  return x;
}

/* The random minute of a day: the seed and the date, and nothing else. */
static int
random_minute (const BounceSchedule *schedule,
               const Limits         *limits,
               const GDate          *date)
{
  guint32 ymd = g_date_get_year (date) * 10000 + g_date_get_month (date) * 100
                + g_date_get_day (date);
  guint64 draw = mix (((guint64) schedule->seed << 32) | ymd);
  int n_allowed = 0;
  guint64 index;

  for (int minute = limits->window_start; minute < limits->window_end; minute++)
    n_allowed += !in_quiet_hours (schedule, limits, minute);

  /* All of the window is quiet: draw in it anyway, and let the quiet hours skip it. */
  if (n_allowed == 0)
    return limits->window_start + (int) (draw % (guint64) (limits->window_end
                                                           - limits->window_start));

  index = draw % (guint64) n_allowed;
  for (int minute = limits->window_start; minute < limits->window_end; minute++)
    if (!in_quiet_hours (schedule, limits, minute) && index-- == 0)
      return minute;

  return limits->window_start;  /* not reached: index < n_allowed */
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The slots of @day that quiet hours leave, in order. Returns how many. */
static guint
day_slots (const BounceSchedule *schedule,
           const Limits         *limits,
           GTimeZone            *tz,
           gint64                day,
           gint64                slots[BOUNCE_SCHEDULE_MAX_TIMES])
{
  int minutes[BOUNCE_SCHEDULE_MAX_TIMES];
  guint n_minutes = 0;
  guint n_slots = 0;
  GDate date;

  if (!day_to_date (day, &date))
    return 0;
  if (!(schedule->days & (1 << (g_date_get_weekday (&date) - G_DATE_MONDAY))))
    return 0;

  if (schedule->timing == BOUNCE_SCHEDULE_RANDOM)
    {
      if (limits->window_start < limits->window_end)
        minutes[n_minutes++] = random_minute (schedule, limits, &date);
    }
  else
    {
      memcpy (minutes, limits->times, limits->n_times * sizeof *minutes);
      n_minutes = limits->n_times;
    }

  for (guint i = 0; i < n_minutes; i++)
    {
      gint64 t;

      /* Quiet hours are read on the clock at the moment the slot comes. */
      if (wall_clock_time (tz, day, minutes[i], &t)
          && !in_quiet_hours (schedule, limits, local_minute (tz, t)))
        slots[n_slots++] = t;
    }

  /* Two times that end up the same moment (03:00 and the skipped 02:00) need no care: once
   * one is sent, the other is not after the last one sent. */
  qsort (slots, n_slots, sizeof *slots, compare_times);
  return n_slots;
}

static gint64
answer_time (const BounceNudgeSent *entry)
{
  return clamp_time (MAX (entry->answered, entry->sent));
}

/* Rule 5: when a snoozed reminder comes back. */
static gint64
snooze_time (const BounceSchedule  *schedule,
             const Limits          *limits,
             GTimeZone             *tz,
             const BounceNudgeSent *snoozed)
{
  gint64 t = answer_time (snoozed) + (gint64) limits->snooze_minutes * 60;
  int minute = local_minute (tz, t);
  gint64 day = local_day (tz, t);
  gint64 end;

  if (!in_quiet_hours (schedule, limits, minute))
    return t;

  /* Late in quiet hours that run across midnight: they end the next day. */
  if (schedule->quiet_start > schedule->quiet_end && minute >= schedule->quiet_start)
    day++;
  if (!wall_clock_time (tz, day, schedule->quiet_end, &end))
    return t;
  return MAX (end, t);
}

/* Rule 8: how many days to wait after @unanswered reminders in a row went unanswered. */
static int
back_off_days (gsize unanswered)
{
  if (unanswered < 3)
    return 0;
  if (unanswered == 3)
    return 2;
  if (unanswered == 4)
    return 4;
  return 7;
}

static GDateTime *
date_time_in_zone (GTimeZone *tz,
                   gint64     t)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);

  if (utc == NULL)
    return NULL;
  return g_date_time_to_timezone (utc, tz);
}

/**
 * bounce_schedule_init_defaults:
 * @schedule: the settings to fill
 *
 * Fills @schedule with the defaults of the GSettings schema, and a seed of 0.
 */
void
bounce_schedule_init_defaults (BounceSchedule *schedule)
{
  g_return_if_fail (schedule != NULL);

  memset (schedule, 0, sizeof *schedule);
  schedule->enabled = TRUE;
  schedule->timing = BOUNCE_SCHEDULE_RANDOM;
  schedule->times[0] = 10 * 60;
  schedule->times[1] = 18 * 60;
  schedule->n_times = 2;
  schedule->window_start = 9 * 60;
  schedule->window_end = 20 * 60;
  schedule->days = 0x7f;
  schedule->quiet_enabled = TRUE;
  schedule->quiet_start = 22 * 60;
  schedule->quiet_end = 8 * 60;
  schedule->daily_cap = 2;
  schedule->snooze_minutes = 60;
  schedule->seed = 0;
}

/**
 * bounce_schedule_next:
 * @schedule: the settings
 * @now: the current time, in the time zone that the settings' times are read in
 * @since: when the app started, as a Unix time: no slot from before it is sent late
 * @history: (array length=n_history) (nullable): the reminders sent so far, oldest first
 * @n_history: how many
 *
 * Follows the rules at the top of this file. It reads no clock and keeps nothing.
 *
 * Returns: (transfer full) (nullable): when the next reminder is due, in @now's time zone, at
 *   or before @now when it is due at once; %NULL when none is due in the next 60 days
 */
GDateTime *
bounce_schedule_next (const BounceSchedule  *schedule,
                      GDateTime             *now,
                      gint64                 since,
                      const BounceNudgeSent *history,
                      gsize                  n_history)
{
  GTimeZone *tz;
  Limits limits;
  gint64 now_t;
  gint64 last_sent = G_MININT64;
  gint64 today;
  gint64 first_day;
  gint64 last_day;
  gsize unanswered = 0;
  int back_off;
  int cap;
  g_autofree gint64 *sent_days = NULL;
  g_autofree gint64 *not_today_days = NULL;
  gsize n_not_today = 0;
  gboolean have_missed = FALSE;
  gint64 missed = 0;

  g_return_val_if_fail (schedule != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (!schedule->enabled)
    return NULL;

  if (history == NULL)
    n_history = 0;

  read_limits (schedule, &limits);
  tz = g_date_time_get_timezone (now);
  now_t = g_date_time_to_unix (now);
  since = clamp_time (since);
  today = local_day (tz, now_t);

  if (n_history > 0)
    {
      const BounceNudgeSent *last = &history[n_history - 1];

      last_sent = clamp_time (last->sent);
      if (last->answer == BOUNCE_NUDGE_SNOOZED)
        {
          gint64 t = snooze_time (schedule, &limits, tz, last);

          if (t >= since)
            return date_time_in_zone (tz, t);
        }
    }

  while (unanswered < n_history
         && history[n_history - 1 - unanswered].answer == BOUNCE_NUDGE_UNANSWERED)
    unanswered++;

  back_off = back_off_days (unanswered);
  cap = back_off > 0 ? 1 : limits.cap;

  /* The day of the earliest slot that may still come. */
  first_day = MAX (local_day (tz, MAX (since, last_sent + 1)), today - HORIZON_DAYS);
  if (back_off > 0)
    first_day = MAX (first_day, local_day (tz, last_sent) + back_off);
  last_day = today + HORIZON_DAYS;

  sent_days = g_new (gint64, MAX (n_history, 1));
  not_today_days = g_new (gint64, MAX (n_history, 1));
  for (gsize i = 0; i < n_history; i++)
    {
      gboolean snooze_back = i > 0 && history[i - 1].answer == BOUNCE_NUDGE_SNOOZED;

      /* A snooze coming back is not counted on any day. */
      sent_days[i] = snooze_back ? G_MININT64 : local_day (tz, history[i].sent);
      if (history[i].answer == BOUNCE_NUDGE_NOT_TODAY)
        not_today_days[n_not_today++] = local_day (tz, answer_time (&history[i]));
    }

  for (gint64 day = first_day; day <= last_day; day++)
    {
      gint64 slots[BOUNCE_SCHEDULE_MAX_TIMES];
      guint n_slots;
      gboolean not_today = FALSE;
      int n_sent = 0;

      for (gsize i = 0; i < n_not_today; i++)
        not_today |= not_today_days[i] == day;
      if (not_today)
        continue;

      for (gsize i = 0; i < n_history; i++)
        n_sent += sent_days[i] == day;
      if (n_sent >= cap)
        continue;

      n_slots = day_slots (schedule, &limits, tz, day, slots);
      for (guint i = 0; i < n_slots; i++)
        {
          if (slots[i] <= last_sent || slots[i] < since)
            continue;

          if (slots[i] <= now_t)
            {
              /* Missed: a later one that was missed too takes its place. */
              have_missed = TRUE;
              missed = slots[i];
              continue;
            }

          return date_time_in_zone (tz, have_missed ? missed : slots[i]);
        }
    }

  return have_missed ? date_time_in_zone (tz, missed) : NULL;
}
