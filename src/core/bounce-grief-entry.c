/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-grief-entry.c: one page of the grief journal. */
#define G_LOG_DOMAIN "bounce-grief-entry"

#include "bounce-grief-entry.h"
#include "bounce-prompts.h"

struct _BounceGriefEntry
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceGriefEntry, bounce_grief_entry, BOUNCE_TYPE_RECORD)

/* A new page is offered a prompt that none of the newest pages had. */
static void
bounce_grief_entry_prepare_new (BounceRecord *record,
                                GListModel   *kept)
{
  g_auto(GStrv) recent = bounce_prompts_dup_recent (kept, record);
  const BouncePrompt *prompt = bounce_prompts_pick ((const char * const *) recent,
                                                    g_random_int ());

  g_object_set (record, "prompt", prompt->id, NULL);
}

static void
bounce_grief_entry_class_init (BounceGriefEntryClass *klass)
{
  BounceRecordClass *record_class = BOUNCE_RECORD_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_string ("body", NULL, NULL, "", flags),
    /* The id of the writing prompt the page was offered, "" for none. */
    bounce_record_field_mark_setting (g_param_spec_string ("prompt", NULL, NULL, "", flags)),
  };

  record_class->prepare_new = bounce_grief_entry_prepare_new;
  bounce_record_class_install_fields (record_class, "grief_entries", "body",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_grief_entry_init (BounceGriefEntry *self)
{
}
