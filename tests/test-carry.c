/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-carry.c: Export… and Import… from the window, the command line, and two computers kept
 * in step by the app itself, as a person would use them. */
#include <signal.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "bounce-grief-editor.h"
#include "bounce-preferences-private.h"
#include "test-db.h"
#include "test-window-util.h"

static gboolean
not_importing (gpointer window)
{
  return !bounce_window_is_importing (window);
}

/* Does what the file chooser of Export… or Import… does with the file chosen (see
 * test_actions() for why no chooser is made here). */
static void
choose_file (Fixture    *fixture,
             const char *action,
             const char *path,
             const char *format)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  if (g_str_equal (action, "win.export"))
    bounce_window_export_to (fixture->window, file, g_strcmp0 (format, "markdown") == 0);
  else if (bounce_window_import_from (fixture->window, file))
    g_assert_true (test_iterate_until (not_importing, fixture->window, 60000));
}

static gboolean
has_class_action (gpointer    widget,
                  const char *name)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (widget);
  const char *action_name, *property_name;
  const GVariantType *parameter_type;
  GType owner;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &action_name,
                                                   &parameter_type, &property_name);
       i++)
    if (g_str_equal (action_name, name))
      return TRUE;

  return FALSE;
}

/* The menu's two actions are the window's. Their choosers are not made here: making one
 * loads, through GTK, system modules that keep memory LeakSanitizer cannot be told about
 * (cloud providers, GIO's), and that every test after it would report. */
static void
test_actions (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_true (has_class_action (fixture->window, "win.export"));
  g_assert_true (has_class_action (fixture->window, "win.import"));
}

static const char *
last_toast (Fixture *fixture)
{
  AdwToast *toast = bounce_window_get_last_toast (fixture->window);

  return toast != NULL ? adw_toast_get_title (toast) : NULL;
}

/* Words typed into the grief page, not saved yet (no pause has passed). */
static GtkTextView *
type_page (Fixture    *fixture,
           const char *text)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  GtkTextView *body_view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-record",
                                             NULL));
  body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), text, -1);
  return body_view;
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section_model = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      section_model = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      if (section_model != NULL && menu_has_action (section_model, action))
        return TRUE;
    }

  return FALSE;
}

static void
test_menu (Fixture       *fixture,
           gconstpointer  data)
{
  GtkMenuButton *button = child (fixture->window, BOUNCE_TYPE_WINDOW, "menu_button");
  GMenuModel *menu;

  /* As the person opens it: the menu gets its items then. */
  gtk_menu_button_popup (button);
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  g_assert_true (menu_has_action (menu, "win.export"));
  g_assert_true (menu_has_action (menu, "win.import"));
  gtk_menu_button_popdown (button);
}

/* The export has the words typed a moment ago, and the toast says how many went where. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir->path, "mine.json", NULL);
  g_autofree char *md_path = g_build_filename (fixture->dir->path, "mine.md", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  type_page (fixture, "typed just now");
  choose_file (fixture, "win.export", path, "json");
  g_assert_cmpstr (last_toast (fixture), ==, "Exported 1 record to mine.json");

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "\"body\":\"typed just now\""));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_clear_pointer (&contents, g_free);
  choose_file (fixture, "win.export", md_path, "markdown");
  g_assert_cmpstr (last_toast (fixture), ==, "Exported 1 record to mine.md");
  g_file_get_contents (md_path, &contents, NULL, &error);
  g_assert_no_error (error);
  /* The kind's title as the window shows it. */
  g_assert_nonnull (strstr (contents, "\n### Pages\n"));
  g_assert_nonnull (strstr (contents, "typed just now\n"));
}

/* An export made elsewhere (another journal's file) is imported; again, nothing new. */
static char *
write_other_journal (const char *dir,
                     guint       n_entries)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = bounce_store_open (dir, &error);
  g_autofree char *path = g_build_filename (dir, "other.json", NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(BounceRecord) entry = NULL;
      g_autofree char *body = g_strdup_printf ("from the other computer %u", i);

      entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", body, NULL);
      bounce_store_insert (store, entry, &error);
      g_assert_no_error (error);
    }

  bounce_export_json_file (store, path, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TestDir) other = test_dir_new ();
  g_autofree char *path = write_other_journal (other->path, 2);
  GListModel *model = bounce_journal_get_records (fixture->journal, BOUNCE_TYPE_GRIEF_ENTRY);

  choose_file (fixture, "win.import", path, NULL);
  g_assert_cmpstr (last_toast (fixture), ==, "Imported 2 new records, updated 0, 0 already here");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 2);

  choose_file (fixture, "win.import", path, NULL);
  g_assert_cmpstr (last_toast (fixture), ==, "Imported 0 new records, updated 0, 2 already here");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 2);
}

