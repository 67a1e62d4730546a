/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-rating.h: how well an idea offers one aspect of what the lost goal was hoped to give. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

/**
 * BounceOffers:
 * @BOUNCE_OFFERS_NONE: the idea does not offer it
 * @BOUNCE_OFFERS_A_LITTLE: a little
 * @BOUNCE_OFFERS_MUCH: much of it
 * @BOUNCE_OFFERS_FULLY: fully
 *
 * How well an idea offers an aspect. "Not rated yet" is no rating at all.
 */
typedef enum
{
  BOUNCE_OFFERS_NONE,
  BOUNCE_OFFERS_A_LITTLE,
  BOUNCE_OFFERS_MUCH,
  BOUNCE_OFFERS_FULLY,
} BounceOffers;

#define BOUNCE_TYPE_OFFERS (bounce_offers_get_type ())
GType bounce_offers_get_type (void) G_GNUC_CONST;

#define BOUNCE_TYPE_RATING (bounce_rating_get_type ())
G_DECLARE_FINAL_TYPE (BounceRating, bounce_rating, BOUNCE, RATING, BounceRecord)

const char *bounce_offers_get_label (BounceOffers offers);

G_END_DECLS
