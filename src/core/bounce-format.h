/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-format.h: dates and durations as people read them, in their own language. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *bounce_format_day     (gint64     usec,
                             GDateTime *now);
char *bounce_format_day_time (gint64    usec,
                              GDateTime *now,
                              gboolean   twelve_hour);
char *bounce_format_moment  (GDateTime *when,
                             GDateTime *now);
char *bounce_format_minutes (gint64     minutes);

G_END_DECLS
