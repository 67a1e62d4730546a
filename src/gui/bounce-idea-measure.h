/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea-measure.h: in an idea's list row, how much of what mattered it offers. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_IDEA_MEASURE (bounce_idea_measure_get_type ())
G_DECLARE_FINAL_TYPE (BounceIdeaMeasure, bounce_idea_measure, BOUNCE, IDEA_MEASURE, GtkWidget)

GtkWidget  *bounce_idea_measure_new      (BounceIdeaScores  *scores);
const char *bounce_idea_measure_get_text (BounceIdeaMeasure *self);

G_END_DECLS
