/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-yet-offer.c: under a text field, the offer to add "yet" to an "I can't ...". */
#define G_LOG_DOMAIN "bounce-yet-offer"

#include <glib/gi18n.h>

#include "bounce-core.h"
#include "bounce-editor.h"
#include "bounce-yet-offer.h"

/* How long a pause in typing is, before a clause with no punctuation yet is offered "yet". */
#define DEFAULT_PAUSE_MS 1000

/* A preview longer than this shows only the end of the clause before the edit. */
#define PREVIEW_BEFORE_CHARS 60

/* How far from the cursor, in characters, the offer reads: a page may hold a megabyte,
 * and reading all of it at each key would stall the typing. A clause longer than this
 * is no "I can't" a person would want "yet" added to. */
#define EXCERPT_REACH_CHARS 1000

struct _BounceYetOffer
{
  GtkWidget            parent_instance;

  GtkRevealer         *revealer;
  GtkLabel            *preview_label;
  GtkButton           *add_button;
  GtkButton           *dismiss_button;

  GtkTextBuffer       *buffer;
  GtkEditable         *editable;
  char                *language;
  guint                pause_ms;

  guint                user_actions;   /* the buffer's user actions under way */
  gboolean             applying;       /* our own edit, which offers nothing */
  GHashTable          *dismissed;      /* the clauses, as written, the person said no to */
  BounceYetSuggestion *offered;        /* what the offer shows, or NULL */
  int                  offered_at;     /* where its clause starts, in characters of the text */
  guint                pause_id;
  guint                idle_id;
};

enum {
  PROP_0,
  PROP_BUFFER,
  PROP_EDITABLE,
  PROP_LANGUAGE,
  PROP_PAUSE,
  PROP_SUGGESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (BounceYetOffer, bounce_yet_offer, GTK_TYPE_WIDGET)

/* The text around the cursor: the offer reads no more than this. */
typedef struct
{
  char     *text;
  int       offset;       /* where @text starts in the whole text, in characters */
  gsize     cursor;       /* the cursor, in bytes of @text */
  gboolean  cut_before;   /* whether text was left out before @text */
  gboolean  cut_after;    /* and after it */
} Excerpt;

static void
excerpt_clear (Excerpt *excerpt)
{
  g_clear_pointer (&excerpt->text, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Excerpt, excerpt_clear)

static int
cursor_offset (BounceYetOffer *self)
{
  if (self->buffer != NULL)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter,
                                        gtk_text_buffer_get_insert (self->buffer));
      return gtk_text_iter_get_offset (&iter);
    }

  if (self->editable != NULL)
    return gtk_editable_get_position (self->editable);

  return 0;
}

static void
read_excerpt (BounceYetOffer *self,
              Excerpt        *excerpt)
{
  int length = 0;
  int cursor = cursor_offset (self);
  int start, end;

  if (self->buffer != NULL)
    length = gtk_text_buffer_get_char_count (self->buffer);
  else if (self->editable != NULL)
    length = g_utf8_strlen (gtk_editable_get_text (self->editable), -1);

  cursor = CLAMP (cursor, 0, length);
  start = MAX (cursor - EXCERPT_REACH_CHARS, 0);
  end = MIN (cursor + EXCERPT_REACH_CHARS, length);

  if (self->buffer != NULL)
    {
      GtkTextIter start_iter, end_iter;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start_iter, start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end_iter, end);
      excerpt->text = gtk_text_buffer_get_text (self->buffer, &start_iter, &end_iter, TRUE);
    }
  else if (self->editable != NULL)
    excerpt->text = gtk_editable_get_chars (self->editable, start, end);
  else
    excerpt->text = g_strdup ("");

  excerpt->offset = start;
  excerpt->cursor = g_utf8_offset_to_pointer (excerpt->text, cursor - start) - excerpt->text;
  excerpt->cut_before = start > 0;
  excerpt->cut_after = end < length;
}

static GPtrArray *
find_in_excerpt (BounceYetOffer *self,
                 const Excerpt  *excerpt)
{
  return bounce_yet_find_in_excerpt (excerpt->text, excerpt->cut_before, excerpt->cut_after,
                                     self->language);
}

