/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-checkin-editor.c: one mood check-in: a face from 1 to 5, feelings, and a few words. */
#define G_LOG_DOMAIN "bounce-checkin-editor"

#include <glib/gi18n.h>

#include "bounce-checkin-editor.h"

struct _BounceCheckinEditor
{
  BounceEditor     parent_instance;

  GtkLabel        *day_label;
  GtkBox          *score_box;
  GtkLabel        *score_label;
  GtkFlowBox      *feelings_box;
  GtkTextView     *note_view;

  GtkToggleButton *score_buttons[BOUNCE_CHECKIN_SCORE_MAX];
  GPtrArray       *feeling_buttons;
  GBinding        *score_label_binding;
};

G_DEFINE_FINAL_TYPE (BounceCheckinEditor, bounce_checkin_editor, BOUNCE_TYPE_EDITOR)

/* Where each button keeps what it stands for. */
#define SCORE_KEY   "bounce-score"
#define FEELING_KEY "bounce-feeling"

static gboolean
score_to_active_cb (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_autoptr(GObject) button = g_binding_dup_target (binding);
  int score = GPOINTER_TO_INT (g_object_get_data (button, SCORE_KEY));

  g_value_set_boolean (to, g_value_get_int (from) == score);
  return TRUE;
}

/* A button of the group going off only says another one came on: that one sets the score. */
static gboolean
active_to_score_cb (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_autoptr(GObject) button = g_binding_dup_target (binding);

  if (!g_value_get_boolean (from))
    return FALSE;

  g_value_set_int (to, GPOINTER_TO_INT (g_object_get_data (button, SCORE_KEY)));
  return TRUE;
}

static gboolean
feelings_to_active_cb (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      user_data)
{
  g_autoptr(GObject) button = g_binding_dup_target (binding);

  g_value_set_boolean (to, bounce_checkin_feelings_contain (g_value_get_string (from),
                                                           g_object_get_data (button,
                                                                              FEELING_KEY)));
  return TRUE;
}

static gboolean
active_to_feelings_cb (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      user_data)
{
  g_autoptr(GObject) button = g_binding_dup_target (binding);
  g_autoptr(GObject) checkin = g_binding_dup_source (binding);
  g_autofree char *feelings = NULL;

  g_object_get (checkin, "feelings", &feelings, NULL);
  g_value_take_string (to, bounce_checkin_feelings_set (feelings,
                                                        g_object_get_data (button, FEELING_KEY),
                                                        g_value_get_boolean (from)));
  return TRUE;
}

static gboolean
score_to_words_cb (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  int score = g_value_get_int (from);

  if (bounce_checkin_score_label (score) == NULL)
    g_value_set_string (to, _("Choose the face closest to how you feel."));
  else
    /* Translators: under the five faces of a check-in: "Good — 4 of 5". */
    g_value_take_string (to, g_strdup_printf (_("%s — %d of 5"),
                                              bounce_checkin_score_label (score), score));
  return TRUE;
}

static void
bounce_checkin_editor_bind (BounceEditor *editor,
                            BounceRecord *record)
{
  BounceCheckinEditor *self = BOUNCE_CHECKIN_EDITOR (editor);
  g_autofree char *day = bounce_format_day (bounce_record_get_created (record), NULL);

  gtk_label_set_text (self->day_label, day);

  for (guint i = 0; i < G_N_ELEMENTS (self->score_buttons); i++)
    bounce_editor_bind_full (editor, "score", self->score_buttons[i], "active",
                             score_to_active_cb, active_to_score_cb);
  for (guint i = 0; i < self->feeling_buttons->len; i++)
    bounce_editor_bind_full (editor, "feelings", self->feeling_buttons->pdata[i], "active",
                             feelings_to_active_cb, active_to_feelings_cb);
  bounce_editor_bind (editor, "note", gtk_text_view_get_buffer (self->note_view), "text");

  /* One way only: the words under the faces are not edited. */
  if (self->score_label_binding != NULL)
    g_binding_unbind (self->score_label_binding);
  g_clear_object (&self->score_label_binding);
  self->score_label_binding = g_object_ref (g_object_bind_property_full (record, "score",
                                                                         self->score_label,
                                                                         "label",
                                                                         G_BINDING_SYNC_CREATE,
                                                                         score_to_words_cb,
                                                                         NULL, NULL, NULL));
}

/* A new check-in starts at the faces; one whose face is chosen (from the Grieve page's
 * quick check-in) at its words. */
static void
bounce_checkin_editor_focus_first (BounceEditor *editor)
{
  BounceCheckinEditor *self = BOUNCE_CHECKIN_EDITOR (editor);
  BounceRecord *record = bounce_editor_get_record (editor);
  int score = record != NULL ? bounce_checkin_get_score (BOUNCE_CHECKIN (record)) : 0;

  if (score == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->score_buttons[0]));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->note_view));
}

