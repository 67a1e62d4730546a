/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-lesson-editor.c: lessons, not failures: what went wrong, and what it taught. */
#define G_LOG_DOMAIN "bounce-lesson-editor"

#include <glib/gi18n.h>

#include "bounce-lesson-editor.h"

struct _BounceLessonEditor
{
  BounceEditor  parent_instance;

  GtkTextView  *happened_view;
  GtkTextView  *taught_view;
};

G_DEFINE_FINAL_TYPE (BounceLessonEditor, bounce_lesson_editor, BOUNCE_TYPE_EDITOR)

static void
bounce_lesson_editor_bind (BounceEditor *editor,
                           BounceRecord *record)
{
  BounceLessonEditor *self = BOUNCE_LESSON_EDITOR (editor);

  bounce_editor_bind (editor, "happened",
                      gtk_text_view_get_buffer (self->happened_view), "text");
  bounce_editor_bind (editor, "taught", gtk_text_view_get_buffer (self->taught_view), "text");
}

static void
bounce_lesson_editor_focus_first (BounceEditor *editor)
{
  gtk_widget_grab_focus (GTK_WIDGET (BOUNCE_LESSON_EDITOR (editor)->happened_view));
}

static const BounceEditorSection section = {
  /* Translators: a section of the Thank Yourself page: what failures taught. */
  N_("Lessons"),
  "bounce-lesson-symbolic",
  /* Translators: the idea is that a failure is a lesson on the way, not the opposite
   * of success. Keep it short and gentle. */
  N_("Lessons, Not Failures"),
  N_("A failure is not the opposite of success: it is a lesson on the way. Write down "
     "what went wrong, and what it taught you about the subject, about yourself, or "
     "about what to try next time."),
  N_("_Write a Lesson"),
  N_("A lesson, not yet written"),
  /* Translators: a toast after the person removed a lesson, with Undo.
   * Use a gentle word that does not sound final ("removed", "set aside"), never
   * "deleted" or "destroyed": this may be a painful page. */
  N_("Lesson removed"),
};

static void
bounce_lesson_editor_class_init (BounceLessonEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BounceEditorClass *editor_class = BOUNCE_EDITOR_CLASS (klass);

  editor_class->bind = bounce_lesson_editor_bind;
  editor_class->focus_first = bounce_lesson_editor_focus_first;
  bounce_editor_class_set_kind (editor_class, BOUNCE_TYPE_LESSON, &section);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-lesson-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceLessonEditor, happened_view);
  gtk_widget_class_bind_template_child (widget_class, BounceLessonEditor, taught_view);
}

static void
bounce_lesson_editor_init (BounceLessonEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
