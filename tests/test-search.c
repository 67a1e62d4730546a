/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-search.c: search over every page, driven as a person would, from Ctrl+F to the record. */
#include <adwaita.h>
#include <sqlite3.h>

#include "bounce-core.h"
#include "bounce-grief-editor.h"
#include "bounce-search-view.h"
#include "bounce-thanks-editor.h"
#include "bounce-window-private.h"
#include "bounce-text-row.h"
#include "test-util.h"
#include "test-window-util.h"

static void
activate (Fixture    *fixture,
          const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window),
                                                      action, parameter));
}

static GtkSearchBar *
search_bar (Fixture *fixture)
{
  return child (fixture->window, BOUNCE_TYPE_WINDOW, "search_bar");
}

static GtkEditable *
search_entry (Fixture *fixture)
{
  return child (fixture->window, BOUNCE_TYPE_WINDOW, "search_entry");
}

static BounceSearchView *
search_view (Fixture *fixture)
{
  return child (fixture->window, BOUNCE_TYPE_WINDOW, "search_view");
}

/* What the search view shows: "hint", "results", "empty" or "error". */
static const char *
search_state (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (child (search_view (fixture),
                                                  BOUNCE_TYPE_SEARCH_VIEW, "stack"));
}

/* "search" while the results stand in place of the pages, "pages" otherwise. */
static const char *
content (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (child (fixture->window, BOUNCE_TYPE_WINDOW,
                                                  "content_stack"));
}

static gboolean
focus_is_in (Fixture *fixture,
             gpointer widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static GtkListBox *
results_list (Fixture *fixture)
{
  return child (search_view (fixture), BOUNCE_TYPE_SEARCH_VIEW, "results_list");
}

static guint
n_results (Fixture *fixture)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (results_list (fixture), n) != NULL)
    n++;
  return n;
}

static AdwActionRow *
result (Fixture *fixture,
        guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (results_list (fixture), index);

  g_assert_nonnull (row);
  return ADW_ACTION_ROW (row);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static gboolean
changed (gpointer user_data)
{
  return *(guint *) user_data > 0;
}

static void
set_search_text (Fixture    *fixture,
                 const char *text)
{
  GtkEditable *entry = search_entry (fixture);
  guint changes = 0;
  gulong id;

  if (g_strcmp0 (gtk_editable_get_text (entry), text) == 0)
    return;

  /* The entry waits for a pause in the typing; the window has searched when it tells. */
  id = g_signal_connect (entry, "search-changed", G_CALLBACK (count_cb), &changes);
  gtk_editable_set_text (entry, text);
  g_assert_true (test_iterate_until (changed, &changes, 5000));
  g_signal_handler_disconnect (entry, id);
}

/* Types @text into the search entry, as anew, and waits for the results. */
static void
search_for (Fixture    *fixture,
            const char *text)
{
  set_search_text (fixture, "");
  set_search_text (fixture, text);
}

/* A record of @kind written at @created, stored with @field holding @text. */
static BounceRecord *
write_record (Fixture    *fixture,
              GType       kind,
              gint64      created,
              const char *field,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) record = g_object_new (kind, "created", created, field, text, NULL);

  g_assert_true (bounce_journal_restore (fixture->journal, record, &error));
  g_assert_no_error (error);
  return bounce_journal_dup_record (fixture->journal, kind, bounce_record_get_uuid (record));
}

/* The text a label shows, markup read: what a person sees. */
static gboolean
is_label_with_markup (GtkWidget     *widget,
                      gconstpointer  markup)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)),
                                             markup) == 0;
}

