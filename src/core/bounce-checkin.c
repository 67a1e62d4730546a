/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-checkin.c: a mood check-in: how the day feels, from 1 to 5, in a click and a few words. */
#define G_LOG_DOMAIN "bounce-checkin"

#include <string.h>

#include <glib/gi18n.h>

#include "bounce-checkin.h"

struct _BounceCheckin
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceCheckin, bounce_checkin, BOUNCE_TYPE_RECORD)

/* Translators: how a day feels, from 1 (lowest) to 5; shown on buttons, in lists and beside
 * the healing curve. Keep them gentle: none of them is a bad answer. */
static const char * const score_labels[] = {
  N_("Very low"),
  N_("Low"),
  N_("Okay"),
  N_("Good"),
  N_("Very good"),
};

/* The icon theme's faces, one per score, so that every view shows the same face. */
static const char * const score_icons[] = {
  "face-sad-symbolic",
  "face-worried-symbolic",
  "face-plain-symbolic",
  "face-smile-symbolic",
  "face-smile-big-symbolic",
};

/* The feelings offered, by stable id: the column keeps these ids, never translated words,
 * so that a journal reads the same in any language. Heavier ones first. */
static const char * const feeling_ids[] = {
  "sad", "lonely", "angry", "anxious", "ashamed", "numb",
  "tired", "calm", "relieved", "hopeful", "grateful", "proud",
  NULL
};

/* Translators: feelings a person may tick in a mood check-in, as words on small toggle
 * buttons ("I feel ..."). None of them is wrong to feel. */
static const char * const feeling_labels[] = {
  N_("Sad"), N_("Lonely"), N_("Angry"), N_("Anxious"), N_("Ashamed"), N_("Numb"),
  N_("Tired"), N_("Calm"), N_("Relieved"), N_("Hopeful"), N_("Grateful"), N_("Proud"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (feeling_labels) == G_N_ELEMENTS (feeling_ids) - 1);
G_STATIC_ASSERT (G_N_ELEMENTS (score_labels) == BOUNCE_CHECKIN_SCORE_MAX);
G_STATIC_ASSERT (G_N_ELEMENTS (score_icons) == BOUNCE_CHECKIN_SCORE_MAX);

/* The ids a feelings text holds, trimmed, without empties or repeats, in the order kept. */
static GPtrArray *
split_feelings (const char *feelings)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit (feelings != NULL ? feelings : "", ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *id = g_strstrip (parts[i]);

      if (*id != '\0' && !g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
        g_ptr_array_add (ids, g_strdup (id));
    }

  return g_steal_pointer (&ids);
}

static int
feeling_index (const char *id)
{
  for (guint i = 0; feeling_ids[i] != NULL; i++)
    if (g_strcmp0 (feeling_ids[i], id) == 0)
      return i;

  return -1;
}

/* The note's first line, else the feelings, else the score: a check-in made in one
 * click still says something in its list row. */
static char *
bounce_checkin_dup_summary (BounceRecord *record)
{
  BounceCheckin *self = BOUNCE_CHECKIN (record);
  g_autofree char *note = NULL;
  g_autofree char *feelings = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GString) words = g_string_new (NULL);
  const char *score_label;

  g_object_get (self, "note", &note, "feelings", &feelings, NULL);

  lines = g_strsplit (note != NULL ? note : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      return g_strdup (lines[i]);

  ids = split_feelings (feelings);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *label = bounce_checkin_feeling_label (ids->pdata[i]);

      if (label == NULL)
        continue;
      if (words->len > 0)
        /* Translators: what goes between two feelings in a list row: "Sad · Tired". */
        g_string_append (words, C_("feelings", " · "));
      g_string_append (words, label);
    }
  if (words->len > 0)
    return g_string_free (g_steal_pointer (&words), FALSE);

  score_label = bounce_checkin_score_label (bounce_checkin_get_score (self));
  return g_strdup (score_label != NULL ? score_label : "");
}

static char *
bounce_checkin_dup_detail (BounceRecord *record)
{
  int score = bounce_checkin_get_score (BOUNCE_CHECKIN (record));

  if (bounce_checkin_score_label (score) == NULL)
    return NULL;

  /* Translators: a check-in's mood in its list row: "Good — 4 of 5". %s is the word for
   * the score, %d the score itself. */
  return g_strdup_printf (_("%s — %d of 5"), bounce_checkin_score_label (score), score);
}

static void
bounce_checkin_class_init (BounceCheckinClass *klass)
{
  BounceRecordClass *record_class = BOUNCE_RECORD_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamSpec *fields[] = {
    g_param_spec_int ("score", NULL, NULL, 0, BOUNCE_CHECKIN_SCORE_MAX, 0, flags),
    /* Comma-separated ids of bounce_checkin_list_feelings(); an id this version does
     * not know is kept as it is. */
    bounce_record_field_mark_catalogue_id (g_param_spec_string ("feelings", NULL, NULL, "",
                                                                flags)),
    g_param_spec_string ("note", NULL, NULL, "", flags),
  };

  record_class->dup_summary = bounce_checkin_dup_summary;
  record_class->dup_detail = bounce_checkin_dup_detail;
  bounce_record_class_install_fields (record_class, "checkins", "note",
                                      fields, G_N_ELEMENTS (fields));
}

