from django.contrib import admin

from .models import Bol, Combinatie, Idee, Partner, Partnerkaart


class OokVerwijderd(admin.ModelAdmin):
    """Removed rows stay visible here, so an admin can see and restore them."""

    def get_queryset(self, request):
        return self.model.alle.all()


@admin.register(Partner)
class PartnerAdmin(OokVerwijderd):
    list_display = ["naam", "gemeente", "categorie", "werking", "behouden", "verwijderd_op"]
    list_filter = ["behouden", "categorie"]
    search_fields = ["naam", "sector", "werking__naam"]
    autocomplete_fields = ["gemeente"]
    list_select_related = ["gemeente", "categorie", "werking"]


class IdeeInline(admin.TabularInline):
    model = Idee
    extra = 0


@admin.register(Partnerkaart)
class PartnerkaartAdmin(OokVerwijderd):
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
class CombinatieAdmin(OokVerwijderd):
    list_display = ["__str__", "werking", "verder"]
    list_filter = ["verder"]
    list_select_related = ["werking"]
    filter_horizontal = ["partners"]
