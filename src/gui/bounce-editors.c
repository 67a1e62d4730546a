/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-editors.c: every editor, registered so the window finds the one for a kind. */
#define G_LOG_DOMAIN "bounce-editors"

#include <glib/gi18n.h>

#include "bounce-checkin-editor.h"
#include "bounce-coping-editor.h"
#include "bounce-definition-editor.h"
#include "bounce-editor.h"
#include "bounce-editors.h"
#include "bounce-goal-editor.h"
#include "bounce-grief-editor.h"
#include "bounce-idea-editor.h"
#include "bounce-lesson-editor.h"
#include "bounce-talk-editor.h"
#include "bounce-thanks-editor.h"

/**
 * bounce_editors_ensure:
 *
 * Registers every editor type. Each says which kind it edits
 * (bounce_editor_class_set_kind()), so a new kind's editor is one line here
 * and nothing in the window.
 */
void
bounce_editors_ensure (void)
{
  g_type_ensure (BOUNCE_TYPE_CHECKIN_EDITOR);
  g_type_ensure (BOUNCE_TYPE_COPING_EDITOR);
  g_type_ensure (BOUNCE_TYPE_DEFINITION_EDITOR);
  g_type_ensure (BOUNCE_TYPE_GOAL_EDITOR);
  g_type_ensure (BOUNCE_TYPE_GRIEF_EDITOR);
  g_type_ensure (BOUNCE_TYPE_IDEA_EDITOR);
  g_type_ensure (BOUNCE_TYPE_LESSON_EDITOR);
  g_type_ensure (BOUNCE_TYPE_TALK_EDITOR);
  g_type_ensure (BOUNCE_TYPE_THANKS_EDITOR);
}

/**
 * bounce_editors_dup_kind_title:
 * @kind: one of bounce_kinds_get()
 * @user_data: unused: a #BounceExportTitleFunc
 *
 * Returns: (transfer full) (nullable): the kind's section title as the window shows it,
 *   in the person's language, or %NULL for a kind without an editor
 */
char *
bounce_editors_dup_kind_title (GType    kind,
                               gpointer user_data)
{
  g_autoptr(GTypeClass) klass = NULL;
  GType editor;

  bounce_editors_ensure ();
  if ((editor = bounce_editor_type_for_kind (kind)) == G_TYPE_INVALID)
    return NULL;

  klass = g_type_class_ref (editor);
  return g_strdup (_(BOUNCE_EDITOR_CLASS (klass)->section->title));
}
