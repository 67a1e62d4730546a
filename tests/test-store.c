/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store.c: the journal file on disk, checked against what SQLite itself reads back. */
#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "bounce-core.h"
#include "test-db.h"
#include "test-records.h"
#include "test-util.h"

#define APPLICATION_ID 0x424F554E

/* Fixed times in µs, far from "now", so that a stamp the store makes up cannot pass for them. */
#define OLD_CREATED ((gint64) 1500000000000000)
#define OLD_UPDATED ((gint64) 1500000123456789)


/* Every kind of record, from the one list in core; main() fills it in. */
static const GType *types;
static guint n_types;

static GPtrArray *
load (BounceStore *store,
      GType        type)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = bounce_store_load (store, type, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  for (guint i = 0; i < records->len; i++)
    g_assert_true (G_OBJECT_TYPE (records->pdata[i]) == type);
  return records;
}

static void
insert (BounceStore  *store,
        BounceRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bounce_store_insert (store, record, &error));
  g_assert_no_error (error);
}

/* A record with something other than the default in every field, text beyond ASCII included. */
static BounceRecord *
make_full_record (GType type)
{
  BounceRecord *record = NULL;
  BounceRecordClass *klass;

  if (type == BOUNCE_TYPE_GOAL)
    record = g_object_new (type,
                           "created", OLD_CREATED, "updated", OLD_UPDATED,
                           "title", "Grüße – 😊 the marathon",
                           "cost", "Three years,\nand a knee",
                           NULL);
  else if (type == BOUNCE_TYPE_GRIEF_ENTRY)
    record = g_object_new (type,
                           "created", OLD_CREATED, "updated", OLD_UPDATED,
                           "body", "Grüße – 😊\n\n"
                                   "It's 'quoted' and \"quoted\"; DROP TABLE goals;",
                           NULL);
  else if (type == BOUNCE_TYPE_THANKS)
    record = g_object_new (type,
                           "created", OLD_CREATED, "updated", OLD_UPDATED,
                           "tried", "I trained every morning",
                           "learned-subject", "Distance is patience – Grüße",
                           "learned-self", "I keep going 😊",
                           "treat", "A sauna afternoon",
                           "treat-given", TRUE,
                           NULL);
  else if (type == BOUNCE_TYPE_IDEA)
    record = g_object_new (type,
                           "created", OLD_CREATED, "updated", OLD_UPDATED,
                           "title", "Coach a youth team",
                           "notes", "Grüße – 😊\nask the club",
                           "status", BOUNCE_IDEA_STATUS_RESTING,
                           "next-step", "Call Anna on Monday",
                           NULL);
  else
    record = g_object_new (type, "created", OLD_CREATED, "updated", OLD_UPDATED, NULL);

  /* Fields added later, and every field of the newer kinds, get a value of their type. */
  klass = BOUNCE_RECORD_GET_CLASS (record);
  g_assert_cmpuint (klass->n_fields, >, 0);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (record), pspec->name, &value);
      if (!g_param_value_defaults (pspec, &value))
        continue;

      if (bounce_record_field_get_reference_type (pspec) != G_TYPE_INVALID)
        g_object_set (record, pspec->name, "a1b2c3d4-0000-4000-8000-000000000001", NULL);
      else if (G_IS_PARAM_SPEC_STRING (pspec))
        g_object_set (record, pspec->name, "Grüße – 😊 \"I can't\"; DROP TABLE goals;\nمرحبا", NULL);
      else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
        g_object_set (record, pspec->name, !G_PARAM_SPEC_BOOLEAN (pspec)->default_value, NULL);
      else if (G_IS_PARAM_SPEC_INT (pspec))
        g_object_set (record, pspec->name, G_PARAM_SPEC_INT (pspec)->maximum, NULL);
      else if (G_IS_PARAM_SPEC_ENUM (pspec))
        g_object_set (record, pspec->name, G_PARAM_SPEC_ENUM (pspec)->enum_class->maximum, NULL);
      else if (G_IS_PARAM_SPEC_VARIANT (pspec))
        g_object_set (record, pspec->name,
                      g_variant_new_maybe (G_VARIANT_TYPE_INT64,
                                           g_variant_new_int64 (1767225600)), NULL);
    }

  /* Guard the fixture itself: a field left at its default would prove nothing. */
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, klass->fields[i]->value_type);
      g_object_get_property (G_OBJECT (record), klass->fields[i]->name, &value);
      if (g_param_value_defaults (klass->fields[i], &value))
        g_error ("%s:%s is left at its default", G_OBJECT_TYPE_NAME (record),
                 klass->fields[i]->name);
    }

  return record;
}

static void
test_create (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *dir = g_build_filename (tmp->path, "data", "nested", "bounce-back", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *tables = NULL;

  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  store = test_open_store (dir);

  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (bounce_store_get_path (store), ==, path);
  g_assert_cmpint (bounce_store_get_schema_version (store), ==, BOUNCE_STORE_SCHEMA_VERSION);

  db = raw_open (path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (raw_query_int (db, "PRAGMA application_id"), ==, APPLICATION_ID);
  g_assert_cmpint (raw_query_int (db, "PRAGMA user_version"), ==, BOUNCE_STORE_SCHEMA_VERSION);
  mode = raw_query (db, "PRAGMA journal_mode", NULL);
  g_assert_cmpstr (mode, ==, "wal");
  tables = raw_query (db,
                      "SELECT group_concat(name, ',') FROM "
                      "(SELECT name FROM sqlite_master WHERE type = 'table'"
                      " AND name NOT GLOB '*_search_*' ORDER BY name)",
                      NULL);
  /* Each kind with words has its index, "_search" (and the FTS5 tables behind it). */
  g_assert_cmpstr (tables, ==, "aspects,aspects_search,checkins,checkins_search,coping,"
                              "coping_search,definitions,definitions_search,goals,"
                              "goals_search,grief_entries,grief_entries_search,ideas,"
                              "ideas_search,journal,lessons,lessons_search,nudge_log,ratings,"
                              "steps,steps_search,switches,switches_search,talks,talks_search,"
                              "thanks,thanks_search");
}

static void
test_reopen (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GPtrArray) full = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) blank = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_types; i++)
    {
      g_ptr_array_add (full, make_full_record (types[i]));
      /* Newer than the full one, and with every field at its default. */
      g_ptr_array_add (blank, g_object_new (types[i], NULL));
      insert (store, full->pdata[i]);
      insert (store, blank->pdata[i]);
    }

  g_clear_object (&store);
  store = test_open_store (tmp->path);

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GPtrArray) records = load (store, types[i]);

      g_test_message ("Comparing %s", g_type_name (types[i]));
      g_assert_cmpuint (records->len, ==, 2);
      test_assert_same_record (blank->pdata[i], records->pdata[0], TRUE);
      test_assert_same_record (full->pdata[i], records->pdata[1], TRUE);
    }
}

