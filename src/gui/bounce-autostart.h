/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-autostart.h: the XDG autostart file that starts Bounce Back at login, windowless. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  bounce_autostart_set      (gboolean   enabled,
                                     GError   **error);
gboolean  bounce_autostart_is_set   (void);
char     *bounce_autostart_dup_path (void);

G_END_DECLS
