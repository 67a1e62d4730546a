/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-core.h: everything core offers, for the app, the tests and the benchmarks. */
#pragma once

#include "bounce-autosave.h"
#include "bounce-checkin.h"
#include "bounce-coping.h"
#include "bounce-definition.h"
#include "bounce-format.h"
#include "bounce-goal.h"
#include "bounce-grief-entry.h"
#include "bounce-idea.h"
#include "bounce-journal.h"
#include "bounce-kinds.h"
#include "bounce-lesson.h"
#include "bounce-nudges.h"
#include "bounce-prompts.h"
#include "bounce-record.h"
#include "bounce-recovery.h"
#include "bounce-schedule.h"
#include "bounce-store.h"
#include "bounce-talk.h"
#include "bounce-thanks.h"
