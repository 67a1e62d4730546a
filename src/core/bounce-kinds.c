/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-kinds.c: the one list of the kinds of record the journal keeps. */
#define G_LOG_DOMAIN "bounce-kinds"

#include "bounce-kinds.h"
#include "bounce-goal.h"
#include "bounce-grief-entry.h"
#include "bounce-idea.h"
#include "bounce-thanks.h"

/**
 * bounce_kinds_get:
 * @n_kinds: (out): how many kinds there are
 *
 * Everything that goes over every kind (loading, rescuing, exporting, the
 * tests) iterates this list, so a new kind is added here once.
 *
 * Returns: (array length=n_kinds) (transfer none): the record types, in the
 *   order their pages come
 */
const GType *
bounce_kinds_get (guint *n_kinds)
{
  static GType kinds[4];
  static gsize initialized = 0;

  /* Types are registered at run time, so the list is filled on first use. */
  if (g_once_init_enter (&initialized))
    {
      kinds[0] = BOUNCE_TYPE_GOAL;
      kinds[1] = BOUNCE_TYPE_GRIEF_ENTRY;
      kinds[2] = BOUNCE_TYPE_THANKS;
      kinds[3] = BOUNCE_TYPE_IDEA;
      g_once_init_leave (&initialized, 1);
    }

  *n_kinds = G_N_ELEMENTS (kinds);
  return kinds;
}
