/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-coping.h: a line of the coping log: what helped (or what was escape) and for how long. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

/**
 * BounceCopingKind:
 * @BOUNCE_COPING_HELPS: healthy coping: walking, writing, talking...
 * @BOUNCE_COPING_ESCAPE: escape: games, binge watching, scrolling. Allowed; only
 *   all-day escape for months is what numbs grief
 * @BOUNCE_COPING_OTHER: anything the catalogue does not name, told neither way
 */
typedef enum
{
  BOUNCE_COPING_HELPS,
  BOUNCE_COPING_ESCAPE,
  BOUNCE_COPING_OTHER,
} BounceCopingKind;

/**
 * BounceCopingActivity:
 * @id: the stable id kept in the journal ("walking"); never translated
 * @kind: which side it is on
 *
 * One activity of the catalogue. Its texts are read, translated, with
 * bounce_coping_activity_get_label() and the functions beside it.
 */
typedef struct _BounceCopingActivity BounceCopingActivity;

struct _BounceCopingActivity
{
  const char       *id;
  BounceCopingKind  kind;

  /*< private >*/
  const char       *label;
  const char       *phrase;
  const char       *description;
};

#define BOUNCE_TYPE_COPING (bounce_coping_get_type ())
G_DECLARE_FINAL_TYPE (BounceCoping, bounce_coping, BOUNCE, COPING, BounceRecord)

const BounceCopingActivity *bounce_coping_get_activities    (guint       *n_activities);
const BounceCopingActivity *bounce_coping_lookup_activity   (const char  *id);
const char *bounce_coping_activity_get_label       (const BounceCopingActivity *activity);
const char *bounce_coping_activity_get_phrase      (const BounceCopingActivity *activity);
const char *bounce_coping_activity_get_description (const BounceCopingActivity *activity);

G_END_DECLS
