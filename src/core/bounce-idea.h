/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea.h: a new path or project, and its next small step. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

typedef enum
{
  BOUNCE_IDEA_STATUS_DREAMING,
  BOUNCE_IDEA_STATUS_TRYING,
  BOUNCE_IDEA_STATUS_RESTING,
  BOUNCE_IDEA_STATUS_LET_GO,
} BounceIdeaStatus;

#define BOUNCE_TYPE_IDEA_STATUS (bounce_idea_status_get_type ())
GType bounce_idea_status_get_type (void) G_GNUC_CONST;

#define BOUNCE_TYPE_IDEA (bounce_idea_get_type ())
G_DECLARE_FINAL_TYPE (BounceIdea, bounce_idea, BOUNCE, IDEA, BounceRecord)

G_END_DECLS
