/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import.c: an export read back: the round trip, the merge by uuid and update time, a
 * wrong file refused whole with where and what, and two computers kept in step. */
#include <string.h>

#include <glib/gstdio.h>

#include "bounce-core.h"
#include "test-records.h"
#include "test-util.h"

#define BASE_TIME G_GINT64_CONSTANT (1717400000000000)   /* 3 June 2024 */

static const GType *types;
static guint n_types;

typedef struct
{
  TestDir       *dir;
  BounceJournal *journal;
} Side;

static Side *
side_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) store = NULL;
  Side *side = g_new0 (Side, 1);

  side->dir = test_dir_new ();
  store = test_open_store (side->dir->path);
  side->journal = bounce_journal_new (store, &error);
  g_assert_no_error (error);
  return side;
}

static void
side_free (Side *side)
{
  g_clear_object (&side->journal);
  test_dir_free (side->dir);
  g_free (side);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Side, side_free)

static BounceStore *
store_of (Side *side)
{
  return bounce_journal_get_store (side->journal);
}

static char *
export_json (Side *side)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = bounce_export_json (store_of (side), NULL, &error);
  gsize length;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &length);
  return g_strndup (data, length);
}

static guint
count_all (Side *side)
{
  guint total = 0;

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GError) error = NULL;
      guint n = 0;

      bounce_store_count (store_of (side), types[i], &n, &error);
      g_assert_no_error (error);
      total += n;
    }

  return total;
}

static void
import (Side               *side,
        const char         *json,
        BounceImportCounts *counts)
{
  g_autoptr(GError) error = NULL;

  bounce_import_data (side->journal, json, strlen (json), counts, &error);
  g_assert_no_error (error);
}

/* The texts that break exporters: emoji, combining marks, right to left, quotes, SQL, the
 * JSON's own escapes, and a page of a megabyte. */
static const char * const hard_texts[] = {
  "🌱🙂👩🏽‍🔬 🇩🇪",
  "e\u0301 a\u0308 n\u0303 — Z\u0336a\u0335l\u0334g\u0337o",
  "שלום, עולם. مرحبا بالعالم ‏(RTL)‎ mixed",
  "\"double\" 'single' “curly” «guillemets» \\ backslash / slash",
  "'); DROP TABLE grief_entries; -- SELECT * FROM goals WHERE 1=1; \"",
  "tab\tnew\nline\r\ncarriage \x01 control \u2028 separator",
};

static void
test_round_trip (void)
{
  g_autoptr(Side) first = side_new ();
  g_autoptr(Side) second = side_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) megabyte = g_string_new (NULL);
  g_autoptr(BounceRecord) goal = test_new_filled_record (BOUNCE_TYPE_GOAL, BASE_TIME, NULL, 0);
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  BounceImportCounts counts;
  guint n = 0;

  g_ptr_array_add (records, g_object_ref (goal));
  for (guint i = 0; i < n_types; i++)
    for (guint seed = 0; seed < 2; seed++)
      if (types[i] != BOUNCE_TYPE_GOAL || seed == 1)
        g_ptr_array_add (records,
                         test_new_filled_record (types[i], BASE_TIME + 10 * i + seed,
                                                 bounce_record_get_uuid (goal), seed));

  while (megabyte->len < 1024 * 1024)
    g_string_append (megabyte, "A whole page of grief, line after line. Ünïcödé 🌧️\n");
  for (guint i = 0; i < G_N_ELEMENTS (hard_texts); i++)
    g_ptr_array_add (records, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                            "created", BASE_TIME + 1000 + i,
                                            "body", hard_texts[i], NULL));
  g_ptr_array_add (records, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created", BASE_TIME + 2000,
                                          "body", megabyte->str, NULL));

  bounce_store_insert_all (store_of (first), records, &error);
  g_assert_no_error (error);

  json = export_json (first);
  import (second, json, &counts);
  g_assert_cmpuint (counts.added, ==, records->len);
  g_assert_cmpuint (counts.updated, ==, 0);
  g_assert_cmpuint (counts.kept, ==, 0);

  again = export_json (second);
  g_assert_cmpuint (strlen (again), ==, strlen (json));
  g_assert_true (strcmp (again, json) == 0);

  /* And each record is as it was, read from the other journal's file. */
  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr(BounceRecord) read = NULL;

      read = bounce_store_load_one (store_of (second), G_OBJECT_TYPE (records->pdata[i]),
                                    bounce_record_get_uuid (records->pdata[i]), &error);
      g_assert_no_error (error);
      test_assert_same_record (records->pdata[i], read, TRUE);
      n++;
    }
  g_assert_cmpuint (n, ==, count_all (second));
}

