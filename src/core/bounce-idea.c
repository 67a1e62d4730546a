/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea.c: a new path or project, and its next small step. */
#define G_LOG_DOMAIN "bounce-idea"

#include <glib/gi18n.h>

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
  G_DEFINE_ENUM_VALUE (BOUNCE_IDEA_STATUS_DONE, "done"),
  G_DEFINE_ENUM_VALUE (BOUNCE_IDEA_STATUS_LET_GO, "let-go"))

G_DEFINE_ENUM_TYPE (BounceIdeaProject, bounce_idea_project,
  G_DEFINE_ENUM_VALUE (BOUNCE_IDEA_PROJECT_NONE, "none"),
  G_DEFINE_ENUM_VALUE (BOUNCE_IDEA_PROJECT_A, "a"),
  G_DEFINE_ENUM_VALUE (BOUNCE_IDEA_PROJECT_B, "b"))

G_DEFINE_FINAL_TYPE (BounceIdea, bounce_idea, BOUNCE_TYPE_RECORD)

/* The record's own setter, which keeps the fields. */
static void (*record_set_property) (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec);

/* When an idea first leaves "dreaming" is when it was first tried: the past-self view
 * counts ideas tried by it. A row read from the file sets its status before its "tried"
 * (the fields' order), so what the file says wins. */
static void
bounce_idea_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BounceRecord *self = BOUNCE_RECORD (object);

  record_set_property (object, prop_id, value, pspec);

  if (g_str_equal (pspec->name, "status") &&
      g_value_get_enum (value) != BOUNCE_IDEA_STATUS_DREAMING &&
      !bounce_record_get_optional_int64 (self, "tried", NULL))
    bounce_record_set_optional_int64 (self, "tried", TRUE, g_get_real_time ());
}

static char *
bounce_idea_dup_detail (BounceRecord *record)
{
  BounceIdeaStatus status;

  g_object_get (record, "status", &status, NULL);
  return g_strdup (bounce_idea_status_get_label (status));
}

static void
bounce_idea_class_init (BounceIdeaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  BounceRecordClass *record_class = BOUNCE_RECORD_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("title", NULL, NULL, "", flags),
    g_param_spec_string ("notes", NULL, NULL, "", flags),
    g_param_spec_enum ("status", NULL, NULL,
                       BOUNCE_TYPE_IDEA_STATUS, BOUNCE_IDEA_STATUS_DREAMING, flags),
    g_param_spec_string ("next-step", NULL, NULL, "", flags),
    /* Set when the idea is another go at a lost goal ("Try again"). */
    bounce_record_param_spec_reference ("goal", BOUNCE_TYPE_GOAL, flags),
    /* Which of the two projects in play it is, if any: a mark, like a goal's focus, so
     * that an idea with nothing else in it is still blank. */
    bounce_record_field_mark_setting (g_param_spec_enum ("project", NULL, NULL,
                                                         BOUNCE_TYPE_IDEA_PROJECT,
                                                         BOUNCE_IDEA_PROJECT_NONE, flags)),
    /* Left when switching away from it: where I stopped, what next. */
    g_param_spec_string ("resume-note", NULL, NULL, "", flags),
    /* The small project that keeps one well while grieving; at most one. */
    bounce_record_field_mark_setting (g_param_spec_boolean ("back-pocket", NULL, NULL, FALSE,
                                                            flags)),
    /* When it first left "dreaming", in µs since the epoch; nothing until then. Kept by
     * the idea itself, following its status, so it is no more than a setting. */
    bounce_record_field_mark_setting (g_param_spec_variant ("tried", NULL, NULL,
                                                            G_VARIANT_TYPE ("mx"), NULL,
                                                            flags)),
  };

  bounce_record_class_install_fields (record_class, "ideas", "title",
                                      fields, G_N_ELEMENTS (fields));
  record_set_property = object_class->set_property;
  object_class->set_property = bounce_idea_set_property;
  record_class->dup_detail = bounce_idea_dup_detail;
}

static void
bounce_idea_init (BounceIdea *self)
{
}

/**
 * bounce_idea_status_get_label:
 *
 * Returns: (transfer none): the status in a word or two, translated
 */
const char *
bounce_idea_status_get_label (BounceIdeaStatus status)
{
  switch (status)
    {
    case BOUNCE_IDEA_STATUS_DREAMING:
      /* Translators: the status of a new idea or path: only thought about so far. */
      return C_("idea status", "Dreaming");
    case BOUNCE_IDEA_STATUS_TRYING:
      /* Translators: the status of a new idea or path: being tried now. */
      return C_("idea status", "Trying");
    case BOUNCE_IDEA_STATUS_RESTING:
      /* Translators: the status of a new idea or path: paused for a while, kindly. */
      return C_("idea status", "Resting");
    case BOUNCE_IDEA_STATUS_DONE:
      /* Translators: the status of a new idea or path: finished. */
      return C_("idea status", "Done");
    case BOUNCE_IDEA_STATUS_LET_GO:
      /* Translators: the status of a new idea or path: let go of, without blame. */
      return C_("idea status", "Let go");
    default:
      g_return_val_if_reached ("");
    }
}
