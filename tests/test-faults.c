/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-faults.c: the journal on a bad day: stray and foreign files, damage, locks, a full disk. */
#define _GNU_SOURCE  /* unshare() */

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bounce-core.h"
#include "bounce-files.h"
#include "test-db.h"
#include "test-records.h"
#include "test-util.h"

/* The files a journal can have beside it. */
static const char * const suffixes[] = { "", "-wal", "-shm" };

static char *
journal_path (const char *dir,
              const char *suffix)
{
  return g_strconcat (dir, "/journal.db", suffix, NULL);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_bytes (const char *path,
              GBytes     *expected)
{
  g_autoptr(GBytes) actual = read_bytes (path);

  g_assert_cmpmem (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GBytes) bytes = read_bytes (from);
  g_autoptr(GError) error = NULL;

  g_file_set_contents_full (to, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            G_FILE_SET_CONTENTS_NONE, 0600, &error);
  g_assert_no_error (error);
}

/* The files as a crash leaves them: copied while a connection still has them open. */
static void
copy_as_crashed (const char *from_dir,
                 const char *to_dir)
{
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = journal_path (from_dir, suffixes[i]);
      g_autofree char *to = journal_path (to_dir, suffixes[i]);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        copy_file (from, to);
    }
}

/* The one name in @dir that starts with @prefix, as a full path. */
static char *
find_file (const char *dir,
           const char *prefix)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *found = NULL;
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_assert_null (found);
        found = g_build_filename (dir, name, NULL);
      }

  g_assert_nonnull (found);
  return g_steal_pointer (&found);
}

static BounceRecord *
add_entry (BounceStore *store,
           const char  *body)
{
  g_autoptr(GError) error = NULL;
  BounceRecord *entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", body, NULL);

  g_assert_true (bounce_store_insert (store, entry, &error));
  g_assert_no_error (error);
  return entry;
}

/* The bodies of the grief entries, oldest first, joined by "|". */
static char *
bodies (BounceStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = bounce_store_load (store, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_autoptr(GString) joined = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = records->len; i > 0; i--)
    {
      g_autofree char *body = NULL;

      g_object_get (records->pdata[i - 1], "body", &body, NULL);
      g_string_append_printf (joined, "%s%s", joined->len > 0 ? "|" : "", body);
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static guint
n_notices (BounceStore *store)
{
  return g_strv_length ((char **) bounce_store_get_notices (store));
}

static void
assert_healthy (const char *dir)
{
  g_autofree char *path = journal_path (dir, "");
  g_autoptr(sqlite3) db = raw_open (path, SQLITE_OPEN_READONLY);
  g_autofree char *result = raw_query (db, "PRAGMA integrity_check", NULL);

  g_assert_cmpstr (result, ==, "ok");
}

/* A journal with a few entries, closed cleanly (no -wal left). */
static void
make_journal (const char *dir,
              const char *first,
              ...)
{
  g_autoptr(BounceStore) store = test_open_store (dir);
  va_list args;

  va_start (args, first);
  for (const char *body = first; body != NULL; body = va_arg (args, const char *))
    g_object_unref (add_entry (store, body));
  va_end (args);
}

/* Another program's WAL database, left open so that its -wal holds its rows. */
static sqlite3 *
open_other_program (const char *path)
{
  sqlite3 *db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

  raw_exec (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                "CREATE TABLE notes (x);"
                "INSERT INTO notes VALUES ('another program''s words');");
  return db;
}

static void
test_foreign_wal (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(TestDir) elsewhere = test_dir_new ();
  g_autofree char *other = g_build_filename (elsewhere->path, "other.db", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *wal = journal_path (tmp->path, "-wal");
  g_autofree char *moved = NULL;
  g_autofree char *text = NULL;
  g_autoptr(sqlite3) other_db = NULL;
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GBytes) foreign = NULL;

  make_journal (tmp->path, "first page", "second page", NULL);

  other_db = open_other_program (other);
  copy_file (other_wal, wal);
  foreign = read_bytes (wal);
  g_assert_cmpuint (g_bytes_get_size (foreign), >, 0);

  store = test_open_store (tmp->path);
  text = bodies (store);
  g_assert_cmpstr (text, ==, "first page|second page");
  g_assert_cmpuint (n_notices (store), ==, 1);

  /* Set aside, byte for byte, and named in the notice. */
  moved = find_file (tmp->path, "journal.db-wal.not-ours-");
  assert_bytes (moved, foreign);
  g_assert_nonnull (strstr (bounce_store_get_notices (store)[0], strrchr (moved, '/') + 1));

  g_clear_object (&store);
  assert_healthy (tmp->path);
}

/* Another program's WAL database at the journal's path: nothing of it may change. */
static void
test_foreign_database_with_wal (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(TestDir) elsewhere = test_dir_new ();
  g_autofree char *other = g_build_filename (elsewhere->path, "journal.db", NULL);
  g_autoptr(sqlite3) other_db = open_other_program (other);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *before[G_N_ELEMENTS (suffixes)];
  g_autofree char *listing = NULL;

  copy_as_crashed (elsewhere->path, tmp->path);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = journal_path (tmp->path, suffixes[i]);

      before[i] = read_bytes (path);
    }

  store = bounce_store_open (tmp->path, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOREIGN);
  g_assert_null (store);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = journal_path (tmp->path, suffixes[i]);

      assert_bytes (path, before[i]);
      g_bytes_unref (before[i]);
    }
  listing = list_dir (tmp->path);
  g_assert_cmpstr (listing, ==, "journal.db,journal.db-shm,journal.db-wal");
}

/* Another Bounce Back journal's -wal, left by a crash, put beside this journal. */
static void
test_other_journal_wal (void)
{
  g_autoptr(TestDir) mine = test_dir_new ();
  g_autoptr(TestDir) theirs = test_dir_new ();
  g_autoptr(TestDir) crashed = test_dir_new ();
  g_autoptr(BounceStore) their_store = NULL;
  g_autoptr(BounceStore) store = NULL;
  g_autofree char *their_wal = journal_path (crashed->path, "-wal");
  g_autofree char *wal = journal_path (mine->path, "-wal");
  g_autofree char *moved = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) stray = NULL;

  make_journal (mine->path, "my page", NULL);

  their_store = test_open_store (theirs->path);
  g_object_unref (add_entry (their_store, "their page"));
  copy_as_crashed (theirs->path, crashed->path);
  g_clear_object (&their_store);

  copy_file (their_wal, wal);
  stray = read_bytes (wal);

  store = test_open_store (mine->path);
  text = bodies (store);
  g_assert_cmpstr (text, ==, "my page");
  g_assert_cmpuint (n_notices (store), ==, 1);
  moved = find_file (mine->path, "journal.db-wal.not-ours-");
  assert_bytes (moved, stray);
}

/* After a crash, the -wal is the journal's newest part: it must be replayed, not set aside. */
static void
test_crash_wal_kept (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(TestDir) crashed = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autofree char *text = NULL;
  g_autofree char *listing = NULL;

  g_object_unref (add_entry (store, "written"));
  g_object_unref (add_entry (store, "just before the crash"));
  copy_as_crashed (tmp->path, crashed->path);
  g_clear_object (&store);

  store = test_open_store (crashed->path);
  text = bodies (store);
  g_assert_cmpstr (text, ==, "written|just before the crash");
  g_assert_cmpuint (n_notices (store), ==, 0);
  listing = list_dir (crashed->path);
  g_assert_cmpstr (listing, ==, "journal.db,journal.db-shm,journal.db-wal");
}

