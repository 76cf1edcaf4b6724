from django.contrib import admin

from .models import Gemeente, Kenmerk, Werking


@admin.register(Gemeente)
class GemeenteAdmin(admin.ModelAdmin):
    list_display = ["naam", "naam_fr", "nis_code", "provincie", "gewest"]
    list_filter = ["gewest", "provincie"]
    search_fields = ["naam", "naam_fr", "nis_code", "postcodes", "vroegere_namen"]


class KenmerkInline(admin.TabularInline):
    model = Kenmerk
    fields = ["soort", "tekst", "volgorde", "verwijderd_op"]
    extra = 0


@admin.register(Werking)
class WerkingAdmin(admin.ModelAdmin):
    list_display = ["naam", "gemeente", "sessie", "gewijzigd"]
    list_filter = ["sessie"]
    search_fields = ["naam", "sessie__code", "sessie__titel"]
    autocomplete_fields = ["gemeente"]
    list_select_related = ["gemeente", "sessie"]
    inlines = [KenmerkInline]


@admin.register(Kenmerk)
class KenmerkAdmin(admin.ModelAdmin):
    list_display = ["tekst", "soort", "werking", "volgorde", "verwijderd_op"]
    list_filter = ["soort"]
    search_fields = ["tekst", "werking__naam"]
    list_select_related = ["werking"]

    def get_queryset(self, request):
        # Removed items stay visible here so an admin can restore them.
        return Kenmerk.alle.select_related("werking")
