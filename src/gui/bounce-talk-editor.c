/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-talk-editor.c: getting ready to talk with the people in charge of the goal. */
#define G_LOG_DOMAIN "bounce-talk-editor"

#include <adwaita.h>

#include <glib/gi18n.h>

#include "bounce-date-row.h"
#include "bounce-talk-editor.h"

struct _BounceTalkEditor
{
  BounceEditor   parent_instance;

  AdwEntryRow   *who_row;
  GtkTextView   *ask_view;
  GtkTextView   *heard_view;
  BounceDateRow *follow_up_row;
};

G_DEFINE_FINAL_TYPE (BounceTalkEditor, bounce_talk_editor, BOUNCE_TYPE_EDITOR)

static void
bounce_talk_editor_bind (BounceEditor *editor,
                         BounceRecord *record)
{
  BounceTalkEditor *self = BOUNCE_TALK_EDITOR (editor);

  bounce_editor_bind (editor, "who", self->who_row, "text");
  bounce_editor_bind (editor, "ask", gtk_text_view_get_buffer (self->ask_view), "text");
  bounce_editor_bind (editor, "heard", gtk_text_view_get_buffer (self->heard_view), "text");
  bounce_editor_bind (editor, "follow-up", self->follow_up_row, "value");
}

static void
bounce_talk_editor_focus_first (BounceEditor *editor)
{
  gtk_widget_grab_focus (GTK_WIDGET (BOUNCE_TALK_EDITOR (editor)->who_row));
}

static const BounceEditorSection section = {
  /* Translators: a section of the Thank Yourself page: talks with the people in charge
   * of the goal (an instructor, a boss, a coach) about what went wrong. */
  N_("Talks"),
  "bounce-talk-symbolic",
  N_("Talk With the People in Charge"),
  N_("An instructor, a boss or a coach can often tell you what went wrong, and may "
     "offer a make-up, advice, or simply encouragement. Prepare what to ask, and keep "
     "what you heard."),
  N_("_Prepare a Talk"),
  N_("A talk, not yet prepared"),
  /* Translators: a toast after the person removed a talk with the people in charge, with Undo.
   * Use a gentle word that does not sound final ("removed", "set aside"), never
   * "deleted" or "destroyed": this may be a painful page. */
  N_("Talk removed"),
};

static void
bounce_talk_editor_class_init (BounceTalkEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  editor_class->bind = bounce_talk_editor_bind;
  editor_class->focus_first = bounce_talk_editor_focus_first;
  bounce_editor_class_set_kind (editor_class, BOUNCE_TYPE_TALK, &section);

  g_type_ensure (BOUNCE_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-talk-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceTalkEditor, who_row);
  gtk_widget_class_bind_template_child (widget_class, BounceTalkEditor, ask_view);
  gtk_widget_class_bind_template_child (widget_class, BounceTalkEditor, heard_view);
  gtk_widget_class_bind_template_child (widget_class, BounceTalkEditor, follow_up_row);
}

static void
bounce_talk_editor_init (BounceTalkEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
