/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-autostart-private.h: what the tests may see of the autostart file's making. */
#pragma once

#include "bounce-autostart.h"

G_BEGIN_DECLS

gboolean bounce_autostart_write_for (const char  *binary,
                                     GError     **error);

G_END_DECLS
