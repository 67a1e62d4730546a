/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the window driven as a person would, through its actions, checked on disk. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "bounce-core.h"
#include "bounce-grief-editor.h"
#include "bounce-idea-editor.h"
#include "bounce-projects-card.h"
#include "bounce-record-row.h"
#include "bounce-thanks-editor.h"
#include "bounce-window-private.h"
#include "bounce-text-row.h"
#include "test-util.h"
#include "test-window-util.h"


static void
activate (Fixture    *fixture,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window),
                                                      action, parameter));
}

static void
test_templates (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *row;
  GObject *overlay;

  /* The window builds the pages, the editors and the goal card; these are the rest. */
  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/bounce-shortcuts-window.ui");
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));

  /* The page icons and the app icon come from the resource, installed or not. */
  {
    GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
    const char *icons[] = { APP_ID, "bounce-grieve-symbolic", "bounce-thanks-symbolic",
                            "bounce-paths-symbolic" };

    gtk_icon_theme_add_resource_path (theme, RESOURCE_PREFIX "/icons");
    for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
      g_assert_true (gtk_icon_theme_has_icon (theme, icons[i]));
  }

  row = g_object_ref_sink (bounce_record_row_new ());
  g_assert_true (BOUNCE_IS_RECORD_ROW (row));
  g_object_unref (row);
}

/* "<Control>n win.new-record", one line per shortcut the window itself handles. */
static char *
describe_shortcuts (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GVariant *arguments = gtk_shortcut_get_arguments (shortcut);
          GtkShortcutTrigger *shortcut_trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (shortcut_trigger);
          g_autofree char *target = arguments != NULL ? g_variant_print (arguments, FALSE) : NULL;

          if (!GTK_IS_NAMED_ACTION (action))
            continue;

          g_string_append_printf (lines, "%s %s%s%s\n", trigger,
                                  gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                                  target != NULL ? " " : "", target != NULL ? target : "");
        }
    }

  return g_string_free (g_steal_pointer (&lines), FALSE);
}

static void
test_shortcuts (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *shortcuts = describe_shortcuts (GTK_WIDGET (fixture->window));
  const char *expected[] = {
    "<Control>n win.new-record\n",
    "<Control>1 win.show-page 'grieve'\n",
    "<Control>2 win.show-page 'thanks'\n",
    "<Control>3 win.show-page 'paths'\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_nonnull (strstr (shortcuts, expected[i]));
}

static void
test_pages (Fixture       *fixture,
            gconstpointer  data)
{
  const char *names[] = { "thanks", "paths", "grieve" };

  g_assert_true (BOUNCE_IS_GRIEF_EDITOR (editor_of (page (fixture, "grieve"))));
  g_assert_true (BOUNCE_IS_THANKS_EDITOR (editor_of (page (fixture, "thanks"))));
  g_assert_true (BOUNCE_IS_IDEA_EDITOR (editor_of (page (fixture, "paths"))));

  /* Every kind in the one list has its section, on its page, edited by its editor. */
  {
    guint n_kinds;
    const GType *kinds = bounce_kinds_get (&n_kinds);

    for (guint i = 0; i < n_kinds; i++)
      {
        BounceRecordPage *kind_page;

        /* A part of another kind has no section: it is edited with what it belongs to. */
        if (bounce_kinds_get_page (kinds[i]) == NULL)
          {
            g_assert_true (bounce_editor_type_for_kind (kinds[i]) == G_TYPE_INVALID);
            continue;
          }

        kind_page = section (fixture, kinds[i]);

        g_assert_true (bounce_record_page_get_record_type (kind_page) == kinds[i]);
        g_assert_true (G_TYPE_FROM_INSTANCE (editor_of (kind_page)) ==
                       bounce_editor_type_for_kind (kinds[i]));
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      activate (fixture, "win.show-page", g_variant_new_string (names[i]));
      g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, names[i]);
    }

  /* A name the window does not know leaves it where it was. */
  activate (fixture, "win.show-page", g_variant_new_string ("elsewhere"));
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "grieve");
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  BounceRecordPage *grieve = page (fixture, "grieve");

  g_assert_cmpstr (visible_view (grieve), ==, "empty");
  activate (fixture, "win.new-record", NULL);
  g_assert_cmpstr (visible_view (grieve), ==, "records");
  activate (fixture, "win.delete-record", NULL);
  g_assert_cmpstr (visible_view (grieve), ==, "empty");
}

static void
test_grieve_add_edit_delete_undo (Fixture       *fixture,
                                  gconstpointer  data)
{
  BounceRecordPage *grieve = page (fixture, "grieve");
  GtkTextView *body_view;
  BounceRecord *record;
  g_autofree char *uuid = NULL;
  g_autoptr(GPtrArray) after_undo = NULL;
  DiskWait wait = { fixture, BOUNCE_TYPE_GRIEF_ENTRY, "body", "It hurt more than I thought." };

  activate (fixture, "win.new-record", NULL);
  record = bounce_record_page_get_selected (grieve);
  g_assert_nonnull (record);
  uuid = g_strdup (bounce_record_get_uuid (record));
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 1);

  /* Typing reaches the disk by itself once the typing pauses. */
  body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (body_view)));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), wait.expected, -1);
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));

  activate (fixture, "win.delete-record", NULL);
  g_assert_null (bounce_record_page_get_selected (grieve));
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 0);

  activate (fixture, "win.undo-remove", NULL);
  after_undo = load_from_disk (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  g_assert_cmpuint (after_undo->len, ==, 1);
  g_assert_cmpstr (bounce_record_get_uuid (after_undo->pdata[0]), ==, uuid);
  g_assert_true (disk_has_value (&wait));
  g_assert_true (bounce_record_page_get_selected (grieve) == record);
}

static void
test_delete_keeps_last_words (Fixture       *fixture,
                              gconstpointer  data)
{
  BounceRecordPage *grieve = page (fixture, "grieve");
  GtkTextView *body_view;
  DiskWait wait = { fixture, BOUNCE_TYPE_GRIEF_ENTRY, "body", "typed just before deleting" };

  activate (fixture, "win.new-record", NULL);
  body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), wait.expected, -1);

  /* No pause: deleting at once must still let Undo bring back every word. */
  activate (fixture, "win.delete-record", NULL);
  activate (fixture, "win.undo-remove", NULL);
  g_assert_true (disk_has_value (&wait));
}

