/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-welcome.c: the first start: what Bounce Back is for, and the goal that failed. */
#define G_LOG_DOMAIN "bounce-welcome"

#include "bounce-editor.h"
#include "bounce-welcome.h"

struct _BounceWelcome
{
  GtkWidget    parent_instance;

  GtkWidget   *box;
  AdwEntryRow *goal_row;
  GtkButton   *start_button;
  GtkButton   *skip_button;
};

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (BounceWelcome, bounce_welcome, GTK_TYPE_WIDGET)

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BounceWelcome *self = BOUNCE_WELCOME (widget);

  g_signal_emit (self, signals[DONE], 0, gtk_editable_get_text (GTK_EDITABLE (self->goal_row)));
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[DONE], 0, NULL);
}

static void
on_goal_activated_cb (BounceWelcome *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "welcome.start", NULL);
}

/* The focus GTK gives the welcome (a window's first, a stack's on a change of page) goes to
 * the goal's entry, where typing goes. */
static gboolean
bounce_welcome_grab_focus (GtkWidget *widget)
{
  BounceWelcome *self = BOUNCE_WELCOME (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->goal_row));
}

static void
bounce_welcome_dispose (GObject *object)
{
  BounceWelcome *self = BOUNCE_WELCOME (object);

  /* The outer box has an id, so this unparents it too. */
  gtk_widget_dispose_template (GTK_WIDGET (self), BOUNCE_TYPE_WELCOME);

  G_OBJECT_CLASS (bounce_welcome_parent_class)->dispose (object);
}

static void
bounce_welcome_class_init (BounceWelcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_welcome_dispose;
  widget_class->grab_focus = bounce_welcome_grab_focus;

  /**
   * BounceWelcome::done:
   * @goal: (nullable): what was typed as the goal when Start was chosen (it may be
   *   empty), or %NULL when the welcome was skipped
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-welcome.ui");
  gtk_widget_class_bind_template_child (widget_class, BounceWelcome, box);
  gtk_widget_class_bind_template_child (widget_class, BounceWelcome, goal_row);
  gtk_widget_class_bind_template_child (widget_class, BounceWelcome, start_button);
  gtk_widget_class_bind_template_child (widget_class, BounceWelcome, skip_button);
  gtk_widget_class_bind_template_callback (widget_class, on_goal_activated_cb);

  gtk_widget_class_install_action (widget_class, "welcome.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "welcome.skip", NULL, skip_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "welcome.skip", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bounce_welcome_init (BounceWelcome *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bounce_name_mnemonics (GTK_WIDGET (self));
}
