"""Serta-merta publication and urgent take-down (services: the writes).

KIP obliges a public body to announce information that threatens lives or public order at once,
any hour, holidays included. The SOP's working-hours rule and its workflow therefore have one
exception, modelled on GOV.UK's force-publish:

- `terbitkan_serta_merta()`: a holder of `moderasi.publikasi_serta_merta` publishes the latest
  revision of a content item now, with a written reason. An in-progress workflow is cancelled,
  the audit log records `moderasi.serta_merta` with the reason, the administrators are e-mailed
  and a `TinjauanSertaMerta` stays open until an administrator has reviewed it
  (`tandai_ditinjau()`, logged as `moderasi.serta_merta_ditinjau`).
- `tarik_darurat()`: a holder of `moderasi.tarik_darurat` (Editor, Pejabat) takes a live item
  down at once, with a reason, logged as `moderasi.tarik_darurat`.
"""

import logging
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import Page

from portal.moderasi.jadwal_tayang import publikasi_segera
from portal.moderasi.kalender import kalender_kerja
from portal.moderasi.konten import adalah_konten_sop
from portal.moderasi.models import TinjauanSertaMerta
from portal.moderasi.models.darurat import IZIN_SERTA_MERTA, IZIN_TARIK_DARURAT
from portal.moderasi.policy import ZONA_WITA

logger = logging.getLogger(__name__)

AKSI_SERTA_MERTA = "moderasi.serta_merta"
AKSI_DITINJAU = "moderasi.serta_merta_ditinjau"
AKSI_TARIK_DARURAT = "moderasi.tarik_darurat"

PESAN_TANPA_IZIN_SERTA_MERTA = gettext_lazy(
    "Anda tidak memiliki izin publikasi serta merta. Penerbitan di luar alur SOP hanya untuk "
    "pemegang izin tersebut; hubungi administrator portal."
)
PESAN_TANPA_IZIN_TARIK = gettext_lazy(
    "Anda tidak memiliki izin tarik darurat. Hanya Editor, Pejabat dan administrator yang dapat "
    "menarik halaman seketika."
)
PESAN_BUKAN_KONTEN = gettext_lazy(
    "Hanya berita, pengumuman, dokumen dan galeri yang dapat diterbitkan serta merta atau "
    "ditarik segera."
)
PESAN_ALASAN_SERTA_MERTA = gettext_lazy("Alasan penerbitan serta merta wajib diisi.")
PESAN_ALASAN_TARIK = gettext_lazy("Alasan penarikan segera wajib diisi.")


class TindakanDarurat(Exception):
    """A serta-merta publication or urgent take-down that cannot go ahead; the message says
    why, in Indonesian, for the user."""

    def __init__(self, pesan):
        super().__init__(str(pesan))
        self.pesan = str(pesan)


# -- who may do what ------------------------------------------------------------------------------


def boleh_serta_merta(user):
    return bool(user.is_authenticated and user.is_active and user.has_perm(IZIN_SERTA_MERTA))


def boleh_tarik_darurat(user):
    return bool(user.is_authenticated and user.is_active and user.has_perm(IZIN_TARIK_DARURAT))


def adalah_konten(page):
    """Whether the page is SOP material (KontenSOP), without loading its specific row."""
    return adalah_konten_sop(page.specific_class)


def konten(page):
    """The page as its specific class when it is SOP material (KontenSOP), else None."""
    return page.specific if adalah_konten(page) else None


def bisa_diterbitkan(page):
    """Whether there is anything to publish: a draft, or changes not yet live."""
    return not page.live or page.has_unpublished_changes


def sedang_di_luar_jam_kerja(waktu=None):
    return not kalender_kerja().buka_pada(waktu or timezone.now())


# -- serta-merta publication ----------------------------------------------------------------------


def _periksa_revisi(obj, sekarang):
    """Refuse to publish a revision that is incomplete: a draft may have been saved with
    required fields empty, and this path skips the editor's publish-time validation."""
    try:
        obj.full_clean()
    except ValidationError as galat:
        rincian = []
        for nama, pesan in galat.message_dict.items():
            try:
                label = obj._meta.get_field(nama).verbose_name
            except FieldDoesNotExist:  # NON_FIELD_ERRORS
                label = ""
            teks = " ".join(pesan)
            rincian.append(f"{label}: {teks}" if label else teks)
        raise TindakanDarurat(
            _("Isian belum lengkap; lengkapi dan simpan draf dulu. %(rincian)s")
            % {"rincian": " ".join(rincian)}
        ) from galat
    if pesan := obj.galat_serta_merta(sekarang):
        raise TindakanDarurat(pesan)
    if obj.expire_at and obj.expire_at <= sekarang:
        raise TindakanDarurat(
            _("Waktu kedaluwarsa halaman ini sudah lewat; ubah atau kosongkan dulu.")
        )


