/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-support.h: when low check-ins linger, whether to point kindly to professional help. */
#pragma once

#include <glib.h>

#include "bounce-store.h"

G_BEGIN_DECLS

/* The rule, explained in bounce-support.c. */
#define BOUNCE_SUPPORT_DAYS          14
#define BOUNCE_SUPPORT_MIN_CHECKINS  7
#define BOUNCE_SUPPORT_LOW_SCORE     2
#define BOUNCE_SUPPORT_QUIET_DAYS    14

gint64   bounce_support_window_start (gint64                 now,
                                      GTimeZone             *tz);
gboolean bounce_support_should_offer (const BounceMoodPoint *points,
                                      guint                  n_points,
                                      gint64                 now,
                                      GTimeZone             *tz,
                                      gint64                 dismissed);

G_END_DECLS
