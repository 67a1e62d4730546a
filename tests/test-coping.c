/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-coping.c: the coping log in the window: entries logged, kept, dropped and summed up. */
#include <adwaita.h>

#include "bounce-core.h"
#include "bounce-coping-card.h"
#include "bounce-coping-editor.h"
#include "bounce-record-row.h"
#include "bounce-window-private.h"
#include "test-util.h"
#include "test-window-util.h"

#define NBSP "\u00a0"

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
}

/* The Coping section, in front. */
static BounceRecordPage *
coping (Fixture *fixture)
{
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_COPING);
  return section (fixture, BOUNCE_TYPE_COPING);
}

static gpointer
editor_child (Fixture    *fixture,
              const char *name)
{
  return child (editor_of (section (fixture, BOUNCE_TYPE_COPING)),
                BOUNCE_TYPE_COPING_EDITOR, name);
}

static guint
position_of_activity (const char *id)
{
  guint n;
  const BounceCopingActivity *activities = bounce_coping_get_activities (&n);
  const BounceCopingActivity *activity = bounce_coping_lookup_activity (id);

  g_assert_nonnull (activity);
  return activity - activities;
}

/* As a person logs something: an activity from the list, the minutes, a note. */
static void
log_activity (Fixture    *fixture,
              const char *activity,
              int         minutes,
              const char *note)
{
  activate (fixture, "win.new-record");
  adw_combo_row_set_selected (editor_child (fixture, "activity_row"),
                              position_of_activity (activity));
  gtk_spin_button_set_value (editor_child (fixture, "minutes_spin"), minutes);
  if (note != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (editor_child (fixture, "note_view")),
                              note, -1);
}

static GtkWidget *
card_of (Fixture *fixture)
{
  g_autoptr(GtkWidget) header = NULL;

  g_object_get (section (fixture, BOUNCE_TYPE_COPING), "header", &header, NULL);
  g_assert_true (BOUNCE_IS_COPING_CARD (header));
  return header;   /* the page keeps it */
}

static const char *
card_text (Fixture *fixture)
{
  return gtk_label_get_text (child (card_of (fixture), BOUNCE_TYPE_COPING_CARD,
                                    "summary_label"));
}

typedef struct
{
  Fixture    *fixture;
  const char *expected;
} CardWait;

static gboolean
card_says (gpointer user_data)
{
  CardWait *wait = user_data;

  return strstr (card_text (wait->fixture), wait->expected) != NULL;
}

static int
disk_minutes (Fixture *fixture,
              guint    index)
{
  g_autoptr(GPtrArray) records = load_from_disk (fixture, BOUNCE_TYPE_COPING);
  int minutes = -1;

  g_assert_cmpuint (index, <, records->len);
  g_object_get (records->pdata[index], "minutes", &minutes, NULL);
  return minutes;
}

static void
test_section (Fixture       *fixture,
              gconstpointer  data)
{
  BounceRecordPage *page = coping (fixture);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autofree char *icon_name = NULL;
  g_autofree char *add_label = NULL;

  g_assert_true (BOUNCE_IS_COPING_EDITOR (editor_of (page)));
  g_assert_cmpstr (bounce_window_get_page_name (fixture->window), ==, "grieve");
  g_object_get (page, "icon-name", &icon_name, "add-label", &add_label, NULL);
  g_assert_true (gtk_icon_theme_has_icon (theme, icon_name));
  g_assert_cmpstr (add_label, ==, "_Log Something");
  g_assert_cmpstr (visible_view (page), ==, "empty");
}

/* An entry logged reaches the disk by itself, and its row names it and its time. */
static void
test_log (Fixture       *fixture,
          gconstpointer  data)
{
  BounceRecordPage *page = coping (fixture);
  AdwComboRow *activity_row = editor_child (fixture, "activity_row");
  DiskWait wait = { fixture, BOUNCE_TYPE_COPING, "note", "Sketched the garden shed" };
  g_autofree char *activity = NULL;
  BounceRecordRow *row;

  activate (fixture, "win.new-record");
  /* Nothing is chosen for the person. */
  g_assert_cmpuint (adw_combo_row_get_selected (activity_row), ==, GTK_INVALID_LIST_POSITION);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (activity_row)));

  adw_combo_row_set_selected (activity_row, position_of_activity ("back-pocket"));
  /* The back-pocket project says what it is. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (activity_row)),
                            "small project kept for hard days"));
  g_assert_true (test_iterate_until (row_is_drawn, page, 5000));
  row = find_row (GTK_WIDGET (page), bounce_record_page_get_selected (page));
  g_assert_cmpstr (gtk_inscription_get_text (child (row, BOUNCE_TYPE_RECORD_ROW, "summary_label")), ==,
                   "My back-pocket project");

  /* The row follows at once, before anything is saved. */
  gtk_spin_button_set_value (editor_child (fixture, "minutes_spin"), 45);
  {
    g_autofree char *today = bounce_format_day_time (bounce_record_get_created (
                                                       bounce_record_page_get_selected (page)),
                                                     NULL, FALSE);
    g_autofree char *expected = g_strdup_printf ("%s · 45" NBSP "min", today);

    /* Today's row says its time: "Today, 14:05 · 45 min". */
    g_assert_true (g_str_has_prefix (today, "Today, "));
    g_assert_cmpstr (gtk_label_get_text (child (row, BOUNCE_TYPE_RECORD_ROW, "day_label")), ==,
                     expected);
  }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (editor_child (fixture, "note_view")),
                            wait.expected, -1);
  g_assert_true (test_iterate_until (disk_has_value, &wait, 5000));

  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_COPING), ==, 1);
  activity = disk_string (fixture, BOUNCE_TYPE_COPING, 0, "activity");
  g_assert_cmpstr (activity, ==, "back-pocket");
  g_assert_cmpint (disk_minutes (fixture, 0), ==, 45);

  /* Ninety minutes read as hours beside the spin button. */
  gtk_spin_button_set_value (editor_child (fixture, "minutes_spin"), 90);
  g_assert_cmpstr (adw_action_row_get_subtitle (editor_child (fixture, "minutes_row")), ==,
                   "1" NBSP "h" NBSP "30" NBSP "min");
}

