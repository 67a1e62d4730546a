/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-search-view.c: what a search of the whole journal found, each record ready to open. */
#define G_LOG_DOMAIN "bounce-search-view"

#include <glib/gi18n.h>

#include "bounce-editor.h"
#include "bounce-search-view.h"

struct _BounceSearchView
{
  GtkWidget          parent_instance;

  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkListBox        *results_list;
  GtkLabel          *limit_label;
  AdwStatusPage     *error_page;

  BounceStore       *store;
};

enum {
  OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceSearchView, bounce_search_view, GTK_TYPE_WIDGET)

/* Each row keeps the record it stands for, under these keys. */
#define ROW_KIND "bounce-search-kind"
#define ROW_UUID "bounce-search-uuid"

/* The snippet as markup: the person's words escaped, each match in bold, on one line. */
static char *
snippet_markup (const char *snippet)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  gboolean in_match = FALSE;
  const char *p = snippet;

  while (*p != '\0')
    {
      const char *stop = strpbrk (p, BOUNCE_SEARCH_MATCH_START BOUNCE_SEARCH_MATCH_END "\n\r\t");
      gssize length = stop != NULL ? stop - p : -1;
      g_autofree char *escaped = g_markup_escape_text (p, length);

      g_string_append (markup, escaped);
      if (stop == NULL)
        break;

      if (g_str_has_prefix (stop, BOUNCE_SEARCH_MATCH_START))
        {
          if (!in_match)
            g_string_append (markup, "<b>");
          in_match = TRUE;
        }
      else if (g_str_has_prefix (stop, BOUNCE_SEARCH_MATCH_END))
        {
          if (in_match)
            g_string_append (markup, "</b>");
          in_match = FALSE;
        }
      else if (markup->len > 0 && markup->str[markup->len - 1] != ' ')
        g_string_append_c (markup, ' ');

      p = stop + 1;
    }

  if (in_match)
    g_string_append (markup, "</b>");

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* The kind as its section shows it, so that a kind added later needs nothing here. */
static const BounceEditorSection *
section_of (GType kind)
{
  GType editor_type = bounce_editor_type_for_kind (kind);
  g_autoptr(GTypeClass) editor_class = NULL;

  if (editor_type == G_TYPE_INVALID)
    return NULL;

  /* An editor class, once made, stays for the life of the program. */
  editor_class = g_type_class_ref (editor_type);
  return BOUNCE_EDITOR_CLASS (editor_class)->section;
}

static GtkWidget *
new_row (const BounceSearchHit *hit)
{
  const BounceEditorSection *section = section_of (hit->kind);
  g_autofree char *title = snippet_markup (hit->snippet != NULL ? hit->snippet : "");
  g_autofree char *day = bounce_format_day (hit->created, NULL);
  g_autofree char *line = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (section != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (section->icon_name);

      /* The kind is said in words beside it. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      /* Translators: under a search result: the kind of entry, then its day,
       * e.g. "Thanks · Yesterday". */
      line = g_strdup_printf (C_("search result", "%s · %s"), _(section->title), day);
    }
  else
    line = g_strdup (day);

  /* The row reads markup: a kind's name in some language may hold "&". */
  subtitle = g_markup_escape_text (line, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  g_object_set_data (G_OBJECT (row), ROW_KIND, GSIZE_TO_POINTER (hit->kind));
  g_object_set_data_full (G_OBJECT (row), ROW_UUID, g_strdup (hit->uuid), g_free);
  return row;
}

static void
clear_results (BounceSearchView *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->results_list, 0)) != NULL)
    gtk_list_box_remove (self->results_list, GTK_WIDGET (row));
  gtk_widget_set_visible (GTK_WIDGET (self->limit_label), FALSE);
}

static void
on_row_activated_cb (BounceSearchView *self,
                     GtkListBoxRow    *row)
{
  GType kind = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), ROW_KIND));
  const char *uuid = g_object_get_data (G_OBJECT (row), ROW_UUID);

  if (uuid != NULL)
    g_signal_emit (self, signals[OPEN], 0, kind, uuid);
}

static void
bounce_search_view_dispose (GObject *object)
{
  BounceSearchView *self = BOUNCE_SEARCH_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_SEARCH_VIEW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (bounce_search_view_parent_class)->dispose (object);
}

