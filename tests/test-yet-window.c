/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-yet-window.c: the offer to add "yet", typed into the editors, taken or not, on disk. */
#include <adwaita.h>
#include <string.h>

#include "bounce-core.h"
#include "bounce-grief-editor.h"
#include "bounce-text-row.h"
#include "bounce-thanks-editor.h"
#include "bounce-window-private.h"
#include "bounce-yet-offer.h"
#include "test-util.h"
#include "test-window-util.h"

/* The offer's pause in typing, as bounce-yet-offer.c waits it by default. */
#define PAUSE_MS 1000

/* A pause the tests that wait for no offer set, so that one due would have come long
 * before they stop waiting, however slow the machine. */
#define SHORT_PAUSE_MS 20
#define WAIT_PAST_PAUSE_MS 1500


static void
activate (Fixture    *fixture,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window),
                                                      action, parameter));
}

static gboolean
is_offer_for (GtkWidget     *widget,
              gconstpointer  source)
{
  BounceYetOffer *offer;

  if (!BOUNCE_IS_YET_OFFER (widget))
    return FALSE;

  offer = BOUNCE_YET_OFFER (widget);
  return (gconstpointer) bounce_yet_offer_get_buffer (offer) == source ||
         (gconstpointer) bounce_yet_offer_get_editable (offer) == source;
}

static BounceYetOffer *
offer_for (gpointer    editor,
           gconstpointer source)
{
  GtkWidget *offer = find_widget (GTK_WIDGET (editor), is_offer_for, source);

  g_assert_nonnull (offer);
  return BOUNCE_YET_OFFER (offer);
}

static gboolean
offer_shown (gpointer user_data)
{
  BounceYetOffer *offer = user_data;
  GtkRevealer *revealer = child (offer, BOUNCE_TYPE_YET_OFFER, "revealer");

  /* Revealed to the end: what a person can see and click. */
  return bounce_yet_offer_get_suggestion (offer) != NULL &&
         gtk_widget_get_visible (GTK_WIDGET (offer)) &&
         gtk_revealer_get_reveal_child (revealer) &&
         gtk_revealer_get_child_revealed (revealer);
}

static gboolean
offer_gone (gpointer user_data)
{
  BounceYetOffer *offer = user_data;
  GtkRevealer *revealer = child (offer, BOUNCE_TYPE_YET_OFFER, "revealer");

  return bounce_yet_offer_get_suggestion (offer) == NULL &&
         !gtk_revealer_get_reveal_child (revealer) &&
         !gtk_widget_get_visible (GTK_WIDGET (offer));
}

static gboolean
never (gpointer user_data)
{
  return FALSE;
}

static gboolean
preview_changed (gpointer user_data)
{
  return !g_str_has_prefix (gtk_label_get_text (GTK_LABEL (user_data)), "“I can't run");
}

/* Lets the main loop run as long as a person would wait: any offer due has come. */
static void
wait_past_pause (void)
{
  /* First what was due at once, the offer's look at the edit among it. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (test_iterate_until (never, NULL, WAIT_PAST_PAUSE_MS));
}

static void
click (BounceYetOffer *offer,
       const char     *button)
{
  GtkWidget *widget = child (offer, BOUNCE_TYPE_YET_OFFER, button);

  g_assert_true (gtk_widget_is_sensitive (widget));
  g_assert_true (gtk_widget_get_mapped (widget));
  g_signal_emit_by_name (widget, "clicked");
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static int
cursor_offset (GtkTextBuffer *buffer)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_offset (&iter);
}

/* As a text view types: each key one user action, at the cursor. */
static void
type_into_buffer (GtkTextBuffer *buffer,
                  const char    *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_insert_interactive_at_cursor (buffer, p, g_utf8_next_char (p) - p, TRUE);
      gtk_text_buffer_end_user_action (buffer);
    }
}

/* As an entry types: at the cursor of the entry that holds the focus. */
static void
type_into_editable (GtkEditable *editable,
                    const char  *text)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (editable)));

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (editable)))
    g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (editable)));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      int position = gtk_editable_get_position (editable);

      gtk_editable_insert_text (editable, p, g_utf8_next_char (p) - p, &position);
      gtk_editable_set_position (editable, position);
    }
}

/* The thanks editor, on a new thank-you. */
static BounceEditor *
new_thanks (Fixture *fixture)
{
  activate (fixture, "win.show-page", g_variant_new_string ("thanks"));
  activate (fixture, "win.new-record", NULL);
  return editor_of (section (fixture, BOUNCE_TYPE_THANKS));
}

