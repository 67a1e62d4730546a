/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-notify.c: reminders as a notification server receives them, over a private D-Bus
 * session with python3-dbusmock's notification daemon, and the app's answers to them. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>

#include "bounce-application.h"
#include "bounce-autostart.h"
#include "bounce-window.h"
#include "test-db.h"
#include "test-util.h"

#define MOCK_PATH "/org/freedesktop/Notifications"
#define MOCK_NAME "org.freedesktop.Notifications"

/* Words in the journal that must never reach a notification. */
#define SECRET "my-secret-words"

/* Whether someone holds the bus name @user_data on the session bus. */
static gboolean
name_has_owner (gpointer user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  g_assert_no_error (error);
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", (const char *) user_data),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                       &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(b)", &owned);
  return owned;
}

/* Debian's python3-dbusmock, through Debian's interpreter: the python3 on PATH may be
 * another one, without the module. */
static GSubprocess *
mock_start (const char *capabilities)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *parameters = NULL;
  GSubprocess *mock;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  parameters = g_strdup_printf ("{\"capabilities\": \"%s\"}", capabilities);
  mock = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error, "/usr/bin/python3",
                           "-m", "dbusmock", "--template", "notification_daemon", "-p", parameters, NULL);
  g_assert_no_error (error);

  while (!name_has_owner ((gpointer) MOCK_NAME))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (50 * 1000);
    }

  return mock;
}

static void
mock_stop (GSubprocess *mock)
{
  g_subprocess_send_signal (mock, SIGTERM);
  g_subprocess_wait (mock, NULL, NULL);
  g_object_unref (mock);
}

static GVariant *
mock_call (const char *method,
           GVariant   *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  GVariant *reply;

  reply = g_dbus_connection_call_sync (bus, MOCK_NAME, MOCK_PATH, "org.freedesktop.DBus.Mock",
                                       method, args, NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                       &error);
  g_assert_no_error (error);
  return reply;
}

/* The arguments of every Notify the server received, oldest first. */
static GPtrArray *
mock_notify_calls (void)
{
  g_autoptr(GVariant) reply = mock_call ("GetCalls", NULL);
  g_autoptr(GVariant) calls = g_variant_get_child_value (reply, 0);
  GPtrArray *notify = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  for (gsize i = 0; i < g_variant_n_children (calls); i++)
    {
      g_autoptr(GVariant) call = g_variant_get_child_value (calls, i);
      g_autoptr(GVariant) args = NULL;
      const char *method;
      guint64 timestamp;

      g_variant_get (call, "(t&s@av)", &timestamp, &method, &args);
      if (g_str_equal (method, "Notify"))
        g_ptr_array_add (notify, g_steal_pointer (&args));
    }

  return notify;
}

static char *
arg_string (GVariant *args,
            gsize     i)
{
  g_autoptr(GVariant) boxed = g_variant_get_child_value (args, i);
  g_autoptr(GVariant) value = g_variant_get_variant (boxed);

  return g_variant_is_of_type (value, G_VARIANT_TYPE_STRING) ? g_variant_dup_string (value, NULL)
                                                             : g_variant_print (value, FALSE);
}

/* As the server does when the person clicks a button of notification @id. */
static void
mock_invoke (guint32     id,
             const char *action)
{
  GVariant *args[] = { g_variant_new_variant (g_variant_new_uint32 (id)),
                       g_variant_new_variant (g_variant_new_string (action)) };
  g_autoptr(GVariant) reply = NULL;

  reply = mock_call ("EmitSignal",
                     g_variant_new ("(sss@av)", MOCK_NAME, "ActionInvoked", "us",
                                    g_variant_new_array (G_VARIANT_TYPE_VARIANT, args, 2)));
}

/* A journal with words in every kind, for the notifications to leave out. */
static void
write_secret_journal (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = bounce_store_open (dir, &error);
  g_autoptr(BounceJournal) journal = NULL;
  const GType *kinds;
  guint n_kinds;

  g_assert_no_error (error);
  journal = bounce_journal_new (store, &error);
  g_assert_no_error (error);

  kinds = bounce_kinds_get (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (kinds[i]);
      BounceRecordClass *record_class = BOUNCE_RECORD_CLASS (klass);
      g_autoptr(BounceRecord) record = bounce_journal_add (journal, kinds[i], &error);

      g_assert_no_error (error);
      for (guint f = 0; f < record_class->n_fields; f++)
        if (record_class->fields[f]->value_type == G_TYPE_STRING)
          g_object_set (record, record_class->fields[f]->name, SECRET, NULL);
      g_assert_true (bounce_journal_save (journal, record, &error));
      g_assert_no_error (error);
    }
}

