/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-welcome.c: the first start's welcome: when it shows, and what Start and Skip keep. */
#include <adwaita.h>
#include <glib/gstdio.h>

#include "bounce-core.h"
#include "bounce-welcome.h"
#include "bounce-window-private.h"
#include "test-util.h"
#include "test-window-util.h"

/* A first start: the settings as installed, an empty journal in a new folder. */
static void
first_start_set_up (Fixture       *fixture,
                    gconstpointer  data)
{
  reset_all_settings ();
  fixture->dir = test_dir_new ();
}

static gboolean
welcome_done (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_boolean (settings, "welcome-done");
}

static const char *
shown (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (child (fixture->window, BOUNCE_TYPE_WINDOW,
                                                  "main_stack"));
}

static BounceWelcome *
welcome (Fixture *fixture)
{
  return bounce_window_get_welcome (fixture->window);
}

static GtkEditable *
goal_row (Fixture *fixture)
{
  return child (welcome (fixture), BOUNCE_TYPE_WELCOME, "goal_row");
}

/* Enter, as the entry's text widget takes it: its "activate" key binding. */
static void
press_enter_in_goal (Fixture *fixture)
{
  GtkEditable *text = gtk_editable_get_delegate (goal_row (fixture));

  g_assert_true (GTK_IS_TEXT (text));
  g_signal_emit_by_name (text, "activate");
}

/* A click, at once: GtkButton's own activation waits for its pressed look to pass. */
static void
click (Fixture    *fixture,
       const char *button)
{
  GtkWidget *widget = child (welcome (fixture), BOUNCE_TYPE_WELCOME, button);

  g_assert_true (gtk_widget_is_sensitive (widget));
  g_signal_emit_by_name (widget, "clicked");
}

static gboolean
focus_is_in (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* After Start or Skip: the pages, on the Grieve page's journal, with the focus there and
 * Ctrl+N working again. */
static void
assert_on_grieve_page (Fixture *fixture)
{
  g_assert_cmpstr (shown (fixture), ==, "journal");
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "grieve");
  g_assert_true (bounce_window_get_page (fixture->window, "grieve") ==
                 section (fixture, BOUNCE_TYPE_GRIEF_ENTRY));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (section (fixture, BOUNCE_TYPE_GRIEF_ENTRY))));
  g_assert_true (welcome_done ());
  g_assert_true (focus_is_in (GTK_WIDGET (section (fixture, BOUNCE_TYPE_GRIEF_ENTRY))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-record",
                                             NULL));
  g_assert_nonnull (bounce_record_page_get_selected (section (fixture, BOUNCE_TYPE_GRIEF_ENTRY)));
}

static void
test_first_start (Fixture       *fixture,
                  gconstpointer  data)
{
  open_window (fixture);

  g_assert_cmpstr (shown (fixture), ==, "welcome");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (welcome (fixture))));
  g_assert_true (focus_is_in (GTK_WIDGET (goal_row (fixture))));

  /* Nothing can be added behind it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-record", NULL);
  g_assert_null (bounce_record_page_get_selected (section (fixture, BOUNCE_TYPE_GRIEF_ENTRY)));
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 0);

  /* Closing the window is no answer: it comes again. */
  close_window (fixture);
  g_assert_false (welcome_done ());
  open_window (fixture);
  g_assert_cmpstr (shown (fixture), ==, "welcome");
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* A journal given to a window already on screen, as after starting over from a damaged
 * one: the welcome takes the focus from the page it replaces. */
static void
test_focus_when_shown_late (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = bounce_store_open (fixture->dir->path, &error);
  g_assert_no_error (error);
  fixture->journal = bounce_journal_new (fixture->store, &error);
  g_assert_no_error (error);
  fixture->window = g_object_ref_sink (g_object_new (BOUNCE_TYPE_WINDOW, NULL));
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (test_iterate_until (is_mapped, fixture->window, 5000));
  /* Made only for a first start: nothing of it before the journal says it is one. */
  g_assert_null (welcome (fixture));

  bounce_window_set_journal (fixture->window, fixture->journal);
  g_assert_cmpstr (shown (fixture), ==, "welcome");
  g_assert_true (focus_is_in (GTK_WIDGET (goal_row (fixture))));
}

static BounceWindow *card_window;

