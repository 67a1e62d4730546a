/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-definition.c: what success and failure mean to me in this season of my life. */
#define G_LOG_DOMAIN "bounce-definition"

#include "bounce-definition.h"

struct _BounceDefinition
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceDefinition, bounce_definition, BOUNCE_TYPE_RECORD)

/* The season names a definition; one written without it is named by its words. */
static char *
bounce_definition_dup_summary (BounceRecord *record)
{
  const char *fields[] = { "season", "success", "failure" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *line = bounce_record_dup_first_line (record, fields[i]);

      if (*line != '\0')
        return g_steal_pointer (&line);
    }

  return g_strdup ("");
}

static void
bounce_definition_class_init (BounceDefinitionClass *klass)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("season", NULL, NULL, "", flags),
    g_param_spec_string ("success", NULL, NULL, "", flags),
    g_param_spec_string ("failure", NULL, NULL, "", flags),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "definitions", "season",
                                      fields, G_N_ELEMENTS (fields));
  BOUNCE_RECORD_CLASS (klass)->dup_summary = bounce_definition_dup_summary;
}

static void
bounce_definition_init (BounceDefinition *self)
{
}