static GArray *
read_log (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = bounce_store_open (dir, &error);
  GArray *log;

  g_assert_no_error (error);
  log = bounce_store_load_nudges (store, 100, &error);
  g_assert_no_error (error);
  return log;
}

static const BounceNudge *
nudge_by_summary (const char *summary)
{
  guint n;
  const BounceNudge *nudges = bounce_nudges_get (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (nudges[i].summary, summary))
      return &nudges[i];

  return NULL;
}

/* The settings of a test: every day, no quiet hours, so that the answers are the same at
 * any time of day the tests run; and past the first start's welcome, so that a window opened
 * by a reminder shows its pages. */
static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "quiet-hours-enabled", FALSE);
  g_settings_set_boolean (settings, "welcome-done", TRUE);
}

/* Each case runs in a process of its own: libnotify keeps its connection for the life of
 * the process, and each case starts its own notification server. */
static gboolean
in_subprocess (void)
{
  if (g_test_subprocess ())
    return TRUE;

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT |
                                   G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return FALSE;
}

typedef void (*Drive) (BounceApplication *app);

static Drive drive;

/* The button a drive presses in the reminder. */
static const char *action;

static gboolean
on_started_cb (gpointer user_data)
{
  BounceApplication *app = user_data;

  drive (app);
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

/* Runs the real application in this process, as `bounce-back ARGS... --data-dir DIR`, and
 * calls @drive_func once it is up (when it keeps running: --background). */
static int
run_app (const char  *data_dir,
         const char  *option,
         Drive        drive_func)
{
  g_autoptr(BounceApplication) app = bounce_application_new ();
  const char *argv[] = { "bounce-back", "--data-dir", data_dir, option, NULL };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_COMMAND_LINE |
                                                G_APPLICATION_NON_UNIQUE);
  drive = drive_func;
  if (drive_func != NULL)
    g_idle_add (on_started_cb, app);

  return g_application_run (G_APPLICATION (app), 4, (char **) argv);
}

/* --nudge-now: what the server receives is the catalogue's words, with the app's name, icon
 * and the three actions; nothing from the journal. */
static void
test_nudge_now (void)
{
  g_autoptr(TestDir) dir = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(GArray) log = NULL;
  g_autofree char *app_name = NULL;
  g_autofree char *icon = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *hints = NULL;
  const BounceNudge *nudge;
  GSubprocess *mock;

  if (!in_subprocess ())
    return;

  dir = test_dir_new ();
  mock = mock_start ("body actions");

  reset_settings ();
  write_secret_journal (dir->path);
  g_assert_cmpint (run_app (dir->path, "--nudge-now", NULL), ==, 0);

  calls = mock_notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);

  for (gsize i = 0; i < g_variant_n_children (calls->pdata[0]); i++)
    {
      g_autofree char *arg = arg_string (calls->pdata[0], i);

      g_assert_null (strstr (arg, SECRET));
    }

  app_name = arg_string (calls->pdata[0], 0);
  icon = arg_string (calls->pdata[0], 2);
  summary = arg_string (calls->pdata[0], 3);
  body = arg_string (calls->pdata[0], 4);
  actions = arg_string (calls->pdata[0], 5);
  hints = arg_string (calls->pdata[0], 6);
  g_assert_cmpstr (app_name, ==, "Bounce Back");
  g_assert_cmpstr (icon, ==, APP_ID);
  nudge = nudge_by_summary (summary);
  g_assert_nonnull (nudge);
  g_assert_cmpstr (body, ==, nudge->body);
  g_assert_cmpstr (actions, ==, "['default', 'Open', 'open', 'Open', 'snooze', 'Snooze', "
                                "'not-today', 'Not Today']");
  g_assert_nonnull (strstr (hints, "'desktop-entry': <'" APP_ID "'>"));

  log = read_log (dir->path);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpstr (g_array_index (log, BounceNudgeSent, 0).nudge_id, ==, nudge->id);
  g_assert_cmpint (g_array_index (log, BounceNudgeSent, 0).answer, ==, BOUNCE_NUDGE_UNANSWERED);

  mock_stop (mock);
}

