"""The text of attached files moves from the search app to dokumen, which owns it.

State only: the table stays `search_teksberkas` for now, so no row is copied; search's
0005 removes the model from its own state, and 0006 renames the table to dokumen's name.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("dokumen", "0004_indeks_terbaru"),
        ("search", "0004_pencarian_terbatas_postgresql"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TeksBerkas",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "sidik",
                            models.CharField(
                                blank=True, max_length=255, verbose_name="sidik berkas"
                            ),
                        ),
                        ("teks", models.TextField(blank=True, verbose_name="teks")),
                        (
                            "dokumen",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="teks_pencarian",
                                to="wagtaildocs.document",
                                verbose_name="berkas",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "teks berkas",
                        "verbose_name_plural": "teks berkas",
                        "db_table": "search_teksberkas",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