static void
test_thanks_edit (Fixture       *fixture,
                  gconstpointer  data)
{
  BounceRecordPage *thanks = page (fixture, "thanks");
  BounceEditor *editor = editor_of (thanks);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tried = NULL;
  g_autofree char *learned_self = NULL;
  g_autofree char *treat = NULL;
  gboolean given = FALSE;

  activate (fixture, "win.show-page", g_variant_new_string ("thanks"));
  activate (fixture, "win.new-record", NULL);

  bounce_text_row_set_text (child (editor, BOUNCE_TYPE_THANKS_EDITOR, "tried_row"),
                            "The bar exam");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (child (editor, BOUNCE_TYPE_THANKS_EDITOR,
                                                             "learned_self_view")),
                            "I keep going.", -1);
  bounce_text_row_set_text (child (editor, BOUNCE_TYPE_THANKS_EDITOR, "treat_row"),
                            "A day at the sea");
  gtk_switch_set_active (child (editor, BOUNCE_TYPE_THANKS_EDITOR, "treat_given_switch"), TRUE);
  g_assert_true (bounce_window_flush (fixture->window, &error));
  g_assert_no_error (error);

  records = load_from_disk (fixture, BOUNCE_TYPE_THANKS);
  g_assert_cmpuint (records->len, ==, 1);
  g_object_get (records->pdata[0], "tried", &tried, "learned-self", &learned_self,
                "treat", &treat, "treat-given", &given, NULL);
  g_assert_cmpstr (tried, ==, "The bar exam");
  g_assert_cmpstr (learned_self, ==, "I keep going.");
  g_assert_cmpstr (treat, ==, "A day at the sea");
  g_assert_true (given);
}

static void
test_paths_edit (Fixture       *fixture,
                 gconstpointer  data)
{
  BounceRecordPage *paths = page (fixture, "paths");
  BounceEditor *editor = editor_of (paths);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *next_step = NULL;
  BounceIdeaStatus status = BOUNCE_IDEA_STATUS_DREAMING;
  BounceRecordRow *row;

  activate (fixture, "win.show-page", g_variant_new_string ("paths"));
  activate (fixture, "win.new-record", NULL);

  gtk_editable_set_text (child (editor, BOUNCE_TYPE_IDEA_EDITOR, "title_row"),
                         "Teach evening classes");
  adw_combo_row_set_selected (child (editor, BOUNCE_TYPE_IDEA_EDITOR, "status_row"),
                              BOUNCE_IDEA_STATUS_RESTING);
  bounce_text_row_set_text (child (editor, BOUNCE_TYPE_IDEA_EDITOR, "next_step_row"),
                            "Call the community college");
  g_assert_true (bounce_window_flush (fixture->window, &error));
  g_assert_no_error (error);

  records = load_from_disk (fixture, BOUNCE_TYPE_IDEA);
  g_assert_cmpuint (records->len, ==, 1);
  g_object_get (records->pdata[0], "title", &title, "status", &status,
                "next-step", &next_step, NULL);
  g_assert_cmpstr (title, ==, "Teach evening classes");
  g_assert_cmpint (status, ==, BOUNCE_IDEA_STATUS_RESTING);
  g_assert_cmpstr (next_step, ==, "Call the community college");

  /* The list row follows the title as it is typed. */
  g_assert_true (test_iterate_until (row_is_drawn, paths, 5000));
  row = find_row (GTK_WIDGET (paths), bounce_record_page_get_selected (paths));
  g_assert_cmpstr (gtk_inscription_get_text (child (row, BOUNCE_TYPE_RECORD_ROW, "summary_label")), ==,
                   "Teach evening classes");
}

static void
test_goal (Fixture       *fixture,
           gconstpointer  data)
{
  BounceGoalCard *card = bounce_window_get_goal_card (fixture->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autofree char *title = NULL;
  gboolean in_focus = FALSE;

  /* Looking at an empty goal stores nothing; naming it does, in focus. What it cost is
   * written in the Goals section now (test-goals.c). */
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GOAL), ==, 0);
  gtk_editable_set_text (child (card, BOUNCE_TYPE_GOAL_CARD, "title_row"), "Become a pilot");
  g_assert_true (bounce_window_flush (fixture->window, &error));
  g_assert_no_error (error);

  goals = load_from_disk (fixture, BOUNCE_TYPE_GOAL);
  g_assert_cmpuint (goals->len, ==, 1);
  g_object_get (goals->pdata[0], "title", &title, "in-focus", &in_focus, NULL);
  g_assert_cmpstr (title, ==, "Become a pilot");
  g_assert_true (in_focus);
}

static void
test_restart (Fixture       *fixture,
              gconstpointer  data)
{
  BounceRecordPage *grieve;
  GtkTextView *body_view;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  activate (fixture, "win.new-record", NULL);
  body_view = child (editor_of (page (fixture, "grieve")), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), "Still here tomorrow", -1);

  /* Closing right after typing: nothing may be lost. */
  close_window (fixture);
  open_window (fixture);

  grieve = page (fixture, "grieve");
  g_assert_cmpstr (visible_view (grieve), ==, "records");
  g_assert_nonnull (bounce_record_page_get_selected (grieve));
  body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (body_view), &start, &end);
  text = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (text, ==, "Still here tomorrow");
}

static void
test_remembers_size (Fixture       *fixture,
                     gconstpointer  data)
{
  int width = 0, height = 0;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 612, 488);
  activate (fixture, "win.show-page", g_variant_new_string ("paths"));
  close_window (fixture);
  open_window (fixture);

  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 612);
  g_assert_cmpint (height, ==, 488);
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "paths");
}

static void
test_blank_entries_dropped (Fixture       *fixture,
                            gconstpointer  data)
{
  BounceRecordPage *grieve = page (fixture, "grieve");
  GtkWidget *delete_button = child (grieve, BOUNCE_TYPE_RECORD_PAGE, "delete_button");
  GtkTextView *body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  g_autofree char *body = NULL;

  /* Nothing to delete on an empty page. */
  g_assert_false (gtk_widget_get_sensitive (delete_button));

  /* Starting a second entry drops the first, still empty one. */
  activate (fixture, "win.new-record", NULL);
  g_assert_true (gtk_widget_get_sensitive (delete_button));
  activate (fixture, "win.new-record", NULL);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 1);

  /* One with words stays; closing on a new, empty one drops only that. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), "kept", -1);
  activate (fixture, "win.new-record", NULL);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 2);
  close_window (fixture);

  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 1);
  body = disk_string (fixture, BOUNCE_TYPE_GRIEF_ENTRY, 0, "body");
  g_assert_cmpstr (body, ==, "kept");
}

static void
test_undo_stays_in_entry (Fixture       *fixture,
                          gconstpointer  data)
{
  BounceRecordPage *grieve = page (fixture, "grieve");
  GtkTextView *body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (body_view);
  g_autofree char *summary = NULL;
  BounceRecord *first;

  activate (fixture, "win.new-record", NULL);
  first = bounce_record_page_get_selected (grieve);
  gtk_text_buffer_set_text (buffer, "the first entry", -1);
  activate (fixture, "win.new-record", NULL);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, "typed into the second", -1, TRUE);
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  g_assert_true (bounce_record_page_select (grieve, first));

  /* Ctrl+Z in the first entry cannot write the second one's words into it
   * (GTK makes setting a buffer's text irreversible; this keeps it so). */
  g_assert_false (gtk_text_buffer_get_can_undo (buffer));
  gtk_widget_activate_action (GTK_WIDGET (body_view), "text.undo", NULL);   /* what Ctrl+Z does */
  summary = bounce_record_dup_summary (first);
  g_assert_cmpstr (summary, ==, "the first entry");
}

