"""Posting Wagtail admin page forms the way a browser does: read the form from the admin's own
HTML (so management forms and defaults are real), then fill in the fields under test."""

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html


def url_tambah(model, induk):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, induk.pk)
    )


def url_ubah(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def isi_form(client, url, form_id, data):
    """GET the admin form at `url`, overlay `data` (nested dicts as in Wagtail's form_data
    helpers), and return the POST payload."""
    respons = client.get(url)
    assert respons.status_code == 200, respons.status_code
    payload = querydict_from_html(respons.content.decode(), form_id=form_id)
    for kunci, nilai in nested_form_data(data).items():
        if isinstance(nilai, list):
            payload.setlist(kunci, nilai)
        else:
            payload[kunci] = nilai
    return payload


def kirim_form(client, url, data, **aksi):
    payload = dict(isi_form(client, url, "page-edit-form", data).lists())
    return client.post(url, {**payload, **aksi})


def tambah_halaman(client, model, induk, data, **aksi):
    return kirim_form(client, url_tambah(model, induk), data, **aksi)


def ubah_halaman(client, page, data, **aksi):
    return kirim_form(client, url_ubah(page), data, **aksi)


def pesan_galat(respons):
    """The validation messages an admin form response shows (field and form-wide errors)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(respons.content, "html.parser")
    pesan = [e.get_text(" ", strip=True) for e in soup.select(".error-message")]
    pesan += [e.get_text(" ", strip=True) for e in soup.select(".help-critical")]
    pesan += [e.get_text(" ", strip=True) for e in soup.select(".messages .error")]
    return [p for p in pesan if p]
