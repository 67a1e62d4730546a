/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-record-page.c: a page of the window: one kind of record, listed and edited. */
#define G_LOG_DOMAIN "bounce-record-page"

#include <glib/gi18n.h>

#include "bounce-editor.h"
#include "bounce-record-page.h"
#include "bounce-record-row.h"

/* Long enough not to write on every key, short enough that nothing typed is lost. */
#define AUTOSAVE_DELAY_MS 500

struct _BounceRecordPage
{
  GtkWidget           parent_instance;

  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  GtkBox             *empty_header_slot;
  GtkButton          *add_button;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkBox             *sidebar_header_slot;
  GtkListView        *list_view;
  GtkWidget          *content_box;
  GtkButton          *back_button;
  GtkButton          *delete_button;
  GtkBox             *editor_slot;

  GType               record_type;
  BounceJournal      *journal;
  GtkSingleSelection *selection;
  GtkSliceListModel  *slice;          /* the records the list shows: a screenful until drawn */
  GtkSortListModel   *sort;           /* their order: the journal's (newest first) or sorter's */
  GtkSorter          *sorter;
  BounceRowExtraFunc  extra_func;     /* a widget more in each row (an idea's score) */
  gpointer            extra_data;
  GDestroyNotify      extra_notify;
  BounceAutosave     *autosave;
  BounceEditor       *editor;
  GType               editor_type;    /* the editor made when the page is first shown */
  GtkWidget          *header;
  char               *blank_text;
  gboolean            sync_pending;   /* the focus row follows once the list is laid out */
  guint               focus_back_id;  /* the row takes the focus back from the editor */
};

enum {
  PROP_0,
  PROP_EDITOR,
  PROP_HEADER,
  PROP_ICON_NAME,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_BLANK_TEXT,
  PROP_ADD_LABEL,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVE_FAILED,
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceRecordPage, bounce_record_page, GTK_TYPE_WIDGET)

/* The header (the goal, on the Grieve page) sits above whichever view is shown. */
static void
place_header (BounceRecordPage *self,
              GtkBox           *slot)
{
  GtkWidget *parent;

  if (self->header == NULL)
    return;

  parent = gtk_widget_get_parent (self->header);
  if (parent == GTK_WIDGET (slot))
    return;

  g_object_ref (self->header);
  if (parent != NULL)
    gtk_box_remove (GTK_BOX (parent), self->header);
  gtk_box_prepend (slot, self->header);
  g_object_unref (self->header);
}

