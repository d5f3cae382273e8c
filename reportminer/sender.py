"""An MLLP client (python-hl7's asyncio streams): send messages, wait for each acknowledgement, resend on a
lost connection or a timeout, as a sending system does. Used by ``reportminer send``, the tests and the demo."""
from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass

from hl7.mllp import InvalidBlockError, open_hl7_connection


class SendError(RuntimeError):
    """A message got no acknowledgement after every attempt."""


@dataclass(frozen=True)
class Ack:
    control_id: str  # of the message sent
    code: str  # MSA-1: AA, AE, AR
    reason: str  # MSA-3
    attempts: int


async def send_messages(host: str, port: int, messages: list[str], timeout: float = 10.0, attempts: int = 5,
                        pause: float = 0.5, ssl_context: ssl.SSLContext | None = None) -> list[Ack]:
    """Send each message over one connection and wait for its ACK; reconnect and resend when none comes.

    Parameters
    ----------
    host, port : str, int
        The listener.
    messages : list of str
        HL7 v2 messages (segments separated by carriage returns).
    timeout : float
        Seconds to wait for a connection or an acknowledgement.
    attempts : int
        Sends of one message before :class:`SendError`.
    pause : float
        Seconds between attempts.
    ssl_context : ssl.SSLContext, optional
        Send over TLS (:func:`reportminer.tls.client_context`); plain TCP without it.

    Returns
    -------
    list of Ack
        One per message, in order.
    """
    reader = writer = None
    acks = []
    try:
        for text in messages:
            block = _segments(text).encode("utf-8")
            control_id = _control_id(text)
            for attempt in range(1, attempts + 1):
                try:
                    if writer is None:
                        reader, writer = await asyncio.wait_for(
                            open_hl7_connection(host, port, encoding="utf-8", ssl=ssl_context), timeout)
                    writer.writeblock(block)  # as given: a sender does not re-encode what it relays
                    await writer.drain()
                    ack = await asyncio.wait_for(reader.readmessage(), timeout)
                    acks.append(Ack(control_id, str(ack["MSA.F1"]), str(ack["MSA.F3"]), attempt))
                    break
                except ssl.SSLCertVerificationError as err:  # sending again cannot help: say why at once
                    raise SendError(f"{host}:{port}: TLS certificate not trusted: {err.verify_message}") from None
                except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, InvalidBlockError):
                    if writer is not None:
                        writer.close()
                    reader = writer = None
                    if attempt == attempts:
                        raise SendError(f"control id {control_id}: no acknowledgement after {attempts} attempts")
                    await asyncio.sleep(pause)
    finally:
        if writer is not None:
            writer.close()
    return acks


def _segments(text: str) -> str:
    """Segments separated by carriage returns, as MLLP carries them (files often use line feeds)."""
    return "\r".join(s for s in text.replace("\r\n", "\r").replace("\n", "\r").split("\r") if s) + "\r"


def _control_id(text: str) -> str:
    """MSH-10, read without parsing the whole message (the listener parses it; the sender only needs the id)."""
    msh = text.split("\r", 1)[0].split("\n", 1)[0]
    fields = msh.split(msh[3:4] or "|") if msh.startswith("MSH") else []
    return fields[9] if len(fields) > 9 else ""
