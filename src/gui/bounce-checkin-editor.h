/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-checkin-editor.h: one mood check-in: a face from 1 to 5, feelings, and a few words. */
#pragma once

#include "bounce-editor.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_CHECKIN_EDITOR (bounce_checkin_editor_get_type ())
G_DECLARE_FINAL_TYPE (BounceCheckinEditor, bounce_checkin_editor, BOUNCE, CHECKIN_EDITOR,
                      BounceEditor)

GtkToggleButton *bounce_checkin_editor_get_score_button   (BounceCheckinEditor *self,
                                                           int                  score);
GtkToggleButton *bounce_checkin_editor_get_feeling_button (BounceCheckinEditor *self,
                                                           const char          *id);

G_END_DECLS