static const char *
shown_title (AdwActionRow *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  GtkWidget *label = find_widget (GTK_WIDGET (row), is_label_with_markup, title);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
is_image (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_IMAGE (widget);
}

static const char *
section_icon (GType kind)
{
  g_autoptr(GTypeClass) editor_class = g_type_class_ref (bounce_editor_type_for_kind (kind));

  return BOUNCE_EDITOR_CLASS (editor_class)->section->icon_name;
}

/* The row's kind, in its icon and its words, and its day. */
static void
assert_kind_and_day (AdwActionRow *row,
                     GType         kind,
                     const char   *title,
                     gint64        created)
{
  g_autofree char *day = bounce_format_day (created, NULL);
  g_autofree char *expected = g_strdup_printf ("%s · %s", title, day);
  GtkWidget *image = find_widget (GTK_WIDGET (row), is_image, NULL);

  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, expected);
  g_assert_nonnull (image);
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (image)), ==, section_icon (kind));
}

/* The key controller @widget handles keys with, as a key press reaches it. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  return handled;
}

static gboolean
is_search_button (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "system-search-symbolic") == 0;
}

static void
test_open_search (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkToggleButton *button = GTK_TOGGLE_BUTTON (find_widget (GTK_WIDGET (fixture->window),
                                                            is_search_button, NULL));

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Search");
  g_assert_true (has_shortcut (GTK_WIDGET (fixture->window), "<Control>f", "win.search"));
  g_assert_false (gtk_search_bar_get_search_mode (search_bar (fixture)));
  g_assert_cmpstr (content (fixture), ==, "pages");

  activate (fixture, "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (search_bar (fixture)));
  g_assert_true (gtk_toggle_button_get_active (button));
  g_assert_true (focus_is_in (fixture, search_entry (fixture)));
  g_assert_cmpstr (content (fixture), ==, "search");
  /* Before a word is typed, a hint of what search covers. */
  g_assert_cmpstr (search_state (fixture), ==, "hint");

  /* The button closes it again, back to the pages. */
  gtk_toggle_button_set_active (button, FALSE);
  g_assert_false (gtk_search_bar_get_search_mode (search_bar (fixture)));
  g_assert_cmpstr (content (fixture), ==, "pages");
}

static void
test_finds_every_kind (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 now = g_get_real_time ();
  gint64 thanks_day = now - (gint64) G_USEC_PER_SEC * 3600;
  gint64 grief_day = now - (gint64) G_USEC_PER_SEC * 3600 * 24;
  gint64 idea_day = now - (gint64) G_USEC_PER_SEC * 3600 * 24 * 2;
  g_autoptr(BounceRecord) thanks = NULL;
  g_autoptr(BounceRecord) grief = NULL;
  g_autoptr(BounceRecord) idea = NULL;
  g_autoptr(BounceRecord) other = NULL;
  AdwActionRow *row;

  /* Made in another order than the kinds', newest first being the thanks. */
  idea = write_record (fixture, BOUNCE_TYPE_IDEA, idea_day, "title", "Courageous cooking class");
  grief = write_record (fixture, BOUNCE_TYPE_GRIEF_ENTRY, grief_day, "body",
                        "It took courage to sit the exam at all.");
  thanks = write_record (fixture, BOUNCE_TYPE_THANKS, thanks_day, "tried",
                         "I wrote <b>not bold</b> & asked with courage");
  other = write_record (fixture, BOUNCE_TYPE_GRIEF_ENTRY, now, "body", "Nothing to see here");

  activate (fixture, "win.search", NULL);
  search_for (fixture, "courage");
  g_assert_cmpstr (search_state (fixture), ==, "results");
  g_assert_cmpuint (n_results (fixture), ==, 3);

  /* The person's "<b>" and "&" are text; only the match is bold. */
  row = result (fixture, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "I wrote &lt;b&gt;not bold&lt;/b&gt; &amp; asked with <b>courage</b>");
  g_assert_cmpstr (shown_title (row), ==, "I wrote <b>not bold</b> & asked with courage");
  assert_kind_and_day (row, BOUNCE_TYPE_THANKS, "Thanks", thanks_day);

  row = result (fixture, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "It took <b>courage</b> to sit the exam at all.");
  assert_kind_and_day (row, BOUNCE_TYPE_GRIEF_ENTRY, "Pages", grief_day);

  /* A word found by its beginning. */
  row = result (fixture, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "<b>Courageous</b> cooking class");
  assert_kind_and_day (row, BOUNCE_TYPE_IDEA, "Ideas", idea_day);
}

