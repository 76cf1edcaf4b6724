from django.urls import URLPattern

app_name = "partnerkaarten"
urlpatterns: list[URLPattern] = []
