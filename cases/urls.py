from django.urls import path, register_converter

from .converters import CaseReferenceConverter
from .views import detail, intake, triage

register_converter(CaseReferenceConverter, "ref")

app_name = "cases"

urlpatterns = [
    path("cases/mine/", intake.my_cases, name="mine"),
    path("cases/new/", intake.log_case, name="log"),
    path("cases/<ref:reference>/logged/", intake.logged, name="logged"),
    path("queue/", triage.queue, name="queue"),
    path("queue.csv", triage.queue_csv, name="queue_csv"),
    path("cases/<ref:reference>/", detail.detail, name="detail"),
    path("cases/<ref:reference>/actions/", detail.act_on, name="act"),
    path("cases/<ref:reference>/edit/", detail.edit, name="edit"),
]
