"""What the workflow asks of a content type, without knowing any (as Wagtail reaches page
types through `Page`): a page class that inherits `KontenSOP` is SOP material — it has an SOP
history (Riwayat SOP), may be published serta-merta or taken down urgently — and answers for
itself what would stop such a publication."""


class KontenSOP:
    """Mixin of the page types that pass through the SOP (the portal's `KontenPage`)."""

    def galat_serta_merta(self, sekarang):
        """Why this page cannot be published serta-merta at `sekarang` as it stands, beyond
        the checks every page gets (a complete revision, an expiry not yet past), or None.
        A content type with more to check (an announcement's banner) overrides it."""
        return None


def adalah_konten_sop(kelas):
    """Whether the page class is SOP material (None, for a page of a removed type: no)."""
    return kelas is not None and issubclass(kelas, KontenSOP)
