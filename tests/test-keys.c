/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-keys.c: the window from the keyboard, with real key presses: Delete, Ctrl+Z, Escape,
 * Tab, the list's focus row, and the Undo toast where a narrow window shows it. */
#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>

#include "bounce-core.h"
#include "bounce-editor.h"
#include "bounce-editors.h"
#include "bounce-grief-editor.h"
#include "bounce-record-page.h"
#include "bounce-record-row.h"
#include "bounce-window-private.h"
#include "test-util.h"
#include "test-window-util.h"

/* Key presses go through the X server (XTest), as a keyboard's do: GTK hands each to the
 * focused widget first and to the window's shortcuts last, which is what is tested here. */
typedef struct
{
  guint    keyval;
  guint    keycode;
  gboolean released;
} KeyWait;

static void
on_key_released_cb (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    KeyWait               *wait)
{
  /* By its key: with Shift, Tab is told as ISO_Left_Tab. */
  if (keycode == wait->keycode)
    wait->released = TRUE;
}

static gboolean
key_released (gpointer user_data)
{
  KeyWait *wait = user_data;

  return wait->released;
}

static Display *
x_display (Fixture *fixture)
{
  return gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (fixture->window)));
}

/* The X focus on the window, where a window manager would put it on a click. */
static void
focus_x_window (Fixture *fixture)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));

  XSetInputFocus (x_display (fixture), gdk_x11_surface_get_xid (surface), RevertToParent,
                  CurrentTime);
}

static void
fake_key (Display *display,
          guint    keysym,
          gboolean press)
{
  KeyCode code = XKeysymToKeycode (display, keysym);

  g_assert_cmpuint (code, !=, 0);
  XTestFakeKeyEvent (display, code, press, CurrentTime);
}

/* Presses and releases @accelerator ("Delete", "<Control>z", "<Shift>Tab"), then waits
 * until the window has had the whole of it. */
static void
press (Fixture    *fixture,
       const char *accelerator)
{
  Display *display = x_display (fixture);
  GtkEventController *controller = gtk_event_controller_key_new ();
  KeyWait wait = { 0, 0, FALSE };
  GdkModifierType mods;

  g_assert_true (gtk_accelerator_parse (accelerator, &wait.keyval, &mods));
  wait.keycode = XKeysymToKeycode (display, wait.keyval);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-released", G_CALLBACK (on_key_released_cb), &wait);
  gtk_widget_add_controller (GTK_WIDGET (fixture->window), controller);

  focus_x_window (fixture);
  if (mods & GDK_CONTROL_MASK)
    fake_key (display, GDK_KEY_Control_L, TRUE);
  if (mods & GDK_SHIFT_MASK)
    fake_key (display, GDK_KEY_Shift_L, TRUE);
  fake_key (display, wait.keyval, TRUE);
  fake_key (display, wait.keyval, FALSE);
  if (mods & GDK_SHIFT_MASK)
    fake_key (display, GDK_KEY_Shift_L, FALSE);
  if (mods & GDK_CONTROL_MASK)
    fake_key (display, GDK_KEY_Control_L, FALSE);
  XSync (display, False);

  g_assert_true (test_iterate_until (key_released, &wait, 5000));
  gtk_widget_remove_controller (GTK_WIDGET (fixture->window), controller);
}

static gboolean
no_condition (gpointer user_data)
{
  return FALSE;
}

/* A moment for what GTK does after an event (focus moves, transitions). */
static void
settle (void)
{
  test_iterate_until (no_condition, NULL, 200);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
}

static GtkWidget *
focus_of (Fixture *fixture)
{
  return gtk_window_get_focus (GTK_WINDOW (fixture->window));
}

static gboolean
is_inside (GtkWidget *widget,
           gpointer   container)
{
  return widget != NULL && (widget == container || gtk_widget_is_ancestor (widget, container));
}

static GtkWidget *
list_of (BounceRecordPage *grieve)
{
  return child (grieve, BOUNCE_TYPE_RECORD_PAGE, "list_view");
}

