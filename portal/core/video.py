"""Recognising YouTube and Vimeo links, so videos can be shown behind a click-to-load facade
(no request reaches the provider before the citizen asks for it)."""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
_VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^[0-9]{6,12}$")


@dataclass(frozen=True)
class VideoEksternal:
    provider: str  # "youtube" or "vimeo"
    video_id: str

    @property
    def embed_url(self):
        if self.provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1"
        return f"https://player.vimeo.com/video/{self.video_id}?autoplay=1&dnt=1"

    @property
    def watch_url(self):
        if self.provider == "youtube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"


def parse_video_url(url):
    """Return the VideoEksternal for a YouTube/Vimeo URL, or None when it is neither."""
    try:
        parsed = urlparse((url or "").strip())
    except ValueError:
        return None
    if parsed.scheme not in {"http", "https"}:
        return None
    host = (parsed.hostname or "").lower()
    segments = [s for s in parsed.path.split("/") if s]
    if host in _YOUTUBE_HOSTS:
        if host == "youtu.be":
            candidate = segments[0] if segments else ""
        elif segments[:1] in (["embed"], ["shorts"], ["live"]) and len(segments) > 1:
            candidate = segments[1]
        else:
            candidate = parse_qs(parsed.query).get("v", [""])[0]
        if _YOUTUBE_ID.match(candidate):
            return VideoEksternal("youtube", candidate)
    elif host in _VIMEO_HOSTS:
        candidate = segments[-1] if segments else ""
        if _VIMEO_ID.match(candidate):
            return VideoEksternal("vimeo", candidate)
    return None


def validate_video_url(url):
    if url and parse_video_url(url) is None:
        raise ValidationError(
            _("Tautan video harus berupa alamat YouTube atau Vimeo yang sah."),
            code="invalid_video_url",
        )
