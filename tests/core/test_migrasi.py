from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_makemigrations_check_bersih():
    """Every model change ships with its migration."""
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())
