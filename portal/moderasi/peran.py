"""The SOP's roles as Wagtail groups: Petugas collect and hand over material, the Editor
(webmaster) edits and forwards it, the Pejabat filters it (DESIGN.md §7)."""

GRUP_PETUGAS = "Petugas"
GRUP_EDITOR = "Editor"
GRUP_PEJABAT = "Pejabat"