/* The same file twice adds nothing; a later copy of a record wins, an older is left. */
static void
test_merge (void)
{
  g_autoptr(Side) side = side_new ();
  g_autoptr(Side) other = side_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) entry = NULL;
  g_autoptr(BounceRecord) mine = NULL;
  g_autoptr(BounceRecord) read = NULL;
  g_autofree char *json = NULL;
  g_autofree char *older = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *body = NULL;
  BounceImportCounts counts;

  entry = bounce_journal_add (other->journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);
  g_object_set (entry, "body", "first words", NULL);
  bounce_journal_save (other->journal, entry, &error);
  g_assert_no_error (error);

  json = export_json (other);
  import (side, json, &counts);
  g_assert_cmpuint (counts.added, ==, 1);
  import (side, json, &counts);
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.updated, ==, 0);
  g_assert_cmpuint (counts.kept, ==, 1);
  g_assert_cmpuint (count_all (side), ==, 1);

  /* Edited on the other side later: it comes over, with that side's update time. */
  g_object_set (entry, "body", "second words", NULL);
  bounce_journal_save (other->journal, entry, &error);
  g_assert_no_error (error);
  newer = export_json (other);
  import (side, newer, &counts);
  g_assert_cmpuint (counts.updated, ==, 1);
  read = bounce_store_load_one (store_of (side), BOUNCE_TYPE_GRIEF_ENTRY,
                                bounce_record_get_uuid (entry), &error);
  g_assert_no_error (error);
  test_assert_same_record (entry, read, TRUE);

  /* Edited here after that: the other side's older copy does not come back over it. */
  mine = bounce_journal_dup_record (side->journal, BOUNCE_TYPE_GRIEF_ENTRY,
                                    bounce_record_get_uuid (entry));
  g_object_set (mine, "body", "my words", NULL);
  bounce_journal_save (side->journal, mine, &error);
  g_assert_no_error (error);
  import (side, newer, &counts);
  g_assert_cmpuint (counts.kept, ==, 1);
  g_clear_object (&read);
  read = bounce_store_load_one (store_of (side), BOUNCE_TYPE_GRIEF_ENTRY,
                                bounce_record_get_uuid (entry), &error);
  g_object_get (read, "body", &body, NULL);
  g_assert_cmpstr (body, ==, "my words");

  (void) older;
}

/* A record someone holds (an editor's) takes the merged words, and its list is told. */
static void
test_merge_live (void)
{
  g_autoptr(Side) side = side_new ();
  g_autoptr(Side) other = side_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) theirs = NULL;
  g_autoptr(BounceRecord) live = NULL;
  g_autofree char *json = NULL;
  g_autofree char *body = NULL;
  GListModel *model = bounce_journal_get_records (side->journal, BOUNCE_TYPE_GRIEF_ENTRY);
  BounceImportCounts counts;

  theirs = bounce_journal_add (other->journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);
  g_free (json);
  json = export_json (other);
  import (side, json, &counts);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  live = g_list_model_get_item (model, 0);
  g_assert_cmpstr (bounce_record_get_uuid (live), ==, bounce_record_get_uuid (theirs));

  g_object_set (theirs, "body", "written over there", NULL);
  bounce_journal_save (other->journal, theirs, &error);
  g_assert_no_error (error);
  g_free (json);
  json = export_json (other);
  import (side, json, &counts);
  g_assert_cmpuint (counts.updated, ==, 1);

  g_object_get (live, "body", &body, NULL);
  g_assert_cmpstr (body, ==, "written over there");
  g_assert_cmpint (bounce_record_get_updated (live), ==, bounce_record_get_updated (theirs));
}