/* An older copy put back by hand, with the -wal of a later crash still beside it. */
static void
test_restored_copy (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(TestDir) crashed = test_dir_new ();
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GBytes) backup = NULL;
  g_autofree char *path = journal_path (tmp->path, "");
  g_autofree char *crashed_path = journal_path (crashed->path, "");
  g_autofree char *text = NULL;

  make_journal (tmp->path, "before the copy", NULL);
  backup = read_bytes (path);

  store = test_open_store (tmp->path);
  g_object_unref (add_entry (store, "after the copy"));
  copy_as_crashed (tmp->path, crashed->path);
  g_clear_object (&store);

  g_assert_true (g_file_set_contents (crashed_path, g_bytes_get_data (backup, NULL),
                                      g_bytes_get_size (backup), NULL));

  store = test_open_store (crashed->path);
  text = bodies (store);
  g_assert_cmpstr (text, ==, "before the copy");
  g_assert_cmpuint (n_notices (store), ==, 1);
  g_free (find_file (crashed->path, "journal.db-wal.not-ours-"));
}

/* The schema of version 1, as the first release wrote it, with rows in every table. */
static void
write_version_1 (sqlite3 *db)
{
  raw_exec (db,
            "PRAGMA application_id = 1112495438;"
            "PRAGMA user_version = 1;"
            "CREATE TABLE goals (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            "  created INTEGER NOT NULL, updated INTEGER NOT NULL,"
            "  title TEXT NOT NULL DEFAULT '', cost TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE grief_entries (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            "  created INTEGER NOT NULL, updated INTEGER NOT NULL,"
            "  body TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE thanks (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            "  created INTEGER NOT NULL, updated INTEGER NOT NULL,"
            "  tried TEXT NOT NULL DEFAULT '', learned_subject TEXT NOT NULL DEFAULT '',"
            "  learned_self TEXT NOT NULL DEFAULT '', treat TEXT NOT NULL DEFAULT '',"
            "  treat_given INTEGER NOT NULL DEFAULT 0 CHECK (treat_given IN (0, 1)));"
            "CREATE TABLE ideas (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            "  created INTEGER NOT NULL, updated INTEGER NOT NULL,"
            "  title TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',"
            "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),"
            "  next_step TEXT NOT NULL DEFAULT '');"
            "CREATE INDEX goals_by_created ON goals (created);"
            "CREATE INDEX grief_entries_by_created ON grief_entries (created);"
            "CREATE INDEX thanks_by_created ON thanks (created);"
            "CREATE INDEX ideas_by_created ON ideas (created);"
            "INSERT INTO goals VALUES (1, 'a1b2c3d4-0000-4000-8000-000000000001',"
            "  1700000000000000, 1700000500000000, 'Pass the bar exam',"
            "  'Two years of evenings, and the course fee');"
            "INSERT INTO grief_entries VALUES (1, 'a1b2c3d4-0000-4000-8000-000000000002',"
            "  1700000100000000, 1700000100000000, 'I failed by four points. Grüße 😊');"
            "INSERT INTO grief_entries VALUES (2, 'a1b2c3d4-0000-4000-8000-000000000003',"
            "  1700090000000000, 1700090000000000, 'A better day; I walked by the river.');"
            "INSERT INTO thanks VALUES (1, 'a1b2c3d4-0000-4000-8000-000000000004',"
            "  1700000200000000, 1700000200000000, 'I studied every evening',"
            "  'Contracts, at last', 'I can keep going', 'A dinner out', 1);"
            "INSERT INTO ideas VALUES (1, 'a1b2c3d4-0000-4000-8000-000000000005',"
            "  1700000300000000, 1700000300000000, 'Paralegal work', 'Ask Maria',"
            "  2, 'Send the letter');");
}

/* How many rows of each kind write_version_1() leaves: kinds added later have none. */
static guint
version_1_rows (GType kind)
{
  if (kind == BOUNCE_TYPE_GRIEF_ENTRY)
    return 2;
  if (kind == BOUNCE_TYPE_GOAL || kind == BOUNCE_TYPE_THANKS || kind == BOUNCE_TYPE_IDEA)
    return 1;
  return 0;
}

