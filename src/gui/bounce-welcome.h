/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-welcome.h: the first start: what Bounce Back is for, and the goal that failed. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_WELCOME (bounce_welcome_get_type ())
G_DECLARE_FINAL_TYPE (BounceWelcome, bounce_welcome, BOUNCE, WELCOME, GtkWidget)

G_END_DECLS
