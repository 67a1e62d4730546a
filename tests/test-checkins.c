/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-checkins.c: mood check-ins from the Grieve page, their editor and the healing curve,
 * driven as a person would and checked on disk. */
#include <adwaita.h>

#include "bounce-checkin-bar.h"
#include "bounce-checkin-editor.h"
#include "bounce-mood-chart.h"
#include "bounce-mood-curve.h"
#include "test-window-util.h"

static gboolean
is_checkin_bar (GtkWidget     *widget,
                gconstpointer  data)
{
  return BOUNCE_IS_CHECKIN_BAR (widget);
}

static BounceCheckinBar *
checkin_bar (Fixture *fixture)
{
  GtkWidget *bar = find_widget (GTK_WIDGET (fixture->window), is_checkin_bar, NULL);

  g_assert_nonnull (bar);
  return BOUNCE_CHECKIN_BAR (bar);
}

static BounceRecordPage *
checkins (Fixture *fixture)
{
  return section (fixture, BOUNCE_TYPE_CHECKIN);
}

static BounceCheckinEditor *
checkin_editor (Fixture *fixture)
{
  return BOUNCE_CHECKIN_EDITOR (editor_of (checkins (fixture)));
}

static BounceMoodChart *
mood_chart (Fixture *fixture)
{
  g_autoptr(GtkWidget) header = NULL;

  g_object_get (checkins (fixture), "header", &header, NULL);
  g_assert_true (BOUNCE_IS_MOOD_CHART (header));
  return BOUNCE_MOOD_CHART (header);   /* the page keeps it */
}

static const char *
caption (Fixture *fixture)
{
  return gtk_label_get_text (child (mood_chart (fixture), BOUNCE_TYPE_MOOD_CHART,
                                    "caption_label"));
}

/* "curve" once there is one to draw, "empty" while the chart says what makes one. */
static const char *
chart_view (Fixture *fixture)
{
  BounceMoodChart *chart = mood_chart (fixture);
  gboolean curve = gtk_widget_get_visible (child (chart, BOUNCE_TYPE_MOOD_CHART, "curve"));
  gboolean empty = gtk_widget_get_visible (child (chart, BOUNCE_TYPE_MOOD_CHART, "empty_label"));

  g_assert_true (curve != empty);
  return curve ? "curve" : "empty";
}

/* What a screen reader is told of the curve is what everyone reads under it. */
static void
assert_chart_says (Fixture    *fixture,
                   const char *expected)
{
  BounceMoodChart *chart = mood_chart (fixture);
  GtkAccessible *curve = GTK_ACCESSIBLE (child (chart, BOUNCE_TYPE_MOOD_CHART, "curve"));
  g_autofree char *mismatch = NULL;

  g_assert_cmpstr (caption (fixture), ==, expected);
  g_assert_cmpstr (bounce_mood_chart_get_summary (chart), ==, expected);
  mismatch = gtk_test_accessible_check_property (curve, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                 expected);
  g_assert_null (mismatch);
}

static void
click (gpointer button)
{
  g_signal_emit_by_name (button, "clicked");
}

static void
click_face (Fixture *fixture,
            int      score)
{
  click (bounce_checkin_bar_get_score_button (checkin_bar (fixture), score));
}

static const char *
bar_text (Fixture *fixture)
{
  return gtk_label_get_text (child (checkin_bar (fixture), BOUNCE_TYPE_CHECKIN_BAR,
                                    "prompt_label"));
}

static gboolean
words_offered (Fixture *fixture)
{
  return gtk_widget_get_visible (child (checkin_bar (fixture), BOUNCE_TYPE_CHECKIN_BAR,
                                        "words_squeezer"));
}

static int
disk_score (Fixture *fixture,
            guint    index)
{
  g_autoptr(GPtrArray) records = load_from_disk (fixture, BOUNCE_TYPE_CHECKIN);
  int score = -1;

  g_assert_cmpuint (index, <, records->len);
  g_object_get (records->pdata[index], "score", &score, NULL);
  return score;
}

