import pytest
from django.core.exceptions import ValidationError

from portal.core.video import parse_video_url, validate_video_url


@pytest.mark.parametrize(
    "url, provider, video_id",
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "vimeo", "76979871"),
        ("https://player.vimeo.com/video/76979871", "vimeo", "76979871"),
    ],
)
def test_tautan_youtube_dan_vimeo_dikenali(url, provider, video_id):
    video = parse_video_url(url)
    assert (video.provider, video.video_id) == (provider, video_id)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/watch?v=dQw4w9WgXcQ",
        "javascript:alert(1)",
        "https://www.youtube.com/watch?v=pendek",
        "https://vimeo.com/bukan-angka",
        "",
    ],
)
def test_tautan_lain_ditolak(url):
    assert parse_video_url(url) is None


def test_pesan_tautan_video_salah_dalam_bahasa_indonesia():
    with pytest.raises(ValidationError, match="YouTube atau Vimeo"):
        validate_video_url("https://example.com/video.mp4")
