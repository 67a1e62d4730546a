/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-checkin-bar.c: the quick check-in on the Grieve page: how are you today, in one click. */
#define G_LOG_DOMAIN "bounce-checkin-bar"

#include <glib/gi18n.h>

#include "bounce-checkin-bar.h"
#include "bounce-editor.h"
#include "bounce-wide-layout.h"

struct _BounceCheckinBar
{
  GtkWidget      parent_instance;

  GtkWidget     *box;          /* the template's root */
  GtkLabel      *prompt_label;
  GtkBox        *faces_box;
  GtkWidget     *words_squeezer;
  GtkButton     *words_button;
  GtkButton     *words_icon_button;

  GtkButton     *score_buttons[BOUNCE_CHECKIN_SCORE_MAX];
  BounceJournal *journal;
  GListModel    *checkins;
  BounceCheckin *today;        /* the latest check-in with a face today, if any */
  guint          midnight_id;
};

enum {
  ADD_WORDS,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceCheckinBar, bounce_checkin_bar, GTK_TYPE_WIDGET)

#define SCORE_KEY "bounce-score"

static void schedule_midnight (BounceCheckinBar *self);

static BounceCheckin *
find_today (BounceCheckinBar *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 today_start = bounce_mood_day_start (bounce_mood_day_of (now), NULL);
  guint n = self->checkins != NULL ? g_list_model_get_n_items (self->checkins) : 0;

  /* Newest first: the first of today with a face is the latest. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BounceCheckin) checkin = g_list_model_get_item (self->checkins, i);

      if (bounce_record_get_created (BOUNCE_RECORD (checkin)) < today_start)
        break;
      if (bounce_checkin_get_score (checkin) > 0)
        return checkin;
    }

  return NULL;
}

static void
update (BounceCheckinBar *self)
{
  BounceCheckin *today = find_today (self);
  int score = today != NULL ? bounce_checkin_get_score (today) : 0;

  g_set_object (&self->today, today);

  if (today != NULL)
    {
      /* Translators: the quick check-in once the person checked in today; %s is the
       * mood's word, e.g. "Today: Good". */
      g_autofree char *text = g_strdup_printf (_("Today: %s"), bounce_checkin_score_label (score));

      gtk_label_set_text (self->prompt_label, text);
    }
  else
    gtk_label_set_text (self->prompt_label, _("How are you today?"));

  /* The face chosen last today stands out, so the person sees what was kept. */
  for (int i = 0; i < BOUNCE_CHECKIN_SCORE_MAX; i++)
    {
      if (i + 1 == score)
        gtk_widget_add_css_class (GTK_WIDGET (self->score_buttons[i]), "accent");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->score_buttons[i]), "accent");
    }

  gtk_widget_set_visible (self->words_squeezer, today != NULL);
}

static gboolean
on_midnight_cb (gpointer user_data)
{
  BounceCheckinBar *self = user_data;

  self->midnight_id = 0;
  update (self);
  schedule_midnight (self);
  return G_SOURCE_REMOVE;
}

/* "Today" ends at midnight even with the window left open. */
static void
schedule_midnight (BounceCheckinBar *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 next = bounce_mood_day_start (bounce_mood_day_of (now) + 1, NULL);
  gint64 wait = next / G_USEC_PER_SEC - g_date_time_to_unix (now) + 1;

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  self->midnight_id = g_timeout_add_seconds (MAX (wait, 1), on_midnight_cb, self);
}

static void
on_items_changed_cb (BounceCheckinBar *self)
{
  update (self);
}

static void
on_face_clicked_cb (GtkButton        *button,
                    BounceCheckinBar *self)
{
  int score = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), SCORE_KEY));
  g_autoptr(BounceCheckin) checkin = NULL;
  g_autoptr(GError) error = NULL;

  if (!(checkin = bounce_checkin_bar_check_in (self, score, &error)))
    g_signal_emit (self, signals[FAILED], 0, error);
}

static void
on_words_clicked_cb (BounceCheckinBar *self)
{
  if (self->today != NULL)
    g_signal_emit (self, signals[ADD_WORDS], 0, self->today);
}

static void
add_faces (BounceCheckinBar *self)
{
  for (int score = BOUNCE_CHECKIN_SCORE_MIN; score <= BOUNCE_CHECKIN_SCORE_MAX; score++)
    {
      GtkWidget *button = gtk_button_new_from_icon_name (bounce_checkin_score_icon_name (score));

      gtk_widget_set_tooltip_text (button, bounce_checkin_score_label (score));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      bounce_checkin_score_label (score),
                                      -1);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      gtk_widget_add_css_class (button, "mood-face");
      g_object_set_data (G_OBJECT (button), SCORE_KEY, GINT_TO_POINTER (score));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_face_clicked_cb), self, 0);
      gtk_box_append (self->faces_box, button);
      self->score_buttons[score - 1] = GTK_BUTTON (button);
    }
}

