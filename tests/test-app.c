/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-app.c: the application as started from the command line, in a subprocess each time. */
#include <adwaita.h>
#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>

#include "bounce-application.h"
#include "bounce-grief-editor.h"
#include "bounce-window-private.h"
#include "test-util.h"

/* What the subprocess checks once its window is up; then it quits, unless told not to. */
typedef gboolean (*WindowCheck) (BounceWindow *window);

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
  if (run->check (BOUNCE_WINDOW (window)))
    g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                Run          *run)
{
  g_idle_add (on_window_up_cb, run);
}

/* Runs the real application on @data_dir, as `bounce-back --data-dir DIR` would, past the
 * welcome of a first start unless @welcome. */
static int
run_app_full (const char  *data_dir,
              gboolean     welcome,
              WindowCheck  check)
{
  g_autoptr(BounceApplication) app = bounce_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *argv[] = { "bounce-back", "--data-dir", data_dir, NULL };
  Run run = { G_APPLICATION (app), check };

  g_settings_set_boolean (settings, "welcome-done", !welcome);

  /* Tests must not meet a running Bounce Back on the session bus. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &run);

  return g_application_run (G_APPLICATION (app), 3, (char **) argv);
}

static int
run_app (const char  *data_dir,
         WindowCheck  check)
{
  return run_app_full (data_dir, FALSE, check);
}

static const char *
shown (BounceWindow *window)
{
  GObject *main_stack = gtk_widget_get_template_child (GTK_WIDGET (window), BOUNCE_TYPE_WINDOW,
                                                       "main_stack");

  return gtk_stack_get_visible_child_name (GTK_STACK (main_stack));
}

static void
assert_accel (GtkApplication *app,
              const char     *action,
              const char     *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, action);

  g_assert_true (g_strv_contains ((const char * const *) accels, accel));
}

static gboolean
check_shows_journal (BounceWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  GtkShortcutsWindow *overlay;

  g_assert_null (bounce_window_get_error_text (window));
  g_assert_cmpstr (shown (window), ==, "journal");
  g_assert_nonnull (bounce_window_get_page (window, "grieve"));

  assert_accel (app, "window.close", "<Control>w");
  assert_accel (app, "app.quit", "<Control>q");
  assert_accel (app, "win.show-shortcuts", "<Control>question");
  assert_accel (app, "win.show-shortcuts", "<Control>F1");

  /* Keyboard Shortcuts is made when first asked for, and only once. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_window_close (GTK_WINDOW (overlay));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL));
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) ==
                 overlay);
  gtk_window_close (GTK_WINDOW (overlay));

  return TRUE;
}

static gboolean
check_shows_welcome (BounceWindow *window)
{
  g_assert_cmpstr (shown (window), ==, "welcome");

  return TRUE;
}

static gboolean
check_shows_error (BounceWindow *window)
{
  const char *text = bounce_window_get_error_text (window);

  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "not a Bounce Back journal"));

  return TRUE;
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

static gboolean
check_dark (BounceWindow *window)
{
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);

  return TRUE;
}

/* The style chosen in Preferences is the window's from the start. */
static void
test_color_scheme (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();

  if (g_test_subprocess ())
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      g_settings_set_string (settings, "color-scheme", "dark");
      g_assert_cmpint (run_app (g_getenv ("TEST_DATA_DIR"), check_dark), ==, 0);
      return;
    }

  g_setenv ("TEST_DATA_DIR", dir->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

/* The first start, in a new folder with the settings as installed, welcomes. */
static void
test_first_start (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();

  if (g_test_subprocess ())
    {
      g_assert_cmpint (run_app_full (g_getenv ("TEST_DATA_DIR"), TRUE, check_shows_welcome), ==,
                       0);
      return;
    }

  g_setenv ("TEST_DATA_DIR", dir->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
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

/* A few words typed, then the session ends: SIGTERM, not the Quit action. */
static gboolean
type_then_terminate (BounceWindow *window)
{
  BounceRecordPage *grieve = bounce_window_get_page (window, "grieve");
  g_autoptr(GObject) editor = NULL;
  GObject *body_view;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-record", NULL);
  g_object_get (grieve, "editor", &editor, NULL);
  body_view = gtk_widget_get_template_child (GTK_WIDGET (editor), BOUNCE_TYPE_GRIEF_EDITOR,
                                             "body_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (body_view)),
                            "typed just before logging out", -1);

  /* Only the signal may end the app, before the typing pause has passed. */
  g_assert_no_errno (kill (getpid (), SIGTERM));
  return FALSE;
}

static void
test_terminate_keeps_words (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  if (g_test_subprocess ())
    {
      g_assert_cmpint (run_app (g_getenv ("TEST_DATA_DIR"), type_then_terminate), ==, 0);
      return;
    }

  g_setenv ("TEST_DATA_DIR", dir->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();

  store = bounce_store_open (dir->path, &error);
  g_assert_no_error (error);
  entries = bounce_store_load (store, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_object_get (entries->pdata[0], "body", &body, NULL);
  g_assert_cmpstr (body, ==, "typed just before logging out");
}

/* The journal is locked by another program when the session ends: saving fails, and
 * nobody can be asked. */
static sqlite3 *lock;

static gboolean
type_locked_then_terminate (BounceWindow *window)
{
  BounceRecordPage *grieve = bounce_window_get_page (window, "grieve");
  g_autoptr(GObject) editor = NULL;
  g_autofree char *db_path = g_build_filename (g_getenv ("TEST_DATA_DIR"), "journal.db", NULL);
  GObject *body_view;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-record", NULL);
  lock = test_lock_journal (db_path);
  g_object_get (grieve, "editor", &editor, NULL);
  body_view = gtk_widget_get_template_child (GTK_WIDGET (editor), BOUNCE_TYPE_GRIEF_EDITOR,
                                             "body_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (body_view)),
                            "typed while another program held the journal", -1);

  g_assert_no_errno (kill (getpid (), SIGTERM));
  return FALSE;
}

static void
test_recovery_terminate (void)
{
  if (!g_test_subprocess ())
    return;

  g_assert_cmpint (run_app (g_getenv ("TEST_DATA_DIR"), type_locked_then_terminate), ==, 0);
  test_unlock_journal (lock);
}

static gboolean
on_offer_cb (gpointer user_data)
{
  BounceWindow *window = user_data;
  AdwMessageDialog *dialog = bounce_window_get_dialog (window);
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));

  if (dialog == NULL || !gtk_widget_get_mapped (GTK_WIDGET (dialog)))
    return G_SOURCE_CONTINUE;

  g_assert_true (adw_message_dialog_has_response (dialog, "restore"));
  adw_message_dialog_response (dialog, "restore");
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
bring_back_when_offered (BounceWindow *window)
{
  g_timeout_add (50, on_offer_cb, window);
  return FALSE;
}

static void
test_recovery_bring_back (void)
{
  if (!g_test_subprocess ())
    return;

  g_assert_cmpint (run_app (g_getenv ("TEST_DATA_DIR"), bring_back_when_offered), ==, 0);
}

/* Words that could not be saved at logout are in the recovery file, and come back. */
static void
test_recovery (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *recovery_path = g_build_filename (dir->path, "journal-recovery.json", NULL);
  const char *words = "typed while another program held the journal";
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  g_setenv ("TEST_DATA_DIR", dir->path, TRUE);
  g_test_trap_subprocess ("/app/recovery/subprocess/terminate", 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();

  kept = bounce_recovery_read (recovery_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kept->len, ==, 1);
  g_object_get (kept->pdata[0], "body", &body, NULL);
  g_assert_cmpstr (body, ==, words);
  g_clear_pointer (&body, g_free);

  g_test_trap_subprocess ("/app/recovery/subprocess/bring-back", 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();

  g_assert_false (g_file_test (recovery_path, G_FILE_TEST_EXISTS));
  store = bounce_store_open (dir->path, &error);
  g_assert_no_error (error);
  entries = bounce_store_load (store, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (bounce_record_get_uuid (entries->pdata[0]), ==,
                   bounce_record_get_uuid (kept->pdata[0]));
  g_object_get (entries->pdata[0], "body", &body, NULL);
  g_assert_cmpstr (body, ==, words);
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

/* The check of the whole file runs once the window is on screen; a damage it finds closes
 * the journal, and a window offers to rescue it. */
static gboolean
poll_rescue_cb (gpointer user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *window = gtk_application_get_active_window (app);
  const char *text;

  if (!BOUNCE_IS_WINDOW (window) ||
      (text = bounce_window_get_error_text (BOUNCE_WINDOW (window))) == NULL)
    return G_SOURCE_CONTINUE;

  g_assert_nonnull (strstr (text, "damaged"));
  g_assert_nonnull (strstr (text, "can still be read"));
  g_assert_cmpstr (shown (BOUNCE_WINDOW (window)), ==, "error");

  /* Every page is in the journal started anew. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-over", NULL));
  g_assert_cmpstr (shown (BOUNCE_WINDOW (window)), ==, "journal");
  g_assert_cmpuint (g_list_model_get_n_items (
                      bounce_journal_get_records (bounce_application_get_journal (
                                                    BOUNCE_APPLICATION (app)),
                                                  BOUNCE_TYPE_GRIEF_ENTRY)), ==, 500);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
check_becomes_rescue (BounceWindow *window)
{
  /* Opened as it was, at once: the damage is in no page the first screen reads. */
  g_assert_cmpstr (shown (window), ==, "journal");
  g_timeout_add (50, poll_rescue_cb, gtk_window_get_application (GTK_WINDOW (window)));
  return FALSE;
}

static void
test_damage_found_later (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *path = g_build_filename (dir->path, "journal.db", NULL);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  gint64 damaged_page = 0;

  if (g_test_subprocess ())
    {
      g_assert_cmpint (run_app (g_getenv ("TEST_DATA_DIR"), check_becomes_rescue), ==, 0);
      return;
    }

  {
    g_autoptr(BounceStore) store = bounce_store_open (dir->path, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < 500; i++)
      g_ptr_array_add (pages, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created",
                                            (gint64) 1700000000000000 + i,
                                            "body", "The exam, the waiting, the letter, the "
                                            "long walk home along the river afterwards.",
                                            NULL));
    g_assert_true (bounce_store_insert_all (store, pages, &error));
    g_assert_no_error (error);
  }

  /* A page of the search index's data, which nothing reads to show the lists. */
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT max(pageno) FROM dbstat"
                                             " WHERE name = 'grief_entries_search_data'",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    damaged_page = sqlite3_column_int64 (stmt, 0);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
  g_assert_cmpint (damaged_page, >, 1);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  memset (contents + (damaged_page - 1) * 4096, 0xa5, 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  g_setenv ("TEST_DATA_DIR", dir->path, TRUE);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*is damaged, so Bounce Back stopped writing to it*");
  /* Nothing was set aside or started over without the person's say. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/app/opens-data-dir", test_opens_data_dir);
  g_test_add_func ("/app/first-start", test_first_start);
  g_test_add_func ("/app/color-scheme", test_color_scheme);
  g_test_add_func ("/app/foreign-file", test_foreign_file);
  g_test_add_func ("/app/damage-found-later", test_damage_found_later);
  g_test_add_func ("/app/terminate-keeps-words", test_terminate_keeps_words);
  g_test_add_func ("/app/version", test_version);
  g_test_add_func ("/app/recovery", test_recovery);
  g_test_add_func ("/app/recovery/subprocess/terminate", test_recovery_terminate);
  g_test_add_func ("/app/recovery/subprocess/bring-back", test_recovery_bring_back);

  return g_test_run ();
}