static GtkTextView *
body_of (BounceRecordPage *grieve)
{
  return child (editor_of (grieve), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
}

/* The record of the list row that holds the focus, or %NULL when the focus is not on a row. */
static BounceRecord *
focused_row_record (Fixture          *fixture,
                    BounceRecordPage *grieve)
{
  GtkWidget *focus = focus_of (fixture);
  GtkWidget *list = list_of (grieve);

  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (BOUNCE_IS_RECORD_ROW (row) && is_inside (focus, item))
        return bounce_record_row_get_record (BOUNCE_RECORD_ROW (row));
    }

  return NULL;
}

typedef struct
{
  Fixture          *fixture;
  BounceRecordPage *page;
  BounceRecord     *record;
} RowWait;

static gboolean
focus_on_row (gpointer user_data)
{
  RowWait *wait = user_data;

  return focused_row_record (wait->fixture, wait->page) == wait->record;
}

static void
assert_focus_on_row (Fixture          *fixture,
                     BounceRecordPage *grieve,
                     BounceRecord     *record)
{
  RowWait wait = { fixture, grieve, record };

  g_assert_true (test_iterate_until (focus_on_row, &wait, 5000));
}

/* Focus and the list's focus row agree: on a row, the focus is on the selected entry's; from
 * elsewhere, coming back into the list (Shift+Tab from the editor, Tab from above) lands on
 * it. The focus is left where it was. */
static void
assert_focus_row_agrees (Fixture          *fixture,
                         BounceRecordPage *grieve)
{
  BounceRecord *selected = bounce_record_page_get_selected (grieve);
  GtkWidget *list = list_of (grieve);
  g_autoptr(GtkWidget) focus = NULL;

  g_assert_nonnull (selected);
  settle ();
  focus = focus_of (fixture) != NULL ? g_object_ref (focus_of (fixture)) : NULL;
  if (is_inside (focus, list))
    {
      g_assert_true (focused_row_record (fixture, grieve) == selected);
      return;
    }

  /* What GTK does when the focus enters the list from outside. */
  g_assert_true (gtk_widget_child_focus (list, GTK_DIR_TAB_BACKWARD));
  g_assert_true (focused_row_record (fixture, grieve) == selected);
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

/* Three pages in the grief journal, newest first in the list. */
static void
write_pages (Fixture       *fixture,
             BounceRecord **records)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  const char *texts[] = { "the oldest page", "the middle page", "the newest page" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      activate (fixture, "win.new-record");
      records[i] = g_object_ref (bounce_record_page_get_selected (grieve));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_of (grieve)), texts[i], -1);
    }
  g_assert_true (bounce_window_flush (fixture->window, NULL));
  settle ();
}

static void
clear_records (BounceRecord **records,
               guint          n_records)
{
  for (guint i = 0; i < n_records; i++)
    g_clear_object (&records[i]);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_iter_get_text (&start, &end);
}

static void
set_size (Fixture *fixture,
          int      width,
          int      height)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  settle ();
}

static gboolean
leaflet_folded (gpointer user_data)
{
  return adw_leaflet_get_folded (user_data);
}

/* Delete on a row removes its entry, with the Undo toast; in a text field it deletes a
 * character and nothing else. */
static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  GtkTextView *body = body_of (grieve);
  BounceRecord *records[3];
  g_autofree char *text = NULL;
  AdwToast *toast;
  GtkTextIter start;

  set_size (fixture, 1000, 700);
  write_pages (fixture, records);

  /* In the text: one character goes, the page stays. */
  g_assert_true (bounce_record_page_select (grieve, records[1]));
  gtk_widget_grab_focus (GTK_WIDGET (body));
  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (body), &start);
  gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (body), &start);
  press (fixture, "Delete");
  text = buffer_text (body);
  g_assert_cmpstr (text, ==, "he middle page");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 3);
  g_assert_null (bounce_window_get_last_toast (fixture->window));

  /* On its row: the page goes, as the bin button does it. */
  gtk_widget_grab_focus (list_of (grieve));
  assert_focus_on_row (fixture, grieve, records[1]);
  press (fixture, "Delete");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 2);
  g_assert_true (bounce_record_page_get_selected (grieve) == records[0]);
  toast = bounce_window_get_last_toast (fixture->window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Page removed");
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.undo-remove");
  /* The focus stays on the list, on the entry that took its place. */
  assert_focus_on_row (fixture, grieve, records[0]);

  clear_records (records, G_N_ELEMENTS (records));
}

