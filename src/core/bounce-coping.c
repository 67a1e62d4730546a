/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-coping.c: a line of the coping log: what helped (or what was escape) and for how long. */
#define G_LOG_DOMAIN "bounce-coping"

#include <glib/gi18n.h>

#include "bounce-coping.h"
#include "bounce-idea.h"
#include "bounce-format.h"

#define PHRASE_CONTEXT "coping activity in a sentence"

struct _BounceCoping
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceCoping, bounce_coping, BOUNCE_TYPE_RECORD)

/* The ids are what the journal keeps: never change or reuse one. Helps first, then
 * escape, then the rest, which is the order the editor offers them in. */
static const BounceCopingActivity activities[] = {
  /* Translators: an activity of the coping log, as its list shows it. None of the
   * activities judges: escape (games, binge watching, scrolling) is allowed too. */
  { "walking", BOUNCE_COPING_HELPS, N_("Walking"),
    /* Translators: the activity inside a sentence of the weekly summary, as in
     * "… of things that help — walking, writing — …": with whatever case or article
     * the sentence needs there. */
    NC_("coping activity in a sentence", "walking"),
    NULL },
  { "moving", BOUNCE_COPING_HELPS, N_("Moving"),
    NC_("coping activity in a sentence", "moving"),
    N_("Sport, dancing, yoga, a swim") },
  { "writing", BOUNCE_COPING_HELPS, N_("Writing"),
    NC_("coping activity in a sentence", "writing"),
    NULL },
  { "talking", BOUNCE_COPING_HELPS, N_("Talking with someone"),
    NC_("coping activity in a sentence", "talking with someone"),
    NULL },
  { "cooking", BOUNCE_COPING_HELPS, N_("Cooking"),
    NC_("coping activity in a sentence", "cooking"),
    NULL },
  { "music", BOUNCE_COPING_HELPS, N_("Music"),
    NC_("coping activity in a sentence", "music"),
    N_("Playing or listening") },
  { "outdoors", BOUNCE_COPING_HELPS, N_("Being outdoors"),
    NC_("coping activity in a sentence", "being outdoors"),
    NULL },
  { "resting", BOUNCE_COPING_HELPS, N_("Resting"),
    NC_("coping activity in a sentence", "resting"),
    NULL },
  { "making", BOUNCE_COPING_HELPS, N_("Making something"),
    NC_("coping activity in a sentence", "making something"),
    N_("Craft, drawing, building, mending") },
  /* Translators: a small project a person keeps going beside the big goal, for the
   * hard days: a way to stay well while grieving, without burning out. */
  { "back-pocket", BOUNCE_COPING_HELPS, N_("My back-pocket project"),
    NC_("coping activity in a sentence", "your back-pocket project"),
    N_("A small project kept for hard days, that keeps you well without wearing you out") },
  { "games", BOUNCE_COPING_ESCAPE, N_("Games"),
    NC_("coping activity in a sentence", "games"),
    NULL },
  { "binge-watching", BOUNCE_COPING_ESCAPE, N_("Binge watching"),
    NC_("coping activity in a sentence", "binge watching"),
    NULL },
  { "scrolling", BOUNCE_COPING_ESCAPE, N_("Scrolling"),
    NC_("coping activity in a sentence", "scrolling"),
    NULL },
  { "other", BOUNCE_COPING_OTHER, N_("Something else"),
    NC_("coping activity in a sentence", "something else"),
    N_("Say what in the note") },
};

/* The activity's name; for "something else", or an id this version does not know, the
 * note's first line says more. */
static char *
bounce_coping_dup_summary (BounceRecord *record)
{
  g_autofree char *activity = NULL;
  g_autofree char *note = NULL;
  g_auto(GStrv) lines = NULL;
  const BounceCopingActivity *known;

  g_object_get (record, "activity", &activity, "note", &note, NULL);
  known = bounce_coping_lookup_activity (activity);
  if (known != NULL && known->kind != BOUNCE_COPING_OTHER)
    return g_strdup (bounce_coping_activity_get_label (known));

  lines = g_strsplit (note != NULL ? note : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      return g_strdup (lines[i]);

  return g_strdup (known != NULL ? bounce_coping_activity_get_label (known) : "");
}

static char *
bounce_coping_dup_detail (BounceRecord *record)
{
  int minutes = 0;

  g_object_get (record, "minutes", &minutes, NULL);
  return minutes > 0 ? bounce_format_minutes (minutes) : NULL;
}

static void
bounce_coping_class_init (BounceCopingClass *klass)
{
  BounceRecordClass *record_class = BOUNCE_RECORD_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    bounce_record_field_mark_catalogue_id (g_param_spec_string ("activity", NULL, NULL, "",
                                                                flags)),
    g_param_spec_int ("minutes", NULL, NULL, 0, 24 * 60, 0, flags),
    g_param_spec_string ("note", NULL, NULL, "", flags),
    /* The back-pocket project worked on, for that activity: the entry opens it. */
    bounce_record_param_spec_reference ("idea", BOUNCE_TYPE_IDEA, flags),
  };

  bounce_record_class_install_fields (record_class, "coping", "note",
                                      fields, G_N_ELEMENTS (fields));
  record_class->dup_summary = bounce_coping_dup_summary;
  record_class->dup_detail = bounce_coping_dup_detail;
}

static void
bounce_coping_init (BounceCoping *self)
{
}

/**
 * bounce_coping_get_activities:
 * @n_activities: (out): how many there are
 *
 * Returns: (array length=n_activities) (transfer none): the catalogue: what helps
 *   first, then escape, then "something else"
 */
const BounceCopingActivity *
bounce_coping_get_activities (guint *n_activities)
{
  *n_activities = G_N_ELEMENTS (activities);
  return activities;
}

/**
 * bounce_coping_lookup_activity:
 * @id: (nullable): an id as the journal keeps it
 *
 * Returns: (transfer none) (nullable): the activity of @id, or %NULL for none
 *   (an empty id) or one this version does not know
 */
const BounceCopingActivity *
bounce_coping_lookup_activity (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (activities); i++)
    if (strcmp (activities[i].id, id) == 0)
      return &activities[i];

  return NULL;
}

/**
 * bounce_coping_activity_get_label:
 *
 * Returns: the activity's name as a list shows it ("Walking"), translated
 */
const char *
bounce_coping_activity_get_label (const BounceCopingActivity *activity)
{
  g_return_val_if_fail (activity != NULL, NULL);

  return _(activity->label);
}

/**
 * bounce_coping_activity_get_phrase:
 *
 * Returns: the activity's name as a sentence holds it ("walking"), translated
 */
const char *
bounce_coping_activity_get_phrase (const BounceCopingActivity *activity)
{
  g_return_val_if_fail (activity != NULL, NULL);

  return g_dpgettext2 (NULL, PHRASE_CONTEXT, activity->phrase);
}

/**
 * bounce_coping_activity_get_description:
 *
 * Returns: (nullable): a few words on what the activity takes in, translated, or
 *   %NULL when its name says it all
 */
const char *
bounce_coping_activity_get_description (const BounceCopingActivity *activity)
{
  g_return_val_if_fail (activity != NULL, NULL);

  return activity->description != NULL ? _(activity->description) : NULL;
}