static void
test_crud (void)
{
  const gint64 created[] = { 1000, 3000, 2000 };
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GPtrArray) inserted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(BounceRecord) stranger = NULL;
  g_autoptr(GError) error = NULL;
  BounceRecord *changed;
  BounceRecord *deleted;
  gint64 before_update;
  g_autofree char *body = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (created); i++)
    {
      g_autofree char *text = g_strdup_printf ("entry %u", i);

      g_ptr_array_add (inserted, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                               "created", created[i],
                                               "body", text,
                                               NULL));
      insert (store, inserted->pdata[i]);
    }

  /* Newest first, whatever the order of insertion. */
  records = load (store, BOUNCE_TYPE_GRIEF_ENTRY);
  g_assert_cmpuint (records->len, ==, 3);
  test_assert_same_record (inserted->pdata[1], records->pdata[0], TRUE);
  test_assert_same_record (inserted->pdata[2], records->pdata[1], TRUE);
  test_assert_same_record (inserted->pdata[0], records->pdata[2], TRUE);
  g_clear_pointer (&records, g_ptr_array_unref);

  /* Update: the new text and a fresh "updated" stamp, both on disk. */
  changed = inserted->pdata[0];
  g_assert_cmpint (bounce_record_get_updated (changed), ==, 1000);
  g_object_set (changed, "body", "entry 0, rewritten – ü", NULL);
  before_update = g_get_real_time ();
  g_assert_true (bounce_store_update (store, changed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bounce_record_get_updated (changed), >=, before_update);
  g_assert_cmpint (bounce_record_get_created (changed), ==, 1000);

  g_clear_object (&store);
  store = test_open_store (tmp->path);
  records = load (store, BOUNCE_TYPE_GRIEF_ENTRY);
  g_assert_cmpuint (records->len, ==, 3);
  test_assert_same_record (changed, records->pdata[2], TRUE);
  g_object_get (records->pdata[2], "body", &body, NULL);
  g_assert_cmpstr (body, ==, "entry 0, rewritten – ü");
  test_assert_same_record (inserted->pdata[1], records->pdata[0], TRUE);
  test_assert_same_record (inserted->pdata[2], records->pdata[1], TRUE);
  g_clear_pointer (&records, g_ptr_array_unref);

  /* Delete: gone for good, the others stay. */
  deleted = inserted->pdata[2];
  g_assert_true (bounce_store_delete (store, deleted, &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  store = test_open_store (tmp->path);
  records = load (store, BOUNCE_TYPE_GRIEF_ENTRY);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_null (test_find_by_uuid (records, bounce_record_get_uuid (deleted)));
  test_assert_same_record (inserted->pdata[1], records->pdata[0], TRUE);
  test_assert_same_record (changed, records->pdata[1], TRUE);
  g_clear_pointer (&records, g_ptr_array_unref);

  /* A record the store never had, or no longer has, is not found, and nothing changes. */
  stranger = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created", (gint64) 4000, NULL);
  g_object_set (stranger, "body", "never stored", NULL);

  g_assert_false (bounce_store_update (store, stranger, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpint (bounce_record_get_updated (stranger), ==, 4000);

  g_assert_false (bounce_store_delete (store, stranger, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (bounce_store_update (store, deleted, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (bounce_store_delete (store, deleted, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  records = load (store, BOUNCE_TYPE_GRIEF_ENTRY);
  g_assert_cmpuint (records->len, ==, 2);

  /* The same uuid twice is refused by SQLite, and the store says so. */
  g_assert_false (bounce_store_insert (store, changed, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_SQLITE);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
}

static void
test_durable (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceRecord) thanks = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *treat = NULL;
  g_autofree char *given = NULL;
  g_autofree char *tried = NULL;

  thanks = g_object_new (BOUNCE_TYPE_THANKS,
                         "tried", "Grüße – 😊",
                         "treat", "ice cream",
                         "treat-given", TRUE,
                         NULL);
  insert (store, thanks);

  /* Another connection, while ours is still open: the row is committed, not pending. */
  db = raw_open (bounce_store_get_path (store), SQLITE_OPEN_READONLY);
  treat = raw_query (db, "SELECT treat FROM thanks WHERE uuid = ?",
                     bounce_record_get_uuid (thanks));
  given = raw_query (db, "SELECT treat_given FROM thanks WHERE uuid = ?",
                     bounce_record_get_uuid (thanks));
  tried = raw_query (db, "SELECT tried FROM thanks WHERE uuid = ?",
                     bounce_record_get_uuid (thanks));
  g_assert_cmpstr (treat, ==, "ice cream");
  g_assert_cmpstr (given, ==, "1");
  g_assert_cmpstr (tried, ==, "Grüße – 😊");
}

static void
assert_private_files (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_cmpuint (file_mode (dir), ==, 0700);
  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_cmpuint (file_mode (shm), ==, 0600);
}

static void
test_permissions (gconstpointer data)
{
  mode_t mask = GPOINTER_TO_UINT (data);
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *dir = g_build_filename (tmp->path, "bounce-back", NULL);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(BounceRecord) entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, NULL);
  g_autoptr(GError) error = NULL;
  mode_t old_mask;

  /* The umask is put back before any assertion can end the test. */
  old_mask = umask (mask);
  store = bounce_store_open (dir, &error);
  if (store != NULL)
    bounce_store_insert (store, entry, &error);
  umask (old_mask);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  assert_private_files (dir);
}

/* A journal left by an older copy with looser modes is made private when opened. */
static void
test_permissions_tightened (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *dir = g_build_filename (tmp->path, "bounce-back", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  g_autoptr(BounceStore) store = test_open_store (dir);
  g_autoptr(BounceRecord) entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, NULL);

  insert (store, entry);
  g_clear_object (&store);

  g_assert_no_errno (g_chmod (dir, 0755));
  g_assert_no_errno (g_chmod (path, 0644));

  store = test_open_store (dir);
  assert_private_files (dir);
}

static void
test_unwritable (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *file = g_build_filename (tmp->path, "file", NULL);
  g_autofree char *under_file = g_build_filename (file, "journal-dir", NULL);
  g_autofree char *taken = g_build_filename (tmp->path, "taken", NULL);
  g_autofree char *taken_journal = g_build_filename (taken, "journal.db", NULL);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* A path that runs through a regular file cannot become a folder. */
  g_assert_true (g_file_set_contents (file, "just a file\n", -1, NULL));
  store = bounce_store_open (under_file, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER);
  g_assert_null (store);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_nonnull (strstr (error->message, under_file));
  g_clear_error (&error);
  g_assert_false (g_file_test (under_file, G_FILE_TEST_EXISTS));

  /* A folder where the journal file should be. */
  g_assert_no_errno (g_mkdir_with_parents (taken_journal, 0700));
  store = bounce_store_open (taken, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, taken_journal));
  g_clear_error (&error);
  g_assert_true (g_file_test (taken_journal, G_FILE_TEST_IS_DIR));

  if (geteuid () == 0)
    {
      g_test_message ("Running as root, which may write anywhere: "
                      "read-only folders not checked");
      return;
    }

  {
    g_autofree char *locked = g_build_filename (tmp->path, "locked", NULL);
    g_autofree char *locked_journal = g_build_filename (locked, "journal.db", NULL);
    g_autofree char *locked_child = g_build_filename (locked, "bounce-back", NULL);

    /* The owner made the folder read-only: that is refused, not undone. */
    g_assert_no_errno (g_mkdir (locked, 0700));
    g_assert_no_errno (g_chmod (locked, 0500));
    store = bounce_store_open (locked, &error);
    g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER);
    g_assert_null (store);
    g_assert_nonnull (strstr (error->message, locked));
    g_clear_error (&error);
    g_assert_false (g_file_test (locked_journal, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (file_mode (locked), ==, 0500);

    /* Nor can a folder be made inside it. */
    store = bounce_store_open (locked_child, &error);
    g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOLDER);
    g_assert_null (store);
    g_assert_nonnull (strstr (error->message, locked_child));
    g_clear_error (&error);
    g_assert_false (g_file_test (locked_child, G_FILE_TEST_EXISTS));
  }
}

/* Opens the store on a journal.db that it must refuse, and checks the file was left as it was. */
static void
assert_refused (const char *dir,
                int         code)
{
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  struct utimbuf old_times = { .actime = 1000000000, .modtime = 1000000000 };
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *entries = NULL;
  gsize before_length;
  gsize after_length;
  GStatBuf before_st;
  GStatBuf after_st;

  /* A mode and a time the store would never give, so that any touch shows. */
  g_assert_no_errno (g_chmod (path, 0644));
  g_assert_no_errno (g_utime (path, &old_times));
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
  g_assert_no_errno (g_stat (path, &before_st));
  g_assert_cmpuint (before_length, >, 0);

  store = bounce_store_open (dir, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, code);
  g_assert_null (store);
  g_assert_nonnull (strstr (error->message, path));

  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_no_errno (g_stat (path, &after_st));
  g_assert_cmpmem (after, after_length, before, before_length);
  g_assert_cmpint (after_st.st_size, ==, before_st.st_size);
  g_assert_cmpuint (after_st.st_mode, ==, before_st.st_mode);
  g_assert_cmpint (after_st.st_mtime, ==, before_st.st_mtime);
  g_assert_cmpuint (after_st.st_ino, ==, before_st.st_ino);

  /* No -wal, -shm or -journal left beside it. */
  entries = list_dir (dir);
  g_assert_cmpstr (entries, ==, "journal.db");
}

static void
test_foreign_text (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = g_build_filename (tmp->path, "journal.db", NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 40; i++)
    g_string_append (text, "hello, this is not a database\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  assert_refused (tmp->path, BOUNCE_STORE_ERROR_FOREIGN);
}

static void
test_foreign_database (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = g_build_filename (tmp->path, "journal.db", NULL);
  g_autoptr(sqlite3) db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

  raw_exec (db, "CREATE TABLE notes (x); INSERT INTO notes VALUES ('keep me');");
  g_clear_pointer (&db, sqlite3_close);

  assert_refused (tmp->path, BOUNCE_STORE_ERROR_FOREIGN);
}

/* Ours, from a newer Bounce Back that also keeps it in WAL mode. */
static void
test_newer (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = g_build_filename (tmp->path, "journal.db", NULL);
  g_autoptr(sqlite3) db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  g_autofree char *setup = NULL;

  setup = g_strdup_printf ("PRAGMA journal_mode = WAL;"
                           "PRAGMA application_id = %d;"
                           "PRAGMA user_version = %d;"
                           "CREATE TABLE from_the_future (x);"
                           "INSERT INTO from_the_future VALUES (42);",
                           APPLICATION_ID, BOUNCE_STORE_SCHEMA_VERSION + 1);
  raw_exec (db, setup);
  g_clear_pointer (&db, sqlite3_close);

  assert_refused (tmp->path, BOUNCE_STORE_ERROR_NEWER);
}

/* Version 0 is "nothing yet": an empty file is taken as a new journal. */
static void
test_migrate_empty (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = g_build_filename (tmp->path, "journal.db", NULL);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(BounceRecord) goal = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *tables = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_assert_no_errno (g_chmod (path, 0644));

  store = test_open_store (tmp->path);
  g_assert_cmpint (bounce_store_get_schema_version (store), ==, BOUNCE_STORE_SCHEMA_VERSION);
  g_assert_cmpuint (file_mode (path), ==, 0600);

  goal = g_object_new (BOUNCE_TYPE_GOAL, NULL);
  g_object_set (goal, "title", "a first goal", NULL);
  insert (store, goal);
  goals = load (store, BOUNCE_TYPE_GOAL);
  g_assert_cmpuint (goals->len, ==, 1);
  test_assert_same_record (goal, goals->pdata[0], TRUE);

  db = raw_open (path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (raw_query_int (db, "PRAGMA application_id"), ==, APPLICATION_ID);
  g_assert_cmpint (raw_query_int (db, "PRAGMA user_version"), ==, BOUNCE_STORE_SCHEMA_VERSION);
  tables = raw_query (db,
                      "SELECT group_concat(name, ',') FROM "
                      "(SELECT name FROM sqlite_master WHERE type = 'table'"
                      " AND name NOT GLOB '*_search_*' ORDER BY name)",
                      NULL);
  /* Each kind with words has its index, "_search" (and the FTS5 tables behind it). */
  g_assert_cmpstr (tables, ==, "aspects,aspects_search,checkins,checkins_search,coping,"
                              "coping_search,definitions,definitions_search,goals,"
                              "goals_search,grief_entries,grief_entries_search,ideas,"
                              "ideas_search,journal,lessons,lessons_search,nudge_log,ratings,"
                              "steps,steps_search,switches,switches_search,talks,talks_search,"
                              "thanks,thanks_search");
}

static void
on_reader_done_cb (GObject      *reader,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Another program (a sqlite3 shell, a backup tool) reads the journal while it is open. The
 * store must still hold its locks then: closing a descriptor of its own files drops them all,
 * the other program takes the -shm for unused and wipes it, and the store's next write
 * reads past the end of its mapping (SIGBUS). */
static void
test_other_reader (void)
{
  g_autoptr(TestDir) tmp = NULL;
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(BounceRecord) entry = NULL;
  g_autoptr(GSubprocess) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint n_written = 0;
  gboolean reader_done = FALSE;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  tmp = test_dir_new ();
  store = test_open_store (tmp->path);
  entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, NULL);
  g_object_set (entry, "body", "first", NULL);
  insert (store, entry);

  /* A program of its own, not a fork: a fork would share this one's SQLite. It reads
   * again and again while the store writes. */
  path = g_build_filename (tmp->path, "journal.db", NULL);
  g_setenv ("TEST_READ_JOURNAL", path, TRUE);
  reader = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, "/proc/self/exe", NULL);
  g_assert_no_error (error);

  g_subprocess_wait_async (reader, NULL, on_reader_done_cb, &reader_done);
  while (!reader_done && n_written < 100000)
    {
      g_autoptr(BounceRecord) more = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, NULL);

      g_object_set (more, "body", "written while another program reads", NULL);
      insert (store, more);
      n_written++;
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  g_assert_true (g_subprocess_wait_check (reader, NULL, &error));
  g_assert_no_error (error);

  {
    g_autoptr(GPtrArray) entries = load (store, BOUNCE_TYPE_GRIEF_ENTRY);

    g_assert_cmpuint (entries->len, ==, n_written + 1);
  }
}

/* The nudge log keeps the newest reminders, oldest first, with how each was answered. */
static void
test_nudge_log (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceStore) again = NULL;
  g_autoptr(GArray) log = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[5];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *nudge = g_strdup_printf ("nudge-%u", i);

      /* Logged out of order: the log is ordered by when they were sent. */
      g_assert_true (bounce_store_log_nudge (store, nudge, 1000 + 100 * ((i + 2) % 5), &ids[i],
                                             &error));
      g_assert_no_error (error);
    }
  g_assert_true (bounce_store_answer_nudge (store, ids[3], BOUNCE_NUDGE_NOT_TODAY, 1234, &error));
  g_assert_no_error (error);
  g_assert_false (bounce_store_answer_nudge (store, 999, BOUNCE_NUDGE_OPENED, 1, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&store);

  again = test_open_store (tmp->path);
  log = bounce_store_load_nudges (again, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 3);
  /* Sent at 1200 (nudge-0), 1300 (nudge-1), 1400 (nudge-2); nudge-3 at 1000, nudge-4 at 1100. */
  g_assert_cmpstr (g_array_index (log, BounceNudgeSent, 0).nudge_id, ==, "nudge-0");
  g_assert_cmpint (g_array_index (log, BounceNudgeSent, 0).sent, ==, 1200);
  g_assert_cmpstr (g_array_index (log, BounceNudgeSent, 2).nudge_id, ==, "nudge-2");
  g_assert_cmpint (g_array_index (log, BounceNudgeSent, 2).answer, ==, BOUNCE_NUDGE_UNANSWERED);
  g_clear_pointer (&log, g_array_unref);

  log = bounce_store_load_nudges (again, 10, &error);
  g_assert_cmpuint (log->len, ==, 5);
  g_assert_cmpstr (g_array_index (log, BounceNudgeSent, 0).nudge_id, ==, "nudge-3");
  g_assert_cmpint (g_array_index (log, BounceNudgeSent, 0).answer, ==, BOUNCE_NUDGE_NOT_TODAY);
  g_assert_cmpint (g_array_index (log, BounceNudgeSent, 0).answered, ==, 1234);
}

static void
test_default_dir (void)
{
  g_autofree char *fallback = g_build_filename (g_get_user_data_dir (), "bounce-back", NULL);
  g_autofree char *from_env = NULL;
  g_autofree char *from_empty = NULL;
  g_autofree char *from_nothing = NULL;
  g_autofree char *saved = g_strdup (g_getenv ("BOUNCE_BACK_DATA_DIR"));

  g_assert_true (g_setenv ("BOUNCE_BACK_DATA_DIR", "/somewhere/else/bounce", TRUE));
  from_env = bounce_store_dup_default_dir ();
  g_assert_true (g_setenv ("BOUNCE_BACK_DATA_DIR", "", TRUE));
  from_empty = bounce_store_dup_default_dir ();
  g_unsetenv ("BOUNCE_BACK_DATA_DIR");
  from_nothing = bounce_store_dup_default_dir ();

  if (saved != NULL)
    g_setenv ("BOUNCE_BACK_DATA_DIR", saved, TRUE);

  g_assert_cmpstr (from_env, ==, "/somewhere/else/bounce");
  g_assert_cmpstr (from_empty, ==, fallback);
  g_assert_cmpstr (from_nothing, ==, fallback);
}

/* The store's own connection sees a table another connection made. */
static void
create_samples_table (BounceStore *store)
{
  g_autoptr(sqlite3) db = raw_open (bounce_store_get_path (store), SQLITE_OPEN_READWRITE);

  raw_exec (db, TEST_SAMPLES_SQL);
}

/* What SQLite itself holds in one column of the sample @uuid: its type, then its text. */
static char *
raw_sample (BounceStore *store,
            const char  *column,
            const char  *uuid)
{
  g_autoptr(sqlite3) db = raw_open (bounce_store_get_path (store), SQLITE_OPEN_READONLY);
  g_autofree char *sql = g_strdup_printf ("SELECT typeof (%s) || ':' || "
                                          "coalesce (quote (%s), '') "
                                          "FROM test_samples WHERE uuid = ?", column, column);

  return raw_query (db, sql, uuid);
}

static BounceRecord *
load_sample (BounceStore  *store,
             BounceRecord *like)
{
  g_autoptr(GPtrArray) records = load (store, TEST_TYPE_SAMPLE);
  BounceRecord *found = test_find_by_uuid (records, bounce_record_get_uuid (like));

  g_assert_nonnull (found);
  test_assert_same_record (like, found, TRUE);
  return g_object_ref (found);
}

static void
test_fields_round_trip (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceRecord) goal = g_object_new (BOUNCE_TYPE_GOAL, "title", "Marathon", NULL);
  g_autoptr(BounceRecord) full = NULL;
  g_autoptr(BounceRecord) empty = NULL;
  g_autoptr(BounceRecord) back = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dangling = g_uuid_string_random ();
  const double extremes[] = { G_MAXDOUBLE, -G_MAXDOUBLE, G_MINDOUBLE, 4.9406564584124654e-324,
                              0.1, -1e-300 };
  gint64 ended = 0;
  double weight = -1;

  create_samples_table (store);
  insert (store, goal);

  full = g_object_new (TEST_TYPE_SAMPLE, "label", "Grüße", "score", 2.5, "goal", dangling,
                       "note", g_variant_new_maybe (NULL, g_variant_new_string ("a 😊 note")),
                       NULL);
  bounce_record_set_optional_int64 (full, "ended", TRUE, G_MININT64);
  bounce_record_set_optional_double (full, "weight", TRUE, 0.0);
  empty = g_object_new (TEST_TYPE_SAMPLE, NULL);
  insert (store, full);
  insert (store, empty);

  /* Nothing is NULL; a real 0.0 is not nothing; an empty reference is NULL. */
  g_clear_pointer (&dangling, g_free);
  g_object_get (full, "goal", &dangling, NULL);
  for (guint i = 0; i < 2; i++)
    {
      const char *uuid = bounce_record_get_uuid (i == 0 ? full : empty);
      g_autofree char *score = raw_sample (store, "score", uuid);
      g_autofree char *end = raw_sample (store, "ended", uuid);
      g_autofree char *weigh = raw_sample (store, "weight", uuid);
      g_autofree char *note = raw_sample (store, "note", uuid);
      g_autofree char *ref = raw_sample (store, "goal", uuid);
      g_autofree char *want_ref = g_strdup_printf ("text:'%s'", dangling);

      g_assert_cmpstr (score, ==, i == 0 ? "real:2.5" : "real:0.0");
      g_assert_cmpstr (end, ==, i == 0 ? "integer:-9223372036854775808" : "null:NULL");
      g_assert_cmpstr (weigh, ==, i == 0 ? "real:0.0" : "null:NULL");
      g_assert_cmpstr (note, ==, i == 0 ? "text:'a 😊 note'" : "null:NULL");
      g_assert_cmpstr (ref, ==, i == 0 ? want_ref : "null:NULL");
    }

  back = load_sample (store, full);
  g_assert_true (bounce_record_get_optional_int64 (back, "ended", &ended));
  g_assert_cmpint (ended, ==, G_MININT64);
  g_assert_true (bounce_record_get_optional_double (back, "weight", &weight));
  g_assert_cmpfloat (weight, ==, 0.0);
  g_clear_object (&back);

  back = load_sample (store, empty);
  g_assert_false (bounce_record_get_optional_int64 (back, "ended", NULL));
  g_assert_false (bounce_record_get_optional_double (back, "weight", NULL));
  g_clear_object (&back);

  /* A reference to a record that is not there finds nothing, and keeps its uuid. */
  goals = load (store, BOUNCE_TYPE_GOAL);
  g_assert_null (test_find_by_uuid (goals, dangling));

  /* Every extreme real, and each field swapped between nothing and a value. */
  for (guint i = 0; i < G_N_ELEMENTS (extremes); i++)
    {
      g_object_set (full, "score", extremes[i], "note", NULL, "goal", "", NULL);
      bounce_record_set_optional_int64 (full, "ended", FALSE, 0);
      bounce_record_set_optional_double (full, "weight", TRUE, extremes[i]);
      g_object_set (empty, "score", -extremes[i], "goal", bounce_record_get_uuid (goal),
                    "note", g_variant_new_maybe (NULL, g_variant_new_string ("")), NULL);
      bounce_record_set_optional_int64 (empty, "ended", TRUE, G_MAXINT64);
      bounce_record_set_optional_double (empty, "weight", FALSE, 0);
      g_assert_true (bounce_store_update (store, full, &error));
      g_assert_no_error (error);
      g_assert_true (bounce_store_update (store, empty, &error));
      g_assert_no_error (error);

      back = load_sample (store, full);
      g_assert_true (bounce_record_get_optional_double (back, "weight", &weight));
      g_assert_cmpfloat (weight, ==, extremes[i]);
      g_clear_object (&back);
      back = load_sample (store, empty);
      g_clear_object (&back);
    }

  /* Just "" is a value, not nothing. */
  {
    g_autofree char *note = raw_sample (store, "note", bounce_record_get_uuid (empty));

    g_assert_cmpstr (note, ==, "text:''");
  }

  /* The goal it refers to goes: the reference stays, and finds nothing. */
  g_assert_true (bounce_store_delete (store, goal, &error));
  g_assert_no_error (error);
  back = load_sample (store, empty);
  g_clear_pointer (&goals, g_ptr_array_unref);
  goals = load (store, BOUNCE_TYPE_GOAL);
  g_assert_null (test_find_by_uuid (goals, bounce_record_get_uuid (goal)));
}

/* A value in the file that the field cannot take is damage, told as such. */
static void
test_fields_unreadable (void)
{
  const char *damage[] = {
    "UPDATE test_samples SET score = 9e999",
    "UPDATE test_samples SET score = 'high'",
    "UPDATE test_samples SET ended = 'soon'",
    "UPDATE test_samples SET ended = 1.5",
    "UPDATE test_samples SET weight = -9e999",
    "UPDATE test_samples SET weight = 'heavy'",
    "UPDATE test_samples SET note = x'ff'",
    "UPDATE test_samples SET note = CAST (x'ff' AS TEXT)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (damage); i++)
    {
      g_autoptr(TestDir) tmp = test_dir_new ();
      g_autoptr(BounceStore) store = test_open_store (tmp->path);
      g_autoptr(BounceRecord) sample = g_object_new (TEST_TYPE_SAMPLE, NULL);
      g_autoptr(BounceRecord) back = NULL;
      g_autoptr(GPtrArray) records = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(sqlite3) db = NULL;

      create_samples_table (store);
      insert (store, sample);
      back = load_sample (store, sample);

      db = raw_open (bounce_store_get_path (store), SQLITE_OPEN_READWRITE);
      raw_exec (db, damage[i]);

      records = bounce_store_load (store, TEST_TYPE_SAMPLE, &error);
      g_test_message ("%s", damage[i]);
      g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED);
      g_assert_null (records);
    }
}

/* NaN and the infinities never get in: GObject refuses them in a double field, the record
 * in an optional real, each with a warning, and the value stays as it was. */
static void
test_fields_not_finite (void)
{
  g_autoptr(BounceRecord) sample = g_object_new (TEST_TYPE_SAMPLE, "score", 1.5, NULL);
  const double wrong[] = { NAN, INFINITY, -INFINITY };
  double weight = 0;
  double score = 0;

  bounce_record_set_optional_double (sample, "weight", TRUE, 2.5);
  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_test_expect_message ("GLib-GObject", G_LOG_LEVEL_WARNING, "*out of range*score*");
      g_object_set (sample, "score", wrong[i], NULL);
      g_test_assert_expected_messages ();

      g_test_expect_message ("bounce-record", G_LOG_LEVEL_WARNING, "*weight*not finite*");
      g_object_set (sample, "weight", g_variant_new_maybe (NULL, g_variant_new_double (wrong[i])),
                    NULL);
      g_test_assert_expected_messages ();
    }

  g_object_get (sample, "score", &score, NULL);
  g_assert_cmpfloat (score, ==, 1.5);
  g_assert_true (bounce_record_get_optional_double (sample, "weight", &weight));
  g_assert_cmpfloat (weight, ==, 2.5);
}

static void
assert_blank_after (BounceRecord *sample,
                    gboolean      blank)
{
  g_assert_cmpint (bounce_record_is_blank (sample), ==, blank);
}

static void
test_fields_blank (void)
{
  g_autoptr(BounceRecord) sample = g_object_new (TEST_TYPE_SAMPLE, NULL);
  g_autofree char *uuid = g_uuid_string_random ();

  assert_blank_after (sample, TRUE);

  /* A score alone keeps the record, however small; back at its default it is blank again. */
  g_object_set (sample, "score", 1e-300, NULL);
  assert_blank_after (sample, FALSE);
  g_object_set (sample, "score", 0.0, NULL);
  assert_blank_after (sample, TRUE);

  bounce_record_set_optional_int64 (sample, "ended", TRUE, 0);
  assert_blank_after (sample, FALSE);
  bounce_record_set_optional_int64 (sample, "ended", FALSE, 0);
  assert_blank_after (sample, TRUE);

  bounce_record_set_optional_double (sample, "weight", TRUE, 0.0);
  assert_blank_after (sample, FALSE);
  g_object_set (sample, "weight", NULL, NULL);
  assert_blank_after (sample, TRUE);

  g_object_set (sample, "note", g_variant_new_maybe (NULL, g_variant_new_string ("")), NULL);
  assert_blank_after (sample, FALSE);
  g_object_set (sample, "note", g_variant_new_maybe (G_VARIANT_TYPE_STRING, NULL), NULL);
  assert_blank_after (sample, TRUE);

  g_object_set (sample, "goal", uuid, NULL);
  assert_blank_after (sample, FALSE);
  g_object_set (sample, "goal", NULL, NULL);
  assert_blank_after (sample, TRUE);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_fields_notify (void)
{
  g_autoptr(BounceRecord) sample = g_object_new (TEST_TYPE_SAMPLE, NULL);
  g_autofree char *goal = NULL;
  guint score = 0, ended = 0, weight = 0, note = 0, ref = 0;

  g_signal_connect (sample, "notify::score", G_CALLBACK (count_notify_cb), &score);
  g_signal_connect (sample, "notify::ended", G_CALLBACK (count_notify_cb), &ended);
  g_signal_connect (sample, "notify::weight", G_CALLBACK (count_notify_cb), &weight);
  g_signal_connect (sample, "notify::note", G_CALLBACK (count_notify_cb), &note);
  g_signal_connect (sample, "notify::goal", G_CALLBACK (count_notify_cb), &ref);

  g_object_set (sample, "score", 0.0, NULL);
  g_assert_cmpuint (score, ==, 0);
  g_object_set (sample, "score", 1e-300, NULL);
  g_assert_cmpuint (score, ==, 1);
  g_object_set (sample, "score", 1e-300, NULL);
  g_assert_cmpuint (score, ==, 1);

  /* NULL and Nothing are the same. */
  bounce_record_set_optional_int64 (sample, "ended", FALSE, 42);
  g_object_set (sample, "ended", NULL, NULL);
  g_assert_cmpuint (ended, ==, 0);
  bounce_record_set_optional_int64 (sample, "ended", TRUE, 42);
  bounce_record_set_optional_int64 (sample, "ended", TRUE, 42);
  g_assert_cmpuint (ended, ==, 1);
  bounce_record_set_optional_int64 (sample, "ended", TRUE, 43);
  g_assert_cmpuint (ended, ==, 2);
  g_object_set (sample, "ended", NULL, NULL);
  bounce_record_set_optional_int64 (sample, "ended", FALSE, 0);
  g_assert_cmpuint (ended, ==, 3);

  bounce_record_set_optional_double (sample, "weight", FALSE, 0);
  g_assert_cmpuint (weight, ==, 0);
  bounce_record_set_optional_double (sample, "weight", TRUE, 0.0);
  g_assert_cmpuint (weight, ==, 1);
  bounce_record_set_optional_double (sample, "weight", TRUE, 1e-300);
  g_assert_cmpuint (weight, ==, 2);

  g_object_set (sample, "note", g_variant_new_maybe (G_VARIANT_TYPE_STRING, NULL), NULL);
  g_assert_cmpuint (note, ==, 0);
  g_object_set (sample, "note", g_variant_new_maybe (NULL, g_variant_new_string ("")), NULL);
  g_object_set (sample, "note", g_variant_new_maybe (NULL, g_variant_new_string ("")), NULL);
  g_assert_cmpuint (note, ==, 1);

  /* NULL and "" are the same reference, kept as "". */
  g_object_set (sample, "goal", NULL, NULL);
  g_assert_cmpuint (ref, ==, 0);
  g_object_get (sample, "goal", &goal, NULL);
  g_assert_cmpstr (goal, ==, "");
  g_object_set (sample, "goal", "4b4b1e4e-6a33-4a4f-9d0e-9cb7c1d7b9aa", NULL);
  g_assert_cmpuint (ref, ==, 1);
  g_object_set (sample, "goal", NULL, NULL);
  g_assert_cmpuint (ref, ==, 2);
  g_clear_pointer (&goal, g_free);
  g_object_get (sample, "goal", &goal, NULL);
  g_assert_cmpstr (goal, ==, "");
}

/* A kind with a field no column can hold: said at class init, refused when written. */
#define TEST_TYPE_UNSUPPORTED (test_unsupported_get_type ())
G_DECLARE_FINAL_TYPE (TestUnsupported, test_unsupported, TEST, UNSUPPORTED, BounceRecord)

struct _TestUnsupported
{
  BounceRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (TestUnsupported, test_unsupported, BOUNCE_TYPE_RECORD)

static void
test_unsupported_class_init (TestUnsupportedClass *klass)
{
  GParamSpec *fields[] = {
    g_param_spec_double ("fine", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS),
    g_param_spec_variant ("pair", NULL, NULL, G_VARIANT_TYPE ("(ii)"), NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS),
  };

  bounce_record_class_install_fields (BOUNCE_RECORD_CLASS (klass), "test_unsupported", NULL,
                                      fields, G_N_ELEMENTS (fields));
}

static void
test_unsupported_init (TestUnsupported *self)
{
}

static void
test_fields_unsupported (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceRecord) record = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3) db = raw_open (bounce_store_get_path (store), SQLITE_OPEN_READWRITE);
  g_autofree char *recovery = bounce_recovery_dup_path (store);

  g_assert_true (bounce_record_field_is_supported (
    g_object_class_find_property (g_type_class_ref (TEST_TYPE_SAMPLE), "ended")));

  g_test_expect_message ("bounce-record", G_LOG_LEVEL_CRITICAL,
                         "TestUnsupported.pair: a field of type GVariant cannot be stored");
  record = g_object_new (TEST_TYPE_UNSUPPORTED, NULL);
  g_test_assert_expected_messages ();

  raw_exec (db, "CREATE TABLE test_unsupported (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL, "
                "created INTEGER NOT NULL, updated INTEGER NOT NULL, fine REAL, pair TEXT)");
  g_assert_false (bounce_store_insert (store, record, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_INVALID);
  g_assert_cmpint (raw_query_int (db, "SELECT count(*) FROM test_unsupported"), ==, 0);
  g_clear_error (&error);

  raw_exec (db, "INSERT INTO test_unsupported VALUES (1, 'u', 1, 1, 0.5, 'x')");
  g_assert_null (bounce_store_load (store, TEST_TYPE_UNSUPPORTED, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_ptr_array_add (records, g_object_ref (record));
  g_assert_false (bounce_recovery_write (recovery, records, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_false (g_file_test (recovery, G_FILE_TEST_EXISTS));
}

/* The healing curve's points: scored check-ins from a time on, oldest first. */
static void
test_load_moods (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GArray) points = NULL;
  g_autoptr(GError) error = NULL;
  const struct { gint64 created; int score; } checkins[] = {
    { 3000, 4 }, { 1000, 2 }, { 2000, 0 }, { 4000, 5 }, { 500, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (checkins); i++)
    {
      g_autoptr(BounceRecord) checkin = g_object_new (BOUNCE_TYPE_CHECKIN,
                                                      "created", checkins[i].created,
                                                      "score", checkins[i].score,
                                                      "note", "Grüße", NULL);

      insert (store, checkin);
    }

  points = bounce_store_load_moods (store, 1000, &error);
  g_assert_no_error (error);
  /* 500 is too early; 2000 has no score yet. */
  g_assert_cmpuint (points->len, ==, 3);
  g_assert_cmpint (g_array_index (points, BounceMoodPoint, 0).created, ==, 1000);
  g_assert_cmpint (g_array_index (points, BounceMoodPoint, 0).score, ==, 2);
  g_assert_cmpint (g_array_index (points, BounceMoodPoint, 1).created, ==, 3000);
  g_assert_cmpint (g_array_index (points, BounceMoodPoint, 2).score, ==, 5);
  g_clear_pointer (&points, g_array_unref);

  points = bounce_store_load_moods (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 4);
}

/* The coping log summed per activity from a time on: the most minutes first, entries
 * counted, what is too early or just started left out. */
static void
test_sum_coping (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GArray) totals = NULL;
  g_autoptr(GError) error = NULL;
  const struct { gint64 created; const char *activity; int minutes; } entries[] = {
    { 1000, "walking", 30 }, { 2000, "games", 120 }, { 3000, "walking", 45 },
    { 4000, "writing", 0 }, { 5000, "", 0 }, { 6000, "games", 20 },
    { 7000, "", 15 }, { 500, "walking", 600 }, { 8000, "writing", 20 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(BounceRecord) coping = g_object_new (BOUNCE_TYPE_COPING,
                                                     "created", entries[i].created,
                                                     "activity", entries[i].activity,
                                                     "minutes", entries[i].minutes,
                                                     "note", "Grüße", NULL);

      insert (store, coping);
    }

  totals = bounce_store_sum_coping (store, 1000, &error);
  g_assert_no_error (error);
  /* The walk at 500 is too early; the entry at 5000 holds nothing yet. */
  g_assert_cmpuint (totals->len, ==, 4);
  g_assert_cmpstr (g_array_index (totals, BounceCopingTotal, 0).activity, ==, "games");
  g_assert_cmpint (g_array_index (totals, BounceCopingTotal, 0).minutes, ==, 140);
  g_assert_cmpuint (g_array_index (totals, BounceCopingTotal, 0).count, ==, 2);
  g_assert_cmpstr (g_array_index (totals, BounceCopingTotal, 1).activity, ==, "walking");
  g_assert_cmpint (g_array_index (totals, BounceCopingTotal, 1).minutes, ==, 75);
  g_assert_cmpuint (g_array_index (totals, BounceCopingTotal, 1).count, ==, 2);
  /* A writing without minutes still counts as an entry. */
  g_assert_cmpstr (g_array_index (totals, BounceCopingTotal, 2).activity, ==, "writing");
  g_assert_cmpint (g_array_index (totals, BounceCopingTotal, 2).minutes, ==, 20);
  g_assert_cmpuint (g_array_index (totals, BounceCopingTotal, 2).count, ==, 2);
  g_assert_cmpstr (g_array_index (totals, BounceCopingTotal, 3).activity, ==, "");
  g_assert_cmpint (g_array_index (totals, BounceCopingTotal, 3).minutes, ==, 15);
  g_assert_cmpuint (g_array_index (totals, BounceCopingTotal, 3).count, ==, 1);
  g_clear_pointer (&totals, g_array_unref);

  totals = bounce_store_sum_coping (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_array_index (totals, BounceCopingTotal, 0).activity, ==, "walking");
  g_assert_cmpint (g_array_index (totals, BounceCopingTotal, 0).minutes, ==, 675);
  g_clear_pointer (&totals, g_array_unref);

  totals = bounce_store_sum_coping (store, 9000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (totals->len, ==, 0);
}

/* Which of @goals' rows are in focus on disk, as "010": one digit per goal, in order. */
static char *
focus_on_disk (BounceStore   *store,
               BounceRecord **goals,
               guint          n_goals)
{
  g_autoptr(GPtrArray) loaded = load (store, BOUNCE_TYPE_GOAL);
  g_autoptr(GString) digits = g_string_new (NULL);

  for (guint i = 0; i < n_goals; i++)
    {
      BounceRecord *found = test_find_by_uuid (loaded, bounce_record_get_uuid (goals[i]));
      gboolean in_focus;

      g_assert_nonnull (found);
      g_object_get (found, "in-focus", &in_focus, NULL);
      g_string_append_c (digits, in_focus ? '1' : '0');
      /* A focus is a setting: when the goal was last written stays as it was. */
      g_assert_cmpint (bounce_record_get_updated (found), ==, bounce_record_get_updated (goals[i]));
    }

  return g_string_free (g_steal_pointer (&digits), FALSE);
}

/* One goal in focus at a time, moved in one statement; a goal that is not there moves
 * nothing. */
static void
test_focus_goal (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) stranger = g_object_new (BOUNCE_TYPE_GOAL, NULL);
  BounceRecord *goals[3];
  char *focus;

  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    {
      goals[i] = g_object_new (BOUNCE_TYPE_GOAL, "created", (gint64) 1000 * (i + 1),
                               "title", "a goal", "in-focus", i == 0, NULL);
      insert (store, goals[i]);
    }

  g_assert_true (bounce_store_focus_goal (store, bounce_record_get_uuid (goals[1]), &error));
  g_assert_no_error (error);
  focus = focus_on_disk (store, goals, G_N_ELEMENTS (goals));
  g_assert_cmpstr (focus, ==, "010");
  g_free (focus);

  g_assert_true (bounce_store_focus_goal (store, bounce_record_get_uuid (goals[2]), &error));
  g_assert_no_error (error);
  focus = focus_on_disk (store, goals, G_N_ELEMENTS (goals));
  g_assert_cmpstr (focus, ==, "001");
  g_free (focus);

  /* Again: still one. */
  g_assert_true (bounce_store_focus_goal (store, bounce_record_get_uuid (goals[2]), &error));
  g_assert_no_error (error);
  focus = focus_on_disk (store, goals, G_N_ELEMENTS (goals));
  g_assert_cmpstr (focus, ==, "001");
  g_free (focus);

  /* A goal that is not in the file: nothing loses its focus. */
  g_assert_false (bounce_store_focus_goal (store, bounce_record_get_uuid (stranger), &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  focus = focus_on_disk (store, goals, G_N_ELEMENTS (goals));
  g_assert_cmpstr (focus, ==, "001");
  g_free (focus);

  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    g_object_unref (goals[i]);
}


/* Each hit's kind, uuid and snippet, as "kind:snippet" lines, newest first. */
static GPtrArray *
search (BounceStore *store,
        const char  *text,
        guint        limit)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = bounce_store_search (store, text, limit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

static void
assert_found (BounceStore  *store,
              const char   *text,
              BounceRecord *expected)
{
  g_autoptr(GPtrArray) hits = search (store, text, 50);

  g_test_message ("“%s”: %u found", text, hits->len);
  g_assert_cmpuint (hits->len, ==, expected != NULL ? 1 : 0);
  if (expected != NULL)
    {
      BounceSearchHit *hit = hits->pdata[0];

      g_assert_true (hit->kind == G_OBJECT_TYPE (expected));
      g_assert_cmpstr (hit->uuid, ==, bounce_record_get_uuid (expected));
      g_assert_cmpint (hit->created, ==, bounce_record_get_created (expected));
    }
}

static BounceRecord *
new_record (GType       type,
            gint64      created,
            const char *first_property,
            ...)
{
  BounceRecord *record = g_object_new (type, "created", created, NULL);
  va_list args;

  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (record), first_property, args);
  va_end (args);
  return record;
}

/* @year-@month-@day @hour:@minute:@second in the zone @zone, in µs since the epoch. */
static gint64
local_us (const char *zone,
          int         year,
          int         month,
          int         day,
          int         hour,
          int         minute,
          double      seconds)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);
  g_autoptr(GDateTime) time = NULL;

  g_assert_nonnull (tz);
  time = g_date_time_new (tz, year, month, day, hour, minute, seconds);
  g_assert_nonnull (time);
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

static GArray *
load_months (BounceStore *store,
             const char  *zone,
             gint64       now_us,
             guint        n_months)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now_us / G_USEC_PER_SEC);
  g_autoptr(GDateTime) now = g_date_time_to_timezone (utc, tz);
  g_autoptr(GError) error = NULL;
  GArray *months = bounce_store_load_months (store, now, n_months, &error);

  g_assert_no_error (error);
  g_assert_nonnull (months);
  g_assert_cmpuint (months->len, ==, n_months);
  return months;
}

#define MONTH(months, i) (&g_array_index ((months), BounceMonth, (i)))

/* An idea written down at @created and first tried at @tried. */
static void
add_tried_idea (GPtrArray *records,
                gint64     created,
                gint64     tried)
{
  BounceRecord *idea = new_record (BOUNCE_TYPE_IDEA, created, "title", "Pottery",
                                   "status", BOUNCE_IDEA_STATUS_TRYING, NULL);

  bounce_record_set_optional_int64 (idea, "tried", TRUE, tried);
  g_ptr_array_add (records, idea);
}

/* Months are the person's own: they start at local midnight, whatever UTC says, and a
 * month whose clocks change is no shorter for it. Blank records are not counted. */
static void
test_load_months_local (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) months = NULL;
  g_autoptr(GError) error = NULL;
  const char *berlin = "Europe/Berlin";

  /* Pages: the last moment of August is before the months asked for, and the first of
   * December after them; 1 November 00:00 in Berlin is still 31 October in UTC. */
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_GRIEF_ENTRY,
                                        local_us (berlin, 2025, 8, 31, 23, 59, 59.999999),
                                        "body", "Late in August", NULL));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_GRIEF_ENTRY,
                                        local_us (berlin, 2025, 9, 1, 0, 0, 0),
                                        "body", "The first of September", NULL));
  /* The night the clocks went back, and the month's very last microsecond. */
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_GRIEF_ENTRY,
                                        local_us (berlin, 2025, 10, 26, 2, 30, 0),
                                        "body", "An hour lived twice", NULL));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_GRIEF_ENTRY,
                                        local_us (berlin, 2025, 10, 31, 23, 59, 59.999999),
                                        "body", "Halloween, late", NULL));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_GRIEF_ENTRY,
                                        local_us (berlin, 2025, 11, 1, 0, 0, 0),
                                        "body", "Midnight in Berlin", NULL));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_GRIEF_ENTRY,
                                        local_us (berlin, 2025, 11, 3, 9, 0, 0),
                                        "body", "", "prompt", "proud", NULL));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_GRIEF_ENTRY,
                                        local_us (berlin, 2025, 12, 1, 0, 0, 0),
                                        "body", "December", NULL));
  /* Check-ins in October: two moods and one with words only; one left blank. */
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_CHECKIN,
                                        local_us (berlin, 2025, 10, 2, 8, 0, 0),
                                        "score", 2, NULL));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_CHECKIN,
                                        local_us (berlin, 2025, 10, 20, 8, 0, 0),
                                        "score", 5, "feelings", "hopeful", NULL));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_CHECKIN,
                                        local_us (berlin, 2025, 10, 21, 8, 0, 0),
                                        "note", "Tired, but I went out", NULL));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_CHECKIN,
                                        local_us (berlin, 2025, 10, 22, 8, 0, 0), NULL));
  /* Thanks: a treat given is something; nothing at all is not. */
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_THANKS,
                                        local_us (berlin, 2025, 11, 1, 0, 0, 0),
                                        "treat-given", TRUE, NULL));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_THANKS,
                                        local_us (berlin, 2025, 11, 2, 0, 0, 0), NULL));
  /* Steps done, by when they were done. */
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_STEP,
                                        local_us (berlin, 2025, 10, 31, 23, 59, 59.999999),
                                        "text", "Email the pottery studio", NULL));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_STEP,
                                        local_us (berlin, 2025, 11, 1, 0, 0, 0),
                                        "text", "Book a trial class", NULL));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_STEP,
                                        local_us (berlin, 2025, 11, 5, 18, 0, 0),
                                        "text", "Buy clay", NULL));
  /* Ideas by when they were first tried, not when they were written down; one still a
   * dream is not counted, nor one tried before the months asked for. */
  add_tried_idea (records, local_us (berlin, 2025, 9, 10, 12, 0, 0),
                  local_us (berlin, 2025, 11, 1, 0, 0, 0));
  add_tried_idea (records, local_us (berlin, 2025, 10, 30, 12, 0, 0),
                  local_us (berlin, 2025, 10, 31, 23, 0, 0));
  add_tried_idea (records, local_us (berlin, 2025, 8, 1, 12, 0, 0),
                  local_us (berlin, 2025, 8, 20, 12, 0, 0));
  g_ptr_array_add (records, new_record (BOUNCE_TYPE_IDEA,
                                        local_us (berlin, 2025, 10, 1, 12, 0, 0),
                                        "title", "Pottery, some day", NULL));
  g_assert_true (bounce_store_insert_all (store, records, &error));
  g_assert_no_error (error);

  months = load_months (store, berlin, local_us (berlin, 2025, 11, 15, 12, 0, 0), 3);

  g_assert_cmpint (MONTH (months, 0)->year, ==, 2025);
  g_assert_cmpint (MONTH (months, 0)->month, ==, 9);
  g_assert_cmpint (MONTH (months, 1)->month, ==, 10);
  g_assert_cmpint (MONTH (months, 2)->month, ==, 11);
  /* October began in summer time and ended in winter time: 31 days and an hour. */
  g_assert_cmpint (MONTH (months, 1)->start, ==, (gint64) 1759269600 * G_USEC_PER_SEC);
  g_assert_cmpint (MONTH (months, 1)->end, ==, (gint64) 1761951600 * G_USEC_PER_SEC);
  g_assert_cmpint (MONTH (months, 1)->end - MONTH (months, 1)->start, ==,
                   (gint64) (31 * 24 + 1) * 3600 * G_USEC_PER_SEC);
  g_assert_cmpint (MONTH (months, 2)->start, ==, MONTH (months, 1)->end);

  g_assert_cmpuint (MONTH (months, 0)->pages, ==, 1);
  g_assert_cmpuint (MONTH (months, 1)->pages, ==, 2);
  g_assert_cmpuint (MONTH (months, 2)->pages, ==, 1);

  g_assert_cmpuint (MONTH (months, 0)->checkins, ==, 0);
  g_assert_cmpuint (MONTH (months, 1)->checkins, ==, 3);
  g_assert_cmpuint (MONTH (months, 1)->moods, ==, 2);
  g_assert_cmpfloat_with_epsilon (MONTH (months, 1)->mood_average, 3.5, 1e-9);
  g_assert_cmpuint (MONTH (months, 2)->checkins, ==, 0);
  g_assert_cmpuint (MONTH (months, 2)->moods, ==, 0);
  g_assert_cmpfloat (MONTH (months, 2)->mood_average, ==, 0);

  g_assert_cmpuint (MONTH (months, 1)->thanks, ==, 0);
  g_assert_cmpuint (MONTH (months, 2)->thanks, ==, 1);

  g_assert_cmpuint (MONTH (months, 0)->steps, ==, 0);
  g_assert_cmpuint (MONTH (months, 1)->steps, ==, 1);
  g_assert_cmpuint (MONTH (months, 2)->steps, ==, 2);
  g_assert_cmpuint (MONTH (months, 0)->ideas_tried, ==, 0);
  g_assert_cmpuint (MONTH (months, 1)->ideas_tried, ==, 1);
  g_assert_cmpuint (MONTH (months, 2)->ideas_tried, ==, 1);
  g_clear_pointer (&months, g_array_unref);

  /* In UTC the same moments fall otherwise: midnight in Berlin is still the month before. */
  months = load_months (store, "UTC", local_us (berlin, 2025, 11, 15, 12, 0, 0), 3);
  g_assert_cmpuint (MONTH (months, 0)->pages, ==, 0);
  g_assert_cmpuint (MONTH (months, 1)->pages, ==, 3);
  g_assert_cmpuint (MONTH (months, 2)->pages, ==, 1);
  g_assert_cmpuint (MONTH (months, 1)->thanks, ==, 1);
  g_assert_cmpuint (MONTH (months, 1)->steps, ==, 2);
  g_assert_cmpuint (MONTH (months, 2)->steps, ==, 1);
  g_assert_cmpuint (MONTH (months, 1)->ideas_tried, ==, 2);
  g_assert_cmpuint (MONTH (months, 2)->ideas_tried, ==, 0);
  g_assert_cmpint (MONTH (months, 2)->start, ==, (gint64) 1761955200 * G_USEC_PER_SEC);
}

