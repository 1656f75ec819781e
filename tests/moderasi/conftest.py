"""Helpers for the SOP moderation tests, which drive the real Wagtail admin views over HTTP.

- `jam_kerja`: the clock frozen (ticking) on a working Tuesday, 10:00 WITA, so nothing depends
  on when the suite runs.
- `draf` / `buat_draf`: a draft berita with one revision (a page needs one to enter a workflow).
- `sop`: an `AlurSOP` that acts as a given user through the admin: save or submit from the page
  editor, act on a task from the page editor (`action-workflow-action` with its JSON extra
  data) or from the dashboard modal (`wagtailadmin_pages:workflow_action`).
- `di_tugas_editor` / `di_tugas_pejabat`: the draft brought to either task through the model
  API (`ajukan_langsung`, `setujui_langsung`), for tests whose subject is a later step; the
  path itself is tested over HTTP in test_alur_publikasi.py.
- `jepret(page)`: what a refused action must leave untouched; `ditolak(respons)`: Wagtail's
  two ways of refusing (403, or a redirect to the dashboard with an error message).
- `kotak_surat`: the locmem outbox, emptied, with lookups by recipient.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from portal.moderasi.peran import GRUP_EDITOR, GRUP_PEJABAT
from tests.conftest import _buat_pengguna

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
WITA = ZoneInfo("Asia/Makassar")
# A Tuesday inside working hours (Mon–Thu 08:00–16:00 WITA) and no public holiday.
SELASA_PAGI = datetime(2025, 11, 25, 10, 0, tzinfo=WITA)


@pytest.fixture
def jam_kerja():
    with time_machine.travel(SELASA_PAGI, tick=True) as perjalanan:
        yield perjalanan


@pytest.fixture
def editor_lain(beranda, django_user_model):
    return _buat_pengguna(django_user_model, "editor2", GRUP_EDITOR)


@pytest.fixture
def pejabat_lain(beranda, django_user_model):
    return _buat_pengguna(django_user_model, "pejabat2", GRUP_PEJABAT)


def task_state_aktif(page):
    """The task state the page is waiting at, as its specific class, or None."""
    state = WorkflowState.objects.active().filter(object_id=str(page.pk)).first()
    if state is None or state.current_task_state_id is None:
        return None
    return TaskState.objects.get(pk=state.current_task_state_id).specific


def workflow_state_terakhir(page):
    return WorkflowState.objects.filter(object_id=str(page.pk)).order_by("-pk").first()


def nama_tugas(page):
    """The current task ("EditorTask" or "PejabatTask") while in progress, else None."""
    state = workflow_state_terakhir(page)
    task_state = task_state_aktif(page)
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS or task_state is None:
        return None
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        return None
    return type(task_state.task.specific).__name__


def halaman(page):
    return Page.objects.get(pk=page.pk).specific


@dataclass(frozen=True)
class Jepretan:
    """What a refused action must leave untouched."""

    live: bool
    live_revision_id: int | None
    latest_revision_id: int | None
    jumlah_revisi: int
    title: str
    workflow: tuple
    task_states: tuple
    log: tuple

    @property
    def alur(self):
        """Publication and workflow state only (a draft revision saved on the side aside)."""
        return (self.live, self.live_revision_id, self.workflow, self.task_states)


def jepret(page):
    page = Page.objects.get(pk=page.pk)
    return Jepretan(
        live=page.live,
        live_revision_id=page.live_revision_id,
        latest_revision_id=page.latest_revision_id,
        jumlah_revisi=page.revisions.count(),
        title=page.get_latest_revision_as_object().title,
        workflow=tuple(
            WorkflowState.objects.filter(object_id=str(page.pk))
            .order_by("pk")
            .values_list("pk", "status", "current_task_state_id")
        ),
        task_states=tuple(
            TaskState.objects.filter(workflow_state__object_id=str(page.pk))
            .order_by("pk")
            .values_list("pk", "status", "comment", "finished_by")
        ),
        log=tuple(
            PageLogEntry.objects.filter(page_id=page.pk).order_by("pk").values_list("action")
        ),
    )


def ditolak(respons):
    """Wagtail refuses an admin request with 403 (AJAX) or, for a plain request, a redirect to
    the dashboard carrying "Sorry, you do not have permission to access this area."."""
    if respons.status_code == 403:
        return True
    return respons.status_code == 302 and respons["Location"] == reverse("wagtailadmin_home")


# -- the page editor's form, as a browser posts it -----------------------------------------------


def data_isi(html):
    """The StreamField `isi` as the editor's JavaScript posts it: the block values rendered into
    the widget (rich text as Draftail content state, block ids kept)."""
    widget = BeautifulSoup(html, "html.parser").find(id="isi")
    blok_blok, _galat = json.loads(widget["data-w-block-arguments-value"])
    data = {"isi-count": str(len(blok_blok))}
    for i, blok in enumerate(blok_blok):
        assert isinstance(blok["value"], str), "helper only posts blocks with a plain value"
        data.update(
            {
                f"isi-{i}-type": blok["type"],
                f"isi-{i}-value": blok["value"],
                f"isi-{i}-id": blok["id"],
                f"isi-{i}-order": str(i),
                f"isi-{i}-deleted": "",
            }
        )
    return data


def _nilai_awal_tersembunyi(data, page):
    """The `initial-<field>` inputs Django expects for fields with a callable default
    (waktu_liputan, tanggal) and Wagtail's editor does not render (BUG, reported): without
    them the form always counts as changed. Added only to post a truly unchanged form."""
    form_class = type(page).get_edit_handler().get_form_class()
    for nama, field in form_class.base_fields.items():
        if field.show_hidden_initial and nama in data:
            data[f"initial-{nama}"] = data[nama]


class AlurSOP:
    """Acts as one user at a time through the admin views, like the browser would."""

    def __init__(self):
        self.client = Client()

    def sebagai(self, user):
        self.client.force_login(user)
        return self.client

    def form_edit(self, page, user, tanpa_perubahan=False, **ubah):
        """The page editor's form as the user's browser would post it, with `ubah` applied;
        `tanpa_perubahan` adds the hidden initial values, so an untouched form does not count
        as changed."""
        client = self.sebagai(user)
        respons = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert respons.status_code == 200, respons.status_code
        html = respons.content.decode()
        data = querydict_from_html(html, form_id="page-edit-form")
        data.update(data_isi(html))
        if tanpa_perubahan:
            _nilai_awal_tersembunyi(data, Page.objects.get(pk=page.pk).specific)
        for kunci, nilai in ubah.items():
            data[kunci] = nilai
        return data

    def post_edit(self, page, user, data):
        return self.sebagai(user).post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    def simpan(self, page, user, **ubah):
        return self.post_edit(page, user, self.form_edit(page, user, **ubah))

    def ajukan(self, page, user, **ubah):
        """Submit for moderation from the page editor (action-submit)."""
        data = self.form_edit(page, user, **ubah)
        data["action-submit"] = "1"
        return self.post_edit(page, user, data)

    def terbitkan(self, page, user, **ubah):
        """The editor's "Publish" button (action-publish)."""
        data = self.form_edit(page, user, **ubah)
        data["action-publish"] = "1"
        return self.post_edit(page, user, data)

    def aksi_editor(self, page, user, aksi, extra=None, data=None, **ubah):
        """A workflow action from the page editor: its form plus the modal's data as JSON."""
        data = data if data is not None else self.form_edit(page, user, **ubah)
        data["action-workflow-action"] = "1"
        data["workflow-action-name"] = aksi
        data["workflow-action-extra-data"] = json.dumps(extra or {})
        return self.post_edit(page, user, data)

    def url_aksi(self, page, aksi, task_state=None):
        task_state = task_state or task_state_aktif(page)
        return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, aksi, task_state.pk])

    def buka_modal(self, page, user, aksi):
        return self.sebagai(user).get(self.url_aksi(page, aksi), **XHR)

    def aksi_modal(self, page, user, aksi, xhr=False, task_state=None, **data):
        """Post an action at the dashboard modal; with `xhr` as the modal's JavaScript does
        (a JSON answer), without it as a plain form post (a redirect)."""
        return self.sebagai(user).post(
            self.url_aksi(page, aksi, task_state), data, **(XHR if xhr else {})
        )

    def aksi_tersedia(self, page, user):
        """The action names the current task offers the user (what the buttons show)."""
        task_state = task_state_aktif(page)
        obj = Page.objects.get(pk=page.pk)
        return {nama for nama, *_ in task_state.task.specific.get_actions(obj, user)}


