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
  BOUNCE_IDEA_STATUS_DONE,
  BOUNCE_IDEA_STATUS_LET_GO,
} BounceIdeaStatus;

#define BOUNCE_TYPE_IDEA_STATUS (bounce_idea_status_get_type ())
GType bounce_idea_status_get_type (void) G_GNUC_CONST;

/**
 * BounceIdeaProject:
 * @BOUNCE_IDEA_PROJECT_NONE: not one of the two projects in play
 * @BOUNCE_IDEA_PROJECT_A: project A
 * @BOUNCE_IDEA_PROJECT_B: project B
 *
 * The two projects in play, between which the person switches when stuck. At most
 * one idea of the journal is each (bounce_journal_set_project()).
 */
typedef enum
{
  BOUNCE_IDEA_PROJECT_NONE,
  BOUNCE_IDEA_PROJECT_A,
  BOUNCE_IDEA_PROJECT_B,
} BounceIdeaProject;

#define BOUNCE_TYPE_IDEA_PROJECT (bounce_idea_project_get_type ())
GType bounce_idea_project_get_type (void) G_GNUC_CONST;

#define BOUNCE_TYPE_IDEA (bounce_idea_get_type ())
G_DECLARE_FINAL_TYPE (BounceIdea, bounce_idea, BOUNCE, IDEA, BounceRecord)

const char *bounce_idea_status_get_label (BounceIdeaStatus status);

G_END_DECLS
