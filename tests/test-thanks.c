/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-thanks.c: the Thank Yourself page driven as a person would: thanks, lessons,
 * definitions, talks, and trying again. */
#include <adwaita.h>

#include "bounce-core.h"
#include "bounce-date-row.h"
#include "bounce-definition-editor.h"
#include "bounce-idea-editor.h"
#include "bounce-lesson-editor.h"
#include "bounce-record-row.h"
#include "bounce-talk-editor.h"
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

/* The section of @kind on show, with a new record open in its editor. */
static BounceRecord *
add_in_section (Fixture *fixture,
                GType    kind)
{
  BounceRecordPage *record_page = section (fixture, kind);

  bounce_window_show_section (fixture->window, kind);
  activate (fixture, "win.new-record", NULL);
  g_assert_nonnull (bounce_record_page_get_selected (record_page));
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (bounce_record_page_get_selected (record_page), kind));
  return bounce_record_page_get_selected (record_page);
}

static const char *
row_day_line (BounceRecordPage *record_page,
              BounceRecord     *record)
{
  BounceRecordRow *row = find_row (GTK_WIDGET (record_page), record);

  g_assert_nonnull (row);
  return gtk_label_get_text (child (row, BOUNCE_TYPE_RECORD_ROW, "day_label"));
}

/* Each section of the page has its own icon, drawn in the app's resource. */
static void
check_section_icons (Fixture *fixture)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  const GType kinds[] = { BOUNCE_TYPE_THANKS, BOUNCE_TYPE_LESSON, BOUNCE_TYPE_DEFINITION,
                          BOUNCE_TYPE_TALK };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_icon_theme_add_resource_path (theme, RESOURCE_PREFIX "/icons");
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      BounceRecordPage *record_page = section (fixture, kinds[i]);
      g_autofree char *icon_name = NULL;

      g_assert_cmpstr (bounce_kinds_get_page (kinds[i]), ==, "thanks");
      g_object_get (record_page, "icon-name", &icon_name, NULL);
      g_assert_true (gtk_icon_theme_has_icon (theme, icon_name));
      g_assert_true (g_hash_table_add (seen, g_steal_pointer (&icon_name)));
    }
}

static void
test_thanks_row_tells_treat (Fixture       *fixture,
                             gconstpointer  data)
{
  BounceRecordPage *thanks = section (fixture, BOUNCE_TYPE_THANKS);
  BounceEditor *editor = editor_of (thanks);
  GtkSwitch *given = child (editor, BOUNCE_TYPE_THANKS_EDITOR, "treat_given_switch");
  g_autofree char *day = NULL;
  g_autofree char *still = NULL;
  g_autofree char *enjoyed = NULL;
  BounceRecord *record;

  check_section_icons (fixture);

  record = add_in_section (fixture, BOUNCE_TYPE_THANKS);
  day = bounce_format_day_time (bounce_record_get_created (record), NULL, FALSE);
  still = g_strdup_printf ("%s · Treat still to come", day);
  enjoyed = g_strdup_printf ("%s · Treat enjoyed", day);
  bounce_text_row_set_text (child (editor, BOUNCE_TYPE_THANKS_EDITOR, "treat_row"),
                            "A day at the sea");
  g_assert_true (test_iterate_until (row_is_drawn, thanks, 5000));
  g_assert_cmpstr (row_day_line (thanks, record), ==, still);

  /* The row follows the switch at once, both ways. */
  gtk_switch_set_active (given, TRUE);
  g_assert_cmpstr (row_day_line (thanks, record), ==, enjoyed);
  gtk_switch_set_active (given, FALSE);
  g_assert_cmpstr (row_day_line (thanks, record), ==, still);
  gtk_switch_set_active (given, TRUE);

  /* And says the same after a restart, from what reached the disk. */
  close_window (fixture);
  open_window (fixture);
  thanks = section (fixture, BOUNCE_TYPE_THANKS);
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_THANKS);
  g_assert_true (test_iterate_until (row_is_drawn, thanks, 5000));
  g_assert_cmpstr (row_day_line (thanks, bounce_record_page_get_selected (thanks)), ==, enjoyed);
}

/* One text field of a record, and the widget of its editor that writes it: an entry row
 * (a GtkEditable) or a text view. */
typedef struct
{
  const char *widget;
  const char *field;
  const char *value;
} TextField;

