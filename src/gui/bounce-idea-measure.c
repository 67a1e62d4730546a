/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-idea-measure.c: in an idea's list row, how much of what mattered it offers. */
#define G_LOG_DOMAIN "bounce-idea-measure"

#include <glib/gi18n.h>

#include "bounce-idea-measure.h"

/* Words first, and a small bar beside them: the bar alone, or a colour, would tell
 * nothing to someone who cannot see it. */
struct _BounceIdeaMeasure
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  GtkLevelBar      *level;
  GtkLabel         *label;

  BounceIdeaScores *scores;
  BounceRecord     *record;
};

enum {
  PROP_0,
  PROP_SCORES,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BounceIdeaMeasure, bounce_idea_measure, GTK_TYPE_WIDGET)

static void
update (BounceIdeaMeasure *self)
{
  BounceScore score = { 0, };
  g_autofree char *label = NULL;
  g_autofree char *rated = NULL;
  g_autofree char *text = NULL;

  if (self->record != NULL && self->scores != NULL && BOUNCE_IS_IDEA (self->record))
    bounce_idea_scores_get (self->scores, self->record, &score);

  /* With nothing named of what the goal was hoped to give there is no score: the list
   * says once, above it, how to get one, rather than in every row. */
  gtk_widget_set_visible (self->box, bounce_score_has_value (&score));
  if (!bounce_score_has_value (&score))
    return;

  label = bounce_score_dup_label (&score);
  if (score.n_rated > 0 && score.n_rated < score.n_aspects)
    {
      rated = bounce_score_dup_rated (&score);
      /* Translators: in an idea's list row: how much of what mattered it offers, then
       * how many of those things it was rated for, e.g. "Offers some of what mattered ·
       * 2 of 3 rated". */
      text = g_strdup_printf (_("%s · %s"), label, rated);
    }
  else
    text = g_steal_pointer (&label);

  gtk_label_set_text (self->label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->level), score.n_rated > 0);
  gtk_level_bar_set_value (self->level, score.value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
on_scores_changed_cb (BounceIdeaMeasure *self)
{
  update (self);
}

static void
set_record (BounceIdeaMeasure *self,
            BounceRecord      *record)
{
  if (!g_set_object (&self->record, record))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

static void
bounce_idea_measure_dispose (GObject *object)
{
  BounceIdeaMeasure *self = BOUNCE_IDEA_MEASURE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_IDEA_MEASURE);
  g_clear_object (&self->record);
  g_clear_object (&self->scores);

  G_OBJECT_CLASS (bounce_idea_measure_parent_class)->dispose (object);
}

static void
bounce_idea_measure_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BounceIdeaMeasure *self = BOUNCE_IDEA_MEASURE (object);

  switch (prop_id)
    {
    case PROP_SCORES:
      g_value_set_object (value, self->scores);
      break;

    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_idea_measure_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BounceIdeaMeasure *self = BOUNCE_IDEA_MEASURE (object);

  switch (prop_id)
    {
    case PROP_SCORES:
      self->scores = g_value_dup_object (value);
      if (self->scores != NULL)
        g_signal_connect_object (self->scores, "changed", G_CALLBACK (on_scores_changed_cb),
                                 self, G_CONNECT_SWAPPED);
      update (self);
      break;

    case PROP_RECORD:
      set_record (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_idea_measure_class_init (BounceIdeaMeasureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_idea_measure_dispose;
  object_class->get_property = bounce_idea_measure_get_property;
  object_class->set_property = bounce_idea_measure_set_property;

  properties[PROP_SCORES] =
    g_param_spec_object ("scores", NULL, NULL, BOUNCE_TYPE_IDEA_SCORES,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, BOUNCE_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-idea-measure.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaMeasure, box);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaMeasure, level);
  gtk_widget_class_bind_template_child (widget_class, BounceIdeaMeasure, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_idea_measure_init (BounceIdeaMeasure *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bar is a length, not a verdict: no "low" and "high" colours. */
  gtk_level_bar_remove_offset_value (self->level, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->level, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->level, GTK_LEVEL_BAR_OFFSET_FULL);
}

GtkWidget *
bounce_idea_measure_new (BounceIdeaScores *scores)
{
  g_return_val_if_fail (BOUNCE_IS_IDEA_SCORES (scores), NULL);

  return g_object_new (BOUNCE_TYPE_IDEA_MEASURE, "scores", scores, NULL);
}

/**
 * bounce_idea_measure_get_text:
 *
 * Returns: (transfer none) (nullable): what the row says of the score, or %NULL when
 *   it says nothing (no score)
 */
const char *
bounce_idea_measure_get_text (BounceIdeaMeasure *self)
{
  g_return_val_if_fail (BOUNCE_IS_IDEA_MEASURE (self), NULL);

  if (!gtk_widget_get_visible (self->box))
    return NULL;
  return gtk_label_get_text (self->label);
}
