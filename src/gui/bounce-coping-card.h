/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-coping-card.h: the last seven days of the coping log, in kind words, above its list. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_COPING_CARD (bounce_coping_card_get_type ())
G_DECLARE_FINAL_TYPE (BounceCopingCard, bounce_coping_card, BOUNCE, COPING_CARD, GtkWidget)

GtkWidget *bounce_coping_card_new (BounceJournal *journal);

G_END_DECLS
