/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-autosave.c: typing reaches the disk in time, and a failed save is tried again. */
#include "bounce-core.h"
#include "test-util.h"

typedef struct
{
  TestDir        *dir;
  BounceStore    *store;
  BounceJournal  *journal;
  BounceAutosave *autosave;
  BounceStore    *reader;    /* a second connection: what really reached the disk */
  BounceRecord   *entry;
  guint           n_failed;
  guint           n_saved;
} Fixture;

static void
on_failed_cb (BounceAutosave *autosave,
              GError         *error,
              Fixture        *fixture)
{
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_BUSY);
  fixture->n_failed++;
}

static void
on_saved_cb (BounceAutosave *autosave,
             Fixture        *fixture)
{
  fixture->n_saved++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = test_dir_new ();
  fixture->store = bounce_store_open (fixture->dir->path, &error);
  g_assert_no_error (error);
  fixture->journal = bounce_journal_new (fixture->store, &error);
  g_assert_no_error (error);
  fixture->reader = bounce_store_open (fixture->dir->path, &error);
  g_assert_no_error (error);

  fixture->entry = bounce_journal_add (fixture->journal, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_assert_no_error (error);

  /* The delay the pages use. */
  fixture->autosave = bounce_autosave_new (fixture->journal, 500);
  g_signal_connect (fixture->autosave, "failed", G_CALLBACK (on_failed_cb), fixture);
  g_signal_connect (fixture->autosave, "saved", G_CALLBACK (on_saved_cb), fixture);
  bounce_autosave_watch (fixture->autosave, fixture->entry);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->autosave);
  g_clear_object (&fixture->entry);
  g_clear_object (&fixture->journal);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->reader);
  g_clear_pointer (&fixture->dir, test_dir_free);
}

/* The body of the only grief entry, as the file holds it. */
static char *
disk_body (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = bounce_store_load (fixture->reader, BOUNCE_TYPE_GRIEF_ENTRY,
                                                    &error);
  char *body = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 1);
  g_object_get (records->pdata[0], "body", &body, NULL);
  return body;
}

typedef struct
{
  Fixture *fixture;
  GString *typed;
  guint    n_keys;
  guint    n_saves_seen;
  gsize    last_seen_length;
  guint    most_keys_at_risk;
  gboolean done;
} Typist;