static void
test_migrate_version_1 (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = journal_path (tmp->path, "");
  g_autoptr(sqlite3) db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *next_step = NULL;
  g_autofree char *journal_id = NULL;
  const GType *kinds;
  guint n_kinds;

  raw_exec (db, "PRAGMA journal_mode = WAL;");
  write_version_1 (db);
  g_clear_pointer (&db, sqlite3_close);

  store = test_open_store (tmp->path);
  g_assert_cmpint (bounce_store_get_schema_version (store), ==, BOUNCE_STORE_SCHEMA_VERSION);

  kinds = bounce_kinds_get (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(GPtrArray) records = bounce_store_load (store, kinds[i], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (records->len, ==, version_1_rows (kinds[i]));
    }
  text = bodies (store);
  g_assert_cmpstr (text, ==, "I failed by four points. Grüße 😊|"
                             "A better day; I walked by the river.");
  ideas = bounce_store_load (store, BOUNCE_TYPE_IDEA, &error);
  g_object_get (ideas->pdata[0], "next-step", &next_step, NULL);
  g_assert_cmpstr (next_step, ==, "Send the letter");
  g_assert_cmpint (bounce_record_get_updated (ideas->pdata[0]), ==, 1700000300000000);
  g_clear_object (&store);

  db = raw_open (path, SQLITE_OPEN_READONLY);
  journal_id = raw_query (db, "SELECT journal_id FROM journal WHERE id = 1", NULL);
  g_assert_cmpuint (strlen (journal_id), ==, 32);
}

/* Version 2 added the journal's identity; version 3 the nudge log. A journal of version 2
 * keeps its identity, its stamp and every row, and can log reminders after. */
static void
test_migrate_version_2 (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = journal_path (tmp->path, "");
  g_autoptr(sqlite3) db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GArray) log = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *journal_id = NULL;
  const GType *kinds;
  guint n_kinds;
  gint64 id = 0;

  raw_exec (db, "PRAGMA journal_mode = WAL;");
  write_version_1 (db);
  raw_exec (db,
            "CREATE TABLE journal (id INTEGER PRIMARY KEY CHECK (id = 1),"
            "  journal_id TEXT NOT NULL, stamp TEXT NOT NULL,"
            "  prev_stamp TEXT NOT NULL DEFAULT '');"
            "INSERT INTO journal VALUES (1, '0123456789abcdef0123456789abcdef',"
            "  'fedcba9876543210fedcba9876543210', '');"
            "PRAGMA user_version = 2;");
  g_clear_pointer (&db, sqlite3_close);

  store = test_open_store (tmp->path);
  g_assert_cmpint (bounce_store_get_schema_version (store), ==, BOUNCE_STORE_SCHEMA_VERSION);

  kinds = bounce_kinds_get (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(GPtrArray) records = bounce_store_load (store, kinds[i], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (records->len, ==, version_1_rows (kinds[i]));
    }
  text = bodies (store);
  g_assert_cmpstr (text, ==, "I failed by four points. Grüße 😊|"
                             "A better day; I walked by the river.");
  journal_id = bounce_store_dup_journal_id (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (journal_id, ==, "0123456789abcdef0123456789abcdef");

  log = bounce_store_load_nudges (store, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 0);
  g_clear_pointer (&log, g_array_unref);

  g_assert_true (bounce_store_log_nudge (store, "laugh-it-off", 1700000000, &id, &error));
  g_assert_no_error (error);
  g_assert_true (bounce_store_answer_nudge (store, id, BOUNCE_NUDGE_SNOOZED, 1700000060, &error));
  g_assert_no_error (error);
  log = bounce_store_load_nudges (store, 10, &error);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpstr (g_array_index (log, BounceNudgeSent, 0).nudge_id, ==, "laugh-it-off");
  g_assert_cmpint (g_array_index (log, BounceNudgeSent, 0).answer, ==, BOUNCE_NUDGE_SNOOZED);
  g_assert_cmpint (g_array_index (log, BounceNudgeSent, 0).answered, ==, 1700000060);
}

/* Version 4 gave the goal its story and one goal the focus, kept each page's prompt, and
 * added the kinds of the seven ideas. A journal of version 3 with two goals, pages written
 * under the old prompts and a nudge log keeps all of it, focuses its latest goal, and can
 * keep every new kind after. */
static void
test_migrate_version_3 (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = journal_path (tmp->path, "");
  g_autoptr(sqlite3) db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GArray) log = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal_id = NULL;
  const GType *kinds;
  guint n_kinds;

  raw_exec (db, "PRAGMA journal_mode = WAL;");
  write_version_1 (db);
  raw_exec (db,
            "CREATE TABLE journal (id INTEGER PRIMARY KEY CHECK (id = 1),"
            "  journal_id TEXT NOT NULL, stamp TEXT NOT NULL,"
            "  prev_stamp TEXT NOT NULL DEFAULT '');"
            "INSERT INTO journal VALUES (1, '0123456789abcdef0123456789abcdef',"
            "  'fedcba9876543210fedcba9876543210', '');"
            "CREATE TABLE nudge_log (id INTEGER PRIMARY KEY, nudge TEXT NOT NULL,"
            "  sent INTEGER NOT NULL,"
            "  answer INTEGER NOT NULL DEFAULT 0 CHECK (answer BETWEEN 0 AND 3),"
            "  answered INTEGER NOT NULL DEFAULT 0);"
            "CREATE INDEX nudge_log_by_sent ON nudge_log (sent);"
            "INSERT INTO nudge_log VALUES (1, 'laugh-it-off', 1700000000, 1, 1700000100);"
            /* A second goal, written later: the one in focus after. */
            "INSERT INTO goals VALUES (2, 'a1b2c3d4-0000-4000-8000-000000000006',"
            "  1700100000000000, 1700100000000000, 'Run the Berlin marathon',"
            "  'A knee, and the spring''s weekends');"
            /* Made at second 1700000003, under the third of the old prompts. */
            "INSERT INTO grief_entries VALUES (3, 'a1b2c3d4-0000-4000-8000-000000000007',"
            "  1700000003000000, 1700000003000000, 'What I would tell Sam: rest.');"
            "PRAGMA user_version = 3;");
  g_clear_pointer (&db, sqlite3_close);

  store = test_open_store (tmp->path);
  g_assert_cmpint (bounce_store_get_schema_version (store), ==, BOUNCE_STORE_SCHEMA_VERSION);

  kinds = bounce_kinds_get (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(GPtrArray) records = bounce_store_load (store, kinds[i], &error);
      guint expected = version_1_rows (kinds[i]) +
                       (kinds[i] == BOUNCE_TYPE_GOAL || kinds[i] == BOUNCE_TYPE_GRIEF_ENTRY);

      g_assert_no_error (error);
      g_assert_cmpuint (records->len, ==, expected);
    }

  goals = bounce_store_load (store, BOUNCE_TYPE_GOAL, &error);
  for (guint i = 0; i < goals->len; i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *cost = NULL;
      g_autoptr(GVariant) began = NULL;
      gboolean in_focus;

      g_object_get (goals->pdata[i], "title", &title, "cost", &cost, "in-focus", &in_focus,
                    "began", &began, NULL);
      g_assert_null (began);
      if (g_str_equal (title, "Run the Berlin marathon"))
        {
          g_assert_true (in_focus);
          g_assert_cmpstr (cost, ==, "A knee, and the spring's weekends");
        }
      else
        g_assert_false (in_focus);
    }

  entries = bounce_store_load (store, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *body = NULL;
      g_autofree char *prompt = NULL;

      g_object_get (entries->pdata[i], "body", &body, "prompt", &prompt, NULL);
      if (g_str_has_prefix (body, "I failed"))        /* second 1700000100: 1 mod 7 */
        g_assert_cmpstr (prompt, ==, "planned-future");
      else if (g_str_has_prefix (body, "A better day")) /* second 1700090000: 0 mod 7 */
        g_assert_cmpstr (prompt, ==, "meaning");
      else                                            /* second 1700000003: 2 mod 7 */
        g_assert_cmpstr (prompt, ==, "what-it-cost");
    }

  ideas = bounce_store_load (store, BOUNCE_TYPE_IDEA, &error);
  {
    g_autofree char *goal = NULL;

    g_object_get (ideas->pdata[0], "goal", &goal, NULL);
    g_assert_cmpstr (goal, ==, "");
  }

  journal_id = bounce_store_dup_journal_id (store, &error);
  g_assert_cmpstr (journal_id, ==, "0123456789abcdef0123456789abcdef");
  log = bounce_store_load_nudges (store, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpint (g_array_index (log, BounceNudgeSent, 0).answer, ==, 1);

  /* Every kind added by the step can be kept and read back as written. */
  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(BounceRecord) record = g_object_new (kinds[i], NULL);
      g_autoptr(GPtrArray) records = NULL;
      BounceRecordClass *klass = BOUNCE_RECORD_GET_CLASS (record);

      for (guint j = 0; j < klass->n_fields; j++)
        {
          GParamSpec *pspec = klass->fields[j];

          if (G_IS_PARAM_SPEC_STRING (pspec) &&
              bounce_record_field_get_reference_type (pspec) == G_TYPE_INVALID)
            g_object_set (record, pspec->name, "Ich schaffe das noch nicht — مرحبا", NULL);
          else if (G_IS_PARAM_SPEC_INT (pspec))
            g_object_set (record, pspec->name, G_PARAM_SPEC_INT (pspec)->maximum, NULL);
          else if (G_IS_PARAM_SPEC_VARIANT (pspec))
            g_object_set (record, pspec->name,
                          g_variant_new_maybe (G_VARIANT_TYPE_INT64,
                                               g_variant_new_int64 (1767225600)), NULL);
        }
      g_assert_true (bounce_store_insert (store, record, &error));
      g_assert_no_error (error);
      records = bounce_store_load (store, kinds[i], &error);
      g_assert_no_error (error);
      test_assert_same_record (record, test_find_by_uuid (records, bounce_record_get_uuid (record)),
                               TRUE);
    }
}

/* The schema of version 4, as the seven ideas' part 1 left it (version 5 added only the
 * search indexes), with the rows of write_version_1(). */
static void
write_version_4 (sqlite3 *db)
{
  write_version_1 (db);
  raw_exec (db,
            "CREATE TABLE journal (id INTEGER PRIMARY KEY CHECK (id = 1),"
            "  journal_id TEXT NOT NULL, stamp TEXT NOT NULL,"
            "  prev_stamp TEXT NOT NULL DEFAULT '');"
            "INSERT INTO journal VALUES (1, '0123456789abcdef0123456789abcdef',"
            "  'fedcba9876543210fedcba9876543210', '');"
            "CREATE TABLE nudge_log (id INTEGER PRIMARY KEY, nudge TEXT NOT NULL,"
            "  sent INTEGER NOT NULL,"
            "  answer INTEGER NOT NULL DEFAULT 0 CHECK (answer BETWEEN 0 AND 3),"
            "  answered INTEGER NOT NULL DEFAULT 0);"
            "CREATE INDEX nudge_log_by_sent ON nudge_log (sent);"
            "ALTER TABLE goals ADD COLUMN description TEXT NOT NULL DEFAULT '';"
            "ALTER TABLE goals ADD COLUMN began INTEGER;"
            "ALTER TABLE goals ADD COLUMN ended INTEGER;"
            "ALTER TABLE goals ADD COLUMN story TEXT NOT NULL DEFAULT '';"
            "ALTER TABLE goals ADD COLUMN in_focus INTEGER NOT NULL DEFAULT 0"
            "  CHECK (in_focus IN (0, 1));"
            "UPDATE goals SET in_focus = 1;"
            "ALTER TABLE grief_entries ADD COLUMN prompt TEXT NOT NULL DEFAULT '';"
            "ALTER TABLE ideas ADD COLUMN goal TEXT;"
            "CREATE TABLE checkins (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            "  created INTEGER NOT NULL, updated INTEGER NOT NULL,"
            "  score INTEGER NOT NULL DEFAULT 0 CHECK (score BETWEEN 0 AND 5),"
            "  feelings TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE coping (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            "  created INTEGER NOT NULL, updated INTEGER NOT NULL,"
            "  activity TEXT NOT NULL DEFAULT '',"
            "  minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 1440),"
            "  note TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE lessons (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            "  created INTEGER NOT NULL, updated INTEGER NOT NULL,"
            "  happened TEXT NOT NULL DEFAULT '', taught TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE definitions (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            "  created INTEGER NOT NULL, updated INTEGER NOT NULL,"
            "  season TEXT NOT NULL DEFAULT '', success TEXT NOT NULL DEFAULT '',"
            "  failure TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE talks (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
            "  created INTEGER NOT NULL, updated INTEGER NOT NULL,"
            "  who TEXT NOT NULL DEFAULT '', ask TEXT NOT NULL DEFAULT '',"
            "  heard TEXT NOT NULL DEFAULT '', follow_up INTEGER);"
            "CREATE INDEX checkins_by_created ON checkins (created);"
            "CREATE INDEX coping_by_created ON coping (created);"
            "CREATE INDEX lessons_by_created ON lessons (created);"
            "CREATE INDEX definitions_by_created ON definitions (created);"
            "CREATE INDEX talks_by_created ON talks (created);"
            "PRAGMA user_version = 4;");
}

/* Version 4 with pages in three languages and words in other kinds: after step 5 (and
 * every step after), each is found, and writes keep the indexes in step. */
static void
test_migrate_version_4 (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = journal_path (tmp->path, "");
  g_autoptr(sqlite3) db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  struct { GType kind; const char *field; const char *text; const char *query; } rows[] = {
    { BOUNCE_TYPE_GRIEF_ENTRY, "body", "I failed the bar exam and spent the evening walking "
      "along the river.", "spent" },
    { BOUNCE_TYPE_GRIEF_ENTRY, "body", "Die Prüfung ist vorbei. Morgen rufe ich Jana an.",
      "prufung" },
    { BOUNCE_TYPE_GRIEF_ENTRY, "body", "لَمْ أَنْجَحْ هذه المرة، لكنني تعلمت الكثير", "انجح" },
    { BOUNCE_TYPE_GOAL, "story", "Two years of evenings at the library", "library" },
    { BOUNCE_TYPE_THANKS, "treat", "a long bath and a novel", "novel" },
    { BOUNCE_TYPE_LESSON, "taught", "to ask for help sooner", "sooner" },
    { BOUNCE_TYPE_TALK, "heard", "She said she failed twice before passing", "twice" },
    { BOUNCE_TYPE_IDEA, "notes", "a pottery course on Thursdays", "thursdays" },
    { BOUNCE_TYPE_COPING, "note", "with the dog, in the rain", "dog" },
  };
  char uuids[G_N_ELEMENTS (rows)][40];

  raw_exec (db, "PRAGMA journal_mode = WAL;");
  write_version_4 (db);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (rows[i].kind);
      g_autofree char *column = g_strdelimit (g_strdup (rows[i].field), "-", '_');
      char *sql;

      g_snprintf (uuids[i], sizeof uuids[i], "b1b2c3d4-0000-4000-8000-0000000001%02u", i);
      sql = sqlite3_mprintf ("INSERT INTO %s (uuid, created, updated, %s) VALUES (%Q, %lld,"
                             " %lld, %Q)", BOUNCE_RECORD_CLASS (klass)->table, column, uuids[i],
                             (long long) 1700000000000000 + i, (long long) 1700000000000000 + i,
                             rows[i].text);
      raw_exec (db, sql);
      sqlite3_free (sql);
    }
  g_clear_pointer (&db, sqlite3_close);

  store = test_open_store (tmp->path);
  g_assert_cmpint (bounce_store_get_schema_version (store), ==, BOUNCE_STORE_SCHEMA_VERSION);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      hits = bounce_store_search (store, rows[i].query, 10, &error);
      g_assert_no_error (error);
      g_test_message ("“%s”: %u found", rows[i].query, hits->len);
      g_assert_cmpuint (hits->len, ==, 1);
      g_assert_cmpstr (((BounceSearchHit *) hits->pdata[0])->uuid, ==, uuids[i]);
      g_clear_pointer (&hits, g_ptr_array_unref);
    }

  /* Another program's write (a row added with the sqlite3 shell) is found too. */
  g_clear_object (&store);
  db = raw_open (path, SQLITE_OPEN_READWRITE);
  raw_exec (db, "INSERT INTO ideas (uuid, created, updated, title)"
                " VALUES ('a1b2c3d4-0000-4000-8000-0000000000ff', 1, 1, 'a bakery at dawn');");
  g_clear_pointer (&db, sqlite3_close);
  store = test_open_store (tmp->path);
  hits = bounce_store_search (store, "bakery", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
}