static void
bounce_search_view_class_init (BounceSearchViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_search_view_dispose;

  /**
   * BounceSearchView::open:
   * @kind: the kind of the record chosen
   * @uuid: the record chosen
   *
   * A result was chosen: the record should be opened where it is written.
   */
  signals[OPEN] =
    g_signal_new ("open",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-search-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceSearchView, stack);
  gtk_widget_class_bind_template_child (widget_class, BounceSearchView, scroller);
  gtk_widget_class_bind_template_child (widget_class, BounceSearchView, results_list);
  gtk_widget_class_bind_template_child (widget_class, BounceSearchView, limit_label);
  gtk_widget_class_bind_template_child (widget_class, BounceSearchView, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_search_view_init (BounceSearchView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bounce_search_view_new (void)
{
  return g_object_new (BOUNCE_TYPE_SEARCH_VIEW, NULL);
}

void
bounce_search_view_set_store (BounceSearchView *self,
                              BounceStore      *store)
{
  g_return_if_fail (BOUNCE_IS_SEARCH_VIEW (self));
  g_return_if_fail (store == NULL || BOUNCE_IS_STORE (store));

  g_set_object (&self->store, store);
}

/**
 * bounce_search_view_search:
 * @text: the words to look for, as typed
 *
 * Shows the newest records that hold every word of @text, a hint of what search
 * does while @text holds nothing, or why the search failed.
 */
void
bounce_search_view_search (BounceSearchView *self,
                           const char       *text)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *words = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_if_fail (BOUNCE_IS_SEARCH_VIEW (self));

  clear_results (self);
  if (*words == '\0' || self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "hint");
      return;
    }

  /* One more than is shown, to know whether there were more. */
  hits = bounce_store_search (self->store, words, BOUNCE_SEARCH_VIEW_LIMIT + 1, &error);
  if (hits == NULL)
    {
      /* Translators: %s is the system's reason, e.g. "database is locked". */
      g_autofree char *told = g_strdup_printf (_("Nothing in your journal was changed. "
                                                 "Try again in a moment. The reason: %s"),
                                               error->message);
      g_autofree char *description = g_markup_escape_text (told, -1);

      g_message ("Search failed: %s", error->message);
      adw_status_page_set_description (self->error_page, description);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  if (hits->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < hits->len && i < BOUNCE_SEARCH_VIEW_LIMIT; i++)
    gtk_list_box_append (self->results_list, new_row (hits->pdata[i]));

  if (hits->len > BOUNCE_SEARCH_VIEW_LIMIT)
    {
      g_autofree char *limit = NULL;

      limit = g_strdup_printf (ngettext ("Only the newest %u result is shown. Add a word to "
                                         "find fewer.",
                                         "Only the newest %u results are shown. Add a word to "
                                         "find fewer.", BOUNCE_SEARCH_VIEW_LIMIT),
                               BOUNCE_SEARCH_VIEW_LIMIT);
      gtk_label_set_text (self->limit_label, limit);
      gtk_widget_set_visible (GTK_WIDGET (self->limit_label), TRUE);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "results");
}

/**
 * bounce_search_view_activate_first:
 *
 * Opens the newest result, as Enter in the search entry does.
 *
 * Returns: %FALSE when there is no result to open
 */
gboolean
bounce_search_view_activate_first (BounceSearchView *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (BOUNCE_IS_SEARCH_VIEW (self), FALSE);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") != 0 ||
      (row = gtk_list_box_get_row_at_index (self->results_list, 0)) == NULL)
    return FALSE;

  on_row_activated_cb (self, row);
  return TRUE;
}

/**
 * bounce_search_view_focus_first:
 *
 * Moves the keyboard focus to the newest result, as Down in the search entry does.
 *
 * Returns: %FALSE when there is no result to go to
 */
gboolean
bounce_search_view_focus_first (BounceSearchView *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (BOUNCE_IS_SEARCH_VIEW (self), FALSE);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") != 0 ||
      (row = gtk_list_box_get_row_at_index (self->results_list, 0)) == NULL)
    return FALSE;

  return gtk_widget_grab_focus (GTK_WIDGET (row));
}
