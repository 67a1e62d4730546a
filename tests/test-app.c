/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-app.c: the application as started from the command line, in a subprocess each time. */
#include <adwaita.h>

#include "bounce-application.h"
#include "bounce-window-private.h"
#include "test-util.h"

/* What the subprocess checks once its window is up; then it quits. */
typedef void (*WindowCheck) (BounceWindow *window);

typedef struct
{
  GApplication *app;
  WindowCheck   check;
} Run;

static gboolean
on_window_up_cb (gpointer user_data)
{
  Run *run = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (run->app));

  g_assert_true (BOUNCE_IS_WINDOW (window));
  run->check (BOUNCE_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                Run          *run)
{
  g_idle_add (on_window_up_cb, run);
}

/* Runs the real application on @data_dir, as `bounce-back --data-dir DIR` would. */
static int
run_app (const char  *data_dir,
         WindowCheck  check)
{
  g_autoptr(BounceApplication) app = bounce_application_new ();
  const char *argv[] = { "bounce-back", "--data-dir", data_dir, NULL };
  Run run = { G_APPLICATION (app), check };

  /* Tests must not meet a running Bounce Back on the session bus. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &run);

  return g_application_run (G_APPLICATION (app), 3, (char **) argv);
}

static void
assert_accel (GtkApplication *app,
              const char     *action,
              const char     *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, action);

  g_assert_true (g_strv_contains ((const char * const *) accels, accel));
}

static void
check_shows_journal (BounceWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  g_assert_null (bounce_window_get_error_text (window));
  g_assert_nonnull (bounce_window_get_page (window, "grieve"));

  assert_accel (app, "window.close", "<Control>w");
  assert_accel (app, "app.quit", "<Control>q");
  assert_accel (app, "win.show-help-overlay", "<Control>question");
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
}

static void
check_shows_error (BounceWindow *window)
{
  const char *text = bounce_window_get_error_text (window);

  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "not a Bounce Back journal"));
}

static void
test_opens_data_dir (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *journal_dir = g_build_filename (dir->path, "elsewhere", NULL);
  g_autofree char *path = g_build_filename (journal_dir, "journal.db", NULL);

  if (g_test_subprocess ())
    {
      g_assert_cmpint (run_app (g_getenv ("TEST_DATA_DIR"), check_shows_journal), ==, 0);
      return;
    }

  g_setenv ("TEST_DATA_DIR", journal_dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_foreign_file (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *path = g_build_filename (dir->path, "journal.db", NULL);
  const char *contents = "My shopping list: bread, tea.\n";
  g_autofree char *after = NULL;

  if (g_test_subprocess ())
    {
      g_assert_cmpint (run_app (g_getenv ("TEST_DATA_DIR"), check_shows_error), ==, 0);
      return;
    }

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_setenv ("TEST_DATA_DIR", dir->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();

  /* One plain line on stderr for the command line, and the file as it was. */
  g_test_trap_assert_stderr ("*could not open your journal*not a Bounce Back journal*");
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);
}

static void
test_version (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(BounceApplication) app = bounce_application_new ();
      const char *argv[] = { "bounce-back", "--version", NULL };

      exit (g_application_run (G_APPLICATION (app), 2, (char **) argv));
    }

  g_test_trap_subprocess (NULL, 0, 0);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("bounce-back " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/app/opens-data-dir", test_opens_data_dir);
  g_test_add_func ("/app/foreign-file", test_foreign_file);
  g_test_add_func ("/app/version", test_version);

  return g_test_run ();
}
