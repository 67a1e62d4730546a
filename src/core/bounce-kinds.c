/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-kinds.c: the one list of the kinds of record the journal keeps. */
#define G_LOG_DOMAIN "bounce-kinds"

#include "bounce-aspect.h"
#include "bounce-checkin.h"
#include "bounce-coping.h"
#include "bounce-definition.h"
#include "bounce-goal.h"
#include "bounce-grief-entry.h"
#include "bounce-idea.h"
#include "bounce-kinds.h"
#include "bounce-lesson.h"
#include "bounce-rating.h"
#include "bounce-step.h"
#include "bounce-switch.h"
#include "bounce-talk.h"
#include "bounce-thanks.h"

/* Each kind, and the page of the window it belongs on, in the order they are shown. A kind
 * that is a part of another (the aspects of a goal, the ratings and steps of an idea) has
 * no page: it is shown and edited with what it belongs to, on that kind's page (its home,
 * for what lists the kinds page by page, as an export does). */
static const struct
{
  GType       (*get_type) (void);
  const char   *page;
  const char   *home;
} kind_list[] = {
  { bounce_grief_entry_get_type, "grieve", "grieve" },
  { bounce_checkin_get_type,     "grieve", "grieve" },
  { bounce_coping_get_type,      "grieve", "grieve" },
  { bounce_goal_get_type,        "grieve", "grieve" },
  { bounce_aspect_get_type,      NULL,     "grieve" },
  { bounce_thanks_get_type,      "thanks", "thanks" },
  { bounce_lesson_get_type,      "thanks", "thanks" },
  { bounce_definition_get_type,  "thanks", "thanks" },
  { bounce_talk_get_type,        "thanks", "thanks" },
  { bounce_idea_get_type,        "paths",  "paths" },
  { bounce_rating_get_type,      NULL,     "paths" },
  { bounce_switch_get_type,      NULL,     "paths" },
  { bounce_step_get_type,        NULL,     "paths" },
};

static GType kinds[G_N_ELEMENTS (kind_list)];

static void
ensure_kinds (void)
{
  static gsize initialized = 0;

  /* Types are registered at run time, so the list is filled on first use. */
  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (kind_list); i++)
        kinds[i] = kind_list[i].get_type ();
      g_once_init_leave (&initialized, 1);
    }
}

/**
 * bounce_kinds_get:
 * @n_kinds: (out): how many kinds there are
 *
 * Everything that goes over every kind (loading, rescuing, exporting, the
 * window's pages, the tests) iterates this list, so a new kind is added here
 * once.
 *
 * Returns: (array length=n_kinds) (transfer none): the record types, in the
 *   order they are shown
 */
const GType *
bounce_kinds_get (guint *n_kinds)
{
  ensure_kinds ();
  *n_kinds = G_N_ELEMENTS (kinds);
  return kinds;
}

/**
 * bounce_kinds_get_page:
 * @kind: one of the kinds of bounce_kinds_get()
 *
 * Returns: (nullable): the name of the window's page the kind is kept on
 *   ("grieve", "thanks" or "paths"), or %NULL for a kind that is a part of another
 *   and has no section of its own (an aspect of a goal, say), or for a type that is
 *   no kind
 */
const char *
bounce_kinds_get_page (GType kind)
{
  ensure_kinds ();
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == kind)
      return kind_list[i].page;

  return NULL;
}

/**
 * bounce_kinds_get_home:
 * @kind: one of the kinds of bounce_kinds_get()
 *
 * Returns: (nullable): the page the kind is kept on, or for a part of another kind,
 *   the page of what it belongs to; %NULL for a type that is no kind
 */
const char *
bounce_kinds_get_home (GType kind)
{
  ensure_kinds ();
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == kind)
      return kind_list[i].home;

  return NULL;
}
