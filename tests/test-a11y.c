/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-a11y.c: every control a screen reader reaches has a name, on every page and section
 * and in every dialog of the main menu, read through GTK's accessibility test backend. */
#include <adwaita.h>

#include "bounce-core.h"
#include "bounce-preferences.h"
#include "bounce-search-view.h"
#include "bounce-support-window.h"
#include "bounce-window-private.h"
#include "test-util.h"
#include "test-window-util.h"

/* The accessible label GTK keeps for @widget, or NULL. On a mismatch the test backend
 * returns the value it holds: a value no widget has makes it tell. */
static char *
accessible_label (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;

  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
}

/* Whether @widget is something a person works: what a screen reader must name. */
static gboolean
is_control (GtkWidget *widget)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  /* Panes that scroll and lists that hold rows take the focus too, but a screen reader
   * speaks of what is inside them. */
  if (role == GTK_ACCESSIBLE_ROLE_NONE || role == GTK_ACCESSIBLE_ROLE_PRESENTATION ||
      role == GTK_ACCESSIBLE_ROLE_GENERIC || role == GTK_ACCESSIBLE_ROLE_GROUP ||
      role == GTK_ACCESSIBLE_ROLE_LIST)
    return FALSE;

  return gtk_widget_get_focusable (widget) || GTK_IS_BUTTON (widget) ||
         GTK_IS_MENU_BUTTON (widget) || GTK_IS_EDITABLE (widget) || GTK_IS_SWITCH (widget) ||
         GTK_IS_DROP_DOWN (widget) || GTK_IS_CHECK_BUTTON (widget) ||
         GTK_IS_SCALE (widget) || GTK_IS_CALENDAR (widget);
}

/* The text of the first visible label at or below @widget, as it is shown. */
static const char *
shown_text (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;

  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      return text != NULL && *text != '\0' ? text : NULL;
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      const char *text = shown_text (c);

      if (text != NULL)
        return text;
    }

  return NULL;
}

/* What is wrong with @widget's name, the way AT-SPI computes it from GTK's properties, or
 * NULL when it has a fitting one. */
static const char *
name_problem (GtkWidget *widget)
{
  g_autofree char *label = accessible_label (widget);

  if (label != NULL)
    {
      if (*label == '\0')
        return "an empty name";
      /* GTK copies a button's label, mnemonic and all: "_Undo" is read "underscore Undo". */
      if (strchr (label, '_') != NULL)
        return "a stray underscore";
      return NULL;
    }

  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return NULL;

  /* A row with a title. */
  if (ADW_IS_PREFERENCES_ROW (widget))
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));

      return title != NULL && *title != '\0' ? NULL : "no title";
    }
  /* A button that shows a text (not only an icon) is read by that text. */
  if (GTK_IS_CHECK_BUTTON (widget) || GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
    return shown_text (widget) != NULL ? NULL : "no name";

  return "no name";
}

/* The part that takes the keys inside an entry, a spin button or an entry row is named by
 * the control around it. */
static GtkWidget *
named_control (GtkWidget *widget)
{
  if (GTK_IS_TEXT (widget))
    for (GtkWidget *a = gtk_widget_get_parent (widget); a; a = gtk_widget_get_parent (a))
      if ((GTK_IS_EDITABLE (a) && !GTK_IS_TEXT (a)) || ADW_IS_PREFERENCES_ROW (a))
        return a;

  return widget;
}

static void
describe_place (GString   *out,
                GtkWidget *widget)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();

  for (GtkWidget *a = widget; a; a = gtk_widget_get_parent (a))
    g_ptr_array_add (chain, a);

  for (guint i = chain->len; i > 0; i--)
    {
      GtkWidget *a = chain->pdata[i - 1];
      const char *id = GTK_IS_BUILDABLE (a) ? gtk_buildable_get_buildable_id (GTK_BUILDABLE (a))
                                            : NULL;

      g_string_append_printf (out, "%s%s%s%s", G_OBJECT_TYPE_NAME (a),
                              id != NULL ? "#" : "", id != NULL ? id : "", i > 1 ? " > " : "");
    }
}

/* Every control shown at or below @widget without a name, one line each, into @out. */
static void
walk (GtkWidget  *widget,
      gboolean    reachable,
      const char *where,
      GString    *out)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  /* What never takes the focus, or is inside such, is out of the keys' reach. */
  reachable = reachable && gtk_widget_get_can_focus (widget);

  if (reachable && is_control (widget))
    {
      const char *problem = name_problem (named_control (widget));

      if (problem != NULL)
        {
          g_string_append_printf (out, "%s: %s has %s: ", where, G_OBJECT_TYPE_NAME (widget),
                                  problem);
          describe_place (out, widget);
          g_string_append_c (out, '\n');
        }
    }

  /* A chart drawn by hand is an image to a screen reader: it says what it shows. */
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_IMG &&
      !GTK_IS_IMAGE (widget) && !GTK_IS_PICTURE (widget) &&
      (name_problem (widget) != NULL ||
       !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION)))
    {
      g_string_append_printf (out, "%s: %s has no name or no description: ", where,
                              G_OBJECT_TYPE_NAME (widget));
      describe_place (out, widget);
      g_string_append_c (out, '\n');
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    walk (c, reachable, where, out);
}

