"""`TeksBerkas` now belongs to dokumen (dokumen 0005 took it over with its table)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_pencarian_terbatas_postgresql"),
        ("dokumen", "0005_teksberkas_dari_search"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="TeksBerkas")],
            database_operations=[],
        ),
    ]
