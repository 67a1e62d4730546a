/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-mood-curve.h: the healing curve itself: days across, mood up, drawn with GtkSnapshot. */
#pragma once

#include <gtk/gtk.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_MOOD_CURVE (bounce_mood_curve_get_type ())
G_DECLARE_FINAL_TYPE (BounceMoodCurve, bounce_mood_curve, BOUNCE, MOOD_CURVE, GtkWidget)

void bounce_mood_curve_set_days (BounceMoodCurve *self,
                                 GArray          *days,
                                 guint32          first_day,
                                 guint32          last_day);

G_END_DECLS
