/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-journal.c: the journal's list models, what they emit, and what reaches the store. */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "bounce-core.h"
#include "test-records.h"
#include "test-util.h"

/* Every kind of record, from the one list; main() fills it in. */
static const GType *types;
static guint n_types;


/* Every items-changed of one list model, in order. */
typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

typedef struct
{
  GListModel *model;
  gulong      handler_id;
  GArray     *changes;
} Recorder;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  Recorder *self = user_data;
  Change change = { position, removed, added };

  g_array_append_val (self->changes, change);
}

static Recorder *
recorder_new (GListModel *model)
{
  Recorder *self = g_new0 (Recorder, 1);

  self->model = g_object_ref (model);
  self->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  self->handler_id = g_signal_connect (model, "items-changed",
                                       G_CALLBACK (on_items_changed_cb), self);
  return self;
}

static void
recorder_free (Recorder *self)
{
  g_clear_signal_handler (&self->handler_id, self->model);
  g_clear_object (&self->model);
  g_clear_pointer (&self->changes, g_array_unref);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Recorder, recorder_free)

/* "(1,1,1)(0,0,1)": what was recorded since the last call, which forgets it. */
static char *
recorder_take (Recorder *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->changes->len; i++)
    {
      Change *change = &g_array_index (self->changes, Change, i);

      g_string_append_printf (text, "(%u,%u,%u)", change->position, change->removed,
                              change->added);
    }
  g_array_set_size (self->changes, 0);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_changes(recorder, expected) \
  G_STMT_START { \
    g_autofree char *_changes = recorder_take (recorder); \
    g_assert_cmpstr (_changes, ==, expected); \
  } G_STMT_END

static BounceJournal *
new_journal (BounceStore *store)
{
  g_autoptr(GError) error = NULL;
  BounceJournal *journal = bounce_journal_new (store, &error);

  g_assert_no_error (error);
  g_assert_true (BOUNCE_IS_JOURNAL (journal));
  g_assert_true (bounce_journal_get_store (journal) == store);
  return journal;
}

static GPtrArray *
load (BounceStore *store,
      GType        type)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = bounce_store_load (store, type, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

/* The record's text that sums it up: the goal's title, the entry's body, and so on. */
static const char *
summary_property (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  return BOUNCE_RECORD_CLASS (klass)->summary_property;
}

/* Stores a record of @type with @created and @text, without going through any journal. */
static BounceRecord *
insert_record (BounceStore *store,
               GType        type,
               gint64       created,
               const char  *text)
{
  g_autoptr(BounceRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  record = g_object_new (type, "created", created, summary_property (type), text, NULL);
  bounce_store_insert (store, record, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&record);
}

/* The stored copy of @record, read back from SQLite; NULL when there is none. */
static BounceRecord *
load_stored (BounceStore  *store,
             BounceRecord *record)
{
  g_autoptr(GPtrArray) records = load (store, G_OBJECT_TYPE (record));

  for (guint i = 0; i < records->len; i++)
    if (g_strcmp0 (bounce_record_get_uuid (records->pdata[i]),
                   bounce_record_get_uuid (record)) == 0)
      return g_object_ref (records->pdata[i]);

  return NULL;
}

static char *
dup_text (BounceRecord *record)
{
  char *text = NULL;

  g_object_get (record, summary_property (G_OBJECT_TYPE (record)), &text, NULL);
  return text;
}

static void
test_load (void)
{
  const gint64 created[] = { 2000, 3000, 1000 };
  const guint newest_first[] = { 1, 0, 2 };
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BounceJournal) journal = NULL;

  for (guint t = 0; t < n_types; t++)
    for (guint i = 0; i < G_N_ELEMENTS (created); i++)
      {
        g_autofree char *text = g_strdup_printf ("%s %u – Grüße", g_type_name (types[t]), i);

        g_ptr_array_add (stored, insert_record (store, types[t], created[i], text));
      }

  journal = new_journal (store);

  for (guint t = 0; t < n_types; t++)
    {
      GListModel *list = bounce_journal_get_records (journal, types[t]);

      g_assert_true (G_IS_LIST_MODEL (list));
      g_assert_true (g_list_model_get_item_type (list) == types[t]);
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (created));

      for (guint i = 0; i < G_N_ELEMENTS (created); i++)
        {
          BounceRecord *want = stored->pdata[t * G_N_ELEMENTS (created) + newest_first[i]];
          g_autoptr(BounceRecord) got = g_list_model_get_item (list, i);
          g_autofree char *want_text = dup_text (want);
          g_autofree char *got_text = dup_text (got);

          g_assert_true (G_OBJECT_TYPE (got) == types[t]);
          g_assert_cmpstr (bounce_record_get_uuid (got), ==, bounce_record_get_uuid (want));
          g_assert_cmpint (bounce_record_get_created (got), ==, created[newest_first[i]]);
          g_assert_cmpstr (got_text, ==, want_text);
        }
    }
}

