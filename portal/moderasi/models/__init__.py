from portal.moderasi.models.tugas import EditorTask, PejabatTask, PejabatTaskState, TugasSOP

__all__ = ["EditorTask", "PejabatTask", "PejabatTaskState", "TugasSOP"]
