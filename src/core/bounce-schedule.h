/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-schedule.h: when the next gentle reminder is due, as a pure function. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* At most this many fixed times of day. */
#define BOUNCE_SCHEDULE_MAX_TIMES 8

typedef enum
{
  BOUNCE_SCHEDULE_FIXED,    /* at each of the fixed times of day */
  BOUNCE_SCHEDULE_RANDOM,   /* once a day, at a time drawn inside a window */
} BounceScheduleTiming;

/* How the person answered a reminder. The values are stored in the journal's nudge log:
 * never renumber them. */
typedef enum
{
  BOUNCE_NUDGE_UNANSWERED = 0,  /* shown, then closed, expired or left alone */
  BOUNCE_NUDGE_OPENED     = 1,  /* "Open", or a click on the notification */
  BOUNCE_NUDGE_SNOOZED    = 2,  /* "Snooze": the same reminder again after snooze-minutes */
  BOUNCE_NUDGE_NOT_TODAY  = 3,  /* "Not today": nothing more until the next day */
} BounceNudgeAnswer;

/* One reminder that was sent, from the journal's nudge log. */
typedef struct
{
  gint64             sent;      /* Unix time, seconds */
  BounceNudgeAnswer  answer;
  gint64             answered;  /* Unix time, seconds; 0 while unanswered */
  const char        *nudge_id;  /* the catalogue's id of what was said (may be NULL) */
} BounceNudgeSent;

/* The settings, as read from GSettings (see data/\*.gschema.xml). Minutes are minutes after
 * local midnight, 0 to 1439 (window_end may be 1440). */
typedef struct
{
  gboolean              enabled;
  BounceScheduleTiming  timing;
  int                   times[BOUNCE_SCHEDULE_MAX_TIMES];
  guint                 n_times;
  int                   window_start;
  int                   window_end;
  guint8                days;            /* bit 0 is Monday ... bit 6 is Sunday */
  gboolean              quiet_enabled;
  int                   quiet_start;     /* may be later than quiet_end: across midnight */
  int                   quiet_end;
  int                   daily_cap;       /* 1 or more */
  int                   snooze_minutes;
  guint32               seed;            /* draws the random time of each day */
} BounceSchedule;

/* Fills @schedule with the defaults of the GSettings schema (and a seed of 0). */
void        bounce_schedule_init_defaults (BounceSchedule        *schedule);

/* When the next reminder is due, by the rules written at the top of bounce-schedule.c: a new
 * GDateTime in @now's time zone, at or before @now when one is due at once, or NULL when none
 * is due in the next 60 days. @since is when the app started (Unix time, seconds): a slot
 * missed before it is not sent late. @history is the nudge log, oldest first; its last week,
 * and at least its last five entries, are enough. It reads no clock and keeps no state. */
GDateTime  *bounce_schedule_next          (const BounceSchedule  *schedule,
                                           GDateTime             *now,
                                           gint64                 since,
                                           const BounceNudgeSent *history,
                                           gsize                  n_history);

G_END_DECLS