static gboolean
leaflet_is_folded (gpointer user_data)
{
  return adw_leaflet_get_folded (user_data);
}

static gboolean
bar_is_revealed (gpointer user_data)
{
  return adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (user_data));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  BounceRecordPage *grieve = page (fixture, "grieve");
  AdwLeaflet *leaflet = child (grieve, BOUNCE_TYPE_RECORD_PAGE, "leaflet");
  GtkWidget *sidebar = child (grieve, BOUNCE_TYPE_RECORD_PAGE, "sidebar");
  GtkWidget *content = child (grieve, BOUNCE_TYPE_RECORD_PAGE, "content_box");
  AdwViewSwitcherBar *bar = child (fixture->window, BOUNCE_TYPE_WINDOW, "switcher_bar");

  /* The page bar is made when a narrow window first shows it. */
  g_assert_null (adw_view_switcher_bar_get_stack (bar));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  activate (fixture, "win.new-record", NULL);
  g_assert_true (test_iterate_until (leaflet_is_folded, leaflet, 5000));
  g_assert_true (test_iterate_until (bar_is_revealed, bar, 5000));
  g_assert_true (adw_view_switcher_bar_get_stack (bar) ==
                 child (fixture->window, BOUNCE_TYPE_WINDOW, "view_stack"));

  /* A new entry opens at once; Back shows the list; a row opens its entry again. */
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);
  g_signal_emit_by_name (child (grieve, BOUNCE_TYPE_RECORD_PAGE, "back_button"), "clicked");
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);
  g_signal_emit_by_name (child (grieve, BOUNCE_TYPE_RECORD_PAGE, "list_view"), "activate", 0);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);

  /* Deleting goes back to the list, where the Undo toast is seen. */
  activate (fixture, "win.delete-record", NULL);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_iter_get_text (&start, &end);
}

static const char *
last_toast_title (Fixture *fixture)
{
  AdwToast *toast = bounce_window_get_last_toast (fixture->window);

  g_assert_nonnull (toast);
  return adw_toast_get_title (toast);
}

static void
test_save_failure_keeps_words (Fixture       *fixture,
                               gconstpointer  data)
{
  BounceRecordPage *grieve = page (fixture, "grieve");
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) other = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GtkTextView *body_view;

  activate (fixture, "win.new-record", NULL);
  uuid = g_strdup (bounce_record_get_uuid (bounce_record_page_get_selected (grieve)));

  /* The row goes away behind the window's back, as another instance might do. */
  other = bounce_store_open (fixture->dir->path, &error);
  g_assert_no_error (error);
  g_assert_true (bounce_store_delete (other, bounce_record_page_get_selected (grieve), &error));
  g_assert_no_error (error);

  body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), "words worth keeping", -1);

  /* The words are stored again, as the same entry, and the window says so. */
  g_assert_true (bounce_window_flush (fixture->window, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (last_toast_title (fixture), ==,
                   "Entry removed elsewhere; your words were kept");
  entries = load_from_disk (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (bounce_record_get_uuid (entries->pdata[0]), ==, uuid);
  g_object_get (entries->pdata[0], "body", &body, NULL);
  g_assert_cmpstr (body, ==, "words worth keeping");

  /* Nothing is blocked: a new entry starts, and the first is kept. */
  activate (fixture, "win.new-record", NULL);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 2);
  close_window (fixture);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 1);
}

static gboolean
is_pending_save (gpointer user_data)
{
  Fixture *fixture = user_data;
  AdwToast *toast = bounce_window_get_last_toast (fixture->window);

  return toast != NULL &&
         g_strcmp0 (adw_toast_get_title (toast), "Not saved yet — retrying") == 0;
}

static gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  return (GtkLabel *) find_widget (widget, is_label_saying, text);
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_is_shown (gpointer user_data)
{
  LabelWait *wait = user_data;
  GtkLabel *label = find_label (wait->root, wait->text);

  return label != NULL && gtk_widget_get_mapped (GTK_WIDGET (label)) &&
         gtk_widget_get_width (GTK_WIDGET (label)) > 0;
}

/* The toast's one line shows whole: nothing of it is cut off with "…". */
static void
assert_toast_shows_whole (Fixture    *fixture,
                          const char *title)
{
  GtkWidget *overlay = GTK_WIDGET (child (fixture->window, BOUNCE_TYPE_WINDOW, "toast_overlay"));
  LabelWait wait = { overlay, title };
  GtkLabel *label;

  g_assert_true (test_iterate_until (label_is_shown, &wait, 5000));
  label = find_label (overlay, title);
  g_test_message ("\"%s\": %d px wide", title, gtk_widget_get_width (GTK_WIDGET (label)));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
}

static gboolean
no_condition (gpointer user_data)
{
  return FALSE;
}

static gboolean
toast_gone (gpointer user_data)
{
  Fixture *fixture = user_data;
  GtkWidget *overlay = GTK_WIDGET (child (fixture->window, BOUNCE_TYPE_WINDOW, "toast_overlay"));

  return find_label (overlay, "Not saved yet — retrying") == NULL;
}

static void
test_failure_toasts (Fixture       *fixture,
                     gconstpointer  data)
{
  BounceRecordPage *grieve = page (fixture, "grieve");
  GtkTextView *body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  DiskWait wait = { fixture, BOUNCE_TYPE_GRIEF_ENTRY, "body",
                    "typed while the journal was locked" };
  sqlite3 *lock;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 960, 640);
  activate (fixture, "win.new-record", NULL);
  lock = test_lock_journal (bounce_store_get_path (fixture->store));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), wait.expected, -1);

  /* A failed timed save says so, in one short line that fits. */
  g_assert_true (test_iterate_until (is_pending_save, fixture, 5000));
  assert_toast_shows_whole (fixture, "Not saved yet — retrying");

  /* A new entry cannot start while the journal is locked; the reason reads as one
   * sentence, and the pending words are untouched. */
  activate (fixture, "win.new-record", NULL);
  g_assert_cmpstr (last_toast_title (fixture), ==,
                   "Could not start a new entry: another program is using the journal right now");
  g_assert_null (strstr (last_toast_title (fixture), ".."));
  {
    g_autofree char *text = buffer_text (body_view);

    g_assert_cmpstr (text, ==, wait.expected);
  }

  /* Once the lock goes, the words reach the disk by themselves and the toast goes. */
  test_unlock_journal (lock);
  g_assert_true (test_iterate_until (disk_has_value, &wait, 10000));
  g_assert_true (test_iterate_until (toast_gone, fixture, 5000));

  /* And the page had been removed elsewhere: the toast fits too. */
  adw_toast_dismiss (bounce_window_get_last_toast (fixture->window));
  {
    g_autoptr(BounceStore) other = bounce_store_open (fixture->dir->path, NULL);

    g_assert_true (bounce_store_delete (other, bounce_record_page_get_selected (grieve), NULL));
  }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), "again", -1);
  g_assert_true (bounce_window_flush (fixture->window, NULL));
  assert_toast_shows_whole (fixture, "Entry removed elsewhere; your words were kept");
}