/* A server without actions gets a plain notification. */
static void
test_no_actions (void)
{
  g_autoptr(TestDir) dir = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autofree char *actions = NULL;
  GSubprocess *mock;

  if (!in_subprocess ())
    return;

  dir = test_dir_new ();
  mock = mock_start ("body");

  reset_settings ();
  g_assert_cmpint (run_app (dir->path, "--nudge-now", NULL), ==, 0);

  calls = mock_notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);
  actions = arg_string (calls->pdata[0], 5);
  g_assert_cmpstr (actions, ==, "[]");

  mock_stop (mock);
}

/* Without a notification server: one clear line and a failure, for both commands. */
static void
test_no_server (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();

  if (g_test_subprocess ())
    {
      const char *option = g_getenv ("TEST_OPTION");

      reset_settings ();
      g_assert_cmpint (run_app (g_getenv ("TEST_DATA_DIR"), option, NULL), ==, 1);
      return;
    }

  g_setenv ("TEST_DATA_DIR", dir->path, TRUE);

  g_setenv ("TEST_OPTION", "--nudge-now", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("No notification server is running, so reminders cannot be "
                             "shown.\n");

  g_setenv ("TEST_OPTION", "--next-nudge", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("No notification server is running, so reminders cannot be "
                             "shown. The next reminder would come *.\n");
}

/* --next-nudge says what the schedule function says. */
static void
test_next_nudge (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();

  if (g_test_subprocess ())
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);
      GSubprocess *mock = mock_start ("body actions");

      reset_settings ();
      g_settings_set_string (settings, "nudge-timing", "fixed");
      g_assert_cmpint (run_app (g_getenv ("TEST_DATA_DIR"), "--next-nudge", NULL), ==, 0);
      mock_stop (mock);
      return;
    }

  g_setenv ("TEST_DATA_DIR", dir->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  {
    BounceSchedule schedule;
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) next = NULL;
    g_autofree char *when = NULL;
    g_autofree char *line = NULL;

    bounce_schedule_init_defaults (&schedule);
    schedule.timing = BOUNCE_SCHEDULE_FIXED;
    schedule.quiet_enabled = FALSE;
    next = bounce_schedule_next (&schedule, now, g_date_time_to_unix (now), NULL, 0);
    g_assert_nonnull (next);
    when = bounce_format_moment (next, now);
    line = g_strdup_printf ("The next reminder comes %s.\n", when);
    g_test_trap_assert_stdout (line);
  }
}

static BounceNudgeSent
last_sent (BounceApplication *app)
{
  BounceJournal *journal = bounce_application_get_journal (app);
  g_autoptr(GArray) log = bounce_store_load_nudges (bounce_journal_get_store (journal), 1, NULL);
  BounceNudgeSent sent = { 0 };

  g_assert_nonnull (log);
  if (log->len == 1)
    {
      sent = g_array_index (log, BounceNudgeSent, 0);
      sent.nudge_id = bounce_nudges_lookup (sent.nudge_id)->id;
    }

  return sent;
}

static gboolean
is_answered (gpointer user_data)
{
  return last_sent (user_data).answer != BOUNCE_NUDGE_UNANSWERED;
}

/* Sends one reminder from the running app and answers it with @button; returns the
 * reminder that was sent. */
static const BounceNudge *
send_and_answer (BounceApplication *app,
                 const char        *button)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autofree char *summary = NULL;

  g_assert_true (bounce_notifier_send_now (bounce_application_get_notifier (app), &error));
  g_assert_no_error (error);

  calls = mock_notify_calls ();
  g_assert_cmpuint (calls->len, >=, 1);
  summary = arg_string (calls->pdata[calls->len - 1], 3);

  /* The mock numbers its notifications from 1. */
  mock_invoke (calls->len, button);
  g_assert_true (test_iterate_until (is_answered, app, 5000));
  return nudge_by_summary (summary);
}