/* One key every 100 ms, never pausing; after each, what is on disk is looked at. */
static gboolean
on_key_cb (gpointer user_data)
{
  Typist *typist = user_data;
  g_autofree char *on_disk = NULL;
  gsize length;

  g_string_append_c (typist->typed, 'a' + typist->n_keys % 26);
  g_object_set (typist->fixture->entry, "body", typist->typed->str, NULL);
  typist->n_keys++;

  on_disk = disk_body (typist->fixture);
  length = strlen (on_disk);
  g_assert_true (g_str_has_prefix (typist->typed->str, on_disk));
  if (length != typist->last_seen_length)
    {
      typist->n_saves_seen++;
      typist->last_seen_length = length;
    }
  typist->most_keys_at_risk = MAX (typist->most_keys_at_risk, typist->typed->len - length);

  if (typist->n_keys == 50)
    {
      typist->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
typist_done (gpointer user_data)
{
  Typist *typist = user_data;

  return typist->done;
}

static void
test_saves_while_typing (Fixture       *fixture,
                         gconstpointer  data)
{
  Typist typist = { fixture, g_string_new (NULL), 0, 0, 0, 0, FALSE };
  g_autofree char *on_disk = NULL;
  g_autoptr(GError) error = NULL;

  g_timeout_add (100, on_key_cb, &typist);
  g_assert_true (test_iterate_until (typist_done, &typist, 20000));

  g_test_message ("5 s of steady typing: %u saves reached the disk while typing; "
                  "at most %u keys (about %u ms of typing) waited for the disk",
                  typist.n_saves_seen, typist.most_keys_at_risk,
                  typist.most_keys_at_risk * 100);

  /* A save at most every 2 s, so at least two during 5 s, and never much more than 2 s
   * of typing at risk (the margin is for a slow, shared test machine). */
  g_assert_cmpuint (typist.n_saves_seen, >=, 2);
  g_assert_cmpuint (typist.most_keys_at_risk, <=, 30);

  g_assert_true (bounce_autosave_flush (fixture->autosave, &error));
  g_assert_no_error (error);
  on_disk = disk_body (fixture);
  g_assert_cmpstr (on_disk, ==, typist.typed->str);
  g_string_free (typist.typed, TRUE);
}

/* Still saves once the typing pauses, as before the deadline was added. */
static void
test_saves_after_pause (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *before = NULL;
  gint64 start;

  g_object_set (fixture->entry, "body", "a short note", NULL);
  start = g_get_monotonic_time ();
  before = disk_body (fixture);
  g_assert_cmpstr (before, ==, "");
  g_assert_true (bounce_autosave_is_pending (fixture->autosave));

  while (bounce_autosave_is_pending (fixture->autosave))
    g_main_context_iteration (NULL, TRUE);

  /* The pause, not the 2 s deadline, did it. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 1500 * G_TIME_SPAN_MILLISECOND);
  g_free (before);
  before = disk_body (fixture);
  g_assert_cmpstr (before, ==, "a short note");
}

typedef struct
{
  Fixture    *fixture;
  const char *expected;
} DiskWait;

static gboolean
disk_has_body (gpointer user_data)
{
  DiskWait *wait = user_data;
  g_autofree char *body = disk_body (wait->fixture);

  return g_strcmp0 (body, wait->expected) == 0;
}

static gboolean
never (gpointer user_data)
{
  return FALSE;
}

static void
test_retries_after_lock (Fixture       *fixture,
                         gconstpointer  data)
{
  sqlite3 *lock = test_lock_journal (bounce_store_get_path (fixture->store));
  DiskWait wait = { fixture, "written while another program held the journal" };

  g_object_set (fixture->entry, "body", wait.expected, NULL);

  /* Pause save at 500 ms, then retries at +250 and +500 ms: all refused. */
  test_iterate_until (never, NULL, 1500);
  g_assert_cmpuint (fixture->n_failed, >=, 2);
  g_assert_cmpuint (fixture->n_saved, ==, 0);
  g_assert_false (disk_has_body (&wait));
  g_assert_true (bounce_autosave_is_pending (fixture->autosave));

  /* The lock goes; with no further keystroke, the words reach the disk. */
  test_unlock_journal (lock);
  g_assert_true (test_iterate_until (disk_has_body, &wait, 10000));
  g_assert_cmpuint (fixture->n_saved, ==, 1);
  g_assert_false (bounce_autosave_is_pending (fixture->autosave));

  /* Success ends the retries. */
  fixture->n_failed = 0;
  test_iterate_until (never, NULL, 600);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
}

static void
test_lock_does_not_block (Fixture       *fixture,
                          gconstpointer  data)
{
  sqlite3 *lock = test_lock_journal (bounce_store_get_path (fixture->store));
  g_autoptr(GError) error = NULL;
  gint64 start, elapsed;

  g_object_set (fixture->entry, "body", "the journal is locked", NULL);

  start = g_get_monotonic_time ();
  g_assert_false (bounce_autosave_flush (fixture->autosave, &error));
  elapsed = g_get_monotonic_time () - start;
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_BUSY);

  g_test_message ("A save under a held lock returned in %.1f ms", elapsed / 1000.0);
  g_assert_cmpint (elapsed, <, G_USEC_PER_SEC);

  test_unlock_journal (lock);
  g_clear_error (&error);
  g_assert_true (bounce_autosave_flush (fixture->autosave, &error));
  g_assert_no_error (error);
}

/* A record that is not in the journal yet is stored once something is written in it. */
static void
test_watch_new (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BounceRecord) goal = g_object_new (BOUNCE_TYPE_GOAL, NULL);
  g_autoptr(GPtrArray) goals = NULL;
  g_autoptr(GPtrArray) unsaved = NULL;
  g_autoptr(GError) error = NULL;

  bounce_autosave_watch_new (fixture->autosave, goal);
  g_object_set (goal, "title", "  ", NULL);
  g_assert_true (bounce_autosave_flush (fixture->autosave, &error));
  goals = bounce_store_load (fixture->reader, BOUNCE_TYPE_GOAL, &error);
  g_assert_cmpuint (goals->len, ==, 0);
  g_clear_pointer (&goals, g_ptr_array_unref);

  g_object_set (goal, "title", "Run a marathon", NULL);
  unsaved = bounce_autosave_dup_unsaved (fixture->autosave);
  g_assert_cmpuint (unsaved->len, ==, 1);
  g_assert_true (unsaved->pdata[0] == goal);
  g_assert_true (bounce_autosave_flush (fixture->autosave, &error));
  g_assert_no_error (error);
  goals = bounce_store_load (fixture->reader, BOUNCE_TYPE_GOAL, &error);
  g_assert_cmpuint (goals->len, ==, 1);
  g_assert_cmpstr (bounce_record_get_uuid (goals->pdata[0]), ==, bounce_record_get_uuid (goal));

  /* From then on it is saved like any other. */
  g_object_set (goal, "cost", "two years", NULL);
  g_assert_true (bounce_autosave_flush (fixture->autosave, &error));
  g_assert_no_error (error);
  bounce_autosave_watch (fixture->autosave, NULL);
}

