/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-import.h: a JSON export read back and merged into the journal, checked first. */
#pragma once

#include <gio/gio.h>

#include "bounce-journal.h"

G_BEGIN_DECLS

#define BOUNCE_IMPORT_ERROR (bounce_import_error_quark ())

typedef enum
{
  BOUNCE_IMPORT_ERROR_SYNTAX,   /* not JSON, or not text */
  BOUNCE_IMPORT_ERROR_FOREIGN,  /* JSON, but not a Bounce Back export */
  BOUNCE_IMPORT_ERROR_NEWER,    /* written by a newer Bounce Back */
  BOUNCE_IMPORT_ERROR_INVALID,  /* an entry, a field or a value this journal cannot take */
} BounceImportError;

/* Nesting deeper than this is no export of ours, and is refused before json-glib, whose
 * parser recurses once per level and would run out of stack. */
#define BOUNCE_IMPORT_MAX_DEPTH 32

/* Times are µs since 1970, up to the end of the year 9999 (what GDateTime can show). */
#define BOUNCE_IMPORT_MAX_TIME G_GINT64_CONSTANT (253402300799999999)

/**
 * BounceImportCounts:
 * @added: records the journal did not have
 * @updated: records the journal had in an older version
 * @kept: records the journal already had as they are, or in a newer version
 */
typedef struct
{
  guint added;
  guint updated;
  guint kept;
} BounceImportCounts;

GQuark     bounce_import_error_quark (void);
GPtrArray *bounce_import_parse       (const char          *data,
                                      gsize                length,
                                      GError             **error);
gboolean   bounce_import_data        (BounceJournal       *journal,
                                      const char          *data,
                                      gsize                length,
                                      BounceImportCounts  *counts,
                                      GError             **error);
gboolean   bounce_import_file        (BounceJournal       *journal,
                                      const char          *path,
                                      BounceImportCounts  *counts,
                                      GError             **error);

void       bounce_import_file_async  (BounceJournal       *journal,
                                      const char          *path,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean   bounce_import_file_finish (BounceJournal       *journal,
                                      GAsyncResult        *result,
                                      BounceImportCounts  *counts,
                                      GError             **error);
char      *bounce_import_counts_dup_summary (const BounceImportCounts *counts);

G_END_DECLS