static GtkTextBuffer *
learned_self (BounceEditor *editor)
{
  return gtk_text_view_get_buffer (child (editor, BOUNCE_TYPE_THANKS_EDITOR,
                                          "learned_self_view"));
}

/* Under each text field of the thank-you, and under the grief journal's page. */
static void
test_placed (Fixture       *fixture,
             gconstpointer  data)
{
  BounceEditor *thanks = editor_of (section (fixture, BOUNCE_TYPE_THANKS));
  BounceEditor *grief = editor_of (section (fixture, BOUNCE_TYPE_GRIEF_ENTRY));
  const char *views[] = { "learned_subject_view", "learned_self_view" };
  GtkWidget *body = child (grief, BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  GtkWidget *tried = child (thanks, BOUNCE_TYPE_THANKS_EDITOR, "tried_row");
  GtkWidget *offer;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *view = child (thanks, BOUNCE_TYPE_THANKS_EDITOR, views[i]);

      offer = GTK_WIDGET (offer_for (thanks, gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))));
      g_assert_true (gtk_widget_get_prev_sibling (offer) == view);
    }

  /* The grief page scrolls inside its own card (a text view laid out whole would stall
   * typing in a long page): the offer is under that. */
  g_assert_true (GTK_IS_SCROLLED_WINDOW (gtk_widget_get_parent (body)));
  offer = GTK_WIDGET (offer_for (grief, gtk_text_view_get_buffer (GTK_TEXT_VIEW (body))));
  g_assert_true (gtk_widget_get_prev_sibling (offer) == gtk_widget_get_parent (body));

  /* The sentence row's offer is in its group, under the row's list. */
  offer = GTK_WIDGET (offer_for (thanks, bounce_text_row_get_buffer (BOUNCE_TEXT_ROW (tried))));
  g_assert_true (gtk_widget_get_ancestor (offer, ADW_TYPE_PREFERENCES_GROUP) ==
                 gtk_widget_get_ancestor (tried, ADW_TYPE_PREFERENCES_GROUP));
  g_assert_true (gtk_widget_get_prev_sibling (offer) == gtk_widget_get_parent (tried));
}

/* The offer waits for a pause in typing, and changes nothing by itself. */
static void
test_offer_after_pause (Fixture       *fixture,
                        gconstpointer  data)
{
  BounceEditor *editor = new_thanks (fixture);
  GtkTextBuffer *buffer = learned_self (editor);
  BounceYetOffer *offer = offer_for (editor, buffer);
  GtkLabel *preview = child (offer, BOUNCE_TYPE_YET_OFFER, "preview_label");
  g_autofree char *text = NULL;
  gint64 typed;

  g_assert_true (offer_gone (offer));

  /* While the person has not paused long enough, nothing comes. */
  g_object_set (offer, "pause", 60 * 1000, NULL);
  type_into_buffer (buffer, "I can't run");
  wait_past_pause ();
  g_assert_true (offer_gone (offer));

  /* Once they have, the offer does. */
  g_object_set (offer, "pause", PAUSE_MS, NULL);
  type_into_buffer (buffer, " 5 km");
  typed = g_get_monotonic_time ();
  g_assert_true (offer_gone (offer));

  g_assert_true (test_iterate_until (offer_shown, offer, 5000));
  g_assert_cmpint (g_get_monotonic_time () - typed, >=, (PAUSE_MS - 50) * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpstr (bounce_yet_offer_get_suggestion (offer), ==, "I can't run 5 km yet");
  g_assert_cmpstr (gtk_label_get_text (preview), ==, "“I can't run 5 km yet”");

  /* Offered, not done. */
  wait_past_pause ();
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "I can't run 5 km");
}

