"""Admin hooks of the scheduler and the working-hours calendar (imported by wagtail_hooks)."""