/* The card above the list tells the week as it is saved, kindly. */
static void
test_card_follows (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *card;
  CardWait wait = { fixture, NULL };

  coping (fixture);
  card = card_of (fixture);
  /* Nothing logged: nothing said, the invitation to start stands alone. */
  g_assert_false (gtk_widget_get_visible (card));

  log_activity (fixture, "walking", 30, NULL);
  wait.expected = "In the last seven days: 30" NBSP "min of things that help — walking. ";
  g_assert_true (test_iterate_until (card_says, &wait, 5000));
  g_assert_true (gtk_widget_get_visible (card));
  g_assert_true (gtk_widget_get_mapped (card));

  /* New minutes, new words, once they are saved. */
  gtk_spin_button_set_value (editor_child (fixture, "minutes_spin"), 90);
  wait.expected = "1" NBSP "h" NBSP "30" NBSP "min of things that help — walking";
  g_assert_true (test_iterate_until (card_says, &wait, 5000));
  g_assert_cmpint (disk_minutes (fixture, 0), ==, 90);

  log_activity (fixture, "games", 120, NULL);
  wait.expected = "and 2" NBSP "h of escape. Both have their place.";
  g_assert_true (test_iterate_until (card_says, &wait, 5000));

  gtk_spin_button_set_value (editor_child (fixture, "minutes_spin"), 300);
  wait.expected = "Escape is allowed on hard days; a short walk might feel good too.";
  g_assert_true (test_iterate_until (card_says, &wait, 5000));

  /* A deleted entry leaves the week, and Undo brings it back. */
  activate (fixture, "win.delete-record");
  wait.expected = "walking. That is time you gave yourself.";
  g_assert_true (test_iterate_until (card_says, &wait, 5000));
  activate (fixture, "win.undo-remove");
  wait.expected = "and 5" NBSP "h of escape.";
  g_assert_true (test_iterate_until (card_says, &wait, 5000));
}

/* An entry started and left as it was is no entry: nothing to keep, nothing to tell. */
static void
test_untouched_dropped (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *activity = NULL;
  CardWait wait = { fixture, "In the last seven days: 20" NBSP "min of things that help — "
                             "talking with someone. That is time you gave yourself." };

  coping (fixture);
  activate (fixture, "win.new-record");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_COPING), ==, 1);
  activity = disk_string (fixture, BOUNCE_TYPE_COPING, 0, "activity");
  g_assert_cmpstr (activity, ==, "");

  /* Starting another drops the first; leaving the second for an entry with words drops it. */
  activate (fixture, "win.new-record");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_COPING), ==, 1);
  log_activity (fixture, "talking", 20, NULL);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_COPING), ==, 1);
  activate (fixture, "win.new-record");
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_COPING), ==, 2);
  /* The card tells what was logged, and nothing of the entry just started. */
  g_assert_true (test_iterate_until (card_says, &wait, 5000));
  g_assert_cmpstr (card_text (fixture), ==, wait.expected);

  /* Closing on an untouched one drops it too. */
  close_window (fixture);
  g_assert_cmpuint (disk_count (fixture, BOUNCE_TYPE_COPING), ==, 1);
  g_clear_pointer (&activity, g_free);
  activity = disk_string (fixture, BOUNCE_TYPE_COPING, 0, "activity");
  g_assert_cmpstr (activity, ==, "talking");
}

/* Minutes typed, not yet confirmed with Enter, are kept when the window closes at once. */
static void
test_typed_minutes (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkSpinButton *spin;

  coping (fixture);
  log_activity (fixture, "walking", 10, "");
  spin = editor_child (fixture, "minutes_spin");
  gtk_editable_set_text (GTK_EDITABLE (spin), "35");
  close_window (fixture);
  g_assert_cmpint (disk_minutes (fixture, 0), ==, 35);
}