/* A clause closed by its punctuation is offered without the pause. */
static void
test_offer_at_punctuation (Fixture       *fixture,
                           gconstpointer  data)
{
  BounceEditor *editor = new_thanks (fixture);
  GtkTextBuffer *buffer = learned_self (editor);
  BounceYetOffer *offer = offer_for (editor, buffer);
  GtkLabel *preview = child (offer, BOUNCE_TYPE_YET_OFFER, "preview_label");

  /* A pause longer than the test waits: only the full stop can bring the offer. */
  g_object_set (offer, "pause", 60 * 1000, NULL);
  type_into_buffer (buffer, "I can't run 5 km.");
  g_assert_true (test_iterate_until (offer_shown, offer, 10 * 1000));
  g_assert_cmpstr (bounce_yet_offer_get_suggestion (offer), ==, "I can't run 5 km yet");
  /* With the mark that ends it, as the sentence will read. */
  g_assert_cmpstr (gtk_label_get_text (preview), ==, "“I can't run 5 km yet.”");

  /* A long one is shown from a word not far before the "yet". */
  type_into_buffer (buffer, " I haven't been able to finish the marathon that I trained for all "
                            "through the winter!");
  g_assert_true (test_iterate_until (offer_shown, offer, 10 * 1000));
  g_assert_true (test_iterate_until (preview_changed, preview, 10 * 1000));
  g_assert_cmpstr (gtk_label_get_text (preview), ==,
                   "“… the marathon that I trained for all through the winter yet!”");
}

static void
test_accept (Fixture       *fixture,
             gconstpointer  data)
{
  BounceEditor *editor = new_thanks (fixture);
  GtkTextBuffer *buffer = learned_self (editor);
  BounceYetOffer *offer = offer_for (editor, buffer);
  DiskWait wait = { fixture, BOUNCE_TYPE_THANKS, "learned-self", "I can't run 5 km yet." };
  g_autofree char *text = NULL;
  g_autofree char *undone = NULL;

  type_into_buffer (buffer, "I can't run 5 km.");
  g_assert_true (test_iterate_until (offer_shown, offer, 5000));

  click (offer, "add_button");
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, wait.expected);
  /* The cursor stays after what was typed. */
  g_assert_cmpint (cursor_offset (buffer), ==, g_utf8_strlen (wait.expected, -1));
  g_assert_true (test_iterate_until (offer_gone, offer, 5000));
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));

  /* One step to undo, and only the "yet". */
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  undone = buffer_text (buffer);
  g_assert_cmpstr (undone, ==, "I can't run 5 km.");
}

/* "yet" at the end of what was typed is still its own step to undo, not part of the typing. */
static void
test_accept_undo_at_end (Fixture       *fixture,
                         gconstpointer  data)
{
  BounceEditor *editor = new_thanks (fixture);
  GtkTextBuffer *buffer = learned_self (editor);
  BounceYetOffer *offer = offer_for (editor, buffer);
  g_autofree char *text = NULL;
  g_autofree char *undone = NULL;

  g_object_set (offer, "pause", SHORT_PAUSE_MS, NULL);
  type_into_buffer (buffer, "I can't run");
  g_assert_true (test_iterate_until (offer_shown, offer, 5000));

  click (offer, "add_button");
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "I can't run yet");
  gtk_text_buffer_undo (buffer);
  undone = buffer_text (buffer);
  g_assert_cmpstr (undone, ==, "I can't run");
}

/* What is on offer follows the clause as the person goes on changing it, and goes with it. */
static void
test_follows_text (Fixture       *fixture,
                   gconstpointer  data)
{
  BounceEditor *editor = new_thanks (fixture);
  GtkTextBuffer *buffer = learned_self (editor);
  BounceYetOffer *offer = offer_for (editor, buffer);
  GtkTextIter start, end;

  /* No pause comes to the rescue here: only the text itself moves the offer. */
  g_object_set (offer, "pause", 60 * 1000, NULL);
  type_into_buffer (buffer, "I can't run.");
  g_assert_true (test_iterate_until (offer_shown, offer, 5000));
  g_assert_cmpstr (bounce_yet_offer_get_suggestion (offer), ==, "I can't run yet");

  /* More words, typed before the full stop. */
  gtk_text_buffer_get_iter_at_offset (buffer, &start, strlen ("I can't run"));
  gtk_text_buffer_place_cursor (buffer, &start);
  type_into_buffer (buffer, " far");
  g_assert_cmpstr (bounce_yet_offer_get_suggestion (offer), ==, "I can't run far yet");
  g_assert_true (offer_shown (offer));

  /* All of it deleted. */
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  gtk_text_buffer_end_user_action (buffer);
  g_assert_true (test_iterate_until (offer_gone, offer, 5000));
}