/* A check-in @days_ago days before today, at noon, stored as if made then. */
static BounceCheckin *
add_past_checkin (Fixture *fixture,
                  int      days_ago,
                  int      score)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_time_get_year (now),
                                                     g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now),
                                                     12, 0, 0);
  g_autoptr(GDateTime) when = g_date_time_add_days (noon, -days_ago);
  g_autoptr(BounceCheckin) checkin = g_object_new (BOUNCE_TYPE_CHECKIN,
                                                   "created",
                                                   g_date_time_to_unix (when) * G_USEC_PER_SEC,
                                                   "score", score,
                                                   NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (bounce_journal_restore (fixture->journal, BOUNCE_RECORD (checkin), &error));
  g_assert_no_error (error);
  /* The journal's lists keep only what someone holds: the test holds it while its window
   * lives. */
  g_object_set_data_full (G_OBJECT (fixture->window),
                          bounce_record_get_uuid (BOUNCE_RECORD (checkin)),
                          g_object_ref (checkin), g_object_unref);
  return checkin;
}

static void
test_section (Fixture       *fixture,
              gconstpointer  data)
{
  BounceRecordPage *page = checkins (fixture);
  BounceCheckinEditor *editor = checkin_editor (fixture);
  g_autofree char *icon_name = NULL;
  g_autofree char *add_label = NULL;

  /* The section is on the Grieve page, with its editor and the curve above its list. */
  g_assert_cmpstr (bounce_kinds_get_page (BOUNCE_TYPE_CHECKIN), ==, "grieve");
  g_object_get (page, "icon-name", &icon_name, "add-label", &add_label, NULL);
  g_assert_cmpstr (icon_name, ==, "face-smile-symbolic");
  g_assert_cmpstr (add_label, ==, "_Check In");
  g_assert_true (BOUNCE_IS_MOOD_CHART (mood_chart (fixture)));

  /* Five faces, each named by its mood for those who do not see it. */
  for (int score = 1; score <= 5; score++)
    {
      GtkAccessible *face = GTK_ACCESSIBLE (bounce_checkin_editor_get_score_button (editor,
                                                                                     score));
      GtkAccessible *quick = GTK_ACCESSIBLE (bounce_checkin_bar_get_score_button (
                                               checkin_bar (fixture), score));
      g_autofree char *face_mismatch = NULL;
      g_autofree char *quick_mismatch = NULL;

      face_mismatch = gtk_test_accessible_check_property (face, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                          bounce_checkin_score_label (score));
      quick_mismatch = gtk_test_accessible_check_property (quick, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                           bounce_checkin_score_label (score));
      g_assert_null (face_mismatch);
      g_assert_null (quick_mismatch);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (quick)), ==,
                       bounce_checkin_score_label (score));
    }

  /* Every feeling offered has its toggle, with its word. */
  for (const char * const *id = bounce_checkin_list_feelings (); *id != NULL; id++)
    {
      GtkToggleButton *toggle = bounce_checkin_editor_get_feeling_button (editor, *id);

      g_assert_nonnull (toggle);
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (toggle)), ==,
                       bounce_checkin_feeling_label (*id));
    }

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (child (mood_chart (fixture),
                                                          BOUNCE_TYPE_MOOD_CHART, "curve")),
                                   GTK_ACCESSIBLE_ROLE_IMG);
}

static void
test_one_click (Fixture       *fixture,
                gconstpointer  data)
{
  BounceCheckin *today;

  g_assert_cmpstr (bar_text (fixture), ==, "How are you today?");
  g_assert_false (words_offered (fixture));
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_CHECKIN), ==, 0);

  /* One click is a check-in, on disk at once, with nothing left to wait for. */
  click_face (fixture, 4);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_CHECKIN), ==, 1);
  g_assert_cmpint (disk_score (fixture, 0), ==, 4);
  today = bounce_checkin_bar_get_today (checkin_bar (fixture));
  g_assert_nonnull (today);
  g_assert_cmpint (bounce_checkin_get_score (today), ==, 4);

  /* The bar says so, and still lets the person check in again. */
  g_assert_cmpstr (bar_text (fixture), ==, "Today: Good");
  g_assert_true (words_offered (fixture));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (bounce_checkin_bar_get_score_button (
                                                         checkin_bar (fixture), 2))));

  click_face (fixture, 2);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_CHECKIN), ==, 2);
  g_assert_cmpint (disk_score (fixture, 0), ==, 2);
  g_assert_cmpstr (bar_text (fixture), ==, "Today: Low");
  g_assert_true (bounce_checkin_bar_get_today (checkin_bar (fixture)) != today);

  /* A check-in of yesterday is not today's. */
  {
    g_autoptr(GError) error = NULL;
    GListModel *records = bounce_journal_get_records (fixture->journal, BOUNCE_TYPE_CHECKIN);

    while (g_list_model_get_n_items (records) > 0)
      {
        g_autoptr(BounceRecord) record = g_list_model_get_item (records, 0);

        g_assert_true (bounce_journal_remove (fixture->journal, record, &error));
        g_assert_no_error (error);
      }
  }
  add_past_checkin (fixture, 1, 5);
  g_assert_cmpstr (bar_text (fixture), ==, "How are you today?");
  g_assert_false (words_offered (fixture));
  g_assert_null (bounce_checkin_bar_get_today (checkin_bar (fixture)));
}