/* What a file that is wrong says, and where. */
typedef struct
{
  const char        *name;
  const char        *json;
  BounceImportError  code;
  const char        *where;     /* "line 3," or "line 3, column 14:" */
  const char        *what;      /* a part of the message */
} Refusal;

#define HEAD "{\n\"format\": \"bounce-back-journal\",\n\"version\": 1,\n\"kinds\": {\n"
/* A good record first: the refusal must take it back too. */
#define GOOD "\"lessons\": [{\"uuid\": \"f45ba31e-10ef-409b-88a9-c5f5c825e62b\", " \
             "\"created\": 1, \"updated\": 1, \"fields\": {\"taught\": \"kept?\"}}],\n"
#define IDEA(fields) "\"ideas\": [{\"uuid\": \"6e680bda-0053-4dfc-bc2e-95b035c4b149\", " \
                     "\"created\": 1, \"updated\": 1,\n\"fields\": " fields "}]\n}}"

static const Refusal refusals[] = {
  { "syntax", HEAD GOOD "\"ideas\": [tru]\n}}", BOUNCE_IMPORT_ERROR_SYNTAX,
    "line 6, column", "unexpected" },
  { "truncated", HEAD GOOD "\"ideas\": [", BOUNCE_IMPORT_ERROR_SYNTAX, "line 6,", "" },
  { "empty", "", BOUNCE_IMPORT_ERROR_FOREIGN, "", "empty" },
  { "not-utf8", HEAD GOOD "\"ideas\": [\"\xff\"]}}", BOUNCE_IMPORT_ERROR_SYNTAX,
    "line 6, column 12:", "UTF-8" },
  { "deep", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    BOUNCE_IMPORT_ERROR_SYNTAX, "line 1, column 33:", "nested" },
  { "huge-number", HEAD GOOD IDEA ("{\"title\": 123456789012345678901234567890}"),
    BOUNCE_IMPORT_ERROR_INVALID, "line 7, column 21:", "123456789012345678901234567890" },
  { "foreign", "[1, 2]", BOUNCE_IMPORT_ERROR_FOREIGN, "line 1, column 1:", "not a journal" },
  { "other-format", "{\"format\": \"photos\", \"version\": 1, \"kinds\": {}}",
    BOUNCE_IMPORT_ERROR_FOREIGN, "line 1,", "not a journal" },
  { "newer-version", "{\"format\": \"bounce-back-journal\",\n\"version\": 7,\n\"kinds\": {}}",
    BOUNCE_IMPORT_ERROR_NEWER, "line 2,", "newer Bounce Back (format 7)" },
  { "newer-schema", HEAD GOOD "\"ideas\": []},\n\"schema\": 999}",
    BOUNCE_IMPORT_ERROR_NEWER, "line 7,", "(version 999)" },
  { "unknown-top", HEAD GOOD "\"ideas\": []},\n\"extra\": 1}",
    BOUNCE_IMPORT_ERROR_INVALID, "line 7,", "“extra”" },
  { "unknown-kind", HEAD GOOD "\"spells\": []\n}}", BOUNCE_IMPORT_ERROR_INVALID,
    "line 6,", "“spells” is not a kind" },
  { "kind-not-list", HEAD GOOD "\"ideas\": {}\n}}", BOUNCE_IMPORT_ERROR_INVALID,
    "line 6,", "a list" },
  { "unknown-field", HEAD GOOD IDEA ("{\"colour\": \"red\"}"), BOUNCE_IMPORT_ERROR_INVALID,
    "line 7,", "“colour” is not a field of “ideas”" },
  { "wrong-type", HEAD GOOD IDEA ("{\"title\": 12}"), BOUNCE_IMPORT_ERROR_INVALID,
    "line 7, column 22:", "“title” should be text" },
  { "bad-enum", HEAD GOOD IDEA ("{\"status\": \"sleeping\"}"), BOUNCE_IMPORT_ERROR_INVALID,
    "line 7,", "dreaming, trying, resting, done, let-go" },
  { "enum-number", HEAD GOOD IDEA ("{\"status\": 2}"), BOUNCE_IMPORT_ERROR_INVALID,
    "line 7,", "“status” should be one of" },
  { "bad-reference", HEAD GOOD IDEA ("{\"goal\": \"'; DROP TABLE goals; --\"}"),
    BOUNCE_IMPORT_ERROR_INVALID, "line 7,", "UUID of an entry of “goals”" },
  { "out-of-range", HEAD GOOD "\"checkins\": [{\"uuid\": \"8fa98ffc-e4fb-44dd-bcbf-ee469253da15\","
    " \"created\": 1, \"updated\": 1,\n\"fields\": {\"score\": 6}}]\n}}",
    BOUNCE_IMPORT_ERROR_INVALID, "line 7,", "between 0 and 5" },
  { "int-overflow", HEAD GOOD "\"coping\": [{\"uuid\": \"8fa98ffc-e4fb-44dd-bcbf-ee469253da15\","
    " \"created\": 1, \"updated\": 1,\n\"fields\": {\"minutes\": 4294967296}}]\n}}",
    BOUNCE_IMPORT_ERROR_INVALID, "line 7,", "between 0 and 1440" },
  { "infinite", HEAD GOOD "\"talks\": [{\"uuid\": \"160c7177-b19b-4090-9ccf-1db90c0cbff9\","
    " \"created\": 1, \"updated\": 1,\n\"fields\": {\"follow-up\": 1e999}}]\n}}",
    BOUNCE_IMPORT_ERROR_INVALID, "line 7,", "“follow-up” should be a whole number" },
  { "bad-uuid", HEAD GOOD "\"ideas\": [{\"uuid\": \"abc\", \"created\": 1, \"updated\": 1, "
    "\"fields\": {}}]\n}}", BOUNCE_IMPORT_ERROR_INVALID, "line 6,", "“uuid” should be a UUID" },
  { "same-uuid", HEAD "\"ideas\": [{\"uuid\": \"6e680bda-0053-4dfc-bc2e-95b035c4b149\", "
    "\"created\": 1, \"updated\": 1, \"fields\": {}},\n{\"uuid\": "
    "\"6E680BDA-0053-4DFC-BC2E-95B035C4B149\", \"created\": 1, \"updated\": 1, \"fields\": {}}]}}",
    BOUNCE_IMPORT_ERROR_INVALID, "line 6,", "same UUID" },
  { "no-fields", HEAD GOOD "\"ideas\": [{\"uuid\": \"6e680bda-0053-4dfc-bc2e-95b035c4b149\",\n"
    "\"created\": 1, \"updated\": 1}]}}", BOUNCE_IMPORT_ERROR_INVALID, "line 6,", "no “fields”" },
  { "no-time", HEAD GOOD "\"ideas\": [{\"uuid\": \"6e680bda-0053-4dfc-bc2e-95b035c4b149\", "
    "\"created\": 0, \"updated\": 1, \"fields\": {}}]}}", BOUNCE_IMPORT_ERROR_INVALID, "line 6,",
    "“created” is not a time" },
  { "far-time", HEAD GOOD "\"ideas\": [{\"uuid\": \"6e680bda-0053-4dfc-bc2e-95b035c4b149\", "
    "\"created\": 1, \"updated\": 9223372036854775807, \"fields\": {}}]}}",
    BOUNCE_IMPORT_ERROR_INVALID, "line 6,", "“updated” is not a time" },
  { "record-not-object", HEAD GOOD "\"ideas\": [\"idea\"]}}", BOUNCE_IMPORT_ERROR_INVALID,
    "line 6,", "an entry should be an object" },
};

