/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-sync.h: two computers kept in step through a folder both of them sync. */
#pragma once

#include <gio/gio.h>

#include "bounce-import.h"

G_BEGIN_DECLS

char     *bounce_sync_dup_file_name (BounceStore         *store,
                                     GError             **error);
gboolean  bounce_sync_export        (BounceStore         *store,
                                     const char          *folder,
                                     guint               *n_records,
                                     GError             **error);
gboolean  bounce_sync_import        (BounceJournal       *journal,
                                     const char          *folder,
                                     BounceImportCounts  *counts,
                                     GError             **error);

void      bounce_sync_import_async  (BounceJournal       *journal,
                                     const char          *folder,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean  bounce_sync_import_finish (BounceJournal       *journal,
                                     GAsyncResult        *result,
                                     BounceImportCounts  *counts,
                                     GError             **error);

G_END_DECLS