/* An empty journal has months too, all zeros, and they run on across a new year. */
static void
test_load_months_empty (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GArray) months = load_months (store, "America/Sao_Paulo",
                                          local_us ("America/Sao_Paulo", 2026, 2, 10, 9, 0, 0),
                                          12);

  for (guint i = 0; i < months->len; i++)
    {
      const BounceMonth *month = MONTH (months, i);

      g_assert_cmpint (month->year * 12 + month->month, ==, 2025 * 12 + 3 + (int) i);
      g_assert_cmpint (month->start, <, month->end);
      if (i > 0)
        g_assert_cmpint (month->start, ==, MONTH (months, i - 1)->end);
      g_assert_cmpuint (month->pages, ==, 0);
      g_assert_cmpuint (month->checkins, ==, 0);
      g_assert_cmpuint (month->moods, ==, 0);
      g_assert_cmpfloat (month->mood_average, ==, 0);
      g_assert_cmpuint (month->thanks, ==, 0);
    }
  g_assert_cmpint (MONTH (months, 11)->year, ==, 2026);
  g_assert_cmpint (MONTH (months, 11)->month, ==, 2);
}

/* 100,000 pages written over eight years: the months are read through the `created`
 * indexes, never by walking every row (which a timed test could not tell for sure). */
static void
test_load_months_long (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GArray) months = NULL;
  g_autofree char *path = g_strdup (bounce_store_get_path (store));
  gint64 now_us = local_us ("Europe/Berlin", 2025, 11, 15, 12, 0, 0);
  gint64 base = now_us - (gint64) 3600 * G_USEC_PER_SEC;
  gint64 steps_before, full_scans_before, steps, full_scans, first;
  guint pages = 0, checkins = 0, thanks = 0, steps_done = 0, ideas_tried = 0;

  /* Written by another connection, as fast as SQLite can, from an hour before now back:
   * a page every 42 minutes, a check-in every 7 hours, a step done every 12 hours and
   * an idea every two days. */
  g_clear_object (&store);
  {
    g_autoptr(sqlite3) db = raw_open (path, SQLITE_OPEN_READWRITE);
    g_autofree char *sql = NULL;

    sql = g_strdup_printf ("BEGIN;"
                           "WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL"
                           "  SELECT i + 1 FROM n WHERE i < 99999)"
                           " INSERT INTO grief_entries (uuid, created, updated, body)"
                           " SELECT lower (hex (randomblob (16))),"
                           "  %" G_GINT64_FORMAT " - i * 2520000000, 0, 'a page' FROM n;"
                           "WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL"
                           "  SELECT i + 1 FROM n WHERE i < 9999)"
                           " INSERT INTO checkins (uuid, created, updated, score)"
                           " SELECT lower (hex (randomblob (16))),"
                           "  %" G_GINT64_FORMAT " - i * 25200000000, 0, 1 + i %% 5 FROM n;"
                           "WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL"
                           "  SELECT i + 1 FROM n WHERE i < 4999)"
                           " INSERT INTO steps (uuid, created, updated, text)"
                           " SELECT lower (hex (randomblob (16))),"
                           "  %" G_GINT64_FORMAT " - i * 43200000000, 0, 'a step' FROM n;"
                           "WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL"
                           "  SELECT i + 1 FROM n WHERE i < 1999)"
                           " INSERT INTO ideas (uuid, created, updated, title, status, tried)"
                           " SELECT lower (hex (randomblob (16))),"
                           "  %" G_GINT64_FORMAT " - i * 172800000000, 0, 'an idea', 1,"
                           "  %" G_GINT64_FORMAT " - i * 172800000000 + 86400000000 FROM n;"
                           "COMMIT;",
                           base, base, base, base, base);
    raw_exec (db, sql);
  }
  store = test_open_store (tmp->path);

  steps_before = bounce_store_count_steps (store, &full_scans_before);
  months = load_months (store, "Europe/Berlin", now_us, 12);
  steps = bounce_store_count_steps (store, &full_scans) - steps_before;
  g_assert_cmpint (full_scans, ==, full_scans_before);

  for (guint i = 0; i < months->len; i++)
    {
      pages += MONTH (months, i)->pages;
      checkins += MONTH (months, i)->checkins;
      thanks += MONTH (months, i)->thanks;
      steps_done += MONTH (months, i)->steps;
      ideas_tried += MONTH (months, i)->ideas_tried;
    }
  /* Every row from local midnight on 1 December 2024 to an hour before now: a page
   * every 42 minutes and a check-in every 7 hours, counted back from there. */
  first = local_us ("Europe/Berlin", 2024, 12, 1, 0, 0, 0);
  g_assert_cmpint (MONTH (months, 0)->start, ==, first);
  g_assert_cmpuint (pages, ==, (base - first) / 2520000000 + 1);
  g_assert_cmpuint (checkins, ==, (base - first) / 25200000000 + 1);
  g_assert_cmpuint (steps_done, ==, (base - first) / 43200000000 + 1);
  /* An idea every two days, each tried a day after it was written down. */
  g_assert_cmpuint (ideas_tried, ==, (base + G_TIME_SPAN_DAY - first) / 172800000000 + 1);
  g_assert_cmpuint (thanks, ==, 0);
  /* About seven steps a row read, a few for each idea written before a month's end, and
   * a few dozen a month and kind: walking the 88,000 older pages would take millions. */
  g_assert_cmpint (steps, <, 20 * (pages + checkins + steps_done) + 10 * 12 * 2000 +
                             100 * 12 * 5);
  g_assert_cmpfloat (MONTH (months, 11)->mood_average, >, 2.5);
  g_assert_cmpfloat (MONTH (months, 11)->mood_average, <, 3.5);
}

