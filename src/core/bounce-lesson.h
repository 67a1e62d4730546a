/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-lesson.h: lessons, not failures: what went wrong, and what it taught. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_LESSON (bounce_lesson_get_type ())
G_DECLARE_FINAL_TYPE (BounceLesson, bounce_lesson, BOUNCE, LESSON, BounceRecord)

G_END_DECLS