typedef struct
{
  Fixture    *fixture;
  const char *feelings;
  const char *note;
} CheckinWait;

static gboolean
checkin_on_disk (gpointer user_data)
{
  CheckinWait *wait = user_data;
  g_autofree char *feelings = disk_string (wait->fixture, BOUNCE_TYPE_CHECKIN, 0, "feelings");
  g_autofree char *note = disk_string (wait->fixture, BOUNCE_TYPE_CHECKIN, 0, "note");

  return g_strcmp0 (feelings, wait->feelings) == 0 && g_strcmp0 (note, wait->note) == 0;
}

/* Check in with a click, then Add Words: feelings and a note reach the same check-in. */
static BounceCheckin *
check_in_with_words (Fixture *fixture)
{
  BounceCheckinEditor *editor = checkin_editor (fixture);
  GtkTextView *note_view = child (editor, BOUNCE_TYPE_CHECKIN_EDITOR, "note_view");
  BounceCheckin *today;
  CheckinWait wait = { fixture, "tired,hopeful", "Walked by the river.\nSlept well." };

  /* Another check-in is open in the section: Add Words must not write into it. */
  g_assert_true (bounce_record_page_select (checkins (fixture),
                                            BOUNCE_RECORD (add_past_checkin (fixture, 2, 3))));
  click_face (fixture, 4);
  today = bounce_checkin_bar_get_today (checkin_bar (fixture));

  click (child (checkin_bar (fixture), BOUNCE_TYPE_CHECKIN_BAR, "words_button"));
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "grieve");
  g_assert_true (shows_section (child (fixture->window, BOUNCE_TYPE_WINDOW, "grieve_sections"),
                                checkins (fixture)));
  g_assert_true (bounce_record_page_get_selected (checkins (fixture)) == BOUNCE_RECORD (today));
  g_assert_true (bounce_editor_get_record (BOUNCE_EDITOR (editor)) == BOUNCE_RECORD (today));
  /* The face is chosen already: the words are next. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (note_view)));
  g_assert_true (gtk_toggle_button_get_active (bounce_checkin_editor_get_score_button (editor,
                                                                                       4)));

  click (bounce_checkin_editor_get_feeling_button (editor, "hopeful"));
  click (bounce_checkin_editor_get_feeling_button (editor, "sad"));
  click (bounce_checkin_editor_get_feeling_button (editor, "tired"));
  click (bounce_checkin_editor_get_feeling_button (editor, "sad"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note_view), wait.note, -1);
  g_assert_true (test_iterate_until (checkin_on_disk, &wait, 5000));
  g_assert_cmpint (disk_score (fixture, 0), ==, 4);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_CHECKIN), ==, 2);

  return today;
}

static void
test_add_words (Fixture       *fixture,
                gconstpointer  data)
{
  BounceCheckin *today = check_in_with_words (fixture);
  g_autofree char *summary = bounce_record_dup_summary (BOUNCE_RECORD (today));

  g_assert_cmpstr (summary, ==, "Walked by the river.");

  /* Changing the face in the editor changes the same check-in, and the bar follows once
   * it is saved. */
  click (bounce_checkin_editor_get_score_button (checkin_editor (fixture), 5));
  g_assert_true (bounce_window_flush (fixture->window, NULL));
  g_assert_cmpint (disk_score (fixture, 0), ==, 5);
  g_assert_cmpstr (bar_text (fixture), ==, "Today: Very good");
}

static gboolean
leaflet_is_folded (gpointer user_data)
{
  return adw_leaflet_get_folded (user_data);
}

static gboolean
is_narrow (gpointer user_data)
{
  int width = gtk_widget_get_width (user_data);

  return width > 0 && width <= 360;
}

