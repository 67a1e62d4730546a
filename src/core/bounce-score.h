/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-score.h: how much of what the lost goal was hoped to give an idea offers. */
#pragma once

#include <glib.h>

#include "bounce-aspect.h"
#include "bounce-rating.h"

G_BEGIN_DECLS

/**
 * BounceScoreAspect:
 * @aspect: the aspect's uuid
 * @weight: how much it matters
 */
typedef struct
{
  const char         *aspect;
  BounceAspectWeight  weight;
} BounceScoreAspect;

/**
 * BounceScoreRating:
 * @aspect: the uuid of the aspect rated
 * @offers: how well the idea offers it
 */
typedef struct
{
  const char   *aspect;
  BounceOffers  offers;
} BounceScoreRating;

/**
 * BounceScore:
 * @n_aspects: how many aspects the goal has; with none, there is no score
 * @n_rated: how many of them the idea is rated for
 * @value: sum (weight × offers) / sum (weight × fully), from 0 to 1; an aspect not
 *   rated counts as offered not at all
 */
typedef struct
{
  guint  n_aspects;
  guint  n_rated;
  double value;
} BounceScore;

void     bounce_score_compute      (const BounceScoreAspect *aspects,
                                    guint                    n_aspects,
                                    const BounceScoreRating *ratings,
                                    guint                    n_ratings,
                                    BounceScore             *score);
gboolean bounce_score_has_value    (const BounceScore       *score);
char    *bounce_score_dup_label    (const BounceScore       *score);
char    *bounce_score_dup_rated    (const BounceScore       *score);
int      bounce_score_compare      (const BounceScore       *a,
                                    gint64                   created_a,
                                    const BounceScore       *b,
                                    gint64                   created_b);

G_END_DECLS
