/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-editors.h: every editor, registered so the window finds the one for a kind. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

void  bounce_editors_ensure         (void);
char *bounce_editors_dup_kind_title (GType    kind,
                                     gpointer user_data);

G_END_DECLS
