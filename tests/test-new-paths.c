/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-new-paths.c: what I really wanted, the ideas' scores, projects A and B, steps done. */

#include "bounce-core.h"
#include "test-records.h"
#include "test-util.h"

static BounceJournal *
new_journal (BounceStore *store)
{
  g_autoptr(GError) error = NULL;
  BounceJournal *journal = bounce_journal_new (store, &error);

  g_assert_no_error (error);
  return journal;
}

static BounceRecord *
add (BounceJournal *journal,
     GType          type)
{
  g_autoptr(GError) error = NULL;
  BounceRecord *record = bounce_journal_add (journal, type, &error);

  g_assert_no_error (error);
  return record;
}

static void
save (BounceJournal *journal,
      BounceRecord  *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bounce_journal_save (journal, record, &error));
  g_assert_no_error (error);
}

static BounceRecord *
add_aspect (BounceJournal      *journal,
            BounceRecord       *goal,
            const char         *name,
            BounceAspectWeight  weight)
{
  BounceRecord *aspect = add (journal, BOUNCE_TYPE_ASPECT);

  g_object_set (aspect, "goal", bounce_record_get_uuid (goal), "name", name,
                "weight", weight, NULL);
  save (journal, aspect);
  return aspect;
}

static BounceRecord *
add_idea (BounceJournal *journal,
          const char    *title,
          gint64         created)
{
  g_autoptr(GError) error = NULL;
  BounceRecord *idea = g_object_new (BOUNCE_TYPE_IDEA, "title", title, "created", created, NULL);

  g_assert_true (bounce_journal_restore (journal, idea, &error));
  g_assert_no_error (error);
  return idea;
}

/* Takes @record. */
static void
assert_title (gpointer    record,
              const char *title)
{
  g_autoptr(BounceRecord) owned = record;
  g_autofree char *text = NULL;

  g_assert_nonnull (owned);
  g_object_get (owned, "title", &text, NULL);
  g_assert_cmpstr (text, ==, title);
}

static void
rate (BounceJournal *journal,
      BounceRecord  *idea,
      BounceRecord  *aspect,
      int            offers)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bounce_journal_rate (journal, BOUNCE_IDEA (idea), BOUNCE_ASPECT (aspect), offers,
                                      &error));
  g_assert_no_error (error);
}

/* The score itself: weights, unrated aspects, ratings of no aspect, and no aspect at all. */
static void
test_score_compute (void)
{
  BounceScoreAspect aspects[] = {
    { "home", BOUNCE_ASPECT_MATTERS_MOST },   /* counts 3 */
    { "pay", BOUNCE_ASPECT_NICE_TO_HAVE },    /* counts 1 */
    { "craft", BOUNCE_ASPECT_MATTERS },       /* counts 2 */
  };
  BounceScoreRating ratings[] = {
    { "home", BOUNCE_OFFERS_FULLY },
    { "pay", BOUNCE_OFFERS_A_LITTLE },
    { "gone", BOUNCE_OFFERS_FULLY },          /* an aspect deleted: does not count */
  };
  BounceScore score;
  g_autofree char *rated = NULL;
  g_autofree char *label = NULL;

  bounce_score_compute (aspects, 3, ratings, 3, &score);
  /* (3×3 + 1×1 + 2×0) / ((3 + 1 + 2) × 3) */
  g_assert_cmpfloat_with_epsilon (score.value, 10.0 / 18, 1e-9);
  g_assert_cmpuint (score.n_rated, ==, 2);
  g_assert_cmpuint (score.n_aspects, ==, 3);
  rated = bounce_score_dup_rated (&score);
  g_assert_cmpstr (rated, ==, "2 of 3 rated");
  label = bounce_score_dup_label (&score);
  g_assert_cmpstr (label, ==, "Offers some of what mattered");
  g_clear_pointer (&label, g_free);

  /* With every aspect fully offered, all of it. */
  {
    BounceScoreRating full[] = {
      { "home", BOUNCE_OFFERS_FULLY }, { "pay", BOUNCE_OFFERS_FULLY },
      { "craft", BOUNCE_OFFERS_FULLY },
    };

    bounce_score_compute (aspects, 3, full, 3, &score);
    g_assert_cmpfloat (score.value, ==, 1.0);
    label = bounce_score_dup_label (&score);
    g_assert_cmpstr (label, ==, "Offers all of what mattered");
    g_clear_pointer (&label, g_free);
  }

  /* No aspect: no score, said as such, which is not 0 %. */
  bounce_score_compute (NULL, 0, ratings, 3, &score);
  g_assert_false (bounce_score_has_value (&score));
  g_assert_null (bounce_score_dup_rated (&score));
  label = bounce_score_dup_label (&score);
  g_assert_cmpstr (label, ==, "Name what you hoped for to see what an idea offers");
  g_clear_pointer (&label, g_free);

  /* Aspects, none rated: "not rated yet", not "offers nothing". */
  bounce_score_compute (aspects, 3, NULL, 0, &score);
  g_assert_true (bounce_score_has_value (&score));
  label = bounce_score_dup_label (&score);
  g_assert_cmpstr (label, ==, "Not rated yet");
}