static void
test_add (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = NULL;

  /* One older record of each kind, so that "first" means something. */
  for (guint t = 0; t < n_types; t++)
    g_object_unref (insert_record (store, types[t], 1000, "older"));

  journal = new_journal (store);

  for (guint t = 0; t < n_types; t++)
    {
      GListModel *list = bounce_journal_get_records (journal, types[t]);
      g_autoptr(Recorder) recorder = recorder_new (list);
      g_autoptr(GError) error = NULL;
      g_autoptr(BounceRecord) record = NULL;
      g_autoptr(BounceRecord) first = NULL;
      g_autoptr(BounceRecord) stored = NULL;
      g_autoptr(GPtrArray) all = NULL;
      gint64 before = g_get_real_time ();

      g_test_message ("Adding a %s", g_type_name (types[t]));
      record = bounce_journal_add (journal, types[t], &error);
      g_assert_no_error (error);
      g_assert_nonnull (record);
      g_assert_true (G_OBJECT_TYPE (record) == types[t]);
      g_assert_true (bounce_record_is_blank (record));
      g_assert_cmpint (bounce_record_get_created (record), >=, before);

      assert_changes (recorder, "(0,0,1)");
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
      first = g_list_model_get_item (list, 0);
      g_assert_true (first == record);

      all = load (store, types[t]);
      g_assert_cmpuint (all->len, ==, 2);
      stored = load_stored (store, record);
      g_assert_nonnull (stored);
      g_assert_cmpint (bounce_record_get_created (stored), ==,
                       bounce_record_get_created (record));
      g_assert_cmpint (bounce_record_get_updated (stored), ==,
                       bounce_record_get_updated (record));
    }
}