static gboolean
toast_on_show (Fixture *fixture)
{
  GtkWidget *overlay = child (fixture->window, BOUNCE_TYPE_WINDOW, "toast_overlay");

  for (GtkWidget *c = gtk_widget_get_first_child (overlay); c; c = gtk_widget_get_next_sibling (c))
    if (g_strcmp0 (gtk_widget_get_css_name (c), "toast") == 0)
      return TRUE;

  return FALSE;
}

static gboolean
toast_gone (gpointer user_data)
{
  return !toast_on_show (user_data);
}

/* Ctrl+Z brings back what was removed while the toast offers it, and nothing when it does
 * not; a text field with edits of its own undoes those first. */
static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  GtkTextView *body = body_of (grieve);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (body);
  BounceRecord *records[3];
  g_autofree char *text = NULL;
  GtkTextIter end;

  set_size (fixture, 1000, 700);
  write_pages (fixture, records);

  /* From the list: back, selected, its row focused, the toast gone with the offer. */
  g_assert_true (bounce_record_page_select (grieve, records[2]));
  gtk_widget_grab_focus (list_of (grieve));
  press (fixture, "Delete");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 2);
  g_assert_true (toast_on_show (fixture));
  press (fixture, "<Control>z");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 3);
  g_assert_true (bounce_record_page_get_selected (grieve) == records[2]);
  assert_focus_on_row (fixture, grieve, records[2]);
  g_assert_true (test_iterate_until (toast_gone, fixture, 5000));
  /* Once it is back, Ctrl+Z has nothing more to bring back. */
  press (fixture, "<Control>z");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 3);

  /* The toast gone (its time up, or closed): Ctrl+Z leaves the journal as it is. */
  press (fixture, "Delete");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 2);
  adw_toast_dismiss (bounce_window_get_last_toast (fixture->window));
  g_assert_true (test_iterate_until (toast_gone, fixture, 5000));
  press (fixture, "<Control>z");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 2);

  /* Two pages left, records[0] and records[1]. Removing the newest, the oldest takes its
   * place. In that page's editor, with nothing typed there since, Ctrl+Z brings back the
   * page removed: the field has nothing of its own to undo, and the toast offers it. */
  g_assert_true (bounce_record_page_select (grieve, records[1]));
  gtk_widget_grab_focus (list_of (grieve));
  press (fixture, "Delete");
  g_assert_true (bounce_record_page_get_selected (grieve) == records[0]);
  gtk_widget_grab_focus (GTK_WIDGET (body));
  press (fixture, "<Control>z");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 2);
  g_assert_true (bounce_record_page_get_selected (grieve) == records[1]);

  /* Words typed there after the removal are newer than it: Ctrl+Z takes them back first,
   * and only then the page. */
  gtk_widget_grab_focus (list_of (grieve));
  press (fixture, "Delete");
  g_assert_true (bounce_record_page_get_selected (grieve) == records[0]);
  gtk_widget_grab_focus (GTK_WIDGET (body));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  press (fixture, "x");
  text = buffer_text (body);
  g_assert_cmpstr (text, ==, "the oldest pagex");
  g_clear_pointer (&text, g_free);
  press (fixture, "<Control>z");
  text = buffer_text (body);
  g_assert_cmpstr (text, ==, "the oldest page");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 1);
  g_assert_true (bounce_record_page_get_selected (grieve) == records[0]);
  press (fixture, "<Control>z");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 2);
  g_assert_true (bounce_record_page_get_selected (grieve) == records[1]);

  clear_records (records, G_N_ELEMENTS (records));
}

