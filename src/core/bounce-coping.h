/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-coping.h: a line of the coping log: what helped (or what was escape) and for how long. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_COPING (bounce_coping_get_type ())
G_DECLARE_FINAL_TYPE (BounceCoping, bounce_coping, BOUNCE, COPING, BounceRecord)

G_END_DECLS