/* Where a suggestion's clause starts in the whole text, in characters: the same place
 * whatever excerpt it was found in. */
static int
clause_offset (const Excerpt             *excerpt,
               const BounceYetSuggestion *suggestion)
{
  return excerpt->offset +
         g_utf8_pointer_to_offset (excerpt->text, excerpt->text + suggestion->clause_start);
}

/* A change the person made, not a record shown or a text set by the program: typing in
 * a text view is a user action of its buffer, and an entry holds the focus while typed in. */
static gboolean
is_persons_change (BounceYetOffer *self)
{
  if (self->buffer != NULL)
    return self->user_actions > 0;

  if (self->editable != NULL)
    {
      GtkWidget *widget = GTK_WIDGET (self->editable);
      GtkRoot *root = gtk_widget_get_root (widget);
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

      return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
    }

  return FALSE;
}

/* The suggestion the person would want now: the last that starts at or before the cursor,
 * or else the first; never one they said no to. */
static BounceYetSuggestion *
pick (BounceYetOffer *self,
      GPtrArray      *found,
      gsize           cursor)
{
  BounceYetSuggestion *best = NULL;

  for (guint i = 0; i < found->len; i++)
    {
      BounceYetSuggestion *suggestion = found->pdata[i];

      if (g_hash_table_contains (self->dismissed, suggestion->clause))
        continue;
      if (best == NULL || suggestion->clause_start <= cursor)
        best = suggestion;
    }

  return best;
}

/* The clause on offer as the text now stands: the same words, moved by what was typed
 * before them, or the same place, with more typed into it. */
static BounceYetSuggestion *
find_offered (BounceYetOffer *self,
              const Excerpt  *excerpt,
              GPtrArray      *found)
{
  BounceYetSuggestion *same_place = NULL;

  for (guint i = 0; i < found->len; i++)
    {
      BounceYetSuggestion *suggestion = found->pdata[i];

      if (g_hash_table_contains (self->dismissed, suggestion->clause))
        continue;
      if (g_str_equal (suggestion->clause, self->offered->clause))
        return suggestion;
      if (clause_offset (excerpt, suggestion) == self->offered_at)
        same_place = suggestion;
    }

  return same_place;
}

static char *
preview_markup (const char                *text,
                const BounceYetSuggestion *suggestion)
{
  const char *start = text + suggestion->clause_start;
  const char *end = text + suggestion->clause_end;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *markup = NULL;
  gunichar next = g_utf8_get_char (end);

  /* With the mark that ends the sentence, as it will read: "I can't draw yet." A comma
   * or a semicolon, with nothing after it, would look like a mistake. */
  if (next == '.' || next == '!' || next == '?' || next == 0x2026 || next == 0x061F)
    end = g_utf8_next_char (end);

  /* A clause long enough to wrap over several lines is shown from a word near the edit. */
  if (g_utf8_strlen (start, suggestion->edit_start - suggestion->clause_start) >
      PREVIEW_BEFORE_CHARS)
    {
      const char *edit = text + suggestion->edit_start;
      const char *cut = g_utf8_offset_to_pointer (edit, -PREVIEW_BEFORE_CHARS);
      g_autofree char *kept = NULL;

      while (cut < edit && !g_unichar_isspace (g_utf8_get_char (cut)))
        cut = g_utf8_next_char (cut);
      kept = g_strndup (cut, edit - cut);
      before = g_strconcat ("…", kept, NULL);
    }
  else
    before = g_strndup (start, text + suggestion->edit_start - start);

  after = g_strndup (text + suggestion->edit_end, end - (text + suggestion->edit_end));
  markup = g_markup_printf_escaped ("%s<b>%s</b>%s", before, suggestion->edit_text, after);

  /* Translators: the words the person wrote, as they would read with "yet", in the
   * quotation marks of your language. */
  return g_strdup_printf (C_("yet offer", "“%s”"), markup);
}

