/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recovery.c: the recovery file: private, whole, merged, and brought back. */
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "bounce-core.h"
#include "test-records.h"
#include "test-util.h"

static GPtrArray *
one_of_each (void)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (records, g_object_new (BOUNCE_TYPE_GOAL, "title", "Pilot – Grüße",
                                          "cost", "\"quotes\" and \\ back\nslash", NULL));
  g_ptr_array_add (records, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created", (gint64) 1234,
                                          "body", "It hurt. 😢\n\nStill here.", NULL));
  g_ptr_array_add (records, g_object_new (BOUNCE_TYPE_THANKS, "tried", "the exam",
                                          "treat-given", TRUE, NULL));
  g_ptr_array_add (records, g_object_new (BOUNCE_TYPE_IDEA, "title", "Teach",
                                          "status", BOUNCE_IDEA_STATUS_RESTING, NULL));
  return records;
}

static void
test_round_trip (gconstpointer data)
{
  mode_t mask = GPOINTER_TO_UINT (data);
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *path = bounce_recovery_dup_path (store);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *journal_folder = g_path_get_dirname (bounce_store_get_path (store));
  g_autoptr(GPtrArray) records = one_of_each ();
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  GStatBuf st;
  mode_t old_mask;

  /* Beside the journal. */
  g_assert_cmpstr (folder, ==, journal_folder);

  old_mask = umask (mask);
  g_assert_true (bounce_recovery_write (path, records, &error));
  umask (old_mask);
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* No temporary file is left behind. */
  listing = g_dir_open (dir->path, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing)) != NULL;)
    g_assert_false (g_str_has_prefix (name, "journal-recovery.json."));

  back = bounce_recovery_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, records->len);
  for (guint i = 0; i < records->len; i++)
    test_assert_same_record (back->pdata[i], records->pdata[i], FALSE);
}

/* Every field type through the file: null for nothing, reals exact, references as text. */
static void
test_fields (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *path = bounce_recovery_dup_path (store);
  g_autofree char *contents = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  BounceRecord *full;
  double weight = -1;
  gint64 ended = -1;

  full = g_object_new (TEST_TYPE_SAMPLE, "label", "Grüße", "score", -G_MAXDOUBLE,
                       "goal", uuid,
                       "note", g_variant_new_maybe (NULL, g_variant_new_string ("")), NULL);
  bounce_record_set_optional_int64 (full, "ended", TRUE, G_MAXINT64);
  bounce_record_set_optional_double (full, "weight", TRUE, 0.0);
  g_ptr_array_add (records, full);
  g_ptr_array_add (records, g_object_new (TEST_TYPE_SAMPLE, "score", 4.9406564584124654e-324,
                                          NULL));
  g_ptr_array_add (records, g_object_new (TEST_TYPE_SAMPLE, "score", 3.0, NULL));
  bounce_record_set_optional_double (records->pdata[2], "weight", TRUE, 0.1);

  g_assert_true (bounce_recovery_write (path, records, &error));
  g_assert_no_error (error);

  /* Nothing is written as null, not left out. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"ended\" : null"));
  g_assert_nonnull (strstr (contents, "\"note\" : null"));

  back = bounce_recovery_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, records->len);
  for (guint i = 0; i < records->len; i++)
    test_assert_same_record (records->pdata[i], back->pdata[i], TRUE);

  g_assert_true (bounce_record_get_optional_int64 (back->pdata[0], "ended", &ended));
  g_assert_cmpint (ended, ==, G_MAXINT64);
  g_assert_true (bounce_record_get_optional_double (back->pdata[0], "weight", &weight));
  g_assert_cmpfloat (weight, ==, 0.0);
  g_assert_false (bounce_record_get_optional_int64 (back->pdata[1], "ended", NULL));
  g_assert_false (bounce_record_get_optional_double (back->pdata[1], "weight", NULL));
}

/* A value of the wrong kind for its field is damage, not a default. */
static void
test_fields_damaged (void)
{
  const char *fields[] = {
    "\"score\": \"high\"", "\"score\": null", "\"ended\": 1.5", "\"ended\": \"soon\"",
    "\"weight\": \"heavy\"", "\"note\": 12", "\"goal\": 12", "\"weight\": [1]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr(TestDir) dir = test_dir_new ();
      g_autofree char *path = g_build_filename (dir->path, "journal-recovery.json", NULL);
      g_autofree char *json = NULL;
      g_autoptr(GPtrArray) back = NULL;
      g_autoptr(GError) error = NULL;

      json = g_strdup_printf ("{\"format\": \"bounce-back-recovery\", \"version\": 1, "
                              "\"records\": [{\"kind\": \"test_samples\", "
                              "\"uuid\": \"4b4b1e4e-6a33-4a4f-9d0e-9cb7c1d7b9aa\", "
                              "\"created\": 1, \"updated\": 1, \"fields\": {%s}}]}",
                              fields[i]);
      g_assert_true (g_file_set_contents (path, json, -1, NULL));
      back = bounce_recovery_read (path, &error);
      g_test_message ("%s", fields[i]);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_null (back);
    }
}

static void
test_merge (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *path = bounce_recovery_dup_path (store);
  g_autoptr(GPtrArray) first = one_of_each ();
  g_autoptr(GPtrArray) second = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  BounceRecord *entry = first->pdata[1];

  g_assert_true (bounce_recovery_write (path, first, &error));
  g_assert_no_error (error);

  /* A later failure keeps what an earlier one kept, and the newer words of a record. */
  g_object_set (entry, "body", "newer words", NULL);
  g_ptr_array_add (second, g_object_ref (entry));
  g_ptr_array_add (second, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", "another", NULL));
  g_assert_true (bounce_recovery_write (path, second, &error));
  g_assert_no_error (error);

  back = bounce_recovery_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, 5);
  g_object_get (test_find_by_uuid (back, bounce_record_get_uuid (entry)), "body", &body, NULL);
  g_assert_cmpstr (body, ==, "newer words");
  for (guint i = 0; i < first->len; i++)
    g_assert_nonnull (test_find_by_uuid (back, bounce_record_get_uuid (first->pdata[i])));
  g_assert_nonnull (test_find_by_uuid (back, bounce_record_get_uuid (second->pdata[1])));
}

static void
test_damaged (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *path = bounce_recovery_dup_path (store);
  g_autoptr(GPtrArray) records = one_of_each ();
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *damaged = "{\"format\": \"bounce-back-recovery\", \"version\": 1, \"records\": [";
  gboolean set_aside = FALSE;

  back = bounce_recovery_read (path, &error);
  g_assert_null (back);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, damaged, -1, NULL));
  back = bounce_recovery_read (path, &error);
  g_assert_null (back);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_false (g_str_has_suffix (error->message, "."));
  g_clear_error (&error);

  /* Writing never destroys a file it cannot read: it is set aside, whole. */
  g_test_expect_message ("bounce-recovery", G_LOG_LEVEL_WARNING, "*damaged*");
  g_assert_true (bounce_recovery_write (path, records, &error));
  g_test_assert_expected_messages ();
  g_assert_no_error (error);

  listing = g_dir_open (dir->path, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing)) != NULL;)
    if (g_str_has_suffix (name, ".damaged"))
      {
        g_autofree char *aside = g_build_filename (dir->path, name, NULL);
        g_autofree char *contents = NULL;

        g_assert_true (g_file_get_contents (aside, &contents, NULL, NULL));
        g_assert_cmpstr (contents, ==, damaged);
        set_aside = TRUE;
      }
  g_assert_true (set_aside);

  back = bounce_recovery_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, records->len);
}

