from django.contrib import admin

from .models import Deelnemer, Sessie, UitgegevenCode


class DeelnemerInline(admin.TabularInline):
    model = Deelnemer
    fields = ["naam", "werking", "aangemaakt", "laatst_actief"]
    readonly_fields = ["aangemaakt", "laatst_actief"]
    extra = 0


@admin.register(Sessie)
class SessieAdmin(admin.ModelAdmin):
    list_display = ["titel", "code", "datum", "plaats", "eigenaar", "status"]
    list_filter = ["status", "datum"]
    search_fields = ["titel", "code", "plaats"]
    readonly_fields = ["code"]
    filter_horizontal = ["coordinatoren"]
    inlines = [DeelnemerInline]

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            from .services import geef_code_uit

            obj.code = geef_code_uit()
        super().save_model(request, obj, form, change)


@admin.register(Deelnemer)
class DeelnemerAdmin(admin.ModelAdmin):
    list_display = ["naam", "werking", "sessie", "laatst_actief"]
    list_select_related = ["werking", "sessie"]
    search_fields = ["naam", "werking__naam", "sessie__code"]


@admin.register(UitgegevenCode)
class UitgegevenCodeAdmin(admin.ModelAdmin):
    list_display = ["code", "uitgegeven"]
    search_fields = ["code"]
