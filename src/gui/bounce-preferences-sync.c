/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-preferences-sync.c: the Preferences group that keeps two computers in step. */
#define G_LOG_DOMAIN "bounce-preferences"

#include <glib/gi18n.h>

#include "bounce-editor.h"
#include "bounce-preferences-private.h"

typedef struct
{
  GSettings            *settings;
  GtkSwitch            *sync_switch;
  AdwActionRow         *folder_row;
  GtkFileChooserNative *chooser;
} Sync;

static void
sync_free (gpointer data)
{
  Sync *sync = data;

  if (sync->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (sync->chooser));
  g_clear_object (&sync->chooser);
  g_signal_handlers_disconnect_by_data (sync->settings, sync);
  g_clear_object (&sync->settings);
  g_free (sync);
}

static Sync *
sync_of (BouncePreferencesWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "bounce-preferences-sync");
}

static void
update_folder_row (Sync *sync)
{
  g_autofree char *folder = g_settings_get_string (sync->settings, "sync-folder");
  g_autofree char *shown = NULL;

  if (*folder == '\0')
    /* Translators: under "Folder" while no sync folder is chosen. */
    shown = g_strdup (_("None chosen yet"));
  else
    shown = g_filename_display_name (folder);

  adw_action_row_set_subtitle (sync->folder_row, shown);
  /* Nothing to keep in step with until there is a folder. */
  gtk_widget_set_sensitive (GTK_WIDGET (sync->sync_switch), *folder != '\0');
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        Sync            *sync)
{
  G_GNUC_UNUSED g_autoptr(GtkFileChooserNative) kept = g_steal_pointer (&sync->chooser);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *path = NULL;

  /* Hidden and let go of whatever ended it: a chooser holds itself while shown. */
  gtk_native_dialog_hide (chooser);

  if (response != GTK_RESPONSE_ACCEPT ||
      !(folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) ||
      !(path = g_file_get_path (folder)))
    return;

  g_settings_set_string (sync->settings, "sync-folder", path);
  g_settings_set_boolean (sync->settings, "sync-enabled", TRUE);
}

static void
on_choose_clicked_cb (GtkButton *button,
                      Sync      *sync)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));

  if (sync->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (sync->chooser));
  g_clear_object (&sync->chooser);

  sync->chooser = gtk_file_chooser_native_new (_("Choose the Sync Folder"), GTK_WINDOW (root),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (sync->chooser), TRUE);
  g_signal_connect (sync->chooser, "response", G_CALLBACK (on_chooser_response_cb), sync);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (sync->chooser));
}

/**
 * bounce_preferences_window_add_sync_group:
 * @page: the page the group goes on
 *
 * Adds the "Two Computers" group: a switch for sync-enabled and a row that chooses
 * sync-folder. The app does the rest (on quit and on start).
 */
void
bounce_preferences_window_add_sync_group (BouncePreferencesWindow *self,
                                          AdwPreferencesPage      *page,
                                          GSettings               *settings)
{
  Sync *sync = g_new0 (Sync, 1);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwActionRow *switch_row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *button;

  sync->settings = g_object_ref (settings);
  g_object_set_data_full (G_OBJECT (self), "bounce-preferences-sync", sync, sync_free);

  /* Translators: a group of Preferences: one journal on a laptop and a desktop. */
  adw_preferences_group_set_title (group, _("Two Computers"));
  adw_preferences_group_set_description (group,
                                         _("Keep this journal in step with another computer’s "
                                           "through a folder that both keep in sync, with "
                                           "Syncthing or Nextcloud, say."));

  /* Translators: a switch in Preferences, under "Two Computers". */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (switch_row), _("_Keep in Step"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (switch_row), TRUE);
  adw_action_row_set_subtitle (switch_row,
                               _("Writes the journal into the folder on quitting, and adds "
                                 "what the other computer wrote on starting"));
  sync->sync_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (sync->sync_switch), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (switch_row, GTK_WIDGET (sync->sync_switch));
  adw_action_row_set_activatable_widget (switch_row, GTK_WIDGET (sync->sync_switch));
  adw_preferences_group_add (group, GTK_WIDGET (switch_row));

  sync->folder_row = ADW_ACTION_ROW (adw_action_row_new ());
  /* Translators: the sync folder's row in Preferences; the folder is shown under it. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sync->folder_row), _("Folder"));
  button = gtk_button_new_with_mnemonic (_("C_hoose…"));
  bounce_name_mnemonics (button);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (on_choose_clicked_cb), sync);
  adw_action_row_add_suffix (sync->folder_row, button);
  adw_preferences_group_add (group, GTK_WIDGET (sync->folder_row));

  adw_preferences_page_add (page, group);

  g_settings_bind (settings, "sync-enabled", sync->sync_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_swapped (settings, "changed::sync-folder", G_CALLBACK (update_folder_row),
                            sync);
  update_folder_row (sync);
}

GtkSwitch *
bounce_preferences_window_get_sync_switch (BouncePreferencesWindow *self)
{
  return sync_of (self) != NULL ? sync_of (self)->sync_switch : NULL;
}

AdwActionRow *
bounce_preferences_window_get_sync_folder_row (BouncePreferencesWindow *self)
{
  return sync_of (self) != NULL ? sync_of (self)->folder_row : NULL;
}