static void
test_refused (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autoptr(Side) side = side_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) entry = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  BounceImportCounts counts = { 7, 7, 7 };

  entry = bounce_journal_add (side->journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);
  before = export_json (side);

  g_assert_false (bounce_import_data (side->journal, refusal->json, strlen (refusal->json),
                                      &counts, &error));
  g_test_message ("%s: %s", refusal->name, error->message);
  g_assert_error (error, BOUNCE_IMPORT_ERROR, (int) refusal->code);
  g_assert_true (g_str_has_prefix (error->message, refusal->where));
  g_assert_nonnull (strstr (error->message, refusal->what));
  g_assert_cmpuint (counts.added, ==, 7);

  /* Nothing changed, not even the good record before the wrong one. */
  after = export_json (side);
  g_assert_cmpstr (after, ==, before);
}

/* A reference to a record that is in neither journal is kept, as the journal keeps one to
 * a deleted goal: undo or the other computer may bring the goal back under that uuid. */
static void
test_dangling_reference_kept (void)
{
  g_autoptr(Side) side = side_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) idea = NULL;
  g_autofree char *goal = NULL;
  const char *json = HEAD IDEA ("{\"goal\": \"0F8FAD5B-D9CB-469F-A165-70867728950E\"}");
  BounceImportCounts counts;

  import (side, json, &counts);
  g_assert_cmpuint (counts.added, ==, 1);
  idea = bounce_store_load_one (store_of (side), BOUNCE_TYPE_IDEA,
                                "6e680bda-0053-4dfc-bc2e-95b035c4b149", &error);
  g_assert_no_error (error);
  g_object_get (idea, "goal", &goal, NULL);
  /* In the journal's own form: lower case. */
  g_assert_cmpstr (goal, ==, "0f8fad5b-d9cb-469f-a165-70867728950e");
}

