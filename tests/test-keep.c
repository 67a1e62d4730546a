/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-keep.c: backups listed in Preferences, a restore through the app, an import that
 * lets the window go on. */
#include <adwaita.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bounce-application.h"
#include "bounce-preferences-private.h"
#include "test-window-util.h"

static guint
count_grief (const char *path)
{
  g_autoptr(GError) error = NULL;
  guint n_kinds, index = 0;
  const GType *kinds = bounce_kinds_get (&n_kinds);
  g_autofree guint *counts = g_new0 (guint, n_kinds);

  for (guint i = 0; i < n_kinds; i++)
    if (kinds[i] == BOUNCE_TYPE_GRIEF_ENTRY)
      index = i;
  g_assert_true (bounce_store_count_file (path, counts, n_kinds, &error));
  g_assert_no_error (error);
  return counts[index];
}

static void
add_entries (BounceStore *store,
             guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BounceRecord) entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", "words",
                                                    NULL);

      g_assert_true (bounce_store_insert (store, entry, &error));
      g_assert_no_error (error);
    }
}

static char *
make_backup (BounceStore *store,
             int          days_ago)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days_ago);
  g_autoptr(GError) error = NULL;
  char *made = bounce_backups_make (store, then, &error);

  g_assert_no_error (error);
  g_assert_nonnull (made);
  return made;
}

static void
test_preferences_list (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *older = NULL;
  g_autofree char *newer = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *dir = bounce_backups_dup_dir (bounce_store_get_path (fixture->store));
  g_autofree char *expected_title = NULL;
  GtkWidget *preferences;
  AdwActionRow *row;
  GtkButton *button;
  GtkWindow *dialog = NULL;
  GList *toplevels;

  add_entries (fixture->store, 2);
  older = make_backup (fixture->store, 2);
  add_entries (fixture->store, 1);
  newer = make_backup (fixture->store, 1);
  list = bounce_backups_list (dir, NULL);
  g_assert_cmpuint (list->len, ==, 2);

  preferences = bounce_preferences_window_new (GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (preferences));

  /* Newest first: when, in the person's language, and how many entries. */
  row = bounce_preferences_window_get_backup_row (BOUNCE_PREFERENCES_WINDOW (preferences), 0);
  g_assert_nonnull (row);
  expected_title = g_date_time_format (((BounceBackup *) list->pdata[0])->time,
                                       "%A, %-e %B %Y at %H:%M");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   expected_title);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "3 entries");
  row = bounce_preferences_window_get_backup_row (BOUNCE_PREFERENCES_WINDOW (preferences), 1);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "2 entries");
  g_assert_null (bounce_preferences_window_get_backup_row (BOUNCE_PREFERENCES_WINDOW (preferences),
                                                           2));

  /* Restoring asks first. */
  button = g_object_get_data (G_OBJECT (row), "bounce-restore-button");
  g_signal_emit_by_name (button, "clicked");
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                                   "Restore the journal of "));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* The app's side of a restore, in a subprocess. */
typedef struct
{
  GApplication *app;
  gpointer      old_window;   /* weak */
  gboolean      restored;
} Restoring;

static gboolean
shows_restored_cb (gpointer user_data)
{
  Restoring *restoring = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (restoring->app));
  BounceJournal *journal;
  guint n = 0;

  if (restoring->old_window != NULL || !BOUNCE_IS_WINDOW (window) ||
      !gtk_widget_get_mapped (GTK_WIDGET (window)) ||
      !(journal = bounce_window_get_journal (BOUNCE_WINDOW (window))))
    return G_SOURCE_CONTINUE;

  g_assert_true (bounce_store_count (bounce_journal_get_store (journal),
                                     BOUNCE_TYPE_GRIEF_ENTRY, &n, NULL));
  g_assert_cmpuint (n, ==, 2);
  restoring->restored = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (restoring->app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
is_restore_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Restore") == 0;
}

static gboolean
on_window_up_cb (gpointer user_data)
{
  Restoring *restoring = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (restoring->app));
  BounceJournal *journal = bounce_window_get_journal (BOUNCE_WINDOW (window));
  g_autoptr(BounceRecord) entry = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *preferences;
  GtkWindow *dialog = NULL;
  GtkWidget *restore_button;
  AdwActionRow *row;
  GList *toplevels;

  /* One more entry today, which only the backup kept before restoring can hold. */
  entry = bounce_journal_add (journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);

  g_set_weak_pointer (&restoring->old_window, window);

  /* As the person does it: Preferences, yesterday's backup (the second, newest first), its
   * Restore button, and Restore in the question. Preferences and the question are still up
   * while the windows close under them. */
  g_action_group_activate_action (G_ACTION_GROUP (restoring->app), "preferences", NULL);
  preferences = gtk_application_get_active_window (GTK_APPLICATION (restoring->app));
  g_assert_true (BOUNCE_IS_PREFERENCES_WINDOW (preferences));
  row = bounce_preferences_window_get_backup_row (BOUNCE_PREFERENCES_WINDOW (preferences), 1);
  g_assert_nonnull (row);
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (row), "bounce-restore-button"),
                         "clicked");
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);

  /* Or the app quits (a logout, Ctrl+Q) while Preferences and the question are up. */
  if (g_strcmp0 (g_getenv ("TEST_QUIT"), "1") == 0)
    {
      restoring->restored = TRUE;
      g_action_group_activate_action (G_ACTION_GROUP (restoring->app), "quit", NULL);
      return G_SOURCE_REMOVE;
    }

  /* Clicked, as the question's own button answers it (it goes first, then answers). */
  restore_button = find_widget (GTK_WIDGET (dialog), is_restore_button, NULL);
  g_assert_nonnull (restore_button);
  g_signal_emit_by_name (restore_button, "clicked");

  g_timeout_add (50, shows_restored_cb, restoring);
  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                Restoring    *restoring)
{
  g_idle_add (on_window_up_cb, restoring);
}

