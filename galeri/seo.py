"""What search engines read of a gallery: a photo gallery as a schema.org ImageGallery, a video
gallery as a CollectionPage of VideoObjects (`GaleriFotoPage.simpul_json_ld`,
`GaleriVideoPage.simpul_json_ld`).

Kept out of galeri/models.py so the models stay readable; takes the page as an argument and
imports no galeri model (galeri/models.py imports this module)."""

from portal.core.bahasa import kode_locale
from portal.core.seo import iso, penerbit, rendisi_absolut, url_absolut

RENDISI_GALERI = "max-1600x1600|format-jpeg|jpegquality-80"
RENDISI_THUMBNAIL = "fill-1280x720|format-jpeg|jpegquality-80"


def _galeri(jenis, page, konteks):
    """What both kinds of gallery say of themselves: type, title, description, URL, language."""
    return {
        "@type": jenis,
        "name": page.title,
        "description": page.deskripsi,
        "url": konteks.kanonik,
        "inLanguage": kode_locale(page.locale_id),
    }


def simpul_galeri_foto(page, konteks):
    """The photo gallery as a schema.org ImageGallery (`konteks`: portal.core.seo.SeoHalaman)."""
    request = konteks.request
    foto = []
    for item in page.get_foto():
        rendisi = rendisi_absolut(item.gambar, RENDISI_GALERI, request)
        objek = {
            "@type": "ImageObject",
            "contentUrl": rendisi.url,
            "width": rendisi.lebar,
            "height": rendisi.tinggi,
            "name": item.teks_alternatif or item.gambar.title,
        }
        if item.keterangan:
            objek["caption"] = item.keterangan
        if item.kredit:
            objek["creditText"] = item.kredit
        foto.append(objek)
    data = {
        **_galeri("ImageGallery", page, konteks),
        "datePublished": iso(page.first_published_at or page.tanggal),
        "publisher": penerbit(konteks.pengaturan, request, konteks.beranda_url),
    }
    if foto:
        data["image"] = foto
        data["thumbnailUrl"] = foto[0]["contentUrl"]
    return [data]


def _thumbnail_video(video, request):
    """The video's poster, else YouTube's thumbnail (its URL follows from the video id)."""
    if video.poster_id:
        return rendisi_absolut(video.poster, RENDISI_THUMBNAIL, request).url
    eksternal = video.video_eksternal
    if eksternal is not None and eksternal.provider == "youtube":
        return f"https://i.ytimg.com/vi/{eksternal.video_id}/hqdefault.jpg"
    return None


def simpul_galeri_video(page, konteks):
    """The video gallery as a schema.org CollectionPage whose parts are its videos, each a
    VideoObject node of the graph once, with an `@id` the page refers to
    (`konteks`: portal.core.seo.SeoHalaman)."""
    request = konteks.request
    video = []
    for nomor, item in enumerate(page.get_video(), start=1):
        objek = {
            "@type": "VideoObject",
            # The video's section on the page (galeri_video_page.html) has this anchor.
            "@id": f"{konteks.kanonik}#video-{nomor}",
            "name": item.judul,
            "description": page.deskripsi,
            "uploadDate": iso(page.first_published_at or page.tanggal),
            "inLanguage": kode_locale(page.locale_id),
        }
        thumbnail = _thumbnail_video(item, request)
        if thumbnail:
            objek["thumbnailUrl"] = [thumbnail]
        if item.berkas_id:
            objek["contentUrl"] = url_absolut(item.berkas.url, request)
            objek["encodingFormat"] = item.berkas.content_type
            if item.teks_terjemahan_id:
                objek["caption"] = {
                    "@type": "MediaObject",
                    "contentUrl": url_absolut(item.teks_terjemahan.url, request),
                    "encodingFormat": "text/vtt",
                    "inLanguage": item.bahasa_teks_terjemahan,
                }
        elif (eksternal := item.video_eksternal) is not None:
            objek["embedUrl"] = eksternal.embed_url.split("?")[0]
            objek["url"] = eksternal.watch_url
        video.append(objek)
    data = _galeri("CollectionPage", page, konteks)
    if video:
        data["hasPart"] = [{"@id": v["@id"]} for v in video]
    return [data, *video]