/* @at: where the clause of @suggestion starts, in characters of the whole text */
static void
set_offered (BounceYetOffer            *self,
             const BounceYetSuggestion *suggestion,
             int                        at)
{
  if (self->offered == NULL && suggestion == NULL)
    return;
  if (self->offered != NULL && suggestion != NULL &&
      g_str_equal (self->offered->suggestion, suggestion->suggestion) &&
      self->offered_at == at)
    return;

  g_clear_pointer (&self->offered, bounce_yet_suggestion_free);
  if (suggestion != NULL)
    self->offered = bounce_yet_suggestion_copy (suggestion);
  self->offered_at = at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUGGESTION]);
}

/* Keyboard users go back to where they were writing, not to a button that went away. */
/* The text view of @buffer at or below @widget. */
static GtkWidget *
find_view (GtkWidget     *widget,
           GtkTextBuffer *buffer)
{
  if (GTK_IS_TEXT_VIEW (widget) && gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)) == buffer)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *view = find_view (c, buffer);

      if (view != NULL)
        return view;
    }

  return NULL;
}

static void
return_focus (BounceYetOffer *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *previous = gtk_widget_get_prev_sibling (GTK_WIDGET (self));

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return;

  if (self->editable != NULL)
    {
      GtkEditable *editable = self->editable;

      /* Focused as by Tab, an entry selects all it holds, and the next key would replace
       * it: the cursor comes back where it was instead. */
      while (gtk_editable_get_delegate (editable) != NULL)
        editable = gtk_editable_get_delegate (editable);
      if (GTK_IS_TEXT (editable))
        gtk_text_grab_focus_without_selecting (GTK_TEXT (editable));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->editable));
    }
  else
    {
      /* The text view above the offer, or the one in the scrolled window or the list
       * (a row for a sentence) above it. */
      GtkWidget *view = previous != NULL ? find_view (previous, self->buffer) : NULL;

      if (view != NULL)
        gtk_widget_grab_focus (view);
    }
}

static void
hide (BounceYetOffer *self)
{
  return_focus (self);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  set_offered (self, NULL, 0);
}

static void
show (BounceYetOffer            *self,
      const Excerpt             *excerpt,
      const BounceYetSuggestion *suggestion)
{
  g_autofree char *markup = preview_markup (excerpt->text, suggestion);

  gtk_label_set_markup (self->preview_label, markup);
  set_offered (self, suggestion, clause_offset (excerpt, suggestion));
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

/* Offers "yet" for the clause the person is at, if there is one. */
static void
offer (BounceYetOffer *self)
{
  g_auto(Excerpt) excerpt = { NULL, };
  g_autoptr(GPtrArray) found = NULL;
  BounceYetSuggestion *suggestion;

  read_excerpt (self, &excerpt);
  found = find_in_excerpt (self, &excerpt);
  suggestion = pick (self, found, excerpt.cursor);
  if (suggestion != NULL)
    show (self, &excerpt, suggestion);
  else
    hide (self);
}

/* What is on offer stays true to the text: it follows its clause, or goes. */
static void
follow_text (BounceYetOffer *self)
{
  g_auto(Excerpt) excerpt = { NULL, };
  g_autoptr(GPtrArray) found = NULL;
  BounceYetSuggestion *suggestion;

  if (self->offered == NULL)
    return;

  read_excerpt (self, &excerpt);
  found = find_in_excerpt (self, &excerpt);
  suggestion = find_offered (self, &excerpt, found);
  if (suggestion != NULL)
    show (self, &excerpt, suggestion);
  else
    hide (self);
}

/* The character just before the cursor, or 0 at the start. */
static gunichar
char_before_cursor (BounceYetOffer *self)
{
  if (self->buffer != NULL)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter,
                                        gtk_text_buffer_get_insert (self->buffer));
      return gtk_text_iter_backward_char (&iter) ? gtk_text_iter_get_char (&iter) : 0;
    }

  if (self->editable != NULL)
    {
      int cursor = gtk_editable_get_position (self->editable);
      g_autofree char *before = NULL;

      if (cursor <= 0)
        return 0;
      before = gtk_editable_get_chars (self->editable, cursor - 1, cursor);
      return g_utf8_get_char (before);
    }

  return 0;
}