static void
type_into (BounceEditor    *editor,
           const TextField *text_field)
{
  GObject *widget = child (editor, G_OBJECT_TYPE (editor), text_field->widget);

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)),
                              text_field->value, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text_field->value);
}

static char *
shown_in (BounceEditor    *editor,
          const TextField *text_field)
{
  GObject *widget = child (editor, G_OBJECT_TYPE (editor), text_field->widget);
  GtkTextIter start, end;

  if (!GTK_IS_TEXT_VIEW (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), &start, &end);
  return gtk_text_iter_get_text (&start, &end);
}

static const char *
row_summary (BounceRecordPage *record_page,
             BounceRecord     *record)
{
  BounceRecordRow *row = find_row (GTK_WIDGET (record_page), record);

  g_assert_nonnull (row);
  return gtk_inscription_get_text (child (row, BOUNCE_TYPE_RECORD_ROW, "summary_label"));
}

/* What every section of the page does with its kind, first half: a new record is written
 * field by field, each reaches the disk by itself, and the list names it by @summary. */
static BounceRecord *
write_in_section (Fixture         *fixture,
                  GType            kind,
                  const TextField *fields,
                  guint            n_fields,
                  const char      *summary)
{
  BounceRecordPage *record_page = section (fixture, kind);
  BounceEditor *editor = editor_of (record_page);
  g_autoptr(GPtrArray) records = NULL;
  BounceRecord *record;

  g_assert_cmpstr (visible_view (record_page), ==, "empty");
  record = add_in_section (fixture, kind);
  g_assert_cmpstr (visible_view (record_page), ==, "records");
  g_assert_cmpuint (disk_count (fixture, kind), ==, 1);

  /* Typing reaches the disk by itself once the typing pauses. */
  for (guint i = 0; i < n_fields; i++)
    type_into (editor, &fields[i]);
  {
    DiskWait wait = { fixture, kind, fields[n_fields - 1].field, fields[n_fields - 1].value };

    g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));
  }

  records = load_from_disk (fixture, kind);
  g_assert_cmpuint (records->len, ==, 1);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = NULL;

      g_object_get (records->pdata[0], fields[i].field, &value, NULL);
      g_assert_cmpstr (value, ==, fields[i].value);
    }

  g_assert_true (test_iterate_until (row_is_drawn, record_page, 5000));
  g_assert_cmpstr (row_summary (record_page, record), ==, summary);
  return record;
}

/* Second half: a new one left untouched goes when the window closes, and the one written
 * comes back on reopening, shown in its editor. */
static void
leave_and_reopen (Fixture         *fixture,
                  GType            kind,
                  const TextField *fields,
                  guint            n_fields)
{
  BounceRecordPage *record_page;
  BounceEditor *editor;

  /* One started and left as it was is no record. */
  add_in_section (fixture, kind);
  g_assert_cmpuint (disk_count (fixture, kind), ==, 2);
  close_window (fixture);
  g_assert_cmpuint (disk_count (fixture, kind), ==, 1);

  open_window (fixture);
  record_page = section (fixture, kind);
  editor = editor_of (record_page);
  g_assert_nonnull (bounce_record_page_get_selected (record_page));
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *shown = shown_in (editor, &fields[i]);

      g_assert_cmpstr (shown, ==, fields[i].value);
    }
}

static void
check_section (Fixture         *fixture,
               GType            kind,
               const TextField *fields,
               guint            n_fields,
               const char      *summary)
{
  write_in_section (fixture, kind, fields, n_fields, summary);
  leave_and_reopen (fixture, kind, fields, n_fields);
}

static void
test_lessons (Fixture       *fixture,
              gconstpointer  data)
{
  const TextField fields[] = {
    { "happened_view", "happened", "I froze in the oral exam.\nThe second question." },
    { "taught_view", "taught", "\n  Practise out loud, not only on paper.\nAsk for a mock exam." },
  };
  BounceRecordPage *lessons = section (fixture, BOUNCE_TYPE_LESSON);
  BounceEditor *editor = editor_of (lessons);
  g_autofree char *title = NULL;
  BounceRecord *record;

  g_assert_true (BOUNCE_IS_LESSON_EDITOR (editor));
  g_object_get (lessons, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Lessons, Not Failures");

  /* Until it says what it taught, a lesson is named by what happened. */
  record = add_in_section (fixture, BOUNCE_TYPE_LESSON);
  type_into (editor, &fields[0]);
  g_assert_true (test_iterate_until (row_is_drawn, lessons, 5000));
  g_assert_cmpstr (row_summary (lessons, record), ==, "I froze in the oral exam.");
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_LESSON);
  activate (fixture, "win.delete-record", NULL);

  check_section (fixture, BOUNCE_TYPE_LESSON, fields, G_N_ELEMENTS (fields),
                 "Practise out loud, not only on paper.");
}