static gboolean
card_shows_goal (gpointer goal)
{
  BounceGoal *shown = bounce_goal_card_get_goal (bounce_window_get_goal_card (card_window));

  return shown != NULL &&
         g_strcmp0 (bounce_record_get_uuid (BOUNCE_RECORD (shown)),
                    bounce_record_get_uuid (goal)) == 0;
}

static void
test_start_with_goal (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) goals = NULL;
  g_autofree char *title = NULL;
  gboolean in_focus = FALSE;

  /* Another page was last open: Start still lands on Grieve. */
  g_settings_set_string (settings, "last-page", "paths");
  open_window (fixture);
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "paths");

  gtk_editable_set_text (goal_row (fixture), "  Pass the bar exam ");
  press_enter_in_goal (fixture);
  card_window = fixture->window;

  goals = load_from_disk (fixture, BOUNCE_TYPE_GOAL);
  g_assert_cmpuint (goals->len, ==, 1);
  g_object_get (goals->pdata[0], "title", &title, "in-focus", &in_focus, NULL);
  g_assert_cmpstr (title, ==, "Pass the bar exam");
  g_assert_true (in_focus);

  /* The goal card shows it (once it has heard of it), and writes in the same goal, not a
   * second one. */
  g_assert_true (test_iterate_until (card_shows_goal, goals->pdata[0], 5000));
  g_assert_cmpstr (bounce_record_get_uuid (BOUNCE_RECORD (bounce_goal_card_get_goal (
                     bounce_window_get_goal_card (fixture->window)))), ==,
                   bounce_record_get_uuid (goals->pdata[0]));

  assert_on_grieve_page (fixture);

  /* The next start goes straight to the pages. */
  close_window (fixture);
  open_window (fixture);
  g_assert_cmpstr (shown (fixture), ==, "journal");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GOAL), ==, 1);
}

static void
test_start_without_goal (Fixture       *fixture,
                         gconstpointer  data)
{
  open_window (fixture);

  gtk_editable_set_text (goal_row (fixture), "   ");
  click (fixture, "start_button");

  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GOAL), ==, 0);
  assert_on_grieve_page (fixture);
}

static void
test_skip (Fixture       *fixture,
           gconstpointer  data)
{
  open_window (fixture);

  /* Skip keeps nothing, even what was typed. */
  gtk_editable_set_text (goal_row (fixture), "Run a marathon");
  click (fixture, "skip_button");

  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GOAL), ==, 0);
  assert_on_grieve_page (fixture);
}

/* The shortcut the welcome keeps for @key, from its own shortcut controllers. */
static GtkShortcut *
find_shortcut (GtkWidget *widget,
               guint      key)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == key &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return shortcut;
        }
    }

  return NULL;
}

static void
test_escape_skips (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkShortcut *escape;

  open_window (fixture);
  gtk_editable_set_text (goal_row (fixture), "Run a marathon");

  /* Escape, as the welcome's shortcut runs it when the key reaches it. */
  escape = find_shortcut (GTK_WIDGET (welcome (fixture)), GDK_KEY_Escape);
  g_assert_nonnull (escape);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (escape), 0,
                                               GTK_WIDGET (welcome (fixture)),
                                               gtk_shortcut_get_arguments (escape)));

  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GOAL), ==, 0);
  assert_on_grieve_page (fixture);
}

/* A journal holding anything at all, of any kind, was written before: no welcome, and the
 * setting stays as it was. */
static void
test_journal_with_records (Fixture       *fixture,
                           gconstpointer  data)
{
  guint n_kinds;
  const GType *kinds = bounce_kinds_get (&n_kinds);

  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BounceRecord) record = g_object_new (kinds[i], NULL);

      g_test_message ("a journal with one %s", g_type_name (kinds[i]));
      g_clear_pointer (&fixture->dir, test_dir_free);
      fixture->dir = test_dir_new ();
      {
        g_autoptr(BounceStore) store = bounce_store_open (fixture->dir->path, &error);

        g_assert_no_error (error);
        g_assert_true (bounce_store_insert (store, record, &error));
        g_assert_no_error (error);
      }

      open_window (fixture);
      g_assert_cmpstr (shown (fixture), ==, "journal");
      g_assert_false (welcome_done ());
      close_window (fixture);
    }
}