/* A version 5 journal as people have them: ideas in several languages, in each of the
 * four statuses of then, one another go at the goal, with their search index and its
 * triggers; and a coping log. */
static void
write_version_5 (sqlite3 *db)
{
  write_version_4 (db);
  raw_exec (db,
            "INSERT INTO ideas VALUES (2, 'c1b2c3d4-0000-4000-8000-000000000002',"
            "  1700100000000000, 1700200000000000, 'Töpferkurs am Donnerstag',"
            "  'Frag Jana, ob sie mitkommt', 0, 'Anmelden', NULL);"
            "INSERT INTO ideas VALUES (3, 'c1b2c3d4-0000-4000-8000-000000000003',"
            "  1700300000000000, 1700400000000000, 'دورة في الخط العربي',"
            "  'مرتين في الأسبوع', 1, 'اشتري الأقلام', NULL);"
            "INSERT INTO ideas VALUES (4, 'c1b2c3d4-0000-4000-8000-000000000004',"
            "  1700500000000000, 1700600000000000, 'Retake the bar exam in July',"
            "  'Another go, kinder this time', 3, '',"
            "  'a1b2c3d4-0000-4000-8000-000000000001');"
            "INSERT INTO coping VALUES (1, 'c1b2c3d4-0000-4000-8000-000000000010',"
            "  1700000400000000, 1700000400000000, 'back-pocket', 45, 'Glazed two bowls');"
            "CREATE VIRTUAL TABLE ideas_search USING fts5 (title, notes, next_step,"
            "  content = 'ideas', content_rowid = 'id',"
            "  tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co Mn'\","
            "  prefix = '2 3', columnsize = 0);"
            "CREATE TRIGGER ideas_search_insert AFTER INSERT ON ideas BEGIN"
            "  INSERT INTO ideas_search (rowid, title, notes, next_step)"
            "    VALUES (new.id, new.title, new.notes, new.next_step);"
            "END;"
            "CREATE TRIGGER ideas_search_delete AFTER DELETE ON ideas BEGIN"
            "  INSERT INTO ideas_search (ideas_search, rowid, title, notes, next_step)"
            "    VALUES ('delete', old.id, old.title, old.notes, old.next_step);"
            "END;"
            "CREATE TRIGGER ideas_search_update AFTER UPDATE OF title, notes, next_step ON ideas"
            "  BEGIN"
            "  INSERT INTO ideas_search (ideas_search, rowid, title, notes, next_step)"
            "    VALUES ('delete', old.id, old.title, old.notes, old.next_step);"
            "  INSERT INTO ideas_search (rowid, title, notes, next_step)"
            "    VALUES (new.id, new.title, new.notes, new.next_step);"
            "END;"
            "INSERT INTO ideas_search (rowid, title, notes, next_step)"
            "  SELECT id, title, notes, next_step FROM ideas;"
            "PRAGMA user_version = 5;");
}

/* A damaged journal of version 5, rescued as it is: its ideas read as step 6 would have
 * made them, "let go" (3 then) as "let go" (4 now), never as "done", and an idea past
 * dreaming as tried when it last changed. */
