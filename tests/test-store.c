/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store.c: the journal file on disk, checked against what SQLite itself reads back. */
#include <errno.h>
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
    g_assert_not_reached ();

  /* Guard the fixture itself: a field left at its default would prove nothing. */
  klass = BOUNCE_RECORD_GET_CLASS (record);
  g_assert_cmpuint (klass->n_fields, >, 0);
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
                      "(SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)",
                      NULL);
  g_assert_cmpstr (tables, ==, "goals,grief_entries,ideas,journal,nudge_log,thanks");
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
                      "(SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)",
                      NULL);
  g_assert_cmpstr (tables, ==, "goals,grief_entries,ideas,journal,nudge_log,thanks");
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

  return g_test_run ();
}
