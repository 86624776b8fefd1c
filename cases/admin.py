from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import ValidationError
from django.db.models.constants import LOOKUP_SEP

from . import services
from .models import Act, Case, CaseAccess, CaseEvent, Unit, User
from .roles import REVIEW_CASE, Role


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ("code", "name")
    search_fields = ("code", "name")


class RoleFilter(admin.RelatedFieldListFilter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = "role"


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    fieldsets = (
        *DjangoUserAdmin.fieldsets[:2],
        (
            "Roles and permissions",
            {
                "description": "Staff status (signing in to this admin) comes with the "
                "Administrator role: it is set when the roles are saved.",
                "fields": ("is_active", "groups", "is_staff", "is_superuser", "user_permissions"),
            },
        ),
        ("Units", {"fields": ("units",)}),
        *DjangoUserAdmin.fieldsets[3:],
    )
    filter_horizontal = ("groups", "user_permissions", "units")
    list_display = ("username", "first_name", "last_name", "roles", "unit_names", "is_active")
    list_filter = (("groups", RoleFilter), "units", "is_active")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups", "units")

    @admin.display(description="roles")
    def roles(self, user: User) -> str:
        return ", ".join(sorted(group.name for group in user.groups.all()))

    @admin.display(description="units")
    def unit_names(self, user: User) -> str:
        return ", ".join(unit.name for unit in user.units.all())

    # An Administrator manages people and their roles (groups), not raw permissions: granting
    # superuser status or single permissions, or taking over a superuser's account, would let
    # them give themselves what no role gives (case narratives, editing cases). Staff status
    # follows the Administrator role (save_related), so nobody ticks it by hand.
    def get_readonly_fields(self, request, obj=None):
        fields = (*super().get_readonly_fields(request, obj), "is_staff")
        if request.user.is_superuser:
            return fields
        return (*fields, "is_superuser", "user_permissions")

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is None or obj.pk != request.user.pk or request.user.is_superuser:
            return form
        return _own_account_form(form)

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def save_related(self, request, form, formsets, change) -> None:
        """Staff status follows the Administrator role; cases not yet closed of someone who can no
        longer review go back to the triage queue."""
        super().save_related(request, form, formsets, change)
        person = User.objects.get(pk=form.instance.pk)  # fresh: no cached permissions
        name = person.get_full_name() or person.username
        staff = person.is_superuser or person.groups.filter(name=Role.ADMINISTRATOR).exists()
        if staff != person.is_staff:
            person.is_staff = staff
            person.save(update_fields=["is_staff"])
            self.message_user(
                request,
                f"{name} can now sign in to the admin, as an administrator."
                if staff
                else f"{name} can no longer sign in to the admin.",
            )
        if not change or person.has_perm(REVIEW_CASE):
            return
        if released := services.cases_released(reviewer=person, by=request.user):
            total = released.total
            where = [
                f"{count} {kind} in the ‘{tab}’ tab"
                for count, kind, tab in (
                    (released.open, "open", "Unassigned"),
                    (released.decided, "decided", "Decided, to close"),
                )
                if count
            ]
            self.message_user(
                request,
                f"{total} case{'s' if total != 1 else ''} assigned to {name} "
                f"{'are' if total != 1 else 'is'} back in the triage queue, unassigned: "
                f"{' and '.join(where)}.",
                messages.WARNING,
            )

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)


def _own_account_form(form: type) -> type:
    class OwnAccountForm(form):
        """An administrator's own roles are changed by another administrator: one could otherwise
        make themselves a reviewer, and read and decide every case; nor can they lock
        themselves out."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields["groups"].help_text = "Ask another administrator to change your roles."

        def clean_groups(self):
            groups = self.cleaned_data["groups"]
            if set(groups) != set(self.instance.groups.all()):
                raise ValidationError(
                    "You cannot give yourself a role or take one away. Ask another "
                    "administrator to change your roles."
                )
            return groups

        def clean_is_active(self):
            # Deactivated, they could not sign in again to put it right.
            if not self.cleaned_data["is_active"]:
                raise ValidationError(
                    "You cannot deactivate your own account. Ask another administrator."
                )
            return True

    return OwnAccountForm


class ReadOnlyUnlessSuperuser(admin.ModelAdmin):
    """Cases change through the app's journeys, which write the timeline; the admin only reads."""

    def has_add_permission(self, request) -> bool:
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser


class OutlineUnlessSuperuser(admin.ModelAdmin):
    """An administrator gets a list of the `outline` columns and no page per row: what a case
    says (its title names people too) is read on the case's own pages, whose every reading the
    access log records. Superusers, the platform's owners, read all."""

    outline: tuple[str, ...] = ()

    def get_list_display(self, request):
        return super().get_list_display(request) if request.user.is_superuser else self.outline

    def get_list_display_links(self, request, list_display):
        if request.user.is_superuser:
            return super().get_list_display_links(request, list_display)
        return None

    def has_view_permission(self, request, obj=None) -> bool:
        if obj is not None and not request.user.is_superuser:
            return False
        return super().has_view_permission(request, obj)

    # Django lets a list be filtered by any field through the address (?summary__icontains=…):
    # a count of matches would tell an administrator what cases say.
    def lookup_allowed(self, lookup, value, request) -> bool:
        if not request.user.is_superuser:
            filters = {f if isinstance(f, str) else f[0] for f in self.list_filter}
            if lookup.split(LOOKUP_SEP)[0] not in {*filters, self.date_hierarchy}:
                return False
        return super().lookup_allowed(lookup, value, request)


class ActInline(admin.TabularInline):
    model = Act
    extra = 0
    fields = ("number", "description")


@admin.register(Case)
class CaseAdmin(OutlineUnlessSuperuser, ReadOnlyUnlessSuperuser):
    """An administrator sees where a case is and who holds it, to help the people on it."""

    list_display = ("reference", "title", "unit", "category", "status", "reviewer", "created_at")
    outline = (
        "reference",
        "unit",
        "category",
        "status",
        "logged_by",
        "reviewer",
        "created_at",
        "decided_at",
        "closed_at",
    )
    list_filter = ("status", "category", "unit", ("reviewer", admin.RelatedOnlyFieldListFilter))
    search_fields = ("reference", "title")
    list_select_related = ("unit", "logged_by", "reviewer")
    inlines = [ActInline]

    def get_search_fields(self, request):
        return self.search_fields if request.user.is_superuser else ("reference",)


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

    # A case's name (Case.__str__) holds its title: the trail names it by reference.
    @admin.display(description="case", ordering="case__reference")
    def case_reference(self, entry) -> str:
        return entry.case.reference


@admin.register(CaseEvent)
class CaseEventAdmin(OutlineUnlessSuperuser, AppendOnlyAdmin):
    """The timeline: what was done to each case, by whom. Search by case reference. Its messages
    and data hold what the case says, so only superusers open an entry."""

    list_display = outline = ("at", "case_reference", "kind", "actor")
    list_filter = ("kind",)
    list_select_related = ("case", "actor")


@admin.register(CaseAccess)
class CaseAccessAdmin(AppendOnlyAdmin):
    """Who opened which case page, and when: search by case reference or by username."""

    list_display = ("at", "case_reference", "user", "path")
    fields = ("at", "case_reference", "user", "path")
    readonly_fields = ("case_reference",)
    list_select_related = ("case", "user")
    search_fields = ("case__reference", "user__username", "user__last_name")
