/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea-scores.c: every idea's score, kept up to date with ratings and aspects. */
#define G_LOG_DOMAIN "bounce-idea-scores"

#include "bounce-idea-scores.h"

/* The scores are read all at once (three queries) when first asked for after a change,
 * not at each change: a list sorted by them asks many times in a row, a rating changes
 * one at a time. */
struct _BounceIdeaScores
{
  GObject        parent_instance;

  BounceJournal *journal;
  GHashTable    *scores;   /* idea uuid -> BounceScore, or NULL until asked for */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceIdeaScores, bounce_idea_scores, G_TYPE_OBJECT)

/* A rating, an aspect (its weight, or itself gone) or the goal in focus changed: every
 * score may have. Ideas themselves are not watched: a new idea is simply not rated. */
static void
on_parts_changed_cb (BounceIdeaScores *self)
{
  g_clear_pointer (&self->scores, g_hash_table_unref);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
bounce_idea_scores_dispose (GObject *object)
{
  BounceIdeaScores *self = BOUNCE_IDEA_SCORES (object);

  g_clear_pointer (&self->scores, g_hash_table_unref);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (bounce_idea_scores_parent_class)->dispose (object);
}

static void
bounce_idea_scores_class_init (BounceIdeaScoresClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bounce_idea_scores_dispose;

  /**
   * BounceIdeaScores::changed:
   *
   * Any idea's score may have changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
bounce_idea_scores_init (BounceIdeaScores *self)
{
}

BounceIdeaScores *
bounce_idea_scores_new (BounceJournal *journal)
{
  BounceIdeaScores *self;
  const GType watched[] = { BOUNCE_TYPE_RATING, BOUNCE_TYPE_ASPECT, BOUNCE_TYPE_GOAL };

  g_return_val_if_fail (BOUNCE_IS_JOURNAL (journal), NULL);

  self = g_object_new (BOUNCE_TYPE_IDEA_SCORES, NULL);
  self->journal = g_object_ref (journal);
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_signal_connect_object (bounce_journal_get_records (journal, watched[i]), "items-changed",
                             G_CALLBACK (on_parts_changed_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * bounce_idea_scores_get:
 * @score: (out caller-allocates): how much of what mattered @idea offers
 */
void
bounce_idea_scores_get (BounceIdeaScores *self,
                        BounceRecord     *idea,
                        BounceScore      *score)
{
  BounceScore *known;

  g_return_if_fail (BOUNCE_IS_IDEA_SCORES (self));
  g_return_if_fail (BOUNCE_IS_IDEA (idea));
  g_return_if_fail (score != NULL);

  if (self->scores == NULL)
    self->scores = bounce_journal_dup_scores (self->journal);

  known = g_hash_table_lookup (self->scores, bounce_record_get_uuid (idea));
  if (known == NULL)
    {
      /* An idea added since: read on its own, and kept. */
      known = g_new0 (BounceScore, 1);
      bounce_journal_score_idea (self->journal, BOUNCE_IDEA (idea), known);
      g_hash_table_insert (self->scores, g_strdup (bounce_record_get_uuid (idea)), known);
    }

  *score = *known;
}

/**
 * bounce_idea_scores_compare:
 *
 * The order of ideas sorted by what mattered (bounce_score_compare()).
 */
int
bounce_idea_scores_compare (BounceIdeaScores *self,
                            BounceRecord     *a,
                            BounceRecord     *b)
{
  BounceScore score_a, score_b;

  g_return_val_if_fail (BOUNCE_IS_IDEA_SCORES (self), 0);

  bounce_idea_scores_get (self, a, &score_a);
  bounce_idea_scores_get (self, b, &score_b);
  return bounce_score_compare (&score_a, bounce_record_get_created (a),
                               &score_b, bounce_record_get_created (b));
}
