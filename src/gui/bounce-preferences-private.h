/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-preferences-private.h: what the tests may see of the Preferences window's insides. */
#pragma once

#include "bounce-preferences.h"
#include "bounce-time-button.h"

G_BEGIN_DECLS

guint             bounce_preferences_window_get_n_times       (BouncePreferencesWindow *self);
AdwActionRow     *bounce_preferences_window_get_time_row      (BouncePreferencesWindow *self,
                                                               guint                    index);
BounceTimeButton *bounce_preferences_window_get_time_button   (BouncePreferencesWindow *self,
                                                               guint                    index);
GtkButton        *bounce_preferences_window_get_remove_button (BouncePreferencesWindow *self,
                                                               guint                    index);
GtkCheckButton   *bounce_preferences_window_get_day_check     (BouncePreferencesWindow *self,
                                                               guint                    day);

/* bounce-preferences-sync.c: the "Two Computers" group. */
void              bounce_preferences_window_add_sync_group    (BouncePreferencesWindow *self,
                                                               AdwPreferencesPage      *page,
                                                               GSettings               *settings);
GtkSwitch        *bounce_preferences_window_get_sync_switch   (BouncePreferencesWindow *self);
AdwActionRow     *bounce_preferences_window_get_sync_folder_row (BouncePreferencesWindow *self);

/* bounce-preferences-backups.c: the "Backups" and "Restore" groups. */
void              bounce_preferences_window_add_backups_group (BouncePreferencesWindow *self,
                                                               AdwPreferencesPage      *page,
                                                               GSettings               *settings);
void              bounce_preferences_window_show_backups      (BouncePreferencesWindow *self,
                                                               const char              *journal_path);
AdwActionRow     *bounce_preferences_window_get_backup_row    (BouncePreferencesWindow *self,
                                                               guint                    index);

G_END_DECLS
