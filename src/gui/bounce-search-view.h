/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-search-view.h: what a search of the whole journal found, each record ready to open. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

/* How many records a search shows at most: the newest of them. */
#define BOUNCE_SEARCH_VIEW_LIMIT 100

#define BOUNCE_TYPE_SEARCH_VIEW (bounce_search_view_get_type ())
G_DECLARE_FINAL_TYPE (BounceSearchView, bounce_search_view, BOUNCE, SEARCH_VIEW, GtkWidget)

GtkWidget *bounce_search_view_new            (void);
void       bounce_search_view_set_store      (BounceSearchView *self,
                                              BounceStore      *store);
void       bounce_search_view_search         (BounceSearchView *self,
                                              const char       *text);
gboolean   bounce_search_view_activate_first (BounceSearchView *self);
gboolean   bounce_search_view_focus_first    (BounceSearchView *self);

G_END_DECLS