static void
test_umlauts_and_arabic (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BounceRecord) exam = NULL;
  g_autoptr(BounceRecord) letter = NULL;

  exam = write_record (fixture, BOUNCE_TYPE_GRIEF_ENTRY, 0, "body", "Die Prüfung war schwer.");
  letter = write_record (fixture, BOUNCE_TYPE_LESSON, 0, "taught",
                         "كَتَبْتُ رِسَالَةً إلى مدربي");

  activate (fixture, "win.search", NULL);
  search_for (fixture, "prufung");
  g_assert_cmpuint (n_results (fixture), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (result (fixture, 0))),
                   ==, "Die <b>Prüfung</b> war schwer.");

  /* The word without its short vowels, and with them. */
  search_for (fixture, "رسالة");
  g_assert_cmpuint (n_results (fixture), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (result (fixture, 0))),
                   ==, "كَتَبْتُ <b>رِسَالَةً</b> إلى مدربي");
  search_for (fixture, "رِسَالَةً");
  g_assert_cmpuint (n_results (fixture), ==, 1);
  search_for (fixture, "مدربي");
  g_assert_cmpuint (n_results (fixture), ==, 1);
}

static void
test_open_result (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwViewStack *thanks_sections = child (fixture->window, BOUNCE_TYPE_WINDOW, "thanks_sections");
  BounceRecordPage *thanks_page = section (fixture, BOUNCE_TYPE_THANKS);
  BounceRecordPage *grief_page = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  g_autoptr(BounceRecord) thanks = NULL;
  g_autoptr(BounceRecord) grief = NULL;
  gint64 now = g_get_real_time ();
  GtkTextView *body_view;
  BounceTextRow *tried_row;

  grief = write_record (fixture, BOUNCE_TYPE_GRIEF_ENTRY, now - 1000, "body",
                        "The interview went badly.");
  thanks = write_record (fixture, BOUNCE_TYPE_THANKS, now - 2000, "tried",
                         "I went to the interview anyway");
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "grieve");

  activate (fixture, "win.search", NULL);
  search_for (fixture, "interview");
  g_assert_cmpuint (n_results (fixture), ==, 2);

  /* The thank-you, older, is the second row; choosing it opens it on its page. */
  gtk_widget_activate (GTK_WIDGET (result (fixture, 1)));
  g_assert_false (gtk_search_bar_get_search_mode (search_bar (fixture)));
  g_assert_cmpstr (content (fixture), ==, "pages");
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "thanks");
  g_assert_true (shows_section (thanks_sections, thanks_page));
  g_assert_true (bounce_record_page_get_selected (thanks_page) == thanks);
  g_assert_true (bounce_editor_get_record (editor_of (thanks_page)) == thanks);
  tried_row = child (editor_of (thanks_page), BOUNCE_TYPE_THANKS_EDITOR, "tried_row");
  {
    g_autofree char *tried = bounce_text_row_dup_text (tried_row);

    g_assert_cmpstr (tried, ==, "I went to the interview anyway");
  }
  g_assert_true (focus_is_in (fixture, editor_of (thanks_page)));

  /* Enter in the entry opens the newest result. */
  activate (fixture, "win.search", NULL);
  search_for (fixture, "interview");
  g_signal_emit_by_name (search_entry (fixture), "activate");
  g_assert_false (gtk_search_bar_get_search_mode (search_bar (fixture)));
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "grieve");
  g_assert_true (bounce_record_page_get_selected (grief_page) == grief);
  body_view = child (editor_of (grief_page), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  {
    g_autofree char *text = NULL;
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (body_view);
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "The interview went badly.");
  }
  g_assert_true (focus_is_in (fixture, body_view));
}