/* The words of every kind are found, in any field of words; ids, settings and
 * references are not words. */
static void
test_search_kinds (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceRecord) page = new_record (BOUNCE_TYPE_GRIEF_ENTRY, 1000,
                                             "body", "The harbour at dawn", NULL);
  g_autoptr(BounceRecord) goal = new_record (BOUNCE_TYPE_GOAL, 2000, "title", "Pass the bar",
                                             "story", "Three winters of lighthouse study",
                                             NULL);
  g_autoptr(BounceRecord) thanks = new_record (BOUNCE_TYPE_THANKS, 3000,
                                               "treat", "a pistachio ice cream", NULL);
  g_autoptr(BounceRecord) talk = new_record (BOUNCE_TYPE_TALK, 4000, "who", "Marguerite",
                                             NULL);
  g_autoptr(BounceRecord) idea = new_record (BOUNCE_TYPE_IDEA, 5000,
                                             "next-step", "phone the pottery studio",
                                             "goal", bounce_record_get_uuid (goal), NULL);
  g_autoptr(BounceRecord) coping = new_record (BOUNCE_TYPE_COPING, 6000, "activity", "walking",
                                               "note", "along the canal", NULL);
  g_autoptr(BounceRecord) checkin = new_record (BOUNCE_TYPE_CHECKIN, 7000, "score", 3,
                                                "feelings", "hopeful", "note", "drizzle",
                                                NULL);

  insert (store, page);
  insert (store, goal);
  insert (store, thanks);
  insert (store, talk);
  insert (store, idea);
  insert (store, coping);
  insert (store, checkin);

  assert_found (store, "harbour", page);
  assert_found (store, "lighthouse", goal);
  assert_found (store, "pistachio", thanks);
  assert_found (store, "marguerite", talk);
  assert_found (store, "pottery", idea);
  assert_found (store, "canal", coping);
  assert_found (store, "drizzle", checkin);
  /* Not words: a coping activity's id, a check-in's feelings, a page's prompt, a
   * reference's uuid. */
  assert_found (store, "walking", NULL);
  assert_found (store, "hopeful", NULL);
  assert_found (store, bounce_record_get_uuid (goal), NULL);
  /* Every word must be there, in any field. */
  assert_found (store, "bar winters", goal);
  assert_found (store, "bar harbour", NULL);
}

