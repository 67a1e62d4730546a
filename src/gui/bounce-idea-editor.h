/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea-editor.h: one new path: where it stands and its next small step. */
#pragma once

#include "bounce-editor.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_IDEA_EDITOR (bounce_idea_editor_get_type ())
G_DECLARE_FINAL_TYPE (BounceIdeaEditor, bounce_idea_editor, BOUNCE, IDEA_EDITOR, BounceEditor)

G_END_DECLS
