/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-prompts.c: the catalogue of writing prompts, and which one a page is offered. */
#include <string.h>

#include "bounce-core.h"

/* The prompts that pages of schema version 3 were given, and their words today. */
static const struct
{
  const char *id;
  const char *text;
} older_pages[] = {
  { "meaning", "What did this goal mean to you?" },
  { "planned-future", "What do you miss most about the future you had planned?" },
  /* Once "…, in time, money and hope?": what it cost is each person's to say. */
  { "what-it-cost", "What did it cost you?" },
  { "friend", "What would you say to a friend who lost this goal?" },
  { "weighs-most", "Which part of the loss weighs most today?" },
  { "helped-today", "What helped you a little today?" },
  { "proud", "What are you proud of, even though it did not work out?" },
};

static void
test_catalogue (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  guint per_idea[8] = { 0 };
  const BouncePrompt *prompts;
  guint n;

  prompts = bounce_prompts_get (&n);
  g_assert_cmpuint (n, >=, 14);

  for (guint i = 0; i < n; i++)
    {
      g_assert_true (g_hash_table_add (ids, (gpointer) prompts[i].id));
      g_assert_true (g_hash_table_add (texts, (gpointer) prompts[i].text));
      g_assert_cmpuint (strlen (prompts[i].id), >, 0);
      g_assert_cmpint (prompts[i].idea, >=, 1);
      g_assert_cmpint (prompts[i].idea, <=, 7);
      per_idea[prompts[i].idea]++;
      /* A question to read at a glance above an empty page. */
      g_assert_cmpuint (g_utf8_strlen (prompts[i].text, -1), >, 0);
      g_assert_cmpuint (g_utf8_strlen (prompts[i].text, -1), <=, 80);
      g_assert_true (bounce_prompts_lookup (prompts[i].id) == &prompts[i]);
    }

  for (int idea = 1; idea <= 7; idea++)
    {
      g_assert_cmpuint (per_idea[idea], >=, 2);
      g_assert_nonnull (bounce_prompts_idea_title (idea));
    }
  g_assert_null (bounce_prompts_idea_title (0));

  for (guint i = 0; i < G_N_ELEMENTS (older_pages); i++)
    {
      const BouncePrompt *prompt = bounce_prompts_lookup (older_pages[i].id);

      g_assert_nonnull (prompt);
      g_assert_cmpstr (prompt->text, ==, older_pages[i].text);
    }

  /* A page written without a prompt, and a newer version's id, have none. */
  g_assert_null (bounce_prompts_lookup (""));
  g_assert_null (bounce_prompts_lookup (NULL));
  g_assert_null (bounce_prompts_lookup ("from-a-newer-version"));
}

/* Whatever the draw, a new page gets none of the newest pages' prompts; every other
 * prompt comes up; the same draw gives the same prompt. */
static void
test_pick_avoids_recent (void)
{
  const char *recent[] = { "meaning", "proud", "friend", "not-yet", "from-a-newer-version",
                           NULL };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  bounce_prompts_get (&n);
  for (guint32 draw = 0; draw < 1000; draw++)
    {
      const BouncePrompt *prompt = bounce_prompts_pick (recent, draw * 7919u);

      g_assert_nonnull (prompt);
      g_assert_false (g_strv_contains (recent, prompt->id));
      g_assert_true (bounce_prompts_pick (recent, draw * 7919u) == prompt);
      g_hash_table_add (seen, (gpointer) prompt->id);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, n - 4);

  /* With no pages yet, any. */
  g_hash_table_remove_all (seen);
  for (guint32 draw = 0; draw < 1000; draw++)
    g_hash_table_add (seen, (gpointer) bounce_prompts_pick (NULL, draw)->id);
  g_assert_cmpuint (g_hash_table_size (seen), ==, n);
}

/* "Another Prompt" never gives the same one, nor one about the same idea, and asked again
 * and again it offers every prompt before the first comes back. */
static void
test_another (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const BouncePrompt *prompt = bounce_prompts_lookup ("what-it-cost");
  guint n;

  bounce_prompts_get (&n);
  for (guint i = 0; i < n; i++)
    {
      const BouncePrompt *next = bounce_prompts_another (prompt->id);

      g_assert_nonnull (next);
      g_assert_true (next != prompt);
      g_assert_cmpint (next->idea, !=, prompt->idea);
      g_assert_true (g_hash_table_add (seen, (gpointer) next->id));
      prompt = next;
    }
  g_assert_cmpstr (prompt->id, ==, "what-it-cost");

  /* From no prompt, or one this version does not know: a prompt all the same. */
  g_assert_nonnull (bounce_prompts_another (""));
  g_assert_nonnull (bounce_prompts_another (NULL));
  g_assert_nonnull (bounce_prompts_another ("from-a-newer-version"));
}

static BounceRecord *
new_page (const char *prompt)
{
  return g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "prompt", prompt, NULL);
}

/* The newest pages' prompts, read from the pages themselves: a page written without a
 * prompt counts as a page; the new page itself does not count. */
static void
test_recent (void)
{
  g_autoptr(GListStore) pages = g_list_store_new (BOUNCE_TYPE_GRIEF_ENTRY);
  g_autoptr(BounceRecord) fresh = new_page ("");
  const char *newest_first[] = { "meaning", "", "proud", "friend", "not-yet", "past-self",
                                 "weighs-most" };
  g_auto(GStrv) recent = NULL;
  g_autofree char *joined = NULL;

  recent = bounce_prompts_dup_recent (G_LIST_MODEL (pages), NULL);
  g_assert_cmpuint (g_strv_length (recent), ==, 0);
  g_clear_pointer (&recent, g_strfreev);

  g_list_store_append (pages, fresh);
  for (guint i = 0; i < G_N_ELEMENTS (newest_first); i++)
    {
      g_autoptr(BounceRecord) page = new_page (newest_first[i]);

      g_list_store_append (pages, page);
    }

  g_assert_cmpint (BOUNCE_PROMPTS_REST, ==, 5);
  recent = bounce_prompts_dup_recent (G_LIST_MODEL (pages), fresh);
  joined = g_strjoinv (",", recent);
  g_assert_cmpstr (joined, ==, "meaning,proud,friend,not-yet");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prompts/catalogue", test_catalogue);
  g_test_add_func ("/prompts/pick-avoids-recent", test_pick_avoids_recent);
  g_test_add_func ("/prompts/another", test_another);
  g_test_add_func ("/prompts/recent", test_recent);

  return g_test_run ();
}
