/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-checkin.h: a mood check-in: how the day feels, from 1 to 5, in a click and a few words. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_CHECKIN (bounce_checkin_get_type ())
G_DECLARE_FINAL_TYPE (BounceCheckin, bounce_checkin, BOUNCE, CHECKIN, BounceRecord)

G_END_DECLS
