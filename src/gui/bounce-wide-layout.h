/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-wide-layout.h: a bin layout for words that wrap only when narrow: measured once when wide. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BOUNCE_TYPE_WIDE_LAYOUT (bounce_wide_layout_get_type ())

G_DECLARE_FINAL_TYPE (BounceWideLayout, bounce_wide_layout, BOUNCE, WIDE_LAYOUT, GtkLayoutManager)

G_END_DECLS