static gboolean
never (gpointer user_data)
{
  return FALSE;
}

static void
check_window (GtkWindow  *window,
              const char *where,
              GString    *out)
{
  gtk_window_present (window);
  g_assert_true (test_iterate_until ((TestCondition) gtk_widget_get_mapped, window, 5000));
  /* Let the lists make their rows. */
  test_iterate_until (never, NULL, 100);
  walk (GTK_WIDGET (window), TRUE, where, out);
}

static gboolean
leaflet_is_folded (gpointer user_data)
{
  return adw_leaflet_get_folded (user_data);
}

static gboolean
section_shown (gpointer user_data)
{
  return gtk_widget_get_mapped (user_data);
}

/* Every page and section, empty and then with a record selected so that its editor shows. */
static void
test_pages (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_kinds;
  const GType *kinds = bounce_kinds_get (&n_kinds);

  if (data != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), GPOINTER_TO_INT (data), 640);
      test_iterate_until (never, NULL, 200);
    }

  for (guint i = 0; i < n_kinds; i++)
    {
      BounceRecordPage *record_page;
      g_autofree char *empty = NULL;
      g_autoptr(GError) error = NULL;
      BounceRecord *record;

      /* A part of another kind (an idea's ratings) is shown with it, on no page of its own. */
      if (bounce_kinds_get_page (kinds[i]) == NULL)
        continue;

      record_page = section (fixture, kinds[i]);
      empty = g_strdup_printf ("%s, empty", g_type_name (kinds[i]));
      bounce_window_show_section (fixture->window, kinds[i]);
      g_assert_true (test_iterate_until (section_shown, record_page, 5000));
      check_window (GTK_WINDOW (fixture->window), empty, out);

      record = bounce_journal_add (fixture->journal, kinds[i], &error);
      g_assert_no_error (error);
      g_ptr_array_add (records, record);
      /* Moods on two days, so that the check-ins' healing curve is drawn. */
      if (kinds[i] == BOUNCE_TYPE_CHECKIN)
        {
          g_autoptr(BounceRecord) yesterday = g_object_new (BOUNCE_TYPE_CHECKIN,
                                                            "created", g_get_real_time () -
                                                                       G_TIME_SPAN_DAY,
                                                            "score", 2,
                                                            NULL);

          g_assert_true (bounce_journal_restore (fixture->journal, yesterday, &error));
          g_assert_no_error (error);
          g_ptr_array_add (records, g_steal_pointer (&yesterday));
          g_object_set (record, "score", 3, NULL);
          bounce_journal_save (fixture->journal, record, &error);
          g_assert_no_error (error);
        }
      g_assert_true (bounce_record_page_select (record_page, record));
      g_assert_true (test_iterate_until (row_is_drawn, record_page, 5000));
      check_window (GTK_WINDOW (fixture->window), g_type_name (kinds[i]), out);

      /* Narrow, the list and the editor take turns, with a Back button above the editor. */
      if (data != NULL)
        {
          AdwLeaflet *leaflet = child (record_page, BOUNCE_TYPE_RECORD_PAGE, "leaflet");
          g_autofree char *list = g_strdup_printf ("%s, its list", g_type_name (kinds[i]));
          g_autofree char *editor = g_strdup_printf ("%s, its editor", g_type_name (kinds[i]));

          /* The section's list has just been laid out for its first row: the leaflet
           * folds at the next layout. */
          g_assert_true (test_iterate_until (leaflet_is_folded, leaflet, 5000));
          adw_leaflet_set_visible_child (leaflet, child (record_page, BOUNCE_TYPE_RECORD_PAGE,
                                                         "content_box"));
          check_window (GTK_WINDOW (fixture->window), editor, out);
          adw_leaflet_set_visible_child (leaflet, child (record_page, BOUNCE_TYPE_RECORD_PAGE,
                                                         "sidebar"));
          check_window (GTK_WINDOW (fixture->window), list, out);
        }
    }

  g_assert_cmpstr (out->str, ==, "");
}

static gboolean
search_found (gpointer user_data)
{
  GtkWidget *view = child (user_data, BOUNCE_TYPE_WINDOW, "search_view");

  return gtk_list_box_get_row_at_index (child (view, BOUNCE_TYPE_SEARCH_VIEW, "results_list"),
                                        0) != NULL;
}