/* Narrow, Escape goes back from an entry to the list, to its row, every word kept. */
static void
test_escape_narrow (Fixture       *fixture,
                    gconstpointer  data)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  AdwLeaflet *leaflet = child (grieve, BOUNCE_TYPE_RECORD_PAGE, "leaflet");
  GtkWidget *sidebar = child (grieve, BOUNCE_TYPE_RECORD_PAGE, "sidebar");
  GtkWidget *content = child (grieve, BOUNCE_TYPE_RECORD_PAGE, "content_box");
  const char *written = "written just before Escape";
  BounceRecord *records[3];

  set_size (fixture, 360, 700);
  write_pages (fixture, records);
  g_assert_true (test_iterate_until (leaflet_folded, leaflet, 5000));

  /* The middle page, opened from its row, written in. */
  g_assert_true (bounce_record_page_open (grieve, records[1]));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);
  g_assert_true (is_inside (focus_of (fixture), content));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_of (grieve)), written, -1);

  press (fixture, "Escape");
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);
  assert_focus_on_row (fixture, grieve, records[1]);
  g_assert_true (bounce_record_page_get_selected (grieve) == records[1]);
  {
    g_autoptr(GPtrArray) on_disk = NULL;
    g_autofree char *body = NULL;

    g_assert_true (bounce_window_flush (fixture->window, NULL));
    on_disk = load_from_disk (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
    for (guint i = 0; i < on_disk->len; i++)
      if (g_strcmp0 (bounce_record_get_uuid (on_disk->pdata[i]),
                     bounce_record_get_uuid (records[1])) == 0)
        g_object_get (on_disk->pdata[i], "body", &body, NULL);
    g_assert_cmpstr (body, ==, written);
  }

  /* On the list, Escape changes nothing. */
  press (fixture, "Escape");
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);
  assert_focus_on_row (fixture, grieve, records[1]);

  /* The back button goes back to the row too. */
  g_assert_true (bounce_record_page_open (grieve, records[0]));
  g_signal_emit_by_name (child (grieve, BOUNCE_TYPE_RECORD_PAGE, "back_button"), "clicked");
  assert_focus_on_row (fixture, grieve, records[0]);

  clear_records (records, G_N_ELEMENTS (records));
}

/* Wide, list and entry are both there: Escape leaves the focus and the words as they are. */
static void
test_escape_wide (Fixture       *fixture,
                  gconstpointer  data)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  AdwLeaflet *leaflet = child (grieve, BOUNCE_TYPE_RECORD_PAGE, "leaflet");
  GtkTextView *body = body_of (grieve);
  BounceRecord *records[3];
  g_autofree char *text = NULL;

  set_size (fixture, 1000, 700);
  write_pages (fixture, records);
  g_assert_false (adw_leaflet_get_folded (leaflet));

  g_assert_true (bounce_record_page_open (grieve, records[1]));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (body)));
  press (fixture, "Escape");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (body)));
  g_assert_true (bounce_record_page_get_selected (grieve) == records[1]);
  text = buffer_text (body);
  g_assert_cmpstr (text, ==, "the middle page");

  clear_records (records, G_N_ELEMENTS (records));
}