/* Case and accents make no difference, a word is found by its beginning, and Arabic by
 * its letters with or without its short vowels and the hamza on alef. */
static void
test_search_languages (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceRecord) german = new_record (BOUNCE_TYPE_GRIEF_ENTRY, 1000, "body",
                                               "Die Prüfung war schwer. Ich bin müde.", NULL);
  /* "I wrote the letter", with its short vowels, and "my hope" with a hamza on alef. */
  g_autoptr(BounceRecord) vowelled = new_record (BOUNCE_TYPE_GRIEF_ENTRY, 2000, "body",
                                                 "كَتَبْتُ الرِّسَالَةَ", NULL);
  g_autoptr(BounceRecord) plain = new_record (BOUNCE_TYPE_GRIEF_ENTRY, 3000, "body",
                                              "أملي كبير", NULL);
  g_autoptr(BounceRecord) french = new_record (BOUNCE_TYPE_GRIEF_ENTRY, 4000, "body",
                                               "Un café, seule, à l'aube", NULL);

  insert (store, german);
  insert (store, vowelled);
  insert (store, plain);
  insert (store, french);

  assert_found (store, "Prüfung", german);
  assert_found (store, "prufung", german);
  assert_found (store, "PRÜFUNG", german);
  assert_found (store, "prüf", german);
  assert_found (store, "mude", german);
  assert_found (store, "cafe", french);
  assert_found (store, "CAFÉ", french);
  assert_found (store, "كتبت", vowelled);
  assert_found (store, "كَتَبْتُ", vowelled);
  assert_found (store, "الرسالة", vowelled);
  assert_found (store, "املي", plain);
  assert_found (store, "أملي", plain);
  assert_found (store, "كبير", plain);
  /* A word's beginning, but from two letters on: one letter alone is a whole word. */
  assert_found (store, "الرس", vowelled);
  assert_found (store, "u", NULL);
}

