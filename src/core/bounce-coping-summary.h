/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-coping-summary.h: the week of the coping log, told in a few kind words. */
#pragma once

#include "bounce-store.h"

G_BEGIN_DECLS

/* How many activities that help the summary names. */
#define BOUNCE_COPING_SUMMARY_MAX_NAMED 3

char *bounce_coping_summarize (GArray *totals);

G_END_DECLS
