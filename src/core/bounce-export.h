/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-export.h: the journal written out whole, as JSON to carry it and as Markdown to read. */
#pragma once

#include <gio/gio.h>

#include "bounce-store.h"

G_BEGIN_DECLS

/* What the JSON file says it is, and the version of its layout. A version above this one
 * is refused by bounce_import_*() with BOUNCE_IMPORT_ERROR_NEWER. */
#define BOUNCE_EXPORT_FORMAT         "bounce-back-journal"
#define BOUNCE_EXPORT_FORMAT_VERSION 1

/**
 * BounceExportTitleFunc:
 * @kind: one of bounce_kinds_get()
 *
 * Names a kind as the window does ("Pages", "Check-ins"): core knows no section titles.
 *
 * Returns: (transfer full) (nullable): the kind's name in the person's language, or
 *   %NULL to let the Markdown use the table's name
 */
typedef char *(*BounceExportTitleFunc) (GType    kind,
                                        gpointer user_data);

GBytes   *bounce_export_json          (BounceStore            *store,
                                       guint                  *n_records,
                                       GError                **error);
GBytes   *bounce_export_markdown      (BounceStore            *store,
                                       BounceExportTitleFunc   title_func,
                                       gpointer                user_data,
                                       guint                  *n_records,
                                       GError                **error);
gboolean  bounce_export_json_file     (BounceStore            *store,
                                       const char             *path,
                                       guint                  *n_records,
                                       GError                **error);
gboolean  bounce_export_markdown_file (BounceStore            *store,
                                       const char             *path,
                                       BounceExportTitleFunc   title_func,
                                       gpointer                user_data,
                                       guint                  *n_records,
                                       GError                **error);

char     *bounce_export_dup_summary   (guint                   n_records,
                                       const char             *path);

G_END_DECLS
