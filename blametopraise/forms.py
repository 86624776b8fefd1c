"""The sign-in and change-password forms, with messages that say what to do."""

from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm


class SignInForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "Enter a correct username and password (both are case-sensitive)",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].error_messages["required"] = "Enter your username"
        self.fields["password"].error_messages["required"] = "Enter your password"


class ChangePasswordForm(PasswordChangeForm):
    """Django's form, in the words the rest of the service uses."""

    error_messages = {
        **PasswordChangeForm.error_messages,
        "password_incorrect": "Your current password is not right: enter it again",
        "password_mismatch": "The two new passwords are not the same: enter the new one twice",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        labels = {
            "old_password": ("Current password", "Enter your current password"),
            "new_password1": ("New password", "Enter a new password"),
            "new_password2": ("New password again", "Enter the new password again"),
        }
        for name, (label, required) in labels.items():
            self.fields[name].label = label
            self.fields[name].error_messages["required"] = required
        self.fields["new_password2"].help_text = ""

    def validate_password_for_user(self, user, password_field_name="new_password2") -> None:
        """The rules are about the new password: say what is wrong beside it, not the repeat;
        the current password again changes nothing (and would sign out every other session)."""
        super().validate_password_for_user(user, "new_password1")
        new = self.cleaned_data.get("new_password1")
        if new and "new_password1" not in self.errors and user.check_password(new):
            self.add_error("new_password1", "Choose a password different from your current one")
