/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea-order.h: above the list of ideas: newest first, or by what mattered. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"
#include "bounce-record-page.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_IDEA_ORDER (bounce_idea_order_get_type ())
G_DECLARE_FINAL_TYPE (BounceIdeaOrder, bounce_idea_order, BOUNCE, IDEA_ORDER, GtkWidget)

/**
 * BounceIdeaOrderKind:
 * @BOUNCE_IDEA_ORDER_NEWEST: newest first, as every list
 * @BOUNCE_IDEA_ORDER_MATTERED: what offers most of what mattered first
 */
typedef enum
{
  BOUNCE_IDEA_ORDER_NEWEST,
  BOUNCE_IDEA_ORDER_MATTERED,
} BounceIdeaOrderKind;

BounceIdeaOrder  *bounce_idea_order_attach     (BounceRecordPage    *page,
                                                BounceJournal       *journal,
                                                GSettings           *settings);
BounceIdeaScores *bounce_idea_order_get_scores (BounceIdeaOrder     *self);
void              bounce_idea_order_set_order  (BounceIdeaOrder     *self,
                                                BounceIdeaOrderKind  order);

G_END_DECLS
