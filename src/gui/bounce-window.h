/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-window.h: the main window: three pages over one journal. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_WINDOW (bounce_window_get_type ())
G_DECLARE_FINAL_TYPE (BounceWindow, bounce_window, BOUNCE, WINDOW, AdwApplicationWindow)

BounceWindow *bounce_window_new            (GtkApplication  *application);
void          bounce_window_set_journal    (BounceWindow    *self,
                                            BounceJournal   *journal);
void          bounce_window_show_error     (BounceWindow    *self,
                                            const GError    *error);
void          bounce_window_show_rescue    (BounceWindow    *self,
                                            const char      *dir,
                                            const GError    *error);
const char   *bounce_window_get_page_name  (BounceWindow    *self);
void          bounce_window_set_page_name  (BounceWindow    *self,
                                            const char      *name);
void          bounce_window_show_section   (BounceWindow    *self,
                                            GType            kind);
gboolean      bounce_window_flush          (BounceWindow    *self,
                                            GError         **error);
void          bounce_window_close_unattended (BounceWindow  *self);

G_END_DECLS
