/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-recovery.h: words that could not reach the journal, kept in a file beside it. */
#pragma once

#include "bounce-journal.h"

G_BEGIN_DECLS

char      *bounce_recovery_dup_path    (BounceStore    *store);
gboolean   bounce_recovery_write       (const char     *path,
                                        GPtrArray      *records,
                                        GError        **error);
GPtrArray *bounce_recovery_read        (const char     *path,
                                        GError        **error);
gboolean   bounce_recovery_bring_back  (const char     *path,
                                        BounceJournal  *journal,
                                        guint          *n_records,
                                        GError        **error);

G_END_DECLS