/* Whatever is typed is words: quotes, operators, brackets, SQL, a lone star. */
static void
test_search_any_text (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceRecord) page = new_record (BOUNCE_TYPE_GRIEF_ENTRY, 1000, "body",
                                             "I said \"NOT now\" and (quietly) left; "
                                             "x'); DROP TABLE grief_entries; --", NULL);
  const char * const nothing[] = { "", "   ", "*", "\"", "(", "-", "NOT", "AND OR", "^",
                                   "NEAR(", "\"\"", "'", "%", ":" };

  insert (store, page);

  for (guint i = 0; i < G_N_ELEMENTS (nothing); i++)
    {
      g_autoptr(GPtrArray) hits = search (store, nothing[i], 50);

      /* "NOT" and "AND OR" are words of the page, not operators. */
      g_test_message ("“%s”: %u found", nothing[i], hits->len);
    }

  assert_found (store, "\"NOT now\"", page);
  assert_found (store, "not", page);
  assert_found (store, "(quietly)", page);
  assert_found (store, "DROP TABLE", page);
  assert_found (store, "x'); DROP", page);
  assert_found (store, "grief_entries", page);
  assert_found (store, "NEAR(now", NULL);
  assert_found (store, "said -left", page);
  assert_found (store, "*", NULL);
  g_assert_cmpuint (load (store, BOUNCE_TYPE_GRIEF_ENTRY)->len, ==, 1);
}