/* A wrong file: a dialog says where and what, and the journal is as it was. */
static void
test_import_error (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TestDir) other = test_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (other->path, "wrong.json", NULL);
  AdwMessageDialog *dialog;

  g_file_set_contents (path, "{\"format\": \"bounce-back-journal\",\n\"version\": 1,\n"
                             "\"kinds\": {\"grief_entries\": [{\"uuid\": 5}]}}", -1, &error);
  g_assert_no_error (error);

  choose_file (fixture, "win.import", path, NULL);
  dialog = bounce_window_get_carry_dialog (fixture->window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Could Not Import “wrong.json”");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "line 3, column"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Nothing in your journal"));
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Typing not yet saved is newer than an older copy in a file: it is kept. */
static void
test_import_keeps_typing (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TestDir) other = test_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir->path, "before.json", NULL);
  g_autofree char *text = NULL;
  GtkTextView *body_view = type_page (fixture, "older words");

  choose_file (fixture, "win.export", path, "json");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), "newer words, unsaved", -1);
  choose_file (fixture, "win.import", path, NULL);
  g_assert_cmpstr (last_toast (fixture), ==, "Imported 0 new records, updated 0, 1 already here");

  text = disk_string (fixture, BOUNCE_TYPE_GRIEF_ENTRY, 0, "body");
  g_assert_cmpstr (text, ==, "newer words, unsaved");
  g_clear_pointer (&text, g_free);
  g_object_get (gtk_text_view_get_buffer (body_view), "text", &text, NULL);
  g_assert_cmpstr (text, ==, "newer words, unsaved");
}

/* The Two Computers group: the switch waits for a folder, and follows the settings. */
static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *preferences = bounce_preferences_window_new (GTK_WINDOW (fixture->window));
  BouncePreferencesWindow *window = BOUNCE_PREFERENCES_WINDOW (preferences);
  GtkSwitch *sync_switch = bounce_preferences_window_get_sync_switch (window);
  AdwActionRow *folder_row = bounce_preferences_window_get_sync_folder_row (window);

  gtk_window_present (GTK_WINDOW (preferences));
  g_assert_nonnull (sync_switch);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (sync_switch)));
  g_assert_cmpstr (adw_action_row_get_subtitle (folder_row), ==, "None chosen yet");

  g_settings_set_string (settings, "sync-folder", "/home/me/Sync");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (sync_switch)));
  g_assert_cmpstr (adw_action_row_get_subtitle (folder_row), ==, "/home/me/Sync");

  gtk_switch_set_active (sync_switch, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "sync-enabled"));

  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* The real program, with its own settings (a key file) and the session's bus. */
typedef struct
{
  TestDir *config;
} RealApp;

