from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo seeding (`seed_demo`): with site set-up, the only place that knows every app."""

    name = "portal.demo"
    label = "demo"
    verbose_name = "Konten demo"
