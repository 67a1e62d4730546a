/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-support-card.h: a calm card that points to help when the check-ins stay low. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_SUPPORT_CARD (bounce_support_card_get_type ())
G_DECLARE_FINAL_TYPE (BounceSupportCard, bounce_support_card, BOUNCE, SUPPORT_CARD, GtkWidget)

void     bounce_support_card_set_journal (BounceSupportCard *self,
                                          BounceJournal     *journal,
                                          GSettings         *settings);
gboolean bounce_support_card_get_offered (BounceSupportCard *self);
void     bounce_support_card_refresh     (BounceSupportCard *self);

G_END_DECLS
