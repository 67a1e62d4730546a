/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-support.c: the support card on the Grieve page and the Support page, driven as a
 * person would: check-ins, Hide for Two Weeks, Find Support and the main menu. */
#include <adwaita.h>

#include "bounce-core.h"
#include "bounce-support-card.h"
#include "bounce-support-window.h"
#include "bounce-window-private.h"
#include "test-util.h"
#include "test-window-util.h"

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
}

/* The local time now, @days calendar days earlier (negative: later), in µs. */
static gint64
days_ago (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);

  return g_date_time_to_unix (then) * G_USEC_PER_SEC;
}

/* A check-in made @days days ago, stored through the journal as the window's own are. */
static BounceRecord *
add_checkin (Fixture *fixture,
             int      days,
             int      score)
{
  g_autoptr(BounceRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  record = g_object_new (BOUNCE_TYPE_CHECKIN, "created", days_ago (days), "score", score, NULL);
  g_assert_true (bounce_journal_restore (fixture->journal, record, &error));
  g_assert_no_error (error);
  /* The journal's lists keep only what someone holds: the test holds it while its window
   * lives. */
  g_object_set_data_full (G_OBJECT (fixture->window), bounce_record_get_uuid (record),
                          g_object_ref (record), g_object_unref);
  return record;
}

static BounceSupportCard *
card (Fixture *fixture)
{
  BounceSupportCard *support_card = bounce_window_get_support_card (fixture->window);

  g_assert_nonnull (support_card);
  return support_card;
}

/* Offered, and really on show: the card is drawn on the Grieve page. */
static gboolean
card_shown (Fixture *fixture)
{
  gboolean offered = bounce_support_card_get_offered (card (fixture));

  g_assert_cmpint (offered, ==, gtk_widget_get_visible (GTK_WIDGET (card (fixture))));
  return offered && gtk_widget_get_mapped (GTK_WIDGET (card (fixture)));
}

static GSettings *
settings (void)
{
  return g_settings_new (APP_ID);
}

static gint64
dismissed_setting (void)
{
  g_autoptr(GSettings) app_settings = settings ();

  return g_settings_get_int64 (app_settings, "support-dismissed");
}

static void
set_dismissed_setting (gint64 seconds)
{
  g_autoptr(GSettings) app_settings = settings ();

  g_settings_set_int64 (app_settings, "support-dismissed", seconds);
}

static void
test_low_weeks_show_the_card (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *header = child (fixture->window, BOUNCE_TYPE_WINDOW, "grieve_header");

  g_assert_false (card_shown (fixture));

  for (int i = 0; i < 7; i++)
    add_checkin (fixture, i, i % 2 == 0 ? 1 : 2);

  g_assert_true (card_shown (fixture));
  /* Above whatever else the Grieve page shows on top. */
  g_assert_true (gtk_widget_get_first_child (header) == GTK_WIDGET (card (fixture)));
}

static void
test_six_are_not_enough (Fixture       *fixture,
                         gconstpointer  data)
{
  for (int i = 0; i < 6; i++)
    add_checkin (fixture, 2 * i + 1, 1);
  g_assert_false (card_shown (fixture));

  /* The seventh shows it at once, without opening the window again. */
  add_checkin (fixture, 12, 1);
  g_assert_true (card_shown (fixture));
}

static void
test_mostly_okay_days (Fixture       *fixture,
                       gconstpointer  data)
{
  /* Ten days: four low, six okay; and an old low fortnight that no longer counts. */
  for (int i = 0; i < 10; i++)
    add_checkin (fixture, i, i < 4 ? 1 : 3);
  for (int i = 15; i < 30; i++)
    add_checkin (fixture, i, 1);
  g_assert_false (card_shown (fixture));
}

/* A score changed and saved is read again, up and down. */
static void
test_saved_scores (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BounceRecord *okay = NULL;

  for (int i = 0; i < 7; i++)
    {
      BounceRecord *record = add_checkin (fixture, i, i < 3 ? 1 : 4);

      if (i == 3)
        okay = record;
    }
  g_assert_false (card_shown (fixture));

  g_object_set (okay, "score", 2, NULL);
  g_assert_true (bounce_journal_save (fixture->journal, okay, &error));
  g_assert_no_error (error);
  g_assert_true (card_shown (fixture));

  g_object_set (okay, "score", 5, NULL);
  g_assert_true (bounce_journal_save (fixture->journal, okay, &error));
  g_assert_no_error (error);
  g_assert_false (card_shown (fixture));
}

static void
test_dismiss (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *dismiss = child (card (fixture), BOUNCE_TYPE_SUPPORT_CARD, "dismiss_button");
  AdwToast *toast;
  gint64 before, after;

  for (int i = 0; i < 7; i++)
    add_checkin (fixture, i, 1);
  g_assert_true (card_shown (fixture));

  /* The button says what it does, to a screen reader too. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (dismiss), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Hide for Two Weeks");

  before = g_get_real_time () / G_USEC_PER_SEC;
  g_signal_emit_by_name (dismiss, "clicked");
  after = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_false (card_shown (fixture));
  g_assert_cmpint (dismissed_setting (), >=, before);
  g_assert_cmpint (dismissed_setting (), <=, after);
  toast = bounce_window_get_last_toast (fixture->window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Support stays in the main menu");

  /* More low days do not bring it back early, nor does opening the window again. */
  add_checkin (fixture, 0, 1);
  g_assert_false (card_shown (fixture));
  close_window (fixture);
  open_window (fixture);
  g_assert_false (card_shown (fixture));

  /* Hidden 13 days ago: still hidden. 14 days ago: back, since the days are still low. */
  set_dismissed_setting (days_ago (13) / G_USEC_PER_SEC);
  g_assert_false (card_shown (fixture));
  set_dismissed_setting (days_ago (14) / G_USEC_PER_SEC);
  g_assert_true (card_shown (fixture));
}

/* Check-ins written while the window was away are seen when it is shown again. */
static void
test_window_shown_again (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) other = NULL;

  g_assert_false (card_shown (fixture));

  gtk_widget_set_visible (GTK_WIDGET (fixture->window), FALSE);

  /* Another connection, as when the day has turned and older check-ins drop out: the
   * journal's lists know nothing of it. */
  other = bounce_store_open (fixture->dir->path, &error);
  g_assert_no_error (error);
  for (int i = 0; i < 7; i++)
    {
      g_autoptr(BounceRecord) record = g_object_new (BOUNCE_TYPE_CHECKIN,
                                                     "created", days_ago (i),
                                                     "score", 1, NULL);

      g_assert_true (bounce_store_insert (other, record, &error));
      g_assert_no_error (error);
    }
  g_assert_false (bounce_support_card_get_offered (card (fixture)));

  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (card_shown (fixture));
}

