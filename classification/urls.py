from django.urls import path

from . import views

app_name = "classification"

urlpatterns = [
    path("", views.model, name="model"),
]
