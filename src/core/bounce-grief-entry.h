/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-grief-entry.h: one page of the grief journal. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_GRIEF_ENTRY (bounce_grief_entry_get_type ())
G_DECLARE_FINAL_TYPE (BounceGriefEntry, bounce_grief_entry, BOUNCE, GRIEF_ENTRY, BounceRecord)

G_END_DECLS