/* Presses a response button of @dialog, as a click does. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  const char *label = adw_message_dialog_get_response_label (dialog, response);
  GtkWidget *stack[64];
  guint depth = 0;

  g_assert_nonnull (label);
  stack[depth++] = GTK_WIDGET (dialog);
  while (depth > 0)
    {
      GtkWidget *widget = stack[--depth];

      if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)),
                                               label) == 0)
        {
          g_signal_emit_by_name (widget, "clicked");
          return;
        }

      for (GtkWidget *c = gtk_widget_get_first_child (widget);
           c != NULL;
           c = gtk_widget_get_next_sibling (c))
        {
          g_assert_cmpuint (depth, <, G_N_ELEMENTS (stack));
          stack[depth++] = c;
        }
    }

  g_assert_not_reached ();
}

static AdwMessageDialog *
shown_dialog (Fixture *fixture)
{
  AdwMessageDialog *dialog = bounce_window_get_dialog (fixture->window);

  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  return dialog;
}

static void
on_text_read_cb (GObject      *clipboard,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, &error);
  g_assert_no_error (error);
}

static gboolean
pointer_is_set (gpointer user_data)
{
  return *(gpointer *) user_data != NULL;
}

static char *
read_clipboard (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_text_read_cb, &text);
  g_assert_true (test_iterate_until (pointer_is_set, &text, 5000));
  return text;
}

/* The window closed itself: only the fixture's references are left. */
static void
forget_window (Fixture *fixture)
{
  g_clear_object (&fixture->window);
  g_clear_object (&fixture->journal);
  g_clear_object (&fixture->store);
}

static gboolean
dialog_is_shown (gpointer user_data)
{
  Fixture *fixture = user_data;
  AdwMessageDialog *dialog = bounce_window_get_dialog (fixture->window);

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static void
test_close_asks_and_recovers (Fixture       *fixture,
                              gconstpointer  data)
{
  BounceRecordPage *paths = page (fixture, "paths");
  const char *words = "An idea I do not want to lose";
  g_autofree char *recovery_path = NULL;
  g_autofree char *copied = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  sqlite3 *lock;
  GStatBuf st;

  activate (fixture, "win.show-page", g_variant_new_string ("paths"));
  activate (fixture, "win.new-record", NULL);
  recovery_path = bounce_recovery_dup_path (fixture->store);
  lock = test_lock_journal (bounce_store_get_path (fixture->store));
  gtk_editable_set_text (child (editor_of (paths), BOUNCE_TYPE_IDEA_EDITOR, "title_row"), words);

  /* Closing asks, and the window stays. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_true (test_iterate_until (dialog_is_shown, fixture, 5000));

  /* Copy Text puts the words on the clipboard, and the question stays. */
  respond (shown_dialog (fixture), "copy");
  copied = read_clipboard (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (copied, ==, words);
  shown_dialog (fixture);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));

  /* Trying again while the journal is still locked asks again. */
  respond (shown_dialog (fixture), "retry");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  shown_dialog (fixture);

  /* Closing anyway keeps the words in a private recovery file beside the journal. */
  respond (shown_dialog (fixture), "keep");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  forget_window (fixture);
  test_unlock_journal (lock);

  g_assert_cmpint (g_stat (recovery_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  kept = bounce_recovery_read (recovery_path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kept->len, ==, 1);
  g_object_get (kept->pdata[0], "title", &title, NULL);
  g_assert_cmpstr (title, ==, words);

  /* The next start offers them back, and bringing them back stores them. */
  open_window (fixture);
  g_assert_true (test_iterate_until (dialog_is_shown, fixture, 5000));
  respond (shown_dialog (fixture), "restore");
  g_assert_false (g_file_test (recovery_path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (last_toast_title (fixture), ==, "Your words are back");
  g_clear_pointer (&title, g_free);
  title = disk_string (fixture, BOUNCE_TYPE_IDEA, 0, "title");
  g_assert_cmpstr (title, ==, words);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_IDEA), ==, 1);
}

static void
test_close_retry (Fixture       *fixture,
                  gconstpointer  data)
{
  BounceRecordPage *grieve = page (fixture, "grieve");
  GtkTextView *body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  g_autofree char *body = NULL;
  g_autofree char *recovery_path = bounce_recovery_dup_path (fixture->store);
  sqlite3 *lock;

  activate (fixture, "win.new-record", NULL);
  lock = test_lock_journal (bounce_store_get_path (fixture->store));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), "saved on the second try", -1);

  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_true (test_iterate_until (dialog_is_shown, fixture, 5000));

  /* The lock goes; Try Again saves and closes. */
  test_unlock_journal (lock);
  respond (shown_dialog (fixture), "retry");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  forget_window (fixture);

  body = disk_string (fixture, BOUNCE_TYPE_GRIEF_ENTRY, 0, "body");
  g_assert_cmpstr (body, ==, "saved on the second try");
  g_assert_false (g_file_test (recovery_path, G_FILE_TEST_EXISTS));
}

/* The focus is inside the row that shows @record, and nowhere near the goal. */
static gboolean
focus_is_on_row (Fixture      *fixture,
                 BounceRecord *record)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  BounceRecordRow *row = find_row (GTK_WIDGET (page (fixture, "grieve")), record);

  return focus != NULL && row != NULL &&
         (focus == GTK_WIDGET (row) || gtk_widget_is_ancestor (GTK_WIDGET (row), focus));
}

typedef struct
{
  Fixture      *fixture;
  BounceRecord *record;
} FocusWait;

static gboolean
focus_settled_on_row (gpointer user_data)
{
  FocusWait *wait = user_data;

  return focus_is_on_row (wait->fixture, wait->record);
}

static gboolean
focus_in_goal (Fixture *fixture)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  GtkWidget *card = GTK_WIDGET (bounce_window_get_goal_card (fixture->window));

  return focus != NULL && (focus == card || gtk_widget_is_ancestor (focus, card));
}

