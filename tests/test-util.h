/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-util.h: what every test program needs: throw-away folders, waiting for the main loop. */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* A temporary folder that goes away, with all it holds, at the end of its scope. */
typedef struct
{
  char *path;
} TestDir;

TestDir *test_dir_new   (void);
void     test_dir_free  (TestDir *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestDir, test_dir_free)

typedef gboolean (*TestCondition) (gpointer user_data);

gboolean test_iterate_until (TestCondition condition,
                             gpointer      user_data,
                             guint         timeout_ms);

sqlite3 *test_lock_journal   (const char *db_path);
void     test_unlock_journal (sqlite3    *db);

G_END_DECLS
