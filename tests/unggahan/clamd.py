"""A clamd of the test's own (Debian's /usr/sbin/clamd) on a unix socket in a temporary
folder, with a signature database written at test time: signature downloads are impossible
here, and a real database would take a minute to load. The one signature matches the EICAR
test string anywhere in a file, so EICAR inside a PDF or a CSV is found too; a second,
custom signature matches the corpus's Windows program stub (`korpus.PE`), so a program hidden
inside a document that passes every content check is found the way real malware would be."""

import shutil
import subprocess
import tempfile
from pathlib import Path

from clamav_client import clamd

from tests.ketahanan.layanan import tunggu

CLAMD = Path("/usr/sbin/clamd")
# The EICAR anti-virus test file (eicar.org): harmless, recognised by every scanner. Built
# from two halves so that this source file is not itself flagged.
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC" + b")7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
NAMA_TANDA = "Portal.Uji.EICAR"
NAMA_TANDA_PROGRAM = "Portal.Uji.ProgramWindows"
# The DOS header of korpus.PE, 48 bytes of anything, then the PE signature.
TANDA_PROGRAM = "4d5a90000300000004000000ffff0000{48}50450000"


class ServerClamd:
    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="portal-clamd-"))
        self.soket = self.folder / "clamd.sock"
        self.log = self.folder / "clamd.log"
        basis = self.folder / "db"
        basis.mkdir()
        # .ndb: name:target type (0 = any file):offset (* = anywhere):hex body.
        (basis / "uji.ndb").write_text(
            f"{NAMA_TANDA}:0:*:{EICAR.hex()}\n{NAMA_TANDA_PROGRAM}:0:*:{TANDA_PROGRAM}\n"
        )
        self.konfigurasi = self.folder / "clamd.conf"
        self.konfigurasi.write_text(
            "Foreground yes\n"
            f"LocalSocket {self.soket}\n"
            f"DatabaseDirectory {basis}\n"
            f"LogFile {self.log}\n"
            # The portal's largest upload (50 MB documents) must fit in one INSTREAM.
            "StreamMaxLength 60M\n"
        )
        self.proses = None

    def mulai(self):
        self.proses = subprocess.Popen(  # noqa: S603 - fixed argv
            [str(CLAMD), "--config-file", str(self.konfigurasi)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        klien = clamd.ClamdUnixSocket(path=str(self.soket), timeout=1)

        def siap():
            if self.proses.poll() is not None:
                raise RuntimeError(f"clamd berhenti: {self.log.read_text()}")
            try:
                return klien.ping() == "PONG"
            except clamd.ClamdError:
                return False

        tunggu(siap, 60, f"clamd di {self.soket} tidak siap")

    def matikan(self):
        if self.proses and self.proses.poll() is None:
            self.proses.terminate()
            self.proses.wait(timeout=30)
        shutil.rmtree(self.folder, ignore_errors=True)
