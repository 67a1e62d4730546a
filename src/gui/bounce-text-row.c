/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-text-row.c: a row of a boxed list for a sentence: its title, and text that wraps. */
#define G_LOG_DOMAIN "bounce-text-row"

#include "bounce-text-row.h"

/* An entry row scrolls a long answer sideways, out of sight, and people write long,
 * heartfelt answers to "What I tried". This row shows the whole answer: its text wraps,
 * and the row grows with it, among the one-line rows of its list.
 *
 * Enter moves on to the next field, as it does in those rows: the answer is a sentence
 * or a few, a line of its list, not a page (the text views below the lists are for
 * pages). A line break pasted in is kept as it was written. */

/* A text view as high as its lines. GtkTextView measures its height by the lines it has
 * laid out so far, and lays out only what fits in the height it was given: in a box, a
 * long answer set while the row was hidden stayed one line high (or none), its other
 * lines never shown. A sentence is short, so it is laid out whole here, at the width the
 * view was last given. */
#define SENTENCE_TYPE_VIEW (sentence_view_get_type ())
#define SPACE_FOR_CURSOR 1
G_DECLARE_FINAL_TYPE (SentenceView, sentence_view, SENTENCE, VIEW, GtkTextView)

struct _SentenceView
{
  GtkTextView    parent_instance;

  GtkTextBuffer *buffer;       /* the buffer watched for changes, weakly */
  gulong         changed_id;
  int            width;        /* the width last given */
  guint          remeasure_id;
};

G_DEFINE_FINAL_TYPE (SentenceView, sentence_view, GTK_TYPE_TEXT_VIEW)

static gboolean
remeasure_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  SENTENCE_VIEW (widget)->remeasure_id = 0;
  gtk_widget_queue_resize (widget);
  return G_SOURCE_REMOVE;
}

/* Measured again at a new width: its height is the height of its lines at that width.
 * Not from here, where a resize asked for is lost (the sections around it would never
 * be laid out again), but at the next frame. (Asking for height-for-width instead made
 * the window's sections lay out late too: GtkTextView is not made for it.) */
static void
sentence_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  SentenceView *self = SENTENCE_VIEW (widget);

  GTK_WIDGET_CLASS (sentence_view_parent_class)->size_allocate (widget, width, height,
                                                                baseline);
  if (width != self->width)
    {
      self->width = width;
      if (self->remeasure_id == 0)
        self->remeasure_id = gtk_widget_add_tick_callback (widget, remeasure_cb, NULL, NULL);
    }
}

static void
sentence_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  int width, height;

  GTK_WIDGET_CLASS (sentence_view_parent_class)->measure (widget, orientation, for_size,
                                                          minimum, natural,
                                                          minimum_baseline, natural_baseline);
  /* As wide as it is given: the whole answer on one line is not what it asks for. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *natural = *minimum;
      return;
    }

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  layout = gtk_widget_create_pango_layout (widget, text);
  /* At the width it was given last; before any, as high as its lines unwrapped. */
  width = SENTENCE_VIEW (widget)->width;
  if (width > 0)
    {
      GtkBorder padding;

      /* As the view lays its text out: inside its margins and padding, less the pixel
       * it keeps for the cursor at the end of a line. */
      gtk_style_context_get_padding (gtk_widget_get_style_context (widget), &padding);
      width -= gtk_text_view_get_left_margin (view) + gtk_text_view_get_right_margin (view) +
               padding.left + padding.right + SPACE_FOR_CURSOR;
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
    }
  pango_layout_get_pixel_size (layout, NULL, &height);
  height += gtk_text_view_get_top_margin (view) + gtk_text_view_get_bottom_margin (view);

  *minimum = *natural = height;
  *minimum_baseline = *natural_baseline = -1;
}

static void
on_sentence_changed_cb (GtkWidget *view)
{
  gtk_widget_queue_resize (view);
}

static void
watch_buffer (SentenceView  *self,
              GtkTextBuffer *buffer)
{
  if (self->buffer != NULL)
    g_clear_signal_handler (&self->changed_id, self->buffer);
  g_set_weak_pointer (&self->buffer, buffer);
  if (buffer != NULL)
    self->changed_id = g_signal_connect_swapped (buffer, "changed",
                                                 G_CALLBACK (on_sentence_changed_cb), self);
}

