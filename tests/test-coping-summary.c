/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-coping-summary.c: the coping log's catalogue, its list rows and its kind weekly words. */
#include "bounce-core.h"

/* Durations never wrap: their spaces are no-break spaces. */
#define NBSP "\u00a0"

typedef struct
{
  const char *activity;
  gint64      minutes;
  guint       count;
} Total;

/* @totals as bounce_store_sum_coping() returns them, the most minutes first. */
static GArray *
make_totals (const Total *totals,
             guint        n_totals)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (BounceCopingTotal));

  for (guint i = 0; i < n_totals; i++)
    {
      BounceCopingTotal total = {
        .activity = (char *) totals[i].activity,
        .minutes = totals[i].minutes,
        .count = totals[i].count,
      };

      g_array_append_val (array, total);
    }

  return array;
}

static char *
summarize (const Total *totals,
           guint        n_totals)
{
  g_autoptr(GArray) array = make_totals (totals, n_totals);

  return bounce_coping_summarize (array);
}

static void
test_catalogue (void)
{
  const char *helps[] = { "walking", "moving", "writing", "talking", "cooking", "music",
                          "outdoors", "resting", "making", "back-pocket" };
  const char *escape[] = { "games", "binge-watching", "scrolling" };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  const BounceCopingActivity *activities;
  const BounceCopingActivity *back_pocket;
  guint n = 0;

  activities = bounce_coping_get_activities (&n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (helps) + G_N_ELEMENTS (escape) + 1);

  /* Helps first, then escape, then "something else": the editor offers them so. */
  for (guint i = 0; i < n; i++)
    {
      BounceCopingKind expected = i < G_N_ELEMENTS (helps) ? BOUNCE_COPING_HELPS
                                  : i < n - 1 ? BOUNCE_COPING_ESCAPE : BOUNCE_COPING_OTHER;
      const char *id = i < G_N_ELEMENTS (helps) ? helps[i]
                       : i < n - 1 ? escape[i - G_N_ELEMENTS (helps)] : "other";

      g_assert_cmpstr (activities[i].id, ==, id);
      g_assert_cmpint (activities[i].kind, ==, expected);
      g_assert_true (g_hash_table_add (ids, (gpointer) activities[i].id));
      g_assert_true (bounce_coping_lookup_activity (id) == &activities[i]);
      g_assert_cmpstr (bounce_coping_activity_get_label (&activities[i]), !=, "");
      g_assert_cmpstr (bounce_coping_activity_get_phrase (&activities[i]), !=, "");
    }

  g_assert_cmpstr (bounce_coping_activity_get_label (&activities[0]), ==, "Walking");
  g_assert_cmpstr (bounce_coping_activity_get_phrase (&activities[0]), ==, "walking");
  g_assert_null (bounce_coping_activity_get_description (&activities[0]));

  /* The back-pocket project says what it is. */
  back_pocket = bounce_coping_lookup_activity ("back-pocket");
  g_assert_cmpstr (bounce_coping_activity_get_phrase (back_pocket), ==,
                   "your back-pocket project");
  g_assert_nonnull (strstr (bounce_coping_activity_get_description (back_pocket),
                            "small project kept for hard days"));

  g_assert_null (bounce_coping_lookup_activity (""));
  g_assert_null (bounce_coping_lookup_activity (NULL));
  g_assert_null (bounce_coping_lookup_activity ("knitting-from-a-newer-version"));
}