static void
update_view (BounceRecordPage *self)
{
  gboolean empty = self->selection == NULL ||
                   g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "records");
  place_header (self, empty ? self->empty_header_slot : self->sidebar_header_slot);

  if (empty)
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
show_content (BounceRecordPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
on_items_changed_cb (BounceRecordPage *self)
{
  update_view (self);
}

/* An entry left as it was made is no entry: it goes without a word. */
static void
drop_if_blank (BounceRecordPage *self,
               BounceRecord     *record)
{
  g_autoptr(GError) error = NULL;

  if (record != NULL && !bounce_journal_drop_if_blank (self->journal, record, NULL, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

static gboolean
focus_is_inside (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The list's own widget for the selected entry's row (the row's parent), once made. */
static GtkWidget *
selected_row (BounceRecordPage *self)
{
  BounceRecord *record = bounce_record_page_get_selected (self);

  if (record == NULL)
    return NULL;

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (BOUNCE_IS_RECORD_ROW (row) &&
          bounce_record_row_get_record (BOUNCE_RECORD_ROW (row)) == record)
        return item;
    }

  return NULL;
}

/* The focus back where it was, as it was: a text field's grab_focus selects all of it. */
static void
give_focus_back (GtkRoot   *root,
                 GtkWidget *focus)
{
  if (!gtk_widget_get_mapped (focus))
    gtk_root_set_focus (root, NULL);
  else if (GTK_IS_TEXT (focus))
    gtk_text_grab_focus_without_selecting (GTK_TEXT (focus));
  else
    gtk_widget_grab_focus (focus);
}

static void sync_focus_row (BounceRecordPage *self);

static void
on_after_paint_cb (GdkFrameClock    *frame_clock,
                   BounceRecordPage *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_after_paint_cb, self);
  self->sync_pending = FALSE;
  sync_focus_row (self);
}

static void
sync_focus_row_later (BounceRecordPage *self)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (frame_clock == NULL || self->sync_pending)
    return;

  self->sync_pending = TRUE;
  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (on_after_paint_cb), self, 0);
  gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
}

/* GTK 4.8's list view keeps a row of its own for the focus: Tab, Shift+Tab or a grab of the
 * list's focus come back to it. It moves only when a row takes the focus (gtklistbase.c:
 * "list.scroll-to-item" scrolls and makes the row, but leaves the focus row where it was,
 * and there is no API to set it). So it is made to follow the selection: the selected
 * entry's row takes the focus for a moment and gives it back, and coming back to the list
 * lands on the entry in the editor, not on one chosen long ago. */
static void
sync_focus_row (BounceRecordPage *self)
{
  g_autoptr(GtkWidget) focus = NULL;
  GtkWidget *row;
  GtkRoot *root;
  guint position;

  if (self->selection == NULL || gtk_list_view_get_model (self->list_view) == NULL ||
      (root = gtk_widget_get_root (GTK_WIDGET (self))) == NULL)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                              position);
  row = selected_row (self);
  /* Folded to the editor, the list is not on screen: going back puts the focus on the
   * row itself (focus_selected_row()). */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    return;
  /* A row just added is made when the list is next laid out. */
  if (row == NULL || !gtk_widget_get_mapped (row))
    {
      sync_focus_row_later (self);
      return;
    }
  if (focus_is_inside (row))
    return;

  /* On another row, the focus goes with the selection. */
  if (!focus_is_inside (GTK_WIDGET (self->list_view)))
    g_set_object (&focus, gtk_root_get_focus (root));
  if (gtk_widget_grab_focus (row) && focus != NULL)
    give_focus_back (root, focus);
}

/* The row of the entry on show gets the focus, so that the next key lands nowhere it
 * could undo anything; with no entry left, the button that starts one does. */
static void
focus_selected_row (BounceRecordPage *self)
{
  GtkWidget *row;

  if (bounce_record_page_get_selected (self) == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
      return;
    }

  sync_focus_row (self);
  row = selected_row (self);
  if (row == NULL || !gtk_widget_grab_focus (row))
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
on_selected_item_notify_cb (BounceRecordPage *self)
{
  BounceRecord *record = bounce_record_page_get_selected (self);
  g_autoptr(BounceRecord) previous = NULL;

  if (bounce_autosave_get_record (self->autosave) == record)
    return;

  g_set_object (&previous, bounce_autosave_get_record (self->autosave));
  bounce_autosave_watch (self->autosave, record);
  if (self->editor != NULL)
    bounce_editor_set_record (self->editor, record);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  sync_focus_row (self);

  drop_if_blank (self, previous);
}

static void
on_autosave_failed_cb (BounceRecordPage *self,
                       GError           *error)
{
  g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

static void
on_autosave_saved_cb (BounceRecordPage *self)
{
  g_signal_emit (self, signals[SAVED], 0);
}

static void
on_row_released_cb (GtkGestureClick  *gesture,
                    int               n_press,
                    double            x,
                    double            y,
                    BounceRecordPage *self)
{
  show_content (self);
}

/* No list row is lower than this, in pixels: a line of summary and a line of day. */
#define ROW_HEIGHT_MIN 48
/* The rows of a screen 1080 pixels high, until the page knows its screen. */
#define FIRST_SCREEN_ROWS_GUESS (1080 / ROW_HEIGHT_MIN + 1)

static void
on_list_activate_cb (BounceRecordPage *self,
                     guint             position)
{
  gtk_single_selection_set_selected (self->selection, position);
  show_content (self);
}

static void
on_back_clicked_cb (BounceRecordPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static gboolean
shows_list_folded (BounceRecordPage *self)
{
  return adw_leaflet_get_folded (self->leaflet) &&
         adw_leaflet_get_visible_child (self->leaflet) == self->sidebar &&
         gtk_widget_get_mapped (GTK_WIDGET (self));
}

static gboolean
focus_row_after_back_cb (gpointer user_data)
{
  BounceRecordPage *self = user_data;

  self->focus_back_id = 0;
  if (shows_list_folded (self))
    focus_selected_row (self);

  return G_SOURCE_REMOVE;
}

/* Back to the list, however it was asked for (the back button, Escape, Alt+Left, a
 * swipe): the focus, which the editor took with it, lands on the entry's row. The leaflet
 * hands it on to the list side's first control (the goal's title) around telling of the
 * change: the row takes it once the leaflet is done. */
static void
on_leaflet_child_cb (BounceRecordPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (!shows_list_folded (self) || self->focus_back_id != 0)
    return;

  if (focus == NULL || focus_is_inside (self->content_box) || focus_is_inside (self->sidebar))
    self->focus_back_id = g_idle_add (focus_row_after_back_cb, self);
}

/* Escape goes back from an entry to the list where only one of them shows. Wide, the list
 * is there already: the key goes on to whatever else wants it, and nothing changes. */
static gboolean
on_content_key_pressed_cb (BounceRecordPage      *self,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;

  if (!adw_leaflet_get_folded (self->leaflet) ||
      adw_leaflet_get_visible_child (self->leaflet) != self->content_box)
    return FALSE;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  return TRUE;
}

/* Tab leaves the list as one stop, for the editor beside it, instead of walking every row
 * (GTK 4.8 moves the focus to the next row): arrows walk the rows. Folded, or backwards,
 * the focus goes where it would after (or before) the list. */
static gboolean
leave_list (BounceRecordPage *self,
            GtkDirectionType  direction)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  GtkRoot *root = gtk_widget_get_root (list);
  gboolean moved;

  if (direction == GTK_DIR_TAB_FORWARD && self->editor != NULL &&
      gtk_widget_get_mapped (GTK_WIDGET (self->editor)) &&
      gtk_widget_child_focus (GTK_WIDGET (self->editor), direction))
    return TRUE;

  if (root == NULL)
    return FALSE;

  /* A widget that cannot take the focus is passed over, rows and all. */
  gtk_widget_set_can_focus (list, FALSE);
  moved = gtk_widget_child_focus (GTK_WIDGET (root), direction);
  gtk_widget_set_can_focus (list, TRUE);

  return moved;
}

/* Delete removes the entry whose row has the focus (its entry is the one selected), as the
 * bin button does, with the same Undo. In a text field, Delete stays the field's. */
static gboolean
on_list_key_pressed_cb (BounceRecordPage      *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  switch (keyval)
    {
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      if (mods != 0)
        return FALSE;
      return gtk_widget_activate_action (GTK_WIDGET (self), "win.delete-record", NULL);

    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if ((mods & ~GDK_SHIFT_MASK) != 0)
        return FALSE;
      return leave_list (self, (mods & GDK_SHIFT_MASK) != 0 || keyval == GDK_KEY_ISO_Left_Tab
                                 ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);

    default:
      return FALSE;
    }
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BounceRecordPage         *self)
{
  GtkWidget *row = bounce_record_row_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  /* A click on the row the list already selected must still open it when folded. */
  g_signal_connect_object (click, "released", G_CALLBACK (on_row_released_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  bounce_record_row_set_blank_text (BOUNCE_RECORD_ROW (row), self->blank_text);
  if (self->extra_func != NULL)
    bounce_record_row_set_extra (BOUNCE_RECORD_ROW (row), self->extra_func (self->extra_data));
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             BounceRecordPage         *self)
{
  bounce_record_row_set_record (BOUNCE_RECORD_ROW (gtk_list_item_get_child (item)),
                                gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               BounceRecordPage         *self)
{
  bounce_record_row_set_record (BOUNCE_RECORD_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
set_editor (BounceRecordPage *self,
            BounceEditor     *editor)
{
  if (self->editor == editor)
    return;

  if (self->editor != NULL)
    gtk_box_remove (self->editor_slot, GTK_WIDGET (self->editor));

  self->editor = editor;

  if (editor != NULL)
    {
      gtk_widget_set_vexpand (GTK_WIDGET (editor), TRUE);
      gtk_box_append (self->editor_slot, GTK_WIDGET (editor));
      bounce_editor_set_journal (editor, self->journal);
      bounce_editor_set_record (editor, bounce_record_page_get_selected (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITOR]);
}

/* A page's editor is made when the page is first shown (or asked for), and its list gets
 * its model then: a window of many sections draws its first frame without the editors of
 * those it does not show, nor their rows (GTK 4.8's list view makes up to 200 rows for a
 * model it is given before it knows its height). */
static BounceEditor *
ensure_editor (BounceRecordPage *self)
{
  if (self->editor == NULL && self->editor_type != G_TYPE_INVALID)
    set_editor (self, g_object_new (self->editor_type, NULL));

  return self->editor;
}

/* Every record, in the list: after its first frame, or as soon as one past the first screen
 * is asked for. */
static void
show_all_rows (BounceRecordPage *self)
{
  if (self->slice != NULL && gtk_slice_list_model_get_size (self->slice) != G_MAXUINT)
    gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
}

static gboolean
show_all_rows_cb (gpointer user_data)
{
  show_all_rows (user_data);
  return G_SOURCE_REMOVE;
}

/* The first frame is being made: the rest comes once it is painted and the loop is free. */
static gboolean
on_first_tick_cb (GtkWidget     *widget,
                  GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  g_idle_add_full (G_PRIORITY_LOW, show_all_rows_cb, g_object_ref (widget), g_object_unref);
  return G_SOURCE_REMOVE;
}

/* As many rows as the window can show: its default height, or its screen's when it
 * opens maximized or full screen (GTK tells the state asked for before the window is
 * mapped). Rows a taller window needs later come with the rest, once it is on screen. */
static guint
count_first_screen_rows (BounceRecordPage *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  GdkMonitor *monitor = NULL;
  GdkRectangle screen = { 0, 0, 0, 0 };
  int width = 0;
  int height = 0;

  if (GTK_IS_WINDOW (native) &&
      !gtk_window_is_maximized (GTK_WINDOW (native)) &&
      !gtk_window_is_fullscreen (GTK_WINDOW (native)))
    gtk_window_get_default_size (GTK_WINDOW (native), &width, &height);

  if (surface != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)),
                                                  surface);
  if (monitor != NULL)
    {
      gdk_monitor_get_geometry (monitor, &screen);
      height = height > 0 ? MIN (height, screen.height) : screen.height;
    }
  if (height <= 0)
    return FIRST_SCREEN_ROWS_GUESS;

  return (guint) height / ROW_HEIGHT_MIN + 1;
}

/* Until the list has a height, GTK 4.8 makes a row for each of its first 200 items: it is
 * given a screenful of them, and the rest once it is on screen. */
static void
give_list_first_screen (BounceRecordPage *self)
{
  /* Unless a record was chosen already (bounce_record_page_select() shows every row). */
  if (gtk_slice_list_model_get_size (self->slice) != G_MAXUINT)
    gtk_slice_list_model_set_size (self->slice, count_first_screen_rows (self));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  sync_focus_row (self);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), on_first_tick_cb, NULL, NULL);
}

static void
bounce_record_page_map (GtkWidget *widget)
{
  BounceRecordPage *self = BOUNCE_RECORD_PAGE (widget);

  ensure_editor (self);
  if (self->selection != NULL && gtk_list_view_get_model (self->list_view) == NULL)
    give_list_first_screen (self);

  GTK_WIDGET_CLASS (bounce_record_page_parent_class)->map (widget);
}

static void
set_header (BounceRecordPage *self,
            GtkWidget        *header)
{
  if (self->header == header)
    return;

  if (self->header != NULL)
    gtk_box_remove (GTK_BOX (gtk_widget_get_parent (self->header)), self->header);

  self->header = header;
  update_view (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADER]);
}

static void
bounce_record_page_dispose (GObject *object)
{
  BounceRecordPage *self = BOUNCE_RECORD_PAGE (object);

  g_clear_handle_id (&self->focus_back_id, g_source_remove);
  if (self->autosave != NULL)
    bounce_autosave_watch (self->autosave, NULL);
  g_clear_object (&self->autosave);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort);
  g_clear_object (&self->sorter);
  g_clear_object (&self->slice);
  g_clear_object (&self->journal);
  if (self->extra_notify != NULL)
    g_clear_pointer (&self->extra_data, self->extra_notify);
  self->extra_func = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_RECORD_PAGE);
  self->editor = NULL;
  self->header = NULL;

  G_OBJECT_CLASS (bounce_record_page_parent_class)->dispose (object);
}

static void
bounce_record_page_finalize (GObject *object)
{
  BounceRecordPage *self = BOUNCE_RECORD_PAGE (object);

  g_clear_pointer (&self->blank_text, g_free);

  G_OBJECT_CLASS (bounce_record_page_parent_class)->finalize (object);
}

static void
bounce_record_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BounceRecordPage *self = BOUNCE_RECORD_PAGE (object);

  switch (prop_id)
    {
    case PROP_EDITOR:
      g_value_set_object (value, ensure_editor (self));
      break;

    case PROP_HEADER:
      g_value_set_object (value, self->header);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, adw_status_page_get_icon_name (self->empty_page));
      break;

    case PROP_TITLE:
      g_value_set_string (value, adw_status_page_get_title (self->empty_page));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, adw_status_page_get_description (self->empty_page));
      break;

    case PROP_BLANK_TEXT:
      g_value_set_string (value, self->blank_text);
      break;

    case PROP_ADD_LABEL:
      g_value_set_string (value, gtk_button_get_label (self->add_button));
      break;

    case PROP_SELECTED:
      g_value_set_object (value, bounce_record_page_get_selected (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_record_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BounceRecordPage *self = BOUNCE_RECORD_PAGE (object);

  switch (prop_id)
    {
    case PROP_EDITOR:
      set_editor (self, g_value_get_object (value));
      break;

    case PROP_HEADER:
      set_header (self, g_value_get_object (value));
      break;

    case PROP_ICON_NAME:
      adw_status_page_set_icon_name (self->empty_page, g_value_get_string (value));
      break;

    case PROP_TITLE:
      adw_status_page_set_title (self->empty_page, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      adw_status_page_set_description (self->empty_page, g_value_get_string (value));
      break;

    case PROP_BLANK_TEXT:
      g_free (self->blank_text);
      self->blank_text = g_value_dup_string (value);
      break;

    case PROP_ADD_LABEL:
      gtk_button_set_label (self->add_button, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_record_page_class_init (BounceRecordPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_record_page_dispose;
  object_class->finalize = bounce_record_page_finalize;
  object_class->get_property = bounce_record_page_get_property;
  object_class->set_property = bounce_record_page_set_property;
  widget_class->map = bounce_record_page_map;

  properties[PROP_EDITOR] =
    g_param_spec_object ("editor", NULL, NULL,
                         BOUNCE_TYPE_EDITOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HEADER] =
    g_param_spec_object ("header", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties[PROP_BLANK_TEXT] =
    g_param_spec_string ("blank-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties[PROP_ADD_LABEL] =
    g_param_spec_string ("add-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL,
                         BOUNCE_TYPE_RECORD,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BounceRecordPage::save-failed:
   * @error: what went wrong
   *
   * What was typed could not be stored; it stays in the editor, and saving
   * it is tried again by itself.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  /**
   * BounceRecordPage::saved:
   *
   * After failures, everything typed reached the disk.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-record-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, stack);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, empty_header_slot);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, sidebar_header_slot);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BounceRecordPage, editor_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_content_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_key_pressed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* Rows made anew, as the page now says they are (with or without an extra widget). */
static void
set_row_factory (BounceRecordPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
}

static void
bounce_record_page_init (BounceRecordPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));
  set_row_factory (self);

  self->record_type = BOUNCE_TYPE_RECORD;
  update_view (self);
}

/**
 * bounce_record_page_set_journal:
 *
 * Shows the journal's records of the page's type; call once the type is set.
 */
void
bounce_record_page_set_journal (BounceRecordPage *self,
                                BounceJournal    *journal)
{
  GListModel *records;

  g_return_if_fail (BOUNCE_IS_RECORD_PAGE (self));
  g_return_if_fail (BOUNCE_IS_JOURNAL (journal));
  g_return_if_fail (self->journal == NULL);
  g_return_if_fail (self->record_type != BOUNCE_TYPE_RECORD);

  self->journal = g_object_ref (journal);
  if (self->editor != NULL)
    bounce_editor_set_journal (self->editor, journal);
  self->autosave = bounce_autosave_new (journal, AUTOSAVE_DELAY_MS);
  g_signal_connect_object (self->autosave, "failed",
                           G_CALLBACK (on_autosave_failed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->autosave, "saved",
                           G_CALLBACK (on_autosave_saved_cb), self, G_CONNECT_SWAPPED);

  records = bounce_journal_get_records (journal, self->record_type);
  self->slice = gtk_slice_list_model_new (g_object_ref (records), 0, FIRST_SCREEN_ROWS_GUESS);
  /* Without a sorter, the journal's order, as it is. */
  self->sort = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->slice)),
                                        self->sorter != NULL ? g_object_ref (self->sorter) : NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort)));
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_item_notify_cb), self, G_CONNECT_SWAPPED);
  /* The list gets its rows when the page is first shown (bounce_record_page_map()). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    give_list_first_screen (self);

  on_selected_item_notify_cb (self);
  update_view (self);
}

/**
 * bounce_record_page_new_for_kind:
 * @kind: one of bounce_kinds_get(), with an editor (bounce_editor_type_for_kind())
 *
 * A page of @kind, edited by the kind's editor and told as its section says.
 *
 * Returns: (transfer floating): the new page
 */
GtkWidget *
bounce_record_page_new_for_kind (GType kind)
{
  GType editor_type = bounce_editor_type_for_kind (kind);
  g_autoptr(GTypeClass) klass = NULL;
  BounceRecordPage *self;
  const BounceEditorSection *section;

  g_return_val_if_fail (editor_type != G_TYPE_INVALID, NULL);

  klass = g_type_class_ref (editor_type);
  section = BOUNCE_EDITOR_CLASS (klass)->section;

  self = g_object_new (BOUNCE_TYPE_RECORD_PAGE,
                       "icon-name", section->icon_name,
                       "title", _(section->empty_title),
                       "description", _(section->empty_description),
                       "add-label", _(section->add_label),
                       "blank-text", _(section->blank_text),
                       NULL);
  self->record_type = kind;
  self->editor_type = editor_type;

  return GTK_WIDGET (self);
}

GType
bounce_record_page_get_record_type (BounceRecordPage *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_PAGE (self), G_TYPE_INVALID);

  return self->record_type;
}

void
bounce_record_page_set_record_type (BounceRecordPage *self,
                                    GType             record_type)
{
  g_return_if_fail (BOUNCE_IS_RECORD_PAGE (self));
  g_return_if_fail (g_type_is_a (record_type, BOUNCE_TYPE_RECORD));
  g_return_if_fail (self->journal == NULL);

  self->record_type = record_type;
}

/**
 * bounce_record_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the record in the editor
 */
BounceRecord *
bounce_record_page_get_selected (BounceRecordPage *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_PAGE (self), NULL);

  if (self->selection == NULL)
    return NULL;

  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
bounce_record_page_select (BounceRecordPage *self,
                           BounceRecord     *record)
{
  guint position;

  g_return_val_if_fail (BOUNCE_IS_RECORD_PAGE (self), FALSE);

  if (self->selection == NULL)
    return FALSE;

  if (self->journal == NULL || !bounce_journal_find (self->journal, record, &position))
    return FALSE;

  show_all_rows (self);
  /* Sorted, the list has its own order; a sorted list is a short one (ideas). */
  if (self->sorter != NULL)
    {
      guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

      for (position = 0; position < n_items; position++)
        {
          g_autoptr(BounceRecord) item = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                                position);

          if (item == record)
            break;
        }
      if (position == n_items)
        return FALSE;
    }

  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

/**
 * bounce_record_page_set_sorter:
 * @sorter: (nullable): the order of the list, or %NULL for the journal's, newest first
 *
 * Sorts the list: meant for a short list, as every record is then read.
 */
void
bounce_record_page_set_sorter (BounceRecordPage *self,
                               GtkSorter        *sorter)
{
  g_return_if_fail (BOUNCE_IS_RECORD_PAGE (self));
  g_return_if_fail (sorter == NULL || GTK_IS_SORTER (sorter));

  if (!g_set_object (&self->sorter, sorter))
    return;

  if (sorter != NULL)
    show_all_rows (self);
  if (self->sort != NULL)
    gtk_sort_list_model_set_sorter (self->sort, sorter);
}

GtkSorter *
bounce_record_page_get_sorter (BounceRecordPage *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_PAGE (self), NULL);

  return self->sorter;
}

/**
 * bounce_record_page_set_row_extra:
 * @func: (nullable): makes the widget each row shows under its day, which has a
 *   "record" property that the row sets to its record
 *
 * Gives each row of the list a widget more, e.g. an idea's score.
 */
void
bounce_record_page_set_row_extra (BounceRecordPage   *self,
                                  BounceRowExtraFunc  func,
                                  gpointer            user_data,
                                  GDestroyNotify      notify)
{
  g_return_if_fail (BOUNCE_IS_RECORD_PAGE (self));

  if (self->extra_notify != NULL)
    g_clear_pointer (&self->extra_data, self->extra_notify);
  self->extra_func = func;
  self->extra_data = user_data;
  self->extra_notify = notify;
  set_row_factory (self);
}

/**
 * bounce_record_page_open:
 *
 * Selects @record and shows it in the editor, even where the page is folded to
 * its list, with the keyboard focus where writing starts.
 *
 * Returns: %FALSE when the page does not hold @record
 */
gboolean
bounce_record_page_open (BounceRecordPage *self,
                         BounceRecord     *record)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_PAGE (self), FALSE);

  if (!bounce_record_page_select (self, record))
    return FALSE;

  show_content (self);
  if (ensure_editor (self) != NULL)
    bounce_editor_focus_first (self->editor);
  return TRUE;
}

