/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-backups.h: the journal's daily and weekly backups, and going back to one. */
#pragma once

#include <gio/gio.h>

#include "bounce-store.h"

G_BEGIN_DECLS

/**
 * BounceBackup:
 * @path: the backup's file
 * @time: when it was made, in the local time zone
 */
typedef struct
{
  char      *path;
  GDateTime *time;
} BounceBackup;

void          bounce_backup_free        (BounceBackup         *backup);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BounceBackup, bounce_backup_free)

char         *bounce_backups_dup_dir    (const char           *journal_path);
GPtrArray    *bounce_backups_list       (const char           *dir,
                                         GError              **error);
gboolean      bounce_backups_is_due     (const char           *dir,
                                         GDateTime            *now);
char         *bounce_backups_make       (BounceStore          *store,
                                         GDateTime            *now,
                                         GError              **error);
gboolean      bounce_backups_rotate     (const char           *dir,
                                         guint                 n_daily,
                                         guint                 n_weekly,
                                         GError              **error);
void          bounce_backups_run_async  (BounceStore          *store,
                                         GDateTime            *now,
                                         guint                 n_daily,
                                         guint                 n_weekly,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean      bounce_backups_run_finish (BounceStore          *store,
                                         GAsyncResult         *result,
                                         char                **made,
                                         GError              **error);
BounceStore  *bounce_backups_restore    (const char           *data_dir,
                                         const char           *backup,
                                         GError              **error);

G_END_DECLS