static void
test_delete_focus (Fixture       *fixture,
                   gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data);
  BounceRecordPage *grieve = page (fixture, "grieve");
  GtkTextView *body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  GtkWidget *add_button = child (grieve, BOUNCE_TYPE_RECORD_PAGE, "add_button");
  const char *texts[] = { "oldest", "middle", "newest" };
  BounceRecord *records[3];
  FocusWait wait = { fixture, NULL };

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 640);
  gtk_editable_set_text (child (bounce_window_get_goal_card (fixture->window),
                                BOUNCE_TYPE_GOAL_CARD, "title_row"), "Become a pilot");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      activate (fixture, "win.new-record", NULL);
      records[i] = bounce_record_page_get_selected (grieve);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), texts[i], -1);
    }
  test_iterate_until (no_condition, NULL, 300);

  /* The list is newest first: delete the middle one, while writing in it. */
  g_assert_true (bounce_record_page_select (grieve, records[1]));
  gtk_widget_grab_focus (GTK_WIDGET (body_view));
  activate (fixture, "win.delete-record", NULL);
  g_assert_true (bounce_record_page_get_selected (grieve) == records[0]);
  wait.record = records[0];
  g_assert_true (test_iterate_until (focus_settled_on_row, &wait, 5000));
  g_assert_false (focus_in_goal (fixture));

  /* The last one in the list: the one before it takes its place. */
  activate (fixture, "win.delete-record", NULL);
  g_assert_true (bounce_record_page_get_selected (grieve) == records[2]);
  wait.record = records[2];
  g_assert_true (test_iterate_until (focus_settled_on_row, &wait, 5000));
  g_assert_false (focus_in_goal (fixture));

  /* None left: the button that starts a new one. */
  activate (fixture, "win.delete-record", NULL);
  g_assert_null (bounce_record_page_get_selected (grieve));
  test_iterate_until (no_condition, NULL, 300);
  g_assert_true (gtk_widget_has_focus (add_button));
  g_assert_false (focus_in_goal (fixture));

  /* And the goal kept its name. */
  {
    g_autofree char *title = NULL;

    g_object_get (bounce_goal_card_get_goal (bounce_window_get_goal_card (fixture->window)),
                  "title", &title, NULL);
    g_assert_cmpstr (title, ==, "Become a pilot");
  }
}

/* Pages removed one after the other, each before its toast has finished sliding in, then
 * the window closed: libadwaita 1.2 freed what it kept of a toast dismissed while sliding
 * in once it had faded out, then wrote into it when the slide was cut short (a crash on
 * closing). @data: the milliseconds between the removals. */
static void
test_quick_removals_then_close (Fixture       *fixture,
                                gconstpointer  data)
{
  guint pause_ms = GPOINTER_TO_UINT (data);
  BounceRecordPage *grieve = page (fixture, "grieve");
  GtkTextView *body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");

  for (guint i = 0; i < 4; i++)
    {
      activate (fixture, "win.new-record", NULL);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), "a page", -1);
    }
  test_iterate_until (no_condition, NULL, 300);

  for (guint i = 0; i < 4; i++)
    {
      activate (fixture, "win.delete-record", NULL);
      test_iterate_until (no_condition, NULL, pause_ms);
    }
  close_window (fixture);
  test_iterate_until (no_condition, NULL, 100);
}

/* New Paths, Ctrl+N, "Where it stands", Ctrl+N again: the first idea is kept. */
static void
test_status_only_idea_kept (Fixture       *fixture,
                            gconstpointer  data)
{
  BounceRecordPage *paths = page (fixture, "paths");
  BounceEditor *editor = editor_of (paths);
  g_autoptr(GPtrArray) ideas = NULL;
  BounceIdeaStatus status = BOUNCE_IDEA_STATUS_DREAMING;
  BounceRecord *first;

  activate (fixture, "win.show-page", g_variant_new_string ("paths"));
  activate (fixture, "win.new-record", NULL);
  first = bounce_record_page_get_selected (paths);
  adw_combo_row_set_selected (child (editor, BOUNCE_TYPE_IDEA_EDITOR, "status_row"),
                              BOUNCE_IDEA_STATUS_TRYING);
  activate (fixture, "win.new-record", NULL);

  ideas = load_from_disk (fixture, BOUNCE_TYPE_IDEA);
  g_assert_cmpuint (ideas->len, ==, 2);
  g_assert_cmpstr (bounce_record_get_uuid (ideas->pdata[1]), ==, bounce_record_get_uuid (first));
  g_object_get (ideas->pdata[1], "status", &status, NULL);
  g_assert_cmpint (status, ==, BOUNCE_IDEA_STATUS_TRYING);
}

static gboolean
buffer_has_text (gpointer user_data)
{
  g_autofree char *text = buffer_text (user_data);

  return *text != '\0';
}

/* Text pasted from another program with a NUL in it keeps what follows the NUL. */
static void
test_paste_nul (Fixture       *fixture,
                gconstpointer  data)
{
  BounceRecordPage *grieve = page (fixture, "grieve");
  GtkTextView *body_view = child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  static const char pasted[] = "before the NUL\0after the NUL – Grüße";
  g_autoptr(GBytes) bytes = g_bytes_new_static (pasted, sizeof pasted - 1);
  g_autoptr(GdkContentProvider) provider = NULL;
  g_autofree char *text = NULL;

  activate (fixture, "win.new-record", NULL);
  provider = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", bytes);
  g_assert_true (gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (body_view)),
                                            provider));

  g_signal_emit_by_name (body_view, "paste-clipboard");   /* what Ctrl+V does */
  g_assert_true (test_iterate_until (buffer_has_text, body_view, 5000));
  test_iterate_until (no_condition, NULL, 200);
  text = buffer_text (body_view);
  g_assert_cmpstr (text, ==, "before the NULafter the NUL – Grüße");
}

static gboolean
is_text (GtkWidget     *widget,
         gconstpointer  data)
{
  return GTK_IS_TEXT (widget);
}

static gboolean
entry_has_text (gpointer user_data)
{
  return *gtk_editable_get_text (user_data) != '\0';
}

/* The same in a single-line field: the idea's title, an entry row. */
static void
test_paste_nul_in_entry (Fixture       *fixture,
                         gconstpointer  data)
{
  BounceRecordPage *paths = page (fixture, "paths");
  GtkWidget *title_row = child (editor_of (paths), BOUNCE_TYPE_IDEA_EDITOR, "title_row");
  GtkWidget *text = find_widget (title_row, is_text, NULL);
  static const char pasted[] = "Coach\0 a youth team";
  g_autoptr(GBytes) bytes = g_bytes_new_static (pasted, sizeof pasted - 1);
  g_autoptr(GdkContentProvider) provider = NULL;

  bounce_window_set_page_name (fixture->window, "paths");
  activate (fixture, "win.new-record", NULL);
  g_assert_nonnull (text);
  provider = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", bytes);
  g_assert_true (gdk_clipboard_set_content (gtk_widget_get_clipboard (text), provider));

  g_signal_emit_by_name (text, "paste-clipboard");
  g_assert_true (test_iterate_until (entry_has_text, text, 5000));
  test_iterate_until (no_condition, NULL, 200);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text)), ==, "Coach a youth team");
}

