from django.apps import AppConfig


class AkunConfig(AppConfig):
    """Login hardening of the admin: lockout (django-axes), TOTP for Editor/Pejabat and
    administrators (django-otp), and the reverse-proxy client address."""

    name = "portal.akun"
    label = "akun"
    verbose_name = "Akun admin"