/* Sorting by what mattered: higher first, unrated last, equals newest first. */
static void
test_score_compare (void)
{
  BounceScore high = { 2, 2, 0.8 }, tie = { 2, 2, 0.8 }, low = { 2, 1, 0.2 };
  BounceScore unrated = { 2, 0, 0 }, none = { 0, 0, 0 };

  g_assert_cmpint (bounce_score_compare (&high, 10, &low, 20), <, 0);
  g_assert_cmpint (bounce_score_compare (&low, 20, &high, 10), >, 0);
  /* A tie: the newer first, either way round. */
  g_assert_cmpint (bounce_score_compare (&high, 10, &tie, 20), >, 0);
  g_assert_cmpint (bounce_score_compare (&tie, 20, &high, 10), <, 0);
  g_assert_cmpint (bounce_score_compare (&low, 10, &unrated, 20), <, 0);
  g_assert_cmpint (bounce_score_compare (&unrated, 10, &none, 20), >, 0);
  g_assert_cmpint (bounce_score_compare (&high, 10, &high, 10), ==, 0);
}

/* The journal's scores follow the aspects of the goal in focus: aspects added later count
 * as offered not at all until rated; an aspect deleted takes its ratings with it, in the
 * same transaction, and Undo brings them back. */
static void
test_scores_in_journal (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = new_journal (store);
  g_autoptr(BounceRecord) goal = add (journal, BOUNCE_TYPE_GOAL);
  g_autoptr(BounceRecord) other_goal = NULL;
  g_autoptr(BounceRecord) home = NULL;
  g_autoptr(BounceRecord) pay = NULL;
  g_autoptr(BounceRecord) craft = NULL;
  g_autoptr(BounceRecord) elsewhere = NULL;
  g_autoptr(BounceRecord) bakery = add_idea (journal, "A bakery", 1000);
  g_autoptr(BounceRecord) teach = add_idea (journal, "Teach pottery", 2000);
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GHashTable) scores = NULL;
  g_autoptr(GListModel) aspects = NULL;
  g_autoptr(GError) error = NULL;
  BounceScore score;

  g_object_set (goal, "title", "Become a lawyer", NULL);
  save (journal, goal);
  g_assert_true (bounce_journal_focus_goal (journal, BOUNCE_GOAL (goal), &error));

  /* No aspect yet: no score. */
  bounce_journal_score_idea (journal, BOUNCE_IDEA (bakery), &score);
  g_assert_false (bounce_score_has_value (&score));

  aspects = bounce_journal_get_parts (journal, BOUNCE_TYPE_ASPECT, "goal",
                                      bounce_record_get_uuid (goal));
  home = add_aspect (journal, goal, "Working from home", BOUNCE_ASPECT_MATTERS_MOST);
  pay = add_aspect (journal, goal, "Better pay", BOUNCE_ASPECT_NICE_TO_HAVE);
  g_assert_cmpuint (g_list_model_get_n_items (aspects), ==, 2);

  /* Another goal keeps its own aspects, which do not count for this one. */
  other_goal = add (journal, BOUNCE_TYPE_GOAL);
  elsewhere = add_aspect (journal, other_goal, "Respect", BOUNCE_ASPECT_MATTERS_MOST);
  g_assert_cmpuint (g_list_model_get_n_items (aspects), ==, 2);

  rate (journal, bakery, home, BOUNCE_OFFERS_FULLY);
  rate (journal, bakery, pay, BOUNCE_OFFERS_NONE);
  rate (journal, bakery, elsewhere, BOUNCE_OFFERS_FULLY);
  rate (journal, teach, home, BOUNCE_OFFERS_MUCH);
  rate (journal, teach, pay, BOUNCE_OFFERS_FULLY);
  /* Rated twice: one rating, the last. */
  rate (journal, teach, pay, BOUNCE_OFFERS_A_LITTLE);

  bounce_journal_score_idea (journal, BOUNCE_IDEA (bakery), &score);
  g_assert_cmpfloat_with_epsilon (score.value, 9.0 / 12, 1e-9);
  g_assert_cmpuint (score.n_rated, ==, 2);
  bounce_journal_score_idea (journal, BOUNCE_IDEA (teach), &score);
  g_assert_cmpfloat_with_epsilon (score.value, 7.0 / 12, 1e-9);

  /* An aspect added later: unrated, it offers nothing, and "2 of 3 rated". */
  craft = add_aspect (journal, goal, "A craft", BOUNCE_ASPECT_MATTERS);
  g_assert_cmpuint (g_list_model_get_n_items (aspects), ==, 3);
  scores = bounce_journal_dup_scores (journal);
  {
    BounceScore *bakery_score = g_hash_table_lookup (scores, bounce_record_get_uuid (bakery));
    g_autofree char *rated = bounce_score_dup_rated (bakery_score);

    g_assert_cmpfloat_with_epsilon (bakery_score->value, 9.0 / 18, 1e-9);
    g_assert_cmpstr (rated, ==, "2 of 3 rated");
  }
  g_clear_pointer (&scores, g_hash_table_unref);

  /* Deleted, "working from home" takes its two ratings with it, in one go. */
  removed = bounce_journal_remove_aspect (journal, BOUNCE_ASPECT (home), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (removed->len, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (aspects), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (bounce_journal_get_records (journal,
                                                                          BOUNCE_TYPE_RATING)),
                    ==, 3);
  bounce_journal_score_idea (journal, BOUNCE_IDEA (bakery), &score);
  g_assert_cmpuint (score.n_rated, ==, 1);
  g_assert_cmpfloat (score.value, ==, 0);
  {
    g_autoptr(GPtrArray) on_disk = bounce_store_load_by_reference (store, BOUNCE_TYPE_RATING,
                                                                   "aspect",
                                                                   bounce_record_get_uuid (home),
                                                                   &error);

    g_assert_cmpuint (on_disk->len, ==, 0);
  }

  /* Undo: the aspect and its ratings are back, and so is the score. */
  g_assert_true (bounce_journal_restore_all (journal, removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (aspects), ==, 3);
  bounce_journal_score_idea (journal, BOUNCE_IDEA (bakery), &score);
  g_assert_cmpfloat_with_epsilon (score.value, 9.0 / 18, 1e-9);
  g_assert_cmpuint (score.n_rated, ==, 2);

  /* "Not rated" is no rating. */
  rate (journal, bakery, pay, -1);
  bounce_journal_score_idea (journal, BOUNCE_IDEA (bakery), &score);
  g_assert_cmpuint (score.n_rated, ==, 1);
}

/* Equal scores sort newest first, as the list does by default. */
static void
test_scores_tie (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = new_journal (store);
  g_autoptr(BounceRecord) goal = add (journal, BOUNCE_TYPE_GOAL);
  g_autoptr(BounceRecord) home = add_aspect (journal, goal, "Home", BOUNCE_ASPECT_MATTERS);
  g_autoptr(BounceRecord) older = add_idea (journal, "Older", 1000);
  g_autoptr(BounceRecord) newer = add_idea (journal, "Newer", 2000);
  g_autoptr(GHashTable) scores = NULL;
  BounceScore *a, *b;

  rate (journal, older, home, BOUNCE_OFFERS_MUCH);
  rate (journal, newer, home, BOUNCE_OFFERS_MUCH);
  scores = bounce_journal_dup_scores (journal);
  a = g_hash_table_lookup (scores, bounce_record_get_uuid (older));
  b = g_hash_table_lookup (scores, bounce_record_get_uuid (newer));
  g_assert_cmpfloat (a->value, ==, b->value);
  g_assert_cmpint (bounce_score_compare (a, bounce_record_get_created (older),
                                         b, bounce_record_get_created (newer)), >, 0);
}

/* A and B, and the back-pocket project: one idea each at most, moved in one transaction,
 * and what the file says after a restart. */
static void
test_projects (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = new_journal (store);
  g_autoptr(BounceRecord) bakery = add_idea (journal, "A bakery", 1000);
  g_autoptr(BounceRecord) teach = add_idea (journal, "Teach pottery", 2000);
  g_autoptr(BounceRecord) garden = add_idea (journal, "A garden", 3000);
  g_autoptr(BounceIdea) found = NULL;
  g_autoptr(GError) error = NULL;
  BounceIdeaProject project;
  gboolean back_pocket;

  g_assert_null (bounce_journal_dup_current_project (journal));
  g_assert_true (bounce_journal_set_project (journal, BOUNCE_IDEA (bakery), BOUNCE_IDEA_PROJECT_A,
                                             &error));
  g_assert_true (bounce_journal_set_project (journal, BOUNCE_IDEA (teach), BOUNCE_IDEA_PROJECT_A,
                                             &error));
  g_assert_no_error (error);
  g_object_get (bakery, "project", &project, NULL);
  g_assert_cmpint (project, ==, BOUNCE_IDEA_PROJECT_NONE);
  found = bounce_journal_dup_project (journal, BOUNCE_IDEA_PROJECT_A);
  g_assert_true (found == BOUNCE_IDEA (teach));
  g_clear_object (&found);

  g_assert_true (bounce_journal_set_project (journal, BOUNCE_IDEA (bakery), BOUNCE_IDEA_PROJECT_B,
                                             &error));
  g_assert_true (bounce_journal_set_back_pocket (journal, BOUNCE_IDEA (garden), TRUE, &error));
  g_assert_true (bounce_journal_set_back_pocket (journal, BOUNCE_IDEA (bakery), TRUE, &error));
  g_assert_no_error (error);
  g_object_get (garden, "back-pocket", &back_pocket, NULL);
  g_assert_false (back_pocket);

  /* With no switch yet, A is in play. */
  found = bounce_journal_dup_current_project (journal);
  g_assert_true (found == BOUNCE_IDEA (teach));
  g_clear_object (&found);

  /* Marks are settings: an idea with nothing but a mark is still blank, while a status or a
   * score is a choice, and keeps it. */
  {
    g_autoptr(BounceRecord) marked = g_object_new (BOUNCE_TYPE_IDEA, "project",
                                                   BOUNCE_IDEA_PROJECT_A, "back-pocket", TRUE,
                                                   NULL);
    g_autoptr(BounceRecord) status = g_object_new (BOUNCE_TYPE_IDEA, "status",
                                                   BOUNCE_IDEA_STATUS_DONE, NULL);
    g_autoptr(BounceRecord) rating = g_object_new (BOUNCE_TYPE_RATING, "idea",
                                                   bounce_record_get_uuid (bakery), NULL);

    g_assert_true (bounce_record_is_blank (marked));
    g_assert_false (bounce_record_is_blank (status));
    g_assert_false (bounce_record_is_blank (rating));
  }

  /* After a restart, as left. */
  g_clear_object (&journal);
  g_clear_object (&bakery);
  g_clear_object (&teach);
  g_clear_object (&garden);
  g_clear_object (&store);
  store = test_open_store (tmp->path);
  journal = new_journal (store);
  assert_title (bounce_journal_dup_project (journal, BOUNCE_IDEA_PROJECT_A), "Teach pottery");
  assert_title (bounce_journal_dup_project (journal, BOUNCE_IDEA_PROJECT_B), "A bakery");
  assert_title (bounce_journal_dup_back_pocket (journal), "A bakery");
}

/* An idea deleted while project A comes back without the mark when another took it. */
static void
test_projects_undo (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = new_journal (store);
  g_autoptr(BounceRecord) bakery = add_idea (journal, "A bakery", 1000);
  g_autoptr(BounceRecord) teach = add_idea (journal, "Teach pottery", 2000);
  g_autoptr(GError) error = NULL;
  BounceIdeaProject project;

  g_assert_true (bounce_journal_set_project (journal, BOUNCE_IDEA (bakery), BOUNCE_IDEA_PROJECT_A,
                                             &error));
  g_assert_true (bounce_journal_remove (journal, bakery, &error));
  g_assert_true (bounce_journal_set_project (journal, BOUNCE_IDEA (teach), BOUNCE_IDEA_PROJECT_A,
                                             &error));
  g_assert_true (bounce_journal_restore (journal, bakery, &error));
  g_assert_no_error (error);
  g_object_get (bakery, "project", &project, NULL);
  g_assert_cmpint (project, ==, BOUNCE_IDEA_PROJECT_NONE);
  assert_title (bounce_journal_dup_project (journal, BOUNCE_IDEA_PROJECT_A), "Teach pottery");
}

/* Switching keeps the note on the project left, records the switch, and brings up the
 * other, with its own note; twice, and after a restart. */
static void
test_switch (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = new_journal (store);
  g_autoptr(BounceRecord) bakery = add_idea (journal, "A bakery", 1000);
  g_autoptr(BounceRecord) teach = add_idea (journal, "Teach pottery", 2000);
  g_autoptr(BounceIdea) to = NULL;
  g_autoptr(BounceRecord) last = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  GListModel *switches;

  /* One project is not enough to switch. */
  g_assert_true (bounce_journal_set_project (journal, BOUNCE_IDEA (bakery), BOUNCE_IDEA_PROJECT_A,
                                             &error));
  g_assert_null (bounce_journal_switch_project (journal, "stuck", &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (bounce_journal_set_project (journal, BOUNCE_IDEA (teach), BOUNCE_IDEA_PROJECT_B,
                                             &error));

  to = bounce_journal_switch_project (journal, "Stopped at the oven quotes; next: call Ana",
                                      &error);
  g_assert_no_error (error);
  g_assert_true (to == BOUNCE_IDEA (teach));
  g_clear_object (&to);
  g_object_get (bakery, "resume-note", &note, NULL);
  g_assert_cmpstr (note, ==, "Stopped at the oven quotes; next: call Ana");
  g_clear_pointer (&note, g_free);
  assert_title (bounce_journal_dup_current_project (journal), "Teach pottery");

  to = bounce_journal_switch_project (journal, "Lesson plan half done", &error);
  g_assert_true (to == BOUNCE_IDEA (bakery));
  g_clear_object (&to);
  assert_title (bounce_journal_dup_current_project (journal), "A bakery");

  switches = bounce_journal_get_records (journal, BOUNCE_TYPE_SWITCH);
  g_assert_cmpuint (g_list_model_get_n_items (switches), ==, 2);
  last = g_list_model_get_item (switches, 0);
  g_object_get (last, "note", &note, NULL);
  g_assert_cmpstr (note, ==, "Lesson plan half done");
  g_clear_pointer (&note, g_free);
  g_clear_object (&last);

  /* After a restart, as left. */
  g_clear_object (&journal);
  g_clear_object (&bakery);
  g_clear_object (&teach);
  g_clear_object (&store);
  store = test_open_store (tmp->path);
  journal = new_journal (store);
  assert_title (bounce_journal_dup_current_project (journal), "A bakery");
  to = bounce_journal_dup_project (journal, BOUNCE_IDEA_PROJECT_B);
  g_object_get (to, "resume-note", &note, NULL);
  g_assert_cmpstr (note, ==, "Lesson plan half done");
  g_clear_pointer (&note, g_free);
  g_clear_object (&to);
  to = bounce_journal_dup_project (journal, BOUNCE_IDEA_PROJECT_A);
  g_object_get (to, "resume-note", &note, NULL);
  g_assert_cmpstr (note, ==, "Stopped at the oven quotes; next: call Ana");
  g_assert_cmpuint (g_list_model_get_n_items (bounce_journal_get_records (journal,
                                                                          BOUNCE_TYPE_SWITCH)),
                    ==, 2);
}

/* "Done" keeps the next step as a step done and clears it; the idea lists its steps. */
static void
test_steps (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = new_journal (store);
  g_autoptr(BounceRecord) bakery = add_idea (journal, "A bakery", 1000);
  g_autoptr(BounceRecord) teach = add_idea (journal, "Teach pottery", 2000);
  g_autoptr(GListModel) steps = NULL;
  g_autoptr(BounceStep) step = NULL;
  g_autoptr(BounceRecord) first = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *next = NULL;

  steps = bounce_journal_get_parts (journal, BOUNCE_TYPE_STEP, "idea",
                                    bounce_record_get_uuid (bakery));
  g_assert_null (bounce_journal_step_done (journal, BOUNCE_IDEA (bakery), &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (bakery, "next-step", "  Ask the baker on Elm Street  ", NULL);
  step = bounce_journal_step_done (journal, BOUNCE_IDEA (bakery), &error);
  g_assert_no_error (error);
  g_object_set (bakery, "next-step", "Bake for the neighbours", NULL);
  g_clear_object (&step);
  step = bounce_journal_step_done (journal, BOUNCE_IDEA (bakery), &error);
  g_object_set (teach, "next-step", "Call the school", NULL);
  g_clear_object (&step);
  step = bounce_journal_step_done (journal, BOUNCE_IDEA (teach), &error);

  g_assert_cmpuint (g_list_model_get_n_items (steps), ==, 2);
  first = g_list_model_get_item (steps, 0);
  g_object_get (first, "text", &text, NULL);
  g_assert_cmpstr (text, ==, "Ask the baker on Elm Street");

  /* On disk, the next step is cleared for the next one. */
  ideas = bounce_store_load (store, BOUNCE_TYPE_IDEA, &error);
  g_object_get (test_find_by_uuid (ideas, bounce_record_get_uuid (bakery)), "next-step", &next,
                NULL);
  g_assert_cmpstr (next, ==, "");
}

/* An idea is tried when it first leaves dreaming, and stays tried; reading it back
 * stamps nothing new. */
static void
test_tried (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceRecord) idea = g_object_new (BOUNCE_TYPE_IDEA, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  gint64 before = g_get_real_time (), tried = 0, again = 0;

  g_assert_false (bounce_record_get_optional_int64 (idea, "tried", NULL));
  g_object_set (idea, "status", BOUNCE_IDEA_STATUS_DREAMING, NULL);
  g_assert_false (bounce_record_get_optional_int64 (idea, "tried", NULL));
  g_object_set (idea, "status", BOUNCE_IDEA_STATUS_TRYING, NULL);
  g_assert_true (bounce_record_get_optional_int64 (idea, "tried", &tried));
  g_assert_cmpint (tried, >=, before);
  g_object_set (idea, "status", BOUNCE_IDEA_STATUS_DONE, NULL);
  g_assert_true (bounce_record_get_optional_int64 (idea, "tried", &again));
  g_assert_cmpint (again, ==, tried);

  /* Read back, it keeps its own time: reading a status is no change of it. */
  g_usleep (2000);
  g_assert_true (bounce_store_insert (store, idea, &error));
  ideas = bounce_store_load (store, BOUNCE_TYPE_IDEA, &error);
  g_assert_true (bounce_record_get_optional_int64 (ideas->pdata[0], "tried", &again));
  g_assert_cmpint (again, ==, tried);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* The scores the list reads and sorts by follow ratings, weights, aspects removed and the
 * goal in focus, and tell each change. */
static void
test_idea_scores (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = new_journal (store);
  g_autoptr(BounceRecord) goal = add (journal, BOUNCE_TYPE_GOAL);
  g_autoptr(BounceRecord) other_goal = add (journal, BOUNCE_TYPE_GOAL);
  g_autoptr(BounceRecord) home = NULL;
  g_autoptr(BounceRecord) pay = NULL;
  g_autoptr(BounceRecord) bakery = add_idea (journal, "A bakery", 1000);
  g_autoptr(BounceRecord) teach = add_idea (journal, "Teach pottery", 2000);
  g_autoptr(BounceIdeaScores) scores = bounce_idea_scores_new (journal);
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GError) error = NULL;
  BounceScore score;
  guint changes = 0;

  g_assert_true (bounce_journal_focus_goal (journal, BOUNCE_GOAL (goal), &error));
  g_signal_connect_swapped (scores, "changed", G_CALLBACK (count_cb), &changes);

  bounce_idea_scores_get (scores, bakery, &score);
  g_assert_false (bounce_score_has_value (&score));

  home = add_aspect (journal, goal, "Working from home", BOUNCE_ASPECT_MATTERS_MOST);
  pay = add_aspect (journal, goal, "Better pay", BOUNCE_ASPECT_NICE_TO_HAVE);
  g_assert_cmpuint (changes, >, 0);
  bounce_idea_scores_get (scores, bakery, &score);
  g_assert_cmpuint (score.n_aspects, ==, 2);
  g_assert_cmpuint (score.n_rated, ==, 0);
  /* Neither rated: newest first. */
  g_assert_cmpint (bounce_idea_scores_compare (scores, bakery, teach), >, 0);

  changes = 0;
  rate (journal, bakery, home, BOUNCE_OFFERS_FULLY);
  g_assert_cmpuint (changes, >, 0);
  bounce_idea_scores_get (scores, bakery, &score);
  g_assert_cmpfloat_with_epsilon (score.value, 9.0 / 12, 1e-9);
  g_assert_cmpint (bounce_idea_scores_compare (scores, bakery, teach), <, 0);

  rate (journal, teach, pay, BOUNCE_OFFERS_FULLY);
  rate (journal, teach, home, BOUNCE_OFFERS_FULLY);
  g_assert_cmpint (bounce_idea_scores_compare (scores, bakery, teach), >, 0);

  /* A weight changed. */
  changes = 0;
  g_object_set (pay, "weight", BOUNCE_ASPECT_MATTERS_MOST, NULL);
  save (journal, pay);
  g_assert_cmpuint (changes, >, 0);
  bounce_idea_scores_get (scores, bakery, &score);
  g_assert_cmpfloat_with_epsilon (score.value, 9.0 / 18, 1e-9);

  /* An aspect removed, and brought back. */
  removed = bounce_journal_remove_aspect (journal, BOUNCE_ASPECT (home), &error);
  g_assert_no_error (error);
  bounce_idea_scores_get (scores, bakery, &score);
  g_assert_cmpuint (score.n_rated, ==, 0);
  g_assert_true (bounce_journal_restore_all (journal, removed, &error));
  bounce_idea_scores_get (scores, bakery, &score);
  g_assert_cmpuint (score.n_rated, ==, 1);

  /* Another goal in focus, with no aspect: no score. */
  g_assert_true (bounce_journal_focus_goal (journal, BOUNCE_GOAL (other_goal), &error));
  bounce_idea_scores_get (scores, teach, &score);
  g_assert_false (bounce_score_has_value (&score));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/new-paths/score/compute", test_score_compute);
  g_test_add_func ("/new-paths/score/compare", test_score_compare);
  g_test_add_func ("/new-paths/score/journal", test_scores_in_journal);
  g_test_add_func ("/new-paths/score/tie", test_scores_tie);
  g_test_add_func ("/new-paths/score/follows", test_idea_scores);
  g_test_add_func ("/new-paths/projects", test_projects);
  g_test_add_func ("/new-paths/projects/undo", test_projects_undo);
  g_test_add_func ("/new-paths/switch", test_switch);
  g_test_add_func ("/new-paths/steps", test_steps);
  g_test_add_func ("/new-paths/tried", test_tried);

  return g_test_run ();
}
