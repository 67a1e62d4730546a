/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce-autostart.c: the XDG autostart file that starts Bounce Back at login, windowless. */
#define G_LOG_DOMAIN "bounce-autostart"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bounce-autostart-private.h"

#define DESKTOP_GROUP G_KEY_FILE_DESKTOP_GROUP

/* Characters the Desktop Entry Specification reserves in Exec: an argument holding one is
 * quoted. */
#define EXEC_RESERVED " \t\n\"'\\><~|&;$*?#()`"

/* The running program, even when an update replaced it on disk since it started. */
static char *
dup_running_binary (GError **error)
{
  g_autofree char *binary = g_file_read_link ("/proc/self/exe", error);

  if (binary == NULL)
    return NULL;

  if (g_str_has_suffix (binary, " (deleted)"))
    binary[strlen (binary) - strlen (" (deleted)")] = '\0';

  return g_steal_pointer (&binary);
}

/* One argument of Exec, quoted as the Desktop Entry Specification asks (double quotes, not
 * the shell's single ones), with "%" kept from being read as a field code. */
static char *
quote_exec_argument (const char *argument)
{
  gboolean quote = *argument == '\0' || strpbrk (argument, EXEC_RESERVED) != NULL;
  GString *quoted = g_string_new (quote ? "\"" : "");

  for (const char *p = argument; *p != '\0'; p++)
    {
      if (*p == '%')
        g_string_append_c (quoted, '%');
      else if (quote && strchr ("\"`$\\", *p) != NULL)
        g_string_append_c (quoted, '\\');
      g_string_append_c (quoted, *p);
    }

  if (quote)
    g_string_append_c (quoted, '"');

  return g_string_free (quoted, FALSE);
}

static char *
dup_autostart_dir (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", NULL);
}

/**
 * bounce_autostart_write_for:
 * @binary: the absolute path of the program to start
 *
 * Writes the autostart file, starting @binary in the background.
 */
gboolean
bounce_autostart_write_for (const char  *binary,
                            GError     **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *dir = dup_autostart_dir ();
  g_autofree char *path = bounce_autostart_dup_path ();
  g_autofree char *quoted = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (binary != NULL && g_path_is_absolute (binary), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A desktop entry is UTF-8 through and through. */
  if (!g_utf8_validate (binary, -1, NULL))
    {
      g_autofree char *shown = g_filename_display_name (binary);

      g_set_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                   _("Bounce Back cannot be started at login from “%s”: that name cannot be "
                     "written in a startup file"), shown);
      return FALSE;
    }

  quoted = quote_exec_argument (binary);
  exec = g_strconcat (quoted, " --background", NULL);

  g_key_file_set_string (key_file, DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE,
                         G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  g_key_file_set_string (key_file, DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME, "Bounce Back");
  g_key_file_set_string (key_file, DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         "Gentle reminders while Bounce Back is closed");
  g_key_file_set_string (key_file, DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, exec);
  g_key_file_set_string (key_file, DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, APP_ID);
  g_key_file_set_boolean (key_file, DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TERMINAL, FALSE);
  g_key_file_set_boolean (key_file, DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);
  contents = g_key_file_to_data (key_file, &length, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *shown = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not make the folder “%s”: %s"), shown, g_strerror (saved_errno));
      return FALSE;
    }

  /* Whole or not at all: a session never starts from half a file. */
  return g_file_set_contents_full (path, contents, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

/**
 * bounce_autostart_dup_path:
 *
 * Returns: (transfer full): where the autostart file is, or would be
 */
char *
bounce_autostart_dup_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);
}

/**
 * bounce_autostart_set:
 * @enabled: whether Bounce Back starts at login
 *
 * Writes the autostart file, starting the running program with `--background`, or removes
 * it. Both may be done again: writing rewrites it, removing what is not there succeeds.
 */
gboolean
bounce_autostart_set (gboolean   enabled,
                      GError   **error)
{
  g_autofree char *path = bounce_autostart_dup_path ();

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (enabled)
    {
      g_autofree char *binary = dup_running_binary (error);

      return binary != NULL && bounce_autostart_write_for (binary, error);
    }

  /* No folder, or a file where the folder would be: no autostart file either. */
  if (g_unlink (path) != 0 && errno != ENOENT && errno != ENOTDIR)
    {
      int saved_errno = errno;
      g_autofree char *shown = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not remove “%s”: %s"), shown, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * bounce_autostart_is_set:
 *
 * Returns: whether the autostart file is there and starts Bounce Back (a session manager or
 *   a tweak tool may have turned it off in the file itself)
 */
gboolean
bounce_autostart_is_set (void)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = bounce_autostart_dup_path ();
  g_autoptr(GError) error = NULL;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
    return FALSE;

  if (g_key_file_get_boolean (key_file, DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_HIDDEN, NULL))
    return FALSE;

  /* Missing means enabled. */
  if (!g_key_file_get_boolean (key_file, DESKTOP_GROUP, "X-GNOME-Autostart-enabled", &error) &&
      error == NULL)
    return FALSE;

  return TRUE;
}
