"""The demo accounts of `seed_demo` walk the whole SOP path in the running portal, logging in
with the passwords the command prints: petugas → editor (penyuntingan) → pejabat (penyaringan)
→ live, during working hours."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import querydict_from_html, rich_text

from berita.factories import BeritaPageFactory
from berita.models import BeritaIndexPage, BeritaPage
from portal.core.blocks import RICH_TEXT_FEATURES
from portal.demo.referensi import PENGGUNA
from tests.conftest import _seperti_dari_draftail
from tests.moderasi.conftest import AlurSOP, halaman, nama_tugas, workflow_state_terakhir

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("jam_kerja")]

SANDI = {p.username: p.password for p in PENGGUNA}


class AlurDemo(AlurSOP):
    """AlurSOP logging in as a browser does, with the username and printed password."""

    def sebagai(self, user):
        # The admin login form, as a browser posts it (django-axes needs the request, which
        # client.login() does not give).
        respons = self.client.post(
            reverse("wagtailadmin_login"),
            {"username": user.username, "password": SANDI[user.username]},
        )
        assert respons.status_code == 302
        return self.client


@pytest.fixture
def demo():
    keluaran = io.StringIO()
    call_command("seed_demo", "--force", "--kecil", stdout=keluaran, stderr=io.StringIO())
    for pengguna in PENGGUNA:
        assert pengguna.password in keluaran.getvalue()
    User = get_user_model()
    return {p.username: User.objects.get(username=p.username) for p in PENGGUNA}


def test_akun_demo_menjalani_alur_sop_sampai_tayang(demo):
    petugas, editor, pejabat = demo["petugas"], demo["editor"], demo["pejabat"]
    alur = AlurDemo()
    indeks = BeritaIndexPage.objects.get(locale__language_code="id")

    # 1–2. The petugas writes a draft in the admin and hands it over (submits).
    url_tambah = reverse("wagtailadmin_pages:add", args=("berita", "beritapage", indeks.pk))
    client = alur.sebagai(petugas)
    data = querydict_from_html(client.get(url_tambah).content.decode(), form_id="page-edit-form")
    data.update(
        {
            "title": "Uji Coba Alur Demo: Pasar Murah Ramadan di Samarinda",
            "slug": "uji-coba-alur-demo-pasar-murah",
            "ringkasan": "Pemprov Kaltim menggelar pasar murah di enam kecamatan.",
            "isi-count": "1",
            "isi-0-type": "paragraf",
            "isi-0-value": rich_text(
                "<p>Pasar murah digelar di enam kecamatan selama sepekan.</p>",
                features=RICH_TEXT_FEATURES,
            ),
            "isi-0-order": "0",
            "isi-0-deleted": "",
        }
    )
    assert client.post(url_tambah, data).status_code == 302
    page = BeritaPage.objects.get(slug="uji-coba-alur-demo-pasar-murah")
    assert page.owner == petugas
    assert not page.live

    assert alur.ajukan(page, petugas).status_code == 302
    assert nama_tugas(page) == "EditorTask"
    assert workflow_state_terakhir(page).requested_by == petugas

    # 3. The editor finds it in the inbox, corrects the summary and forwards it in one step
    # from the page editor ("Simpan dan teruskan ke Pejabat").
    beranda_admin = alur.sebagai(editor).get(reverse("wagtailadmin_home")).content.decode()
    assert page.title in beranda_admin
    ringkasan = "Pemprov Kaltim menggelar pasar murah di enam kecamatan selama sepekan."
    assert alur.aksi_editor(page, editor, "approve", ringkasan=ringkasan).status_code == 302
    assert nama_tugas(page) == "PejabatTask"

    # 4–5. The pejabat previews it and finds it fit to publish: it goes live.
    assert page.title in alur.sebagai(pejabat).get(reverse("wagtailadmin_home")).content.decode()
    respons = alur.aksi_modal(page, pejabat, "approve", xhr=True, comment="Layak tayang.")
    assert respons.json()["step"] == "success"

    page = halaman(page)
    assert page.live
    assert page.ringkasan == ringkasan
    assert workflow_state_terakhir(page).status == WorkflowState.STATUS_APPROVED
    assert alur.client.get(page.url).status_code == 200


def test_berita_tulisan_editor_diteruskan_editor_kedua(demo):
    """Separation of duties with the demo accounts: an item the editor writes and submits is
    forwarded by the second editor."""
    editor, editor2 = demo["editor"], demo["editor2"]
    alur = AlurDemo()
    page = BeritaPageFactory(
        parent=BeritaIndexPage.objects.get(locale__language_code="id"), owner=editor, live=False
    )
    page.isi = _seperti_dari_draftail(page.isi)
    page.save_revision(user=editor)
    assert alur.ajukan(page, editor).status_code == 302

    dasbor = alur.sebagai(editor).get(reverse("wagtailadmin_home")).content.decode()
    assert "penerusan ke Pejabat oleh Editor lain" in dasbor
    assert alur.aksi_modal(page, editor2, "approve").status_code == 302
    assert nama_tugas(page) == "PejabatTask"