static void
add_score_buttons (BounceCheckinEditor *self)
{
  for (int score = BOUNCE_CHECKIN_SCORE_MIN; score <= BOUNCE_CHECKIN_SCORE_MAX; score++)
    {
      GtkWidget *button = gtk_toggle_button_new ();

      gtk_button_set_icon_name (GTK_BUTTON (button), bounce_checkin_score_icon_name (score));
      gtk_widget_set_tooltip_text (button, bounce_checkin_score_label (score));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      bounce_checkin_score_label (score),
                                      -1);
      gtk_widget_add_css_class (button, "mood-face");
      g_object_set_data (G_OBJECT (button), SCORE_KEY, GINT_TO_POINTER (score));
      if (score > BOUNCE_CHECKIN_SCORE_MIN)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->score_buttons[0]);
      gtk_box_append (self->score_box, button);
      self->score_buttons[score - 1] = GTK_TOGGLE_BUTTON (button);
    }
}

static void
add_feeling_buttons (BounceCheckinEditor *self)
{
  const char * const *ids = bounce_checkin_list_feelings ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (bounce_checkin_feeling_label (ids[i]));
      GtkWidget *flow_child;

      gtk_widget_add_css_class (button, "feeling");
      g_object_set_data (G_OBJECT (button), FEELING_KEY, (gpointer) ids[i]);
      gtk_flow_box_append (self->feelings_box, button);
      /* The button takes the focus; its wrapper would be a second, silent stop. */
      flow_child = gtk_widget_get_parent (button);
      gtk_widget_set_focusable (flow_child, FALSE);
      g_ptr_array_add (self->feeling_buttons, button);
    }
}

static void
bounce_checkin_editor_dispose (GObject *object)
{
  BounceCheckinEditor *self = BOUNCE_CHECKIN_EDITOR (object);

  if (self->score_label_binding != NULL)
    g_binding_unbind (self->score_label_binding);
  g_clear_object (&self->score_label_binding);

  G_OBJECT_CLASS (bounce_checkin_editor_parent_class)->dispose (object);
}

static void
bounce_checkin_editor_finalize (GObject *object)
{
  BounceCheckinEditor *self = BOUNCE_CHECKIN_EDITOR (object);

  g_clear_pointer (&self->feeling_buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (bounce_checkin_editor_parent_class)->finalize (object);
}

static const BounceEditorSection section = {
  /* Translators: a section of the Grieve page: quick notes of how each day feels. */
  N_("Check-ins"),
  "face-smile-symbolic",
  N_("How Are You, Really?"),
  N_("A check-in takes one click: how today feels, from 1 to 5. Add feelings or a few "
     "words if you like. Over the weeks they draw your healing curve."),
  N_("_Check In"),
  N_("A check-in, no face chosen yet"),
  /* Translators: a toast after the person removed a check-in (a mood of the day), with Undo.
   * Use a gentle word that does not sound final ("removed", "set aside"), never
   * "deleted" or "destroyed": this may be a painful page. */
  N_("Check-in removed"),
};

static void
bounce_checkin_editor_class_init (BounceCheckinEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  object_class->dispose = bounce_checkin_editor_dispose;
  object_class->finalize = bounce_checkin_editor_finalize;
  editor_class->bind = bounce_checkin_editor_bind;
  editor_class->focus_first = bounce_checkin_editor_focus_first;
  bounce_editor_class_set_kind (editor_class, BOUNCE_TYPE_CHECKIN, &section);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-checkin-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceCheckinEditor, day_label);
  gtk_widget_class_bind_template_child (widget_class, BounceCheckinEditor, score_box);
  gtk_widget_class_bind_template_child (widget_class, BounceCheckinEditor, score_label);
  gtk_widget_class_bind_template_child (widget_class, BounceCheckinEditor, feelings_box);
  gtk_widget_class_bind_template_child (widget_class, BounceCheckinEditor, note_view);
}

static void
bounce_checkin_editor_init (BounceCheckinEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->feeling_buttons = g_ptr_array_new ();
  add_score_buttons (self);
  add_feeling_buttons (self);
}

/**
 * bounce_checkin_editor_get_score_button:
 * @score: 1 to 5
 *
 * Returns: (transfer none): the face that chooses @score
 */
GtkToggleButton *
bounce_checkin_editor_get_score_button (BounceCheckinEditor *self,
                                        int                  score)
{
  g_return_val_if_fail (BOUNCE_IS_CHECKIN_EDITOR (self), NULL);
  g_return_val_if_fail (score >= BOUNCE_CHECKIN_SCORE_MIN && score <= BOUNCE_CHECKIN_SCORE_MAX,
                        NULL);

  return self->score_buttons[score - 1];
}

/**
 * bounce_checkin_editor_get_feeling_button:
 * @id: one of bounce_checkin_list_feelings()
 *
 * Returns: (transfer none) (nullable): the toggle of the feeling @id
 */
GtkToggleButton *
bounce_checkin_editor_get_feeling_button (BounceCheckinEditor *self,
                                          const char          *id)
{
  g_return_val_if_fail (BOUNCE_IS_CHECKIN_EDITOR (self), NULL);

  for (guint i = 0; i < self->feeling_buttons->len; i++)
    if (g_strcmp0 (g_object_get_data (self->feeling_buttons->pdata[i], FEELING_KEY), id) == 0)
      return self->feeling_buttons->pdata[i];

  return NULL;
}