static GSubprocessLauncher *
real_launcher (RealApp            *real,
               const char         *settings,
               GSubprocessFlags    flags)
{
  g_autofree char *folder = g_build_filename (real->config->path, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (folder, "keyfile", NULL);
  g_autofree char *contents = g_strdup_printf ("[io/github/bounceback/BounceBack]\n"
                                               "welcome-done=true\n%s", settings);
  GSubprocessLauncher *launcher;

  g_assert_no_errno (g_mkdir_with_parents (folder, 0700));
  g_assert_true (g_file_set_contents (keyfile, contents, -1, NULL));

  launcher = g_subprocess_launcher_new (flags);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", real->config->path, TRUE);
  return launcher;
}

static int
run_real (const char  *data_dir,
          const char  *option,
          const char  *file,
          char       **out)
{
  RealApp real = { test_dir_new () };
  g_autoptr(GSubprocessLauncher) launcher = real_launcher (&real, "", G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("BOUNCE_BACK_BIN"),
                                         "--data-dir", data_dir, option, file, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, &err, &error);
  g_assert_no_error (error);
  g_test_message ("%s %s: %s%s", option, file, *out, err);
  test_dir_free (real.config);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

static void
test_command_line (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(TestDir) other = test_dir_new ();
  g_autofree char *source = write_other_journal (other->path, 3);
  g_autofree char *json = g_build_filename (dir->path, "out.json", NULL);
  g_autofree char *md = g_build_filename (dir->path, "out.md", NULL);
  g_autofree char *journal_dir = g_build_filename (dir->path, "journal", NULL);
  g_autofree char *bad = g_build_filename (dir->path, "bad.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  GStatBuf st;

  g_assert_cmpint (run_real (journal_dir, "--import", source, &out), ==, 0);
  g_assert_cmpstr (out, ==, "Imported 3 new records, updated 0, 0 already here\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_real (journal_dir, "--import", source, &out), ==, 0);
  g_assert_cmpstr (out, ==, "Imported 0 new records, updated 0, 3 already here\n");
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_real (journal_dir, "--export", json, &out), ==, 0);
  g_assert_cmpstr (out, ==, "Exported 3 records to out.json\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_real (journal_dir, "--export-markdown", md, &out), ==, 0);
  g_assert_cmpstr (out, ==, "Exported 3 records to out.md\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (g_stat (md, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The round trip through the program: the same bytes. */
  g_assert_true (g_file_get_contents (source, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (json, &b, NULL, NULL));
  g_assert_cmpstr (a, ==, b);

  /* A wrong file: a status, nothing printed as done. */
  g_assert_true (g_file_set_contents (bad, "{\"format\": 1", -1, NULL));
  g_assert_cmpint (run_real (journal_dir, "--import", bad, &out), ==, 1);
  g_assert_cmpstr (out, ==, "");
}

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* The program says so (in a debug message) once it has merged the folder's files. */
static gboolean
has_kept_in_step (gpointer user_data)
{
  g_autofree char *said = NULL;

  return g_file_get_contents (user_data, &said, NULL, NULL) &&
         strstr (said, "Kept in step with") != NULL;
}

static gboolean
has_exited (gpointer user_data)
{
  return g_subprocess_get_identifier (user_data) == NULL;
}

/* Ends the real program as logging out does, and says what it said (in @log) if it does not
 * end. */
static void
quit_real (GSubprocess *process,
           const char  *log)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_send_signal (process, SIGTERM);
  if (!test_iterate_until (has_exited, process, 30000))
    {
      g_autofree char *said = NULL;

      g_file_get_contents (log, &said, NULL, NULL);
      g_test_message ("The program said: %s", said);
      g_assert_not_reached ();
    }
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
}

/* The pages in the journal in @dir, as its file has them once the program has ended. */
static BounceStore *
open_and_count (const char *dir,
                guint      *n_entries)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = bounce_store_open (dir, &error);

  g_assert_no_error (error);
  bounce_store_count (store, BOUNCE_TYPE_GRIEF_ENTRY, n_entries, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

static gboolean
journal_is_open (gpointer user_data)
{
  return bounce_store_is_open_elsewhere (user_data);
}

/* With a display, the file options still go to the program already running on the journal,
 * which imports into the journal its window shows: not refused as a journal that another
 * program holds, as it is where no display opens (test-headless.c). */
static void
test_command_line_to_window (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(TestDir) other = test_dir_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *source = write_other_journal (other->path, 2);
  g_autofree char *journal_dir = g_build_filename (dir->path, "journal", NULL);
  g_autofree char *log = g_build_filename (dir->path, "log", NULL);
  g_autofree char *out = NULL;
  RealApp real = { test_dir_new () };
  guint n_entries = 0;
  guint ticker;

  launcher = real_launcher (&real, "", G_SUBPROCESS_FLAGS_NONE);
  g_subprocess_launcher_set_stdout_file_path (launcher, log);
  g_subprocess_launcher_set_stderr_file_path (launcher, log);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("BOUNCE_BACK_BIN"),
                                         "--data-dir", journal_dir, NULL);
  g_assert_no_error (error);
  /* The journal is opened in startup, once the program is the one that others call. */
  ticker = g_timeout_add (50, tick_cb, NULL);
  g_assert_true (test_iterate_until (journal_is_open, journal_dir, 30000));

  g_assert_cmpint (run_real (journal_dir, "--import", source, &out), ==, 0);
  g_assert_cmpstr (out, ==, "Imported 2 new records, updated 0, 0 already here\n");

  quit_real (process, log);
  g_source_remove (ticker);

  store = open_and_count (journal_dir, &n_entries);
  g_assert_cmpuint (n_entries, ==, 2);
  test_dir_free (real.config);
}

/* The app itself: what the other computer left in the folder comes in on start, and the
 * whole journal goes out on quit. */
static void
test_sync_folder (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(TestDir) folder = test_dir_new ();
  g_autoptr(TestDir) other = test_dir_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) mine = NULL;
  g_autofree char *settings = g_strdup_printf ("sync-enabled=true\nsync-folder='%s'\n",
                                               folder->path);
  g_autofree char *journal_dir = g_build_filename (dir->path, "journal", NULL);
  g_autofree char *name = NULL;
  g_autofree char *written = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *log = NULL;
  guint n_entries = 0;
  guint ticker;
  RealApp real = { test_dir_new () };

  /* The other computer's file, as it wrote it on quitting. */
  {
    g_autoptr(BounceStore) store = bounce_store_open (other->path, &error);
    g_autoptr(BounceRecord) entry = NULL;

    g_assert_no_error (error);
    for (guint i = 0; i < 3; i++)
      {
        g_clear_object (&entry);
        entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", "written on the laptop", NULL);
        bounce_store_insert (store, entry, &error);
        g_assert_no_error (error);
      }
    bounce_sync_export (store, folder->path, NULL, &error);
    g_assert_no_error (error);
  }

  launcher = real_launcher (&real, settings, G_SUBPROCESS_FLAGS_NONE);
  /* What it says goes to a file: a pipe nobody reads would fill. */
  log = g_build_filename (dir->path, "log", NULL);
  g_subprocess_launcher_set_stdout_file_path (launcher, log);
  g_subprocess_launcher_set_stderr_file_path (launcher, log);
  g_subprocess_launcher_setenv (launcher, "G_MESSAGES_DEBUG", "bounce-application", TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("BOUNCE_BACK_BIN"),
                                         "--data-dir", journal_dir, NULL);
  g_assert_no_error (error);
  /* Another process writes the log: the loop wakes up to look. */
  ticker = g_timeout_add (50, tick_cb, NULL);
  if (!test_iterate_until (has_kept_in_step, log, 30000))
    {
      g_autofree char *said = NULL;

      g_file_get_contents (log, &said, NULL, NULL);
      g_test_message ("The program said: %s; the folder holds %s", said,
                      list_dir (folder->path));
      g_assert_not_reached ();
    }

  quit_real (process, log);
  g_source_remove (ticker);

  mine = open_and_count (journal_dir, &n_entries);
  g_assert_cmpuint (n_entries, ==, 3);
  name = bounce_sync_dup_file_name (mine, &error);
  g_assert_no_error (error);
  written = g_build_filename (folder->path, name, NULL);
  g_assert_true (g_file_get_contents (written, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "written on the laptop"));
  test_dir_free (real.config);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/carry/menu", Fixture, NULL, fixture_set_up, test_menu, fixture_tear_down);
  g_test_add ("/carry/actions", Fixture, NULL, fixture_set_up, test_actions,
              fixture_tear_down);
  g_test_add ("/carry/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/carry/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/carry/import-error", Fixture, NULL, fixture_set_up, test_import_error,
              fixture_tear_down);
  g_test_add ("/carry/import-keeps-typing", Fixture, NULL, fixture_set_up,
              test_import_keeps_typing, fixture_tear_down);
  g_test_add ("/carry/preferences", Fixture, NULL, fixture_set_up, test_preferences,
              fixture_tear_down);
  g_test_add_func ("/carry/command-line", test_command_line);
  g_test_add_func ("/carry/command-line-to-window", test_command_line_to_window);
  g_test_add_func ("/carry/sync-folder", test_sync_folder);

  return g_test_run ();
}
