"""Keep the PDF text of dokumen current (thin: dokumen/teks_berkas.py does the work)."""

from django.db.models.signals import post_delete, post_save, pre_save

from dokumen import teks_berkas
from dokumen.models import DokumenLampiran, DokumenPage


def dokumen_disimpan(sender, instance, raw=False, **kwargs):
    """A Wagtail document uploaded or replaced: extract its text, refresh the pages using it."""
    if raw:
        return
    teks_berkas.perbarui_teks_dokumen(instance)
    teks_berkas.segarkan_halaman(
        DokumenLampiran.objects.filter(dokumen=instance).values_list("page_id", flat=True)
    )


def halaman_dokumen_akan_disimpan(sender, instance, raw=False, **kwargs):
    """A DokumenPage saved (created, edited, published): store its attachments' text."""
    if raw:
        return
    instance.teks_berkas = teks_berkas.teks_lampiran(instance)


def lampiran_berubah(sender, instance, raw=False, **kwargs):
    """An attachment added, changed or removed after its page was saved."""
    if raw or not instance.page_id:
        return
    teks_berkas.segarkan_halaman([instance.page_id])


def register_signal_handlers():
    from wagtail.documents import get_document_model

    post_save.connect(
        dokumen_disimpan, sender=get_document_model(), dispatch_uid="dokumen_teks_berkas"
    )
    pre_save.connect(
        halaman_dokumen_akan_disimpan, sender=DokumenPage, dispatch_uid="dokumen_teks_halaman"
    )
    post_save.connect(
        lampiran_berubah, sender=DokumenLampiran, dispatch_uid="dokumen_lampiran_simpan"
    )
    post_delete.connect(
        lampiran_berubah, sender=DokumenLampiran, dispatch_uid="dokumen_lampiran_hapus"
    )
