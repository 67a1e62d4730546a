/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-goal-card.h: the goal the Grieve page is about, or a place to name it. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_GOAL_CARD (bounce_goal_card_get_type ())
G_DECLARE_FINAL_TYPE (BounceGoalCard, bounce_goal_card, BOUNCE, GOAL_CARD, GtkWidget)

void        bounce_goal_card_set_journal (BounceGoalCard  *self,
                                          BounceJournal   *journal);
BounceGoal *bounce_goal_card_get_goal    (BounceGoalCard  *self);
gboolean    bounce_goal_card_flush       (BounceGoalCard  *self,
                                          GError         **error);
GPtrArray  *bounce_goal_card_dup_unsaved (BounceGoalCard  *self);

G_END_DECLS
