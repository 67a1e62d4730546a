/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-kinds.h: the one list of the kinds of record the journal keeps. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

const GType *bounce_kinds_get      (guint *n_kinds);
const char  *bounce_kinds_get_page (GType  kind);
const char  *bounce_kinds_get_home (GType  kind);

G_END_DECLS