static void
test_rescue_version_5 (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(TestDir) first = test_dir_new ();
  g_autofree char *first_path = journal_path (first->path, "");
  g_autofree char *path = journal_path (tmp->path, "");
  g_autoptr(sqlite3) db = raw_open (first_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GPtrArray) rescued = NULL;
  g_autoptr(GError) error = NULL;
  guint n_ideas = 0;

  /* Damaged as a journal whose file is gone and whose -wal holds everything. */
  raw_exec (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;");
  write_version_5 (db);
  copy_as_crashed (first->path, tmp->path);
  g_clear_pointer (&db, sqlite3_close);
  g_assert_no_errno (g_remove (path));
  store = bounce_store_open (tmp->path, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED);
  g_clear_error (&error);

  rescued = bounce_store_rescue (tmp->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rescued->len; i++)
    {
      BounceRecord *record = rescued->pdata[i];
      const char *uuid = bounce_record_get_uuid (record);
      BounceIdeaStatus status;
      gint64 tried = 0;
      gboolean has_tried;

      if (!BOUNCE_IS_IDEA (record))
        continue;
      n_ideas++;
      g_object_get (record, "status", &status, NULL);
      has_tried = bounce_record_get_optional_int64 (record, "tried", &tried);
      if (g_str_has_suffix (uuid, "0002"))
        {
          g_assert_cmpint (status, ==, BOUNCE_IDEA_STATUS_DREAMING);
          g_assert_false (has_tried);
        }
      else if (g_str_has_suffix (uuid, "0003"))
        {
          g_assert_cmpint (status, ==, BOUNCE_IDEA_STATUS_TRYING);
          g_assert_true (has_tried);
          g_assert_cmpint (tried, ==, 1700400000000000);
        }
      else if (g_str_has_suffix (uuid, "0004"))
        {
          g_assert_cmpint (status, ==, BOUNCE_IDEA_STATUS_LET_GO);
          g_assert_true (has_tried);
          g_assert_cmpint (tried, ==, 1700600000000000);
        }
    }
  g_assert_cmpuint (n_ideas, >=, 3);

  /* Started over from it, the journal keeps them so. */
  store = bounce_store_start_over (tmp->path, rescued, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) ideas = bounce_store_load (store, BOUNCE_TYPE_IDEA, &error);
    guint let_go = 0;

    g_assert_no_error (error);
    for (guint i = 0; i < ideas->len; i++)
      {
        BounceIdeaStatus status;

        g_object_get (ideas->pdata[i], "status", &status, NULL);
        g_assert_cmpint (status, !=, BOUNCE_IDEA_STATUS_DONE);
        let_go += status == BOUNCE_IDEA_STATUS_LET_GO;
      }
    g_assert_cmpuint (let_go, ==, 1);
  }
}

/* Step 6 made the ideas' table anew for a fifth status. Every idea keeps its id, uuid,
 * times and words; "let go" moves from 3 to 4 and "resting" stays; an idea past dreaming
 * was tried when it last changed; search finds the ideas' words, old and new, in every
 * language; and the journal takes the new kinds and refuses a second project A. */