static void
test_error_page (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  /* A name that is not valid markup: the page must show it, not choke on it. */
  g_autofree char *folder = g_build_filename (dir->path, "Tom & Jerry <3", NULL);
  g_autofree char *path = g_build_filename (folder, "journal.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = NULL;
  BounceWindow *window;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "not a journal at all\n", -1, NULL));
  store = bounce_store_open (folder, &error);
  g_assert_null (store);

  window = g_object_ref_sink (g_object_new (BOUNCE_TYPE_WINDOW, NULL));
  g_assert_null (bounce_window_get_error_text (window));
  bounce_window_show_error (window, error);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_nonnull (strstr (bounce_window_get_error_text (window), "Tom &amp; Jerry &lt;3"));
  /* Without a journal, the journal's actions do nothing, and nothing breaks. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-record", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-record", NULL);
  g_assert_nonnull (bounce_window_get_error_text (window));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* A window over the journal in @dir, shown, as the application opens it. */
static BounceWindow *
window_on (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = bounce_store_open (dir, &error);
  g_autoptr(BounceJournal) journal = NULL;
  BounceWindow *window;

  g_assert_no_error (error);
  journal = bounce_journal_new (store, &error);
  g_assert_no_error (error);

  window = g_object_ref_sink (g_object_new (BOUNCE_TYPE_WINDOW, NULL));
  bounce_window_set_journal (window, journal);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static gboolean
window_has_dialog (gpointer user_data)
{
  AdwMessageDialog *dialog = bounce_window_get_dialog (user_data);

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static void
destroy_window (BounceWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

static void
add_body (const char *dir,
          const char *body)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = bounce_store_open (dir, &error);
  g_autoptr(BounceRecord) entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", body, NULL);

  g_assert_no_error (error);
  g_assert_true (bounce_store_insert (store, entry, &error));
}

/* A leftover -wal set aside while opening: the window says so, in words, with its new name. */
static void
test_notices_told (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *wal = g_build_filename (dir->path, "journal.db-wal", NULL);
  BounceWindow *window;
  const char *body;

  add_body (dir->path, "a page");
  g_assert_true (g_file_set_contents (wal, "not a write-ahead log of this journal, nor any",
                                      -1, NULL));

  window = window_on (dir->path);
  g_assert_true (test_iterate_until (window_has_dialog, window, 5000));
  body = adw_message_dialog_get_body (bounce_window_get_dialog (window));
  g_assert_nonnull (strstr (body, "journal.db-wal.not-ours-"));
  g_assert_cmpstr (adw_message_dialog_get_heading (bounce_window_get_dialog (window)), ==,
                   "About Your Journal");

  destroy_window (window);
}

static gboolean
is_read_only_bar (GtkWidget     *widget,
                  gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, "read-only-bar");
}

/* A journal its owner made read-only: shown, said, and nothing offers to change it. */
static void
test_read_only_journal (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *path = g_build_filename (dir->path, "journal.db", NULL);
  BounceWindow *window;
  BounceRecordPage *grieve;
  g_autoptr(GtkWidget) editor = NULL;

  add_body (dir->path, "a page to read");
  g_assert_no_errno (g_chmod (path, 0400));

  window = window_on (dir->path);
  g_assert_true (test_iterate_until (window_has_dialog, window, 5000));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (bounce_window_get_dialog (window)),
                            "read-only"));

  g_assert_true (gtk_widget_get_mapped (find_widget (GTK_WIDGET (window), is_read_only_bar,
                                                    NULL)));
  grieve = bounce_window_get_page (window, "grieve");
  g_object_get (grieve, "editor", &editor, NULL);
  g_assert_false (gtk_widget_get_sensitive (editor));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (bounce_window_get_goal_card (window))));
  g_assert_true (BOUNCE_IS_RECORD (bounce_record_page_get_selected (grieve)));

  /* Ctrl+N does nothing: the journal still holds its one page. */
  bounce_window_show_section (window, BOUNCE_TYPE_GRIEF_ENTRY);
  g_assert_true (test_iterate_until ((TestCondition) gtk_widget_get_mapped, grieve, 5000));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-record", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (
                      gtk_list_view_get_model (child (grieve, BOUNCE_TYPE_RECORD_PAGE,
                                                      "list_view")))), ==, 1);

  destroy_window (window);
  g_assert_no_errno (g_chmod (path, 0600));
}

static void
on_journal_started_cb (BounceWindow   *window,
                       BounceJournal  *journal,
                       BounceJournal **out)
{
  g_set_object (out, journal);
}

/* A damaged journal: refused, what can be read is counted, and only on request is a new
 * journal started with it. */
static void
test_rescue (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *path = g_build_filename (dir->path, "journal.db", NULL);
  g_autoptr(BounceJournal) started = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize length = 0;
  gsize after_length = 0;
  BounceWindow *window;
  char *contents = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *body = g_strdup_printf ("Page %u, about the exam and what came after.", i);

      add_body (dir->path, body);
    }

  /* A page of random bytes at the end: the last entries are lost, the rest can be read. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize i = length - 4096; i < length; i++)
    contents[i] = (char) g_random_int ();
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  before = contents;

  store = bounce_store_open (dir->path, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED);

  window = g_object_ref_sink (g_object_new (BOUNCE_TYPE_WINDOW, NULL));
  g_signal_connect (window, "journal-started", G_CALLBACK (on_journal_started_cb), &started);
  bounce_window_show_rescue (window, dir->path, error);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_nonnull (strstr (bounce_window_get_error_text (window), "can still be read"));
  /* Offered, not done: the file is as it was. */
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, before, length);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-over", NULL));
  g_assert_null (bounce_window_get_error_text (window));
  g_assert_nonnull (started);
  g_assert_cmpuint (g_list_model_get_n_items (bounce_journal_get_records (started,
                                                                          BOUNCE_TYPE_GRIEF_ENTRY)),
                    >, 0);
  g_assert_true (test_iterate_until (window_has_dialog, window, 5000));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (bounce_window_get_dialog (window)),
                            "journal.db.damaged-"));

  destroy_window (window);
}

static GtkWidget *
editor_slot_child (BounceRecordPage *record_page)
{
  return gtk_widget_get_first_child (child (record_page, BOUNCE_TYPE_RECORD_PAGE, "editor_slot"));
}

/* A section not shown has neither editor nor rows: they are made when it is first shown. */
static void
test_sections_made_when_shown (Fixture       *fixture,
                               gconstpointer  data)
{
  BounceRecordPage *thanks = section (fixture, BOUNCE_TYPE_THANKS);
  GtkListView *list = child (thanks, BOUNCE_TYPE_RECORD_PAGE, "list_view");
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) record = bounce_journal_add (fixture->journal, BOUNCE_TYPE_THANKS,
                                                       &error);

  g_assert_no_error (error);
  g_object_set (record, "tried", "I tried", NULL);
  g_assert_true (bounce_journal_save (fixture->journal, record, &error));

  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (thanks)));
  g_assert_null (gtk_list_view_get_model (list));
  g_assert_null (editor_slot_child (thanks));
  g_assert_null (find_row (GTK_WIDGET (thanks), record));

  bounce_window_show_section (fixture->window, BOUNCE_TYPE_THANKS);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (thanks)));
  g_assert_nonnull (gtk_list_view_get_model (list));
  g_assert_true (BOUNCE_IS_EDITOR (editor_slot_child (thanks)));
  g_assert_true (bounce_record_page_select (thanks, record));
  g_assert_true (test_iterate_until (row_is_drawn, thanks, 5000));
}

