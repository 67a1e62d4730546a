/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-autostart.c: the autostart file, written, read back as a session would, and removed. */
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "bounce-autostart-private.h"

static char *
autostart_dir (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", NULL);
}

static GKeyFile *
load_autostart_file (void)
{
  g_autofree char *path = bounce_autostart_dup_path ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&key_file);
}

/* The command line a session starts, read as GLib's launcher reads it: field codes first
 * (there must be none: "%%" is a plain "%"), then the quoting. */
static char **
exec_argv (GKeyFile *key_file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = g_key_file_get_string (key_file, G_KEY_FILE_DESKTOP_GROUP,
                                                 G_KEY_FILE_DESKTOP_KEY_EXEC, &error);
  g_autoptr(GString) expanded = g_string_new (NULL);
  char **argv = NULL;

  g_assert_no_error (error);
  for (const char *p = exec; *p != '\0'; p++)
    {
      if (*p == '%')
        g_assert_cmpint (*++p, ==, '%');
      g_string_append_c (expanded, *p);
    }

  g_assert_true (g_shell_parse_argv (expanded->str, NULL, &argv, &error));
  g_assert_no_error (error);
  return argv;
}

/* desktop-file-validate has no complaint, not even a hint. meson gives its path; run by hand,
 * the test looks for it. */