static void
test_file_errors (void)
{
  g_autoptr(Side) side = side_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (side->dir->path, "none.json", NULL);

  g_assert_false (bounce_import_file (side->journal, path, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "none.json"));
}

/* Two computers, each quitting (its export to the folder) and starting (the other's import)
 * in turn, each editing: every edit of either ends up on both. */
static void
quit (Side       *side,
      const char *folder)
{
  g_autoptr(GError) error = NULL;

  bounce_sync_export (store_of (side), folder, NULL, &error);
  g_assert_no_error (error);
}

static BounceImportCounts
start (Side       *side,
       const char *folder)
{
  g_autoptr(GError) error = NULL;
  BounceImportCounts counts;

  bounce_sync_import (side->journal, folder, &counts, &error);
  g_assert_no_error (error);
  return counts;
}

static BounceRecord *
write_entry (Side       *side,
             const char *uuid,
             const char *body)
{
  g_autoptr(GError) error = NULL;
  BounceRecord *entry;

  if (uuid != NULL)
    entry = bounce_journal_dup_record (side->journal, BOUNCE_TYPE_GRIEF_ENTRY, uuid);
  else
    entry = bounce_journal_add (side->journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);

  g_object_set (entry, "body", body, NULL);
  bounce_journal_save (side->journal, entry, &error);
  g_assert_no_error (error);
  return entry;
}

static char *
body_of (Side       *side,
         const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) entry = NULL;
  char *body = NULL;

  entry = bounce_store_load_one (store_of (side), BOUNCE_TYPE_GRIEF_ENTRY, uuid, &error);
  if (entry == NULL)
    return NULL;
  g_object_get (entry, "body", &body, NULL);
  return body;
}

