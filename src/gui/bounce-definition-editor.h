/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-definition-editor.h: what success and failure mean to me in this season of my life. */
#pragma once

#include "bounce-editor.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_DEFINITION_EDITOR (bounce_definition_editor_get_type ())
G_DECLARE_FINAL_TYPE (BounceDefinitionEditor, bounce_definition_editor,
                      BOUNCE, DEFINITION_EDITOR, BounceEditor)

G_END_DECLS