/* Edits that could not be saved stay pending when another record is watched. */
static void
test_unsaved_survive_watch (Fixture       *fixture,
                            gconstpointer  data)
{
  sqlite3 *lock;
  g_autoptr(BounceRecord) second = NULL;
  g_autoptr(GPtrArray) unsaved = NULL;
  g_autoptr(GError) error = NULL;
  DiskWait wait = { fixture, "words of the first entry" };
  g_autoptr(GPtrArray) entries = NULL;

  second = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, NULL);
  g_assert_true (bounce_journal_restore (fixture->journal, second, &error));
  g_assert_no_error (error);

  lock = test_lock_journal (bounce_store_get_path (fixture->store));
  g_object_set (fixture->entry, "body", wait.expected, NULL);
  bounce_autosave_watch (fixture->autosave, second);
  g_assert_cmpuint (fixture->n_failed, ==, 1);

  unsaved = bounce_autosave_dup_unsaved (fixture->autosave);
  g_assert_cmpuint (unsaved->len, ==, 1);
  g_assert_true (unsaved->pdata[0] == fixture->entry);

  test_unlock_journal (lock);
  g_assert_true (bounce_autosave_flush (fixture->autosave, &error));
  g_assert_no_error (error);
  entries = bounce_store_load (fixture->reader, BOUNCE_TYPE_GRIEF_ENTRY, &error);
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (bounce_record_get_uuid (entries->pdata[i]),
                   bounce_record_get_uuid (fixture->entry)) == 0)
      {
        g_autofree char *body = NULL;

        g_object_get (entries->pdata[i], "body", &body, NULL);
        g_assert_cmpstr (body, ==, wait.expected);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/autosave/saves-while-typing", test_saves_while_typing);
  ADD ("/autosave/saves-after-pause", test_saves_after_pause);
  ADD ("/autosave/retries-after-lock", test_retries_after_lock);
  ADD ("/autosave/lock-does-not-block", test_lock_does_not_block);
  ADD ("/autosave/watch-new", test_watch_new);
  ADD ("/autosave/unsaved-survive-watch", test_unsaved_survive_watch);
#undef ADD

  return g_test_run ();
}
