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

G_END_DECLS
