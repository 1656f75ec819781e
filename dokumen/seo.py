"""What search engines read of a dokumen: its schema.org DigitalDocument with the attached files
(`DokumenPage.simpul_json_ld`).

Kept out of dokumen/models.py so the model stays readable; takes the page as an argument and
imports no dokumen model (dokumen/models.py imports this module)."""

from portal.core.bahasa import kode_locale
from portal.core.seo import iso, penerbit, url_absolut


def simpul_dokumen(page, konteks):
    """The dokumen as a schema.org DigitalDocument (`konteks`: portal.core.seo.SeoHalaman)."""
    request = konteks.request
    berkas = []
    for lampiran in page.get_lampiran():
        dok = lampiran.dokumen
        media = {
            "@type": "MediaObject",
            "name": lampiran.label,
            "contentUrl": url_absolut(dok.url, request),
            "encodingFormat": dok.content_type,
        }
        if dok.file_size:
            media["contentSize"] = f"{dok.file_size} B"
        berkas.append(media)
    data = {
        "@type": "DigitalDocument",
        "name": page.title,
        "headline": page.title,
        "description": page.ringkasan,
        "identifier": page.nomor,
        "genre": page.jenis.nama,
        "datePublished": iso(page.tanggal_terbit),
        "dateModified": iso(page.tanggal_pembaruan),
        "url": konteks.kanonik,
        "inLanguage": kode_locale(page.locale_id),
        "author": {"@type": "GovernmentOrganization", "name": page.opd.nama},
        "publisher": penerbit(konteks.pengaturan, request, konteks.beranda_url),
        "isAccessibleForFree": True,
        "creativeWorkStatus": page.get_status_display(),
    }
    if berkas:
        data["associatedMedia"] = berkas
        data["encodingFormat"] = berkas[0]["encodingFormat"]
    return [data]
