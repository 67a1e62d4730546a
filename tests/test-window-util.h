/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-util.h: what the window tests share: a window on a throw-away journal, and
 * ways to find its widgets and read what reached the disk. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"
#include "bounce-editor.h"
#include "bounce-record-row.h"
#include "bounce-window-private.h"
#include "test-util.h"

G_BEGIN_DECLS

/* A window on a fresh journal in a throw-away folder. */
typedef struct
{
  TestDir       *dir;
  BounceStore   *store;
  BounceJournal *journal;
  BounceWindow  *window;
} Fixture;

/* What disk_has_value() waits for: the first record of a kind holding a text. */
typedef struct
{
  Fixture    *fixture;
  GType       record_type;
  const char *field;
  const char *expected;
} DiskWait;

typedef gboolean (*WidgetMatch) (GtkWidget     *widget,
                                 gconstpointer  data);

void              reset_all_settings (void);
void              open_window       (Fixture       *fixture);
void              close_window      (Fixture       *fixture);
void              fixture_set_up    (Fixture       *fixture,
                                     gconstpointer  data);
void              fixture_tear_down (Fixture       *fixture,
                                     gconstpointer  data);
GPtrArray        *load_from_disk    (Fixture       *fixture,
                                     GType          record_type);
char             *disk_string       (Fixture       *fixture,
                                     GType          record_type,
                                     guint          index,
                                     const char    *field);
gboolean          disk_has_value    (gpointer       user_data);
guint             disk_count        (Fixture       *fixture,
                                     GType          record_type);
BounceRecordPage *page              (Fixture       *fixture,
                                     const char    *name);
BounceRecordPage *section           (Fixture       *fixture,
                                     GType          kind);
BounceEditor     *editor_of         (BounceRecordPage *record_page);
gpointer          child             (gpointer       widget,
                                     GType          template_type,
                                     const char    *name);
const char       *visible_view      (BounceRecordPage *record_page);
GtkWidget        *find_widget       (GtkWidget     *widget,
                                     WidgetMatch    match,
                                     gconstpointer  data);
BounceRecordRow  *find_row          (GtkWidget     *widget,
                                     BounceRecord  *record);
gboolean          row_is_drawn      (gpointer       user_data);
gboolean          shows_section     (gpointer          sections,
                                     BounceRecordPage *page);
gboolean          has_shortcut      (GtkWidget     *widget,
                                     const char    *trigger,
                                     const char    *action_name);

G_END_DECLS
