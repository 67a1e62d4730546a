/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-notifier.h: sends the gentle reminders, on time by the wall clock. */
#pragma once

#include <gio/gio.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_NOTIFIER_ERROR (bounce_notifier_error_quark ())

typedef enum
{
  BOUNCE_NOTIFIER_ERROR_NO_SERVER,  /* nothing on the session bus shows notifications */
  BOUNCE_NOTIFIER_ERROR_FAILED,     /* the server refused the notification */
} BounceNotifierError;

#define BOUNCE_TYPE_NOTIFIER (bounce_notifier_get_type ())
G_DECLARE_FINAL_TYPE (BounceNotifier, bounce_notifier, BOUNCE, NOTIFIER, GObject)

GQuark          bounce_notifier_error_quark     (void);
BounceNotifier *bounce_notifier_new             (GSettings       *settings,
                                                 BounceStore     *store);
GDateTime      *bounce_notifier_dup_next        (BounceNotifier  *self);
gboolean        bounce_notifier_check_server    (BounceNotifier  *self,
                                                 GError         **error);
gboolean        bounce_notifier_send_now        (BounceNotifier  *self,
                                                 GError         **error);

G_END_DECLS
