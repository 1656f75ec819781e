from portal.moderasi.models.darurat import TinjauanSertaMerta
from portal.moderasi.models.kalender import HariLibur, JamKerjaHarian
from portal.moderasi.models.mutu import PengingatTerkirim, StandarMutuBaku
from portal.moderasi.models.penjadwal import DetakPenjadwal
from portal.moderasi.models.tugas import EditorTask, PejabatTask, PejabatTaskState, TugasSOP

__all__ = [
    "DetakPenjadwal",
    "EditorTask",
    "HariLibur",
    "JamKerjaHarian",
    "PejabatTask",
    "PejabatTaskState",
    "PengingatTerkirim",
    "StandarMutuBaku",
    "TinjauanSertaMerta",
    "TugasSOP",
]
