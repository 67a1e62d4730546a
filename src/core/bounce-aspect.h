/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-aspect.h: something the lost goal was hoped to give, and how much it matters. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

/**
 * BounceAspectWeight:
 * @BOUNCE_ASPECT_NICE_TO_HAVE: nice to have
 * @BOUNCE_ASPECT_MATTERS: matters
 * @BOUNCE_ASPECT_MATTERS_MOST: matters most
 *
 * How much an aspect matters: a few clear steps, not a number. An aspect counts
 * the weight's value + 1 in a score (bounce_score_compute()).
 */
typedef enum
{
  BOUNCE_ASPECT_NICE_TO_HAVE,
  BOUNCE_ASPECT_MATTERS,
  BOUNCE_ASPECT_MATTERS_MOST,
} BounceAspectWeight;

#define BOUNCE_TYPE_ASPECT_WEIGHT (bounce_aspect_weight_get_type ())
GType bounce_aspect_weight_get_type (void) G_GNUC_CONST;

#define BOUNCE_TYPE_ASPECT (bounce_aspect_get_type ())
G_DECLARE_FINAL_TYPE (BounceAspect, bounce_aspect, BOUNCE, ASPECT, BounceRecord)

const char *bounce_aspect_weight_get_label (BounceAspectWeight weight);

G_END_DECLS
