/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-window.c: the main window: three pages over one journal. */
#define G_LOG_DOMAIN "bounce-window"

#include <glib/gi18n.h>

#include "bounce-goal-card.h"
#include "bounce-grief-editor.h"
#include "bounce-idea-editor.h"
#include "bounce-record-page.h"
#include "bounce-thanks-editor.h"
#include "bounce-window-private.h"

struct _BounceWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  BounceRecordPage     *grieve_page;
  BounceRecordPage     *thanks_page;
  BounceRecordPage     *paths_page;
  BounceGoalCard       *goal_card;
  AdwStatusPage        *error_page;

  GSettings            *settings;
  BounceJournal        *journal;

  /* The last deletion, for Undo. */
  BounceRecord         *removed;
  BounceRecordPage     *removed_from;
  AdwToast             *undo_toast;
};

G_DEFINE_FINAL_TYPE (BounceWindow, bounce_window, ADW_TYPE_APPLICATION_WINDOW)

static BounceRecordPage *
current_page (BounceWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);

  return BOUNCE_IS_RECORD_PAGE (child) ? BOUNCE_RECORD_PAGE (child) : NULL;
}

/* Delete needs an entry on show; nothing works without a journal. */
static void
update_actions (BounceWindow *self)
{
  BounceRecordPage *page = current_page (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-record", self->journal != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-record",
                                 self->journal != NULL && page != NULL &&
                                 bounce_record_page_get_selected (page) != NULL);
}

static void
on_page_state_changed_cb (BounceWindow *self)
{
  update_actions (self);
}

static void tell_failure (BounceWindow *self,
                          const char   *format,
                          ...) G_GNUC_PRINTF (2, 3);

/* A toast reads markup, and a reason may hold "&": the text is escaped whole. */
static void
tell_failure (BounceWindow *self,
              const char   *format,
              ...)
{
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  title = g_markup_escape_text (text, -1);
  toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_save_failed_cb (BounceWindow *self,
                   GError       *error)
{
  /* Translators: %s is the system's reason, e.g. "disk is full". */
  tell_failure (self, _("Not saved yet: %s. Your words are kept here; "
                        "they will be saved when this is fixed."), error->message);
}

static void
forget_removed (BounceWindow *self)
{
  g_clear_object (&self->removed);
  self->removed_from = NULL;
}

static void
on_undo_toast_dismissed_cb (BounceWindow *self,
                            AdwToast     *toast)
{
  if (self->undo_toast == toast)
    {
      self->undo_toast = NULL;
      forget_removed (self);
    }
}

static void
new_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  BounceRecordPage *page = current_page (self);
  g_autoptr(GError) error = NULL;

  if (page == NULL || self->journal == NULL)
    return;

  if (bounce_record_page_add_record (page, &error) == NULL)
    /* Translators: %s is the system's reason, e.g. "disk is full". */
    tell_failure (self, _("Could not start a new entry: %s"), error->message);
}

static void
delete_record_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  BounceRecordPage *page = current_page (self);
  g_autoptr(BounceRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (page == NULL || self->journal == NULL)
    return;

  record = bounce_record_page_remove_selected (page, &error);
  if (record == NULL)
    {
      if (error != NULL)
        /* Translators: %s is the system's reason, e.g. "disk is full". */
        tell_failure (self, _("Could not delete the entry: %s"), error->message);
      return;
    }

  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);

  self->removed = g_steal_pointer (&record);
  self->removed_from = page;

  /* Translators: shown after deleting a journal entry, a thank-you or an idea. */
  toast = adw_toast_new (_("Entry deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-remove");
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->undo_toast = toast;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BounceWindow *self = BOUNCE_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->removed == NULL)
    return;

  if (!bounce_record_page_restore (self->removed_from, self->removed, &error))
    {
      /* Translators: %s is the system's reason, e.g. "disk is full". */
      tell_failure (self, _("Could not bring the entry back: %s"), error->message);
      return;
    }

  adw_view_stack_set_visible_child (self->view_stack, GTK_WIDGET (self->removed_from));
  forget_removed (self);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  bounce_window_set_page_name (BOUNCE_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
save_window_state (BounceWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_string (self->settings, "last-page", bounce_window_get_page_name (self));
}

static gboolean
bounce_window_close_request (GtkWindow *window)
{
  BounceWindow *self = BOUNCE_WINDOW (window);
  g_autoptr(GError) error = NULL;

  save_window_state (self);

  if (self->journal != NULL)
    {
      bounce_record_page_drop_blank (self->grieve_page);
      bounce_record_page_drop_blank (self->thanks_page);
      bounce_record_page_drop_blank (self->paths_page);
    }

  /* Closing never throws words away; if they cannot be stored, say so. */
  if (!bounce_window_flush (self, &error))
    {
      g_autofree char *line = g_strdup_printf (_("Bounce Back could not save your last words: %s"),
                                               error->message);
      g_printerr ("%s\n", line);
    }

  return GTK_WINDOW_CLASS (bounce_window_parent_class)->close_request (window);
}

static void
bounce_window_dispose (GObject *object)
{
  BounceWindow *self = BOUNCE_WINDOW (object);

  forget_removed (self);
  self->undo_toast = NULL;

  /* The pages store what is pending as they go; no toast can tell of it any more. */
  if (self->goal_card != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->goal_card, self);
      g_signal_handlers_disconnect_by_data (self->grieve_page, self);
      g_signal_handlers_disconnect_by_data (self->thanks_page, self);
      g_signal_handlers_disconnect_by_data (self->paths_page, self);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (bounce_window_parent_class)->dispose (object);
}

static void
bounce_window_class_init (BounceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = bounce_window_dispose;
  window_class->close_request = bounce_window_close_request;

  g_type_ensure (BOUNCE_TYPE_GOAL_CARD);
  g_type_ensure (BOUNCE_TYPE_GRIEF_EDITOR);
  g_type_ensure (BOUNCE_TYPE_IDEA_EDITOR);
  g_type_ensure (BOUNCE_TYPE_RECORD_PAGE);
  g_type_ensure (BOUNCE_TYPE_THANKS_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/bounce-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, grieve_page);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, thanks_page);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, paths_page);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, goal_card);
  gtk_widget_class_bind_template_child (widget_class, BounceWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_save_failed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_state_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.new-record", NULL, new_record_action);
  gtk_widget_class_install_action (widget_class, "win.delete-record", NULL, delete_record_action);
  gtk_widget_class_install_action (widget_class, "win.undo-remove", NULL, undo_remove_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-record", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK,
                                       "win.show-page", "s", "grieve");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK,
                                       "win.show-page", "s", "thanks");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK,
                                       "win.show-page", "s", "paths");
}