static void
bounce_checkin_bar_dispose (GObject *object)
{
  BounceCheckinBar *self = BOUNCE_CHECKIN_BAR (object);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  if (self->checkins != NULL)
    g_signal_handlers_disconnect_by_data (self->checkins, self);
  g_clear_object (&self->checkins);
  g_clear_object (&self->journal);
  g_clear_object (&self->today);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (bounce_checkin_bar_parent_class)->dispose (object);
}

static void
bounce_checkin_bar_class_init (BounceCheckinBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_checkin_bar_dispose;

  /**
   * BounceCheckinBar::add-words:
   * @checkin: today's latest check-in
   *
   * The person wants to add feelings or a note to the check-in just made.
   */
  signals[ADD_WORDS] =
    g_signal_new ("add-words",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BOUNCE_TYPE_CHECKIN);

  /**
   * BounceCheckinBar::failed:
   * @error: why the check-in could not be stored
   */
  signals[FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  g_type_ensure (BOUNCE_TYPE_WIDE_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-checkin-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceCheckinBar, box);
  gtk_widget_class_bind_template_child (widget_class, BounceCheckinBar, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, BounceCheckinBar, faces_box);
  gtk_widget_class_bind_template_child (widget_class, BounceCheckinBar, words_squeezer);
  gtk_widget_class_bind_template_child (widget_class, BounceCheckinBar, words_button);
  gtk_widget_class_bind_template_child (widget_class, BounceCheckinBar, words_icon_button);
  gtk_widget_class_bind_template_callback (widget_class, on_words_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "checkinbar");
}

static void
bounce_checkin_bar_init (BounceCheckinBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));

  add_faces (self);
  update (self);
  schedule_midnight (self);
}

void
bounce_checkin_bar_set_journal (BounceCheckinBar *self,
                                BounceJournal    *journal)
{
  g_return_if_fail (BOUNCE_IS_CHECKIN_BAR (self));
  g_return_if_fail (BOUNCE_IS_JOURNAL (journal));
  g_return_if_fail (self->journal == NULL);

  self->journal = g_object_ref (journal);
  self->checkins = g_object_ref (bounce_journal_get_records (journal, BOUNCE_TYPE_CHECKIN));
  g_signal_connect_object (self->checkins, "items-changed", G_CALLBACK (on_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update (self);
}

/**
 * bounce_checkin_bar_check_in:
 * @score: 1 to 5
 *
 * What a click on a face does: stores a new check-in with @score at once, in one
 * write, so that nothing is pending and no blank check-in is ever on disk.
 *
 * Returns: (transfer full): the check-in, or %NULL with @error set
 */
BounceCheckin *
bounce_checkin_bar_check_in (BounceCheckinBar  *self,
                             int                score,
                             GError           **error)
{
  g_autoptr(BounceCheckin) checkin = NULL;

  g_return_val_if_fail (BOUNCE_IS_CHECKIN_BAR (self), NULL);
  g_return_val_if_fail (self->journal != NULL, NULL);
  g_return_val_if_fail (score >= BOUNCE_CHECKIN_SCORE_MIN && score <= BOUNCE_CHECKIN_SCORE_MAX,
                        NULL);

  checkin = g_object_new (BOUNCE_TYPE_CHECKIN, NULL);
  bounce_checkin_set_score (checkin, score);
  if (!bounce_journal_restore (self->journal, BOUNCE_RECORD (checkin), error))
    return NULL;

  return g_steal_pointer (&checkin);
}

/**
 * bounce_checkin_bar_get_today:
 *
 * Returns: (transfer none) (nullable): the latest check-in with a face made today,
 *   the one Add Words opens
 */
BounceCheckin *
bounce_checkin_bar_get_today (BounceCheckinBar *self)
{
  g_return_val_if_fail (BOUNCE_IS_CHECKIN_BAR (self), NULL);

  return self->today;
}

/**
 * bounce_checkin_bar_get_score_button:
 * @score: 1 to 5
 *
 * Returns: (transfer none): the face that checks in with @score
 */
GtkButton *
bounce_checkin_bar_get_score_button (BounceCheckinBar *self,
                                     int               score)
{
  g_return_val_if_fail (BOUNCE_IS_CHECKIN_BAR (self), NULL);
  g_return_val_if_fail (score >= BOUNCE_CHECKIN_SCORE_MIN && score <= BOUNCE_CHECKIN_SCORE_MAX,
                        NULL);

  return self->score_buttons[score - 1];
}
