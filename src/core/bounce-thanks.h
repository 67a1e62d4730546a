/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-thanks.h: thanking yourself for having tried, and what it taught you. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_THANKS (bounce_thanks_get_type ())
G_DECLARE_FINAL_TYPE (BounceThanks, bounce_thanks, BOUNCE, THANKS, BounceRecord)

G_END_DECLS
