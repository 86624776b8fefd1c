from django.urls import path, register_converter

from .converters import CaseReferenceConverter
from .views import dashboard, detail, intake, questionnaire, review, triage

register_converter(CaseReferenceConverter, "ref")

app_name = "cases"

urlpatterns = [
    path("cases/mine/", intake.my_cases, name="mine"),
    path("cases/new/", intake.log_case, name="log"),
    path("cases/<ref:reference>/logged/", intake.logged, name="logged"),
    path("queue/", triage.queue, name="queue"),
    path("queue.csv", triage.queue_csv, name="queue_csv"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("dashboard/<slug:table>.csv", dashboard.dashboard_csv, name="dashboard_csv"),
    path("cases/<ref:reference>/", detail.detail, name="detail"),
    path("cases/<ref:reference>/actions/", detail.act_on, name="act"),
    path("cases/<ref:reference>/edit/", detail.edit, name="edit"),
    path("cases/<ref:reference>/summary/", review.summary, name="summary"),
    path(
        "cases/<ref:reference>/acts/<int:number>/assess/",
        questionnaire.start,
        name="assess",
    ),
    path(
        "assessments/<int:pk>/questions/<str:question_id>/",
        questionnaire.question,
        name="question",
    ),
    path("assessments/<int:pk>/check/", questionnaire.check_answers, name="check_answers"),
    path("assessments/<int:pk>/take-over/", questionnaire.take_over, name="take_over"),
    path("assessments/<int:pk>/discard/", questionnaire.discard, name="discard"),
    path("assessments/<int:pk>/", review.review, name="review"),
    path("assessments/<int:pk>/decide/", review.decide, name="decide"),
    path("assessments/<int:pk>/harm/", review.harm, name="harm"),
    path("assessments/<int:pk>/learning-actions/", review.add_action, name="add_action"),
    path("decisions/<int:pk>/second-review/", review.second_review, name="second_review"),
    path("learning-actions/<int:pk>/status/", review.action_status, name="action_status"),
]