static void
test_welcome_done (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "welcome-done", TRUE);
  open_window (fixture);
  g_assert_cmpstr (shown (fixture), ==, "journal");
}

/* Words kept from a close that could not save them: not a first start, whatever the
 * journal holds. */
static void
test_recovery_waiting (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = NULL;

  {
    g_autoptr(BounceStore) store = bounce_store_open (fixture->dir->path, &error);

    g_assert_no_error (error);
    path = bounce_recovery_dup_path (store);
  }
  g_ptr_array_add (kept, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", "kept words", NULL));
  g_assert_true (bounce_recovery_write (path, kept, &error));
  g_assert_no_error (error);

  open_window (fixture);
  g_assert_cmpstr (shown (fixture), ==, "journal");
  g_assert_false (welcome_done ());
}

/* A journal that cannot be written to has no welcome to answer. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir->path, "journal.db", NULL);

  {
    g_autoptr(BounceStore) store = bounce_store_open (fixture->dir->path, &error);

    g_assert_no_error (error);
  }
  g_assert_no_errno (g_chmod (path, 0400));

  open_window (fixture);
  g_assert_true (bounce_store_is_read_only (fixture->store));
  g_assert_cmpstr (shown (fixture), ==, "journal");
  g_assert_false (welcome_done ());

  close_window (fixture);
  g_assert_no_errno (g_chmod (path, 0600));
}

static const char *
last_toast_title (Fixture *fixture)
{
  AdwToast *toast = bounce_window_get_last_toast (fixture->window);

  return toast != NULL ? adw_toast_get_title (toast) : NULL;
}

/* A goal that cannot be stored: said, and the welcome stays with it, to try again. */
static void
test_goal_not_kept (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *title = NULL;
  sqlite3 *lock;

  open_window (fixture);
  gtk_editable_set_text (goal_row (fixture), "Open a bakery");

  lock = test_lock_journal (bounce_store_get_path (fixture->store));
  press_enter_in_goal (fixture);
  test_unlock_journal (lock);

  g_assert_true (g_str_has_prefix (last_toast_title (fixture), "Could not keep the goal: "));
  g_assert_cmpstr (shown (fixture), ==, "welcome");
  g_assert_cmpstr (gtk_editable_get_text (goal_row (fixture)), ==, "Open a bakery");
  g_assert_false (welcome_done ());
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GOAL), ==, 0);

  click (fixture, "start_button");
  title = disk_string (fixture, BOUNCE_TYPE_GOAL, 0, "title");
  g_assert_cmpstr (title, ==, "Open a bakery");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GOAL), ==, 1);
  assert_on_grieve_page (fixture);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/welcome/first-start", Fixture, NULL,
              first_start_set_up, test_first_start, fixture_tear_down);
  g_test_add ("/welcome/focus-when-shown-late", Fixture, NULL,
              first_start_set_up, test_focus_when_shown_late, fixture_tear_down);
  g_test_add ("/welcome/start-with-goal", Fixture, NULL,
              first_start_set_up, test_start_with_goal, fixture_tear_down);
  g_test_add ("/welcome/start-without-goal", Fixture, NULL,
              first_start_set_up, test_start_without_goal, fixture_tear_down);
  g_test_add ("/welcome/skip", Fixture, NULL,
              first_start_set_up, test_skip, fixture_tear_down);
  g_test_add ("/welcome/escape-skips", Fixture, NULL,
              first_start_set_up, test_escape_skips, fixture_tear_down);
  g_test_add ("/welcome/journal-with-records", Fixture, NULL,
              first_start_set_up, test_journal_with_records, fixture_tear_down);
  g_test_add ("/welcome/welcome-done", Fixture, NULL,
              first_start_set_up, test_welcome_done, fixture_tear_down);
  g_test_add ("/welcome/recovery-waiting", Fixture, NULL,
              first_start_set_up, test_recovery_waiting, fixture_tear_down);
  g_test_add ("/welcome/read-only", Fixture, NULL,
              first_start_set_up, test_read_only, fixture_tear_down);
  g_test_add ("/welcome/goal-not-kept", Fixture, NULL,
              first_start_set_up, test_goal_not_kept, fixture_tear_down);

  return g_test_run ();
}
