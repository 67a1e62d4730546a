/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-lesson-editor.h: lessons, not failures: what went wrong, and what it taught. */
#pragma once

#include "bounce-editor.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_LESSON_EDITOR (bounce_lesson_editor_get_type ())
G_DECLARE_FINAL_TYPE (BounceLessonEditor, bounce_lesson_editor,
                      BOUNCE, LESSON_EDITOR, BounceEditor)

G_END_DECLS
