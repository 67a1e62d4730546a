/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-window-private.h: what the tests may see of the window's insides. */
#pragma once

#include "bounce-goal-card.h"
#include "bounce-record-page.h"
#include "bounce-support-card.h"
#include "bounce-welcome.h"
#include "bounce-window.h"

G_BEGIN_DECLS

BounceRecordPage  *bounce_window_get_page           (BounceWindow *self,
                                                    const char   *name);
BounceRecordPage  *bounce_window_get_section        (BounceWindow *self,
                                                    GType         kind);
BounceGoalCard    *bounce_window_get_goal_card      (BounceWindow *self);
BounceSupportCard *bounce_window_get_support_card   (BounceWindow *self);
BounceWelcome     *bounce_window_get_welcome        (BounceWindow *self);
GtkWindow         *bounce_window_get_support_window (BounceWindow *self);
const char        *bounce_window_get_error_text     (BounceWindow *self);
AdwToast          *bounce_window_get_last_toast     (BounceWindow *self);
AdwMessageDialog  *bounce_window_get_dialog         (BounceWindow *self);
BounceJournal     *bounce_window_get_journal        (BounceWindow *self);
void               bounce_window_show_message       (BounceWindow *self,
                                                    const char   *text);

/* bounce-window-carry.c: Export… and Import… */
void               bounce_window_carry_class_init   (GtkWidgetClass *widget_class);
gboolean           bounce_window_export_to          (BounceWindow *self,
                                                    GFile        *file,
                                                    gboolean      markdown);
gboolean           bounce_window_import_from        (BounceWindow *self,
                                                    GFile        *file);
gboolean           bounce_window_is_importing       (BounceWindow *self);
GtkFileChooserNative *
                   bounce_window_new_carry_chooser  (BounceWindow *self,
                                                    GtkFileChooserAction action);
GtkFileChooserNative *
                   bounce_window_get_carry_chooser  (BounceWindow *self);
AdwMessageDialog  *bounce_window_get_carry_dialog   (BounceWindow *self);

G_END_DECLS
