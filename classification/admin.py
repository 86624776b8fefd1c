from django.contrib import admin

from .models import FailureType, Reason


class WordingOnlyAdmin(admin.ModelAdmin):
    """Codes and positions are fixed by the model; administrators edit wording only."""

    readonly_fields = ("code", "position")

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
    readonly_fields = ("code", "position", "failure_type")
    fields = ("code", "position", "failure_type", "name", "short_name", "elaboration", "response")
