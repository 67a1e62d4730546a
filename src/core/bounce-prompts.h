/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-prompts.h: the gentle writing prompts offered to a new page of the grief journal. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  const char *id;     /* stable: kept in each page's "prompt"; never reuse one for other words */
  int         idea;   /* 1 to 7, as numbered in the mission */
  const char *text;   /* untranslated: pass through gettext */
} BouncePrompt;

/* The prompts of this many of the newest pages are not offered to a new one. */
#define BOUNCE_PROMPTS_REST 5

const BouncePrompt *bounce_prompts_get        (guint              *n_prompts);
const BouncePrompt *bounce_prompts_lookup     (const char         *id);
const char         *bounce_prompts_idea_title (int                 idea);
char              **bounce_prompts_dup_recent (GListModel         *entries,
                                               gpointer            except);
const BouncePrompt *bounce_prompts_pick       (const char * const *recent,
                                               guint32             draw);
const BouncePrompt *bounce_prompts_another    (const char         *current);

G_END_DECLS
