/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea-scores.h: every idea's score, kept up to date with ratings and aspects. */
#pragma once

#include <gio/gio.h>

#include "bounce-journal.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_IDEA_SCORES (bounce_idea_scores_get_type ())
G_DECLARE_FINAL_TYPE (BounceIdeaScores, bounce_idea_scores, BOUNCE, IDEA_SCORES, GObject)

BounceIdeaScores *bounce_idea_scores_new     (BounceJournal    *journal);
void              bounce_idea_scores_get     (BounceIdeaScores *self,
                                              BounceRecord     *idea,
                                              BounceScore      *score);
int               bounce_idea_scores_compare (BounceIdeaScores *self,
                                              BounceRecord     *a,
                                              BounceRecord     *b);

G_END_DECLS
