/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-notifier.c: sends the gentle reminders, on time by the wall clock.
 *
 * When the next reminder is due is core's pure function (bounce-schedule.c), fed with the
 * settings, the time and the nudge log. Between two reminders the process sleeps: one timerfd
 * on CLOCK_REALTIME, armed for the absolute time of the next one. After a suspend it fires at
 * once if that time has passed; when the clock is set (by hand, by NTP, or as the time zone's
 * offset changes) TFD_TIMER_CANCEL_ON_SET wakes it so the time is worked out again. */
#define G_LOG_DOMAIN "bounce-notifier"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib-unix.h>
#include <libnotify/notify.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "bounce-notifier.h"

/* How much of the nudge log the schedule and the catalogue's rest look at. */
#define HISTORY_LENGTH 64

struct _BounceNotifier
{
  GObject              parent_instance;

  GSettings           *settings;
  BounceStore         *store;
  BounceSchedule       schedule;

  int                  timer_fd;
  guint                timer_source;
  gint64               since;        /* slots before this are not sent late */

  NotifyNotification  *shown;        /* the reminder on screen, if any */
  const BounceNudge   *shown_nudge;
  gint64               shown_log_id; /* its nudge log entry, or 0 */
};

G_DEFINE_FINAL_TYPE (BounceNotifier, bounce_notifier, G_TYPE_OBJECT)

G_DEFINE_QUARK (bounce-notifier-error-quark, bounce_notifier_error)

enum {
  OPEN_PAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void arm (BounceNotifier *self);

/* Reads GSettings into the schedule the pure function wants. */
static void
read_schedule (BounceNotifier *self,
               BounceSchedule *schedule)
{
  g_autoptr(GVariant) times = NULL;
  g_autoptr(GVariant) days = NULL;
  g_autofree char *timing = NULL;
  g_autofree char *journal_id = NULL;
  gsize n;

  bounce_schedule_init_defaults (schedule);
  schedule->enabled = g_settings_get_boolean (self->settings, "nudges-enabled");
  timing = g_settings_get_string (self->settings, "nudge-timing");
  schedule->timing = g_str_equal (timing, "fixed") ? BOUNCE_SCHEDULE_FIXED
                                                   : BOUNCE_SCHEDULE_RANDOM;

  times = g_settings_get_value (self->settings, "nudge-times");
  {
    const gint32 *values = g_variant_get_fixed_array (times, &n, sizeof (gint32));

    schedule->n_times = MIN (n, BOUNCE_SCHEDULE_MAX_TIMES);
    for (guint i = 0; i < schedule->n_times; i++)
      schedule->times[i] = values[i];
  }

  days = g_settings_get_value (self->settings, "nudge-days");
  schedule->days = 0;
  {
    const gint32 *values = g_variant_get_fixed_array (days, &n, sizeof (gint32));

    for (gsize i = 0; i < n; i++)
      if (values[i] >= 1 && values[i] <= 7)
        schedule->days |= 1 << (values[i] - 1);
  }

  schedule->window_start = g_settings_get_int (self->settings, "nudge-window-start");
  schedule->window_end = g_settings_get_int (self->settings, "nudge-window-end");
  schedule->quiet_enabled = g_settings_get_boolean (self->settings, "quiet-hours-enabled");
  schedule->quiet_start = g_settings_get_int (self->settings, "quiet-hours-start");
  schedule->quiet_end = g_settings_get_int (self->settings, "quiet-hours-end");
  schedule->daily_cap = g_settings_get_int (self->settings, "nudge-daily-cap");
  schedule->snooze_minutes = g_settings_get_int (self->settings, "snooze-minutes");

  /* The surprise time of a day is drawn from the journal's identity: the same each time it
   * is worked out, different from someone else's. */
  journal_id = bounce_store_dup_journal_id (self->store, NULL);
  schedule->seed = journal_id != NULL ? g_str_hash (journal_id) : 0;
}

static GArray *
load_history (BounceNotifier *self)
{
  g_autoptr(GError) error = NULL;
  GArray *history = bounce_store_load_nudges (self->store, HISTORY_LENGTH, &error);

  if (history == NULL)
    {
      g_message ("Could not read the nudge log: %s", error->message);
      history = g_array_new (FALSE, TRUE, sizeof (BounceNudgeSent));
    }

  return history;
}

/**
 * bounce_notifier_dup_next:
 *
 * Returns: (transfer full) (nullable): when the next reminder is due (at or before now:
 *   due at once), or %NULL when none will come
 */
GDateTime *
bounce_notifier_dup_next (BounceNotifier *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) history = NULL;

  g_return_val_if_fail (BOUNCE_IS_NOTIFIER (self), NULL);

  history = load_history (self);
  return bounce_schedule_next (&self->schedule, now, self->since,
                               (const BounceNudgeSent *) (void *) history->data, history->len);
}

/**
 * bounce_notifier_check_server:
 *
 * Whether a notification server is there to show reminders.
 */
