/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-backup.c: the daily and weekly backups, their files, and going back to one. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bounce-core.h"
#include "bounce-files.h"
#include "test-records.h"
#include "test-util.h"

static guint n_kinds;
static guint grief_index;

static void
add_entries (BounceStore *store,
             guint        n,
             const char  *body)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BounceRecord) entry = g_object_new (BOUNCE_TYPE_GRIEF_ENTRY, "body", body, NULL);

      g_assert_true (bounce_store_insert (store, entry, &error));
      g_assert_no_error (error);
    }
}

static guint
count_entries (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree guint *counts = g_new0 (guint, n_kinds);

  g_assert_true (bounce_store_count_file (path, counts, n_kinds, &error));
  g_assert_no_error (error);
  return counts[grief_index];
}

static GDateTime *
day (int month,
     int day_of_month,
     int hour)
{
  return g_date_time_new_local (2026, month, day_of_month, hour, 0, 0);
}

static char **
list_names (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    g_strv_builder_add (names, name);
  return g_strv_builder_end (names);
}

/* Lets go of @store and waits for it to close: a backup's thread may hold it a moment. */
static void
close_store (BounceStore **store)
{
  gpointer weak = *store;

  g_object_add_weak_pointer (weak, &weak);
  g_clear_object (store);
  for (guint i = 0; g_atomic_pointer_get (&weak) != NULL && i < 5000; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (g_atomic_pointer_get (&weak));
}

typedef struct
{
  GAsyncResult *result;
} Wait;

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
}

static gboolean
is_done (gpointer user_data)
{
  return ((Wait *) user_data)->result != NULL;
}

/* Runs the day's backups as the app does, in a thread, and says what was made. */
static char *
run_backups (BounceStore  *store,
             GDateTime    *now,
             GError      **error)
{
  Wait wait = { NULL };
  char *made = NULL;

  bounce_backups_run_async (store, now, 7, 4, NULL, on_done_cb, &wait);
  g_assert_true (test_iterate_until (is_done, &wait, 20000));
  bounce_backups_run_finish (store, wait.result, &made, error);
  g_object_unref (wait.result);
  return made;
}

