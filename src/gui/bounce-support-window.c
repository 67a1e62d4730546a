/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-support-window.c: the Support page: where to find help from people, plainly put. */
#define G_LOG_DOMAIN "bounce-support-window"

#include "bounce-support-window.h"

struct _BounceSupportWindow
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (BounceSupportWindow, bounce_support_window, ADW_TYPE_WINDOW)

static void
bounce_support_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BOUNCE_TYPE_SUPPORT_WINDOW);

  G_OBJECT_CLASS (bounce_support_window_parent_class)->dispose (object);
}

static void
bounce_support_window_class_init (BounceSupportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bounce_support_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/bounce-support-window.ui");
  /* Named for the tests, which look for the link and the numbers; no field keeps them. */
  gtk_widget_class_bind_template_child_full (widget_class, "directory_link", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "us_number", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "uk_number", FALSE, 0);

  /* A page to read and leave: Escape closes it, as it does a dialog. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
bounce_support_window_init (BounceSupportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bounce_support_window_new:
 * @parent: (nullable): the window it is opened from
 *
 * Returns: (transfer none): a new Support window, not yet shown; GTK keeps it until it is
 *   destroyed, or its parent is
 */
GtkWidget *
bounce_support_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  /* Not modal: someone may want the journal beside the numbers. Not the application's
   * either, so that it is never taken for the main window. */
  return g_object_new (BOUNCE_TYPE_SUPPORT_WINDOW,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
}