static void
drive_snooze (BounceApplication *app)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  BounceNotifier *notifier = bounce_application_get_notifier (app);
  g_autoptr(GDateTime) next = NULL;
  BounceNudgeSent sent;

  send_and_answer (app, "snooze");
  sent = last_sent (app);
  g_assert_cmpint (sent.answer, ==, BOUNCE_NUDGE_SNOOZED);

  /* The default snooze is an hour, from the answer. */
  next = bounce_notifier_dup_next (notifier);
  g_assert_nonnull (next);
  g_assert_cmpint (g_date_time_to_unix (next), ==, sent.answered + 60 * 60);
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));

  /* A change in Preferences counts at once. */
  g_settings_set_int (settings, "snooze-minutes", 30);
  g_clear_pointer (&next, g_date_time_unref);
  next = bounce_notifier_dup_next (notifier);
  g_assert_cmpint (g_date_time_to_unix (next), ==, sent.answered + 30 * 60);
}

static void
drive_not_today (BounceApplication *app)
{
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  send_and_answer (app, "not-today");
  g_assert_cmpint (last_sent (app).answer, ==, BOUNCE_NUDGE_NOT_TODAY);

  next = bounce_notifier_dup_next (bounce_application_get_notifier (app));
  g_assert_nonnull (next);
  g_assert_cmpint (g_date_time_get_day_of_year (next), !=, g_date_time_get_day_of_year (now));
}

/* Open shows the window, on the reminder's page, even when another page was last open. */
static void
drive_open (BounceApplication *app)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *window;
  const BounceNudge *nudge;
  const char *pages[] = { "grieve", "thanks", "paths" };

  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));

  /* Whatever page the reminder opens, the window would show another on its own. */
  g_settings_set_string (settings, "last-page", "grieve");
  nudge = send_and_answer (app, action);
  g_assert_cmpint (last_sent (app).answer, ==, BOUNCE_NUDGE_OPENED);

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (BOUNCE_IS_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (bounce_window_get_page_name (BOUNCE_WINDOW (window)), ==, nudge->page);

  /* Once more from another page, so that the check cannot pass by chance. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (!g_str_equal (pages[i], nudge->page))
      bounce_window_set_page_name (BOUNCE_WINDOW (window), pages[i]);
  nudge = send_and_answer (app, action);
  g_assert_cmpstr (bounce_window_get_page_name (BOUNCE_WINDOW (window)), ==, nudge->page);

  gtk_window_close (window);
}

static void
test_action (gconstpointer data)
{
  g_autoptr(TestDir) dir = NULL;
  Drive drive_func;
  GSubprocess *mock;

  action = data;
  drive_func = g_str_equal (action, "snooze") ? drive_snooze :
               g_str_equal (action, "not-today") ? drive_not_today : drive_open;

  if (!in_subprocess ())
    return;

  dir = test_dir_new ();
  mock = mock_start ("body actions");
  reset_settings ();
  g_assert_cmpint (run_app (dir->path, "--background", drive_func), ==, 0);
  mock_stop (mock);
}

/* Closing the window keeps the app running for reminders only when the person asked for
 * them while it is closed; otherwise it quits. */
static gboolean still_running;

static gboolean
on_still_running_cb (gpointer user_data)
{
  still_running = TRUE;
  g_application_quit (user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
on_window_up_cb (gpointer user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *window = gtk_application_get_active_window (app);

  if (window == NULL)
    return G_SOURCE_CONTINUE;

  gtk_window_close (window);
  g_timeout_add (1000, on_still_running_cb, app);
  return G_SOURCE_REMOVE;
}

/* Runs the app on @data_dir with "nudges-when-closed" set to @when_closed, and @step after
 * @delay_ms; says whether the app still ran a second after @step. */
static gboolean
run_and_see (const char  *data_dir,
             const char  *option,
             gboolean     when_closed,
             GSourceFunc  step,
             guint        delay_ms)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(BounceApplication) app = bounce_application_new ();
  const char *argv[] = { "bounce-back", "--data-dir", data_dir, option, NULL };

  g_settings_set_boolean (settings, "nudges-when-closed", when_closed);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_COMMAND_LINE |
                                                G_APPLICATION_NON_UNIQUE);
  still_running = FALSE;
  g_timeout_add (delay_ms, step, app);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), option != NULL ? 4 : 3,
                                      (char **) argv), ==, 0);
  return still_running;
}