static gboolean
is_record_page (GtkWidget     *widget,
                gconstpointer  data)
{
  return BOUNCE_IS_RECORD_PAGE (widget);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

/* Whether every switcher of @switchers was given its stack. */
static gboolean
switchers_have_stack (AdwSqueezer *switchers)
{
  g_autoptr(GtkSelectionModel) pages = adw_squeezer_get_pages (switchers);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  g_assert_cmpuint (n, ==, 2);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwSqueezerPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (adw_view_switcher_get_stack (ADW_VIEW_SWITCHER (adw_squeezer_page_get_child (page)))
          == NULL)
        return FALSE;
    }

  return TRUE;
}

/* The first frame pays only for what it shows: a section's page is made, and a page's
 * switchers get their buttons, when first shown. */
static void
test_pages_made_when_shown (Fixture       *fixture,
                            gconstpointer  data)
{
  AdwViewStack *thanks_sections = child (fixture->window, BOUNCE_TYPE_WINDOW, "thanks_sections");
  AdwSqueezer *thanks_switchers = child (fixture->window, BOUNCE_TYPE_WINDOW,
                                         "thanks_switchers");
  AdwSqueezer *grieve_switchers = child (fixture->window, BOUNCE_TYPE_WINDOW,
                                         "grieve_switchers");
  BounceRecordPage *lessons;

  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "grieve");
  g_assert_true (switchers_have_stack (grieve_switchers));
  /* What no first window shows is not even styled: the search's results, the error page. */
  g_assert_false (gtk_widget_get_visible (child (fixture->window, BOUNCE_TYPE_WINDOW,
                                                 "search_view")));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (
    child (fixture->window, BOUNCE_TYPE_WINDOW, "error_page"))));
  g_assert_nonnull (find_widget (child (fixture->window, BOUNCE_TYPE_WINDOW, "grieve_sections"),
                                 is_record_page, NULL));
  g_assert_null (find_widget (GTK_WIDGET (thanks_sections), is_record_page, NULL));
  g_assert_false (switchers_have_stack (thanks_switchers));
  g_assert_null (find_widget (GTK_WIDGET (fixture->window), is_of_type,
                              GSIZE_TO_POINTER (BOUNCE_TYPE_PROJECTS_CARD)));

  /* As a person goes there: the page's section on show is made, and no other. */
  adw_view_stack_set_visible_child_name (child (fixture->window, BOUNCE_TYPE_WINDOW,
                                                "view_stack"), "thanks");
  g_assert_true (switchers_have_stack (thanks_switchers));
  g_assert_nonnull (find_widget (adw_view_stack_get_visible_child (thanks_sections),
                                 is_record_page, NULL));
  adw_view_stack_set_visible_child_name (thanks_sections, "lessons");
  lessons = BOUNCE_RECORD_PAGE (find_widget (adw_view_stack_get_visible_child (thanks_sections),
                                             is_record_page, NULL));
  g_assert_nonnull (lessons);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (lessons)));
  g_assert_true (bounce_record_page_get_record_type (lessons) == BOUNCE_TYPE_LESSON);
  g_assert_null (find_widget (adw_view_stack_get_child_by_name (thanks_sections, "talks"),
                              is_record_page, NULL));

  /* New Paths: the card of projects A and B comes with the page. */
  adw_view_stack_set_visible_child_name (child (fixture->window, BOUNCE_TYPE_WINDOW,
                                                "view_stack"), "paths");
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->window), is_of_type,
                                 GSIZE_TO_POINTER (BOUNCE_TYPE_PROJECTS_CARD)));

  /* Asked for, a section is made without being shown. */
  g_assert_true (bounce_record_page_get_record_type (section (fixture, BOUNCE_TYPE_TALK)) ==
                 BOUNCE_TYPE_TALK);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (section (fixture, BOUNCE_TYPE_TALK))));
}

static gboolean
is_dismissed (gpointer user_data)
{
  return *(gboolean *) user_data;
}

static void
on_dismissed_cb (AdwToast *toast,
                 gboolean *dismissed)
{
  *dismissed = TRUE;
}

/* A newer message takes the place of one that is up, at once: "Importing…" gives way to
 * what the import did, where a toast queued behind it would wait out its 8 seconds. */
static void
test_messages_replace_each_other (Fixture       *fixture,
                                  gconstpointer  data)
{
  LabelWait wait = { child (fixture->window, BOUNCE_TYPE_WINDOW, "toast_overlay"), NULL };
  gboolean dismissed = FALSE;
  AdwToast *toast;

  bounce_window_show_message (fixture->window, "Importing…");
  toast = bounce_window_get_last_toast (fixture->window);
  wait.text = "Importing…";
  g_assert_true (test_iterate_until (label_is_shown, &wait, 5000));

  bounce_window_show_message (fixture->window, "Imported 3 new records & 1 updated");
  g_assert_true (bounce_window_get_last_toast (fixture->window) == toast);
  /* The title is markup: the words are escaped, and shown as written. */
  wait.text = "Imported 3 new records & 1 updated";
  g_assert_true (test_iterate_until (label_is_shown, &wait, 1000));

  /* Once it is gone, the next message has a toast of its own. */
  g_signal_connect (toast, "dismissed", G_CALLBACK (on_dismissed_cb), &dismissed);
  bounce_toast_dismiss (toast);
  g_assert_true (test_iterate_until (is_dismissed, &dismissed, 5000));
  bounce_window_show_message (fixture->window, "Exported 3 records to journal.json");
  g_assert_false (bounce_window_get_last_toast (fixture->window) == toast);
  wait.text = "Exported 3 records to journal.json";
  g_assert_true (test_iterate_until (label_is_shown, &wait, 5000));
}

/* The main menu's items are made when it first opens, by a click or F10. */
static void
test_menu_made_when_opened (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkMenuButton *button = child (fixture->window, BOUNCE_TYPE_WINDOW, "menu_button");
  GMenuModel *menu = child (fixture->window, BOUNCE_TYPE_WINDOW, "primary_menu");
  GtkPopover *popover;

  g_assert_null (gtk_menu_button_get_popover (button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));

  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (gtk_menu_button_get_menu_model (button) == menu);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_menu_button_popdown (button);

  /* Opened again, it is the same menu. */
  gtk_menu_button_popup (button);
  g_assert_true (gtk_menu_button_get_popover (button) == popover);
  gtk_menu_button_popdown (button);
}