static void
test_once_a_day (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *backups = bounce_backups_dup_dir (bounce_store_get_path (store));
  g_autoptr(GDateTime) morning = day (3, 10, 8);
  g_autoptr(GDateTime) evening = day (3, 10, 23);
  g_autoptr(GDateTime) next = day (3, 11, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *second = NULL;

  add_entries (store, 2, "before the first backup");
  first = run_backups (store, morning, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpuint (count_entries (first), ==, 2);

  /* The same day, later: the day has its backup. */
  add_entries (store, 1, "later that day");
  again = run_backups (store, evening, &error);
  g_assert_no_error (error);
  g_assert_null (again);

  second = run_backups (store, next, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
  g_assert_cmpuint (count_entries (second), ==, 3);

  list = bounce_backups_list (backups, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((BounceBackup *) list->pdata[0])->path, ==, second);
  g_assert_cmpstr (((BounceBackup *) list->pdata[1])->path, ==, first);
}

static void
test_rotation (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *backups = bounce_backups_dup_dir (bounce_store_get_path (store));
  g_autoptr(GDateTime) start = day (1, 1, 12);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);

  /* 60 days in a row, and two backups on the last day (a restore's). */
  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(GDateTime) now = g_date_time_add_days (start, i);
      g_autofree char *made = bounce_backups_make (store, now, &error);

      g_assert_no_error (error);
      g_assert_nonnull (made);
    }
  {
    g_autoptr(GDateTime) now = g_date_time_add_days (start, 59);
    g_autoptr(GDateTime) later = g_date_time_add_hours (now, 3);
    g_autofree char *made = bounce_backups_make (store, later, &error);

    g_assert_no_error (error);
  }

  g_assert_true (bounce_backups_rotate (backups, 7, 4, &error));
  g_assert_no_error (error);
  list = bounce_backups_list (backups, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 7 + 4);

  /* The newest of each of the last 7 days, then the newest of each of the 4 weeks before. */
  for (guint i = 0; i < 7; i++)
    {
      BounceBackup *backup = list->pdata[i];
      g_autoptr(GDateTime) expected_day = g_date_time_add_days (start, 59 - i);

      g_assert_cmpint (g_date_time_get_day_of_year (backup->time), ==,
                       g_date_time_get_day_of_year (expected_day));
    }
  g_assert_cmpint (g_date_time_get_hour (((BounceBackup *) list->pdata[0])->time), ==, 15);
  for (guint i = 7; i < 11; i++)
    {
      BounceBackup *newer = list->pdata[i - 1];
      BounceBackup *backup = list->pdata[i];

      g_assert_cmpint (g_date_time_get_week_of_year (backup->time), !=,
                       g_date_time_get_week_of_year (newer->time));
      /* Sunday is the newest day of an ISO week, but for the week the dailies reach into. */
      if (i > 7)
        g_assert_cmpint (g_date_time_get_day_of_week (backup->time), ==, 7);
    }

  /* Rotating again changes nothing; fewer kept, fewer files. */
  g_assert_true (bounce_backups_rotate (backups, 7, 4, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = bounce_backups_list (backups, &error);
  g_assert_cmpuint (list->len, ==, 11);
  g_assert_true (bounce_backups_rotate (backups, 2, 1, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = bounce_backups_list (backups, &error);
  g_assert_cmpuint (list->len, ==, 3);
}

static void
test_permissions (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *backups = bounce_backups_dup_dir (bounce_store_get_path (store));
  g_autoptr(GDateTime) now = day (5, 1, 9);
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_auto(GStrv) names = NULL;
  GStatBuf st;

  /* A folder someone made open to others is closed again. */
  g_assert_cmpint (g_mkdir (backups, 0755), ==, 0);
  g_assert_cmpint (g_chmod (backups, 0755), ==, 0);
  made = run_backups (store, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (made);

  g_assert_cmpint (g_stat (backups, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0700);
  g_assert_cmpint (g_stat (made, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  /* One file, no temporary name, no -wal of its own. */
  names = list_names (backups);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
}

static void
damage (const char *path)
{
  int fd = g_open (path, O_WRONLY, 0);
  char junk[4096];
  goffset size;
  GStatBuf st;

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  size = st.st_size;
  memset (junk, 0xA5, sizeof junk);
  /* Past the first pages (the header and the schema), through the records' pages. */
  for (goffset at = 8 * 4096; at + (goffset) sizeof junk < size; at += 3 * sizeof junk)
    g_assert_cmpint (pwrite (fd, junk, sizeof junk, at), ==, sizeof junk);
  fsync (fd);
  close (fd);
}

static void
test_damaged_journal (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *backups = bounce_backups_dup_dir (bounce_store_get_path (store));
  g_autofree char *journal = g_strdup (bounce_store_get_path (store));
  g_autoptr(GDateTime) monday = day (6, 1, 9);
  g_autoptr(GDateTime) tuesday = day (6, 2, 9);
  g_autoptr(GError) error = NULL;
  g_autofree char *good = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *text = g_strnfill (3000, 'w');
  g_autoptr(GPtrArray) list = NULL;
  g_auto(GStrv) names = NULL;

  add_entries (store, 300, text);
  good = run_backups (store, monday, &error);
  g_assert_no_error (error);
  g_assert_nonnull (good);

  /* Checkpointed into the file (closing and opening do), then damaged while open, as a
   * failing disk would. */
  close_store (&store);
  store = test_open_store (dir->path);
  damage (journal);

  bad = run_backups (store, tuesday, &error);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_DAMAGED);
  g_assert_null (bad);

  /* The good backup is there as it was, and nothing else. */
  names = list_names (backups);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
  list = bounce_backups_list (backups, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((BounceBackup *) list->pdata[0])->path, ==, good);
  g_assert_cmpuint (count_entries (good), ==, 300);
}

static void
test_wal_pages (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *wal = g_strconcat (bounce_store_get_path (store), "-wal", NULL);
  g_autoptr(GDateTime) now = day (7, 1, 9);
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_autofree char *made_wal = NULL;
  guint in_file;

  /* What is committed but still only in the -wal. */
  add_entries (store, 5, "only in the wal");
  g_assert_cmpint (g_file_test (wal, G_FILE_TEST_EXISTS), ==, TRUE);
  in_file = count_entries (bounce_store_get_path (store));
  g_assert_cmpuint (in_file, <, 5);

  made = run_backups (store, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (made), ==, 5);
  made_wal = g_strconcat (made, "-wal", NULL);
  g_assert_false (g_file_test (made_wal, G_FILE_TEST_EXISTS));
}

static void
test_restore (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *journal = g_strdup (bounce_store_get_path (store));
  g_autofree char *wal = g_strconcat (journal, "-wal", NULL);
  g_autofree char *shm = g_strconcat (journal, "-shm", NULL);
  g_autoptr(GDateTime) yesterday = day (8, 1, 9);
  g_autoptr(GDateTime) today = day (8, 2, 9);
  g_autoptr(GError) error = NULL;
  g_autofree char *old = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *stray = NULL;
  gsize stray_length = 0;
  guint n = 0;

  add_entries (store, 2, "yesterday");
  old = bounce_backups_make (store, yesterday, &error);
  g_assert_no_error (error);
  add_entries (store, 3, "today");
  kept = bounce_backups_make (store, today, &error);
  g_assert_no_error (error);

  /* A stray -wal from today left beside the closed journal must not be replayed over it. */
  g_clear_object (&store);
  store = test_open_store (dir->path);
  add_entries (store, 1, "today, in the wal");
  g_assert_true (g_file_get_contents (wal, &stray, &stray_length, NULL));
  g_assert_cmpuint (stray_length, >, 0);
  g_clear_object (&store);
  g_assert_true (g_file_set_contents (wal, stray, stray_length, NULL));

  store = bounce_backups_restore (dir->path, old, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (bounce_store_count (store, BOUNCE_TYPE_GRIEF_ENTRY, &n, &error));
  g_assert_cmpuint (n, ==, 2);
  /* The stray -wal was not even found to be set aside: it was gone before the opening. */
  g_assert_null (bounce_store_get_notices (store)[0]);
  {
    g_autofree char *now_wal = NULL;
    gsize now_length = 0;

    if (g_file_get_contents (wal, &now_wal, &now_length, NULL))
      g_assert_false (now_length >= stray_length &&
                      memcmp (now_wal, stray, stray_length) == 0);
  }

  /* Closed, the restored journal is one file: no -wal, no -shm. */
  g_clear_object (&store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (journal), ==, 2);

  /* The backups are as they were: today's still holds today's entries. */
  g_assert_cmpuint (count_entries (kept), ==, 5);
  g_assert_cmpuint (count_entries (old), ==, 2);
}

static void
test_restore_refuses_other_files (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autoptr(BounceStore) store = test_open_store (dir->path);
  g_autofree char *other = g_build_filename (dir->path, "other.db", NULL);
  g_autoptr(GError) error = NULL;
  BounceStore *restored;
  guint n = 0;

  add_entries (store, 1, "kept");
  g_clear_object (&store);
  g_assert_true (g_file_set_contents (other, "not a journal", -1, NULL));

  restored = bounce_backups_restore (dir->path, other, &error);
  g_assert_null (restored);
  g_assert_error (error, BOUNCE_STORE_ERROR, BOUNCE_STORE_ERROR_FOREIGN);

  store = test_open_store (dir->path);
  g_assert_true (bounce_store_count (store, BOUNCE_TYPE_GRIEF_ENTRY, &n, NULL));
  g_assert_cmpuint (n, ==, 1);
}

/* A restore copies a backup a megabyte at a time (a journal may be larger than the memory
 * it could be read into): the copy is the same bytes, private, and never made over a file
 * that is there, nor left half-made. */
static void
test_copy_durably (void)
{
  g_autoptr(TestDir) dir = test_dir_new ();
  g_autofree char *from = g_build_filename (dir->path, "from.db", NULL);
  g_autofree char *to = g_build_filename (dir->path, "to.db", NULL);
  g_autofree char *missing = g_build_filename (dir->path, "missing.db", NULL);
  g_autofree char *elsewhere = g_build_filename (dir->path, "elsewhere.db", NULL);
  g_autofree char *copied = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gsize length = 3 * 1024 * 1024 + 17, copied_length = 0;
  g_autofree guint8 *bytes = g_malloc (length);
  GStatBuf st;

  for (gsize i = 0; i < length; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (from, (const char *) bytes, length, NULL));

  g_assert_true (bounce_files_copy_durably (from, to, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (to, &copied, &copied_length, NULL));
  g_assert_cmpmem (copied, copied_length, bytes, length);
  g_assert_cmpint (g_stat (to, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A file already there stays as it was. */
  g_assert_false (bounce_files_copy_durably (from, to, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (to, &kept, NULL, NULL));
  g_assert_cmpmem (kept, length, bytes, length);

  /* Nothing to copy: nothing made. */
  g_assert_false (bounce_files_copy_durably (missing, elsewhere, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (elsewhere, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  const GType *kinds;

  g_test_init (&argc, &argv, NULL);

  kinds = bounce_kinds_get (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    if (kinds[i] == BOUNCE_TYPE_GRIEF_ENTRY)
      grief_index = i;

  g_test_add_func ("/backup/once-a-day", test_once_a_day);
  g_test_add_func ("/backup/rotation", test_rotation);
  g_test_add_func ("/backup/permissions", test_permissions);
  g_test_add_func ("/backup/damaged-journal", test_damaged_journal);
  g_test_add_func ("/backup/wal-pages", test_wal_pages);
  g_test_add_func ("/backup/restore", test_restore);
  g_test_add_func ("/backup/restore-refuses-other-files", test_restore_refuses_other_files);
  g_test_add_func ("/backup/copy-durably", test_copy_durably);

  return g_test_run ();
}