static void
test_save (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = NULL;
  g_autoptr(Recorder) recorder = NULL;
  g_autoptr(BounceRecord) middle = NULL;
  g_autoptr(BounceRecord) after = NULL;
  g_autoptr(BounceRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored_body = NULL;
  GListModel *list;
  gint64 before;

  g_object_unref (insert_record (store, BOUNCE_TYPE_GRIEF_ENTRY, 3000, "newest"));
  g_object_unref (insert_record (store, BOUNCE_TYPE_GRIEF_ENTRY, 2000, "middle"));
  g_object_unref (insert_record (store, BOUNCE_TYPE_GRIEF_ENTRY, 1000, "oldest"));

  journal = new_journal (store);
  list = bounce_journal_get_records (journal, BOUNCE_TYPE_GRIEF_ENTRY);
  recorder = recorder_new (list);

  middle = g_list_model_get_item (list, 1);
  g_object_set (middle, "body", "middle, said better – 😊", NULL);
  assert_changes (recorder, "");

  before = g_get_real_time ();
  g_assert_true (bounce_journal_save (journal, middle, &error));
  g_assert_no_error (error);

  assert_changes (recorder, "(1,1,1)");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  after = g_list_model_get_item (list, 1);
  g_assert_true (after == middle);
  g_assert_cmpint (bounce_record_get_updated (middle), >=, before);

  stored = load_stored (store, middle);
  g_assert_nonnull (stored);
  g_object_get (stored, "body", &stored_body, NULL);
  g_assert_cmpstr (stored_body, ==, "middle, said better – 😊");
  g_assert_cmpint (bounce_record_get_updated (stored), ==, bounce_record_get_updated (middle));
}

static void
test_remove_restore (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = NULL;
  g_autoptr(Recorder) recorder = NULL;
  GListModel *list;

  g_object_unref (insert_record (store, BOUNCE_TYPE_IDEA, 3000, "newest"));
  g_object_unref (insert_record (store, BOUNCE_TYPE_IDEA, 2000, "middle"));
  g_object_unref (insert_record (store, BOUNCE_TYPE_IDEA, 1000, "oldest"));

  journal = new_journal (store);
  list = bounce_journal_get_records (journal, BOUNCE_TYPE_IDEA);
  recorder = recorder_new (list);

  /* First, middle and last: undo puts each back where it was. */
  for (guint position = 0; position < 3; position++)
    {
      g_autoptr(BounceRecord) record = g_list_model_get_item (list, position);
      g_autoptr(BounceRecord) gone = NULL;
      g_autoptr(BounceRecord) back = NULL;
      g_autoptr(BounceRecord) stored = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *uuid = g_strdup (bounce_record_get_uuid (record));
      g_autofree char *expected = NULL;
      g_autofree char *title = NULL;
      gint64 created = bounce_record_get_created (record);

      g_test_message ("Removing and restoring at %u", position);

      g_assert_true (bounce_journal_remove (journal, record, &error));
      g_assert_no_error (error);
      expected = g_strdup_printf ("(%u,1,0)", position);
      assert_changes (recorder, expected);
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
      for (guint i = 0; i < 2; i++)
        {
          g_autoptr(BounceRecord) other = g_list_model_get_item (list, i);

          g_assert_cmpstr (bounce_record_get_uuid (other), !=, uuid);
        }
      gone = load_stored (store, record);
      g_assert_null (gone);

      g_assert_true (bounce_journal_restore (journal, record, &error));
      g_assert_no_error (error);
      g_clear_pointer (&expected, g_free);
      expected = g_strdup_printf ("(%u,0,1)", position);
      assert_changes (recorder, expected);
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
      back = g_list_model_get_item (list, position);
      g_assert_true (back == record);
      g_assert_cmpstr (bounce_record_get_uuid (back), ==, uuid);
      g_assert_cmpint (bounce_record_get_created (back), ==, created);

      stored = load_stored (store, record);
      g_assert_nonnull (stored);
      g_assert_cmpint (bounce_record_get_created (stored), ==, created);
      g_object_get (stored, "title", &title, NULL);
      g_assert_cmpstr (title, ==, position == 0 ? "newest" : position == 1 ? "middle" : "oldest");
    }
}

static void
on_readded_cb (BounceJournal *journal,
               BounceRecord  *record,
               gpointer       user_data)
{
  BounceRecord **readded = user_data;

  *readded = record;
}

static void
test_failures (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = NULL;
  g_autoptr(Recorder) recorder = NULL;
  g_autoptr(BounceRecord) stranger = NULL;
  g_autoptr(BounceRecord) first = NULL;
  g_autoptr(BounceRecord) second = NULL;
  g_autoptr(BounceRecord) stored = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored_tried = NULL;
  g_autofree char *first_tried = NULL;
  BounceRecord *readded = NULL;
  GListModel *list;

  g_object_unref (insert_record (store, BOUNCE_TYPE_THANKS, 2000, "first"));
  g_object_unref (insert_record (store, BOUNCE_TYPE_THANKS, 1000, "second"));

  journal = new_journal (store);
  list = bounce_journal_get_records (journal, BOUNCE_TYPE_THANKS);
  recorder = recorder_new (list);
  first = g_list_model_get_item (list, 0);
  second = g_list_model_get_item (list, 1);

  /* A record that was never in the journal. */
  stranger = g_object_new (BOUNCE_TYPE_THANKS, "tried", "a stranger", NULL);
  g_assert_false (bounce_journal_save (journal, stranger, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, !=, "");
  /* A reason, put after "…: " by whoever tells it: no full stop of its own. */
  g_assert_false (g_str_has_suffix (error->message, "."));
  g_clear_error (&error);
  g_assert_false (bounce_journal_remove (journal, stranger, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_changes (recorder, "");
  stored = load_stored (store, stranger);
  g_assert_null (stored);

  /* A record that was removed: saving it must not bring it back. */
  g_assert_true (bounce_journal_remove (journal, second, &error));
  g_assert_no_error (error);
  assert_changes (recorder, "(1,1,0)");
  g_object_set (second, "tried", "edited after removal", NULL);
  g_assert_false (bounce_journal_save (journal, second, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (bounce_journal_remove (journal, second, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_changes (recorder, "");
  stored = load_stored (store, second);
  g_assert_null (stored);

  /* Undo pressed twice: the second restore is refused and the list keeps one copy. */
  g_assert_true (bounce_journal_restore (journal, second, &error));
  g_assert_no_error (error);
  assert_changes (recorder, "(1,0,1)");
  g_assert_false (bounce_journal_restore (journal, second, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == BOUNCE_STORE_ERROR);
  g_clear_error (&error);
  assert_changes (recorder, "");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  all = load (store, BOUNCE_TYPE_THANKS);
  g_assert_cmpuint (all->len, ==, 2);

  /* The row went away behind the journal's back: the words are stored again, as the same
   * record, and the journal says so. */
  g_assert_true (bounce_store_delete (store, first, &error));
  g_assert_no_error (error);
  g_object_set (first, "tried", "edited", NULL);
  g_signal_connect (journal, "record-readded", G_CALLBACK (on_readded_cb), &readded);
  g_assert_true (bounce_journal_save (journal, first, &error));
  g_assert_no_error (error);
  g_assert_true (readded == first);
  assert_changes (recorder, "(0,1,1)");
  stored = load_stored (store, first);
  g_assert_nonnull (stored);
  g_assert_cmpint (bounce_record_get_created (stored), ==, 2000);
  g_object_get (stored, "tried", &first_tried, NULL);
  g_assert_cmpstr (first_tried, ==, "edited");
  g_clear_object (&stored);

  /* Removing a row that is already gone removes it from the list all the same. */
  g_assert_true (bounce_store_delete (store, first, &error));
  g_assert_true (bounce_journal_remove (journal, first, &error));
  g_assert_no_error (error);
  assert_changes (recorder, "(0,1,0)");

  /* What did reach the store is untouched by the failures. */
  stored = load_stored (store, second);
  g_assert_nonnull (stored);
  g_object_get (stored, "tried", &stored_tried, NULL);
  g_assert_cmpstr (stored_tried, ==, "edited after removal");
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static char *
dup_summary_property (BounceRecord *record)
{
  char *summary = NULL;
  g_autofree char *direct = bounce_record_dup_summary (record);

  g_object_get (record, "summary", &summary, NULL);
  g_assert_cmpstr (summary, ==, direct);
  return summary;
}

static void
test_summary (void)
{
  g_autoptr(BounceRecord) entry = NULL;
  g_autoptr(BounceRecord) goal = NULL;
  g_autofree char *summary = NULL;
  guint body_count = 0;
  guint summary_count = 0;
  guint goal_summary_count = 0;

  entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", "\n  first line  \nsecond", NULL);
  summary = dup_summary_property (entry);
  g_assert_cmpstr (summary, ==, "first line");
  g_clear_pointer (&summary, g_free);

  g_signal_connect (entry, "notify::body", G_CALLBACK (count_cb), &body_count);
  g_signal_connect (entry, "notify::summary", G_CALLBACK (count_cb), &summary_count);

  g_object_set (entry, "body", " \t\n\nthird – Grüße \nfourth", NULL);
  g_assert_cmpuint (body_count, ==, 1);
  g_assert_cmpuint (summary_count, ==, 1);
  summary = dup_summary_property (entry);
  g_assert_cmpstr (summary, ==, "third – Grüße");
  g_clear_pointer (&summary, g_free);

  /* The same text again is no change, so nobody hears of it. */
  g_object_set (entry, "body", " \t\n\nthird – Grüße \nfourth", NULL);
  g_assert_cmpuint (body_count, ==, 1);
  g_assert_cmpuint (summary_count, ==, 1);

  g_object_set (entry, "body", "  \n\t\n", NULL);
  g_assert_cmpuint (body_count, ==, 2);
  g_assert_cmpuint (summary_count, ==, 2);
  summary = dup_summary_property (entry);
  g_assert_cmpstr (summary, ==, "");
  g_clear_pointer (&summary, g_free);

  /* Any field may move what a list says of a record (its detail), so any change of a
   * field is heard as a change of the summary; the same value again is not. */
  goal = g_object_new (BOUNCE_TYPE_GOAL, NULL);
  g_signal_connect (goal, "notify::summary", G_CALLBACK (count_cb), &goal_summary_count);
  g_object_set (goal, "cost", "a lot", NULL);
  g_assert_cmpuint (goal_summary_count, ==, 1);
  g_object_set (goal, "cost", "a lot", NULL);
  g_assert_cmpuint (goal_summary_count, ==, 1);
  g_object_set (goal, "title", "The marathon", NULL);
  g_assert_cmpuint (goal_summary_count, ==, 2);
  summary = dup_summary_property (goal);
  g_assert_cmpstr (summary, ==, "The marathon");
}

/* A list row shows one line: a first line longer than it is cut, so that a page with no
 * line break is not laid out whole at each key typed into it. */
static void
test_summary_long (void)
{
  g_autoptr(GString) line = g_string_new ("  ");
  g_autoptr(BounceRecord) entry = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *exact = NULL;

  while (line->len < 100000)
    g_string_append (line, "Grüße, ");
  entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", line->str, NULL);
  summary = dup_summary_property (entry);
  /* Cut within 120 characters, between words (the 120th is the "G" of the 18th
   * greeting), without the comma left hanging, then an ellipsis. */
  g_string_truncate (line, 0);
  for (guint i = 0; i < 17; i++)
    g_string_append (line, "Grüße, ");
  g_string_truncate (line, line->len - strlen (", "));
  g_string_append (line, "…");
  g_assert_cmpstr (summary, ==, line->str);

  /* Exactly as long as a summary may be: whole, spaces after it dropped. */
  exact = g_strnfill (120, 'a');
  g_object_set (entry, "body", "\n", NULL);
  g_clear_pointer (&summary, g_free);
  g_string_printf (line, "\n %s \t\nsecond", exact);
  g_object_set (entry, "body", line->str, NULL);
  summary = dup_summary_property (entry);
  g_assert_cmpstr (summary, ==, exact);
}

static char *
summary_of (const char *body)
{
  g_autoptr(BounceRecord) entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", body, NULL);

  return bounce_record_dup_summary (entry);
}

static char *
repeat (const char *text,
        guint       times)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (out, text);
  return g_string_free (out, FALSE);
}

/* The list never shows the head of a word as if it were one: a first line too long for a
 * summary is cut after its last whole word, in any script; only a line of a single word
 * is cut inside it, and never between a letter and its marks. */
static void
test_summary_word_cut (void)
{
  g_autofree char *german = repeat ("Trauer ", 15);
  g_autofree char *arabic = repeat ("الامتحان ", 13);
  g_autofree char *marked = repeat ("مَ", 100);
  g_autofree char *long_word = g_strnfill (200, 'a');
  g_autofree char *ideographs = repeat ("我", 200);
  g_autofree char *body = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;

  /* German: 105 characters of words, then one of 24 that the 120th falls inside. */
  body = g_strconcat (german, "Prüfungsangstbewältigung ist normal", NULL);
  summary = summary_of (body);
  g_strchomp (german);
  expected = g_strconcat (german, "…", NULL);
  g_assert_cmpstr (summary, ==, expected);

  /* Arabic: 117 characters of words, then one that runs past the 120th. */
  g_clear_pointer (&body, g_free);
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&expected, g_free);
  body = g_strconcat (arabic, "والمستقبل أمامي", NULL);
  summary = summary_of (body);
  g_strchomp (arabic);
  expected = g_strconcat (arabic, "…", NULL);
  g_assert_cmpstr (summary, ==, expected);

  /* A word that stops right at the 120th character is whole. */
  g_clear_pointer (&body, g_free);
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&expected, g_free);
  long_word[120] = '\0';
  body = g_strconcat (long_word, " und weiter", NULL);
  summary = summary_of (body);
  expected = g_strconcat (long_word, "…", NULL);
  g_assert_cmpstr (summary, ==, expected);

  /* One very long word: cut where it must, after 120 characters. */
  g_clear_pointer (&long_word, g_free);
  g_clear_pointer (&summary, g_free);
  long_word = g_strnfill (200, 'a');
  summary = summary_of (long_word);
  g_assert_cmpuint (g_utf8_strlen (summary, -1), ==, 120 + 1);
  g_assert_true (g_str_has_suffix (summary, "a…"));

  /* One long Arabic word with its vowel marks: a letter keeps its mark, or goes with it.
   * An alef, then meem and fatha: the 121st character is a fatha. */
  g_clear_pointer (&body, g_free);
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&expected, g_free);
  body = g_strconcat ("ا", marked, NULL);
  summary = summary_of (body);
  expected = g_strconcat ("ا", marked, NULL);
  *g_utf8_offset_to_pointer (expected, 119) = '\0';
  g_free (g_steal_pointer (&marked));
  marked = g_strconcat (expected, "…", NULL);
  g_assert_cmpstr (summary, ==, marked);

  /* Chinese has no spaces: every character is a word, and the line is not cut back to
   * the space after a first word in another script. */
  g_clear_pointer (&body, g_free);
  g_clear_pointer (&summary, g_free);
  body = g_strconcat ("OK ", ideographs, NULL);
  summary = summary_of (body);
  g_assert_cmpuint (g_utf8_strlen (summary, -1), ==, 120 + 1);
  g_assert_true (g_str_has_suffix (summary, "我…"));
}

/* A value of @pspec that is not its default. */
static void
set_other_value (GParamSpec *pspec,
                 GValue     *value)
{
  g_value_init (value, pspec->value_type);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      g_value_set_string (value, "Grüße");
      break;
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, !G_PARAM_SPEC_BOOLEAN (pspec)->default_value);
      break;
    case G_TYPE_INT:
      g_value_set_int (value, G_PARAM_SPEC_INT (pspec)->default_value + 1);
      break;
    case G_TYPE_INT64:
      g_value_set_int64 (value, G_PARAM_SPEC_INT64 (pspec)->default_value + 1);
      break;
    case G_TYPE_ENUM:
      {
        GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
        int other = enum_class->values[0].value;

        if (other == G_PARAM_SPEC_ENUM (pspec)->default_value)
          other = enum_class->values[1].value;
        g_value_set_enum (value, other);
      }
      break;
    case G_TYPE_VARIANT:
      g_value_set_variant (value, g_variant_new_maybe (G_VARIANT_TYPE_INT64,
                                                       g_variant_new_int64 (1767225600)));
      break;
    default:
      g_assert_not_reached ();
    }

  g_assert_false (g_param_value_defaults (pspec, value));
}

static void
test_blank (void)
{
  /* Every field of every kind but settings: touching any one of them makes a record worth
   * keeping. */
  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(GTypeClass) type_class = g_type_class_ref (types[t]);
      BounceRecordClass *klass = BOUNCE_RECORD_CLASS (type_class);

      for (guint i = 0; i < klass->n_fields; i++)
        {
          GParamSpec *pspec = klass->fields[i];
          g_autoptr(BounceRecord) record = g_object_new (types[t], NULL);
          g_auto(GValue) other = G_VALUE_INIT;
          g_auto(GValue) initial = G_VALUE_INIT;

          g_test_message ("%s:%s", g_type_name (types[t]), pspec->name);
          g_assert_true (bounce_record_is_blank (record));

          set_other_value (pspec, &other);
          g_object_set_property (G_OBJECT (record), pspec->name, &other);
          /* A setting (the prompt offered, the goal in focus) is not something written. */
          g_assert_true (bounce_record_is_blank (record) ==
                         bounce_record_field_is_setting (pspec));

          g_value_init (&initial, pspec->value_type);
          g_param_value_set_default (pspec, &initial);
          g_object_set_property (G_OBJECT (record), pspec->name, &initial);
          g_assert_true (bounce_record_is_blank (record));

          /* White space is what is left after typing and deleting. */
          if (G_IS_PARAM_SPEC_STRING (pspec))
            {
              g_object_set (record, pspec->name, " \n\t", NULL);
              g_assert_true (bounce_record_is_blank (record));
            }
        }
    }
}

static void
test_drop_if_blank (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = new_journal (store);
  g_autoptr(BounceRecord) blank = NULL;
  g_autoptr(BounceRecord) moved_on = NULL;
  g_autoptr(BounceRecord) gone = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GError) error = NULL;
  gboolean dropped = FALSE;

  blank = bounce_journal_add (journal, BOUNCE_TYPE_IDEA, &error);
  g_assert_no_error (error);
  moved_on = bounce_journal_add (journal, BOUNCE_TYPE_IDEA, &error);
  g_assert_no_error (error);

  /* Only its status was set: that is a choice the person made, not a blank idea. */
  g_object_set (moved_on, "status", BOUNCE_IDEA_STATUS_TRYING, NULL);
  g_assert_true (bounce_journal_save (journal, moved_on, &error));
  g_assert_true (bounce_journal_drop_if_blank (journal, moved_on, &dropped, &error));
  g_assert_no_error (error);
  g_assert_false (dropped);

  g_assert_true (bounce_journal_drop_if_blank (journal, blank, &dropped, &error));
  g_assert_no_error (error);
  g_assert_true (dropped);

  ideas = load (store, BOUNCE_TYPE_IDEA);
  g_assert_cmpuint (ideas->len, ==, 1);
  g_assert_cmpstr (bounce_record_get_uuid (ideas->pdata[0]), ==,
                   bounce_record_get_uuid (moved_on));
  g_assert_cmpuint (g_list_model_get_n_items (bounce_journal_get_records (journal,
                                                                          BOUNCE_TYPE_IDEA)),
                    ==, 1);

  /* One that is no longer in the journal is left alone. */
  gone = g_object_new (BOUNCE_TYPE_IDEA, NULL);
  g_assert_true (bounce_journal_drop_if_blank (journal, gone, &dropped, &error));
  g_assert_no_error (error);
  g_assert_false (dropped);
}

static gboolean
in_focus (BounceRecord *goal)
{
  gboolean value;

  g_object_get (goal, "in-focus", &value, NULL);
  return value;
}

/* One goal in focus: moved on disk and in the records, each change told once; the goal
 * in focus, or else the newest, is the one the Grieve page is about. */
static void
test_focus_goal (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = NULL;
  g_autoptr(BounceRecord) stranger = g_object_new (BOUNCE_TYPE_GOAL, NULL);
  g_autoptr(Recorder) recorder = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceGoal) focus = NULL;
  GListModel *list;
  BounceRecord *goals[3];   /* newest first, as the list holds them */

  /* None yet. */
  journal = new_journal (store);
  g_assert_null (bounce_journal_dup_focus_goal (journal));
  g_clear_object (&journal);

  for (guint i = 0; i < 3; i++)
    g_object_unref (insert_record (store, BOUNCE_TYPE_GOAL, 3000 - 1000 * i, "a goal"));
  journal = new_journal (store);
  list = bounce_journal_get_records (journal, BOUNCE_TYPE_GOAL);
  for (guint i = 0; i < 3; i++)
    {
      goals[i] = g_list_model_get_item (list, i);
      g_object_unref (goals[i]);   /* the list keeps them */
    }

  /* None in focus: the newest stands in. */
  focus = bounce_journal_dup_focus_goal (journal);
  g_assert_true (BOUNCE_RECORD (focus) == goals[0]);
  g_clear_object (&focus);

  recorder = recorder_new (list);
  g_assert_true (bounce_journal_focus_goal (journal, BOUNCE_GOAL (goals[1]), &error));
  g_assert_no_error (error);
  assert_changes (recorder, "(1,1,1)");
  g_assert_false (in_focus (goals[0]));
  g_assert_true (in_focus (goals[1]));
  g_assert_false (in_focus (goals[2]));
  focus = bounce_journal_dup_focus_goal (journal);
  g_assert_true (BOUNCE_RECORD (focus) == goals[1]);
  g_clear_object (&focus);

  /* Moved: the one that had it and the one that takes it change, nothing else. */
  g_assert_true (bounce_journal_focus_goal (journal, BOUNCE_GOAL (goals[2]), &error));
  g_assert_no_error (error);
  assert_changes (recorder, "(1,1,1)(2,1,1)");
  g_assert_false (in_focus (goals[1]));
  g_assert_true (in_focus (goals[2]));

  /* On disk too, for exactly one. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(BounceRecord) stored = load_stored (store, goals[i]);

      g_assert_cmpint (in_focus (stored), ==, i == 2);
    }

  /* The same again changes nothing. */
  g_assert_true (bounce_journal_focus_goal (journal, BOUNCE_GOAL (goals[2]), &error));
  g_assert_no_error (error);
  assert_changes (recorder, "");

  /* A goal that is not in the journal takes nothing from the one in focus. */
  g_assert_false (bounce_journal_focus_goal (journal, BOUNCE_GOAL (stranger), &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  assert_changes (recorder, "");
  g_assert_true (in_focus (goals[2]));
  g_assert_false (in_focus (stranger));
}

/* A goal's line in a list says it is in focus, and the years it was pursued; the card
 * says the months. */
static void
test_goal_detail (void)
{
  g_autoptr(BounceRecord) goal = g_object_new (BOUNCE_TYPE_GOAL, "title", "Pilot", NULL);
  g_autofree char *detail = NULL;
  g_autofree char *dates = NULL;

  g_assert_null (bounce_record_dup_detail (goal));
  g_assert_null (bounce_goal_dup_dates (BOUNCE_GOAL (goal)));

  /* 14 March 2021 and 2 May 2022, as days are kept: their midnight in UTC. */
  bounce_record_set_optional_int64 (goal, "began", TRUE, 1615680000);
  detail = bounce_record_dup_detail (goal);
  g_assert_cmpstr (detail, ==, "from 2021");
  g_clear_pointer (&detail, g_free);
  dates = bounce_goal_dup_dates (BOUNCE_GOAL (goal));
  g_assert_cmpstr (dates, ==, "from March 2021");
  g_clear_pointer (&dates, g_free);

  bounce_record_set_optional_int64 (goal, "ended", TRUE, 1651449600);
  detail = bounce_record_dup_detail (goal);
  g_assert_cmpstr (detail, ==, "2021 – 2022");
  g_clear_pointer (&detail, g_free);
  dates = bounce_goal_dup_dates (BOUNCE_GOAL (goal));
  g_assert_cmpstr (dates, ==, "March 2021 – May 2022");
  g_clear_pointer (&dates, g_free);

  g_object_set (goal, "in-focus", TRUE, NULL);
  detail = bounce_record_dup_detail (goal);
  g_assert_cmpstr (detail, ==, "In focus · 2021 – 2022");
  g_clear_pointer (&detail, g_free);

  bounce_record_set_optional_int64 (goal, "began", FALSE, 0);
  detail = bounce_record_dup_detail (goal);
  g_assert_cmpstr (detail, ==, "In focus · until 2022");
  g_clear_pointer (&detail, g_free);
  dates = bounce_goal_dup_dates (BOUNCE_GOAL (goal));
  g_assert_cmpstr (dates, ==, "until May 2022");
  g_clear_pointer (&dates, g_free);

  /* Within one year, the year once. New Year's Day is still in its year, wherever the
   * journal is read (in Los Angeles, its midnight in UTC is New Year's Eve). */
  bounce_record_set_optional_int64 (goal, "began", TRUE, 1640995200);
  g_object_set (goal, "in-focus", FALSE, NULL);
  detail = bounce_record_dup_detail (goal);
  g_assert_cmpstr (detail, ==, "2022");
  g_clear_pointer (&detail, g_free);
  dates = bounce_goal_dup_dates (BOUNCE_GOAL (goal));
  g_assert_cmpstr (dates, ==, "January 2022 – May 2022");

  /* Within one month, the month once. */
  bounce_record_set_optional_int64 (goal, "began", TRUE, 1651363200);
  g_clear_pointer (&dates, g_free);
  dates = bounce_goal_dup_dates (BOUNCE_GOAL (goal));
  g_assert_cmpstr (dates, ==, "May 2022");
}

/* A new page is offered a prompt when it is made, stored with it: never one of the newest
 * pages' prompts. It is a setting, so the page is still blank. */
static void
test_new_page_prompt (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceJournal) journal = new_journal (store);
  g_autoptr(GPtrArray) offered = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BounceRecord) page = bounce_journal_add (journal, BOUNCE_TYPE_GRIEF_ENTRY,
                                                         &error);
      g_autoptr(BounceRecord) stored = NULL;
      g_autofree char *prompt = NULL;
      g_autofree char *stored_prompt = NULL;
      guint first = offered->len > BOUNCE_PROMPTS_REST ? offered->len - BOUNCE_PROMPTS_REST : 0;

      g_assert_no_error (error);
      g_object_get (page, "prompt", &prompt, NULL);
      g_assert_nonnull (bounce_prompts_lookup (prompt));
      g_assert_true (bounce_record_is_blank (page));

      for (guint j = first; j < offered->len; j++)
        g_assert_cmpstr (offered->pdata[j], !=, prompt);

      stored = load_stored (store, page);
      g_object_get (stored, "prompt", &stored_prompt, NULL);
      g_assert_cmpstr (stored_prompt, ==, prompt);

      g_ptr_array_add (offered, g_steal_pointer (&prompt));
    }

  /* Other kinds are made as they were. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(BounceRecord) goal = bounce_journal_add (journal, BOUNCE_TYPE_GOAL, &error);

    g_assert_no_error (error);
    g_assert_false (in_focus (goal));
  }
}


/* A journal of 1,000 pages: opening it reads none; the list reads a page of them when
 * the first is shown, and one object stands for each record, edits not yet saved and all. */
static void
test_paged (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BounceJournal) journal = NULL;
  g_autoptr(BounceRecord) first = NULL;
  g_autoptr(BounceRecord) again = NULL;
  g_autoptr(BounceRecord) last = NULL;
  g_autoptr(BounceRecord) held = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Recorder) recorder = NULL;
  g_autofree char *body = NULL;
  BounceRecordList *list;
  guint n_read, position;

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *text = g_strdup_printf ("page %u", i);

      g_ptr_array_add (made, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                           "created", (gint64) 1000 * (i + 1),
                                           "body", text, NULL));
    }
  g_assert_true (bounce_store_insert_all (store, made, &error));
  g_assert_no_error (error);

  journal = new_journal (store);
  list = BOUNCE_RECORD_LIST (bounce_journal_get_records (journal, BOUNCE_TYPE_GRIEF_ENTRY));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1000);
  g_assert_cmpuint (bounce_record_list_get_n_pages_read (list), ==, 0);

  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpuint (bounce_record_list_get_n_pages_read (list), ==, 1);
  g_object_get (first, "body", &body, NULL);
  g_assert_cmpstr (body, ==, "page 999");
  g_clear_pointer (&body, g_free);

  /* The rest of the first page is read already. */
  for (guint i = 0; i < BOUNCE_RECORD_LIST_PAGE_SIZE; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
  g_assert_cmpuint (bounce_record_list_get_n_pages_read (list), ==, 1);

  /* The last one, read from the other end. */
  last = g_list_model_get_item (G_LIST_MODEL (list), 999);
  g_object_get (last, "body", &body, NULL);
  g_assert_cmpstr (body, ==, "page 0");
  g_clear_pointer (&body, g_free);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 1000));

  /* Held and changed, not saved: scrolled through the whole list (every page read again,
   * its own page put out long ago), the list still gives that very object. */
  held = g_list_model_get_item (G_LIST_MODEL (list), 500);
  g_object_set (held, "body", "words not saved yet", NULL);
  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(BounceRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_nonnull (record);
      g_assert_cmpint (bounce_record_get_created (record), ==, (gint64) 1000 * (1000 - i));
    }
  n_read = bounce_record_list_get_n_pages_read (list);
  g_assert_cmpuint (n_read, <=, 1000 / BOUNCE_RECORD_LIST_PAGE_SIZE + 3);
  again = g_list_model_get_item (G_LIST_MODEL (list), 500);
  g_assert_true (again == held);
  g_object_get (again, "body", &body, NULL);
  g_assert_cmpstr (body, ==, "words not saved yet");
  g_clear_pointer (&body, g_free);

  /* Found by a query; by uuid, the same object. */
  g_assert_true (bounce_journal_find (journal, held, &position));
  g_assert_cmpuint (position, ==, 500);
  {
    g_autoptr(BounceRecord) looked_up = bounce_journal_dup_record (journal,
                                                                   BOUNCE_TYPE_GRIEF_ENTRY,
                                                                   bounce_record_get_uuid (held));
    g_assert_true (looked_up == held);
  }

  /* Saved, deleted and brought back where it was, each told at its place. */
  recorder = recorder_new (G_LIST_MODEL (list));
  g_assert_true (bounce_journal_save (journal, held, &error));
  assert_changes (recorder, "(500,1,1)");
  g_assert_true (bounce_journal_remove (journal, held, &error));
  assert_changes (recorder, "(500,1,0)");
  g_assert_false (bounce_journal_find (journal, held, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 999);
  {
    g_autoptr(BounceRecord) next = g_list_model_get_item (G_LIST_MODEL (list), 500);

    g_assert_cmpint (bounce_record_get_created (next), ==, (gint64) 1000 * 499);
  }
  g_assert_true (bounce_journal_restore (journal, held, &error));
  g_assert_no_error (error);
  assert_changes (recorder, "(500,0,1)");
  g_clear_object (&again);
  again = g_list_model_get_item (G_LIST_MODEL (list), 500);
  g_assert_true (again == held);

  /* A new one comes first. */
  {
    g_autoptr(BounceRecord) added = bounce_journal_add (journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
    g_autoptr(BounceRecord) top = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_no_error (error);
    assert_changes (recorder, "(0,0,1)");
    g_assert_true (top == added);
  }
}

/* Records no one holds any more are let go: the list keeps a few pages, not the journal. */
static void
test_paged_lets_go (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BounceJournal) journal = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *list;
  GHashTable *live;

  for (guint i = 0; i < 2000; i++)
    g_ptr_array_add (made, g_object_new (BOUNCE_TYPE_THANKS, "created", (gint64) i,
                                         "tried", "a try", NULL));
  g_assert_true (bounce_store_insert_all (store, made, &error));
  g_ptr_array_set_size (made, 0);

  journal = new_journal (store);
  list = bounce_journal_get_records (journal, BOUNCE_TYPE_THANKS);
  for (guint i = 0; i < 2000; i++)
    g_object_unref (g_list_model_get_item (list, i));

  live = bounce_record_list_get_live (BOUNCE_RECORD_LIST (list));
  g_test_message ("%u of 2000 records alive after scrolling through them",
                  g_hash_table_size (live));
  g_assert_cmpuint (g_hash_table_size (live), <=, 8 * BOUNCE_RECORD_LIST_PAGE_SIZE);
}

