from django.contrib import admin

from .models import Bol, Combinatie, Idee, Partner, Partnerkaart


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ["naam", "gemeente", "categorie", "werking", "behouden"]
    list_filter = ["behouden", "categorie"]
    search_fields = ["naam", "sector", "werking__naam"]
    autocomplete_fields = ["gemeente"]
    list_select_related = ["gemeente", "categorie", "werking"]


class IdeeInline(admin.TabularInline):
    model = Idee
    extra = 0


@admin.register(Partnerkaart)
class PartnerkaartAdmin(admin.ModelAdmin):
    list_display = ["__str__", "werking", "bovenlokaal"]
    list_select_related = ["werking", "kenmerk"]
    filter_horizontal = ["partners"]
    inlines = [IdeeInline]


@admin.register(Bol)
class BolAdmin(admin.ModelAdmin):
    list_display = ["__str__", "werking", "volgorde"]
    list_select_related = ["werking", "gemeente"]
    autocomplete_fields = ["gemeente"]


@admin.register(Combinatie)
class CombinatieAdmin(admin.ModelAdmin):
    list_display = ["__str__", "werking", "verder"]
    list_filter = ["verder"]
    list_select_related = ["werking"]
    filter_horizontal = ["partners"]
