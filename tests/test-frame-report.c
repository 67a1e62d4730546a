/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-frame-report.c: the first-frame report the benchmark reads from the app. */

#include <adwaita.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "bounce-frame-report.h"
#include "test-util.h"

/* Runs @func with the process's standard output going to a file; returns what it printed. */
static char *
capture_stdout (void (*func) (void))
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *path = g_build_filename (dir->path, "stdout", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int saved, fd;

  fflush (stdout);
  saved = dup (STDOUT_FILENO);
  fd = open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  dup2 (fd, STDOUT_FILENO);
  close (fd);

  func ();

  fflush (stdout);
  dup2 (saved, STDOUT_FILENO);
  close (saved);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

typedef struct
{
  char     *out;
  GError   *error;
  gboolean  done;
} Communication;

static void
on_communicated_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Communication *communication = user_data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &communication->out,
                                        NULL, &communication->error);
  communication->done = TRUE;
}

static gboolean
communication_done (gpointer user_data)
{
  return ((Communication *) user_data)->done;
}

/* The app, started as the benchmark starts it, says when its first frame was and how much
 * memory it holds, then again once settled, and ends by itself. */
static void
test_app_reports (void)
{
  g_autoptr(TestDir) data = test_dir_new ();
  g_autoptr(TestDir) config = test_dir_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  Communication communication = { NULL };
  g_autofree char *out = NULL;
  g_autofree char *launched = NULL;
  g_autofree char *first_frame = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 took;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  launched = g_strdup_printf ("%" G_GINT64_FORMAT, start);
  g_subprocess_launcher_setenv (launcher, BOUNCE_FRAME_REPORT_ENV, launched, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config->path, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("BOUNCE_BACK_BIN"),
                                         "--data-dir", data->path, NULL);
  g_assert_no_error (error);

  /* An app that never reports would never end: it is given a minute. */
  g_subprocess_communicate_utf8_async (process, NULL, NULL, on_communicated_cb, &communication);
  if (!test_iterate_until (communication_done, &communication, 60000))
    {
      g_subprocess_force_exit (process);
      test_iterate_until (communication_done, &communication, 10000);
      g_clear_error (&communication.error);
      g_free (communication.out);
      g_error ("The app did not end by itself within a minute");
    }
  g_assert_no_error (communication.error);
  out = communication.out;
  took = g_get_monotonic_time () - start;
  g_assert_true (g_subprocess_get_successful (process));

  regex = g_regex_new ("^first-frame-us=([0-9]+) rss-kib=[1-9][0-9]*\n"
                       "settled-rss-kib=[1-9][0-9]*\n$", 0, 0, &error);
  g_assert_no_error (error);
  if (!g_regex_match (regex, out, 0, &match))
    g_error ("Unexpected report: “%s”", out);

  /* Counted from the launcher's time, on the same clock: within the life of the process,
   * and at least the second of quiet before the app ended. */
  first_frame = g_match_info_fetch (match, 1);
  g_assert_cmpint (g_ascii_strtoll (first_frame, NULL, 10), >, 0);
  g_assert_cmpint (g_ascii_strtoll (first_frame, NULL, 10), <=, took - G_USEC_PER_SEC);
}

static gboolean
window_mapped (gpointer user_data)
{
  return gtk_widget_get_mapped (user_data);
}

static gboolean
time_passed (gpointer user_data)
{
  return g_get_monotonic_time () > *(gint64 *) user_data;
}

static void
show_window_unreported (void)
{
  GtkWidget *window = gtk_window_new ();
  gint64 until;

  g_object_ref_sink (window);
  bounce_frame_report_attach (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (test_iterate_until (window_mapped, window, 10000));

  /* Painted, and past the second of quiet after which a report would end it. */
  until = g_get_monotonic_time () + 1500 * G_TIME_SPAN_MILLISECOND;
  test_iterate_until (time_passed, &until, 3000);

  g_assert_true (gtk_widget_get_visible (window));
  g_assert_true (g_main_context_get_poll_func (NULL) == g_poll);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Without the variable, nothing is printed, watched or closed. */
static void
test_silent_without_variable (void)
{
  g_autofree char *out = NULL;

  g_assert_null (g_getenv (BOUNCE_FRAME_REPORT_ENV));
  out = capture_stdout (show_window_unreported);
  g_assert_cmpstr (out, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_unsetenv (BOUNCE_FRAME_REPORT_ENV);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/frame-report/app-reports", test_app_reports);
  g_test_add_func ("/frame-report/silent-without-variable", test_silent_without_variable);

  return g_test_run ();
}