static void
test_add_words_narrow (Fixture       *fixture,
                       gconstpointer  data)
{
  BounceRecordPage *checkin_page = checkins (fixture);
  AdwLeaflet *leaflet = child (checkin_page, BOUNCE_TYPE_RECORD_PAGE, "leaflet");


  /* A phone's width, the grief journal on show. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  click_face (fixture, 3);
  g_assert_true (test_iterate_until (is_narrow, fixture->window, 5000));

  /* Folded, Add Words still opens the editor, not the list. */
  click (child (checkin_bar (fixture), BOUNCE_TYPE_CHECKIN_BAR, "words_icon_button"));
  g_assert_true (test_iterate_until (leaflet_is_folded, leaflet, 5000));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) ==
                 child (checkin_page, BOUNCE_TYPE_RECORD_PAGE, "content_box"));
}

static void
test_score_only_kept (Fixture       *fixture,
                      gconstpointer  data)
{
  BounceCheckinEditor *editor = checkin_editor (fixture);

  bounce_window_show_section (fixture->window, BOUNCE_TYPE_CHECKIN);

  /* Check In, nothing chosen, Check In again: the untouched one goes without a word. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-record", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-record", NULL);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_CHECKIN), ==, 1);

  /* A face alone is a check-in worth keeping. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (bounce_checkin_editor_get_score_button (editor,
                                                                                         1))));
  click (bounce_checkin_editor_get_score_button (editor, 2));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-record", NULL);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_CHECKIN), ==, 2);
  close_window (fixture);

  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_CHECKIN), ==, 1);
  g_assert_cmpint (disk_score (fixture, 0), ==, 2);
}

typedef struct
{
  Fixture    *fixture;
  const char *expected;
} CaptionWait;

static gboolean
caption_is (gpointer user_data)
{
  CaptionWait *wait = user_data;

  return g_strcmp0 (caption (wait->fixture), wait->expected) == 0;
}

static void
test_chart_ranges (Fixture       *fixture,
                   gconstpointer  data)
{
  BounceMoodChart *chart = mood_chart (fixture);
  BounceCheckin *ten_days_ago;
  CaptionWait wait = { fixture, NULL };

  g_assert_cmpint (bounce_mood_chart_get_range (chart), ==, BOUNCE_MOOD_RANGE_WEEKS);
  g_assert_cmpstr (chart_view (fixture), ==, "empty");
  assert_chart_says (fixture, "Last 4 weeks: no check-ins yet.");
  /* Before the first check-in, the section's invitation is enough. */
  g_assert_false (gtk_widget_get_visible (child (chart, BOUNCE_TYPE_MOOD_CHART, "box")));

  add_past_checkin (fixture, 1, 4);
  g_assert_true (gtk_widget_get_visible (child (chart, BOUNCE_TYPE_MOOD_CHART, "box")));
  ten_days_ago = add_past_checkin (fixture, 10, 3);
  add_past_checkin (fixture, 24, 2);
  add_past_checkin (fixture, 90, 1);
  add_past_checkin (fixture, 100, 5);
  add_past_checkin (fixture, 365, 3);

  /* Each range counts its own check-ins, and compares its beginning with its end. */
  g_assert_cmpstr (chart_view (fixture), ==, "curve");
  assert_chart_says (fixture, "Last 4 weeks: 3 check-ins, on average 3.0 of 5. "
                              "The last week felt lighter than the first.");
  click (child (chart, BOUNCE_TYPE_MOOD_CHART, "months_button"));
  g_assert_cmpint (bounce_mood_chart_get_range (chart), ==, BOUNCE_MOOD_RANGE_MONTHS);
  assert_chart_says (fixture, "Last 6 months: 5 check-ins, on average 3.0 of 5.");
  click (child (chart, BOUNCE_TYPE_MOOD_CHART, "all_button"));
  assert_chart_says (fixture, "All time: 6 check-ins, on average 3.0 of 5. "
                              "The last four weeks felt much like the first four.");
  click (child (chart, BOUNCE_TYPE_MOOD_CHART, "weeks_button"));
  g_assert_cmpint (bounce_mood_chart_get_range (chart), ==, BOUNCE_MOOD_RANGE_WEEKS);

  /* A check-in just made shows at once. */
  click_face (fixture, 3);
  assert_chart_says (fixture, "Last 4 weeks: 4 check-ins, on average 3.0 of 5. "
                              "The last week felt lighter than the first.");

  /* A change shows once it is saved, not before. */
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_CHECKIN);
  g_assert_true (bounce_record_page_select (checkins (fixture), BOUNCE_RECORD (ten_days_ago)));
  click (bounce_checkin_editor_get_score_button (checkin_editor (fixture), 5));
  g_assert_cmpstr (caption (fixture), ==, "Last 4 weeks: 4 check-ins, on average 3.0 of 5. "
                                          "The last week felt lighter than the first.");
  wait.expected = "Last 4 weeks: 4 check-ins, on average 3.5 of 5. "
                  "The last week felt lighter than the first.";
  g_assert_true (test_iterate_until (caption_is, &wait, 5000));
  assert_chart_says (fixture, wait.expected);
  g_assert_cmpint (disk_score (fixture, 2), ==, 5);

  /* A deleted one goes; Undo brings it back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-record", NULL);
  assert_chart_says (fixture, "Last 4 weeks: 3 check-ins, on average 3.0 of 5. "
                              "The last week felt lighter than the first.");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo-remove", NULL);
  assert_chart_says (fixture, wait.expected);
}

static void
test_chart_one_day (Fixture       *fixture,
                    gconstpointer  data)
{
  /* One day is a dot, not yet a curve: the chart says what makes one. */
  click_face (fixture, 3);
  click_face (fixture, 4);
  g_assert_cmpstr (chart_view (fixture), ==, "empty");
  assert_chart_says (fixture, "Last 4 weeks: 2 check-ins, on average 3.5 of 5.");

  add_past_checkin (fixture, 2, 2);
  g_assert_cmpstr (chart_view (fixture), ==, "curve");
}

