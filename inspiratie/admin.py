from django.contrib import admin

from .models import Categorie, LokaalVoorbeeld


@admin.register(Categorie)
class CategorieAdmin(admin.ModelAdmin):
    list_display = ["naam", "soort", "volgorde", "sessie"]
    list_filter = ["soort", ("sessie", admin.EmptyFieldListFilter)]
    search_fields = ["naam"]
    prepopulated_fields = {"slug": ["naam"]}


@admin.register(LokaalVoorbeeld)
class LokaalVoorbeeldAdmin(admin.ModelAdmin):
    list_display = ["naam", "categorie", "gemeente", "sessie", "voorgesteld_door", "aanvaard"]
    list_filter = ["aanvaard"]
    list_select_related = ["categorie", "gemeente", "sessie", "voorgesteld_door"]
    search_fields = ["naam", "sessie__code"]
    raw_id_fields = ["gemeente", "voorgesteld_door", "sessie"]