/* The app on TEST_DATA_DIR, restoring TEST_BACKUP from Preferences (or quitting with the
 * question up, with TEST_QUIT=1). */
static void
run_restoring_app (void)
{
  g_autoptr(BounceApplication) app = bounce_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *argv[] = { "bounce-back", "--data-dir", g_getenv ("TEST_DATA_DIR"), NULL };
  Restoring restoring = { G_APPLICATION (app), NULL, FALSE };

  g_settings_set_boolean (settings, "welcome-done", TRUE);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &restoring);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, (char **) argv), ==, 0);
  g_assert_true (restoring.restored);
}

/* Yesterday's journal had 2 entries; today's 5, and a backup of today is made already.
 * Returns the journal's path; the backups' paths go to @yesterday and @today. */
static char *
journal_with_backups (TestDir  *dir,
                      char    **yesterday,
                      char    **today)
{
  g_autoptr(BounceStore) store = bounce_store_open (dir->path, NULL);
  g_autofree char *made = NULL;

  g_assert_nonnull (store);
  add_entries (store, 2);
  *yesterday = make_backup (store, 1);
  add_entries (store, 3);
  made = make_backup (store, 0);
  if (today != NULL)
    *today = g_steal_pointer (&made);
  return g_strdup (bounce_store_get_path (store));
}

/* Quitting while Preferences asks whether to restore: every window goes, each letting go of
 * the one it belongs to first, with no warning and the journal as it was. */
static void
test_quit_with_question (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *yesterday = NULL;
  g_autofree char *journal = NULL;

  if (g_test_subprocess ())
    {
      run_restoring_app ();
      return;
    }

  journal = journal_with_backups (dir, &yesterday, NULL);

  g_setenv ("TEST_DATA_DIR", dir->path, TRUE);
  g_setenv ("TEST_BACKUP", yesterday, TRUE);
  g_setenv ("TEST_QUIT", "1", TRUE);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_unsetenv ("TEST_QUIT");
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");

  /* The journal as it was (the app's blank new entry is not kept): nothing was restored. */
  g_assert_cmpuint (count_grief (journal), ==, 5);
}

static void
test_restore (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *yesterday = NULL;
  g_autofree char *today = NULL;
  g_autofree char *backups = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *wal = NULL;
  gboolean kept = FALSE;

  if (g_test_subprocess ())
    {
      run_restoring_app ();
      return;
    }

  journal = journal_with_backups (dir, &yesterday, &today);

  g_setenv ("TEST_DATA_DIR", dir->path, TRUE);
  g_setenv ("TEST_BACKUP", yesterday, TRUE);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();

  /* Yesterday's journal, one file, no -wal left to replay over it. */
  wal = g_strconcat (journal, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_grief (journal), ==, 2);

  /* The journal as it was before, with the entry added today, is one more backup. */
  backups = bounce_backups_dup_dir (journal);
  list = bounce_backups_list (backups, NULL);
  for (guint i = 0; i < list->len; i++)
    kept |= count_grief (((BounceBackup *) list->pdata[i])->path) == 6;
  g_assert_true (kept);
  g_assert_cmpuint (count_grief (yesterday), ==, 2);
  g_assert_cmpuint (count_grief (today), ==, 5);
}

static gboolean
count_tick_cb (gpointer user_data)
{
  gint64 *ticks = user_data;

  ticks[0]++;
  /* The longest time between two turns of the loop, in µs. */
  if (ticks[1] != 0)
    ticks[2] = MAX (ticks[2], g_get_monotonic_time () - ticks[1]);
  ticks[1] = g_get_monotonic_time ();
  return G_SOURCE_CONTINUE;
}

static gboolean
import_done (gpointer window)
{
  return !bounce_window_is_importing (window);
}

/* A large import leaves the window answering: the loop turns while it is merged. */
static void
test_import_keeps_turning (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(TestDir) other = test_dir_new ();
  g_autoptr(BounceStore) source = bounce_store_open (other->path, NULL);
  g_autofree char *path = g_build_filename (other->path, "export.json", NULL);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gint64 ticks[3] = { 0, 0, 0 };
  guint tick_id;
  const guint n = 6000;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (records, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body",
                                            "A page of the grief journal, imported", NULL));
  g_assert_true (bounce_store_insert_all (source, records, &error));
  g_assert_no_error (error);
  g_assert_true (bounce_export_json_file (source, path, NULL, &error));
  g_assert_no_error (error);

  tick_id = g_timeout_add (5, count_tick_cb, ticks);
  g_assert_true (bounce_window_import_from (fixture->window, file));
  g_assert_true (bounce_window_is_importing (fixture->window));
  g_assert_true (test_iterate_until (import_done, fixture->window, 120000));
  g_source_remove (tick_id);

  /* Turned all along: many times, and never stopped for long (ASan is slow: 1 s). */
  g_test_message ("%" G_GINT64_FORMAT " turns, the longest wait %" G_GINT64_FORMAT " ms",
                  ticks[0], ticks[2] / 1000);
  g_assert_cmpint (ticks[0], >=, 5);
  g_assert_cmpint (ticks[2], <, G_USEC_PER_SEC);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, n);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/keep/preferences-list", Fixture, NULL, fixture_set_up, test_preferences_list,
              fixture_tear_down);
  g_test_add_func ("/keep/restore", test_restore);
  g_test_add_func ("/keep/quit-with-question", test_quit_with_question);
  g_test_add ("/keep/import-keeps-turning", Fixture, NULL, fixture_set_up,
              test_import_keeps_turning, fixture_tear_down);

  return g_test_run ();
}