static gboolean
is_active (gpointer user_data)
{
  return gtk_window_is_active (user_data);
}

static gboolean
is_inactive (gpointer user_data)
{
  return !gtk_window_is_active (user_data);
}

/* A window left open overnight looks again when it comes back to the front. */
static void
test_window_active_again (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceStore) other = NULL;
  GtkWindow *window = GTK_WINDOW (fixture->window);
  GtkWindow *support;

  g_assert_true (test_iterate_until (is_active, window, 5000));
  g_assert_false (card_shown (fixture));

  /* Another window to the front: the Support page, say. */
  activate (fixture, "win.support");
  support = bounce_window_get_support_window (fixture->window);
  g_assert_true (test_iterate_until (is_inactive, window, 5000));

  other = bounce_store_open (fixture->dir->path, &error);
  g_assert_no_error (error);
  for (int i = 0; i < 7; i++)
    {
      g_autoptr(BounceRecord) record = g_object_new (BOUNCE_TYPE_CHECKIN,
                                                     "created", days_ago (i),
                                                     "score", 1, NULL);

      g_assert_true (bounce_store_insert (other, record, &error));
      g_assert_no_error (error);
    }
  g_assert_false (bounce_support_card_get_offered (card (fixture)));

  gtk_window_destroy (support);
  gtk_window_present (window);
  g_assert_true (test_iterate_until (is_active, window, 5000));
  g_assert_true (card_shown (fixture));
}

/* Every action of a menu, sections and all, in the order shown. */
static void
collect_actions (GMenuModel *model,
                 GPtrArray  *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      char *action = NULL;

      if (section != NULL)
        collect_actions (section, actions);
      else if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_ptr_array_add (actions, action);
    }
}

static gboolean
is_menu_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget);
}

static gboolean
on_activate_link_cb (GtkLinkButton *button,
                     char         **opened)
{
  g_free (*opened);
  *opened = g_strdup (gtk_link_button_get_uri (button));
  return TRUE;   /* the test opens no browser */
}

static gboolean
is_set (gpointer user_data)
{
  char **text = user_data;

  return *text != NULL;
}