static gboolean
on_pause_cb (gpointer user_data)
{
  BounceYetOffer *self = user_data;

  self->pause_id = 0;
  offer (self);
  return G_SOURCE_REMOVE;
}

/* Once the edit has moved the cursor: a clause just closed by its punctuation is offered
 * at once, anything else after a pause. */
static gboolean
on_edited_cb (gpointer user_data)
{
  BounceYetOffer *self = user_data;
  gunichar before = char_before_cursor (self);

  self->idle_id = 0;
  if (before != 0 && bounce_yet_is_clause_end (before))
    offer (self);
  else
    self->pause_id = g_timeout_add (self->pause_ms, on_pause_cb, self);

  return G_SOURCE_REMOVE;
}

static void
on_text_changed_cb (BounceYetOffer *self)
{
  if (self->applying)
    return;

  follow_text (self);

  g_clear_handle_id (&self->pause_id, g_source_remove);
  /* A record shown, or text set by the program, is not offered anything. */
  if (!is_persons_change (self))
    {
      g_clear_handle_id (&self->idle_id, g_source_remove);
      return;
    }

  if (self->idle_id == 0)
    self->idle_id = g_idle_add (on_edited_cb, self);
}

static void
on_begin_user_action_cb (BounceYetOffer *self)
{
  self->user_actions++;
}

static void
on_end_user_action_cb (BounceYetOffer *self)
{
  if (self->user_actions > 0)
    self->user_actions--;
}