static void
test_definitions (Fixture       *fixture,
                  gconstpointer  data)
{
  const TextField fields[] = {
    { "season_row", "season", "After the bar exam, at thirty" },
    { "success_view", "success", "Learning every week, and weekends with my family." },
    { "failure_view", "failure", "Giving up on learning. Not passing is not failing, yet." },
  };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -400);
  gint64 long_ago = g_date_time_to_unix (then) * G_USEC_PER_SEC;
  g_autofree char *long_ago_day = bounce_format_day (long_ago, NULL);
  g_autofree char *written_then = g_strdup_printf ("Written: %s", long_ago_day);
  g_autoptr(BounceRecord) earlier = NULL;
  g_autoptr(GError) error = NULL;
  BounceRecordPage *definitions;
  BounceEditor *editor;
  BounceRecord *record;

  check_section (fixture, BOUNCE_TYPE_DEFINITION, fields, G_N_ELEMENTS (fields),
                 "After the bar exam, at thirty");

  definitions = section (fixture, BOUNCE_TYPE_DEFINITION);
  editor = editor_of (definitions);
  g_assert_true (BOUNCE_IS_DEFINITION_EDITOR (editor));

  /* One written long ago is dated by its own day, and stays beside the newer one. */
  earlier = g_object_new (BOUNCE_TYPE_DEFINITION, "created", long_ago,
                          "success", "Passing every exam the first time.", NULL);
  g_assert_true (bounce_journal_restore (fixture->journal, earlier, &error));
  g_assert_no_error (error);
  g_assert_true (bounce_record_page_select (definitions, earlier));
  g_assert_cmpstr (gtk_label_get_text (child (editor, BOUNCE_TYPE_DEFINITION_EDITOR,
                                              "day_label")), ==, written_then);
  /* A section's list has rows once it is shown. */
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_DEFINITION);
  g_assert_true (test_iterate_until (row_is_drawn, definitions, 5000));
  /* Without a season, its words name it. */
  g_assert_cmpstr (row_summary (definitions, earlier), ==, "Passing every exam the first time.");
  g_assert_cmpstr (row_day_line (definitions, earlier), ==, long_ago_day);

  /* A new one starts blank, and the earlier ones keep their words. */
  record = add_in_section (fixture, BOUNCE_TYPE_DEFINITION);
  g_assert_cmpstr (gtk_editable_get_text (child (editor, BOUNCE_TYPE_DEFINITION_EDITOR,
                                                 "season_row")), ==, "");
  gtk_editable_set_text (child (editor, BOUNCE_TYPE_DEFINITION_EDITOR, "season_row"),
                         "Starting over");
  g_assert_true (bounce_window_flush (fixture->window, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_DEFINITION), ==, 3);
  g_assert_true (bounce_record_get_created (record) > bounce_record_get_created (earlier));
  {
    g_autofree char *newest = disk_string (fixture, BOUNCE_TYPE_DEFINITION, 0, "season");
    g_autofree char *middle = disk_string (fixture, BOUNCE_TYPE_DEFINITION, 1, "season");
    g_autofree char *oldest = disk_string (fixture, BOUNCE_TYPE_DEFINITION, 2, "success");

    g_assert_cmpstr (newest, ==, "Starting over");
    g_assert_cmpstr (middle, ==, "After the bar exam, at thirty");
    g_assert_cmpstr (oldest, ==, "Passing every exam the first time.");
  }
}

static gboolean
is_button_for (GtkWidget     *widget,
               gconstpointer  action_name)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

static BounceRecord *
add_goal (Fixture    *fixture,
          const char *title,
          gboolean    in_focus)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) goal = bounce_journal_add (fixture->journal, BOUNCE_TYPE_GOAL, &error);

  g_assert_no_error (error);
  g_object_set (goal, "title", title, "in-focus", in_focus, NULL);
  g_assert_true (bounce_journal_save (fixture->journal, goal, &error));
  g_assert_no_error (error);
  /* The journal's lists keep only what someone holds: the test holds it while its window
   * lives. */
  g_object_set_data_full (G_OBJECT (fixture->window), bounce_record_get_uuid (goal),
                          g_object_ref (goal), g_object_unref);
  return goal;
}