@transaction.atomic
def terbitkan_serta_merta(page, user, alasan):
    """Publish the latest revision of `page` now, whatever the hour; return the open review."""
    if not boleh_serta_merta(user):
        raise PermissionDenied(PESAN_TANPA_IZIN_SERTA_MERTA)
    page = konten(Page.objects.select_for_update().get(pk=page.pk))
    if page is None:
        raise TindakanDarurat(PESAN_BUKAN_KONTEN)
    alasan = (alasan or "").strip()
    if not alasan:
        raise TindakanDarurat(PESAN_ALASAN_SERTA_MERTA)
    if not bisa_diterbitkan(page):
        raise TindakanDarurat(
            _("'%(judul)s' sudah tayang dan tidak ada perubahan yang belum diterbitkan.")
            % {"judul": page.get_admin_display_title()}
        )

    sekarang = timezone.now()
    revisi = page.get_latest_revision() or page.save_revision(user=user)
    obj = revisi.as_object()
    _periksa_revisi(obj, sekarang)
    if obj.go_live_at and obj.go_live_at > sekarang:
        # Chosen for later, or already deferred to the next opening: serta merta means now.
        obj.go_live_at = None
        revisi.content = obj.serializable_data()
        revisi.save(update_fields=["content"])

    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        workflow_state.cancel(user=user)

    with publikasi_segera():
        revisi.publish(user=user, skip_permission_checks=True)

    di_luar = sedang_di_luar_jam_kerja(sekarang)
    log(
        instance=page,
        action=AKSI_SERTA_MERTA,
        user=user,
        revision=revisi,
        data={"alasan": alasan, "di_luar_jam_kerja": di_luar},
    )
    tinjauan = TinjauanSertaMerta.objects.create(
        page=page,
        revision=revisi,
        user=user,
        alasan=alasan,
        waktu=sekarang,
        di_luar_jam_kerja=di_luar,
    )
    transaction.on_commit(partial(kabari_administrator, tinjauan.pk))
    return tinjauan


def _administrator(kecuali=None):
    penerima = get_user_model().objects.filter(is_active=True, is_superuser=True).exclude(email="")
    if kecuali is not None:
        penerima = penerima.exclude(pk=kecuali.pk)
    return list(penerima)


def _nama_pengguna(user):
    if user is None:
        return ""
    nama = user.get_full_name()
    return f"{nama} ({user.get_username()})" if nama else user.get_username()


def kabari_administrator(tinjauan_pk):
    """E-mail every active administrator (but the publisher) about a serta-merta publication.
    Runs after the commit; a mail failure is logged and never undoes the announcement."""
    tinjauan = (
        TinjauanSertaMerta.objects.select_related("page", "user").filter(pk=tinjauan_pk).first()
    )
    if tinjauan is None:
        return
    penerima = _administrator(kecuali=tinjauan.user)
    if not penerima:
        return
    page = tinjauan.page.specific
    basis = settings.WAGTAILADMIN_BASE_URL
    pelaku = tinjauan.user
    konteks = {
        "judul": page.get_admin_display_title(),
        "jenis": page.specific_class._meta.verbose_name,
        "pelaku": _nama_pengguna(pelaku),
        "waktu": tinjauan.waktu,
        "di_luar_jam_kerja": tinjauan.di_luar_jam_kerja,
        "alasan": tinjauan.alasan,
        "tautan_situs": page.full_url or "",
        "tautan_admin": basis + reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        "tautan_tinjauan": basis + reverse("moderasi_tinjauan_serta_merta"),
    }
    try:
        # The template labels the time WITA: render it in WITA, not in the time zone of the
        # request that happened to send the mail (the publisher's admin profile).
        with override(settings.LANGUAGE_CODE), timezone.override(ZONA_WITA):
            subjek = _("[Portal Kaltim] Terbit serta merta, perlu ditinjau: %(judul)s") % {
                "judul": konteks["judul"]
            }
            isi = render_to_string("moderasi/darurat/email_serta_merta.txt", konteks)
        with get_connection() as koneksi:
            koneksi.send_messages([EmailMessage(subjek, isi, to=[u.email]) for u in penerima])
    except Exception:
        logger.exception("E-mail serta merta gagal dikirim (tinjauan %s)", tinjauan_pk)


@transaction.atomic
def tandai_ditinjau(tinjauan, admin, catatan=""):
    """Close the review flag of a serta-merta publication (administrators only); return
    whether it was open."""
    if not (admin.is_active and admin.is_superuser):
        raise PermissionDenied(_("Hanya administrator yang dapat menandai tinjauan serta merta."))
    tinjauan = TinjauanSertaMerta.objects.select_for_update().get(pk=tinjauan.pk)
    if not tinjauan.terbuka:
        return False
    tinjauan.ditinjau_oleh = admin
    tinjauan.ditinjau_pada = timezone.now()
    tinjauan.catatan_tinjauan = (catatan or "").strip()
    tinjauan.save(update_fields=["ditinjau_oleh", "ditinjau_pada", "catatan_tinjauan"])
    log(
        instance=tinjauan.page.specific,
        action=AKSI_DITINJAU,
        user=admin,
        revision=tinjauan.revision,
        data={
            "tinjauan": tinjauan.pk,
            "alasan": tinjauan.alasan,
            "catatan": tinjauan.catatan_tinjauan,
            "waktu_terbit": tinjauan.waktu.isoformat(),
        },
    )
    return True


# -- urgent take-down -----------------------------------------------------------------------------


@transaction.atomic
def tarik_darurat(page, user, alasan):
    """Unpublish a live content item at once, whatever the hour, with a reason."""
    if not boleh_tarik_darurat(user):
        raise PermissionDenied(PESAN_TANPA_IZIN_TARIK)
    page = konten(Page.objects.select_for_update().get(pk=page.pk))
    if page is None:
        raise TindakanDarurat(PESAN_BUKAN_KONTEN)
    alasan = (alasan or "").strip()
    if not alasan:
        raise TindakanDarurat(PESAN_ALASAN_TARIK)
    if not page.live:
        raise TindakanDarurat(
            _("'%(judul)s' tidak sedang tayang.") % {"judul": page.get_admin_display_title()}
        )
    # Wagtail's own entry ("wagtail.unpublish") carries no reason: ours replaces it. The action
    # also clears approved go-live times, so a scheduled revision cannot bring the page back.
    UnpublishPageAction(page, user=user, log_action=False).execute(skip_permission_checks=True)
    log(
        instance=page,
        action=AKSI_TARIK_DARURAT,
        user=user,
        data={"alasan": alasan, "di_luar_jam_kerja": sedang_di_luar_jam_kerja()},
    )
    return page
