"""Admin hooks of serta-merta publication and urgent take-down (imported by wagtail_hooks)."""