static void
test_bring_back (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autoptr(BounceJournal) journal = NULL;
  g_autofree char *path = bounce_recovery_dup_path (store);
  g_autoptr(BounceRecord) stored = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created", (gint64) 5000,
                                                 "body", "saved words", NULL);
  g_autoptr(BounceRecord) newer = NULL;
  g_autoptr(BounceRecord) lost = g_object_new (BOUNCE_TYPE_IDEA, "created", (gint64) 7000,
                                               "title", "kept only in the file",
                                               "status", BOUNCE_IDEA_STATUS_TRYING, NULL);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autoptr(BounceRecord) in_journal = NULL;
  g_autoptr(BounceRecord) in_journal_idea = NULL;
  sqlite3 *lock;
  guint n = 0;

  g_assert_true (bounce_store_insert (store, stored, &error));
  g_assert_no_error (error);
  journal = bounce_journal_new (store, &error);
  g_assert_no_error (error);

  /* The same entry with words that never reached the journal, and a new idea. */
  newer = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "uuid", bounce_record_get_uuid (stored),
                        "created", (gint64) 5000, "body", "saved words, and more", NULL);
  g_ptr_array_add (records, g_object_ref (newer));
  g_ptr_array_add (records, g_object_ref (lost));
  g_assert_true (bounce_recovery_write (path, records, &error));
  g_assert_no_error (error);

  /* While the journal cannot be written, the file stays. */
  lock = test_lock_journal (bounce_store_get_path (store));
  g_assert_false (bounce_recovery_bring_back (path, journal, &n, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  test_unlock_journal (lock);

  g_assert_true (bounce_recovery_bring_back (path, journal, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* On disk: the entry updated in place, the idea inserted with its identity. */
  entries = bounce_store_load (store, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_cmpuint (entries->len, ==, 1);
  test_assert_same_record (entries->pdata[0], newer, FALSE);
  ideas = bounce_store_load (store, BOUNCE_TYPE_IDEA, &error);
  g_assert_cmpuint (ideas->len, ==, 1);
  test_assert_same_record (ideas->pdata[0], lost, FALSE);

  /* And in the journal's lists, on the very object a window shows. */
  in_journal = bounce_journal_dup_record (journal, BOUNCE_TYPE_GRIEF_ENTRY,
                                          bounce_record_get_uuid (stored));
  g_assert_nonnull (in_journal);
  g_object_get (in_journal, "body", &body, NULL);
  g_assert_cmpstr (body, ==, "saved words, and more");
  in_journal_idea = bounce_journal_dup_record (journal, BOUNCE_TYPE_IDEA,
                                               bounce_record_get_uuid (lost));
  g_assert_nonnull (in_journal_idea);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/recovery/round-trip/umask-022", GUINT_TO_POINTER (022), test_round_trip);
  g_test_add_data_func ("/recovery/round-trip/umask-000", GUINT_TO_POINTER (0), test_round_trip);
  g_test_add_data_func ("/recovery/round-trip/umask-277", GUINT_TO_POINTER (0277),
                        test_round_trip);
  g_test_add_func ("/recovery/merge", test_merge);
  g_test_add_func ("/recovery/fields", test_fields);
  g_test_add_func ("/recovery/fields/damaged", test_fields_damaged);
  g_test_add_func ("/recovery/damaged", test_damaged);
  g_test_add_func ("/recovery/bring-back", test_bring_back);

  return g_test_run ();
}
