/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-files.h: the journal's files as files: headers, companions, copies and setting aside. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What the first 100 bytes of a SQLite database say about it, read without SQLite. */
typedef struct
{
  gboolean is_sqlite;
  guint32  application_id;
  guint32  user_version;
  goffset  size;
} BounceFileHeader;

gboolean  bounce_files_read_header    (const char        *path,
                                       BounceFileHeader  *header,
                                       GError           **error);
gboolean  bounce_files_is_wal         (const char        *path);
gboolean  bounce_files_is_in_use      (const char        *db_path);
goffset   bounce_files_size           (const char        *path,
                                       gboolean          *is_link);
char     *bounce_files_set_aside      (const char        *db_path,
                                       const char        *reason,
                                       gboolean           whole,
                                       GError           **error);
char     *bounce_files_copy_private   (const char        *db_path,
                                       gboolean           with_wal,
                                       GError           **error);
void      bounce_files_remove_private (const char        *copy_path);
gboolean  bounce_files_make_private_dir (const char       *path,
                                       GError           **error);
gboolean  bounce_files_copy_durably   (const char        *from,
                                       const char        *to,
                                       GError           **error);
gboolean  bounce_files_write_private  (const char        *path,
                                       const char        *contents,
                                       gsize              length,
                                       GError           **error);

G_END_DECLS
