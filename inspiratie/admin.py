from django.contrib import admin

from .models import Categorie


@admin.register(Categorie)
class CategorieAdmin(admin.ModelAdmin):
    list_display = ["naam", "soort", "volgorde"]
    list_filter = ["soort"]
    search_fields = ["naam"]
    prepopulated_fields = {"slug": ["naam"]}
