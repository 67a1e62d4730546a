/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-preferences-backups.c: the Preferences groups that keep backups and restore one. */
#define G_LOG_DOMAIN "bounce-preferences"

#include <glib/gi18n.h>

#include "bounce-core.h"
#include "bounce-editor.h"
#include "bounce-preferences-private.h"

typedef struct
{
  AdwPreferencesPage  *page;       /* weak: it owns the groups */
  AdwPreferencesGroup *restore_group;
  GPtrArray           *rows;       /* the backups' rows, newest first */
  char                *pending;    /* the backup a dialog asks about */
} Backups;

static void
backups_free (gpointer data)
{
  Backups *backups = data;

  g_clear_pointer (&backups->rows, g_ptr_array_unref);
  g_free (backups->pending);
  g_free (backups);
}

static Backups *
backups_of (BouncePreferencesWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "bounce-preferences-backups");
}

static GtkWidget *
count_row_new (const char *title,
               const char *subtitle,
               int         lower,
               int         upper,
               GSettings  *settings,
               const char *key)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (row, subtitle);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (row, spin);
  adw_action_row_set_activatable_widget (row, spin);
  g_settings_bind (settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);

  return GTK_WIDGET (row);
}

/* "Monday, 30 November 2026 at 06:28", in the person's language. */
static char *
dup_backup_time (GDateTime *time)
{
  /* Translators: when a backup was made, in Preferences; see strftime(3) for the codes. */
  return g_date_time_format (time, C_("backup time", "%A, %-e %B %Y at %H:%M"));
}

static void
on_restore_response_cb (AdwMessageDialog        *dialog,
                        const char              *response,
                        BouncePreferencesWindow *self)
{
  Backups *backups = backups_of (self);
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autofree char *backup = g_steal_pointer (&backups->pending);

  if (!g_str_equal (response, "restore") || backup == NULL || app == NULL)
    return;

  g_action_group_activate_action (G_ACTION_GROUP (app), "restore-backup",
                                  g_variant_new_string (backup));
}

static void
on_restore_clicked_cb (GtkButton               *button,
                       BouncePreferencesWindow *self)
{
  Backups *backups = backups_of (self);
  const char *path = g_object_get_data (G_OBJECT (button), "bounce-backup-path");
  GDateTime *time = g_object_get_data (G_OBJECT (button), "bounce-backup-time");
  g_autofree char *shown = dup_backup_time (time);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  g_free (backups->pending);
  backups->pending = g_strdup (path);

  /* Translators: %s is when the backup was made, e.g. "Monday, 30 November 2026 at 06:28". */
  heading = g_strdup_printf (_("Restore the journal of %s?"), shown);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("Your journal as it is now is kept as "
                                                         "one more backup.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    /* Translators: the button that restores a backup. */
                                    "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static guint
count_entries (const char *path)
{
  g_autoptr(GError) error = NULL;
  const GType *kinds;
  g_autofree guint *counts = NULL;
  guint n_kinds, total = 0;

  kinds = bounce_kinds_get (&n_kinds);
  counts = g_new0 (guint, n_kinds);
  if (!bounce_store_count_file (path, counts, n_kinds, &error))
    {
      g_debug ("Could not count the entries of %s: %s", path, error->message);
      return 0;
    }

  /* What the person wrote: the kinds on a page, not the parts kept inside them. */
  for (guint i = 0; i < n_kinds; i++)
    if (bounce_kinds_get_page (kinds[i]) != NULL)
      total += counts[i];

  return total;
}

static GtkWidget *
backup_row_new (BouncePreferencesWindow *self,
                BounceBackup            *backup)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  g_autofree char *title = dup_backup_time (backup->time);
  g_autofree char *subtitle = NULL;
  guint n = count_entries (backup->path);
  GtkWidget *button;

  subtitle = g_strdup_printf (ngettext ("%u entry", "%u entries", n), n);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);

  /* Translators: a button beside a backup, in Preferences; it asks first. */
  button = gtk_button_new_with_mnemonic (_("Res_tore…"));
  bounce_name_mnemonics (button);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "bounce-backup-path", g_strdup (backup->path),
                          g_free);
  g_object_set_data_full (G_OBJECT (button), "bounce-backup-time",
                          g_date_time_ref (backup->time), (GDestroyNotify) g_date_time_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_restore_clicked_cb), self);
  adw_action_row_add_suffix (row, button);
  g_object_set_data (G_OBJECT (row), "bounce-restore-button", button);

  return GTK_WIDGET (row);
}