static void
on_sentence_buffer_cb (SentenceView *self)
{
  watch_buffer (self, gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
sentence_view_dispose (GObject *object)
{
  SentenceView *self = SENTENCE_VIEW (object);

  watch_buffer (self, NULL);
  if (self->remeasure_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->remeasure_id);
  self->remeasure_id = 0;

  G_OBJECT_CLASS (sentence_view_parent_class)->dispose (object);
}

static void
sentence_view_class_init (SentenceViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sentence_view_dispose;

  widget_class->size_allocate = sentence_view_size_allocate;
  widget_class->measure = sentence_view_measure;
}

static void
sentence_view_init (SentenceView *self)
{
  g_signal_connect (self, "notify::buffer", G_CALLBACK (on_sentence_buffer_cb), NULL);
  on_sentence_buffer_cb (self);
}

struct _BounceTextRow
{
  AdwPreferencesRow  parent_instance;

  GtkLabel          *title_label;
  GtkTextView       *view;
  GtkWidget         *suffixes;
  gulong             changed_id;
};

enum {
  PROP_0,
  PROP_TEXT,
  PROP_BUFFER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void bounce_text_row_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BounceTextRow, bounce_text_row, ADW_TYPE_PREFERENCES_ROW,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      bounce_text_row_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

/* The title, shown above the text, also names the text for a screen reader: shown
 * without its mnemonic's underscore, which a screen reader would read out. */
static void
update_title (BounceTextRow *self)
{
  AdwPreferencesRow *row = ADW_PREFERENCES_ROW (self);
  const char *title = adw_preferences_row_get_title (row);

  if (title == NULL)
    title = "";
  if (adw_preferences_row_get_use_underline (row))
    gtk_label_set_text_with_mnemonic (self->title_label, title);
  else
    gtk_label_set_text (self->title_label, title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->title_label), -1);
}

static void
on_title_notify_cb (BounceTextRow *self)
{
  update_title (self);
}

static void
on_buffer_changed_cb (BounceTextRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static gboolean
on_key_pressed_cb (BounceTextRow         *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  GtkRoot *root;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;

  /* An input method may be composing a word, and Enter is its to take first. */
  if (event != NULL && gtk_text_view_im_context_filter_keypress (self->view, event))
    return TRUE;

  root = gtk_widget_get_root (GTK_WIDGET (self->view));
  if (root != NULL)
    gtk_widget_child_focus (GTK_WIDGET (root),
                            (state & GDK_SHIFT_MASK) ? GTK_DIR_TAB_BACKWARD
                                                     : GTK_DIR_TAB_FORWARD);
  return TRUE;
}

/* A click in the row's margins, or on its title, is meant for the text. */
static void
on_row_released_cb (BounceTextRow *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static gboolean
bounce_text_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (BOUNCE_TEXT_ROW (widget)->view));
}

/* The row itself is never the focus: Tab goes through it into its text and its
 * buttons, as in an entry row. */
static gboolean
bounce_text_row_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  GtkWidget *child = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (widget));

  return child != NULL && gtk_widget_child_focus (child, direction);
}