/* "No puedo" becomes "Todavía no puedo": a word replaced, yet one step to undo. */
static void
test_accept_replacement (Fixture       *fixture,
                         gconstpointer  data)
{
  BounceEditor *editor = new_thanks (fixture);
  GtkTextBuffer *buffer = learned_self (editor);
  BounceYetOffer *offer = offer_for (editor, buffer);
  DiskWait wait = { fixture, BOUNCE_TYPE_THANKS, "learned-self",
                    "Lo intenté. Todavía no puedo dibujar." };
  g_autofree char *undone = NULL;

  bounce_yet_offer_set_language (offer, "es");
  type_into_buffer (buffer, "Lo intenté. No puedo dibujar.");
  g_assert_true (test_iterate_until (offer_shown, offer, 5000));
  g_assert_cmpstr (bounce_yet_offer_get_suggestion (offer), ==, "Todavía no puedo dibujar");

  click (offer, "add_button");
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));

  gtk_text_buffer_undo (buffer);
  undone = buffer_text (buffer);
  g_assert_cmpstr (undone, ==, "Lo intenté. No puedo dibujar.");
}

static void
test_dismiss (Fixture       *fixture,
              gconstpointer  data)
{
  BounceEditor *editor = new_thanks (fixture);
  GtkTextBuffer *buffer = learned_self (editor);
  BounceYetOffer *offer = offer_for (editor, buffer);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *on_disk = NULL;

  g_object_set (offer, "pause", SHORT_PAUSE_MS, NULL);

  type_into_buffer (buffer, "I can't run 5 km.");
  g_assert_true (test_iterate_until (offer_shown, offer, 5000));

  click (offer, "dismiss_button");
  g_assert_true (test_iterate_until (offer_gone, offer, 5000));
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "I can't run 5 km.");
  g_assert_true (bounce_window_flush (fixture->window, &error));
  g_assert_no_error (error);
  on_disk = disk_string (fixture, BOUNCE_TYPE_THANKS, 0, "learned-self");
  g_assert_cmpstr (on_disk, ==, "I can't run 5 km.");

  /* Writing on, the clause said no to is not offered again... */
  type_into_buffer (buffer, " It rained");
  wait_past_pause ();
  g_assert_true (offer_gone (offer));
  type_into_buffer (buffer, ".");
  wait_past_pause ();
  g_assert_true (offer_gone (offer));

  /* ... while a new one is. */
  type_into_buffer (buffer, " I haven't finished,");
  g_assert_true (test_iterate_until (offer_shown, offer, 5000));
  g_assert_cmpstr (bounce_yet_offer_get_suggestion (offer), ==, "I haven't finished yet");
  /* Without the comma, that would read as if the sentence broke off. */
  g_assert_cmpstr (gtk_label_get_text (child (offer, BOUNCE_TYPE_YET_OFFER, "preview_label")),
                   ==, "“I haven't finished yet”");
}

static void
test_no_match (Fixture       *fixture,
               gconstpointer  data)
{
  BounceEditor *editor = new_thanks (fixture);
  GtkTextBuffer *buffer = learned_self (editor);
  BounceYetOffer *offer = offer_for (editor, buffer);

  g_object_set (offer, "pause", SHORT_PAUSE_MS, NULL);

  type_into_buffer (buffer, "I can run 5 km. It can't rain all week");
  wait_past_pause ();
  g_assert_true (offer_gone (offer));
}

/* Words that were already there when a record is shown are the person's, as they are. */
static void
test_not_for_text_set (Fixture       *fixture,
                       gconstpointer  data)
{
  BounceEditor *editor = new_thanks (fixture);
  GtkTextBuffer *buffer = learned_self (editor);
  BounceYetOffer *offer = offer_for (editor, buffer);

  g_object_set (offer, "pause", SHORT_PAUSE_MS, NULL);

  gtk_text_buffer_set_text (buffer, "I can't run 5 km.", -1);
  wait_past_pause ();
  g_assert_true (offer_gone (offer));
}