static gboolean
list_shows_all (gpointer user_data)
{
  GtkListView *list = user_data;

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))) == 100;
}

/* Before its first frame, a list is given a screenful of its records; every one after. */
static void
test_first_screen_then_all (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkListView *list;
  gboolean maximized = GPOINTER_TO_INT (data);
  GdkMonitor *monitor;
  GdkRectangle screen;
  int width, height;
  guint shown;

  close_window (fixture);
  {
    g_autoptr(BounceStore) store = bounce_store_open (fixture->dir->path, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < 100; i++)
      g_ptr_array_add (pages, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created", (gint64) i + 1,
                                            "body", "a page", NULL));
    g_assert_true (bounce_store_insert_all (store, pages, &error));
    g_assert_no_error (error);
  }

  fixture->store = bounce_store_open (fixture->dir->path, &error);
  g_assert_no_error (error);
  fixture->journal = bounce_journal_new (fixture->store, &error);
  g_assert_no_error (error);
  fixture->window = g_object_ref_sink (g_object_new (BOUNCE_TYPE_WINDOW, NULL));
  bounce_window_set_journal (fixture->window, fixture->journal);
  if (maximized)
    gtk_window_maximize (GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (fixture->window));
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_GRIEF_ENTRY);

  list = child (section (fixture, BOUNCE_TYPE_GRIEF_ENTRY), BOUNCE_TYPE_RECORD_PAGE,
                "list_view");
  g_assert_nonnull (gtk_list_view_get_model (list));
  shown = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
  g_test_message ("%u of 100 before the first frame", shown);
  /* As many as the window shows at 48 pixels a row, the lowest: as tall as it opens, or as
   * the screen when it opens maximized. */
  monitor = gdk_display_get_monitor_at_surface (
    gtk_widget_get_display (GTK_WIDGET (fixture->window)),
    gtk_native_get_surface (GTK_NATIVE (fixture->window)));
  gdk_monitor_get_geometry (monitor, &screen);
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (height, >, 0);
  g_assert_cmpint (height, <, screen.height);
  g_assert_cmpuint (shown, ==, (guint) (maximized ? screen.height : height) / 48 + 1);
  g_assert_cmpuint (shown, <, 100);

  g_assert_true (test_iterate_until (list_shows_all, list, 5000));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/templates", test_templates);
  g_test_add ("/window/pages", Fixture, NULL, fixture_set_up, test_pages, fixture_tear_down);
  g_test_add ("/window/shortcuts", Fixture, NULL,
              fixture_set_up, test_shortcuts, fixture_tear_down);
  g_test_add ("/window/empty-state", Fixture, NULL,
              fixture_set_up, test_empty_state, fixture_tear_down);
  g_test_add ("/window/grieve/add-edit-delete-undo", Fixture, NULL,
              fixture_set_up, test_grieve_add_edit_delete_undo, fixture_tear_down);
  g_test_add ("/window/grieve/delete-keeps-last-words", Fixture, NULL,
              fixture_set_up, test_delete_keeps_last_words, fixture_tear_down);
  g_test_add ("/window/thanks/edit", Fixture, NULL,
              fixture_set_up, test_thanks_edit, fixture_tear_down);
  g_test_add ("/window/paths/edit", Fixture, NULL,
              fixture_set_up, test_paths_edit, fixture_tear_down);
  g_test_add ("/window/goal", Fixture, NULL, fixture_set_up, test_goal, fixture_tear_down);
  g_test_add ("/window/restart", Fixture, NULL, fixture_set_up, test_restart, fixture_tear_down);
  g_test_add ("/window/remembers-size", Fixture, NULL,
              fixture_set_up, test_remembers_size, fixture_tear_down);
  g_test_add ("/window/blank-entries-dropped", Fixture, NULL,
              fixture_set_up, test_blank_entries_dropped, fixture_tear_down);
  g_test_add ("/window/grieve/undo-stays-in-entry", Fixture, NULL,
              fixture_set_up, test_undo_stays_in_entry, fixture_tear_down);
  g_test_add ("/window/first-screen-then-all/default-size", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_first_screen_then_all, fixture_tear_down);
  g_test_add ("/window/first-screen-then-all/maximized", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_first_screen_then_all, fixture_tear_down);
  g_test_add ("/window/sections-made-when-shown", Fixture, NULL, fixture_set_up,
              test_sections_made_when_shown, fixture_tear_down);
  g_test_add ("/window/pages-made-when-shown", Fixture, NULL, fixture_set_up,
              test_pages_made_when_shown, fixture_tear_down);
  g_test_add ("/window/messages-replace-each-other", Fixture, NULL, fixture_set_up,
              test_messages_replace_each_other, fixture_tear_down);
  g_test_add ("/window/menu-made-when-opened", Fixture, NULL, fixture_set_up,
              test_menu_made_when_opened, fixture_tear_down);
  g_test_add ("/window/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/window/save-failure-keeps-words", Fixture, NULL,
              fixture_set_up, test_save_failure_keeps_words, fixture_tear_down);
  g_test_add ("/window/failure-toasts", Fixture, NULL,
              fixture_set_up, test_failure_toasts, fixture_tear_down);
  g_test_add ("/window/close-asks-and-recovers", Fixture, NULL,
              fixture_set_up, test_close_asks_and_recovers, fixture_tear_down);
  g_test_add ("/window/close-retry", Fixture, NULL,
              fixture_set_up, test_close_retry, fixture_tear_down);
  g_test_add ("/window/delete-focus/narrow", Fixture, GINT_TO_POINTER (360),
              fixture_set_up, test_delete_focus, fixture_tear_down);
  for (guint pause_ms = 50; pause_ms <= 350; pause_ms += 100)
    {
      g_autofree char *path = g_strdup_printf ("/window/quick-removals-then-close/%u-ms",
                                               pause_ms);

      g_test_add (path, Fixture, GUINT_TO_POINTER (pause_ms),
                  fixture_set_up, test_quick_removals_then_close, fixture_tear_down);
    }
  g_test_add ("/window/delete-focus/wide", Fixture, GINT_TO_POINTER (1000),
              fixture_set_up, test_delete_focus, fixture_tear_down);
  g_test_add ("/window/paths/status-only-idea-kept", Fixture, NULL,
              fixture_set_up, test_status_only_idea_kept, fixture_tear_down);
  g_test_add ("/window/paste-nul", Fixture, NULL,
              fixture_set_up, test_paste_nul, fixture_tear_down);
  g_test_add ("/window/paste-nul-in-entry", Fixture, NULL,
              fixture_set_up, test_paste_nul_in_entry, fixture_tear_down);
  g_test_add_func ("/window/error-page", test_error_page);
  g_test_add_func ("/window/notices-told", test_notices_told);
  g_test_add_func ("/window/read-only", test_read_only_journal);
  g_test_add_func ("/window/rescue", test_rescue);

  return g_test_run ();
}
