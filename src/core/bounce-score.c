/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-score.c: how much of what the lost goal was hoped to give an idea offers. */
#define G_LOG_DOMAIN "bounce-score"

#include <glib/gi18n.h>

#include "bounce-score.h"

/* A weight counts its step + 1: "nice to have" once, "matters most" three times. */
static guint
weight_factor (BounceAspectWeight weight)
{
  return (guint) CLAMP ((int) weight, BOUNCE_ASPECT_NICE_TO_HAVE, BOUNCE_ASPECT_MATTERS_MOST) + 1;
}

/**
 * bounce_score_compute:
 * @aspects: (array length=n_aspects): the aspects of the goal in focus
 * @ratings: (array length=n_ratings): the idea's ratings; those of an aspect not in
 *   @aspects (deleted, or another goal's) do not count, nor a second rating of one
 * @score: (out caller-allocates): the score
 *
 * A pure function: the list, its sort and the tests all read scores from it.
 */
void
bounce_score_compute (const BounceScoreAspect *aspects,
                      guint                    n_aspects,
                      const BounceScoreRating *ratings,
                      guint                    n_ratings,
                      BounceScore             *score)
{
  guint offered = 0, possible = 0;

  g_return_if_fail (score != NULL);

  score->n_aspects = n_aspects;
  score->n_rated = 0;
  score->value = 0;

  for (guint i = 0; i < n_aspects; i++)
    {
      guint factor = weight_factor (aspects[i].weight);

      possible += factor * BOUNCE_OFFERS_FULLY;
      for (guint j = 0; j < n_ratings; j++)
        if (g_strcmp0 (ratings[j].aspect, aspects[i].aspect) == 0)
          {
            offered += factor * (guint) CLAMP ((int) ratings[j].offers, BOUNCE_OFFERS_NONE,
                                               BOUNCE_OFFERS_FULLY);
            score->n_rated++;
            break;
          }
    }

  if (possible > 0)
    score->value = (double) offered / possible;
}

/**
 * bounce_score_has_value:
 *
 * Returns: whether there is a score at all: with no aspect named there is none,
 *   which is not the same as offering nothing
 */
gboolean
bounce_score_has_value (const BounceScore *score)
{
  g_return_val_if_fail (score != NULL, FALSE);

  return score->n_aspects > 0;
}

/**
 * bounce_score_dup_label:
 *
 * Returns: (transfer full): the score in plain words, never a bare number
 */
char *
bounce_score_dup_label (const BounceScore *score)
{
  g_return_val_if_fail (score != NULL, NULL);

  if (!bounce_score_has_value (score))
    /* Translators: in the list of ideas, when no aspect of the lost goal is named, so
     * ideas cannot be measured against them. */
    return g_strdup (_("Name what you hoped for to see what an idea offers"));
  if (score->n_rated == 0)
    /* Translators: an idea not yet rated against what the lost goal was hoped to give. */
    return g_strdup (_("Not rated yet"));
  if (score->value >= 1)
    /* Translators: a measure of an idea against what the lost goal was hoped to give. */
    return g_strdup (_("Offers all of what mattered"));
  if (score->value >= 2.0 / 3)
    /* Translators: a measure of an idea against what the lost goal was hoped to give. */
    return g_strdup (_("Offers most of what mattered"));
  if (score->value >= 1.0 / 3)
    /* Translators: a measure of an idea against what the lost goal was hoped to give. */
    return g_strdup (_("Offers some of what mattered"));
  if (score->value > 0)
    /* Translators: a measure of an idea against what the lost goal was hoped to give. */
    return g_strdup (_("Offers a little of what mattered"));
  /* Translators: a measure of an idea against what the lost goal was hoped to give;
   * said gently, it is no judgement of the idea. */
  return g_strdup (_("Offers other things than what mattered"));
}

/**
 * bounce_score_dup_rated:
 *
 * Returns: (transfer full) (nullable): how many aspects are rated ("2 of 3 rated"),
 *   or %NULL when there is no aspect
 */
char *
bounce_score_dup_rated (const BounceScore *score)
{
  g_return_val_if_fail (score != NULL, NULL);

  if (!bounce_score_has_value (score))
    return NULL;

  /* Translators: how many of the aspects of the lost goal an idea was rated for. */
  return g_strdup_printf (ngettext ("%u of %u rated", "%u of %u rated", score->n_aspects),
                          score->n_rated, score->n_aspects);
}

/**
 * bounce_score_compare:
 * @created_a: when the idea of @a was made
 * @created_b: when the idea of @b was made
 *
 * The order of ideas sorted by what mattered: the higher score first; ideas not rated at
 * all after those rated; between equals, the newest first, as the list is by default.
 *
 * Returns: < 0 when @a comes first, > 0 when @b does, 0 for the same place
 */
int
bounce_score_compare (const BounceScore *a,
                      gint64             created_a,
                      const BounceScore *b,
                      gint64             created_b)
{
  gboolean rated_a = bounce_score_has_value (a) && a->n_rated > 0;
  gboolean rated_b = bounce_score_has_value (b) && b->n_rated > 0;

  if (rated_a != rated_b)
    return rated_a ? -1 : 1;
  if (rated_a && a->value != b->value)
    return a->value > b->value ? -1 : 1;
  return (created_a < created_b) - (created_a > created_b);
}