/* A sentence: the row of what was tried, among the rows of its list. */
static void
test_text_row (Fixture       *fixture,
               gconstpointer  data)
{
  BounceEditor *editor = new_thanks (fixture);
  BounceTextRow *tried = child (editor, BOUNCE_TYPE_THANKS_EDITOR, "tried_row");
  GtkTextBuffer *buffer = bounce_text_row_get_buffer (tried);
  BounceYetOffer *offer = offer_for (editor, buffer);
  DiskWait wait = { fixture, BOUNCE_TYPE_THANKS, "tried", "I haven't passed the bar exam yet" };
  g_autofree char *text = NULL;
  GtkWidget *add_button;
  GtkWidget *focus;
  GtkTextIter start, end;

  g_object_set (offer, "pause", SHORT_PAUSE_MS, NULL);

  /* Set by the program: nothing is offered. */
  bounce_text_row_set_text (tried, "I haven't passed");
  wait_past_pause ();
  g_assert_true (offer_gone (offer));

  bounce_text_row_set_text (tried, "");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (tried)));
  type_into_buffer (buffer, "I haven't passed the bar exam");
  g_assert_true (test_iterate_until (offer_shown, offer, 5000));
  text = bounce_text_row_dup_text (tried);
  g_assert_cmpstr (text, ==, "I haven't passed the bar exam");

  /* Taken from the keyboard: the focus goes back to the row's text, with nothing
   * selected that the next key would replace, and the cursor after the "yet". */
  add_button = child (offer, BOUNCE_TYPE_YET_OFFER, "add_button");
  g_assert_true (gtk_widget_grab_focus (add_button));
  click (offer, "add_button");
  g_clear_pointer (&text, g_free);
  text = bounce_text_row_dup_text (tried);
  g_assert_cmpstr (text, ==, wait.expected);
  g_assert_true (test_iterate_until (offer_gone, offer, 5000));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == GTK_WIDGET (bounce_text_row_get_view (tried)));
  g_assert_false (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  type_into_buffer (buffer, "!");
  g_clear_pointer (&text, g_free);
  text = bounce_text_row_dup_text (tried);
  g_assert_cmpstr (text, ==, "I haven't passed the bar exam yet!");
  wait.expected = "I haven't passed the bar exam yet!";
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));
}

/* A single line: an entry, as an offer may watch, though the editors' sentences are rows
 * of text now. */
static void
test_entry (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkEditable *entry = GTK_EDITABLE (gtk_entry_new ());
  GtkWidget *other = gtk_entry_new ();
  BounceYetOffer *offer = BOUNCE_YET_OFFER (bounce_yet_offer_new_for_editable (entry));
  GtkWidget *focus;

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (offer));
  gtk_box_append (GTK_BOX (box), other);
  gtk_window_set_child (window, box);
  gtk_window_present (window);
  g_object_set (offer, "pause", SHORT_PAUSE_MS, NULL);

  /* Set by the program, with the focus elsewhere: nothing is offered. */
  g_assert_true (gtk_widget_grab_focus (other));
  gtk_editable_set_text (entry, "I haven't passed");
  wait_past_pause ();
  g_assert_true (offer_gone (offer));

  gtk_editable_set_text (entry, "");
  type_into_editable (entry, "I haven't passed the bar exam");
  g_assert_true (test_iterate_until (offer_shown, offer, 5000));

  /* Taken from the keyboard: the focus goes back to the entry, with nothing selected that
   * the next key would replace, and the cursor after the "yet". */
  g_assert_true (gtk_widget_grab_focus (child (offer, BOUNCE_TYPE_YET_OFFER, "add_button")));
  click (offer, "add_button");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "I haven't passed the bar exam yet");
  g_assert_true (test_iterate_until (offer_gone, offer, 5000));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));
  g_assert_false (gtk_editable_get_selection_bounds (entry, NULL, NULL));
  type_into_editable (entry, "!");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "I haven't passed the bar exam yet!");

  gtk_window_destroy (window);
}

/* The grief journal's page, written in German. */
static void
test_grief_german (Fixture       *fixture,
                   gconstpointer  data)
{
  BounceEditor *editor;
  GtkTextBuffer *buffer;
  BounceYetOffer *offer;
  DiskWait wait = { fixture, BOUNCE_TYPE_GRIEF_ENTRY, "body",
                    "Heute war schwer. Ich kann das noch nicht." };

  activate (fixture, "win.show-page", g_variant_new_string ("grieve"));
  activate (fixture, "win.new-record", NULL);
  editor = editor_of (section (fixture, BOUNCE_TYPE_GRIEF_ENTRY));
  buffer = gtk_text_view_get_buffer (child (editor, BOUNCE_TYPE_GRIEF_EDITOR, "body_view"));
  offer = offer_for (editor, buffer);
  bounce_yet_offer_set_language (offer, "de");

  type_into_buffer (buffer, "Heute war schwer. Ich kann das nicht.");
  g_assert_true (test_iterate_until (offer_shown, offer, 5000));
  g_assert_cmpstr (bounce_yet_offer_get_suggestion (offer), ==, "Ich kann das noch nicht");

  click (offer, "add_button");
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));
}

static BounceEditor *
new_grief (Fixture *fixture)
{
  activate (fixture, "win.show-page", g_variant_new_string ("grieve"));
  activate (fixture, "win.new-record", NULL);
  return editor_of (section (fixture, BOUNCE_TYPE_GRIEF_ENTRY));
}