/**
 * bounce_preferences_window_add_backups_group:
 * @page: the page the groups go on
 *
 * Adds the "Backups" group: how many daily and weekly backups are kept. The backups
 * themselves are listed once the window knows its journal:
 * bounce_preferences_window_show_backups().
 */
void
bounce_preferences_window_add_backups_group (BouncePreferencesWindow *self,
                                             AdwPreferencesPage      *page,
                                             GSettings               *settings)
{
  Backups *backups = g_new0 (Backups, 1);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  backups->page = page;
  backups->rows = g_ptr_array_new ();
  g_object_set_data_full (G_OBJECT (self), "bounce-preferences-backups", backups,
                          backups_free);

  /* Translators: a group of Preferences: the copies of the journal made each day. */
  adw_preferences_group_set_title (group, _("Backups"));
  adw_preferences_group_set_description (group,
                                         _("A copy of your journal is made each day you "
                                           "open Bounce Back, in the folder “backups” "
                                           "beside it."));
  adw_preferences_group_add (group,
                             count_row_new (_("_Daily Backups"),
                                            _("The latest days that keep their copy"),
                                            1, 60, settings, "backups-daily"));
  adw_preferences_group_add (group,
                             count_row_new (_("_Weekly Backups"),
                                            _("The weeks before them that keep one copy each"),
                                            0, 52, settings, "backups-weekly"));
  adw_preferences_page_add (page, group);

  backups->restore_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  /* Translators: a group of Preferences: going back to one of the backups. */
  adw_preferences_group_set_title (backups->restore_group, _("Restore"));
  adw_preferences_group_set_description (backups->restore_group,
                                         _("No backup has been made yet."));
  adw_preferences_page_add (page, backups->restore_group);
}

/**
 * bounce_preferences_window_show_backups:
 * @journal_path: the journal whose backups are listed
 *
 * Lists the journal's backups, newest first, each with when it was made, how many entries
 * it holds and a button that restores it after asking.
 */
void
bounce_preferences_window_show_backups (BouncePreferencesWindow *self,
                                        const char              *journal_path)
{
  Backups *backups = backups_of (self);
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BOUNCE_IS_PREFERENCES_WINDOW (self));

  if (backups == NULL)
    return;

  for (guint i = 0; i < backups->rows->len; i++)
    adw_preferences_group_remove (backups->restore_group, backups->rows->pdata[i]);
  g_ptr_array_set_size (backups->rows, 0);

  dir = bounce_backups_dup_dir (journal_path);
  if (!(list = bounce_backups_list (dir, &error)))
    {
      g_message ("Could not list the backups in %s: %s", dir, error->message);
      return;
    }

  adw_preferences_group_set_description (backups->restore_group,
                                         list->len == 0 ?
                                         _("No backup has been made yet.") :
                                         _("Go back to your journal as it was then."));
  for (guint i = 0; i < list->len; i++)
    {
      GtkWidget *row = backup_row_new (self, list->pdata[i]);

      adw_preferences_group_add (backups->restore_group, row);
      g_ptr_array_add (backups->rows, row);
    }
}

/**
 * bounce_preferences_window_get_backup_row:
 * @index: 0 for the newest backup
 *
 * Returns: (transfer none) (nullable): that backup's row; its "bounce-restore-button" data
 *   is the button that restores it
 */
AdwActionRow *
bounce_preferences_window_get_backup_row (BouncePreferencesWindow *self,
                                          guint                    index)
{
  Backups *backups = backups_of (self);

  if (backups == NULL || index >= backups->rows->len)
    return NULL;

  return backups->rows->pdata[index];
}