static void
test_escape (Fixture       *fixture,
             gconstpointer  data)
{
  BounceRecordPage *thanks_page = section (fixture, BOUNCE_TYPE_THANKS);
  g_autoptr(BounceRecord) thanks = NULL;
  BounceTextRow *tried_row;

  thanks = write_record (fixture, BOUNCE_TYPE_THANKS, 0, "tried", "I tried the marathon");
  activate (fixture, "win.show-page", g_variant_new_string ("thanks"));
  g_assert_true (bounce_record_page_open (thanks_page, thanks));
  tried_row = child (editor_of (thanks_page), BOUNCE_TYPE_THANKS_EDITOR, "tried_row");
  g_assert_true (focus_is_in (fixture, tried_row));

  activate (fixture, "win.search", NULL);
  search_for (fixture, "marathon");
  g_assert_cmpuint (n_results (fixture), ==, 1);

  /* Escape in the entry: the page shown before, and the focus where it was. */
  g_signal_emit_by_name (search_entry (fixture), "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (search_bar (fixture)));
  g_assert_cmpstr (content (fixture), ==, "pages");
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "thanks");
  g_assert_true (focus_is_in (fixture, tried_row));

  /* Down goes from the entry to the results, and Escape there closes the search too. */
  activate (fixture, "win.search", NULL);
  search_for (fixture, "marathon");
  g_assert_true (press_key (GTK_WIDGET (search_entry (fixture)), GDK_KEY_Down));
  g_assert_true (focus_is_in (fixture, result (fixture, 0)));
  g_assert_true (press_key (GTK_WIDGET (search_view (fixture)), GDK_KEY_Escape));
  g_assert_false (gtk_search_bar_get_search_mode (search_bar (fixture)));
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "thanks");
  g_assert_true (focus_is_in (fixture, tried_row));

  /* Choosing another page while searching shows it. */
  activate (fixture, "win.search", NULL);
  activate (fixture, "win.show-page", g_variant_new_string ("paths"));
  g_assert_false (gtk_search_bar_get_search_mode (search_bar (fixture)));
  g_assert_cmpstr (content (fixture), ==, "pages");
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "paths");

  /* A new entry while searching opens on its page, not behind the results. */
  activate (fixture, "win.search", NULL);
  activate (fixture, "win.new-record", NULL);
  g_assert_false (gtk_search_bar_get_search_mode (search_bar (fixture)));
  g_assert_cmpstr (content (fixture), ==, "pages");
  g_assert_nonnull (bounce_record_page_get_selected (section (fixture, BOUNCE_TYPE_IDEA)));
}

static void
test_no_results_then_edit (Fixture       *fixture,
                           gconstpointer  data)
{
  BounceRecordPage *grief_page = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  DiskWait wait = { fixture, BOUNCE_TYPE_GRIEF_ENTRY, "body", "I felt like a zebra at a horse show" };
  GtkTextView *body_view;

  activate (fixture, "win.search", NULL);
  search_for (fixture, "zebra");
  g_assert_cmpstr (search_state (fixture), ==, "empty");
  g_assert_cmpuint (n_results (fixture), ==, 0);
  g_signal_emit_by_name (search_entry (fixture), "stop-search");

  activate (fixture, "win.new-record", NULL);
  body_view = child (editor_of (grief_page), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), wait.expected, -1);
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));

  activate (fixture, "win.search", NULL);
  search_for (fixture, "zebra");
  g_assert_cmpstr (search_state (fixture), ==, "results");
  g_assert_cmpuint (n_results (fixture), ==, 1);
  g_assert_cmpstr (shown_title (result (fixture, 0)), ==, wait.expected);
}

