/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-talk-editor.h: getting ready to talk with the people in charge of the goal. */
#pragma once

#include "bounce-editor.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_TALK_EDITOR (bounce_talk_editor_get_type ())
G_DECLARE_FINAL_TYPE (BounceTalkEditor, bounce_talk_editor,
                      BOUNCE, TALK_EDITOR, BounceEditor)

G_END_DECLS
