/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea.c: a new path or project, and its next small step. */
#define G_LOG_DOMAIN "bounce-idea"

#include "bounce-goal.h"
#include "bounce-idea.h"

struct _BounceIdea
{
  BounceRecord parent_instance;
};

G_DEFINE_ENUM_TYPE (BounceIdeaStatus, bounce_idea_status,
  G_DEFINE_ENUM_VALUE (BOUNCE_IDEA_STATUS_DREAMING, "dreaming"),
  G_DEFINE_ENUM_VALUE (BOUNCE_IDEA_STATUS_TRYING, "trying"),
  G_DEFINE_ENUM_VALUE (BOUNCE_IDEA_STATUS_RESTING, "resting"),
  G_DEFINE_ENUM_VALUE (BOUNCE_IDEA_STATUS_LET_GO, "let-go"))

G_DEFINE_FINAL_TYPE (BounceIdea, bounce_idea, BOUNCE_TYPE_RECORD)

static void
bounce_idea_class_init (BounceIdeaClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("title", NULL, NULL, "", flags),
    g_param_spec_string ("notes", NULL, NULL, "", flags),
    g_param_spec_enum ("status", NULL, NULL,
                       BOUNCE_TYPE_IDEA_STATUS, BOUNCE_IDEA_STATUS_DREAMING, flags),
    g_param_spec_string ("next-step", NULL, NULL, "", flags),
    /* Set when the idea is another go at a lost goal ("Try again"). */
    bounce_record_param_spec_reference ("goal", BOUNCE_TYPE_GOAL, flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "ideas", "title",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_idea_init (BounceIdea *self)
{
}