@pytest.fixture
def sop():
    return AlurSOP()


def ajukan_langsung(page, user):
    """Submit through the model API (for tests whose subject is a later step)."""
    Page.objects.get(pk=page.pk).specific.get_workflow().start(page, user)
    assert nama_tugas(page) == "EditorTask"


def setujui_langsung(page, user, comment=""):
    """Approve the current task through the task's own on_action (as both entry points do)."""
    task_state = task_state_aktif(page)
    task_state.task.specific.on_action(task_state, user, "approve", comment=comment)


@pytest.fixture
def di_tugas_editor(draf, petugas):
    """The petugas' draft, submitted by the petugas: waiting at the EditorTask."""
    ajukan_langsung(draf, petugas)
    return draf


@pytest.fixture
def di_tugas_pejabat(di_tugas_editor, editor):
    """The draft, approved by an editor: waiting at the PejabatTask."""
    setujui_langsung(di_tugas_editor, editor)
    assert nama_tugas(di_tugas_editor) == "PejabatTask"
    return di_tugas_editor


# -- mail ----------------------------------------------------------------------------------------


class KotakSurat:
    """The locmem outbox, with lookups by recipient."""

    def kosongkan(self):
        mail.outbox.clear()

    @property
    def semua(self):
        return list(mail.outbox)

    def untuk(self, user):
        return [pesan for pesan in mail.outbox if user.email in pesan.to]

    def penerima(self):
        return sorted(alamat for pesan in mail.outbox for alamat in pesan.to)


@pytest.fixture
def kotak_surat(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    kotak = KotakSurat()
    kotak.kosongkan()
    return kotak