int
main (int   argc,
      char *argv[])
{
  /* West of Greenwich a day's midnight in UTC is the evening before: days must not move. */
  g_setenv ("TZ", "America/Los_Angeles", TRUE);
  g_test_init (&argc, &argv, NULL);

  types = bounce_kinds_get (&n_types);

  g_test_add_func ("/journal/load", test_load);
  g_test_add_func ("/journal/add", test_add);
  g_test_add_func ("/journal/save", test_save);
  g_test_add_func ("/journal/remove-restore", test_remove_restore);
  g_test_add_func ("/journal/failures", test_failures);
  g_test_add_func ("/journal/summary", test_summary);
  g_test_add_func ("/journal/summary-long", test_summary_long);
  g_test_add_func ("/journal/summary-word-cut", test_summary_word_cut);
  g_test_add_func ("/journal/blank", test_blank);
  g_test_add_func ("/journal/drop-if-blank", test_drop_if_blank);
  g_test_add_func ("/journal/focus-goal", test_focus_goal);
  g_test_add_func ("/journal/goal-detail", test_goal_detail);
  g_test_add_func ("/journal/new-page-prompt", test_new_page_prompt);
  g_test_add_func ("/journal/paged", test_paged);
  g_test_add_func ("/journal/paged-lets-go", test_paged_lets_go);

  return g_test_run ();
}