gboolean
bounce_notifier_check_server (BounceNotifier  *self,
                              GError         **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (BOUNCE_IS_NOTIFIER (self), FALSE);

  if (!notify_get_server_info (&name, NULL, NULL, NULL))
    {
      g_set_error_literal (error, BOUNCE_NOTIFIER_ERROR, BOUNCE_NOTIFIER_ERROR_NO_SERVER,
                           _("No notification server is running, so reminders cannot be "
                             "shown."));
      return FALSE;
    }

  return TRUE;
}

/* Keeps how the person answered the reminder that was shown last. */
static void
answer (BounceNotifier    *self,
        BounceNudgeAnswer  how)
{
  g_autoptr(GError) error = NULL;

  if (self->shown_log_id == 0)
    return;

  if (!bounce_store_answer_nudge (self->store, self->shown_log_id, how,
                                  g_get_real_time () / G_USEC_PER_SEC, &error))
    g_message ("Could not keep the answer to a reminder: %s", error->message);

  arm (self);
}

static void
on_action_cb (NotifyNotification *notification,
              char               *action,
              gpointer            user_data)
{
  BounceNotifier *self = user_data;
  const BounceNudge *nudge = self->shown_nudge;

  if (notification != self->shown || nudge == NULL)
    return;

  g_debug ("Reminder %s answered with %s", nudge->id, action);

  if (g_str_equal (action, "snooze"))
    answer (self, BOUNCE_NUDGE_SNOOZED);
  else if (g_str_equal (action, "not-today"))
    answer (self, BOUNCE_NUDGE_NOT_TODAY);
  else
    {
      answer (self, BOUNCE_NUDGE_OPENED);
      g_signal_emit (self, signals[OPEN_PAGE], 0, nudge->page);
    }
}

static gboolean
server_has_actions (void)
{
  GList *caps = notify_get_server_caps ();
  gboolean has_actions = g_list_find_custom (caps, "actions", (GCompareFunc) g_strcmp0) != NULL;

  g_list_free_full (caps, g_free);
  return has_actions;
}

/* A snoozed reminder comes back as it was; any other time, a rested one is picked. */
static const BounceNudge *
choose (GArray *history)
{
  const BounceNudgeSent *log = (const BounceNudgeSent *) (void *) history->data;

  if (history->len > 0 && log[history->len - 1].answer == BOUNCE_NUDGE_SNOOZED)
    {
      const BounceNudge *again = bounce_nudges_lookup (log[history->len - 1].nudge_id);

      if (again != NULL)
        return again;
    }

  return bounce_nudges_pick (log, history->len, g_random_int ());
}

static void
close_shown (BounceNotifier *self)
{
  if (self->shown == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->shown, self);
  notify_notification_clear_actions (self->shown);
  /* An unanswered reminder is not left to pile up under a new one. */
  notify_notification_close (self->shown, NULL);
  g_clear_object (&self->shown);
  self->shown_nudge = NULL;
}

/**
 * bounce_notifier_send_now:
 *
 * Shows one reminder now, keeps it in the nudge log, and schedules the next one. The
 * notification carries the catalogue's words only, never anything from the journal.
 */
gboolean
bounce_notifier_send_now (BounceNotifier  *self,
                          GError         **error)
{
  NotifyNotification *notification;
  g_autoptr(GArray) history = NULL;
  g_autoptr(GError) local_error = NULL;
  const BounceNudge *nudge;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (BOUNCE_IS_NOTIFIER (self), FALSE);

  /* Whether it is shown or not, slots up to now are done with. */
  self->since = MAX (self->since, now + 1);

  if (!bounce_notifier_check_server (self, error))
    {
      arm (self);
      return FALSE;
    }

  history = load_history (self);
  nudge = choose (history);

  notification = notify_notification_new (_(nudge->summary), _(nudge->body), APP_ID);
  notify_notification_set_app_name (notification, _("Bounce Back"));
  notify_notification_set_hint_string (notification, "desktop-entry", APP_ID);
  notify_notification_set_urgency (notification, NOTIFY_URGENCY_LOW);

  if (server_has_actions ())
    {
      notify_notification_add_action (notification, "default", _("Open"),
                                      on_action_cb, self, NULL);
      notify_notification_add_action (notification, "open", _("Open"),
                                      on_action_cb, self, NULL);
      notify_notification_add_action (notification, "snooze",
                                      /* Translators: a button in a reminder: remind me later. */
                                      _("Snooze"),
                                      on_action_cb, self, NULL);
      notify_notification_add_action (notification, "not-today",
                                      /* Translators: a button in a reminder: no more today. */
                                      _("Not Today"),
                                      on_action_cb, self, NULL);
    }

  close_shown (self);

  if (!notify_notification_show (notification, &local_error))
    {
      g_set_error (error, BOUNCE_NOTIFIER_ERROR, BOUNCE_NOTIFIER_ERROR_FAILED,
                   _("The reminder could not be shown: %s"), local_error->message);
      g_object_unref (notification);
      arm (self);
      return FALSE;
    }

  /* Kept until the next one, so that its buttons still answer. */
  self->shown = notification;
  self->shown_nudge = nudge;
  self->shown_log_id = 0;
  g_clear_error (&local_error);
  if (!bounce_store_log_nudge (self->store, nudge->id, now, &self->shown_log_id, &local_error))
    g_message ("Could not keep the reminder in the nudge log: %s", local_error->message);

  arm (self);
  return TRUE;
}