/* The newest come first across kinds, and only as many as asked; the snippet marks the
 * match; the index follows every change and delete. */
static void
test_search_order_and_changes (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BounceRecord) idea = new_record (BOUNCE_TYPE_IDEA, 46000, "title",
                                             "a ceramics class", NULL);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  BounceSearchHit *hit;

  for (guint i = 0; i < 60; i++)
    {
      BounceRecord *page = new_record (BOUNCE_TYPE_GRIEF_ENTRY, (gint64) 1000 * (i + 1),
                                       "body", i % 2 == 0 ? "we talked about ceramics again"
                                                          : "nothing to do with it", NULL);

      g_ptr_array_add (pages, page);
    }
  g_assert_true (bounce_store_insert_all (store, pages, &error));
  g_assert_no_error (error);
  insert (store, idea);

  hits = search (store, "ceramics", 5);
  g_assert_cmpuint (hits->len, ==, 5);
  hit = hits->pdata[0];
  /* The pages with ceramics were made at 1,000, 3,000 ... 59,000; the idea at 46,000 comes
   * after the seven from 59,000 down to 47,000. */
  g_assert_cmpint (hit->created, ==, 59000);
  g_assert_cmpstr (hit->snippet, ==, "we talked about " BOUNCE_SEARCH_MATCH_START "ceramics"
                                     BOUNCE_SEARCH_MATCH_END " again");
  for (guint i = 1; i < hits->len; i++)
    g_assert_cmpint (((BounceSearchHit *) hits->pdata[i - 1])->created, >,
                     ((BounceSearchHit *) hits->pdata[i])->created);
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = search (store, "ceramics", 100);
  g_assert_cmpuint (hits->len, ==, 31);
  g_assert_cmpint (((BounceSearchHit *) hits->pdata[7])->created, ==, 46000);
  g_assert_true (((BounceSearchHit *) hits->pdata[7])->kind == BOUNCE_TYPE_IDEA);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Changed words are found as they now are, and the old ones no longer. */
  g_object_set (idea, "title", "a pottery class", NULL);
  g_assert_true (bounce_store_update (store, idea, &error));
  g_assert_no_error (error);
  assert_found (store, "pottery", idea);
  hits = search (store, "ceramics", 100);
  g_assert_cmpuint (hits->len, ==, 30);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* A deleted record is not found. */
  g_assert_true (bounce_store_delete (store, idea, &error));
  g_assert_no_error (error);
  assert_found (store, "pottery", NULL);
}

/* Keyset pages, offset pages from either end, and positions, all agree with the whole list. */
static void
test_pages (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  /* Some made in the same microsecond: their ids keep them apart. */
  for (guint i = 0; i < 250; i++)
    g_ptr_array_add (made, new_record (BOUNCE_TYPE_THANKS, (gint64) 1000 * (i / 3),
                                       "tried", "a try", NULL));
  g_assert_true (bounce_store_insert_all (store, made, &error));
  g_assert_no_error (error);
  all = load (store, BOUNCE_TYPE_THANKS);

  g_assert_true (bounce_store_count (store, BOUNCE_TYPE_THANKS, &n, &error));
  g_assert_cmpuint (n, ==, 250);

  for (guint i = 0; i < all->len; i += 37)
    {
      guint position = G_MAXUINT;

      g_assert_true (bounce_store_position (store, all->pdata[i], &position, &error));
      g_assert_cmpuint (position, ==, i);
    }

  for (BounceStorePage from = BOUNCE_STORE_PAGE_NEWEST; from <= BOUNCE_STORE_PAGE_NEWER; from++)
    for (guint start = 0; start < 250; start += 40)
      {
        g_autoptr(GArray) start_keys = NULL;
        g_autoptr(GArray) keys = NULL;
        g_autoptr(GPtrArray) page = NULL;
        g_autoptr(GPtrArray) first = NULL;
        guint expected_first = start;
        guint limit = 30;

        /* The key of row @start, read as a page of one. */
        first = bounce_store_load_page (store, BOUNCE_TYPE_THANKS, BOUNCE_STORE_PAGE_NEWEST,
                                        NULL, start, 1, &start_keys, &error);
        g_assert_no_error (error);

        switch (from)
          {
          case BOUNCE_STORE_PAGE_NEWEST:
            page = bounce_store_load_page (store, BOUNCE_TYPE_THANKS, from, NULL, start, limit,
                                           &keys, &error);
            break;
          case BOUNCE_STORE_PAGE_OLDEST:
            /* @start rows passed over from the oldest end, the page ends before them. */
            expected_first = 250 - start - MIN (limit, 250 - start);
            page = bounce_store_load_page (store, BOUNCE_TYPE_THANKS, from, NULL, start, limit,
                                           &keys, &error);
            break;
          case BOUNCE_STORE_PAGE_OLDER:
            expected_first = start + 1;
            page = bounce_store_load_page (store, BOUNCE_TYPE_THANKS, from,
                                           &g_array_index (start_keys, BounceStoreKey, 0), 0,
                                           limit, &keys, &error);
            break;
          case BOUNCE_STORE_PAGE_NEWER:
            expected_first = start >= limit ? start - limit : 0;
            page = bounce_store_load_page (store, BOUNCE_TYPE_THANKS, from,
                                           &g_array_index (start_keys, BounceStoreKey, 0), 0,
                                           limit, &keys, &error);
            break;
          default:
            g_assert_not_reached ();
          }
        g_assert_no_error (error);
        g_assert_cmpuint (page->len, ==, keys->len);
        g_assert_cmpuint (page->len, ==, MIN (limit, from == BOUNCE_STORE_PAGE_NEWER ? start
                                                   : from == BOUNCE_STORE_PAGE_OLDER
                                                   ? 250 - start - 1 : 250 - start));
        for (guint i = 0; i < page->len; i++)
          {
            BounceRecord *expected = all->pdata[expected_first + i];

            g_assert_cmpstr (bounce_record_get_uuid (page->pdata[i]), ==,
                             bounce_record_get_uuid (expected));
            g_assert_cmpint (g_array_index (keys, BounceStoreKey, i).created, ==,
                             bounce_record_get_created (expected));
          }
      }
}