static void
bounce_window_init (BounceWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *last_page = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  bounce_record_page_set_record_type (self->grieve_page, BOUNCE_TYPE_GRIEF_ENTRY);
  bounce_record_page_set_record_type (self->thanks_page, BOUNCE_TYPE_THANKS);
  bounce_record_page_set_record_type (self->paths_page, BOUNCE_TYPE_IDEA);

  update_actions (self);

  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) != NULL)
    {
      self->settings = g_settings_new (APP_ID);
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      last_page = g_settings_get_string (self->settings, "last-page");
      bounce_window_set_page_name (self, last_page);
    }
  else
    g_warning ("The settings schema %s is not installed; the window will not remember its size",
               APP_ID);
}

BounceWindow *
bounce_window_new (GtkApplication *application)
{
  return g_object_new (BOUNCE_TYPE_WINDOW, "application", application, NULL);
}

void
bounce_window_set_journal (BounceWindow  *self,
                           BounceJournal *journal)
{
  g_return_if_fail (BOUNCE_IS_WINDOW (self));
  g_return_if_fail (BOUNCE_IS_JOURNAL (journal));
  g_return_if_fail (self->journal == NULL);

  self->journal = g_object_ref (journal);
  bounce_goal_card_set_journal (self->goal_card, journal);
  bounce_record_page_set_journal (self->grieve_page, journal);
  bounce_record_page_set_journal (self->thanks_page, journal);
  bounce_record_page_set_journal (self->paths_page, journal);

  gtk_stack_set_visible_child_name (self->main_stack, "journal");
  update_actions (self);
}

/**
 * bounce_window_show_error:
 *
 * Shows, instead of the pages, why the journal could not be opened.
 */
void
bounce_window_show_error (BounceWindow *self,
                          const GError *error)
{
  g_autofree char *description = NULL;

  g_return_if_fail (BOUNCE_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  /* The status page reads markup, and a folder may be called "Tom & Jerry". */
  description = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

const char *
bounce_window_get_page_name (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
bounce_window_set_page_name (BounceWindow *self,
                             const char   *name)
{
  g_return_if_fail (BOUNCE_IS_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * bounce_window_flush:
 *
 * Stores at once everything typed that waits for a pause.
 */
gboolean
bounce_window_flush (BounceWindow  *self,
                     GError       **error)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), FALSE);

  if (self->journal == NULL)
    return TRUE;

  return bounce_goal_card_flush (self->goal_card, error) &&
         bounce_record_page_flush (self->grieve_page, error) &&
         bounce_record_page_flush (self->thanks_page, error) &&
         bounce_record_page_flush (self->paths_page, error);
}

BounceRecordPage *
bounce_window_get_page (BounceWindow *self,
                        const char   *name)
{
  GtkWidget *child;

  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  child = adw_view_stack_get_child_by_name (self->view_stack, name);
  return BOUNCE_IS_RECORD_PAGE (child) ? BOUNCE_RECORD_PAGE (child) : NULL;
}

BounceGoalCard *
bounce_window_get_goal_card (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  return self->goal_card;
}

/**
 * bounce_window_get_error_text:
 *
 * Returns: (nullable): what the window says went wrong, or %NULL while it
 *   shows the journal
 */
const char *
bounce_window_get_error_text (BounceWindow *self)
{
  g_return_val_if_fail (BOUNCE_IS_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "error") != 0)
    return NULL;

  return adw_status_page_get_description (self->error_page);
}
