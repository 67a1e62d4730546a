/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-switch.h: a switch from one project to the other, with the note left behind. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_SWITCH (bounce_switch_get_type ())
G_DECLARE_FINAL_TYPE (BounceSwitch, bounce_switch, BOUNCE, SWITCH, BounceRecord)

G_END_DECLS
