/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-mood-chart.h: the healing curve with its range and its words, above the check-ins. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_MOOD_CHART (bounce_mood_chart_get_type ())
G_DECLARE_FINAL_TYPE (BounceMoodChart, bounce_mood_chart, BOUNCE, MOOD_CHART, GtkWidget)

void            bounce_mood_chart_set_journal (BounceMoodChart *self,
                                               BounceJournal   *journal);
BounceMoodRange bounce_mood_chart_get_range   (BounceMoodChart *self);
const char     *bounce_mood_chart_get_summary (BounceMoodChart *self);

G_END_DECLS
