from django.contrib import admin

from .models import FailureType, Reason


class WordingOnlyAdmin(admin.ModelAdmin):
    """Administrators edit the wording that every page reads from these rows. Codes, positions
    and names are fixed: names are the report's vocabulary (Table One), and many pages, forms
    and exports give them from code (`ReasonCode`, the dashboard's legend), so a renamed row
    would name one reason two ways."""

    readonly_fields = ("code", "position", "name")

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(FailureType)
class FailureTypeAdmin(WordingOnlyAdmin):
    list_display = ("name", "code", "learning")
    fields = ("code", "position", "name", "learning")


@admin.register(Reason)
class ReasonAdmin(WordingOnlyAdmin):
    list_display = ("position", "name", "failure_type", "code")
    list_display_links = ("name",)
    readonly_fields = ("code", "position", "failure_type", "name", "short_name")
    fields = ("code", "position", "failure_type", "name", "short_name", "elaboration", "response")
