/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-preferences.h: the Preferences window: when and how gentle reminders come. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_PREFERENCES_WINDOW (bounce_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (BouncePreferencesWindow, bounce_preferences_window,
                      BOUNCE, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *bounce_preferences_window_new           (GtkWindow *parent);
void       bounce_preferences_follow_color_scheme (GSettings *settings);

G_END_DECLS
