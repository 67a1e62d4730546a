/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-thanks-editor.h: thanking yourself for trying: what it taught you, and your treat. */
#pragma once

#include "bounce-editor.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_THANKS_EDITOR (bounce_thanks_editor_get_type ())
G_DECLARE_FINAL_TYPE (BounceThanksEditor, bounce_thanks_editor,
                      BOUNCE, THANKS_EDITOR, BounceEditor)

G_END_DECLS
