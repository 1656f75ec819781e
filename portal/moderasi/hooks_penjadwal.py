"""Admin hooks of the scheduler and the working-hours calendar (imported by wagtail_hooks).

- "Kalender kerja" menu (administrators only): weekly hours (edit only) and holidays, as
  snippets with a permission policy that admits superusers and nobody else;
- a dashboard warning for administrators when the scheduler's heartbeat is stale or missing;
- "Antrean tayang": approved items waiting for their go-live time or the next opening, for
  the Editor and Pejabat groups and administrators.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.moderasi.kalender import kalender_kerja
from portal.moderasi.models import DetakPenjadwal, HariLibur, JamKerjaHarian
from portal.moderasi.penjadwal import BATAS_DETAK, antrean_tayang, penjadwal_macet
from portal.moderasi.peran import GRUP_EDITOR, GRUP_PEJABAT
from portal.moderasi.policy import ZONA_WITA

# The groups that see the publish queue (DESIGN §3), besides administrators.
GRUP_ANTREAN = (GRUP_EDITOR, GRUP_PEJABAT)

SEMUA_AKSI = frozenset({"add", "change", "delete", "view"})


# -- permissions: administrators only -------------------------------------------------------------


class KebijakanAdministrator(BasePermissionPolicy):
    """Only active superusers (the portal's administrators) may act, and only the `aksi` given:
    the calendar decides when the portal publishes, so no group permission can open it up."""

    def __init__(self, model, aksi=SEMUA_AKSI):
        super().__init__(model)
        self.aksi = frozenset(aksi)

    def _administrator(self, user):
        return bool(user.is_authenticated and user.is_active and user.is_superuser)

    def user_has_permission(self, user, action):
        return action in self.aksi and self._administrator(user)

    def user_has_any_permission(self, user, actions):
        return bool(self.aksi.intersection(actions)) and self._administrator(user)

    def users_with_any_permission(self, actions):
        pengguna = get_user_model().objects
        if not self.aksi.intersection(actions):
            return pengguna.none()
        return pengguna.filter(is_active=True, is_superuser=True)


class KebijakanHariLibur(KebijakanAdministrator):
    """Automatic holidays are switched off, never deleted, so a re-seed cannot revive them."""

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "delete" and instance.sumber == HariLibur.Sumber.OTOMATIS:
            return False
        return self.user_has_permission(user, action)


# Registered before the viewsets below, which look the policy up.
register_permission_policy(
    JamKerjaHarian, KebijakanAdministrator(JamKerjaHarian, aksi={"change", "view"})
)
register_permission_policy(HariLibur, KebijakanHariLibur(HariLibur))


# -- calendar admin -------------------------------------------------------------------------------


class HariLiburForm(WagtailAdminModelForm):
    """Marks a row as the administrators' own once they change it, so the automatic seeding
    leaves it alone; an automatic row keeps its date (switch it off and add another instead)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if (
            self.instance.pk
            and self.instance.sumber == HariLibur.Sumber.OTOMATIS
            and "tanggal" in self.fields
        ):
            self.fields["tanggal"].disabled = True
            self.fields["tanggal"].help_text = _(
                "Tanggal hari libur otomatis tidak dapat diubah. Matikan baris ini lalu "
                "tambahkan hari libur baru pada tanggal yang benar."
            )

    def save(self, commit=True):
        if self.instance.pk is None or self.has_changed():
            self.instance.diubah_admin = True
        return super().save(commit=commit)


class JamKerjaHarianViewSet(SnippetViewSet):
    model = JamKerjaHarian
    icon = "time"
    menu_label = _("Jam kerja mingguan")
    list_display = ["hari", "buka", "mulai", "selesai"]
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("hari", read_only=True),
            FieldPanel("buka"),
            FieldPanel("mulai"),
            FieldPanel("selesai"),
        ]
    )


class HapusHariLiburView(SnippetViewSet.delete_view_class):
    """Wagtail's delete view checks only the model-level permission; apply the per-row rule
    (automatic holidays are switched off, not deleted) here too."""

    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance("delete", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class HariLiburViewSet(SnippetViewSet):
    model = HariLibur
    delete_view_class = HapusHariLiburView
    icon = "date"
    menu_label = _("Hari libur")
    list_display = ["tanggal", "nama", "jenis", "aktif", "sumber"]
    list_filter = ["jenis", "aktif", "sumber"]
    search_fields = ["nama"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_handler = ObjectList(
        [FieldPanel("tanggal"), FieldPanel("nama"), FieldPanel("jenis"), FieldPanel("aktif")],
        base_form_class=HariLiburForm,
    )


class KalenderKerjaViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Kalender kerja")
    menu_icon = "calendar"
    menu_order = 850
    items = (JamKerjaHarianViewSet, HariLiburViewSet)


register_snippet(KalenderKerjaViewSetGroup)


# -- dashboard: scheduler heartbeat ---------------------------------------------------------------


class PeringatanPenjadwalPanel(Component):
    """Warns administrators that scheduled items are not being published."""

    name = "peringatan_penjadwal"
    order = 5
    template_name = "moderasi/penjadwal/panel_peringatan.html"

    def get_context_data(self, parent_context):
        return {"detak": DetakPenjadwal.ambil(), "batas_menit": BATAS_DETAK.seconds // 60}


@hooks.register("construct_homepage_panels")
def panel_peringatan_penjadwal(request, panels):
    if request.user.is_superuser and penjadwal_macet():
        panels.insert(0, PeringatanPenjadwalPanel())


# -- publish queue --------------------------------------------------------------------------------


def boleh_melihat_antrean(user):
    return bool(
        user.is_active and (user.is_superuser or user.groups.filter(name__in=GRUP_ANTREAN).exists())
    )


class AntreanTayangView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "moderasi/penjadwal/antrean.html"
    page_title = _("Antrean tayang")
    header_icon = "calendar-check"
    breadcrumbs_items = []

    def dispatch(self, request, *args, **kwargs):
        if not boleh_melihat_antrean(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        kalender = kalender_kerja()
        buka = kalender.buka_pada(now)
        context.update(
            {
                "antrean": antrean_tayang(now, kalender),
                "buka_sekarang": buka,
                "tutup_pada": kalender.penutupan_berikutnya(now) if buka else None,
                "pembukaan_berikutnya": None if buka else kalender.pembukaan_berikutnya(now),
                "sekarang": now.astimezone(ZONA_WITA),
                "detak": DetakPenjadwal.ambil() if self.request.user.is_superuser else None,
                "penjadwal_macet": penjadwal_macet(now),
            }
        )
        return context


@hooks.register("register_admin_urls")
def urls_penjadwal():
    return [
        path("moderasi/antrean-tayang/", AntreanTayangView.as_view(), name="moderasi_antrean"),
    ]


class AntreanTayangMenuItem(MenuItem):
    def is_shown(self, request):
        return boleh_melihat_antrean(request.user)


@hooks.register("register_admin_menu_item")
def menu_antrean_tayang():
    return AntreanTayangMenuItem(
        _("Antrean tayang"),
        reverse_lazy("moderasi_antrean"),
        name="antrean-tayang",
        icon_name="calendar-check",
        order=250,
    )
