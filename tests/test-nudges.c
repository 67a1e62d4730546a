/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-nudges.c: the catalogue of gentle reminders, and which one comes next. */
#include <string.h>

#include "bounce-core.h"

static void
test_catalogue (void)
{
  const char *pages[] = { "grieve", "thanks", "paths", NULL };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint per_idea[8] = { 0 };
  const BounceNudge *nudges;
  guint n;

  nudges = bounce_nudges_get (&n);
  g_assert_cmpuint (n, >=, 24);

  for (guint i = 0; i < n; i++)
    {
      g_assert_true (g_hash_table_add (ids, (gpointer) nudges[i].id));
      g_assert_cmpint (nudges[i].idea, >=, 1);
      g_assert_cmpint (nudges[i].idea, <=, 7);
      per_idea[nudges[i].idea]++;
      g_assert_true (g_strv_contains (pages, nudges[i].page));
      /* Short enough to read at a glance in a notification bubble. */
      g_assert_cmpuint (g_utf8_strlen (nudges[i].summary, -1), <=, 60);
      g_assert_cmpuint (g_utf8_strlen (nudges[i].body, -1), <=, 80);
      g_assert_cmpuint (strlen (nudges[i].summary), >, 0);
      g_assert_true (bounce_nudges_lookup (nudges[i].id) == &nudges[i]);
    }

  for (guint idea = 1; idea <= 7; idea++)
    g_assert_cmpuint (per_idea[idea], >=, 3);

  g_assert_nonnull (bounce_nudges_lookup ("laugh-it-off"));
  g_assert_cmpstr (bounce_nudges_lookup ("laugh-it-off")->summary, ==,
                   "Laugh it off and try again.");
  g_assert_null (bounce_nudges_lookup ("from-a-newer-version"));
  g_assert_null (bounce_nudges_lookup (NULL));
}

/* Sends a long run of reminders, each picked from the log so far: never the same twice in
 * a row, and none of the last BOUNCE_NUDGES_REST again; every one of them comes sometime. */
static void
test_pick_rests (void)
{
  g_autoptr(GArray) log = g_array_new (FALSE, TRUE, sizeof (BounceNudgeSent));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GRand *rand = g_rand_new_with_seed (7);
  guint n;

  bounce_nudges_get (&n);

  for (guint round = 0; round < 1000; round++)
    {
      const BounceNudgeSent *history = (const BounceNudgeSent *) (void *) log->data;
      const BounceNudge *next = bounce_nudges_pick (history, log->len, g_rand_int (rand));
      BounceNudgeSent sent = { .sent = round * 3600, .nudge_id = next->id };
      guint first = log->len > BOUNCE_NUDGES_REST ? log->len - BOUNCE_NUDGES_REST : 0;

      for (guint i = first; i < log->len; i++)
        g_assert_cmpstr (g_array_index (log, BounceNudgeSent, i).nudge_id, !=, next->id);

      g_hash_table_add (seen, (gpointer) next->id);
      g_array_append_val (log, sent);
    }

  g_assert_cmpuint (g_hash_table_size (seen), ==, n);
  g_rand_free (rand);
}

/* The same draw on the same log gives the same reminder; ids the catalogue does not know
 * (from another version) rest nothing and break nothing. */
static void
test_pick_stable (void)
{
  BounceNudgeSent log[] = {
    { .sent = 1, .nudge_id = "from-a-newer-version" },
    { .sent = 2, .nudge_id = NULL },
    { .sent = 3, .nudge_id = "laugh-it-off" },
  };
  guint n;
  const BounceNudge *nudges = bounce_nudges_get (&n);

  for (guint32 draw = 0; draw < 200; draw++)
    {
      const BounceNudge *a = bounce_nudges_pick (log, G_N_ELEMENTS (log), draw);
      const BounceNudge *b = bounce_nudges_pick (log, G_N_ELEMENTS (log), draw);

      g_assert_true (a == b);
      g_assert_cmpstr (a->id, !=, "laugh-it-off");
    }

  /* With nothing sent yet, every reminder can come first. */
  for (guint32 draw = 0; draw < n; draw++)
    g_assert_true (bounce_nudges_pick (NULL, 0, draw) == &nudges[draw]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nudges/catalogue", test_catalogue);
  g_test_add_func ("/nudges/pick/rests", test_pick_rests);
  g_test_add_func ("/nudges/pick/stable", test_pick_stable);

  return g_test_run ();
}