static void
test_two_computers (void)
{
  g_autoptr(TestDir) folder = test_dir_new ();
  g_autoptr(Side) laptop = side_new ();
  g_autoptr(Side) desktop = side_new ();
  g_autoptr(BounceRecord) a = NULL;
  g_autoptr(BounceRecord) b = NULL;
  g_autoptr(BounceRecord) both = NULL;
  g_autoptr(BounceRecord) c = NULL;
  g_autofree char *uuid_a = NULL;
  g_autofree char *laptop_json = NULL;
  g_autofree char *desktop_json = NULL;
  g_autofree char *text = NULL;
  BounceImportCounts counts;

  /* Laptop: a first page, and one both will edit. */
  start (laptop, folder->path);
  a = write_entry (laptop, NULL, "a, from the laptop");
  both = write_entry (laptop, NULL, "shared, first words");
  uuid_a = g_strdup (bounce_record_get_uuid (a));
  quit (laptop, folder->path);

  /* Desktop: gets them, writes one of its own, edits the laptop's first. */
  counts = start (desktop, folder->path);
  g_assert_cmpuint (counts.added, ==, 2);
  b = write_entry (desktop, NULL, "b, from the desktop");
  g_clear_object (&a);
  a = write_entry (desktop, uuid_a, "a, edited on the desktop");
  quit (desktop, folder->path);

  /* Laptop: gets b and the edit of a; edits the shared one, then writes c. */
  counts = start (laptop, folder->path);
  g_assert_cmpuint (counts.added, ==, 1);
  g_assert_cmpuint (counts.updated, ==, 1);
  g_clear_object (&both);
  both = write_entry (laptop, bounce_record_get_uuid (b), "b, edited on the laptop");
  g_clear_object (&both);
  c = write_entry (laptop, NULL, "c, from the laptop");
  quit (laptop, folder->path);

  /* Meanwhile the desktop edits b too, later: the later edit wins, on both. */
  g_usleep (2000);
  g_clear_object (&both);
  both = write_entry (desktop, bounce_record_get_uuid (b), "b, edited on the desktop, later");
  counts = start (desktop, folder->path);
  g_assert_cmpuint (counts.added, ==, 1);     /* c */
  g_assert_cmpuint (counts.kept, >=, 2);      /* a, b: the desktop's are as new or newer */
  quit (desktop, folder->path);
  start (laptop, folder->path);

  text = body_of (laptop, bounce_record_get_uuid (b));
  g_assert_cmpstr (text, ==, "b, edited on the desktop, later");
  g_free (text);
  text = body_of (laptop, uuid_a);
  g_assert_cmpstr (text, ==, "a, edited on the desktop");
  g_free (text);
  text = body_of (desktop, bounce_record_get_uuid (c));
  g_assert_cmpstr (text, ==, "c, from the laptop");

  /* The two journals are the same journal now, to the byte. */
  laptop_json = export_json (laptop);
  desktop_json = export_json (desktop);
  g_assert_cmpstr (laptop_json, ==, desktop_json);
  g_assert_cmpuint (count_all (laptop), ==, 4);
}

/* A record deleted on one computer comes back from the other's file, until it is deleted
 * on both (the README says so). */
static void
test_two_computers_delete (void)
{
  g_autoptr(TestDir) folder = test_dir_new ();
  g_autoptr(Side) laptop = side_new ();
  g_autoptr(Side) desktop = side_new ();
  g_autoptr(BounceRecord) entry = NULL;
  g_autoptr(BounceRecord) there = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *text = NULL;

  entry = write_entry (laptop, NULL, "to be deleted");
  uuid = g_strdup (bounce_record_get_uuid (entry));
  quit (laptop, folder->path);
  start (desktop, folder->path);
  quit (desktop, folder->path);

  bounce_journal_remove (laptop->journal, entry, &error);
  g_assert_no_error (error);
  quit (laptop, folder->path);
  start (laptop, folder->path);
  text = body_of (laptop, uuid);
  g_assert_cmpstr (text, ==, "to be deleted");
  g_clear_pointer (&text, g_free);

  /* Deleted on both, and the desktop's file written since: gone for good. */
  g_clear_object (&entry);
  entry = bounce_journal_dup_record (laptop->journal, BOUNCE_TYPE_GRIEF_ENTRY, uuid);
  bounce_journal_remove (laptop->journal, entry, &error);
  g_assert_no_error (error);
  quit (laptop, folder->path);
  start (desktop, folder->path);
  there = bounce_journal_dup_record (desktop->journal, BOUNCE_TYPE_GRIEF_ENTRY, uuid);
  bounce_journal_remove (desktop->journal, there, &error);
  g_assert_no_error (error);
  quit (desktop, folder->path);
  start (laptop, folder->path);
  g_assert_null (body_of (laptop, uuid));
  g_assert_null (body_of (desktop, uuid));
}

/* A file in the folder that cannot be imported changes nothing, says its name, and does
 * not keep the others out. */
