/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-support-card.c: a calm card that points to help when the check-ins stay low. */
#define G_LOG_DOMAIN "bounce-support-card"

#include "bounce-editor.h"
#include "bounce-support-card.h"

#define DISMISSED_KEY "support-dismissed"

struct _BounceSupportCard
{
  GtkWidget      parent_instance;

  AdwClamp      *clamp;

  BounceJournal *journal;
  GSettings     *settings;    /* where the dismissal is kept; NULL without the schema */
  gint64         dismissed;   /* µs; used only without settings */
  GtkRoot       *root;        /* the window whose showing makes the card look again */
  gboolean       offered;
};

enum {
  PROP_0,
  PROP_OFFERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DISMISSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceSupportCard, bounce_support_card, GTK_TYPE_WIDGET)

/* When the card was last hidden, in µs; 0 for never. */
static gint64
get_dismissed (BounceSupportCard *self)
{
  gint64 seconds;

  if (self->settings == NULL)
    return self->dismissed;

  /* Any value the setting holds, however odd, stays within what µs can count. */
  seconds = g_settings_get_int64 (self->settings, DISMISSED_KEY);
  seconds = CLAMP (seconds, -(G_MAXINT64 / G_USEC_PER_SEC), G_MAXINT64 / G_USEC_PER_SEC);
  return seconds * G_USEC_PER_SEC;
}

static void
set_offered (BounceSupportCard *self,
             gboolean           offered)
{
  gtk_widget_set_visible (GTK_WIDGET (self), offered);

  if (self->offered == offered)
    return;

  self->offered = offered;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFERED]);
}

static void
on_checkins_changed_cb (BounceSupportCard *self)
{
  bounce_support_card_refresh (self);
}

static void
on_dismissed_changed_cb (BounceSupportCard *self)
{
  bounce_support_card_refresh (self);
}

/* The window shown again may be on another day. */
static void
on_root_mapped_cb (BounceSupportCard *self)
{
  bounce_support_card_refresh (self);
}

/* So may a window left open overnight, once it is brought back to the front. */
static void
on_root_active_cb (BounceSupportCard *self)
{
  if (GTK_IS_WINDOW (self->root) && gtk_window_is_active (GTK_WINDOW (self->root)))
    bounce_support_card_refresh (self);
}

static void
on_dismiss_clicked_cb (BounceSupportCard *self)
{
  gint64 now = g_get_real_time ();

  if (self->settings != NULL)
    g_settings_set_int64 (self->settings, DISMISSED_KEY, now / G_USEC_PER_SEC);
  else
    self->dismissed = now;

  bounce_support_card_refresh (self);
  g_signal_emit (self, signals[DISMISSED], 0);
}

static void
bounce_support_card_root (GtkWidget *widget)
{
  BounceSupportCard *self = BOUNCE_SUPPORT_CARD (widget);

  GTK_WIDGET_CLASS (bounce_support_card_parent_class)->root (widget);

  self->root = gtk_widget_get_root (widget);
  g_signal_connect_object (self->root, "map", G_CALLBACK (on_root_mapped_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->root, "notify::is-active", G_CALLBACK (on_root_active_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
bounce_support_card_unroot (GtkWidget *widget)
{
  BounceSupportCard *self = BOUNCE_SUPPORT_CARD (widget);

  if (self->root != NULL)
    g_signal_handlers_disconnect_by_data (self->root, self);
  self->root = NULL;

  GTK_WIDGET_CLASS (bounce_support_card_parent_class)->unroot (widget);
}

static void
bounce_support_card_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BounceSupportCard *self = BOUNCE_SUPPORT_CARD (object);

  switch (prop_id)
    {
    case PROP_OFFERED:
      g_value_set_boolean (value, self->offered);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bounce_support_card_dispose (GObject *object)
{
  BounceSupportCard *self = BOUNCE_SUPPORT_CARD (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->journal);

  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_SUPPORT_CARD);

  G_OBJECT_CLASS (bounce_support_card_parent_class)->dispose (object);
}

static void
bounce_support_card_class_init (BounceSupportCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_support_card_dispose;
  object_class->get_property = bounce_support_card_get_property;
  widget_class->root = bounce_support_card_root;
  widget_class->unroot = bounce_support_card_unroot;

  /**
   * BounceSupportCard:offered:
   *
   * Whether the card is offered now: the check-ins of the last two weeks stayed
   * low, and it was not hidden in the last two weeks.
   */
  properties[PROP_OFFERED] =
    g_param_spec_boolean ("offered", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BounceSupportCard::dismissed:
   *
   * The person hid the card for two weeks.
   */
  signals[DISMISSED] =
    g_signal_new ("dismissed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-support-card.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceSupportCard, clamp);
  gtk_widget_class_bind_template_child_full (widget_class, "dismiss_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "find_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_dismiss_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_support_card_init (BounceSupportCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));
}

/**
 * bounce_support_card_set_journal:
 * @settings: (nullable): where the dismissal is kept; without it, only for
 *   the life of the card
 *
 * Reads @journal's check-ins now, and again whenever they change.
 */
void
bounce_support_card_set_journal (BounceSupportCard *self,
                                 BounceJournal     *journal,
                                 GSettings         *settings)
{
  g_return_if_fail (BOUNCE_IS_SUPPORT_CARD (self));
  g_return_if_fail (BOUNCE_IS_JOURNAL (journal));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));
  g_return_if_fail (self->journal == NULL);

  self->journal = g_object_ref (journal);
  g_set_object (&self->settings, settings);

  /* A check-in added, removed or saved with a new score changes what the rule sees. */
  g_signal_connect_object (bounce_journal_get_records (journal, BOUNCE_TYPE_CHECKIN),
                           "items-changed", G_CALLBACK (on_checkins_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* Hidden in another window, or by hand with gsettings. */
  if (settings != NULL)
    g_signal_connect_object (settings, "changed::" DISMISSED_KEY,
                             G_CALLBACK (on_dismissed_changed_cb), self, G_CONNECT_SWAPPED);

  bounce_support_card_refresh (self);
}

gboolean
bounce_support_card_get_offered (BounceSupportCard *self)
{
  g_return_val_if_fail (BOUNCE_IS_SUPPORT_CARD (self), FALSE);

  return self->offered;
}

/**
 * bounce_support_card_refresh:
 *
 * Reads the check-ins of the last two weeks from the store, and shows or hides
 * the card by the rule in bounce-support.c.
 */
void
bounce_support_card_refresh (BounceSupportCard *self)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GArray) points = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time ();

  g_return_if_fail (BOUNCE_IS_SUPPORT_CARD (self));

  if (self->journal == NULL)
    {
      set_offered (self, FALSE);
      return;
    }

  points = bounce_store_load_moods (bounce_journal_get_store (self->journal),
                                    bounce_support_window_start (now, tz), &error);
  if (points == NULL)
    {
      /* The card stays as it was; the next change or showing reads again. */
      g_message ("Could not read the check-ins for the support card: %s", error->message);
      return;
    }

  set_offered (self, bounce_support_should_offer ((const BounceMoodPoint *) points->data,
                                                  points->len, now, tz,
                                                  get_dismissed (self)));
}