static void
assert_valid_desktop_file (void)
{
  g_autofree char *path = bounce_autostart_dup_path ();
  g_autofree char *validate = g_strdup (g_getenv ("DESKTOP_FILE_VALIDATE"));
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (validate == NULL)
    validate = g_find_program_in_path ("desktop-file-validate");
  if (validate == NULL)
    {
      g_test_message ("desktop-file-validate not found: the file is not validated");
      return;
    }

  g_spawn_sync (NULL, (char *[]) { validate, path, NULL }, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("desktop-file-validate: %s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "");
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_no_errno (g_stat (path, &st));
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

static void
test_write_remove (void)
{
  g_autofree char *path = bounce_autostart_dup_path ();
  g_autofree char *dir = autostart_dir ();
  g_autofree char *binary = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *type = NULL;
  g_autofree char *icon = NULL;

  g_assert_true (g_str_has_prefix (path, g_get_user_config_dir ()));
  g_assert_true (g_str_has_suffix (path, "/autostart/" APP_ID ".desktop"));
  g_assert_false (bounce_autostart_is_set ());

  g_assert_true (bounce_autostart_set (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (bounce_autostart_is_set ());

  /* This very program, in the background. */
  key_file = load_autostart_file ();
  argv = exec_argv (key_file);
  g_assert_cmpuint (g_strv_length (argv), ==, 2);
  g_assert_cmpstr (argv[0], ==, binary);
  g_assert_cmpstr (argv[1], ==, "--background");

  type = g_key_file_get_string (key_file, G_KEY_FILE_DESKTOP_GROUP,
                                G_KEY_FILE_DESKTOP_KEY_TYPE, NULL);
  g_assert_cmpstr (type, ==, G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  icon = g_key_file_get_string (key_file, G_KEY_FILE_DESKTOP_GROUP,
                                G_KEY_FILE_DESKTOP_KEY_ICON, NULL);
  g_assert_cmpstr (icon, ==, APP_ID);
  g_assert_true (g_key_file_get_boolean (key_file, G_KEY_FILE_DESKTOP_GROUP,
                                         "X-GNOME-Autostart-enabled", NULL));
  assert_mode (path, 0644);
  assert_mode (dir, 0700);
  assert_valid_desktop_file ();

  g_assert_true (bounce_autostart_set (FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (bounce_autostart_is_set ());
  /* The folder is the session's: it stays. */
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
}

static void
test_idempotent (void)
{
  g_autofree char *path = bounce_autostart_dup_path ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;

  /* Removing what is not there, folder and all, is done. */
  g_assert_true (bounce_autostart_set (FALSE, &error));
  g_assert_no_error (error);

  g_assert_true (bounce_autostart_set (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));
  g_assert_true (bounce_autostart_set (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &second, NULL, NULL));
  g_assert_cmpstr (first, ==, second);

  g_assert_true (bounce_autostart_set (FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (bounce_autostart_set (FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (bounce_autostart_is_set ());
}

static void
test_creates_folder (void)
{
  g_autofree char *dir = autostart_dir ();
  g_autoptr(GError) error = NULL;

  /* Not even the configuration folder is there on a fresh account. */
  g_assert_false (g_file_test (g_get_user_config_dir (), G_FILE_TEST_EXISTS));

  g_assert_true (bounce_autostart_set (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  assert_mode (dir, 0700);
  g_assert_true (bounce_autostart_is_set ());
}

/* Root may write anywhere: a plain file where the folder should be stops even root. */
static void
test_folder_is_a_file (void)
{
  g_autofree char *dir = autostart_dir ();
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir_with_parents (g_get_user_config_dir (), 0700));
  g_assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));

  g_assert_false (bounce_autostart_set (TRUE, &error));
  g_assert_true (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR) ||
                 g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_EXIST));
  g_assert_nonnull (strstr (error->message, dir));
  g_assert_false (bounce_autostart_is_set ());
  g_clear_error (&error);

  /* Nothing of ours can be there to remove. */
  g_assert_true (bounce_autostart_set (FALSE, &error));
  g_assert_no_error (error);
}

/* Exec is quoted by the Desktop Entry Specification's rules, which are not the shell's. */
static void
test_quoting (void)
{
  const char *binaries[] = {
    "/opt/Bounce Back/bin/bounce-back",
    "/opt/100% \"sure\"/$HOME/`date`/back\\slash/it's/bounce-back",
    "/usr/bin/bounce-back",
  };

  for (guint i = 0; i < G_N_ELEMENTS (binaries); i++)
    {
      g_autoptr(GKeyFile) key_file = NULL;
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) argv = NULL;

      g_test_message ("%s", binaries[i]);
      g_assert_true (bounce_autostart_write_for (binaries[i], &error));
      g_assert_no_error (error);

      key_file = load_autostart_file ();
      argv = exec_argv (key_file);
      g_assert_cmpuint (g_strv_length (argv), ==, 2);
      g_assert_cmpstr (argv[0], ==, binaries[i]);
      g_assert_cmpstr (argv[1], ==, "--background");
      assert_valid_desktop_file ();
    }
}

/* A session manager or a tweak tool may turn it off in the file instead of removing it. */
static void
test_turned_off_in_file (void)
{
  g_autofree char *path = bounce_autostart_dup_path ();
  g_autoptr(GError) error = NULL;
  const char *keys[] = { "X-GNOME-Autostart-enabled=false", "Hidden=true" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *contents = NULL;
      g_autofree char *changed = NULL;

      g_assert_true (bounce_autostart_set (TRUE, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      changed = g_strconcat (contents, keys[i], "\n", NULL);
      g_assert_true (g_file_set_contents (path, changed, -1, NULL));
      g_assert_false (bounce_autostart_is_set ());

      /* Turning it on again means it. */
      g_assert_true (bounce_autostart_set (TRUE, &error));
      g_assert_no_error (error);
      g_assert_true (bounce_autostart_is_set ());
    }

  g_assert_true (g_file_set_contents (path, "not a desktop entry", -1, NULL));
  g_assert_false (bounce_autostart_is_set ());
}

int
main (int   argc,
      char *argv[])
{
  /* Each test has configuration folders of its own, which GLib's caches follow. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  umask (022);

  g_test_add_func ("/autostart/write-remove", test_write_remove);
  g_test_add_func ("/autostart/idempotent", test_idempotent);
  g_test_add_func ("/autostart/creates-folder", test_creates_folder);
  g_test_add_func ("/autostart/folder-is-a-file", test_folder_is_a_file);
  g_test_add_func ("/autostart/quoting", test_quoting);
  g_test_add_func ("/autostart/turned-off-in-file", test_turned_off_in_file);

  return g_test_run ();
}
