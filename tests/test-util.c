/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-util.c: what every test program needs: throw-away folders, waiting for the main loop. */
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "test-util.h"

static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      /* A test may have taken the write bit away; the folder must go all the same. */
      g_assert_no_errno (g_chmod (path, 0700));
      dir = g_dir_open (path, 0, NULL);
      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_assert_no_errno (g_remove (path));
}

TestDir *
test_dir_new (void)
{
  g_autoptr(GError) error = NULL;
  TestDir *self = g_new0 (TestDir, 1);

  self->path = g_dir_make_tmp ("bounce-test-XXXXXX", &error);
  g_assert_no_error (error);
  return self;
}

void
test_dir_free (TestDir *self)
{
  remove_tree (self->path);
  g_free (self->path);
  g_free (self);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds; FALSE when @timeout_ms passed first. */
gboolean
test_iterate_until (TestCondition condition,
                    gpointer      user_data,
                    guint         timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (timeout_ms, on_timeout_cb, &timed_out);

  while (!condition (user_data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout_id);

  return !timed_out;
}

/* Another program's write lock on the journal, as a second connection holds it. */
sqlite3 *
test_lock_journal (const char *db_path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  return db;
}

void
test_unlock_journal (sqlite3 *db)
{
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}