/* Try Again as a person reaches it: the button of the thank-you on show. */
static BounceRecord *
try_again (Fixture *fixture)
{
  BounceRecordPage *thanks = section (fixture, BOUNCE_TYPE_THANKS);
  BounceRecordPage *paths = section (fixture, BOUNCE_TYPE_IDEA);
  GtkWidget *button;

  if (bounce_record_page_get_selected (thanks) == NULL)
    add_in_section (fixture, BOUNCE_TYPE_THANKS);
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_THANKS);
  button = find_widget (GTK_WIDGET (editor_of (thanks)), is_button_for, "win.try-again");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");

  /* New Paths is on show, with the new idea open. */
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "paths");
  g_assert_true (BOUNCE_IS_IDEA (bounce_record_page_get_selected (paths)));
  return bounce_record_page_get_selected (paths);
}

static const char *
goal_line (Fixture *fixture)
{
  BounceEditor *editor = editor_of (section (fixture, BOUNCE_TYPE_IDEA));
  GtkWidget *row = child (editor, BOUNCE_TYPE_IDEA_EDITOR, "goal_row");

  if (!gtk_widget_get_visible (row))
    return NULL;
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static void
test_try_again (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *goal_uuid = NULL;
  g_autofree char *title = NULL;
  BounceRecord *lost, *newer;
  BounceRecord *idea;

  /* Without any goal, the idea is made all the same, referring to none. */
  idea = try_again (fixture);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_IDEA), ==, 1);
  g_object_get (idea, "goal", &goal_uuid, NULL);
  g_assert_cmpstr (goal_uuid, ==, "");
  title = disk_string (fixture, BOUNCE_TYPE_IDEA, 0, "title");
  g_assert_cmpstr (title, ==, "Another go");
  g_assert_null (goal_line (fixture));
  g_clear_pointer (&goal_uuid, g_free);
  g_clear_pointer (&title, g_free);
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_IDEA);
  activate (fixture, "win.delete-record", NULL);

  lost = add_goal (fixture, "Pass the bar exam", TRUE);
  newer = add_goal (fixture, "Run a marathon", FALSE);
  g_assert_true (bounce_record_get_created (newer) > bounce_record_get_created (lost));

  /* The goal in focus, not merely the newest one. */
  idea = try_again (fixture);
  ideas = load_from_disk (fixture, BOUNCE_TYPE_IDEA);
  g_assert_cmpuint (ideas->len, ==, 1);
  g_assert_cmpstr (bounce_record_get_uuid (ideas->pdata[0]), ==, bounce_record_get_uuid (idea));
  g_object_get (ideas->pdata[0], "goal", &goal_uuid, "title", &title, NULL);
  g_assert_cmpstr (goal_uuid, ==, bounce_record_get_uuid (lost));
  g_assert_cmpstr (title, ==, "Another go at “Pass the bar exam”");

  /* The idea says which goal it is another go at, and follows it. */
  g_assert_cmpstr (goal_line (fixture), ==, "Another go at: Pass the bar exam");
  g_object_set (lost, "title", "Pass the bar exam, second sitting", NULL);
  g_assert_cmpstr (goal_line (fixture), ==, "Another go at: Pass the bar exam, second sitting");
  g_assert_true (bounce_journal_remove (fixture->journal, lost, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (goal_line (fixture), ==, "Another go at a goal no longer kept");

  /* An idea of its own says nothing of goals. */
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_IDEA);
  activate (fixture, "win.new-record", NULL);
  g_assert_null (goal_line (fixture));

  /* With no goal in focus, the newest goal is the one. */
  g_clear_pointer (&goal_uuid, g_free);
  idea = try_again (fixture);
  g_object_get (idea, "goal", &goal_uuid, NULL);
  g_assert_cmpstr (goal_uuid, ==, bounce_record_get_uuid (newer));
  g_assert_cmpstr (goal_line (fixture), ==, "Another go at: Run a marathon");

  /* After a restart, the line is still there. */
  close_window (fixture);
  open_window (fixture);
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_IDEA);
  g_assert_cmpstr (goal_line (fixture), ==, "Another go at: Run a marathon");
}

static gint64
disk_follow_up (Fixture *fixture)
{
  g_autoptr(GPtrArray) talks = load_from_disk (fixture, BOUNCE_TYPE_TALK);
  gint64 seconds = -1;

  g_assert_cmpuint (talks->len, >, 0);
  if (!bounce_record_get_optional_int64 (talks->pdata[0], "follow-up", &seconds))
    return -1;
  return seconds;
}

