/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-coping-editor.h: one entry of the coping log: what I did, for how long, a note. */
#pragma once

#include "bounce-editor.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_COPING_EDITOR (bounce_coping_editor_get_type ())
G_DECLARE_FINAL_TYPE (BounceCopingEditor, bounce_coping_editor, BOUNCE, COPING_EDITOR,
                      BounceEditor)

G_END_DECLS
