"""Shared by the development-time scripts of .dev/: builds the release `mail-lint` and
returns its path."""
import os, subprocess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def mail_lint():
    """Builds `mail-lint` in release mode (quietly) and returns the executable's path."""
    subprocess.run(["swift", "build", "-c", "release", "--product", "mail-lint"], cwd=ROOT, check=True,
                   capture_output=True)
    binpath = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(binpath, "mail-lint")
