/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-projects-card.h: projects A and B above the ideas: the one in play, and the switch. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_PROJECTS_CARD (bounce_projects_card_get_type ())
G_DECLARE_FINAL_TYPE (BounceProjectsCard, bounce_projects_card, BOUNCE, PROJECTS_CARD, GtkWidget)

GtkWidget        *bounce_projects_card_new        (BounceJournal      *journal);
AdwMessageDialog *bounce_projects_card_get_dialog (BounceProjectsCard *self);

G_END_DECLS