static void
test_two_computers_bad_file (void)
{
  g_autoptr(TestDir) folder = test_dir_new ();
  g_autoptr(Side) laptop = side_new ();
  g_autoptr(Side) desktop = side_new ();
  g_autoptr(BounceRecord) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = g_build_filename (folder->path, "bounce-back-0000.json", NULL);
  g_autofree char *other = g_build_filename (folder->path, "notes.json", NULL);
  BounceImportCounts counts;

  entry = write_entry (laptop, NULL, "kept");
  quit (laptop, folder->path);
  g_file_set_contents (bad, "{\"format\": \"bounce-back-journal\", \"version\": 1,", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (other, "not ours, not read", -1, &error);
  g_assert_no_error (error);

  g_assert_false (bounce_sync_import (desktop->journal, folder->path, &counts, &error));
  g_assert_error (error, BOUNCE_IMPORT_ERROR, BOUNCE_IMPORT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "bounce-back-0000.json"));
  g_assert_cmpuint (counts.added, ==, 1);
  g_assert_cmpuint (count_all (desktop), ==, 1);
}

/* Project A and the back-pocket project are one idea at a time: marked on two computers,
 * each on an idea of its own, the mark goes with the idea imported, as marking it here
 * would, and the idea on show here hears that it lost it. */
static void
test_marks_move (void)
{
  g_autoptr(Side) here = side_new ();
  g_autoptr(Side) there = side_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) mine = NULL;
  g_autoptr(BounceRecord) theirs = NULL;
  g_autoptr(BounceIdea) project_a = NULL;
  g_autoptr(BounceIdea) back_pocket = NULL;
  g_autofree char *json = NULL;
  BounceImportCounts counts;
  int project;
  gboolean pocket;

  mine = bounce_journal_add (here->journal, BOUNCE_TYPE_IDEA, &error);
  g_assert_no_error (error);
  g_object_set (mine, "title", "Pottery", NULL);
  g_assert_true (bounce_journal_save (here->journal, mine, &error));
  g_assert_true (bounce_journal_set_project (here->journal, BOUNCE_IDEA (mine),
                                             BOUNCE_IDEA_PROJECT_A, &error));
  g_assert_true (bounce_journal_set_back_pocket (here->journal, BOUNCE_IDEA (mine), TRUE,
                                                 &error));
  g_assert_no_error (error);

  theirs = bounce_journal_add (there->journal, BOUNCE_TYPE_IDEA, &error);
  g_assert_no_error (error);
  g_object_set (theirs, "title", "Baking", NULL);
  g_assert_true (bounce_journal_save (there->journal, theirs, &error));
  g_assert_true (bounce_journal_set_project (there->journal, BOUNCE_IDEA (theirs),
                                             BOUNCE_IDEA_PROJECT_A, &error));
  g_assert_true (bounce_journal_set_back_pocket (there->journal, BOUNCE_IDEA (theirs), TRUE,
                                                 &error));
  g_assert_no_error (error);

  json = export_json (there);
  g_assert_true (bounce_import_data (here->journal, json, strlen (json), &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 1);

  project_a = bounce_journal_dup_project (here->journal, BOUNCE_IDEA_PROJECT_A);
  back_pocket = bounce_journal_dup_back_pocket (here->journal);
  g_assert_cmpstr (bounce_record_get_uuid (BOUNCE_RECORD (project_a)), ==,
                   bounce_record_get_uuid (theirs));
  g_assert_cmpstr (bounce_record_get_uuid (BOUNCE_RECORD (back_pocket)), ==,
                   bounce_record_get_uuid (theirs));
  g_object_get (mine, "project", &project, "back-pocket", &pocket, NULL);
  g_assert_cmpint (project, ==, BOUNCE_IDEA_PROJECT_NONE);
  g_assert_false (pocket);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  types = bounce_kinds_get (&n_types);

  g_test_add_func ("/import/round-trip", test_round_trip);
  g_test_add_func ("/import/merge", test_merge);
  g_test_add_func ("/import/merge-live", test_merge_live);
  g_test_add_func ("/import/dangling-reference-kept", test_dangling_reference_kept);
  g_test_add_func ("/import/file-errors", test_file_errors);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strconcat ("/import/refused/", refusals[i].name, NULL);

      g_test_add_data_func (path, &refusals[i], test_refused);
    }
  g_test_add_func ("/import/marks-move", test_marks_move);
  g_test_add_func ("/sync/two-computers", test_two_computers);
  g_test_add_func ("/sync/delete", test_two_computers_delete);
  g_test_add_func ("/sync/bad-file", test_two_computers_bad_file);

  return g_test_run ();
}