/* After each change of selection, the focus and the list's focus row agree. */
static void
test_focus_row (Fixture       *fixture,
                gconstpointer  data)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  GtkWidget *search_view = child (fixture->window, BOUNCE_TYPE_WINDOW, "search_view");
  GtkWidget *content = child (grieve, BOUNCE_TYPE_RECORD_PAGE, "content_box");
  BounceRecord *records[3];
  BounceRecord *added;

  set_size (fixture, 1000, 700);
  write_pages (fixture, records);

  /* A new entry: the focus in its editor, and the list's focus row on its row. */
  g_assert_true (bounce_record_page_get_selected (grieve) == records[2]);
  g_assert_true (is_inside (focus_of (fixture), content));
  assert_focus_row_agrees (fixture, grieve);

  /* Arrows: the focus and the selection move together. */
  gtk_widget_grab_focus (list_of (grieve));
  assert_focus_on_row (fixture, grieve, records[2]);
  press (fixture, "Down");
  g_assert_true (bounce_record_page_get_selected (grieve) == records[1]);
  assert_focus_on_row (fixture, grieve, records[1]);
  press (fixture, "Up");
  g_assert_true (bounce_record_page_get_selected (grieve) == records[2]);
  assert_focus_row_agrees (fixture, grieve);

  /* Chosen from elsewhere (a search result, the projects card), while the editor has the
   * focus. */
  g_signal_emit_by_name (search_view, "open", BOUNCE_TYPE_GRIEF_ENTRY,
                         bounce_record_get_uuid (records[0]));
  g_assert_true (bounce_record_page_get_selected (grieve) == records[0]);
  g_assert_true (is_inside (focus_of (fixture), content));
  assert_focus_row_agrees (fixture, grieve);

  /* A delete, and its undo. */
  g_assert_true (bounce_record_page_select (grieve, records[1]));
  assert_focus_row_agrees (fixture, grieve);
  gtk_widget_grab_focus (GTK_WIDGET (body_of (grieve)));
  activate (fixture, "win.delete-record");
  assert_focus_row_agrees (fixture, grieve);
  activate (fixture, "win.undo-remove");
  g_assert_true (bounce_record_page_get_selected (grieve) == records[1]);
  assert_focus_on_row (fixture, grieve, records[1]);
  assert_focus_row_agrees (fixture, grieve);

  /* Another new one, from the keyboard. */
  press (fixture, "<Control>n");
  added = bounce_record_page_get_selected (grieve);
  g_assert_true (added != records[1]);
  assert_focus_row_agrees (fixture, grieve);

  /* Narrow: Escape back to the list. */
  set_size (fixture, 360, 700);
  g_assert_true (test_iterate_until (leaflet_folded,
                                     child (grieve, BOUNCE_TYPE_RECORD_PAGE, "leaflet"), 5000));
  g_assert_true (bounce_record_page_open (grieve, records[0]));
  press (fixture, "Escape");
  assert_focus_on_row (fixture, grieve, records[0]);
  assert_focus_row_agrees (fixture, grieve);

  clear_records (records, G_N_ELEMENTS (records));
}

/* Tab from a row goes to the editor, not to the next row; Shift+Tab leaves the list too. */
static void
test_tab (Fixture       *fixture,
          gconstpointer  data)
{
  BounceRecordPage *grieve = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  GtkWidget *editor = GTK_WIDGET (editor_of (grieve));
  GtkWidget *list = list_of (grieve);
  BounceRecord *records[3];

  set_size (fixture, 1000, 700);
  write_pages (fixture, records);

  g_assert_true (bounce_record_page_select (grieve, records[1]));
  gtk_widget_grab_focus (list);
  assert_focus_on_row (fixture, grieve, records[1]);
  press (fixture, "Tab");
  g_assert_true (is_inside (focus_of (fixture), editor));
  g_assert_true (bounce_record_page_get_selected (grieve) == records[1]);

  /* Back into the list from the editor, on the same row; and out of it, backwards. */
  g_assert_true (gtk_widget_child_focus (list, GTK_DIR_TAB_BACKWARD));
  assert_focus_on_row (fixture, grieve, records[1]);
  press (fixture, "<Shift>Tab");
  g_assert_nonnull (focus_of (fixture));
  g_assert_false (is_inside (focus_of (fixture), list));
  g_assert_false (is_inside (focus_of (fixture), editor));

  clear_records (records, G_N_ELEMENTS (records));
}

static gboolean
find_toast (GtkWidget     *widget,
            gconstpointer  data)
{
  return g_strcmp0 (gtk_widget_get_css_name (widget), "toast") == 0 &&
         gtk_widget_get_mapped (widget) && gtk_widget_get_height (widget) > 0;
}

typedef struct
{
  GtkWidget *overlay;
  GtkWidget *bar;
} ToastWait;

static gboolean
toast_and_bar_shown (gpointer user_data)
{
  ToastWait *wait = user_data;
  GtkWidget *toast = find_widget (wait->overlay, find_toast, NULL);

  return toast != NULL && gtk_widget_get_opacity (toast) >= 1.0 &&
         adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (wait->bar)) &&
         gtk_widget_get_mapped (wait->bar) && gtk_widget_get_height (wait->bar) > 20;
}

