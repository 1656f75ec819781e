from django.db import models
from django.utils.translation import gettext_lazy as _


class KeputusanPejabat(models.TextChoices):
    LAYAK_TAYANG = "layak_tayang", _("Layak tayang")
    TIDAK_LAYAK_TAYANG = "tidak_layak_tayang", _("Tidak layak tayang")
    PERLU_PERBAIKAN = "perlu_perbaikan", _("Perlu perbaikan")


class AlasanTidakLayak(models.TextChoices):
    TIDAK_AKURAT = "tidak_akurat", _("Informasi tidak akurat")
    BUKAN_INFORMASI_PUBLIK = "bukan_informasi_publik", _("Bukan informasi publik")
    DUPLIKAT = "duplikat", _("Duplikat konten yang sudah ada")
    KUALITAS_RENDAH = "kualitas_rendah", _("Kualitas materi rendah")
    LAINNYA = "lainnya", _("Lainnya")
