from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from blametopraise import views
from blametopraise.forms import SignInForm
from cases.views.home import home

urlpatterns = [
    path("", home, name="home"),
    path(
        "sign-in/",
        auth_views.LoginView.as_view(
            authentication_form=SignInForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/password/", views.ChangePassword.as_view(), name="change_password"),
    path("model/", include("classification.urls")),
    path("", include("cases.urls")),
    path("admin/", admin.site.urls),
    path("favicon.ico", views.favicon, name="favicon"),
    path("healthz", views.healthz, name="healthz"),
    path("session/keep-alive/", views.keep_alive, name="keep_alive"),
]

admin.site.site_header = "Blame to Praise administration"
admin.site.site_title = "Blame to Praise"

handler500 = "blametopraise.views.server_error"
