"""TLS for MLLP: the server and client contexts of ``reportminer listen`` and ``reportminer send``, built from
PEM files, with errors that name the file. MLLP itself has no security; hospitals carry it over TLS (often with
client certificates) when it leaves a trusted network segment."""
from __future__ import annotations

import ssl
from pathlib import Path


class TlsError(ValueError):
    """A certificate, key or CA file that cannot be used; the message names the file."""


def server_context(cert: Path, key: Path, client_ca: Path | None = None) -> ssl.SSLContext:
    """A TLS 1.2+ server context presenting ``cert``/``key``; with ``client_ca``, clients must present a
    certificate signed by it (mutual TLS)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    _load_chain(context, cert, key)
    if client_ca is not None:
        _load_ca(context, client_ca)
        context.verify_mode = ssl.CERT_REQUIRED
    return context


def client_context(ca: Path | None = None, cert: Path | None = None, key: Path | None = None) -> ssl.SSLContext:
    """A TLS 1.2+ client context that verifies the listener against ``ca`` (the system's trust store without
    it) and its host name; with ``cert``/``key``, presents a client certificate."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca is not None:
        _load_ca(context, ca)
    if cert is not None:
        _load_chain(context, cert, key)
    elif key is not None:
        raise TlsError(f"{key}: a client key needs its certificate (--tls-cert)")
    return context


def _load_chain(context: ssl.SSLContext, cert: Path, key: Path | None) -> None:
    for path in (cert, key):
        if path is not None and not Path(path).is_file():
            raise TlsError(f"{path}: no such file")
    try:
        context.load_cert_chain(cert, key)
    except ssl.SSLError as err:
        raise TlsError(f"{cert}{f' / {key}' if key else ''}: not a usable PEM certificate and key "
                       f"({err.reason or err})") from None


def _load_ca(context: ssl.SSLContext, ca: Path) -> None:
    if not Path(ca).is_file():
        raise TlsError(f"{ca}: no such file")
    try:
        context.load_verify_locations(cafile=ca)
    except ssl.SSLError as err:
        raise TlsError(f"{ca}: not a usable PEM CA certificate ({err.reason or err})") from None