/* The Support page holds the directory's link and both numbers, and Escape closes it. */
static void
check_support_window (Fixture *fixture)
{
  GtkWindow *support = bounce_window_get_support_window (fixture->window);
  GtkWidget *link;
  GtkWidget *row;
  g_autofree char *opened = NULL;
  int minimum;

  g_assert_true (BOUNCE_IS_SUPPORT_WINDOW (support));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (support)));
  g_assert_true (gtk_window_get_transient_for (support) == GTK_WINDOW (fixture->window));

  link = child (support, BOUNCE_TYPE_SUPPORT_WINDOW, "directory_link");
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (link)), ==,
                   "https://findahelpline.com");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Open findahelpline.com");
  /* The whole row opens it. */
  g_signal_connect (link, "activate-link", G_CALLBACK (on_activate_link_cb), &opened);
  row = gtk_widget_get_ancestor (link, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  /* An activated button shows itself pressed for a moment, then clicks. */
  g_assert_true (test_iterate_until (is_set, &opened, 5000));
  g_assert_cmpstr (opened, ==, "https://findahelpline.com");
  g_signal_handlers_disconnect_by_func (link, on_activate_link_cb, &opened);

  g_assert_cmpstr (gtk_label_get_label (child (support, BOUNCE_TYPE_SUPPORT_WINDOW, "us_number")),
                   ==, "988");
  g_assert_cmpstr (gtk_label_get_label (child (support, BOUNCE_TYPE_SUPPORT_WINDOW, "uk_number")),
                   ==, "116 123");

  /* Readable on a phone-sized screen: nothing in it is wider than 360 px. */
  gtk_widget_measure (adw_window_get_content (ADW_WINDOW (support)), GTK_ORIENTATION_HORIZONTAL,
                      -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  /* Opening it again brings the same page to the front. */
  activate (fixture, "win.support");
  g_assert_true (bounce_window_get_support_window (fixture->window) == support);

  g_assert_true (has_shortcut (GTK_WIDGET (support), "Escape", "window.close"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (support), "window.close", NULL));
  g_assert_null (bounce_window_get_support_window (fixture->window));
}

static void
test_support_from_menu (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *button = find_widget (GTK_WIDGET (fixture->window), is_menu_button, NULL);
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);
  guint support, about;

  /* In the main menu, just above About, whatever the check-ins say. */
  g_assert_nonnull (button);
  /* As the person opens it: the menu gets its items then. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  collect_actions (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), actions);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  g_assert_true (g_ptr_array_find_with_equal_func (actions, "win.support", g_str_equal,
                                                   &support));
  g_assert_true (g_ptr_array_find_with_equal_func (actions, "app.about", g_str_equal, &about));
  g_assert_cmpuint (support + 1, ==, about);
  g_assert_false (card_shown (fixture));

  g_assert_null (bounce_window_get_support_window (fixture->window));
  activate (fixture, "win.support");
  check_support_window (fixture);
}

static void
test_support_from_card (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *find = child (card (fixture), BOUNCE_TYPE_SUPPORT_CARD, "find_button");

  for (int i = 0; i < 7; i++)
    add_checkin (fixture, i, 1);
  g_assert_true (card_shown (fixture));

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Find Support");
  g_signal_emit_by_name (find, "clicked");
  check_support_window (fixture);

  /* Finding support does not hide the card. */
  g_assert_true (card_shown (fixture));
}

/* The card fits a phone-sized window, its buttons and all. */
static void
test_card_narrow (Fixture       *fixture,
                  gconstpointer  data)
{
  int minimum;

  for (int i = 0; i < 7; i++)
    add_checkin (fixture, i, 1);
  g_assert_true (card_shown (fixture));

  gtk_widget_measure (GTK_WIDGET (card (fixture)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
}

/* Every label's text at or below @widget, one per line. */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (ADW_IS_PREFERENCES_GROUP (widget))
    {
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (widget);
      const char *title = adw_preferences_group_get_title (group);
      const char *description = adw_preferences_group_get_description (group);

      g_string_append_printf (text, "%s\n%s\n", title != NULL ? title : "",
                              description != NULL ? description : "");
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_text (c, text);
}

/* The card and the page point to help; they never name a condition. */
static void
test_never_diagnoses (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *folded = NULL;
  const char *words[] = { "depress", "diagnos", "disorder", "anxiety", "illness" };

  collect_text (GTK_WIDGET (card (fixture)), text);
  activate (fixture, "win.support");
  collect_text (GTK_WIDGET (bounce_window_get_support_window (fixture->window)), text);

  g_assert_nonnull (strstr (text->str, "doctor"));
  g_assert_nonnull (strstr (text->str, "findahelpline.com"));
  folded = g_utf8_casefold (text->str, -1);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    g_assert_null (strstr (folded, words[i]));
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps what a screen reader would be told, with no bus
   * to talk to, so that the buttons' accessible names can be checked. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/support/card/low-weeks", Fixture, NULL,
              fixture_set_up, test_low_weeks_show_the_card, fixture_tear_down);
  g_test_add ("/support/card/six-are-not-enough", Fixture, NULL,
              fixture_set_up, test_six_are_not_enough, fixture_tear_down);
  g_test_add ("/support/card/mostly-okay", Fixture, NULL,
              fixture_set_up, test_mostly_okay_days, fixture_tear_down);
  g_test_add ("/support/card/saved-scores", Fixture, NULL,
              fixture_set_up, test_saved_scores, fixture_tear_down);
  g_test_add ("/support/card/dismiss", Fixture, NULL,
              fixture_set_up, test_dismiss, fixture_tear_down);
  g_test_add ("/support/card/window-shown-again", Fixture, NULL,
              fixture_set_up, test_window_shown_again, fixture_tear_down);
  g_test_add ("/support/card/window-active-again", Fixture, NULL,
              fixture_set_up, test_window_active_again, fixture_tear_down);
  g_test_add ("/support/card/narrow", Fixture, NULL,
              fixture_set_up, test_card_narrow, fixture_tear_down);
  g_test_add ("/support/page/from-menu", Fixture, NULL,
              fixture_set_up, test_support_from_menu, fixture_tear_down);
  g_test_add ("/support/page/from-card", Fixture, NULL,
              fixture_set_up, test_support_from_card, fixture_tear_down);
  g_test_add ("/support/never-diagnoses", Fixture, NULL,
              fixture_set_up, test_never_diagnoses, fixture_tear_down);

  return g_test_run ();
}
