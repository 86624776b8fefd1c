from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from . import services
from .models import Act, Case, CaseAccess, CaseEvent, Unit, User
from .roles import REVIEW_CASE


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ("code", "name")
    search_fields = ("code", "name")


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    fieldsets = (*DjangoUserAdmin.fieldsets, ("Units", {"fields": ("units",)}))
    filter_horizontal = ("groups", "user_permissions", "units")
    list_display = ("username", "first_name", "last_name", "is_active", "is_staff")
    list_filter = ("groups", "units", "is_active", "is_staff")

    # An Administrator manages people and their roles (groups), not raw permissions: granting
    # superuser status or single permissions, or taking over a superuser's account, would let
    # them give themselves what no role gives (case narratives, editing cases).
    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if request.user.is_superuser:
            return fields
        return (*fields, "is_superuser", "user_permissions")

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def save_related(self, request, form, formsets, change) -> None:
        """Open cases of someone who can no longer review go back to the triage queue."""
        super().save_related(request, form, formsets, change)
        person = User.objects.get(pk=form.instance.pk)  # fresh: no cached permissions
        if not change or person.has_perm(REVIEW_CASE):
            return
        if released := services.cases_released(reviewer=person, by=request.user):
            self.message_user(
                request,
                f"{released} open case{'s' if released != 1 else ''} assigned to "
                f"{person.get_full_name() or person.username} "
                f"{'are' if released != 1 else 'is'} unassigned now, waiting in the triage "
                "queue's Unassigned tab.",
                messages.WARNING,
            )

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)


class ReadOnlyUnlessSuperuser(admin.ModelAdmin):
    """Cases change through the app's journeys, which write the timeline; the admin only reads."""

    def has_add_permission(self, request) -> bool:
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser


class ActInline(admin.TabularInline):
    model = Act
    extra = 0
    fields = ("number", "description")


@admin.register(Case)
class CaseAdmin(ReadOnlyUnlessSuperuser):
    list_display = ("reference", "title", "unit", "category", "status", "created_at")
    list_filter = ("status", "category", "unit")
    search_fields = ("reference", "title")
    list_select_related = ("unit",)
    inlines = [ActInline]


class AppendOnlyAdmin(admin.ModelAdmin):
    """The audit trail is read-only for everyone, superusers included."""

    list_select_related = ("case",)
    search_fields = ("case__reference",)
    date_hierarchy = "at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(CaseEvent)
class CaseEventAdmin(AppendOnlyAdmin):
    """The timeline: what was done to each case, by whom. Search by case reference."""

    list_display = ("at", "case", "kind", "actor")
    list_filter = ("kind",)
    list_select_related = ("case", "actor")


@admin.register(CaseAccess)
class CaseAccessAdmin(AppendOnlyAdmin):
    """Who opened which case page, and when: search by case reference or by username."""

    list_display = ("at", "case", "user", "path")
    list_select_related = ("case", "user")
    search_fields = ("case__reference", "user__username", "user__last_name")
