/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-months.c: "Then and Now": the person's months, told only against their own past. */
#define G_LOG_DOMAIN "bounce-months"

#include <glib/gi18n.h>

#include "bounce-checkin.h"
#include "bounce-months.h"

/* Noon on the month's first day in UTC: a day that every zone agrees is in the month. */
static char *
format_month (const BounceMonth *month,
              const char        *format)
{
  g_autoptr(GDateTime) day = g_date_time_new_utc (month->year, month->month, 1, 12, 0, 0);

  g_return_val_if_fail (day != NULL, g_strdup (""));
  return g_date_time_format (day, format);
}

static char *
format_mood (double mood)
{
  /* In the person's locale: "3,5" in German. */
  return g_strdup_printf ("%.1f", mood);
}

/* One figure of this month beside the month before, or nothing when both are zero. The
 * counts are said as they are: a smaller number is neither praised nor scolded. */
static char *
describe_count (BounceMonthFigure  figure,
                guint              now,
                guint              then,
                const char        *now_name,
                const char        *then_name)
{
  if (now == 0 && then == 0)
    return NULL;

  if (now == 0)
    switch (figure)
      {
      case BOUNCE_MONTH_PAGES:
        /* Translators: %1$s is this month ("November"), %2$s the month before, %3$u how
         * many pages of the grief journal were written then. Said gently: nothing is
         * missing, it is just not yet. */
        return g_strdup_printf (ngettext ("No pages yet in %1$s; in %2$s you wrote %3$u.",
                                          "No pages yet in %1$s; in %2$s you wrote %3$u.",
                                          then), now_name, then_name, then);
      case BOUNCE_MONTH_CHECKINS:
        /* Translators: %1$s is this month, %2$s the month before, %3$u how many
         * check-ins were made then. */
        return g_strdup_printf (ngettext ("No check-ins yet in %1$s; in %2$s you checked "
                                          "in %3$u time.",
                                          "No check-ins yet in %1$s; in %2$s you checked "
                                          "in %3$u times.",
                                          then), now_name, then_name, then);
      case BOUNCE_MONTH_THANKS:
        /* Translators: %1$s is this month, %2$s the month before, %3$u how many times
         * the person thanked themselves for trying then. */
        return g_strdup_printf (ngettext ("No thank-yous yet in %1$s; in %2$s you thanked "
                                          "yourself %3$u time.",
                                          "No thank-yous yet in %1$s; in %2$s you thanked "
                                          "yourself %3$u times.",
                                          then), now_name, then_name, then);
      case BOUNCE_MONTH_STEPS:
        /* Translators: %1$s is this month, %2$s the month before, %3$u how many next
         * small steps of the person's ideas were done then. */
        return g_strdup_printf (ngettext ("No small steps yet in %1$s; in %2$s you took "
                                          "%3$u.",
                                          "No small steps yet in %1$s; in %2$s you took "
                                          "%3$u.",
                                          then), now_name, then_name, then);
      case BOUNCE_MONTH_IDEAS_TRIED:
        /* Translators: %1$s is this month, %2$s the month before, %3$u how many ideas
         * for a new path the person began trying then. */
        return g_strdup_printf (ngettext ("No new idea tried yet in %1$s; in %2$s you began "
                                          "trying %3$u.",
                                          "No new idea tried yet in %1$s; in %2$s you began "
                                          "trying %3$u.",
                                          then), now_name, then_name, then);
      case BOUNCE_MONTH_MOOD:
      case BOUNCE_MONTH_N_FIGURES:
      default:
        g_return_val_if_reached (NULL);
      }

  if (then == 0)
    switch (figure)
      {
      case BOUNCE_MONTH_PAGES:
        /* Translators: %1$s is a month ("November"), %2$u how many pages of the grief
         * journal were written in it. */
        return g_strdup_printf (ngettext ("In %1$s you wrote %2$u page.",
                                          "In %1$s you wrote %2$u pages.",
                                          now), now_name, now);
      case BOUNCE_MONTH_CHECKINS:
        /* Translators: %1$s is a month, %2$u how many check-ins were made in it. */
        return g_strdup_printf (ngettext ("In %1$s you checked in %2$u time.",
                                          "In %1$s you checked in %2$u times.",
                                          now), now_name, now);
      case BOUNCE_MONTH_THANKS:
        /* Translators: %1$s is a month, %2$u how many times the person thanked
         * themselves for trying in it. */
        return g_strdup_printf (ngettext ("In %1$s you thanked yourself %2$u time.",
                                          "In %1$s you thanked yourself %2$u times.",
                                          now), now_name, now);
      case BOUNCE_MONTH_STEPS:
        /* Translators: %1$s is a month, %2$u how many next small steps of the person's
         * ideas were done in it. */
        return g_strdup_printf (ngettext ("In %1$s you took %2$u small step.",
                                          "In %1$s you took %2$u small steps.",
                                          now), now_name, now);
      case BOUNCE_MONTH_IDEAS_TRIED:
        /* Translators: %1$s is a month, %2$u how many ideas for a new path the person
         * began trying in it. */
        return g_strdup_printf (ngettext ("In %1$s you began trying %2$u idea.",
                                          "In %1$s you began trying %2$u ideas.",
                                          now), now_name, now);
      case BOUNCE_MONTH_MOOD:
      case BOUNCE_MONTH_N_FIGURES:
      default:
        g_return_val_if_reached (NULL);
      }

  if (now > then)
    switch (figure)
      {
      case BOUNCE_MONTH_PAGES:
        /* Translators: %1$s is this month, %2$u the pages written in it, %3$u how many
         * more than in %4$s, the month before. Only ever compared with the person's
         * own past. */
        return g_strdup_printf (ngettext ("In %1$s you wrote %2$u page, %3$u more than "
                                          "in %4$s.",
                                          "In %1$s you wrote %2$u pages, %3$u more than "
                                          "in %4$s.",
                                          now), now_name, now, now - then, then_name);
      case BOUNCE_MONTH_CHECKINS:
        /* Translators: %1$s is this month, %2$u the check-ins made in it, %3$u how many
         * more than in %4$s, the month before. */
        return g_strdup_printf (ngettext ("In %1$s you checked in %2$u time, %3$u more "
                                          "than in %4$s.",
                                          "In %1$s you checked in %2$u times, %3$u more "
                                          "than in %4$s.",
                                          now), now_name, now, now - then, then_name);
      case BOUNCE_MONTH_THANKS:
        /* Translators: %1$s is this month, %2$u the thank-yous written in it, %3$u how
         * many more than in %4$s, the month before. */
        return g_strdup_printf (ngettext ("In %1$s you thanked yourself %2$u time, %3$u "
                                          "more than in %4$s.",
                                          "In %1$s you thanked yourself %2$u times, %3$u "
                                          "more than in %4$s.",
                                          now), now_name, now, now - then, then_name);
      case BOUNCE_MONTH_STEPS:
        /* Translators: %1$s is this month, %2$u the small steps taken in it, %3$u how
         * many more than in %4$s, the month before. */
        return g_strdup_printf (ngettext ("In %1$s you took %2$u small step, %3$u more "
                                          "than in %4$s.",
                                          "In %1$s you took %2$u small steps, %3$u more "
                                          "than in %4$s.",
                                          now), now_name, now, now - then, then_name);
      case BOUNCE_MONTH_IDEAS_TRIED:
        /* Translators: %1$s is this month, %2$u the ideas first tried in it, %3$u how
         * many more than in %4$s, the month before. */
        return g_strdup_printf (ngettext ("In %1$s you began trying %2$u idea, %3$u more "
                                          "than in %4$s.",
                                          "In %1$s you began trying %2$u ideas, %3$u more "
                                          "than in %4$s.",
                                          now), now_name, now, now - then, then_name);
      case BOUNCE_MONTH_MOOD:
      case BOUNCE_MONTH_N_FIGURES:
      default:
        g_return_val_if_reached (NULL);
      }

  if (now == then)
    switch (figure)
      {
      case BOUNCE_MONTH_PAGES:
        /* Translators: %1$s is this month, %2$u the pages written in it, as many as in
         * %3$s, the month before. */
        return g_strdup_printf (ngettext ("In %1$s you wrote %2$u page, as many as in %3$s.",
                                          "In %1$s you wrote %2$u pages, as many as in "
                                          "%3$s.",
                                          now), now_name, now, then_name);
      case BOUNCE_MONTH_CHECKINS:
        /* Translators: %1$s is this month, %2$u the check-ins made in it, as many as in
         * %3$s, the month before. */
        return g_strdup_printf (ngettext ("In %1$s you checked in %2$u time, as often as "
                                          "in %3$s.",
                                          "In %1$s you checked in %2$u times, as often as "
                                          "in %3$s.",
                                          now), now_name, now, then_name);
      case BOUNCE_MONTH_THANKS:
        /* Translators: %1$s is this month, %2$u the thank-yous written in it, as many as
         * in %3$s, the month before. */
        return g_strdup_printf (ngettext ("In %1$s you thanked yourself %2$u time, as "
                                          "often as in %3$s.",
                                          "In %1$s you thanked yourself %2$u times, as "
                                          "often as in %3$s.",
                                          now), now_name, now, then_name);
      case BOUNCE_MONTH_STEPS:
        /* Translators: %1$s is this month, %2$u the small steps taken in it, as many as
         * in %3$s, the month before. */
        return g_strdup_printf (ngettext ("In %1$s you took %2$u small step, as many as in "
                                          "%3$s.",
                                          "In %1$s you took %2$u small steps, as many as in "
                                          "%3$s.",
                                          now), now_name, now, then_name);
      case BOUNCE_MONTH_IDEAS_TRIED:
        /* Translators: %1$s is this month, %2$u the ideas first tried in it, as many as
         * in %3$s, the month before. */
        return g_strdup_printf (ngettext ("In %1$s you began trying %2$u idea, as many as "
                                          "in %3$s.",
                                          "In %1$s you began trying %2$u ideas, as many as "
                                          "in %3$s.",
                                          now), now_name, now, then_name);
      case BOUNCE_MONTH_MOOD:
      case BOUNCE_MONTH_N_FIGURES:
      default:
        g_return_val_if_reached (NULL);
      }

  /* Fewer than the month before: both numbers, side by side, and no verdict. */
  switch (figure)
    {
    case BOUNCE_MONTH_PAGES:
      /* Translators: %1$s is this month, %2$u the pages written in it; %3$s is the month
       * before, %4$u the pages written then (more). Said plainly, never as a reproach. */
      return g_strdup_printf (ngettext ("In %1$s you wrote %2$u page; in %3$s, %4$u.",
                                        "In %1$s you wrote %2$u pages; in %3$s, %4$u.",
                                        now), now_name, now, then_name, then);
    case BOUNCE_MONTH_CHECKINS:
      /* Translators: %1$s is this month, %2$u the check-ins made in it; %3$s is the
       * month before, %4$u the check-ins made then (more). */
      return g_strdup_printf (ngettext ("In %1$s you checked in %2$u time; in %3$s, %4$u.",
                                        "In %1$s you checked in %2$u times; in %3$s, %4$u.",
                                        now), now_name, now, then_name, then);
    case BOUNCE_MONTH_THANKS:
      /* Translators: %1$s is this month, %2$u the thank-yous written in it; %3$s is the
       * month before, %4$u the thank-yous then (more). */
      return g_strdup_printf (ngettext ("In %1$s you thanked yourself %2$u time; in %3$s, "
                                        "%4$u.",
                                        "In %1$s you thanked yourself %2$u times; in %3$s, "
                                        "%4$u.",
                                        now), now_name, now, then_name, then);
    case BOUNCE_MONTH_STEPS:
      /* Translators: %1$s is this month, %2$u the small steps taken in it; %3$s is the
       * month before, %4$u the steps taken then (more). */
      return g_strdup_printf (ngettext ("In %1$s you took %2$u small step; in %3$s, %4$u.",
                                        "In %1$s you took %2$u small steps; in %3$s, %4$u.",
                                        now), now_name, now, then_name, then);
    case BOUNCE_MONTH_IDEAS_TRIED:
      /* Translators: %1$s is this month, %2$u the ideas first tried in it; %3$s is the
       * month before, %4$u the ideas first tried then (more). */
      return g_strdup_printf (ngettext ("In %1$s you began trying %2$u idea; in %3$s, %4$u.",
                                        "In %1$s you began trying %2$u ideas; in %3$s, %4$u.",
                                        now), now_name, now, then_name, then);
    case BOUNCE_MONTH_MOOD:
    case BOUNCE_MONTH_N_FIGURES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
describe_mood (const BounceMonth *now,
               const BounceMonth *then,
               const char        *now_name,
               const char        *then_name)
{
  g_autofree char *now_mood = NULL;
  g_autofree char *then_mood = NULL;

  if (now->moods == 0)
    return NULL;

  now_mood = format_mood (now->mood_average);
  if (then == NULL || then->moods == 0)
    /* Translators: %1$s is a month, %2$s the mean of its check-ins' moods, from 1 (very
     * low) to 5 (very good), as "3.5". */
    return g_strdup_printf (_("Your check-ins in %1$s gave a mood of %2$s out of 5 on "
                              "average."), now_name, now_mood);

  then_mood = format_mood (then->mood_average);
  /* Translators: %1$s is this month, %2$s the mean mood of its check-ins (1 to 5, as
   * "3.5"); %3$s is the month before and %4$s its mean. Neither better nor worse is
   * said: moods come and go while grieving. */
  return g_strdup_printf (_("Your check-ins in %1$s gave a mood of %2$s out of 5 on "
                            "average; in %3$s, %4$s."), now_name, now_mood, then_name,
                          then_mood);
}

/**
 * bounce_month_get_figure:
 *
 * Returns: the month's @figure: a count, or for %BOUNCE_MONTH_MOOD the mean mood
 */
double
bounce_month_get_figure (const BounceMonth *month,
                         BounceMonthFigure  figure)
{
  g_return_val_if_fail (month != NULL, 0);

  switch (figure)
    {
    case BOUNCE_MONTH_PAGES:
      return month->pages;
    case BOUNCE_MONTH_CHECKINS:
      return month->checkins;
    case BOUNCE_MONTH_MOOD:
      return month->mood_average;
    case BOUNCE_MONTH_THANKS:
      return month->thanks;
    case BOUNCE_MONTH_STEPS:
      return month->steps;
    case BOUNCE_MONTH_IDEAS_TRIED:
      return month->ideas_tried;
    case BOUNCE_MONTH_N_FIGURES:
    default:
      g_return_val_if_reached (0);
    }
}

/**
 * bounce_month_figure_get_max:
 *
 * Returns: the height of a chart of @figure over @months: the largest value, at least 1,
 *   and for the mood always 5, so that a calm month never looks like a low one
 */
double
bounce_month_figure_get_max (BounceMonthFigure  figure,
                             const BounceMonth *months,
                             guint              n_months)
{
  double max = 1;

  if (figure == BOUNCE_MONTH_MOOD)
    return BOUNCE_CHECKIN_SCORE_MAX;

  for (guint i = 0; i < n_months; i++)
    max = MAX (max, bounce_month_get_figure (&months[i], figure));
  return max;
}

/**
 * bounce_month_figure_get_label:
 *
 * Returns: (transfer none): the name of @figure, translated, as a title ("Pages Written")
 */
const char *
bounce_month_figure_get_label (BounceMonthFigure figure)
{
  switch (figure)
    {
    case BOUNCE_MONTH_PAGES:
      /* Translators: a figure of "Then and Now": pages of the grief journal. */
      return _("Pages Written");
    case BOUNCE_MONTH_CHECKINS:
      return _("Check-ins");
    case BOUNCE_MONTH_MOOD:
      /* Translators: a figure of "Then and Now": the mean mood of the month's check-ins. */
      return _("Average Mood");
    case BOUNCE_MONTH_THANKS:
      /* Translators: a figure of "Then and Now": how often the person thanked themselves
       * for trying. */
      return _("Thanks Given");
    case BOUNCE_MONTH_STEPS:
      /* Translators: a figure of "Then and Now": next small steps of ideas, done. */
      return _("Steps Taken");
    case BOUNCE_MONTH_IDEAS_TRIED:
      /* Translators: a figure of "Then and Now": ideas for a new path first tried. */
      return _("Ideas Tried");
    case BOUNCE_MONTH_N_FIGURES:
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * bounce_month_format_figure:
 *
 * Returns: (transfer full): the month's @figure as a number to show ("12", "3.5"), or
 *   for a mood with no check-ins a word that says so
 */
char *
bounce_month_format_figure (const BounceMonth *month,
                            BounceMonthFigure  figure)
{
  g_return_val_if_fail (month != NULL, NULL);

  if (figure == BOUNCE_MONTH_MOOD)
    /* Translators: the mood of a month in which no check-in gave one. */
    return month->moods > 0 ? format_mood (month->mood_average) : g_strdup (_("none"));

  return g_strdup_printf ("%u", (guint) bounce_month_get_figure (month, figure));
}

/**
 * bounce_month_dup_name:
 *
 * Returns: (transfer full): the month's name in a sentence ("November")
 */
char *
bounce_month_dup_name (const BounceMonth *month)
{
  g_return_val_if_fail (month != NULL, NULL);

  /* Translators: a month's name inside the sentences of "Then and Now", for
   * g_date_time_format(): %OB is the name on its own ("November"), %B as inside a date. */
  return format_month (month, C_("month in a sentence", "%OB"));
}

/**
 * bounce_month_dup_short_name:
 *
 * Returns: (transfer full): the month's name under a bar of the chart ("Nov")
 */
char *
bounce_month_dup_short_name (const BounceMonth *month)
{
  g_return_val_if_fail (month != NULL, NULL);

  /* Translators: a month under a bar of the chart, for g_date_time_format(): keep it
   * short ("Nov"). */
  return format_month (month, C_("month under a bar", "%Ob"));
}

/**
 * bounce_month_dup_title:
 *
 * Returns: (transfer full): the month with its year ("November 2026")
 */
char *
bounce_month_dup_title (const BounceMonth *month)
{
  g_return_val_if_fail (month != NULL, NULL);

  /* Translators: a month and its year heading a row of "Then and Now", for
   * g_date_time_format(): "November 2026". */
  return format_month (month, C_("month with its year", "%OB %Y"));
}

gboolean
bounce_month_is_empty (const BounceMonth *month)
{
  g_return_val_if_fail (month != NULL, TRUE);

  return month->pages == 0 && month->checkins == 0 && month->thanks == 0 &&
         month->steps == 0 && month->ideas_tried == 0;
}

/**
 * bounce_month_dup_summary:
 *
 * Returns: (transfer full): what the month holds, in a short line for its row
 *   ("12 pages · 9 check-ins, mood 3.4 of 5 · 2 thank-yous")
 */
char *
bounce_month_dup_summary (const BounceMonth *month)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_null_terminated (5, g_free, TRUE);

  g_return_val_if_fail (month != NULL, NULL);

  if (bounce_month_is_empty (month))
    /* Translators: a month in which nothing was written: quiet, and that is fine. */
    return g_strdup (_("A quiet month"));

  if (month->pages > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u page", "%u pages", month->pages),
                                             month->pages));
  if (month->moods > 0)
    {
      g_autofree char *mood = format_mood (month->mood_average);

      /* Translators: %1$u is how many check-ins a month had; %2$s their mean mood from 1
       * to 5, as "3.5". */
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("%1$u check-in, mood %2$s of 5",
                                                         "%1$u check-ins, mood %2$s of 5",
                                                         month->checkins),
                                               month->checkins, mood));
    }
  else if (month->checkins > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u check-in", "%u check-ins",
                                                       month->checkins),
                                             month->checkins));
  if (month->thanks > 0)
    /* Translators: how many times the person thanked themselves for trying. */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u thank-you", "%u thank-yous",
                                                       month->thanks),
                                             month->thanks));
  if (month->steps > 0)
    /* Translators: how many next small steps of ideas were done. */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u step", "%u steps", month->steps),
                                             month->steps));
  if (month->ideas_tried > 0)
    /* Translators: how many ideas for a new path were first tried. */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u idea tried", "%u ideas tried",
                                                       month->ideas_tried),
                                             month->ideas_tried));

  /* Translators: between the parts of a month's line, as in "12 pages · 2 thank-yous". */
  return g_strjoinv (C_("month summary", " · "), (char **) parts->pdata);
}