static void
test_talks (Fixture       *fixture,
            gconstpointer  data)
{
  const TextField fields[] = {
    { "who_row", "who", "Ms Okafor, my tutor" },
    { "ask_view", "ask", "Where did I lose the most marks?\nIs there a resit in spring?" },
    { "heard_view", "heard", "The essays were fine; timing was the problem. Resit in April." },
  };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  /* 3 December of this year, at midnight in UTC, as days are kept. */
  g_autoptr(GDateTime) december = g_date_time_new_utc (g_date_time_get_year (now), 12, 3,
                                                        0, 0, 0);
  gint64 follow_up = g_date_time_to_unix (december);
  g_autofree char *today = NULL;
  g_autofree char *with_follow_up = NULL;
  g_autoptr(GError) error = NULL;
  BounceRecordPage *talks;
  BounceDateRow *follow_up_row;
  BounceEditor *editor;
  BounceRecord *record;

  record = write_in_section (fixture, BOUNCE_TYPE_TALK, fields, G_N_ELEMENTS (fields),
                             "Ms Okafor, my tutor");
  talks = section (fixture, BOUNCE_TYPE_TALK);
  editor = editor_of (talks);
  g_assert_true (BOUNCE_IS_TALK_EDITOR (editor));
  today = bounce_format_day_time (bounce_record_get_created (record), NULL, FALSE);
  with_follow_up = g_strdup_printf ("%s · Follow up on 3\u00a0December", today);

  /* No follow-up yet: the row says only its day. */
  g_assert_cmpint (disk_follow_up (fixture), ==, -1);
  g_assert_cmpstr (row_day_line (talks, record), ==, today);

  /* A follow-up day reaches the disk, and the row says it. */
  follow_up_row = child (editor, BOUNCE_TYPE_TALK_EDITOR, "follow_up_row");
  bounce_date_row_set_value (follow_up_row,
                             g_variant_new_maybe (G_VARIANT_TYPE_INT64,
                                                  g_variant_new_int64 (follow_up)));
  g_assert_cmpstr (row_day_line (talks, record), ==, with_follow_up);
  g_assert_true (bounce_window_flush (fixture->window, &error));
  g_assert_no_error (error);
  g_assert_cmpint (disk_follow_up (fixture), ==, follow_up);

  /* It comes back with the talk. */
  leave_and_reopen (fixture, BOUNCE_TYPE_TALK, fields, G_N_ELEMENTS (fields));
  talks = section (fixture, BOUNCE_TYPE_TALK);
  editor = editor_of (talks);
  follow_up_row = child (editor, BOUNCE_TYPE_TALK_EDITOR, "follow_up_row");
  g_assert_nonnull (bounce_date_row_get_value (follow_up_row));
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_TALK);
  g_assert_true (test_iterate_until (row_is_drawn, talks, 5000));
  record = bounce_record_page_get_selected (talks);
  g_assert_cmpstr (row_day_line (talks, record), ==, with_follow_up);

  /* Cleared, it is gone from the disk and the row. */
  bounce_date_row_set_value (follow_up_row, NULL);
  g_assert_cmpstr (row_day_line (talks, record), ==, today);
  g_assert_true (bounce_window_flush (fixture->window, &error));
  g_assert_no_error (error);
  g_assert_cmpint (disk_follow_up (fixture), ==, -1);

  /* Before it says whom it is with, a talk is named by what there is to ask. */
  gtk_editable_set_text (child (editor, BOUNCE_TYPE_TALK_EDITOR, "who_row"), "");
  g_assert_cmpstr (row_summary (talks, record), ==, "Where did I lose the most marks?");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/thanks/sections-and-thanks-row", Fixture, NULL,
              fixture_set_up, test_thanks_row_tells_treat, fixture_tear_down);

  g_test_add ("/thanks/lessons", Fixture, NULL,
              fixture_set_up, test_lessons, fixture_tear_down);

  g_test_add ("/thanks/definitions", Fixture, NULL,
              fixture_set_up, test_definitions, fixture_tear_down);

  g_test_add ("/thanks/try-again", Fixture, NULL,
              fixture_set_up, test_try_again, fixture_tear_down);

  g_test_add ("/thanks/talks", Fixture, NULL,
              fixture_set_up, test_talks, fixture_tear_down);

  return g_test_run ();
}