static void
bounce_checkin_init (BounceCheckin *self)
{
}

/**
 * bounce_checkin_score_label:
 * @score: 1 (very low) to 5 (very good)
 *
 * Returns: (nullable): the translated word for @score ("Okay", "Good"), or %NULL
 *   for a score out of range (0: none chosen yet)
 */
const char *
bounce_checkin_score_label (int score)
{
  if (score < BOUNCE_CHECKIN_SCORE_MIN || score > BOUNCE_CHECKIN_SCORE_MAX)
    return NULL;

  return _(score_labels[score - 1]);
}

/**
 * bounce_checkin_score_icon_name:
 * @score: 1 (very low) to 5 (very good)
 *
 * Returns: (nullable): the name of the face icon for @score, or %NULL for a
 *   score out of range
 */
const char *
bounce_checkin_score_icon_name (int score)
{
  if (score < BOUNCE_CHECKIN_SCORE_MIN || score > BOUNCE_CHECKIN_SCORE_MAX)
    return NULL;

  return score_icons[score - 1];
}

/**
 * bounce_checkin_list_feelings:
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the feelings a
 *   check-in offers, in the order they are shown
 */
const char * const *
bounce_checkin_list_feelings (void)
{
  return feeling_ids;
}

/**
 * bounce_checkin_feeling_label:
 * @id: one of bounce_checkin_list_feelings()
 *
 * Returns: (nullable): the translated word for @id, or %NULL for an id this
 *   version does not know
 */
const char *
bounce_checkin_feeling_label (const char *id)
{
  int index = feeling_index (id);

  return index >= 0 ? _(feeling_labels[index]) : NULL;
}

/**
 * bounce_checkin_feelings_contain:
 * @feelings: (nullable): a check-in's feelings, comma-separated ids
 *
 * Returns: %TRUE when @feelings holds @id
 */
gboolean
bounce_checkin_feelings_contain (const char *feelings,
                                 const char *id)
{
  g_autoptr(GPtrArray) ids = split_feelings (feelings);

  g_return_val_if_fail (id != NULL, FALSE);

  return g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL);
}

/**
 * bounce_checkin_feelings_set:
 * @feelings: (nullable): a check-in's feelings, comma-separated ids
 * @id: the feeling to add or take away
 * @chosen: whether @id is to be in the result
 *
 * The known feelings come in the order bounce_checkin_list_feelings() shows them,
 * so that ticking and unticking gives back the same text; ids this version does
 * not know follow, as they were.
 *
 * Returns: (transfer full): @feelings with or without @id
 */
char *
bounce_checkin_feelings_set (const char *feelings,
                             const char *id,
                             gboolean    chosen)
{
  g_autoptr(GPtrArray) ids = split_feelings (feelings);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;
  guint position;

  g_return_val_if_fail (id != NULL && *id != '\0' && strchr (id, ',') == NULL, NULL);

  if (g_ptr_array_find_with_equal_func (ids, id, g_str_equal, &position))
    g_ptr_array_remove_index (ids, position);
  if (chosen)
    g_ptr_array_add (ids, g_strdup (id));

  for (guint i = 0; feeling_ids[i] != NULL; i++)
    if (g_ptr_array_find_with_equal_func (ids, feeling_ids[i], g_str_equal, NULL))
      g_strv_builder_add (builder, feeling_ids[i]);
  for (guint i = 0; i < ids->len; i++)
    if (feeling_index (ids->pdata[i]) < 0)
      g_strv_builder_add (builder, ids->pdata[i]);

  result = g_strv_builder_end (builder);
  return g_strjoinv (",", result);
}

/* 0 while no score was chosen. */
int
bounce_checkin_get_score (BounceCheckin *self)
{
  int score = 0;

  g_return_val_if_fail (BOUNCE_IS_CHECKIN (self), 0);

  g_object_get (self, "score", &score, NULL);
  return score;
}

void
bounce_checkin_set_score (BounceCheckin *self,
                          int            score)
{
  g_return_if_fail (BOUNCE_IS_CHECKIN (self));
  g_return_if_fail (score >= 0 && score <= BOUNCE_CHECKIN_SCORE_MAX);

  g_object_set (self, "score", score, NULL);
}

gboolean
bounce_checkin_has_feeling (BounceCheckin *self,
                            const char    *id)
{
  g_autofree char *feelings = NULL;

  g_return_val_if_fail (BOUNCE_IS_CHECKIN (self), FALSE);

  g_object_get (self, "feelings", &feelings, NULL);
  return bounce_checkin_feelings_contain (feelings, id);
}

void
bounce_checkin_set_feeling (BounceCheckin *self,
                            const char    *id,
                            gboolean       chosen)
{
  g_autofree char *feelings = NULL;
  g_autofree char *changed = NULL;

  g_return_if_fail (BOUNCE_IS_CHECKIN (self));

  g_object_get (self, "feelings", &feelings, NULL);
  changed = bounce_checkin_feelings_set (feelings, id, chosen);
  g_object_set (self, "feelings", changed, NULL);
}