/* Words typed a moment ago, still waiting for the pause, are found too. */
static void
test_finds_words_just_typed (Fixture       *fixture,
                             gconstpointer  data)
{
  BounceRecordPage *grief_page = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  GtkTextView *body_view;

  activate (fixture, "win.new-record", NULL);
  body_view = child (editor_of (grief_page), BOUNCE_TYPE_GRIEF_EDITOR, "body_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (body_view), "a quiet lighthouse", -1);

  activate (fixture, "win.search", NULL);
  set_search_text (fixture, "lighthouse");
  g_assert_cmpuint (n_results (fixture), ==, 1);
}

static void
test_limit (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkWidget *limit_label = child (search_view (fixture), BOUNCE_TYPE_SEARCH_VIEW, "limit_label");
  gint64 now = g_get_real_time ();

  for (guint i = 0; i < BOUNCE_SEARCH_VIEW_LIMIT; i++)
    {
      g_autofree char *body = g_strdup_printf ("A long walk, number %u", i);

      g_ptr_array_add (records, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                              "created", now - (gint64) i * G_USEC_PER_SEC,
                                              "body", body,
                                              NULL));
    }
  g_assert_true (bounce_store_insert_all (fixture->store, records, &error));
  g_assert_no_error (error);

  /* Exactly as many as are shown: nothing left out, nothing to say. */
  activate (fixture, "win.search", NULL);
  search_for (fixture, "walk");
  g_assert_cmpuint (n_results (fixture), ==, BOUNCE_SEARCH_VIEW_LIMIT);
  g_assert_false (gtk_widget_get_visible (limit_label));

  /* One more, older: the newest are shown, and a line says so. */
  g_ptr_array_set_size (records, 0);
  g_ptr_array_add (records, g_object_new (BOUNCE_TYPE_GRIEF_ENTRY,
                                          "created", now - (gint64) G_USEC_PER_SEC * 3600,
                                          "body", "The oldest walk",
                                          NULL));
  g_assert_true (bounce_store_insert_all (fixture->store, records, &error));
  g_assert_no_error (error);
  search_for (fixture, "walk");
  g_assert_cmpuint (n_results (fixture), ==, BOUNCE_SEARCH_VIEW_LIMIT);
  g_assert_true (gtk_widget_get_visible (limit_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (limit_label)), "newest 100"));
  g_assert_cmpstr (shown_title (result (fixture, 0)), ==, "A long walk, number 0");
}

static void
test_failure (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(BounceRecord) grief = NULL;
  g_autoptr(GTypeClass) grief_class = g_type_class_ref (BOUNCE_TYPE_GRIEF_ENTRY);
  g_autofree char *drop = NULL;
  AdwStatusPage *error_page = child (search_view (fixture), BOUNCE_TYPE_SEARCH_VIEW,
                                     "error_page");
  sqlite3 *db = NULL;

  grief = write_record (fixture, BOUNCE_TYPE_GRIEF_ENTRY, 0, "body", "Words to keep & find");

  /* Another program breaks the index of words under the window. */
  drop = g_strdup_printf ("DROP TABLE %s_search", BOUNCE_RECORD_CLASS (grief_class)->table);
  g_assert_cmpint (sqlite3_open (bounce_store_get_path (fixture->store), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, drop, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  activate (fixture, "win.search", NULL);
  search_for (fixture, "keep");
  g_assert_cmpstr (search_state (fixture), ==, "error");
  g_assert_nonnull (strstr (adw_status_page_get_description (error_page),
                            "Nothing in your journal was changed"));
  /* Nothing is lost: the words stay, in the journal and in the entry. */
  g_assert_cmpstr (gtk_editable_get_text (search_entry (fixture)), ==, "keep");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_GRIEF_ENTRY), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/search/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("open", test_open_search);
  ADD ("finds-every-kind", test_finds_every_kind);
  ADD ("umlauts-and-arabic", test_umlauts_and_arabic);
  ADD ("open-result", test_open_result);
  ADD ("escape", test_escape);
  ADD ("no-results-then-edit", test_no_results_then_edit);
  ADD ("finds-words-just-typed", test_finds_words_just_typed);
  ADD ("limit", test_limit);
  ADD ("failure", test_failure);

#undef ADD

  return g_test_run ();
}
