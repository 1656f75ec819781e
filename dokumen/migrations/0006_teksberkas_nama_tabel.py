"""The table of file texts takes dokumen's own name, once search no longer claims it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("dokumen", "0005_teksberkas_dari_search"),
        ("search", "0005_teksberkas_ke_dokumen"),
    ]

    operations = [
        migrations.AlterModelTable(name="teksberkas", table=None),
    ]
