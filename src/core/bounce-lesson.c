/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-lesson.c: lessons, not failures: what went wrong, and what it taught. */
#define G_LOG_DOMAIN "bounce-lesson"

#include "bounce-lesson.h"

struct _BounceLesson
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceLesson, bounce_lesson, BOUNCE_TYPE_RECORD)

/* What it taught is the point; until that is written, what happened names the lesson. */
static char *
bounce_lesson_dup_summary (BounceRecord *record)
{
  g_autofree char *taught = bounce_record_dup_first_line (record, "taught");

  if (*taught != '\0')
    return g_steal_pointer (&taught);

  return bounce_record_dup_first_line (record, "happened");
}

static void
bounce_lesson_class_init (BounceLessonClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("happened", NULL, NULL, "", flags),
    g_param_spec_string ("taught", NULL, NULL, "", flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "lessons", "taught",
                                      fields, G_N_ELEMENTS (fields));
  BOUNCE_RECORD_CLASS (klass)->dup_summary = bounce_lesson_dup_summary;
}

static void
bounce_lesson_init (BounceLesson *self)
{
}
