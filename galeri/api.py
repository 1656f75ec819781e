"""A gallery's photos and videos in the open-data API (`GaleriFotoPage.api_fields`,
`GaleriVideoPage.api_fields`, portal/api.py).

Imports no galeri model (galeri/models.py imports this module)."""

from portal.core.api_fields import RENDISI_API, DaftarField


class FotoField(DaftarField):
    def baris(self, foto):
        rendisi = foto.gambar.get_rendition(RENDISI_API)
        return {
            "id_gambar": foto.gambar_id,
            "teks_alternatif": foto.teks_alternatif,
            "keterangan": foto.keterangan,
            "kredit": foto.kredit,
            "url": self._url(rendisi.url),
            "lebar": rendisi.width,
            "tinggi": rendisi.height,
        }


class VideoField(DaftarField):
    def baris(self, video):
        eksternal = video.video_eksternal
        return {
            "judul": video.judul,
            "url_berkas": self._url(video.berkas.url) if video.berkas_id else None,
            "url_eksternal": eksternal.watch_url if eksternal else None,
            "id_poster": video.poster_id,
            "url_teks_terjemahan": (
                self._url(video.teks_terjemahan.url) if video.teks_terjemahan_id else None
            ),
        }