/* At 360 px the Undo toast sits above the bottom page bar, not behind it. */
static void
test_toast_above_bar (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *overlay = child (fixture->window, BOUNCE_TYPE_WINDOW, "toast_overlay");
  GtkWidget *bar = child (fixture->window, BOUNCE_TYPE_WINDOW, "switcher_bar");
  ToastWait wait = { overlay, bar };
  graphene_rect_t toast_bounds, bar_bounds;
  BounceRecord *records[3];
  GtkWidget *toast;

  g_assert_false (gtk_widget_is_ancestor (bar, overlay));

  set_size (fixture, 360, 700);
  write_pages (fixture, records);
  activate (fixture, "win.delete-record");
  g_assert_true (test_iterate_until (toast_and_bar_shown, &wait, 5000));
  settle ();

  toast = find_widget (overlay, find_toast, NULL);
  g_assert_true (gtk_widget_compute_bounds (toast, GTK_WIDGET (fixture->window), &toast_bounds));
  g_assert_true (gtk_widget_compute_bounds (bar, GTK_WIDGET (fixture->window), &bar_bounds));
  g_test_message ("toast %g..%g, bar %g..%g", toast_bounds.origin.y,
                  toast_bounds.origin.y + toast_bounds.size.height, bar_bounds.origin.y,
                  bar_bounds.origin.y + bar_bounds.size.height);
  g_assert_cmpfloat (toast_bounds.origin.y + toast_bounds.size.height, <=, bar_bounds.origin.y);

  /* Long enough to hear it out and reach it (see delete_record_action()). */
  g_assert_cmpuint (adw_toast_get_timeout (bounce_window_get_last_toast (fixture->window)), >=,
                    20);

  clear_records (records, G_N_ELEMENTS (records));
}

/* Each kind's toast says what was removed, in its own gentle words. */
static void
test_gentle_words (Fixture       *fixture,
                   gconstpointer  data)
{
  guint n_kinds;
  const GType *kinds = bounce_kinds_get (&n_kinds);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_kinds; i++)
    {
      g_autoptr(GTypeClass) klass = NULL;
      const BounceEditorSection *words;
      const char *title;

      if (bounce_kinds_get_page (kinds[i]) == NULL)
        continue;

      klass = g_type_class_ref (bounce_editor_type_for_kind (kinds[i]));
      words = BOUNCE_EDITOR_CLASS (klass)->section;
      bounce_window_show_section (fixture->window, kinds[i]);
      activate (fixture, "win.new-record");
      activate (fixture, "win.delete-record");

      title = adw_toast_get_title (bounce_window_get_last_toast (fixture->window));
      g_test_message ("%s: %s", g_type_name (kinds[i]), title);
      g_assert_nonnull (words->removed);
      g_assert_cmpstr (title, ==, words->removed);
      g_assert_null (strstr (title, "elete"));
      g_assert_null (strstr (title, "Entry"));
      /* Its own words, not another kind's. */
      g_assert_false (g_hash_table_contains (seen, title));
      g_hash_table_add (seen, (gpointer) words->removed);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  bounce_editors_ensure ();

  g_test_add ("/keys/delete", Fixture, NULL, fixture_set_up, test_delete, fixture_tear_down);
  g_test_add ("/keys/undo", Fixture, NULL, fixture_set_up, test_undo, fixture_tear_down);
  g_test_add ("/keys/escape/narrow", Fixture, NULL,
              fixture_set_up, test_escape_narrow, fixture_tear_down);
  g_test_add ("/keys/escape/wide", Fixture, NULL,
              fixture_set_up, test_escape_wide, fixture_tear_down);
  g_test_add ("/keys/focus-row", Fixture, NULL,
              fixture_set_up, test_focus_row, fixture_tear_down);
  g_test_add ("/keys/tab", Fixture, NULL, fixture_set_up, test_tab, fixture_tear_down);
  g_test_add ("/keys/toast-above-bar", Fixture, NULL,
              fixture_set_up, test_toast_above_bar, fixture_tear_down);
  g_test_add ("/keys/gentle-words", Fixture, NULL,
              fixture_set_up, test_gentle_words, fixture_tear_down);

  return g_test_run ();
}
