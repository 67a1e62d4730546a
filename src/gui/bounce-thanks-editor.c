/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-thanks-editor.c: thanking yourself for trying: what it taught you, and your treat. */
#define G_LOG_DOMAIN "bounce-thanks-editor"

#include <adwaita.h>

#include <glib/gi18n.h>

#include "bounce-editor.h"
#include "bounce-text-row.h"
#include "bounce-thanks-editor.h"

struct _BounceThanksEditor
{
  BounceEditor  parent_instance;

  BounceTextRow *tried_row;
  GtkTextView  *learned_subject_view;
  GtkTextView  *learned_self_view;
  BounceTextRow *treat_row;
  GtkSwitch    *treat_given_switch;
};

G_DEFINE_FINAL_TYPE (BounceThanksEditor, bounce_thanks_editor, BOUNCE_TYPE_EDITOR)

static void
bounce_thanks_editor_bind (BounceEditor *editor,
                           BounceRecord *record)
{
  BounceThanksEditor *self = BOUNCE_THANKS_EDITOR (editor);

  bounce_editor_bind (editor, "tried", self->tried_row, "text");
  bounce_editor_bind (editor, "learned-subject",
                      gtk_text_view_get_buffer (self->learned_subject_view), "text");
  bounce_editor_bind (editor, "learned-self",
                      gtk_text_view_get_buffer (self->learned_self_view), "text");
  bounce_editor_bind (editor, "treat", self->treat_row, "text");
  bounce_editor_bind (editor, "treat-given", self->treat_given_switch, "active");
}

static void
bounce_thanks_editor_focus_first (BounceEditor *editor)
{
  gtk_widget_grab_focus (GTK_WIDGET (BOUNCE_THANKS_EDITOR (editor)->tried_row));
}

static const BounceEditorSection section = {
  /* Translators: a section of the Thank Yourself page: thanking yourself for trying. */
  N_("Thanks"),
  "bounce-thanks-symbolic",
  N_("Thank Yourself for Trying"),
  N_("Trying was brave. Write down what you learned, about the subject and about "
     "yourself, and choose a treat."),
  N_("_Say Thank You"),
  N_("A thank-you, not yet written"),
  /* Translators: a toast after the person removed a thank-you to oneself, with Undo.
   * Use a gentle word that does not sound final ("removed", "set aside"), never
   * "deleted" or "destroyed": this may be a painful page. */
  N_("Thank-you removed"),
};

static void
bounce_thanks_editor_class_init (BounceThanksEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  editor_class->bind = bounce_thanks_editor_bind;
  editor_class->focus_first = bounce_thanks_editor_focus_first;
  bounce_editor_class_set_kind (editor_class, BOUNCE_TYPE_THANKS, &section);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-thanks-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceThanksEditor, tried_row);
  gtk_widget_class_bind_template_child (widget_class, BounceThanksEditor, learned_subject_view);
  gtk_widget_class_bind_template_child (widget_class, BounceThanksEditor, learned_self_view);
  gtk_widget_class_bind_template_child (widget_class, BounceThanksEditor, treat_row);
  gtk_widget_class_bind_template_child (widget_class, BounceThanksEditor, treat_given_switch);
}

static void
bounce_thanks_editor_init (BounceThanksEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));
}
