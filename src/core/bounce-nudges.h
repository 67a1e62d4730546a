/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-nudges.h: the catalogue of gentle reminders, and which one comes next. */
#pragma once

#include <glib.h>

#include "bounce-schedule.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;       /* stable: kept in the nudge log; never reuse one for other words */
  int         idea;     /* 1 to 7, as numbered in the mission */
  const char *page;     /* the page it opens: "grieve", "thanks" or "paths" */
  const char *summary;  /* untranslated: pass through gettext */
  const char *body;     /* untranslated: pass through gettext */
} BounceNudge;

/* Reminders sent most recently rest: none of the last this many comes again. */
#define BOUNCE_NUDGES_REST 12

const BounceNudge *bounce_nudges_get    (guint                 *n_nudges);
const BounceNudge *bounce_nudges_lookup (const char            *id);
const BounceNudge *bounce_nudges_pick   (const BounceNudgeSent *history,
                                         gsize                  n_history,
                                         guint32                draw);

G_END_DECLS
