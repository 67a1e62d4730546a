/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-support-window.h: the Support page: where to find help from people, plainly put. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_SUPPORT_WINDOW (bounce_support_window_get_type ())
G_DECLARE_FINAL_TYPE (BounceSupportWindow, bounce_support_window, BOUNCE, SUPPORT_WINDOW,
                      AdwWindow)

GtkWidget *bounce_support_window_new (GtkWindow *parent);

G_END_DECLS