static void
test_close_window (gconstpointer data)
{
  gboolean when_closed = GPOINTER_TO_INT (data);
  g_autoptr(TestDir) dir = NULL;
  g_autofree char *autostart = NULL;

  if (!in_subprocess ())
    return;

  dir = test_dir_new ();
  g_assert_cmpint (run_and_see (dir->path, NULL, when_closed, on_window_up_cb, 50), ==,
                   when_closed);

  /* The same setting writes the file that starts it at login, and removes it. */
  autostart = bounce_autostart_dup_path ();
  g_assert_cmpint (g_file_test (autostart, G_FILE_TEST_EXISTS), ==, when_closed);
}

/* Quit really quits, even when reminders hold the app in the background. */
static gboolean
on_quit_cb (gpointer user_data)
{
  g_action_group_activate_action (G_ACTION_GROUP (user_data), "quit", NULL);
  g_timeout_add (1000, on_still_running_cb, user_data);
  return G_SOURCE_REMOVE;
}

static void
test_quit_in_background (void)
{
  g_autoptr(TestDir) dir = NULL;

  if (!in_subprocess ())
    return;

  dir = test_dir_new ();
  g_assert_false (run_and_see (dir->path, "--background", TRUE, on_quit_cb, 200));
}

/* The autostart file follows the switches while the app runs, whoever flips them. */
static void
drive_autostart (BounceApplication *app)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *autostart = bounce_autostart_dup_path ();
  g_autofree char *contents = NULL;

  g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));

  g_settings_set_boolean (settings, "nudges-when-closed", TRUE);
  g_assert_true (g_file_get_contents (autostart, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "--background"));

  g_settings_set_boolean (settings, "nudges-enabled", FALSE);
  g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));
  g_settings_set_boolean (settings, "nudges-enabled", TRUE);
  g_assert_true (g_file_test (autostart, G_FILE_TEST_EXISTS));
  g_settings_set_boolean (settings, "nudges-when-closed", FALSE);
  g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));
}

static void
test_autostart (void)
{
  g_autoptr(TestDir) dir = NULL;

  if (!in_subprocess ())
    return;

  dir = test_dir_new ();
  g_assert_cmpint (run_app (dir->path, "--background", drive_autostart), ==, 0);
}

/* The real program, as autostart and the desktop run it: its settings in a key file, so that
 * the test can set them and read them back. */
typedef struct
{
  TestDir *config;
  char    *keyfile;
} RealApp;

/* Another process changes what the condition reads, and nothing wakes this loop for it:
 * look again every 100 ms. */
static gboolean
poll_until (TestCondition condition,
            gpointer      user_data,
            guint         timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * (gint64) 1000;

  while (!condition (user_data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (100 * 1000);
    }

  return TRUE;
}

static void
real_app_init (RealApp    *real,
               const char *settings)
{
  g_autofree char *folder = NULL;
  g_autofree char *contents = NULL;

  real->config = test_dir_new ();
  folder = g_build_filename (real->config->path, "glib-2.0", "settings", NULL);
  g_assert_no_errno (g_mkdir_with_parents (folder, 0700));
  real->keyfile = g_build_filename (folder, "keyfile", NULL);
  /* Past the first start's welcome, as for the tests run in this process. */
  contents = g_strdup_printf ("[io/github/bounceback/BounceBack]\nwelcome-done=true\n%s",
                              settings);
  g_assert_true (g_file_set_contents (real->keyfile, contents, -1, NULL));
}

static void
real_app_clear (RealApp *real)
{
  g_clear_pointer (&real->config, test_dir_free);
  g_clear_pointer (&real->keyfile, g_free);
}

static GSubprocess *
real_app_spawn (RealApp     *real,
                const char  *data_dir,
                const char  *option,
                const char  *log)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  launcher = g_subprocess_launcher_new (log != NULL ? G_SUBPROCESS_FLAGS_NONE
                                                    : G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                      G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* What a long-running one says goes to a file: a pipe nobody reads would fill. */
  if (log != NULL)
    {
      g_subprocess_launcher_set_stdout_file_path (launcher, log);
      g_subprocess_launcher_set_stderr_file_path (launcher, log);
    }
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", real->config->path, TRUE);
  /* As D-Bus starts it: one argument, and the folder from the environment. */
  if (g_strcmp0 (option, "--gapplication-service") == 0)
    {
      g_subprocess_launcher_setenv (launcher, "BOUNCE_BACK_DATA_DIR", data_dir, TRUE);
      process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("BOUNCE_BACK_BIN"),
                                             option, NULL);
    }
  else
    process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("BOUNCE_BACK_BIN"),
                                           "--data-dir", data_dir, option, NULL);
  g_assert_no_error (error);
  return process;
}

