/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-frame-report.h: tells a benchmark when a window showed its first frame. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The variable that turns the report on: the launcher's CLOCK_MONOTONIC time, in µs, taken
 * just before it started the process. */
#define BOUNCE_FRAME_REPORT_ENV "BOUNCE_BACK_FRAME_REPORT"
/* Set as well, the process ends at its first frame: to profile only the start (callgrind). */
#define BOUNCE_FRAME_REPORT_EXIT_ENV "BOUNCE_BACK_FRAME_REPORT_EXIT"

void bounce_frame_report_attach (GtkWindow *window);

G_END_DECLS