static void
test_migrate_version_5 (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = journal_path (tmp->path, "");
  g_autoptr(sqlite3) db = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GPtrArray) coping = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;
  struct {
    const char *uuid; gint64 id, created, updated; const char *title; BounceIdeaStatus status;
    gboolean tried; const char *goal; const char *query;
  } expected[] = {
    { "a1b2c3d4-0000-4000-8000-000000000005", 1, 1700000300000000, 1700000300000000,
      "Paralegal work", BOUNCE_IDEA_STATUS_RESTING, TRUE, "", "paralegal" },
    { "c1b2c3d4-0000-4000-8000-000000000002", 2, 1700100000000000, 1700200000000000,
      "Töpferkurs am Donnerstag", BOUNCE_IDEA_STATUS_DREAMING, FALSE, "", "topferkurs" },
    { "c1b2c3d4-0000-4000-8000-000000000003", 3, 1700300000000000, 1700400000000000,
      "دورة في الخط العربي", BOUNCE_IDEA_STATUS_TRYING, TRUE, "", "الخط" },
    { "c1b2c3d4-0000-4000-8000-000000000004", 4, 1700500000000000, 1700600000000000,
      "Retake the bar exam in July", BOUNCE_IDEA_STATUS_LET_GO, TRUE,
      "a1b2c3d4-0000-4000-8000-000000000001", "kinder" },
  };

  raw_exec (db, "PRAGMA journal_mode = WAL;");
  write_version_5 (db);
  g_clear_pointer (&db, sqlite3_close);

  store = test_open_store (tmp->path);
  g_assert_cmpint (bounce_store_get_schema_version (store), ==, 6);

  ideas = bounce_store_load (store, BOUNCE_TYPE_IDEA, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ideas->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      BounceRecord *idea = test_find_by_uuid (ideas, expected[i].uuid);
      g_autofree char *title = NULL;
      g_autofree char *goal = NULL;
      g_autofree char *resume_note = NULL;
      g_autoptr(GPtrArray) hits = NULL;
      BounceIdeaStatus status;
      BounceIdeaProject project;
      gboolean back_pocket;
      gint64 tried = 0;

      g_test_message ("%s", expected[i].title);
      g_assert_nonnull (idea);
      g_object_get (idea, "title", &title, "status", &status, "goal", &goal,
                    "project", &project, "back-pocket", &back_pocket,
                    "resume-note", &resume_note, NULL);
      g_assert_cmpstr (title, ==, expected[i].title);
      g_assert_cmpint (status, ==, expected[i].status);
      g_assert_cmpstr (goal, ==, expected[i].goal);
      g_assert_cmpint (project, ==, BOUNCE_IDEA_PROJECT_NONE);
      g_assert_false (back_pocket);
      g_assert_cmpstr (resume_note, ==, "");
      g_assert_cmpint (bounce_record_get_created (idea), ==, expected[i].created);
      g_assert_cmpint (bounce_record_get_updated (idea), ==, expected[i].updated);
      g_assert_true (bounce_record_get_optional_int64 (idea, "tried", &tried) ==
                     expected[i].tried);
      if (expected[i].tried)
        g_assert_cmpint (tried, ==, expected[i].updated);

      hits = bounce_store_search (store, expected[i].query, 10, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, ==, 1);
      g_assert_cmpstr (((BounceSearchHit *) hits->pdata[0])->uuid, ==, expected[i].uuid);
    }

  /* The coping log's entries can now refer to an idea; the old ones refer to none. */
  coping = bounce_store_load (store, BOUNCE_TYPE_COPING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coping->len, ==, 1);
  {
    g_autofree char *idea = NULL;

    g_object_get (coping->pdata[0], "idea", &idea, NULL);
    g_assert_cmpstr (idea, ==, "");
  }

  /* A change to an idea, and a new one, reach the index through the new triggers. */
  {
    g_autoptr(BounceRecord) idea = g_object_ref (test_find_by_uuid (ideas, expected[0].uuid));
    g_autoptr(BounceRecord) fresh = g_object_new (BOUNCE_TYPE_IDEA, "title",
                                                  "Ein Café am Fluss", NULL);
    g_autoptr(GPtrArray) hits = NULL;

    g_object_set (idea, "resume-note", "stopped at the cover letter", NULL);
    g_assert_true (bounce_store_update (store, idea, &error));
    g_assert_true (bounce_store_insert (store, fresh, &error));
    g_assert_no_error (error);
    hits = bounce_store_search (store, "cover letter", 10, &error);
    g_assert_cmpuint (hits->len, ==, 1);
    g_clear_pointer (&hits, g_ptr_array_unref);
    hits = bounce_store_search (store, "cafe fluss", 10, &error);
    g_assert_cmpuint (hits->len, ==, 1);
    g_clear_pointer (&hits, g_ptr_array_unref);
    hits = bounce_store_search (store, "paralegal", 10, &error);
    g_assert_cmpuint (hits->len, ==, 1);
  }
  g_clear_object (&store);

  /* Ids kept; the fifth status fits and a sixth does not; one project A at most. */
  db = raw_open (path, SQLITE_OPEN_READWRITE);
  ids = raw_query (db, "SELECT group_concat(id, ',') FROM (SELECT id FROM ideas ORDER BY id)",
                   NULL);
  g_assert_cmpstr (ids, ==, "1,2,3,4,5");
  g_assert_cmpint (sqlite3_exec (db, "UPDATE ideas SET status = 5 WHERE id = 1",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  raw_exec (db, "UPDATE ideas SET project = 1 WHERE id = 1;"
                "UPDATE ideas SET project = 2, back_pocket = 1 WHERE id = 2;");
  g_assert_cmpint (sqlite3_exec (db, "UPDATE ideas SET project = 1 WHERE id = 3",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE ideas SET back_pocket = 1 WHERE id = 3",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
}

/* The newest part of a journal whose main file is gone: kept, read back, never deleted. */
static void
test_orphan_wal (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(TestDir) first = test_dir_new ();
  g_autofree char *first_path = journal_path (first->path, "");
  g_autofree char *path = journal_path (tmp->path, "");
  g_autofree char *wal = journal_path (tmp->path, "-wal");
  g_autoptr(sqlite3) db = raw_open (first_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GPtrArray) rescued = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) orphan = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *set_aside = NULL;
  g_autofree char *text = NULL;

  /* As the first release left a journal it never checkpointed: everything in the -wal. */
  raw_exec (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;");
  write_version_1 (db);
  copy_as_crashed (first->path, tmp->path);
  g_clear_pointer (&db, sqlite3_close);
  g_assert_no_errno (g_remove (path));
  orphan = read_bytes (wal);

  store = bounce_store_open (tmp->path, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED);
  g_assert_null (store);
  g_clear_error (&error);
  listing = list_dir (tmp->path);
  g_assert_cmpstr (listing, ==, "journal.db-shm,journal.db-wal");
  assert_bytes (wal, orphan);

  rescued = bounce_store_rescue (tmp->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rescued->len, ==, 5);
  assert_bytes (wal, orphan);

  store = bounce_store_start_over (tmp->path, rescued, &set_aside, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  text = bodies (store);
  g_assert_cmpstr (text, ==, "I failed by four points. Grüße 😊|"
                             "A better day; I walked by the river.");
  g_assert_cmpuint (n_notices (store), ==, 1);
  g_assert_true (g_str_has_prefix (set_aside, path));

  /* Nothing deleted: the orphan is kept, byte for byte, under its new name. */
  {
    g_autofree char *kept_wal = g_strconcat (set_aside, "-wal", NULL);

    assert_bytes (kept_wal, orphan);
  }
}

/* Random bytes over pages in the middle of the file: refused, then read back as far as can be.
 * The journal is big enough for its middle to be pages of entries, well past the schema's. */
static void
test_damage (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = journal_path (tmp->path, "");
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GPtrArray) rescued = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261129);
  g_autofree char *set_aside = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *text = NULL;
  char *contents = NULL;
  gsize length = 0;

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *body = g_strdup_printf ("Page %u. %s", i,
                                               "Today I thought about the exam again, and "
                                               "about what I would tell a friend in my place.");

      g_object_unref (add_entry (store, body));
    }
  g_clear_object (&store);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 16 * 4096);
  for (gsize i = length / 2; i < length / 2 + 2 * 4096; i++)
    contents[i] = (char) g_rand_int (rand);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  damaged = g_bytes_new_take (contents, length);

  store = bounce_store_open (tmp->path, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  assert_bytes (path, damaged);
  listing = list_dir (tmp->path);
  g_assert_cmpstr (listing, ==, "journal.db");

  rescued = bounce_store_rescue (tmp->path, &error);
  g_assert_no_error (error);
  g_test_message ("%u of 2000 entries could be read from the damaged journal", rescued->len);
  g_assert_cmpuint (rescued->len, >, 1800);
  g_assert_cmpuint (rescued->len, <=, 2000);
  assert_bytes (path, damaged);

  store = bounce_store_start_over (tmp->path, rescued, &set_aside, &error);
  g_assert_no_error (error);
  text = bodies (store);
  g_assert_true (g_str_has_prefix (text, "Page "));
  {
    g_auto(GStrv) pages = g_strsplit (text, "|", -1);

    g_assert_cmpuint (g_strv_length (pages), ==, rescued->len);
  }
  assert_bytes (set_aside, damaged);
  g_assert_nonnull (strstr (bounce_store_get_notices (store)[0], strrchr (set_aside, '/') + 1));
  g_clear_object (&store);
  assert_healthy (tmp->path);
}

/* Two pages of entries far apart made unreadable: the rescue steps past each, so the
 * thousand entries between them are read too, each once. */
static void
test_damage_two_places (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = journal_path (tmp->path, "");
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GPtrArray) rescued = NULL;
  g_autoptr(GHashTable) bodies_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261130);
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char *marks[] = { "Page 500. ", "Page 1500. " };

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *body = g_strdup_printf ("Page %u. %s", i,
                                               "I keep the letter they sent me in a drawer, "
                                               "and today I did not open it.");

      g_object_unref (add_entry (store, body));
    }
  g_clear_object (&store);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    {
      char *found = memmem (contents, length, marks[m], strlen (marks[m]));
      gsize page;

      g_assert_nonnull (found);
      page = (gsize) (found - contents) / 4096 * 4096;
      for (gsize i = page; i < page + 4096 && i < length; i++)
        contents[i] = (char) g_rand_int (rand);
    }
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  rescued = bounce_store_rescue (tmp->path, &error);
  g_assert_no_error (error);
  g_test_message ("%u of 2000 entries could be read around two damaged pages", rescued->len);
  for (guint i = 0; i < rescued->len; i++)
    {
      g_autofree char *body = NULL;

      g_object_get (rescued->pdata[i], "body", &body, NULL);
      g_assert_true (g_hash_table_add (bodies_seen, g_steal_pointer (&body)));
    }
  g_assert_true (g_hash_table_contains (bodies_seen,
                                        "Page 1000. I keep the letter they sent me in a drawer, "
                                        "and today I did not open it."));
  g_assert_false (g_hash_table_contains (bodies_seen,
                                         "Page 500. I keep the letter they sent me in a drawer, "
                                         "and today I did not open it."));
  g_assert_cmpuint (rescued->len, >, 1850);
  g_assert_cmpuint (rescued->len, <, 2000);
}

/* Text where the -wal goes: SQLite would take it for an empty log and write over it. */
static void
test_not_a_wal (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *wal = journal_path (tmp->path, "-wal");
  g_autoptr(GBytes) text = g_bytes_new_static ("a note another program keeps here\n", 34);
  g_autoptr(BounceStore) store = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *body = NULL;

  make_journal (tmp->path, "kept", NULL);
  g_assert_true (g_file_set_contents (wal, g_bytes_get_data (text, NULL), 34, NULL));

  store = test_open_store (tmp->path);
  body = bodies (store);
  g_assert_cmpstr (body, ==, "kept");
  g_assert_cmpuint (n_notices (store), ==, 1);
  moved = find_file (tmp->path, "journal.db-wal.not-ours-");
  assert_bytes (moved, text);
}

static void
test_hot_rollback_journal (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *hot = journal_path (tmp->path, "-journal");
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GBytes) junk = g_bytes_new_static ("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7 not ours", 18);
  g_autofree char *moved = NULL;
  g_autofree char *text = NULL;

  make_journal (tmp->path, "kept", NULL);
  g_assert_true (g_file_set_contents (hot, g_bytes_get_data (junk, NULL), 18, NULL));

  store = test_open_store (tmp->path);
  text = bodies (store);
  g_assert_cmpstr (text, ==, "kept");
  g_assert_cmpuint (n_notices (store), ==, 1);
  moved = find_file (tmp->path, "journal.db-journal.not-ours-");
  assert_bytes (moved, junk);
}