static void
test_format_minutes (void)
{
  const struct { gint64 minutes; const char *text; } cases[] = {
    { 0, "0" NBSP "min" },
    { 1, "1" NBSP "min" },
    { 45, "45" NBSP "min" },
    { 60, "1" NBSP "h" },
    { 90, "1" NBSP "h" NBSP "30" NBSP "min" },
    { 130, "2" NBSP "h" NBSP "10" NBSP "min" },
    { 1440, "24" NBSP "h" },
    { -5, "0" NBSP "min" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = bounce_format_minutes (cases[i].minutes);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static char *
dup_summary (BounceRecord *record)
{
  g_autofree char *property = NULL;
  char *direct = bounce_record_dup_summary (record);

  /* The list rows read the property; both say the same. */
  g_object_get (record, "summary", &property, NULL);
  g_assert_cmpstr (property, ==, direct);
  return direct;
}

/* A list row names the activity, or says what the note says; its detail is the time. */
static void
test_row (void)
{
  g_autoptr(BounceRecord) coping = g_object_new (BOUNCE_TYPE_COPING, NULL);
  g_autofree char *summary = NULL;
  g_autofree char *detail = NULL;

  summary = dup_summary (coping);
  g_assert_cmpstr (summary, ==, "");
  g_assert_null (bounce_record_dup_detail (coping));
  g_clear_pointer (&summary, g_free);

  /* No activity chosen: the note's first line that says anything. */
  g_object_set (coping, "note", "\n  Tidied the balcony  \nwith the radio on", NULL);
  summary = dup_summary (coping);
  g_assert_cmpstr (summary, ==, "Tidied the balcony");
  g_clear_pointer (&summary, g_free);

  g_object_set (coping, "activity", "walking", "minutes", 90, NULL);
  summary = dup_summary (coping);
  g_assert_cmpstr (summary, ==, "Walking");
  detail = bounce_record_dup_detail (coping);
  g_assert_cmpstr (detail, ==, "1" NBSP "h" NBSP "30" NBSP "min");
  g_clear_pointer (&summary, g_free);

  /* "Something else" is better told by the note, when there is one. */
  g_object_set (coping, "activity", "other", NULL);
  summary = dup_summary (coping);
  g_assert_cmpstr (summary, ==, "Tidied the balcony");
  g_clear_pointer (&summary, g_free);
  g_object_set (coping, "note", "", NULL);
  summary = dup_summary (coping);
  g_assert_cmpstr (summary, ==, "Something else");
  g_clear_pointer (&summary, g_free);

  /* An activity a newer version knows: the note, or nothing this version could name. */
  g_object_set (coping, "activity", "knitting", NULL);
  summary = dup_summary (coping);
  g_assert_cmpstr (summary, ==, "");
  g_clear_pointer (&summary, g_free);
  g_object_set (coping, "note", "Knitting", NULL);
  summary = dup_summary (coping);
  g_assert_cmpstr (summary, ==, "Knitting");
}

static void
test_summary_nothing (void)
{
  g_autoptr(GArray) empty = make_totals (NULL, 0);

  g_assert_null (bounce_coping_summarize (empty));
}

/* The example the issue gives, word for word but for the period. */
static void
test_summary_both (void)
{
  const Total totals[] = {
    { "games", 180, 2 }, { "walking", 70, 3 }, { "writing", 40, 2 }, { "talking", 20, 1 },
  };
  g_autofree char *text = summarize (totals, G_N_ELEMENTS (totals));

  g_assert_cmpstr (text, ==,
                   "In the last seven days: 2" NBSP "h" NBSP "10" NBSP "min of things that "
                   "help — walking, writing, talking with someone — and 3" NBSP "h of escape. "
                   "Both have their place.");
}

/* Only the first few that help are named, those with the most time. */
static void
test_summary_names_the_first (void)
{
  const Total totals[] = {
    { "back-pocket", 120, 4 }, { "cooking", 60, 2 }, { "music", 45, 1 },
    { "outdoors", 30, 1 }, { "resting", 0, 2 },
  };
  g_autofree char *text = summarize (totals, G_N_ELEMENTS (totals));

  g_assert_cmpstr (text, ==,
                   "In the last seven days: 4" NBSP "h" NBSP "15" NBSP "min of things that "
                   "help — your back-pocket project, cooking, music. "
                   "That is time you gave yourself.");
}

/* More escape than twice what helps: still no reproach, a walk only offered. */
static void
test_summary_escape_dominates (void)
{
  const Total mostly[] = { { "binge-watching", 400, 5 }, { "scrolling", 60, 6 },
                           { "walking", 20, 1 } };
  const Total only[] = { { "games", 90, 1 } };
  const Total even[] = { { "games", 200, 1 }, { "walking", 100, 1 } };
  g_autofree char *text = summarize (mostly, G_N_ELEMENTS (mostly));

  g_assert_cmpstr (text, ==,
                   "In the last seven days: 20" NBSP "min of things that help — walking — "
                   "and 7" NBSP "h" NBSP "40" NBSP "min of escape. "
                   "Escape is allowed on hard days; a short walk might feel good too.");
  g_clear_pointer (&text, g_free);

  text = summarize (only, G_N_ELEMENTS (only));
  g_assert_cmpstr (text, ==,
                   "In the last seven days: 1" NBSP "h" NBSP "30" NBSP "min of escape. "
                   "Escape is allowed on hard days; a short walk might feel good too.");
  g_clear_pointer (&text, g_free);

  /* Exactly twice is not yet "most of the time". */
  text = summarize (even, G_N_ELEMENTS (even));
  g_assert_true (g_str_has_suffix (text, " Both have their place."));
}

/* "Something else", an activity this version does not know, or none chosen: neither
 * helps nor escape, and still time that counts. */
static void
test_summary_other (void)
{
  const Total with[] = { { "walking", 30, 1 }, { "other", 25, 1 }, { "knitting", 15, 1 },
                         { "", 5, 1 } };
  const Total alone[] = { { "other", 40, 2 } };
  g_autofree char *text = summarize (with, G_N_ELEMENTS (with));

  g_assert_cmpstr (text, ==,
                   "In the last seven days: 30" NBSP "min of things that help — walking. "
                   "Also 45" NBSP "min of something else. That is time you gave yourself.");
  g_clear_pointer (&text, g_free);

  text = summarize (alone, G_N_ELEMENTS (alone));
  g_assert_cmpstr (text, ==, "In the last seven days: 40" NBSP "min in the log.");
}

/* Entries without minutes are counted, in a sentence that fits their number. */
static void
test_summary_no_minutes (void)
{
  const Total one[] = { { "walking", 0, 1 } };
  const Total three[] = { { "walking", 0, 2 }, { "games", 0, 1 } };
  g_autofree char *text = summarize (one, G_N_ELEMENTS (one));

  g_assert_cmpstr (text, ==, "In the last seven days: 1 entry in the log.");
  g_clear_pointer (&text, g_free);

  text = summarize (three, G_N_ELEMENTS (three));
  g_assert_cmpstr (text, ==, "In the last seven days: 3 entries in the log.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/coping/catalogue", test_catalogue);
  g_test_add_func ("/coping/format-minutes", test_format_minutes);
  g_test_add_func ("/coping/row", test_row);
  g_test_add_func ("/coping/summary/nothing", test_summary_nothing);
  g_test_add_func ("/coping/summary/both", test_summary_both);
  g_test_add_func ("/coping/summary/names-the-first", test_summary_names_the_first);
  g_test_add_func ("/coping/summary/escape-dominates", test_summary_escape_dominates);
  g_test_add_func ("/coping/summary/other", test_summary_other);
  g_test_add_func ("/coping/summary/no-minutes", test_summary_no_minutes);

  return g_test_run ();
}