/**
 * bounce_months_first_to_show:
 * @months: (array length=n_months): months, oldest first
 *
 * The months before the first one with anything in it are left out, so that a journal
 * begun last month does not show a year of empty months; at least three are kept, so
 * that there is a then to see beside the now.
 *
 * Returns: the index of the first month to show
 */
guint
bounce_months_first_to_show (const BounceMonth *months,
                             guint              n_months)
{
  guint first = 0;

  while (first < n_months && bounce_month_is_empty (&months[first]))
    first++;

  return MIN (first, n_months > 3 ? n_months - 3 : 0);
}

/**
 * bounce_months_describe:
 * @months: (array length=n_months): months, oldest first, the last of them now
 *
 * This month in plain words, beside the month before: the person's own past is the only
 * thing compared, and a smaller number is said as gently as a bigger one.
 *
 * Returns: (transfer full): a few sentences, translated, a line for each figure
 */
char *
bounce_months_describe (const BounceMonth *months,
                        guint              n_months)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const BounceMonth *now, *then;
  g_autofree char *now_name = NULL;
  g_autofree char *then_name = NULL;
  g_autofree char *mood = NULL;
  gboolean quieter = FALSE;
  struct
  {
    BounceMonthFigure figure;
    guint             now;
    guint             then;
  } counts[5];

  g_return_val_if_fail (months != NULL && n_months >= 2, NULL);

  now = &months[n_months - 1];
  then = &months[n_months - 2];
  now_name = bounce_month_dup_name (now);
  then_name = bounce_month_dup_name (then);

  if (bounce_month_is_empty (now) && bounce_month_is_empty (then))
    /* Translators: %1$s is this month, %2$s the month before; nothing was written in
     * either. */
    return g_strdup_printf (_("Nothing written in %1$s or %2$s, and that is fine. Whatever "
                              "you write next shows up here, beside your own months "
                              "before."), now_name, then_name);

  counts[0].figure = BOUNCE_MONTH_PAGES;
  counts[0].now = now->pages;
  counts[0].then = then->pages;
  counts[1].figure = BOUNCE_MONTH_CHECKINS;
  counts[1].now = now->checkins;
  counts[1].then = then->checkins;
  counts[2].figure = BOUNCE_MONTH_THANKS;
  counts[2].now = now->thanks;
  counts[2].then = then->thanks;
  counts[3].figure = BOUNCE_MONTH_STEPS;
  counts[3].now = now->steps;
  counts[3].then = then->steps;
  counts[4].figure = BOUNCE_MONTH_IDEAS_TRIED;
  counts[4].now = now->ideas_tried;
  counts[4].then = then->ideas_tried;

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *sentence = describe_count (counts[i].figure, counts[i].now,
                                                  counts[i].then, now_name, then_name);

      /* A line for each figure, easier to take in than a block. */
      if (sentence != NULL)
        {
          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, sentence);
        }
      quieter |= counts[i].now < counts[i].then;

      /* How the check-ins felt, right after how many there were. */
      if (counts[i].figure == BOUNCE_MONTH_CHECKINS &&
          (mood = describe_mood (now, then, now_name, then_name)) != NULL)
        g_string_append_printf (text, " %s", mood);
    }

  if (quieter)
    /* Translators: after a month with fewer pages, check-ins, thank-yous, steps or ideas
     * tried than the one before. Kind, never a reproach. */
    g_string_append_printf (text, "\n%s", _("A quieter month is fine: resting is part of "
                                            "bouncing back."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * bounce_months_describe_figure:
 * @months: (array length=n_months): the months the chart shows, oldest first
 *
 * The chart of @figure in words, for those who cannot see it: every month's value.
 *
 * Returns: (transfer full): one sentence, translated
 */
char *
bounce_months_describe_figure (const BounceMonth *months,
                               guint              n_months,
                               BounceMonthFigure  figure)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_null_terminated (n_months, g_free, TRUE);
  g_autofree char *list = NULL;

  for (guint i = 0; i < n_months; i++)
    {
      g_autofree char *title = bounce_month_dup_title (&months[i]);
      g_autofree char *value = bounce_month_format_figure (&months[i], figure);

      /* Translators: one month in the chart's description: "November 2026: 12". */
      g_ptr_array_add (items, g_strdup_printf (C_("chart month", "%1$s: %2$s"), title, value));
    }

  /* Translators: between the months in the chart's description. */
  list = g_strjoinv (C_("chart months", "; "), (char **) items->pdata);
  /* Translators: %1$s is what the chart shows ("Pages Written"), %2$s each month with
   * its value, as "October 2026: 8; November 2026: 12". */
  return g_strdup_printf (_("%1$s, month by month: %2$s."),
                          bounce_month_figure_get_label (figure), list);
}
