/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-util.c: what the window tests share: a window on a throw-away journal, and
 * ways to find its widgets and read what reached the disk. */
#include "test-window-util.h"

void
open_window (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->store = bounce_store_open (fixture->dir->path, &error);
  g_assert_no_error (error);
  fixture->journal = bounce_journal_new (fixture->store, &error);
  g_assert_no_error (error);

  fixture->window = g_object_ref_sink (g_object_new (BOUNCE_TYPE_WINDOW, NULL));
  bounce_window_set_journal (fixture->window, fixture->journal);
  gtk_window_present (GTK_WINDOW (fixture->window));
  /* A section's list gets its rows, and its editor is made, once it is shown. */
  g_assert_true (test_iterate_until ((TestCondition) gtk_widget_get_mapped, fixture->window,
                                     5000));
}

/* As a person closes it: close-request stores what waits for a pause. */
void
close_window (Fixture *fixture)
{
  gtk_window_close (GTK_WINDOW (fixture->window));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  g_clear_object (&fixture->journal);
  g_clear_object (&fixture->store);
}

/* The memory backend lives as long as the process: each test starts from the defaults. */
void
reset_all_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

/* A window on an empty journal, past the welcome of a first start (test-welcome opens it
 * on purpose), so that the pages are there at once. */
void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  reset_all_settings ();
  g_settings_set_boolean (settings, "welcome-done", TRUE);

  fixture->dir = test_dir_new ();
  open_window (fixture);
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    close_window (fixture);
  g_clear_pointer (&fixture->dir, test_dir_free);
}

/* What a second connection reads from the file: what really reached the disk. */
GPtrArray *
load_from_disk (Fixture *fixture,
                GType    record_type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = bounce_store_open (fixture->dir->path, &error);
  GPtrArray *records;

  g_assert_no_error (error);
  records = bounce_store_load (store, record_type, &error);
  g_assert_no_error (error);
  return records;
}

char *
disk_string (Fixture    *fixture,
             GType       record_type,
             guint       index,
             const char *field)
{
  g_autoptr(GPtrArray) records = load_from_disk (fixture, record_type);
  char *value = NULL;

  if (index >= records->len)
    return NULL;

  g_object_get (records->pdata[index], field, &value, NULL);
  return value;
}

gboolean
disk_has_value (gpointer user_data)
{
  DiskWait *wait = user_data;
  g_autofree char *value = disk_string (wait->fixture, wait->record_type, 0, wait->field);

  return g_strcmp0 (value, wait->expected) == 0;
}

guint
disk_count (Fixture *fixture,
            GType    record_type)
{
  g_autoptr(GPtrArray) records = load_from_disk (fixture, record_type);

  return records->len;
}

BounceRecordPage *
page (Fixture    *fixture,
      const char *name)
{
  BounceRecordPage *record_page = bounce_window_get_page (fixture->window, name);

  g_assert_nonnull (record_page);
  return record_page;
}

/* The section that lists and edits @kind. */
BounceRecordPage *
section (Fixture *fixture,
         GType    kind)
{
  BounceRecordPage *record_page = bounce_window_get_section (fixture->window, kind);

  g_assert_nonnull (record_page);
  return record_page;
}

BounceEditor *
editor_of (BounceRecordPage *record_page)
{
  BounceEditor *editor = NULL;

  g_object_get (record_page, "editor", &editor, NULL);
  g_assert_nonnull (editor);
  g_object_unref (editor);   /* the page keeps it */
  return editor;
}

gpointer
child (gpointer    widget,
       GType       template_type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), template_type, name);

  g_assert_nonnull (object);
  return object;
}

const char *
visible_view (BounceRecordPage *record_page)
{
  return gtk_stack_get_visible_child_name (child (record_page, BOUNCE_TYPE_RECORD_PAGE, "stack"));
}

/* The first widget at or below @widget that @match takes, in the order GTK keeps them. */
GtkWidget *
find_widget (GtkWidget     *widget,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_row_of (GtkWidget     *widget,
           gconstpointer  record)
{
  return BOUNCE_IS_RECORD_ROW (widget) &&
         bounce_record_row_get_record (BOUNCE_RECORD_ROW (widget)) == record;
}

/* The list row that shows @record, once the list has drawn it. */
BounceRecordRow *
find_row (GtkWidget    *widget,
          BounceRecord *record)
{
  return (BounceRecordRow *) find_widget (widget, is_row_of, record);
}

gboolean
row_is_drawn (gpointer user_data)
{
  BounceRecordPage *record_page = user_data;

  BounceRecord *record = bounce_record_page_get_selected (record_page);

  return find_row (GTK_WIDGET (record_page), record) != NULL;
}

/* Whether @widget's own shortcuts send @trigger to @action_name. */
/* Whether the AdwViewStack @sections is showing @page, which sits in a place of its own there
 * (the window makes a section's page when it is first shown). */
gboolean
shows_section (gpointer          sections,
               BounceRecordPage *page)
{
  GtkWidget *shown = adw_view_stack_get_visible_child (ADW_VIEW_STACK (sections));

  return shown != NULL && gtk_widget_get_parent (GTK_WIDGET (page)) == shown;
}

gboolean
has_shortcut (GtkWidget  *widget,
              const char *trigger,
              const char *action_name)
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
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GtkShortcutTrigger *shortcut_trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *text = gtk_shortcut_trigger_to_string (shortcut_trigger);

          if (GTK_IS_NAMED_ACTION (action) && g_strcmp0 (text, trigger) == 0 &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                         action_name) == 0)
            return TRUE;
        }
    }

  return FALSE;
}
