/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-window-private.h: what the tests may see of the window's insides. */
#pragma once

#include "bounce-goal-card.h"
#include "bounce-record-page.h"
#include "bounce-window.h"

G_BEGIN_DECLS

BounceRecordPage *bounce_window_get_page        (BounceWindow *self,
                                                 const char   *name);
BounceRecordPage *bounce_window_get_section     (BounceWindow *self,
                                                 GType         kind);
BounceGoalCard   *bounce_window_get_goal_card   (BounceWindow *self);
const char       *bounce_window_get_error_text  (BounceWindow *self);
AdwToast         *bounce_window_get_last_toast  (BounceWindow *self);
AdwMessageDialog *bounce_window_get_dialog      (BounceWindow *self);

G_END_DECLS
