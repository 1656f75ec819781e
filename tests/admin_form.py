"""Posting Wagtail admin page forms the way a browser does: read the form from the admin's own
HTML (so management forms and defaults are real), then fill in the fields under test."""

import json

from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html


def url_tambah(model, induk):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, induk.pk)
    )


def url_ubah(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def _nilai_blok(awalan, nilai):
    """A block value as the StreamField JavaScript posts it (struct blocks as sub-fields)."""
    if isinstance(nilai, dict):
        data = {}
        for kunci, isi in nilai.items():
            data.update(_nilai_blok(f"{awalan}-{kunci}", isi))
        return data
    return {awalan: "" if nilai is None else str(nilai)}


def data_streamfield(html):
    """The StreamFields of an admin form, which its JavaScript (not its HTML inputs) posts:
    read from each widget's `data-w-block-arguments-value`."""
    data = {}
    for widget in BeautifulSoup(html, "html.parser").select("[data-w-block-arguments-value]"):
        nama = widget["id"]
        blok_blok = json.loads(widget["data-w-block-arguments-value"])[0] or []
        data[f"{nama}-count"] = str(len(blok_blok))
        for i, blok in enumerate(blok_blok):
            data.update(
                {
                    f"{nama}-{i}-type": blok["type"],
                    f"{nama}-{i}-id": blok["id"],
                    f"{nama}-{i}-order": str(i),
                    f"{nama}-{i}-deleted": "",
                    **_nilai_blok(f"{nama}-{i}-value", blok["value"]),
                }
            )
    return data


def isi_form(client, url, form_id, data):
    """GET the admin form at `url`, overlay `data` (nested dicts as in Wagtail's form_data
    helpers), and return the POST payload."""
    respons = client.get(url)
    assert respons.status_code == 200, respons.status_code
    html = respons.content.decode()
    payload = querydict_from_html(html, form_id=form_id)
    for kunci, nilai in data_streamfield(html).items():
        payload[kunci] = nilai
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
    soup = BeautifulSoup(respons.content, "html.parser")
    pesan = [e.get_text(" ", strip=True) for e in soup.select(".error-message")]
    pesan += [e.get_text(" ", strip=True) for e in soup.select(".help-critical")]
    pesan += [e.get_text(" ", strip=True) for e in soup.select(".messages .error")]
    return [p for p in pesan if p]