/* Closing right after logging loses nothing; the entry is back as it was. */
static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  BounceRecordPage *page;
  g_autofree char *note = NULL;
  GtkTextIter start, end;

  coping (fixture);
  log_activity (fixture, "cooking", 45, "Soup for the week");
  close_window (fixture);
  g_assert_cmpint (disk_minutes (fixture, 0), ==, 45);

  open_window (fixture);
  page = coping (fixture);
  g_assert_cmpstr (visible_view (page), ==, "records");
  g_assert_nonnull (bounce_record_page_get_selected (page));
  g_assert_cmpuint (adw_combo_row_get_selected (editor_child (fixture, "activity_row")), ==,
                    position_of_activity ("cooking"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (editor_child (fixture, "minutes_spin")), ==,
                   45);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (editor_child (fixture, "note_view")),
                              &start, &end);
  note = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (note, ==, "Soup for the week");
  g_assert_cmpstr (card_text (fixture), ==,
                   "In the last seven days: 45" NBSP "min of things that help — cooking. "
                   "That is time you gave yourself.");
}

static gboolean
is_drawn_label (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
is_popover (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_POPOVER (widget);
}

typedef struct
{
  GtkWidget  *popover;
  const char *text;
} LabelWait;

static gboolean
label_is_drawn (gpointer user_data)
{
  LabelWait *wait = user_data;

  return find_widget (wait->popover, is_drawn_label, wait->text) != NULL;
}

/* The label's row in the popover: its heading, when it has one, comes first. */
static GtkWidget *
heading_above (GtkWidget  *popover,
               const char *label)
{
  GtkWidget *found = find_widget (popover, is_drawn_label, label);
  GtkWidget *heading;

  g_assert_nonnull (found);
  heading = gtk_widget_get_first_child (gtk_widget_get_parent (gtk_widget_get_parent (found)));
  return gtk_widget_get_visible (heading) ? heading : NULL;
}

/* Whether the check mark beside the label in the popover shows. */
static gboolean
is_checked (GtkWidget  *popover,
            const char *label)
{
  GtkWidget *found = find_widget (popover, is_drawn_label, label);

  g_assert_nonnull (found);
  return gtk_widget_get_opacity (gtk_widget_get_last_child (gtk_widget_get_parent (found))) > 0;
}

/* The choices come grouped: what helps, escape, the rest, each under its heading; the
 * check mark is beside what is chosen. */
static void
test_choices (Fixture       *fixture,
              gconstpointer  data)
{
  AdwComboRow *row;
  GtkWidget *popover;
  GtkWidget *heading;
  LabelWait wait = { NULL, "Walking" };

  coping (fixture);
  activate (fixture, "win.new-record");
  row = editor_child (fixture, "activity_row");
  adw_combo_row_set_selected (row, position_of_activity ("moving"));
  adw_action_row_activate (ADW_ACTION_ROW (row));
  /* Only the popover's rows: the row itself shows what is chosen too. */
  popover = wait.popover = find_widget (GTK_WIDGET (row), is_popover, NULL);
  g_assert_nonnull (popover);
  g_assert_true (test_iterate_until (label_is_drawn, &wait, 5000));
  g_assert_true (is_checked (popover, "Moving"));
  g_assert_false (is_checked (popover, "Walking"));

  heading = heading_above (popover, "Walking");
  g_assert_nonnull (heading);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (heading)), ==, "Things that help");
  g_assert_null (heading_above (popover, "Moving"));
  g_assert_nonnull (find_widget (popover, is_drawn_label, "Sport, dancing, yoga, a swim"));
  wait.text = "Games";
  g_assert_true (test_iterate_until (label_is_drawn, &wait, 5000));
  heading = heading_above (popover, "Games");
  g_assert_nonnull (heading);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (heading)), ==, "Escape");
  g_assert_null (heading_above (popover, "Scrolling"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/coping/section", Fixture, NULL, fixture_set_up, test_section, fixture_tear_down);
  g_test_add ("/coping/log", Fixture, NULL, fixture_set_up, test_log, fixture_tear_down);
  g_test_add ("/coping/card-follows", Fixture, NULL,
              fixture_set_up, test_card_follows, fixture_tear_down);
  g_test_add ("/coping/untouched-dropped", Fixture, NULL,
              fixture_set_up, test_untouched_dropped, fixture_tear_down);
  g_test_add ("/coping/reopen", Fixture, NULL, fixture_set_up, test_reopen, fixture_tear_down);
  g_test_add ("/coping/typed-minutes", Fixture, NULL,
              fixture_set_up, test_typed_minutes, fixture_tear_down);
  g_test_add ("/coping/choices", Fixture, NULL, fixture_set_up, test_choices, fixture_tear_down);

  return g_test_run ();
}
