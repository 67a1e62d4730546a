/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-db.h: looking at a journal's folder and file the way any other program would. */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

char    *list_dir      (const char *path);
guint    file_mode     (const char *path);
sqlite3 *raw_open      (const char *path,
                        int         flags);
void     raw_exec      (sqlite3    *db,
                        const char *sql);
char    *raw_query     (sqlite3    *db,
                        const char *sql,
                        const char *arg);
gint64   raw_query_int (sqlite3    *db,
                        const char *sql);

G_END_DECLS
