"""Boring factories: real rows, no mocks."""

import datetime as dt

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from cases.choices import Category, Origin
from cases.models import Act, Case, Unit, User


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"U{n}")
    name = factory.Sequence(lambda n: f"Unit {n} BCU")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Alex"
    last_name = factory.Sequence(lambda n: f"Tester{n}")
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))

    @factory.post_generation
    def units(self, create, extracted, **kwargs):
        if create and extracted:
            self.units.set(extracted)


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case

    reference = factory.Sequence(lambda n: f"BTP-2026-{n + 1:05d}")
    title = factory.Sequence(lambda n: f"Missed welfare check {n}")
    occurred_at = factory.LazyFunction(
        lambda: timezone.now().replace(second=0, microsecond=0) - dt.timedelta(days=3)
    )
    unit = factory.SubFactory(UnitFactory)
    category = Category.CUSTODY
    summary = "A detained person's 30-minute welfare check was recorded but not carried out."
    origin = Origin.SUPERVISOR
    subject_reference = factory.Sequence(lambda n: f"PC{100000 + n}")
    logged_by = factory.SubFactory(UserFactory, role="Supervisor")


class ActFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Act

    case = factory.SubFactory(CaseFactory)
    number = factory.Sequence(lambda n: n + 1)
    description = "Did not carry out the 02:30 cell visit."
    added_by = factory.SelfAttribute("case.logged_by")
