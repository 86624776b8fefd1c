from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from .models import Act, Case, CaseEvent, Unit, User


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


@admin.register(CaseEvent)
class CaseEventAdmin(admin.ModelAdmin):
    """The timeline is read-only for everyone, superusers included."""

    list_display = ("at", "case", "kind", "actor")
    list_filter = ("kind",)
    list_select_related = ("case", "actor")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
