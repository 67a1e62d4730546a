/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-grief-editor.h: writing one page of the grief journal, with a gentle prompt. */
#pragma once

#include "bounce-editor.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_GRIEF_EDITOR (bounce_grief_editor_get_type ())
G_DECLARE_FINAL_TYPE (BounceGriefEditor, bounce_grief_editor, BOUNCE, GRIEF_EDITOR, BounceEditor)

G_END_DECLS