static void
on_child_revealed_cb (BounceYetOffer *self)
{
  /* Hidden, it takes no room, not even its parent's spacing. */
  if (!gtk_revealer_get_reveal_child (self->revealer) &&
      !gtk_revealer_get_child_revealed (self->revealer))
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
edit_buffer (GtkTextBuffer *buffer,
             int            start,
             int            end,
             const char    *text)
{
  GtkTextIter start_iter, end_iter;

  /* One step for Undo, as if the person had typed it. */
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
  if (end > start)
    gtk_text_buffer_delete (buffer, &start_iter, &end_iter);
  gtk_text_buffer_insert (buffer, &start_iter, text, -1);
  gtk_text_buffer_end_user_action (buffer);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BounceYetOffer *self = BOUNCE_YET_OFFER (widget);
  g_auto(Excerpt) excerpt = { NULL, };
  g_autoptr(GPtrArray) found = NULL;
  BounceYetSuggestion *suggestion;
  int start, end;

  if (self->offered == NULL)
    return;

  /* The text as it is now, not as it was when the offer was made. */
  read_excerpt (self, &excerpt);
  found = find_in_excerpt (self, &excerpt);
  suggestion = find_offered (self, &excerpt, found);
  if (suggestion == NULL)
    {
      hide (self);
      return;
    }

  start = excerpt.offset + g_utf8_pointer_to_offset (excerpt.text,
                                                     excerpt.text + suggestion->edit_start);
  end = excerpt.offset + g_utf8_pointer_to_offset (excerpt.text,
                                                   excerpt.text + suggestion->edit_end);

  self->applying = TRUE;
  if (self->buffer != NULL)
    edit_buffer (self->buffer, start, end, suggestion->edit_text);
  else
    {
      int cursor = gtk_editable_get_position (self->editable);
      int position = start;

      if (end > start)
        gtk_editable_delete_text (self->editable, start, end);
      gtk_editable_insert_text (self->editable, suggestion->edit_text, -1, &position);

      /* As in a text view: a cursor at or after the edit stays after it, where the person
       * was writing. */
      if (cursor >= end)
        gtk_editable_set_position (self->editable, cursor + (position - start) - (end - start));
      else if (cursor > start)
        gtk_editable_set_position (self->editable, position);
    }
  self->applying = FALSE;

  hide (self);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BounceYetOffer *self = BOUNCE_YET_OFFER (widget);

  if (self->offered == NULL)
    return;

  g_hash_table_add (self->dismissed, g_strdup (self->offered->clause));
  hide (self);
}

static void
stop_watching (BounceYetOffer *self)
{
  g_clear_handle_id (&self->pause_id, g_source_remove);
  g_clear_handle_id (&self->idle_id, g_source_remove);

  if (self->buffer != NULL)
    g_signal_handlers_disconnect_by_data (self->buffer, self);
  if (self->editable != NULL)
    g_signal_handlers_disconnect_by_data (self->editable, self);
  g_clear_object (&self->buffer);
  g_clear_object (&self->editable);
  self->user_actions = 0;

  if (self->offered != NULL)
    hide (self);
}

static void
bounce_yet_offer_dispose (GObject *object)
{
  BounceYetOffer *self = BOUNCE_YET_OFFER (object);

  stop_watching (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_YET_OFFER);

  G_OBJECT_CLASS (bounce_yet_offer_parent_class)->dispose (object);
}

static void
bounce_yet_offer_finalize (GObject *object)
{
  BounceYetOffer *self = BOUNCE_YET_OFFER (object);

  g_clear_pointer (&self->offered, bounce_yet_suggestion_free);
  g_clear_pointer (&self->dismissed, g_hash_table_unref);
  g_free (self->language);

  G_OBJECT_CLASS (bounce_yet_offer_parent_class)->finalize (object);
}

static void
bounce_yet_offer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BounceYetOffer *self = BOUNCE_YET_OFFER (object);

  switch (prop_id)
    {
    case PROP_BUFFER:
      g_value_set_object (value, self->buffer);
      break;

    case PROP_EDITABLE:
      g_value_set_object (value, self->editable);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_PAUSE:
      g_value_set_uint (value, self->pause_ms);
      break;

    case PROP_SUGGESTION:
      g_value_set_string (value, bounce_yet_offer_get_suggestion (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_yet_offer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BounceYetOffer *self = BOUNCE_YET_OFFER (object);

  switch (prop_id)
    {
    case PROP_BUFFER:
      bounce_yet_offer_set_buffer (self, g_value_get_object (value));
      break;

    case PROP_EDITABLE:
      bounce_yet_offer_set_editable (self, g_value_get_object (value));
      break;

    case PROP_LANGUAGE:
      bounce_yet_offer_set_language (self, g_value_get_string (value));
      break;

    case PROP_PAUSE:
      if (self->pause_ms != g_value_get_uint (value))
        {
          self->pause_ms = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_yet_offer_class_init (BounceYetOfferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_yet_offer_dispose;
  object_class->finalize = bounce_yet_offer_finalize;
  object_class->get_property = bounce_yet_offer_get_property;
  object_class->set_property = bounce_yet_offer_set_property;

  /**
   * BounceYetOffer:buffer:
   *
   * The text watched, when it is a text view's; setting it stops watching an editable.
   */
  properties[PROP_BUFFER] =
    g_param_spec_object ("buffer", NULL, NULL,
                         GTK_TYPE_TEXT_BUFFER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BounceYetOffer:editable:
   *
   * The text watched, when it is a single line's; setting it stops watching a buffer.
   */
  properties[PROP_EDITABLE] =
    g_param_spec_object ("editable", NULL, NULL,
                         GTK_TYPE_EDITABLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BounceYetOffer:language:
   *
   * The language whose "I can't" is looked for besides English's; by default the
   * interface's.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BounceYetOffer:pause:
   *
   * How long, in milliseconds, typing must stop before a clause that no punctuation has
   * closed is offered "yet".
   */
  properties[PROP_PAUSE] =
    g_param_spec_uint ("pause", NULL, NULL,
                       0, G_MAXUINT, DEFAULT_PAUSE_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BounceYetOffer:suggestion:
   *
   * The clause on offer as it would read with "yet", or %NULL while nothing is offered.
   */
  properties[PROP_SUGGESTION] =
    g_param_spec_string ("suggestion", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-yet-offer.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceYetOffer, revealer);
  gtk_widget_class_bind_template_child (widget_class, BounceYetOffer, preview_label);
  gtk_widget_class_bind_template_child (widget_class, BounceYetOffer, add_button);
  gtk_widget_class_bind_template_child (widget_class, BounceYetOffer, dismiss_button);
  gtk_widget_class_bind_template_callback (widget_class, on_child_revealed_cb);

  gtk_widget_class_install_action (widget_class, "yet-offer.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "yet-offer.dismiss", NULL, dismiss_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_yet_offer_init (BounceYetOffer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));

  self->pause_ms = DEFAULT_PAUSE_MS;
  self->dismissed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->language = g_strdup (bounce_yet_pick_language (g_get_language_names ()));
}

/**
 * bounce_yet_offer_new_for_buffer:
 * @buffer: the text of a text view
 *
 * Returns: (transfer floating): the offer to put under the text view
 */
GtkWidget *
bounce_yet_offer_new_for_buffer (GtkTextBuffer *buffer)
{
  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  return g_object_new (BOUNCE_TYPE_YET_OFFER, "buffer", buffer, NULL);
}

/**
 * bounce_yet_offer_new_for_editable:
 * @editable: a single line of text: an entry, an entry row
 *
 * Returns: (transfer floating): the offer to put under @editable
 */
GtkWidget *
bounce_yet_offer_new_for_editable (GtkEditable *editable)
{
  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  return g_object_new (BOUNCE_TYPE_YET_OFFER, "editable", editable, NULL);
}

GtkTextBuffer *
bounce_yet_offer_get_buffer (BounceYetOffer *self)
{
  g_return_val_if_fail (BOUNCE_IS_YET_OFFER (self), NULL);

  return self->buffer;
}

void
bounce_yet_offer_set_buffer (BounceYetOffer *self,
                             GtkTextBuffer  *buffer)
{
  g_return_if_fail (BOUNCE_IS_YET_OFFER (self));
  g_return_if_fail (buffer == NULL || GTK_IS_TEXT_BUFFER (buffer));

  if (self->buffer == buffer)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->editable != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
  stop_watching (self);

  if (buffer != NULL)
    {
      self->buffer = g_object_ref (buffer);
      g_signal_connect_object (buffer, "changed", G_CALLBACK (on_text_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (buffer, "begin-user-action", G_CALLBACK (on_begin_user_action_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (buffer, "end-user-action", G_CALLBACK (on_end_user_action_cb),
                               self, G_CONNECT_SWAPPED);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUFFER]);
  g_object_thaw_notify (G_OBJECT (self));
}

GtkEditable *
bounce_yet_offer_get_editable (BounceYetOffer *self)
{
  g_return_val_if_fail (BOUNCE_IS_YET_OFFER (self), NULL);

  return self->editable;
}

void
bounce_yet_offer_set_editable (BounceYetOffer *self,
                               GtkEditable    *editable)
{
  g_return_if_fail (BOUNCE_IS_YET_OFFER (self));
  g_return_if_fail (editable == NULL || GTK_IS_EDITABLE (editable));

  if (self->editable == editable)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->buffer != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUFFER]);
  stop_watching (self);

  if (editable != NULL)
    {
      self->editable = g_object_ref (editable);
      g_signal_connect_object (editable, "changed", G_CALLBACK (on_text_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
bounce_yet_offer_get_language (BounceYetOffer *self)
{
  g_return_val_if_fail (BOUNCE_IS_YET_OFFER (self), NULL);

  return self->language;
}

/**
 * bounce_yet_offer_set_language:
 * @language: (nullable): a language code, as bounce_yet_find() takes; %NULL for the
 *   interface's
 */
void
bounce_yet_offer_set_language (BounceYetOffer *self,
                               const char     *language)
{
  g_return_if_fail (BOUNCE_IS_YET_OFFER (self));

  if (language == NULL)
    language = bounce_yet_pick_language (g_get_language_names ());
  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * bounce_yet_offer_get_suggestion:
 *
 * Returns: (nullable): the clause on offer as it would read with "yet", or %NULL
 */
const char *
bounce_yet_offer_get_suggestion (BounceYetOffer *self)
{
  g_return_val_if_fail (BOUNCE_IS_YET_OFFER (self), NULL);

  return self->offered != NULL ? self->offered->suggestion : NULL;
}