/* About @size bytes of a long page with no "I can't" in it. */
static char *
long_page (gsize size)
{
  GString *text = g_string_new (NULL);

  while (text->len < size)
    g_string_append (text, "Some days are lighter than others, and today was one of them.\n");
  return g_string_free (text, FALSE);
}

/* In a long page, the offer reads the clauses around the cursor, not the whole text:
 * an "I can't" far above where the person writes is not offered. */
static void
test_long_page_far (Fixture       *fixture,
                    gconstpointer  data)
{
  BounceEditor *editor = new_grief (fixture);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (child (editor, BOUNCE_TYPE_GRIEF_EDITOR,
                                                           "body_view"));
  BounceYetOffer *offer = offer_for (editor, buffer);
  g_autofree char *page = long_page (20000);
  g_autofree char *text = g_strconcat ("I can't swim.\n", page, NULL);

  g_object_set (offer, "pause", SHORT_PAUSE_MS, NULL);
  gtk_text_buffer_set_text (buffer, text, -1);
  type_into_buffer (buffer, "Then I walked home.");
  wait_past_pause ();
  g_assert_true (offer_gone (offer));
}

/* Where the person writes in a long page, the offer still comes, and its "yet" goes
 * into the clause it was offered for. */
static void
test_long_page_near (Fixture       *fixture,
                     gconstpointer  data)
{
  BounceEditor *editor = new_grief (fixture);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (child (editor, BOUNCE_TYPE_GRIEF_EDITOR,
                                                           "body_view"));
  BounceYetOffer *offer = offer_for (editor, buffer);
  g_autofree char *page = long_page (20000);
  g_autofree char *expected = g_strconcat (page, "I can't swim yet. And then", NULL);
  g_autofree char *result = NULL;

  g_object_set (offer, "pause", SHORT_PAUSE_MS, NULL);
  gtk_text_buffer_set_text (buffer, page, -1);
  type_into_buffer (buffer, "I can't swim.");
  g_assert_true (test_iterate_until (offer_shown, offer, 5000));
  g_assert_cmpstr (bounce_yet_offer_get_suggestion (offer), ==, "I can't swim yet");

  /* Typed on, the clause is still the one on offer. */
  type_into_buffer (buffer, " And then");
  click (offer, "add_button");
  result = buffer_text (buffer);
  g_assert_cmpstr (result, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/yet-window/placed", Fixture, NULL,
              fixture_set_up, test_placed, fixture_tear_down);
  g_test_add ("/yet-window/offer-after-pause", Fixture, NULL,
              fixture_set_up, test_offer_after_pause, fixture_tear_down);
  g_test_add ("/yet-window/offer-at-punctuation", Fixture, NULL,
              fixture_set_up, test_offer_at_punctuation, fixture_tear_down);
  g_test_add ("/yet-window/accept", Fixture, NULL,
              fixture_set_up, test_accept, fixture_tear_down);
  g_test_add ("/yet-window/accept-undo-at-end", Fixture, NULL,
              fixture_set_up, test_accept_undo_at_end, fixture_tear_down);
  g_test_add ("/yet-window/follows-text", Fixture, NULL,
              fixture_set_up, test_follows_text, fixture_tear_down);
  g_test_add ("/yet-window/accept-replacement", Fixture, NULL,
              fixture_set_up, test_accept_replacement, fixture_tear_down);
  g_test_add ("/yet-window/dismiss", Fixture, NULL,
              fixture_set_up, test_dismiss, fixture_tear_down);
  g_test_add ("/yet-window/no-match", Fixture, NULL,
              fixture_set_up, test_no_match, fixture_tear_down);
  g_test_add ("/yet-window/not-for-text-set", Fixture, NULL,
              fixture_set_up, test_not_for_text_set, fixture_tear_down);
  g_test_add ("/yet-window/text-row", Fixture, NULL,
              fixture_set_up, test_text_row, fixture_tear_down);
  g_test_add_func ("/yet-window/entry", test_entry);
  g_test_add ("/yet-window/grief-german", Fixture, NULL,
              fixture_set_up, test_grief_german, fixture_tear_down);
  g_test_add ("/yet-window/long-page-far", Fixture, NULL,
              fixture_set_up, test_long_page_far, fixture_tear_down);
  g_test_add ("/yet-window/long-page-near", Fixture, NULL,
              fixture_set_up, test_long_page_near, fixture_tear_down);

  return g_test_run ();
}