/* Every file in @dir, searched for @needle. */
static gboolean
folder_contains (const char *dir,
                 const char *needle)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GBytes) bytes = read_bytes (path);

      if (g_bytes_get_size (bytes) >= strlen (needle) &&
          memmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                  needle, strlen (needle)) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_delete_leaves_no_text (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(BounceRecord) secret = NULL;
  g_autoptr(BounceRecord) kept = NULL;
  g_autoptr(GError) error = NULL;

  kept = add_entry (store, "a page that stays");
  secret = add_entry (store, "what I never told anyone: quetzal-7319");
  g_object_set (secret, "body", "what I never told anyone, rewritten: quetzal-7319", NULL);
  g_assert_true (bounce_store_update (store, secret, &error));
  g_assert_true (folder_contains (tmp->path, "quetzal-7319"));

  g_assert_true (bounce_store_delete (store, secret, &error));
  g_assert_no_error (error);

  /* The store is still open: the words must be gone already, from every file, the search
   * index's list of single words included. */
  g_assert_false (folder_contains (tmp->path, "quetzal-7319"));
  g_assert_false (folder_contains (tmp->path, "quetzal"));
  g_assert_false (folder_contains (tmp->path, "rewritten"));
  g_assert_true (folder_contains (tmp->path, "a page that stays"));
}

/* Runs as every new connection opens: a SQLite built with other defaults than
 * Debian's, so that only settings the store makes itself survive. */
static int
other_defaults (sqlite3                            *db,
                const char                        **message,
                const struct sqlite3_api_routines  *api)
{
  return sqlite3_exec (db, "PRAGMA secure_delete = 0; PRAGMA synchronous = OFF;"
                           "PRAGMA foreign_keys = 0; PRAGMA wal_autocheckpoint = 1000;"
                           "PRAGMA busy_timeout = 0;", NULL, NULL, NULL);
}

static void
test_pragmas (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = NULL;
  g_autofree char *busy = g_strdup_printf ("%d", BOUNCE_STORE_BUSY_TIMEOUT_MS);
  struct { const char *name; const char *value; } expected[] = {
    { "journal_mode", "wal" },
    { "synchronous", "2" },          /* FULL */
    { "foreign_keys", "1" },
    { "secure_delete", "1" },
    { "busy_timeout", busy },
    { "wal_autocheckpoint", "0" },   /* the store's own hook replaces it */
    { "query_only", "0" },
  };

  sqlite3_auto_extension ((void (*) (void)) other_defaults);
  store = test_open_store (tmp->path);
  sqlite3_reset_auto_extension ();

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *value = bounce_store_dup_pragma (store, expected[i].name);

      g_test_message ("%s = %s", expected[i].name, value);
      g_assert_cmpstr (value, ==, expected[i].value);
    }
}

/* Checkpoints are the store's own: the -wal is emptied (and stamped) every 1,000 frames. */
static void
test_wal_bounded (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autofree char *wal = journal_path (tmp->path, "-wal");
  g_autofree char *page = g_strnfill (12000, 'p');
  const goffset frame = 4096 + 24;
  goffset largest = 0;

  /* About four frames a page: 1,600 frames in all. */
  for (guint i = 0; i < 400; i++)
    {
      g_object_unref (add_entry (store, page));
      largest = MAX (largest, bounce_files_size (wal, NULL));
    }

  g_test_message ("The -wal grew to %" G_GOFFSET_FORMAT " bytes at most", largest);
  g_assert_cmpint (largest, <, 1100 * frame);
  g_assert_cmpint (largest, >, 900 * frame);
}

/* Another program holds the write lock: a write gives up at once, and works once it is let go. */
static void
test_lock_held (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autofree char *path = journal_path (tmp->path, "");
  g_autoptr(sqlite3) other = raw_open (path, SQLITE_OPEN_READWRITE);
  g_autoptr(BounceRecord) entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", "waits", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 start, took;

  raw_exec (other, "BEGIN IMMEDIATE; INSERT INTO grief_entries (uuid, created, updated, body)"
                   " VALUES ('held', 1, 1, 'held by the other program');");

  start = g_get_monotonic_time ();
  g_assert_false (bounce_store_insert (store, entry, &error));
  took = g_get_monotonic_time () - start;
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_BUSY);
  g_clear_error (&error);
  g_test_message ("A write under another program's lock gave up after %.1f ms", took / 1000.0);
  /* Generous, for a shared machine: the point is that it is not the old 5 s. */
  g_assert_cmpint (took, <, G_USEC_PER_SEC);

  raw_exec (other, "ROLLBACK;");
  g_assert_true (bounce_store_insert (store, entry, &error));
  g_assert_no_error (error);
  text = bodies (store);
  g_assert_cmpstr (text, ==, "waits");
}

static void
test_symlink (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(TestDir) elsewhere = test_dir_new ();
  g_autofree char *path = journal_path (tmp->path, "");
  g_autofree char *target = g_build_filename (elsewhere->path, "notes.txt", NULL);
  g_autofree char *missing = g_build_filename (elsewhere->path, "not-yet.db", NULL);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) notes = g_bytes_new_static ("my notes\n", 9);
  g_autofree char *link_target = NULL;
  g_autofree char *listing = NULL;

  g_assert_true (g_file_set_contents (target, "my notes\n", -1, NULL));
  g_assert_no_errno (symlink (target, path));

  store = bounce_store_open (tmp->path, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOREIGN);
  g_assert_nonnull (strstr (error->message, "link"));
  g_clear_error (&error);
  assert_bytes (target, notes);
  link_target = g_file_read_link (path, NULL);
  g_assert_cmpstr (link_target, ==, target);
  listing = list_dir (tmp->path);
  g_assert_cmpstr (listing, ==, "journal.db");

  /* A link to nothing yet: the target is not created. */
  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (symlink (missing, path));
  store = bounce_store_open (tmp->path, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOREIGN);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* The owner made the journal read-only: it is read, and nothing is written, not even beside it. */
static void
test_read_only (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = journal_path (tmp->path, "");
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(BounceRecord) entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", "new", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autofree char *text = NULL;
  g_autofree char *listing = NULL;

  make_journal (tmp->path, "one", "two", NULL);
  g_assert_no_errno (g_chmod (path, 0400));
  before = read_bytes (path);

  store = test_open_store (tmp->path);
  g_assert_true (bounce_store_is_read_only (store));
  g_assert_cmpuint (n_notices (store), ==, 1);
  g_assert_nonnull (strstr (bounce_store_get_notices (store)[0], "read-only"));
  text = bodies (store);
  g_assert_cmpstr (text, ==, "one|two");

  g_assert_false (bounce_store_insert (store, entry, &error));
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);

  assert_bytes (path, before);
  g_assert_cmpuint (file_mode (path), ==, 0400);
  listing = list_dir (tmp->path);
  g_assert_cmpstr (listing, ==, "journal.db");
}

static void
test_folder_bits (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *shared = g_build_filename (tmp->path, "shared", NULL);
  g_autofree char *refused = g_build_filename (tmp->path, "refused", NULL);
  g_autofree char *foreign = journal_path (refused, "");
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* Group and others lose access; setgid and sticky stay. */
  g_assert_no_errno (g_mkdir (shared, 0700));
  g_assert_no_errno (g_chmod (shared, 03775));
  store = test_open_store (shared);
  {
    GStatBuf st;

    g_assert_no_errno (g_stat (shared, &st));
    g_assert_cmpuint (st.st_mode & 07777, ==, 03700);
  }
  g_clear_object (&store);

  /* A refused journal leaves its folder as it was. */
  g_assert_no_errno (g_mkdir (refused, 0755));
  g_assert_no_errno (g_chmod (refused, 0755));
  g_assert_true (g_file_set_contents (foreign, "not a journal, but a long enough text to "
                                      "look like something: 0123456789 0123456789 "
                                      "0123456789 0123456789", -1, NULL));
  store = bounce_store_open (refused, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOREIGN);
  g_assert_cmpuint (file_mode (refused), ==, 0755);
}

