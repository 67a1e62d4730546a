/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-step.h: a next small step of an idea, done. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_STEP (bounce_step_get_type ())
G_DECLARE_FINAL_TYPE (BounceStep, bounce_step, BOUNCE, STEP, BounceRecord)

G_END_DECLS
