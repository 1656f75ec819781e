from portal.moderasi.models.kalender import HariLibur, JamKerjaHarian
from portal.moderasi.models.penjadwal import DetakPenjadwal
from portal.moderasi.models.tugas import EditorTask, PejabatTask, PejabatTaskState, TugasSOP

__all__ = [
    "DetakPenjadwal",
    "EditorTask",
    "HariLibur",
    "JamKerjaHarian",
    "PejabatTask",
    "PejabatTaskState",
    "TugasSOP",
]