/* Runs the program to its end; returns its exit status, and what it printed. */
static int
real_app_run (RealApp     *real,
              const char  *data_dir,
              const char  *option,
              char       **out,
              char       **err)
{
  g_autoptr(GSubprocess) process = real_app_spawn (real, data_dir, option, NULL);
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

static gboolean
has_notify_call (gpointer user_data)
{
  g_autoptr(GPtrArray) calls = mock_notify_calls ();

  return calls->len > 0;
}

static gboolean
has_exited (gpointer user_data)
{
  return g_subprocess_get_identifier (user_data) == NULL;
}

static gint64
last_answer (const char *data_dir)
{
  g_autofree char *path = g_build_filename (data_dir, "journal.db", NULL);
  sqlite3 *db = raw_open (path, SQLITE_OPEN_READONLY);
  gint64 answer = raw_query_int (db, "SELECT answer FROM nudge_log ORDER BY id DESC LIMIT 1");

  sqlite3_close (db);
  return answer;
}

static gboolean
is_opened (gpointer user_data)
{
  return last_answer (user_data) == BOUNCE_NUDGE_OPENED;
}

static char *
last_page (RealApp *real)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  char *page;

  g_assert_true (g_key_file_load_from_file (keyfile, real->keyfile, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  page = g_key_file_get_string (keyfile, "io/github/bounceback/BounceBack", "last-page", &error);
  g_assert_no_error (error);
  return page;
}

static void
terminate (GSubprocess *process)
{
  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait_async (process, NULL, NULL, NULL);
  g_assert_true (poll_until (has_exited, process, 10000));
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
}

/* The whole way: started in the background with no window, a reminder snoozed almost an
 * hour ago comes back by the wall-clock timer; its Open shows the window on its page; a
 * second invocation on another folder is refused; SIGTERM ends it cleanly. */
static void
test_background (void)
{
  g_autoptr(TestDir) dir = NULL;
  g_autoptr(TestDir) other = NULL;
  g_autoptr(GSubprocess) background = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *page = NULL;
  g_autofree char *other_journal = NULL;
  g_autofree char *log = NULL;
  g_autofree char *said = NULL;
  RealApp real = { NULL };
  GSubprocess *mock;
  gint64 answered;

  if (!in_subprocess ())
    return;

  dir = test_dir_new ();
  other = test_dir_new ();
  mock = mock_start ("body actions");
  real_app_init (&real, "quiet-hours-enabled=false\n");

  /* Snoozed for an hour, 35 seconds short of it. */
  {
    g_autoptr(BounceStore) store = bounce_store_open (dir->path, &error);
    gint64 id;

    g_assert_no_error (error);
    answered = g_get_real_time () / G_USEC_PER_SEC - 60 * 60 + 35;
    g_assert_true (bounce_store_log_nudge (store, "laugh-it-off", answered - 60, &id, &error));
    g_assert_true (bounce_store_answer_nudge (store, id, BOUNCE_NUDGE_SNOOZED, answered,
                                              &error));
    g_assert_no_error (error);
  }

  log = g_build_filename (real.config->path, "background.log", NULL);
  background = real_app_spawn (&real, dir->path, "--background", log);
  g_assert_true (poll_until (name_has_owner, (gpointer) APP_ID, 20000));

  /* Asked from another process, the running one answers. */
  now = g_date_time_new_now_local ();
  due = g_date_time_add_seconds (now, answered + 60 * 60 - g_date_time_to_unix (now));
  when = bounce_format_moment (due, now);
  expected = g_strdup_printf ("The next reminder comes %s.\n", when);
  g_assert_cmpint (real_app_run (&real, dir->path, "--next-nudge", &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_true (poll_until (has_notify_call, NULL, 90000));
  g_assert_cmpint (g_get_real_time () / G_USEC_PER_SEC, >=, answered + 60 * 60);
  calls = mock_notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);
  summary = arg_string (calls->pdata[0], 3);
  g_assert_cmpstr (summary, ==, "Laugh it off and try again.");

  mock_invoke (1, "open");
  g_assert_true (poll_until (is_opened, dir->path, 10000));
  if (g_subprocess_get_identifier (background) == NULL)
    {
      g_file_get_contents (log, &said, NULL, NULL);
      g_error ("The background process ended: %s", said);
    }

  /* Another folder while this one runs: refused, and said so. */
  g_assert_cmpint (real_app_run (&real, other->path, NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "already open with the journal in"));
  g_assert_nonnull (strstr (err, other->path));
  other_journal = g_build_filename (other->path, "journal.db", NULL);
  g_assert_false (g_file_test (other_journal, G_FILE_TEST_EXISTS));

  terminate (background);

  /* The window it opened was on the reminder's page when SIGTERM closed it. */
  page = last_page (&real);
  g_assert_cmpstr (page, ==, "'thanks'");

  real_app_clear (&real);
  mock_stop (mock);
}

/* As the desktop starts it (DBusActivatable, the service file) and as anything on the
 * session bus reaches it: org.freedesktop.Application.ActivateAction show-page. */
static void
test_dbus_activation (void)
{
  g_autoptr(TestDir) dir = NULL;
  g_autoptr(GSubprocess) service = NULL;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *log = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *page = NULL;
  RealApp real = { NULL };

  if (!in_subprocess ())
    return;

  dir = test_dir_new ();
  real_app_init (&real, "");
  log = g_build_filename (real.config->path, "service.log", NULL);
  service = real_app_spawn (&real, dir->path, "--gapplication-service", log);
  g_assert_true (poll_until (name_has_owner, (gpointer) APP_ID, 20000));

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  reply = g_dbus_connection_call_sync (bus, APP_ID, "/io/github/bounceback/BounceBack",
                                       "org.freedesktop.Application", "ActivateAction",
                                       g_variant_new_parsed ("('show-page', [<'paths'>], "
                                                             "@a{sv} {})"),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);

  journal = g_build_filename (dir->path, "journal.db", NULL);
  g_assert_true (g_file_test (journal, G_FILE_TEST_IS_REGULAR));

  /* The window is closed by SIGTERM, and says which page it showed. */
  terminate (service);
  page = last_page (&real);
  g_assert_cmpstr (page, ==, "'paths'");
  real_app_clear (&real);
}

/* With reminders off there is nothing to do in the background: it says so and ends. */
static void
test_background_off (void)
{
  g_autoptr(TestDir) dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  RealApp real = { NULL };

  if (!in_subprocess ())
    return;

  dir = test_dir_new ();
  real_app_init (&real, "nudges-enabled=false\n");
  g_assert_cmpint (real_app_run (&real, dir->path, "--background", &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "Reminders are turned off, so there is nothing to do in the "
                            "background.\n");
  g_assert_cmpstr (err, ==, "");
  real_app_clear (&real);
}

int
main (int   argc,
      char *argv[])
{
  /* The autostart file goes into a folder of the test's own (before GLib reads the
   * variable once and for all). */
  g_autoptr(TestDir) config = test_dir_new ();

  g_setenv ("XDG_CONFIG_HOME", config->path, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/notify/nudge-now", test_nudge_now);
  g_test_add_func ("/notify/no-actions", test_no_actions);
  g_test_add_func ("/notify/no-server", test_no_server);
  g_test_add_func ("/notify/next-nudge", test_next_nudge);
  g_test_add_data_func ("/notify/action/snooze", "snooze", test_action);
  g_test_add_data_func ("/notify/action/not-today", "not-today", test_action);
  g_test_add_data_func ("/notify/action/open", "open", test_action);
  g_test_add_data_func ("/notify/action/default", "default", test_action);
  g_test_add_data_func ("/notify/close-window/quits", GINT_TO_POINTER (FALSE),
                        test_close_window);
  g_test_add_data_func ("/notify/close-window/stays", GINT_TO_POINTER (TRUE),
                        test_close_window);
  g_test_add_func ("/notify/quit-in-background", test_quit_in_background);
  g_test_add_func ("/notify/autostart", test_autostart);
  g_test_add_func ("/notify/background", test_background);
  g_test_add_func ("/notify/background/off", test_background_off);
  g_test_add_func ("/notify/dbus-activation", test_dbus_activation);

  return g_test_run ();
}
