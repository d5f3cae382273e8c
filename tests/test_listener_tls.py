"""MLLP over TLS: `reportminer listen --tls-cert/--tls-key [--tls-client-ca]` and `reportminer send --tls-ca`,
over a real socket with certificates made for the test (a CA, a listener certificate for 127.0.0.1, a client
certificate): stored and acknowledged over TLS, an untrusted listener refused at once, mutual TLS enforced, a
plain-TCP sender never stored, bad certificate files named in a one-line error."""
from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import ssl

import pytest
from click.testing import CliRunner
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from reportminer.cli import main
from reportminer.sender import SendError, send_messages
from reportminer.sources.hl7v2 import note_message
from reportminer.state import inbound_messages
from reportminer.tls import TlsError, client_context, server_context

from .test_listener import REPORT, Running, raw_exchange, rows


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _issue(subject: str, issuer_key, issuer_name, key, is_ca: bool, ip: str | None = None) -> x509.Certificate:
    now = dt.datetime.now(dt.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(issuer_name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
               .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True))
    if ip:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(ip))]),
                                        critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _write(folder, stem: str, cert: x509.Certificate, key) -> tuple:
    cert_path, key_path = folder / f"{stem}.pem", folder / f"{stem}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> dict:
    """A test CA, a listener certificate for 127.0.0.1, a client certificate, and a second, unrelated CA."""
    folder = tmp_path_factory.mktemp("pki")
    paths = {}
    for ca in ("ca", "other_ca"):
        key = ec.generate_private_key(ec.SECP256R1())
        paths[ca] = _write(folder, ca, _issue(f"reportminer test {ca}", key, _name(f"reportminer test {ca}"), key,
                                              True), key)[0]
        paths[f"{ca}_key"] = key
    ca_key, ca_name = paths["ca_key"], _name("reportminer test ca")
    server_key, client_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    paths["server"] = _write(folder, "server", _issue("listener", ca_key, ca_name, server_key, False, "127.0.0.1"),
                             server_key)
    paths["client"] = _write(folder, "client", _issue("ris-sender", ca_key, ca_name, client_key, False), client_key)
    return paths


def _tls_listener(db_url, tmp_path, pki, mutual: bool = False) -> Running:
    cert, key = pki["server"]
    extra = ["--tls-client-ca", str(pki["ca"])] if mutual else []
    return Running(db_url, tmp_path, "--tls-cert", str(cert), "--tls-key", str(key), *extra)


def _send(running: Running, messages: list[str], context: ssl.SSLContext | None, **kw):
    return asyncio.run(send_messages(running.host, running.port, messages, ssl_context=context, **kw))


def test_tls_listener_stores_and_acknowledges_over_tls(tmp_path, pki):
    db = f"sqlite:///{tmp_path / 's.db'}"
    running = _tls_listener(db, tmp_path, pki)
    try:
        acks = _send(running, [note_message(REPORT, "TLS-1")], client_context(pki["ca"]))
    finally:
        assert running.stop() == 0
    assert [(a.control_id, a.code) for a in acks] == [("TLS-1", "AA")]
    assert [r.control_id for r in rows(db, inbound_messages)] == ["TLS-1"]
    assert "(TLS)" in (tmp_path / "listen.log").read_text()


def test_tls_untrusted_listener_is_refused_at_once_with_the_reason(tmp_path, pki):
    running = _tls_listener(f"sqlite:///{tmp_path / 's.db'}", tmp_path, pki)
    try:
        with pytest.raises(SendError, match="certificate not trusted"):
            _send(running, [note_message(REPORT, "TLS-2")], client_context(pki["other_ca"]), attempts=3)
    finally:
        running.stop()


def test_tls_plain_tcp_sender_gets_no_acknowledgement_and_nothing_is_stored(tmp_path, pki):
    db = f"sqlite:///{tmp_path / 's.db'}"
    running = _tls_listener(db, tmp_path, pki)
    try:
        answer = raw_exchange(running, b"\x0b" + note_message(REPORT, "PLAIN-1").encode() + b"\x1c\r", timeout=5)
    finally:
        running.stop()
    assert b"MSA|" not in answer and rows(db, inbound_messages) == []


def test_tls_mutual_requires_a_client_certificate_signed_by_the_ca(tmp_path, pki):
    db = f"sqlite:///{tmp_path / 's.db'}"
    running = _tls_listener(db, tmp_path, pki, mutual=True)
    try:
        with pytest.raises(SendError):  # no client certificate: the handshake fails every time
            _send(running, [note_message(REPORT, "NOCERT")], client_context(pki["ca"]), attempts=2, pause=0.1,
                  timeout=3)
        cert, key = pki["client"]
        acks = _send(running, [note_message(REPORT, "MUTUAL")], client_context(pki["ca"], cert, key))
    finally:
        running.stop()
    assert [a.code for a in acks] == ["AA"]
    assert [r.control_id for r in rows(db, inbound_messages)] == ["MUTUAL"]


def test_tls_send_command_over_tls(tmp_path, pki):
    messages = tmp_path / "m.hl7"
    messages.write_text(note_message(REPORT, "CLI-TLS"), encoding="utf-8")
    running = _tls_listener(f"sqlite:///{tmp_path / 's.db'}", tmp_path, pki)
    try:
        result = CliRunner().invoke(main, ["send", str(messages), "--mllp", f"{running.host}:{running.port}",
                                           "--tls-ca", str(pki["ca"])])
    finally:
        running.stop()
    assert result.exit_code == 0, result.output
    assert "1 messages, 1 accepted (AA)" in result.output


def test_tls_bad_files_are_one_line_errors_naming_the_file(tmp_path, pki):
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n", encoding="utf-8")
    cert, key = pki["server"]
    runner = CliRunner()
    for args, named in ((["--tls-cert", str(junk), "--tls-key", str(key)], junk),
                        (["--tls-cert", str(cert), "--tls-key", str(tmp_path / "missing.key")], "missing.key")):
        result = runner.invoke(main, ["listen", "--mllp", "127.0.0.1:0", "--db", str(tmp_path / "s.db"), *args])
        assert result.exit_code == 1 and str(named) in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1
    result = runner.invoke(main, ["send", str(junk), "--mllp", "127.0.0.1:1", "--tls-ca", str(junk)])
    assert result.exit_code == 1 and f"{junk}: not a usable PEM CA certificate" in result.output


def test_tls_half_configured_listener_is_a_usage_error(tmp_path, pki):
    cert, _ = pki["server"]
    result = CliRunner().invoke(main, ["listen", "--mllp", "127.0.0.1:0", "--db", str(tmp_path / "s.db"),
                                       "--tls-cert", str(cert)])
    assert result.exit_code == 2 and "--tls-key" in result.output


def test_tls_contexts_verify_and_refuse_what_they_should(pki):
    cert, key = pki["server"]
    server = server_context(cert, key, pki["ca"])
    assert server.verify_mode == ssl.CERT_REQUIRED and server.minimum_version == ssl.TLSVersion.TLSv1_2
    client = client_context(pki["ca"])
    assert client.check_hostname and client.verify_mode == ssl.CERT_REQUIRED
    with pytest.raises(TlsError, match="needs its certificate"):
        client_context(pki["ca"], None, key)