static void
bounce_text_row_add_child (GtkBuildable *buildable,
                           GtkBuilder   *builder,
                           GObject      *child,
                           const char   *type)
{
  if (g_strcmp0 (type, "suffix") == 0)
    bounce_text_row_add_suffix (BOUNCE_TEXT_ROW (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
bounce_text_row_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = bounce_text_row_add_child;
}

static void
bounce_text_row_dispose (GObject *object)
{
  BounceTextRow *self = BOUNCE_TEXT_ROW (object);

  if (self->view != NULL)
    g_clear_signal_handler (&self->changed_id, gtk_text_view_get_buffer (self->view));
  self->view = NULL;
  self->title_label = NULL;
  self->suffixes = NULL;

  G_OBJECT_CLASS (bounce_text_row_parent_class)->dispose (object);
}

static void
bounce_text_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BounceTextRow *self = BOUNCE_TEXT_ROW (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_take_string (value, bounce_text_row_dup_text (self));
      break;

    case PROP_BUFFER:
      g_value_set_object (value, bounce_text_row_get_buffer (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_text_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BounceTextRow *self = BOUNCE_TEXT_ROW (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      bounce_text_row_set_text (self, g_value_get_string (value));
      break;

    case PROP_BUFFER:
      bounce_text_row_set_buffer (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_text_row_class_init (BounceTextRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_text_row_dispose;
  object_class->get_property = bounce_text_row_get_property;
  object_class->set_property = bounce_text_row_set_property;

  widget_class->grab_focus = bounce_text_row_grab_focus;
  widget_class->focus = bounce_text_row_focus;

  /**
   * BounceTextRow:text:
   *
   * What is written in the row, as bounce_editor_bind() binds it to a field.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * BounceTextRow:buffer:
   *
   * The text, as a buffer: for what watches it as it does a text view's (the offer to
   * add "yet"). A template may give its own, to name it.
   */
  properties[PROP_BUFFER] =
    g_param_spec_object ("buffer", NULL, NULL, GTK_TYPE_TEXT_BUFFER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bounce_text_row_init (BounceTextRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkEventController *keys;
  GtkGesture *click;

  gtk_widget_add_css_class (GTK_WIDGET (self), "text-row");
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);

  gtk_widget_add_css_class (box, "text-row-box");
  gtk_widget_set_hexpand (column, TRUE);
  gtk_box_append (GTK_BOX (box), column);

  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title_label, 0);
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_label_set_wrap_mode (self->title_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
  /* The text view is named by the title itself, not through a relation to it. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->title_label),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (column), GTK_WIDGET (self->title_label));

  self->view = g_object_new (sentence_view_get_type (), NULL);
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->view, FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->view), TRUE);
  gtk_box_append (GTK_BOX (column), GTK_WIDGET (self->view));
  gtk_label_set_mnemonic_widget (self->title_label, GTK_WIDGET (self->view));

  self->suffixes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (self->suffixes, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->suffixes, FALSE);
  gtk_box_append (GTK_BOX (box), self->suffixes);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  /* Before the view's own keys, which would break the line. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);

  click = gtk_gesture_click_new ();
  g_signal_connect_swapped (click, "released", G_CALLBACK (on_row_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  self->changed_id = g_signal_connect_swapped (gtk_text_view_get_buffer (self->view), "changed",
                                               G_CALLBACK (on_buffer_changed_cb), self);
  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_notify_cb), NULL);
  g_signal_connect (self, "notify::use-underline", G_CALLBACK (on_title_notify_cb), NULL);
  update_title (self);
}

GtkWidget *
bounce_text_row_new (void)
{
  return g_object_new (BOUNCE_TYPE_TEXT_ROW, NULL);
}

/**
 * bounce_text_row_dup_text:
 *
 * Returns: (transfer full): what is written in the row
 */
char *
bounce_text_row_dup_text (BounceTextRow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (BOUNCE_IS_TEXT_ROW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * bounce_text_row_set_text:
 * @text: (nullable): what to show in the row; %NULL for nothing
 */
void
bounce_text_row_set_text (BounceTextRow *self,
                          const char    *text)
{
  g_autofree char *current = NULL;

  g_return_if_fail (BOUNCE_IS_TEXT_ROW (self));

  /* The same words set again (an autosave read back) leave the cursor where it is. */
  current = bounce_text_row_dup_text (self);
  if (g_strcmp0 (current, text != NULL ? text : "") == 0)
    return;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->view), text != NULL ? text : "", -1);
}

/**
 * bounce_text_row_get_buffer:
 *
 * Returns: (transfer none): the buffer of the row's text
 */
GtkTextBuffer *
bounce_text_row_get_buffer (BounceTextRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_TEXT_ROW (self), NULL);

  return gtk_text_view_get_buffer (self->view);
}

/**
 * bounce_text_row_set_buffer:
 * @buffer: (nullable): the buffer to show; %NULL for a new, empty one
 */
void
bounce_text_row_set_buffer (BounceTextRow *self,
                            GtkTextBuffer *buffer)
{
  GtkTextBuffer *old;

  g_return_if_fail (BOUNCE_IS_TEXT_ROW (self));
  g_return_if_fail (buffer == NULL || GTK_IS_TEXT_BUFFER (buffer));

  old = gtk_text_view_get_buffer (self->view);
  if (old == buffer)
    return;

  g_clear_signal_handler (&self->changed_id, old);
  gtk_text_view_set_buffer (self->view, buffer);
  self->changed_id = g_signal_connect_swapped (gtk_text_view_get_buffer (self->view), "changed",
                                               G_CALLBACK (on_buffer_changed_cb), self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUFFER]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * bounce_text_row_get_view:
 *
 * Returns: (transfer none): the text view inside the row
 */
GtkTextView *
bounce_text_row_get_view (BounceTextRow *self)
{
  g_return_val_if_fail (BOUNCE_IS_TEXT_ROW (self), NULL);

  return self->view;
}

/**
 * bounce_text_row_add_suffix:
 * @widget: a widget to show after the text (a button)
 *
 * A template adds one as `<child type="suffix">`, as in an entry row.
 */
void
bounce_text_row_add_suffix (BounceTextRow *self,
                            GtkWidget     *widget)
{
  g_return_if_fail (BOUNCE_IS_TEXT_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_box_append (GTK_BOX (self->suffixes), widget);
  gtk_widget_set_visible (self->suffixes, TRUE);
}
