/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-definition.h: what success and failure mean to me in this season of my life. */
#pragma once

#include "bounce-record.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_DEFINITION (bounce_definition_get_type ())
G_DECLARE_FINAL_TYPE (BounceDefinition, bounce_definition, BOUNCE, DEFINITION, BounceRecord)

G_END_DECLS