/* What a search finds, in place of the pages. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) record = bounce_journal_add (fixture->journal,
                                                      BOUNCE_TYPE_GRIEF_ENTRY, &error);

  g_assert_no_error (error);
  g_object_set (record, "body", "The exam I did not pass", NULL);
  bounce_journal_save (fixture->journal, record, &error);
  g_assert_no_error (error);

  gtk_search_bar_set_search_mode (child (fixture->window, BOUNCE_TYPE_WINDOW, "search_bar"),
                                  TRUE);
  gtk_editable_set_text (child (fixture->window, BOUNCE_TYPE_WINDOW, "search_entry"), "exam");
  g_assert_true (test_iterate_until (search_found, fixture->window, 5000));
  check_window (GTK_WINDOW (fixture->window), "Search", out);

  g_assert_cmpstr (out->str, ==, "");
}

/* A list row is read as what it says: its first line, then its day. */
static void
test_row_name (Fixture       *fixture,
               gconstpointer  data)
{
  BounceRecordPage *record_page = section (fixture, BOUNCE_TYPE_GRIEF_ENTRY);
  g_autoptr(GError) error = NULL;
  g_autoptr(BounceRecord) record = bounce_journal_add (fixture->journal,
                                                      BOUNCE_TYPE_GRIEF_ENTRY, &error);
  g_autofree char *day = NULL;
  g_autofree char *expected = NULL;
  BounceRecordRow *row;
  GtkWidget *list_row;
  char *mismatch;

  g_assert_no_error (error);
  g_object_set (record, "body", "The exam I did not pass\nand what came after", NULL);
  bounce_window_show_section (fixture->window, BOUNCE_TYPE_GRIEF_ENTRY);
  g_assert_true (bounce_record_page_select (record_page, record));
  g_assert_true (test_iterate_until (row_is_drawn, record_page, 5000));

  day = bounce_format_day_time (bounce_record_get_created (record), NULL, FALSE);
  expected = g_strdup_printf ("The exam I did not pass, %s", day);
  row = find_row (GTK_WIDGET (record_page), record);
  list_row = gtk_widget_get_parent (GTK_WIDGET (row));
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  g_assert_null (mismatch);
  /* The list's row around it takes the focus: a screen reader names that one. */
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (list_row),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  g_assert_null (mismatch);

  /* And follows the words as they change. */
  g_object_set (record, "body", "Laughed it off", NULL);
  g_free (expected);
  expected = g_strdup_printf ("Laughed it off, %s", day);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (list_row),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  g_assert_null (mismatch);
}

/* The first start's welcome, before the pages. */
static void
test_welcome (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  Fixture fixture = { 0 };

  reset_all_settings ();
  fixture.dir = test_dir_new ();
  open_window (&fixture);
  check_window (GTK_WINDOW (fixture.window), "Welcome", out);
  fixture_tear_down (&fixture, NULL);

  g_assert_cmpstr (out->str, ==, "");
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's own */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }

  return NULL;
}

/* The dialogs of the main menu: Preferences, the keyboard shortcuts, Support and About. */
static void
test_dialogs (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GtkWindow *window;

  window = GTK_WINDOW (bounce_preferences_window_new (GTK_WINDOW (fixture->window)));
  check_window (window, "Preferences", out);
  gtk_window_destroy (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-shortcuts",
                                             NULL));
  window = GTK_WINDOW (gtk_application_window_get_help_overlay (
    GTK_APPLICATION_WINDOW (fixture->window)));
  g_assert_nonnull (window);
  check_window (window, "Keyboard shortcuts", out);
  gtk_window_close (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.support", NULL));
  window = find_toplevel (BOUNCE_TYPE_SUPPORT_WINDOW);
  g_assert_nonnull (window);
  check_window (window, "Support", out);
  gtk_window_destroy (window);

  /* As app.about makes it (the fixture's window has no application). */
  window = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                         "transient-for", fixture->window,
                         "application-icon", APP_ID,
                         "application-name", "Bounce Back",
                         "developer-name", "The Bounce Back developers",
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/bounceback/BounceBack",
                         "issue-url", "https://github.com/bounceback/BounceBack/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
  check_window (window, "About", out);
  gtk_window_destroy (window);

  g_assert_cmpstr (out->str, ==, "");
}

/* Each walk in a process of its own: together they make more than 2048 quarks, and GLib
 * then gives up its first block of them on purpose, which LeakSanitizer reports. */
static void
in_subprocess (gconstpointer data)
{
  g_test_trap_subprocess (data, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_data_func ("/a11y/pages", "/a11y/pages/subprocess", in_subprocess);
  g_test_add_data_func ("/a11y/dialogs", "/a11y/dialogs/subprocess", in_subprocess);
  g_test_add_data_func ("/a11y/narrow", "/a11y/narrow/subprocess", in_subprocess);
  g_test_add_data_func ("/a11y/search", "/a11y/search/subprocess", in_subprocess);
  g_test_add_func ("/a11y/welcome", test_welcome);
  g_test_add ("/a11y/row-name", Fixture, NULL, fixture_set_up, test_row_name,
              fixture_tear_down);
  g_test_add ("/a11y/pages/subprocess", Fixture, NULL,
              fixture_set_up, test_pages, fixture_tear_down);
  g_test_add ("/a11y/narrow/subprocess", Fixture, GINT_TO_POINTER (360),
              fixture_set_up, test_pages, fixture_tear_down);
  g_test_add ("/a11y/search/subprocess", Fixture, NULL,
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/a11y/dialogs/subprocess", Fixture, NULL,
              fixture_set_up, test_dialogs, fixture_tear_down);

  return g_test_run ();
}