static void
test_restart (Fixture       *fixture,
              gconstpointer  data)
{
  BounceCheckinEditor *editor;
  g_autofree char *note = NULL;
  GtkTextIter start, end;

  check_in_with_words (fixture);
  close_window (fixture);
  open_window (fixture);

  g_assert_cmpstr (bar_text (fixture), ==, "Today: Good");
  assert_chart_says (fixture, "Last 4 weeks: 2 check-ins, on average 3.5 of 5.");

  click (child (checkin_bar (fixture), BOUNCE_TYPE_CHECKIN_BAR, "words_button"));
  editor = checkin_editor (fixture);
  g_assert_true (gtk_toggle_button_get_active (bounce_checkin_editor_get_score_button (editor,
                                                                                       4)));
  g_assert_true (gtk_toggle_button_get_active (bounce_checkin_editor_get_feeling_button (
                                                 editor, "tired")));
  g_assert_true (gtk_toggle_button_get_active (bounce_checkin_editor_get_feeling_button (
                                                 editor, "hopeful")));
  g_assert_false (gtk_toggle_button_get_active (bounce_checkin_editor_get_feeling_button (
                                                  editor, "sad")));
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (child (editor,
                                                               BOUNCE_TYPE_CHECKIN_EDITOR,
                                                               "note_view")),
                              &start, &end);
  note = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (note, ==, "Walked by the river.\nSlept well.");

  /* The list row tells the check-in by its note, and its mood after the day. */
  {
    BounceRecord *record = bounce_record_page_get_selected (checkins (fixture));
    g_autofree char *detail = bounce_record_dup_detail (record);

    g_assert_cmpstr (detail, ==, "Good — 4 of 5");
  }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/checkins/section", Fixture, NULL, fixture_set_up, test_section,
              fixture_tear_down);
  g_test_add ("/checkins/one-click", Fixture, NULL, fixture_set_up, test_one_click,
              fixture_tear_down);
  g_test_add ("/checkins/add-words", Fixture, NULL, fixture_set_up, test_add_words,
              fixture_tear_down);
  g_test_add ("/checkins/add-words-narrow", Fixture, NULL, fixture_set_up,
              test_add_words_narrow, fixture_tear_down);
  g_test_add ("/checkins/score-only-kept", Fixture, NULL, fixture_set_up, test_score_only_kept,
              fixture_tear_down);
  g_test_add ("/checkins/chart-ranges", Fixture, NULL, fixture_set_up, test_chart_ranges,
              fixture_tear_down);
  g_test_add ("/checkins/chart-one-day", Fixture, NULL, fixture_set_up, test_chart_one_day,
              fixture_tear_down);
  g_test_add ("/checkins/restart", Fixture, NULL, fixture_set_up, test_restart,
              fixture_tear_down);

  return g_test_run ();
}
