"""National Survey of Implementation: an offline desktop tool for the UN framework of responsible
State behaviour in the use of ICTs."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("survey-app")
except PackageNotFoundError:  # running from a bare checkout or a frozen bundle without metadata
    __version__ = "0.1.0"
