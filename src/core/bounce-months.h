/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-months.h: "Then and Now": the person's months, told only against their own past. */
#pragma once

#include "bounce-store.h"

G_BEGIN_DECLS

/* How many months "Then and Now" reads: a year, this month the last. */
#define BOUNCE_MONTHS_SHOWN 12

/**
 * BounceMonthFigure:
 * @BOUNCE_MONTH_PAGES: pages of the grief journal written
 * @BOUNCE_MONTH_CHECKINS: check-ins made
 * @BOUNCE_MONTH_MOOD: the mean mood of the check-ins, 1 to 5 (0 for none)
 * @BOUNCE_MONTH_THANKS: thank-yous written
 * @BOUNCE_MONTH_STEPS: next small steps of ideas done
 * @BOUNCE_MONTH_IDEAS_TRIED: ideas first tried
 *
 * What a month is told by, one at a time in the chart.
 */
typedef enum
{
  BOUNCE_MONTH_PAGES,
  BOUNCE_MONTH_CHECKINS,
  BOUNCE_MONTH_MOOD,
  BOUNCE_MONTH_THANKS,
  BOUNCE_MONTH_STEPS,
  BOUNCE_MONTH_IDEAS_TRIED,
  BOUNCE_MONTH_N_FIGURES,
} BounceMonthFigure;

double      bounce_month_get_figure        (const BounceMonth *month,
                                            BounceMonthFigure  figure);
double      bounce_month_figure_get_max    (BounceMonthFigure  figure,
                                            const BounceMonth *months,
                                            guint              n_months);
const char *bounce_month_figure_get_label  (BounceMonthFigure  figure);
char       *bounce_month_format_figure     (const BounceMonth *month,
                                            BounceMonthFigure  figure);
char       *bounce_month_dup_name          (const BounceMonth *month);
char       *bounce_month_dup_short_name    (const BounceMonth *month);
char       *bounce_month_dup_title         (const BounceMonth *month);
char       *bounce_month_dup_summary       (const BounceMonth *month);
gboolean    bounce_month_is_empty          (const BounceMonth *month);
guint       bounce_months_first_to_show    (const BounceMonth *months,
                                            guint              n_months);
char       *bounce_months_describe         (const BounceMonth *months,
                                            guint              n_months);
char       *bounce_months_describe_figure  (const BounceMonth *months,
                                            guint              n_months,
                                            BounceMonthFigure  figure);

G_END_DECLS
