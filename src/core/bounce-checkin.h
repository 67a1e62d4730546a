/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-checkin.h: a mood check-in: how the day feels, from 1 to 5, in a click and a few words. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

/* The scores a check-in may hold; 0 means none was chosen yet. */
#define BOUNCE_CHECKIN_SCORE_MIN 1
#define BOUNCE_CHECKIN_SCORE_MAX 5

#define BOUNCE_TYPE_CHECKIN (bounce_checkin_get_type ())
G_DECLARE_FINAL_TYPE (BounceCheckin, bounce_checkin, BOUNCE, CHECKIN, BounceRecord)

const char         *bounce_checkin_score_label     (int            score);
const char         *bounce_checkin_score_icon_name (int            score);

const char * const *bounce_checkin_list_feelings   (void);
const char         *bounce_checkin_feeling_label   (const char    *id);
gboolean            bounce_checkin_feelings_contain (const char   *feelings,
                                                     const char   *id);
char               *bounce_checkin_feelings_set    (const char    *feelings,
                                                    const char    *id,
                                                    gboolean       chosen);

int                 bounce_checkin_get_score       (BounceCheckin *self);
void                bounce_checkin_set_score       (BounceCheckin *self,
                                                    int            score);
gboolean            bounce_checkin_has_feeling     (BounceCheckin *self,
                                                    const char    *id);
void                bounce_checkin_set_feeling     (BounceCheckin *self,
                                                    const char    *id,
                                                    gboolean       chosen);

G_END_DECLS