/* Stores what is pending before the page moves on; words that cannot be stored now stay
 * pending, are tried again by themselves, and hold nothing else up. */
static void
try_flush (BounceRecordPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!bounce_record_page_flush (self, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

/**
 * bounce_record_page_add_record:
 *
 * Starts a new record, opens it in the editor and puts the focus there.
 *
 * Returns: (transfer none): the new record, or %NULL with @error set
 */
BounceRecord *
bounce_record_page_add_record (BounceRecordPage  *self,
                               GError           **error)
{
  g_autoptr(BounceRecord) record = NULL;

  g_return_val_if_fail (BOUNCE_IS_RECORD_PAGE (self), NULL);
  g_return_val_if_fail (self->journal != NULL, NULL);

  try_flush (self);

  if (!(record = bounce_journal_add (self->journal, self->record_type, error)))
    return NULL;

  bounce_record_page_select (self, record);
  show_content (self);
  if (ensure_editor (self) != NULL)
    bounce_editor_focus_first (self->editor);

  return record;
}

/**
 * bounce_record_page_remove_selected:
 *
 * Deletes the record in the editor, then shows the entry that takes its place in
 * the list (the one before it, if it was the last) and gives its row the focus.
 *
 * Returns: (transfer full) (nullable): the deleted record, to offer undo, or
 *   %NULL when nothing was selected or with @error set
 */
BounceRecord *
bounce_record_page_remove_selected (BounceRecordPage  *self,
                                    GError           **error)
{
  g_autoptr(BounceRecord) record = NULL;
  guint position, n_items;

  g_return_val_if_fail (BOUNCE_IS_RECORD_PAGE (self), NULL);

  if ((record = bounce_record_page_get_selected (self)) == NULL)
    return NULL;

  g_object_ref (record);
  position = gtk_single_selection_get_selected (self->selection);

  /* Undo brings back the words as the record holds them, stored or not. */
  try_flush (self);
  if (!bounce_journal_remove (self->journal, record, error))
    return NULL;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  if (n_items > 0)
    gtk_single_selection_set_selected (self->selection, MIN (position, n_items - 1));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  focus_selected_row (self);

  return g_steal_pointer (&record);
}

gboolean
bounce_record_page_restore (BounceRecordPage  *self,
                            BounceRecord      *record,
                            GError           **error)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_PAGE (self), FALSE);
  g_return_val_if_fail (self->journal != NULL, FALSE);

  if (!bounce_journal_restore (self->journal, record, error))
    return FALSE;

  /* Back where it was, in the list, as its removal left the focus. */
  bounce_record_page_select (self, record);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  focus_selected_row (self);
  return TRUE;
}

/**
 * bounce_record_page_drop_blank:
 *
 * Deletes the entry on show if nothing was written in it, as when the window
 * closes on an entry just started.
 */
void
bounce_record_page_drop_blank (BounceRecordPage *self)
{
  g_return_if_fail (BOUNCE_IS_RECORD_PAGE (self));

  if (self->journal != NULL)
    drop_if_blank (self, bounce_record_page_get_selected (self));
}

/**
 * bounce_record_page_flush:
 *
 * Stores at once what waits for the typing to pause.
 */
gboolean
bounce_record_page_flush (BounceRecordPage  *self,
                          GError           **error)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_PAGE (self), FALSE);

  if (self->autosave == NULL)
    return TRUE;

  return bounce_autosave_flush (self->autosave, error);
}

/**
 * bounce_record_page_dup_unsaved:
 *
 * Returns: (transfer container) (element-type BounceRecord): the records of the
 *   page whose words have not reached the disk
 */
GPtrArray *
bounce_record_page_dup_unsaved (BounceRecordPage *self)
{
  g_return_val_if_fail (BOUNCE_IS_RECORD_PAGE (self), NULL);

  if (self->autosave == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);

  return bounce_autosave_dup_unsaved (self->autosave);
}