static void
disarm (BounceNotifier *self)
{
  struct itimerspec off = { { 0, 0 }, { 0, 0 } };

  timerfd_settime (self->timer_fd, 0, &off, NULL);
}

/* Sets the timer for the next reminder, or stops it when none will come. */
static void
arm (BounceNotifier *self)
{
  g_autoptr(GDateTime) next = bounce_notifier_dup_next (self);
  struct itimerspec at = { { 0, 0 }, { 0, 0 } };

  if (next == NULL)
    {
      g_debug ("No reminder is due");
      disarm (self);
      return;
    }

  /* A time in the past fires at once; zero would stop the timer instead. */
  at.it_value.tv_sec = MAX (g_date_time_to_unix (next), 1);
  if (timerfd_settime (self->timer_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET,
                       &at, NULL) != 0)
    g_message ("Could not set the reminder timer: %s", g_strerror (errno));
  else
    g_debug ("Next reminder at %" G_GINT64_FORMAT, (gint64) at.it_value.tv_sec);
}

static gboolean
on_timer_cb (int          fd,
             GIOCondition condition,
             gpointer     user_data)
{
  BounceNotifier *self = user_data;
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GError) error = NULL;
  guint64 expirations;

  if (read (fd, &expirations, sizeof expirations) < 0)
    {
      /* ECANCELED: the clock was set. Work the time out again. */
      if (errno != EAGAIN)
        arm (self);
      return G_SOURCE_CONTINUE;
    }

  next = bounce_notifier_dup_next (self);
  if (next != NULL && g_date_time_to_unix (next) <= g_get_real_time () / G_USEC_PER_SEC)
    {
      if (!bounce_notifier_send_now (self, &error))
        g_message ("%s", error->message);
    }
  else
    arm (self);

  return G_SOURCE_CONTINUE;
}

/* Only the reminder keys matter; the window's size and page change often. */
static void
on_settings_changed_cb (BounceNotifier *self,
                        const char     *key)
{
  if (!g_str_has_prefix (key, "nudge") && !g_str_has_prefix (key, "quiet-hours") &&
      !g_str_equal (key, "snooze-minutes"))
    return;

  read_schedule (self, &self->schedule);
  arm (self);
}

static void
bounce_notifier_dispose (GObject *object)
{
  BounceNotifier *self = BOUNCE_NOTIFIER (object);

  g_clear_handle_id (&self->timer_source, g_source_remove);
  if (self->shown != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->shown, self);
      notify_notification_clear_actions (self->shown);
      g_clear_object (&self->shown);
    }
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bounce_notifier_parent_class)->dispose (object);
}

static void
bounce_notifier_finalize (GObject *object)
{
  BounceNotifier *self = BOUNCE_NOTIFIER (object);

  if (self->timer_fd >= 0)
    close (self->timer_fd);

  G_OBJECT_CLASS (bounce_notifier_parent_class)->finalize (object);
}

static void
bounce_notifier_class_init (BounceNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bounce_notifier_dispose;
  object_class->finalize = bounce_notifier_finalize;

  /**
   * BounceNotifier::open-page:
   * @page: the page the reminder belongs to: "grieve", "thanks" or "paths"
   *
   * The person chose to open a reminder.
   */
  signals[OPEN_PAGE] = g_signal_new ("open-page", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
bounce_notifier_init (BounceNotifier *self)
{
  self->timer_fd = -1;
}

/**
 * bounce_notifier_new:
 * @settings: the app's settings, with the reminder keys
 * @store: the journal's store, for the nudge log
 *
 * Starts the schedule: the first reminder comes at the first time due after now.
 */
BounceNotifier *
bounce_notifier_new (GSettings   *settings,
                     BounceStore *store)
{
  BounceNotifier *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (BOUNCE_IS_STORE (store), NULL);

  if (!notify_is_initted ())
    notify_init (_("Bounce Back"));

  self = g_object_new (BOUNCE_TYPE_NOTIFIER, NULL);
  self->settings = g_object_ref (settings);
  self->store = g_object_ref (store);
  self->since = g_get_real_time () / G_USEC_PER_SEC;
  read_schedule (self, &self->schedule);

  self->timer_fd = timerfd_create (CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
  if (self->timer_fd < 0)
    g_message ("Could not make a reminder timer: %s", g_strerror (errno));
  else
    {
      self->timer_source = g_unix_fd_add (self->timer_fd, G_IO_IN, on_timer_cb, self);
      arm (self);
    }

  g_signal_connect_swapped (settings, "changed", G_CALLBACK (on_settings_changed_cb), self);
  return self;
}