/* A small file system at @path, in a mount namespace of the test's own, so that it goes
 * with the test process whatever happens; FALSE (and the test skipped) unless root. */
static gboolean
mount_small_disk (const char *path,
                  const char *options)
{
  if (unshare (CLONE_NEWNS) != 0 ||
      mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
      mount ("tmpfs", path, "tmpfs", 0, options) != 0)
    {
      g_test_skip ("A small file system can only be mounted as root");
      return FALSE;
    }

  return TRUE;
}

/* Fills @path's file system to the last byte with a file that can be removed later. */
static void
fill_disk (const char *filler)
{
  static const char block[4096] = { 0 };
  int fd = g_open (filler, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  while (write (fd, block, sizeof block) > 0)
    ;
  while (write (fd, block, 1) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);
}

/* Starting again on a full disk fails, and leaves the damaged journal where and as it was. */
static void
test_start_over_disk_full (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *path = journal_path (tmp->path, "");
  g_autofree char *filler = g_build_filename (tmp->path, "filler", NULL);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GPtrArray) rescued = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autofree char *listing = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!mount_small_disk (tmp->path, "size=6m,mode=0700"))
    return;

  store = test_open_store (tmp->path);
  for (guint i = 0; i < 60; i++)
    g_object_unref (add_entry (store, "A page long enough to fill a few pages of the file, "
                                      "about the course and the months after it."));
  g_clear_object (&store);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  memset (contents + length - 4096, 0x5a, 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  damaged = g_bytes_new_take (contents, length);

  rescued = bounce_store_rescue (tmp->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rescued->len, >, 0);

  fill_disk (filler);
  store = bounce_store_start_over (tmp->path, rescued, NULL, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_test_message ("Starting again on a full disk: %s", error->message);
  g_clear_error (&error);
  assert_bytes (path, damaged);
  listing = list_dir (tmp->path);
  g_assert_cmpstr (listing, ==, "filler,journal.db");

  /* Once there is room, it works. */
  g_assert_no_errno (g_remove (filler));
  store = bounce_store_start_over (tmp->path, rescued, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_clear_object (&store);

  umount (tmp->path);
}

/* A small file system of its own, in a mount namespace of its own, filled up. */
static void
test_disk_full (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autofree char *filler = g_build_filename (tmp->path, "filler", NULL);
  g_autoptr(BounceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *page = NULL;
  g_autofree char *text = NULL;
  guint n_written = 0;

  if (!mount_small_disk (tmp->path, "size=1m,mode=0700"))
    return;

  /* Room made by the filler is given back later, as a person would free space. */
  g_assert_true (g_file_set_contents (filler, "", 0, NULL));
  {
    g_autofree char *zeros = g_malloc0 (96 * 1024);

    g_assert_true (g_file_set_contents (filler, zeros, 96 * 1024, NULL));
  }

  store = test_open_store (tmp->path);
  page = g_strnfill (3000, 'w');
  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(BounceRecord) entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                                    "body", page, NULL);

      if (!bounce_store_insert (store, entry, &error))
        break;
      n_written++;
    }
  g_test_message ("%u pages written before the disk was full", n_written);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FULL);
  g_assert_cmpstr (error->message, ==, "the disk is full");
  g_clear_error (&error);
  g_assert_cmpuint (n_written, >, 0);

  /* What was written before is all there, and the journal is whole. */
  {
    g_autoptr(GPtrArray) records = bounce_store_load (store, BOUNCE_TYPE_GRIEF_ENTRY, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (records->len, ==, n_written);
  }

  g_assert_no_errno (g_remove (filler));
  {
    g_autoptr(BounceRecord) entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                                  "body", "after the room came back", NULL);

    g_assert_true (bounce_store_insert (store, entry, &error));
    g_assert_no_error (error);
  }
  g_clear_object (&store);
  assert_healthy (tmp->path);

  umount (tmp->path);
}

/* Private copies left by a process that was killed hold journal text: the next copy sweeps them. */
static void
test_orphaned_copies (void)
{
  g_autoptr(TestDir) tmp = test_dir_new ();
  g_autoptr(TestDir) crashed = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (tmp->path);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "/bin/true", NULL };
  GPid dead = 0;
  g_autofree char *dead_copy = NULL;
  g_autofree char *live_copy = NULL;
  g_autofree char *dead_file = NULL;

  /* A pid that has ended: a child of ours, waited for. */
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                 &dead, &error);
  g_assert_no_error (error);
  waitpid (dead, NULL, 0);

  dead_copy = g_strdup_printf ("%s/bounce-back-%d-AbCdEf", g_get_user_runtime_dir (), dead);
  live_copy = g_strdup_printf ("%s/bounce-back-%d-AbCdEf", g_get_user_runtime_dir (),
                               (int) getppid ());
  dead_file = g_build_filename (dead_copy, "journal.db", NULL);
  g_assert_no_errno (g_mkdir_with_parents (dead_copy, 0700));
  g_assert_no_errno (g_mkdir_with_parents (live_copy, 0700));
  g_assert_true (g_file_set_contents (dead_file, "words of a killed process", -1, NULL));

  /* A crash -wal makes the next open copy the journal privately. */
  g_object_unref (add_entry (store, "in the -wal"));
  copy_as_crashed (tmp->path, crashed->path);
  g_clear_object (&store);
  store = test_open_store (crashed->path);

  g_assert_false (g_file_test (dead_copy, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (live_copy, G_FILE_TEST_IS_DIR));
  g_assert_no_errno (g_rmdir (live_copy));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TestDir) runtime = NULL;

  g_test_init (&argc, &argv, NULL);

  /* Private copies go to a runtime folder of the test's own. */
  runtime = test_dir_new ();
  g_setenv ("XDG_RUNTIME_DIR", runtime->path, TRUE);

  g_test_add_func ("/faults/wal/foreign", test_foreign_wal);
  g_test_add_func ("/faults/wal/foreign-database", test_foreign_database_with_wal);
  g_test_add_func ("/faults/wal/other-journal", test_other_journal_wal);
  g_test_add_func ("/faults/wal/after-crash", test_crash_wal_kept);
  g_test_add_func ("/faults/wal/restored-copy", test_restored_copy);
  g_test_add_func ("/faults/wal/orphan", test_orphan_wal);
  g_test_add_func ("/faults/rollback-journal", test_hot_rollback_journal);
  g_test_add_func ("/faults/wal/not-a-wal", test_not_a_wal);
  g_test_add_func ("/faults/damage", test_damage);
  g_test_add_func ("/faults/damage-two-places", test_damage_two_places);
  g_test_add_func ("/faults/migrate/version-1", test_migrate_version_1);
  g_test_add_func ("/faults/migrate/version-2", test_migrate_version_2);
  g_test_add_func ("/faults/migrate/version-3", test_migrate_version_3);
  g_test_add_func ("/faults/migrate/version-4", test_migrate_version_4);
  g_test_add_func ("/faults/migrate/version-5", test_migrate_version_5);
  g_test_add_func ("/faults/rescue/version-5", test_rescue_version_5);
  g_test_add_func ("/faults/delete-leaves-no-text", test_delete_leaves_no_text);
  g_test_add_func ("/faults/pragmas", test_pragmas);
  g_test_add_func ("/faults/wal-bounded", test_wal_bounded);
  g_test_add_func ("/faults/lock-held", test_lock_held);
  g_test_add_func ("/faults/symlink", test_symlink);
  g_test_add_func ("/faults/read-only", test_read_only);
  g_test_add_func ("/faults/folder-bits", test_folder_bits);
  g_test_add_func ("/faults/disk-full", test_disk_full);
  g_test_add_func ("/faults/start-over-disk-full", test_start_over_disk_full);
  g_test_add_func ("/faults/orphaned-copies", test_orphaned_copies);

  return g_test_run ();
}
