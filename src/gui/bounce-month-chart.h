/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-month-chart.h: one figure of "Then and Now" as a bar a month, drawn with GtkSnapshot. */
#pragma once

#include <adwaita.h>

#include "bounce-core.h"

G_BEGIN_DECLS

#define BOUNCE_TYPE_MONTH_CHART (bounce_month_chart_get_type ())
G_DECLARE_FINAL_TYPE (BounceMonthChart, bounce_month_chart, BOUNCE, MONTH_CHART, GtkWidget)

void              bounce_month_chart_set_months      (BounceMonthChart  *self,
                                                      const BounceMonth *months,
                                                      guint              n_months);
void              bounce_month_chart_set_figure      (BounceMonthChart  *self,
                                                      BounceMonthFigure  figure);
BounceMonthFigure bounce_month_chart_get_figure      (BounceMonthChart  *self);
const char       *bounce_month_chart_get_description (BounceMonthChart  *self);

G_END_DECLS