/* A statement for each kind is made once: running the same writes and reads again
 * prepares nothing new. */
static void
test_statements_once (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  int before, after;

  for (guint round = 0; round < 2; round++)
    {
      for (guint i = 0; i < n_types; i++)
        {
          g_autoptr(BounceRecord) record = g_object_new (types[i], NULL);
          g_autoptr(GPtrArray) records = NULL;
          g_autoptr(GError) error = NULL;
          guint n;

          insert (store, record);
          g_assert_true (bounce_store_update (store, record, &error));
          g_assert_true (bounce_store_count (store, types[i], &n, &error));
          records = load (store, types[i]);
          g_assert_true (bounce_store_delete (store, record, &error));
          g_assert_no_error (error);
        }

      if (round == 0)
        before = bounce_store_count_statements (store);
    }

  after = bounce_store_count_statements (store);
  g_assert_cmpint (after, ==, before);
  g_assert_cmpint (after, >, 0);
}

/* Oldest first, and by uuid for records made in the same µs; a walk can be stopped. */
typedef struct
{
  GPtrArray *seen;
  guint      stop_after;
} Walk;

static gboolean
walk_cb (BounceRecord  *record,
         gpointer       user_data,
         GError       **error)
{
  Walk *walk = user_data;

  g_ptr_array_add (walk->seen, g_strdup (bounce_record_get_uuid (record)));
  if (walk->seen->len == walk->stop_after)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "enough");
      return FALSE;
    }
  return TRUE;
}

static void
test_foreach (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  gint64 times[] = { 300, 100, 200, 100 };
  Walk walk = { seen, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    g_ptr_array_add (records, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created", times[i], NULL));
  bounce_store_insert_all (store, records, &error);
  g_assert_no_error (error);

  g_assert_true (bounce_store_foreach (store, BOUNCE_TYPE_GRIEF_ENTRY, walk_cb, &walk, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 4);
  {
    const char *first = bounce_record_get_uuid (records->pdata[1]);
    const char *second = bounce_record_get_uuid (records->pdata[3]);

    /* The two made at 100 by uuid, then 200, then 300. */
    g_assert_cmpstr (seen->pdata[0], ==, strcmp (first, second) < 0 ? first : second);
    g_assert_cmpstr (seen->pdata[1], ==, strcmp (first, second) < 0 ? second : first);
    g_assert_cmpstr (seen->pdata[2], ==, bounce_record_get_uuid (records->pdata[2]));
    g_assert_cmpstr (seen->pdata[3], ==, bounce_record_get_uuid (records->pdata[0]));
  }

  g_ptr_array_set_size (seen, 0);
  walk.stop_after = 2;
  g_assert_false (bounce_store_foreach (store, BOUNCE_TYPE_GRIEF_ENTRY, walk_cb, &walk, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (seen->len, ==, 2);
}

/* Added when missing, written over with its own update time when newer, else kept; all in
 * one transaction, which a failure takes back whole. */
static void
test_merge (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) decisions = NULL;
  g_autoptr(GPtrArray) incoming = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BounceRecord) kept = NULL;
  g_autoptr(BounceRecord) older = NULL;
  g_autoptr(BounceRecord) read = NULL;
  g_autofree char *body = NULL;
  guint n = 0;

  kept = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created", 10, "updated", 500, "body", "mine",
                       NULL);
  older = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created", 20, "updated", 30, "body", "old",
                        NULL);
  bounce_store_insert (store, kept, &error);
  g_assert_no_error (error);
  bounce_store_insert (store, older, &error);
  g_assert_no_error (error);

  g_ptr_array_add (incoming, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created", 40, "body", "new",
                                           NULL));
  g_ptr_array_add (incoming, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                           "uuid", bounce_record_get_uuid (older),
                                           "created", 20, "updated", 400, "body", "newer", NULL));
  g_ptr_array_add (incoming, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                           "uuid", bounce_record_get_uuid (kept),
                                           "created", 10, "updated", 499, "body", "theirs", NULL));

  g_assert_true (bounce_store_merge (store, incoming, &decisions, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 3);
  g_assert_cmpint (g_array_index (decisions, BounceStoreMerge, 0), ==, BOUNCE_STORE_MERGE_ADDED);
  g_assert_cmpint (g_array_index (decisions, BounceStoreMerge, 1), ==,
                   BOUNCE_STORE_MERGE_UPDATED);
  g_assert_cmpint (g_array_index (decisions, BounceStoreMerge, 2), ==, BOUNCE_STORE_MERGE_KEPT);

  read = bounce_store_load_one (store, BOUNCE_TYPE_GRIEF_ENTRY, bounce_record_get_uuid (older),
                                &error);
  g_assert_no_error (error);
  g_object_get (read, "body", &body, NULL);
  g_assert_cmpstr (body, ==, "newer");
  g_assert_cmpint (bounce_record_get_updated (read), ==, 400);
  g_clear_object (&read);
  g_clear_pointer (&body, g_free);
  read = bounce_store_load_one (store, BOUNCE_TYPE_GRIEF_ENTRY, bounce_record_get_uuid (kept),
                                &error);
  g_object_get (read, "body", &body, NULL);
  g_assert_cmpstr (body, ==, "mine");

  /* A record the store cannot keep fails the merge: the one before it is taken back. */
  g_clear_pointer (&decisions, g_array_unref);
  g_ptr_array_set_size (incoming, 0);
  g_ptr_array_add (incoming, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "created", 50, NULL));
  g_ptr_array_add (incoming, g_object_new (TEST_TYPE_SAMPLE, NULL));
  g_assert_false (bounce_store_merge (store, incoming, &decisions, &error));
  g_assert_nonnull (error);
  g_assert_null (decisions);
  bounce_store_count (store, BOUNCE_TYPE_GRIEF_ENTRY, &n, NULL);
  g_assert_cmpuint (n, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  /* The other program of test_other_reader(): reads, and is gone. */
  if (g_getenv ("TEST_READ_JOURNAL") != NULL)
    {
      for (guint i = 0; i < 200; i++)
        {
          sqlite3 *db = raw_open (g_getenv ("TEST_READ_JOURNAL"), SQLITE_OPEN_READONLY);

          raw_query_int (db, "SELECT count(*) FROM grief_entries");
          sqlite3_close (db);
          g_usleep (2000);
        }
      return 0;
    }

  g_test_init (&argc, &argv, NULL);

  types = bounce_kinds_get (&n_types);

  g_test_add_func ("/store/create", test_create);
  g_test_add_func ("/store/reopen", test_reopen);
  g_test_add_func ("/store/crud", test_crud);
  g_test_add_func ("/store/durable", test_durable);
  g_test_add_data_func ("/store/permissions/umask-022", GUINT_TO_POINTER (022), test_permissions);
  g_test_add_data_func ("/store/permissions/umask-000", GUINT_TO_POINTER (0), test_permissions);
  g_test_add_func ("/store/permissions/tightened", test_permissions_tightened);
  g_test_add_func ("/store/unwritable", test_unwritable);
  g_test_add_func ("/store/foreign/text", test_foreign_text);
  g_test_add_func ("/store/foreign/database", test_foreign_database);
  g_test_add_func ("/store/foreign/newer", test_newer);
  g_test_add_func ("/store/migrate/empty", test_migrate_empty);
  g_test_add_func ("/store/nudge-log", test_nudge_log);
  g_test_add_func ("/store/other-reader", test_other_reader);
  g_test_add_func ("/store/default-dir", test_default_dir);
  g_test_add_func ("/store/fields/round-trip", test_fields_round_trip);
  g_test_add_func ("/store/fields/unreadable", test_fields_unreadable);
  g_test_add_func ("/store/fields/not-finite", test_fields_not_finite);
  g_test_add_func ("/store/fields/blank", test_fields_blank);
  g_test_add_func ("/store/fields/notify", test_fields_notify);
  g_test_add_func ("/store/fields/unsupported", test_fields_unsupported);

  g_test_add_func ("/store/load-moods", test_load_moods);
  g_test_add_func ("/store/sum-coping", test_sum_coping);
  g_test_add_func ("/store/load-months/local", test_load_months_local);
  g_test_add_func ("/store/load-months/empty", test_load_months_empty);
  g_test_add_func ("/store/load-months/long", test_load_months_long);
  g_test_add_func ("/store/focus-goal", test_focus_goal);
  g_test_add_func ("/store/search/kinds", test_search_kinds);
  g_test_add_func ("/store/search/languages", test_search_languages);
  g_test_add_func ("/store/search/any-text", test_search_any_text);
  g_test_add_func ("/store/search/order-and-changes", test_search_order_and_changes);
  g_test_add_func ("/store/pages", test_pages);
  g_test_add_func ("/store/statements-once", test_statements_once);
  g_test_add_func ("/store/foreach", test_foreach);
  g_test_add_func ("/store/merge", test_merge);

  return g_test_run ();
}
