/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-talk.h: getting ready to talk with the people in charge: who, what to ask, what I heard. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_TALK (bounce_talk_get_type ())
G_DECLARE_FINAL_TYPE (BounceTalk, bounce_talk, BOUNCE, TALK, BounceRecord)

G_END_DECLS
