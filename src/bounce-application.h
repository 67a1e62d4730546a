/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-application.h: the app: opens the journal once and serves its windows. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"
#include "bounce-notifier.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_APPLICATION (bounce_application_get_type ())
G_DECLARE_FINAL_TYPE (BounceApplication, bounce_application, BOUNCE, APPLICATION, AdwApplication)

BounceApplication *bounce_application_new         (void);
BounceJournal     *bounce_application_get_journal (BounceApplication *self);
BounceNotifier    *bounce_application_get_notifier (BounceApplication *self);

G_END_DECLS
