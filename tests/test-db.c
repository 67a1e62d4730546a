/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-db.c: looking at a journal's folder and file the way any other program would. */
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "test-db.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* "a,b,c": the names in a folder, sorted. */
char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (",", (char **) names->pdata);
}

guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_no_errno (g_stat (path, &st));
  return st.st_mode & 0777;
}

/* A connection of our own, to see the file the way any other SQLite program would. */
sqlite3 *
raw_open (const char *path,
          int         flags)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, flags, NULL) != SQLITE_OK)
    g_error ("Cannot open %s: %s", path, sqlite3_errmsg (db));

  return db;
}

void
raw_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  sqlite3_exec (db, sql, NULL, NULL, &message);
  g_assert_cmpstr (message, ==, NULL);
}

/* The first column of the first row, as text; NULL when there is no row. */
char *
raw_query (sqlite3    *db,
           const char *sql,
           const char *arg)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("Cannot prepare %s: %s", sql, sqlite3_errmsg (db));
  if (arg != NULL)
    g_assert_cmpint (sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_TRANSIENT), ==, SQLITE_OK);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    g_error ("Cannot run %s: %s", sql, sqlite3_errmsg (db));

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

gint64
raw_query_int (sqlite3    *db,
               const char *sql)
{
  g_autofree char *text = raw_query (db, sql, NULL);

  g_assert_nonnull (text);
  return g_ascii_strtoll (text, NULL, 10);
}
