"""The HL7 v2 listener: MLLP over TCP (python-hl7's asyncio server), each report stored, then acknowledged.

For every MLLP frame: parse (python-hl7), map to notes (:mod:`reportminer.sources.hl7v2`), store the notes and
the message's control id in one transaction (:func:`reportminer.inbox.store_message`), and only after the commit
answer AA. A message that cannot be used is kept in the ``quarantine`` table and answered AE (content) or AR
(not a message this receiver takes); a message sent again is answered AA and stored once; when the database
fails, the connection is closed without an answer, so the sender sends again later. Bytes outside a frame, a
frame cut off by a closed connection and a frame over the size limit are quarantined too.

Logs carry control ids, acknowledgement codes and counts, never report text.
"""
from __future__ import annotations

import asyncio
import logging
import ssl
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

import hl7
import sqlalchemy as sa
from hl7.mllp import start_hl7_server

from .inbox import store_message, store_quarantine
from .sources.hl7v2 import Hl7Message, MessageError, escape, header, parse_message, read_message
from .state import engine_for, upgrade

log = logging.getLogger("reportminer.listen")

START_BLOCK, FRAME_END = b"\x0b", b"\x1c\r"
MAX_MESSAGE_BYTES = 4 * 1024 * 1024
STORE_ATTEMPTS = 5


class Listener:
    """An MLLP server that stores ORU^R01 and MDM reports in the state database.

    Parameters
    ----------
    db_url : str
        The state database (SQLAlchemy URL); migrated to the newest schema on start.
    host, port : str, int
        Where to listen; port 0 picks a free port (see :attr:`address` once started).
    max_message_bytes : int
        A frame without its end block within this many bytes is quarantined and the connection closed.
    ack_delay : float
        Seconds to wait between the commit and the acknowledgement: for fault-injection tests only (a listener
        killed in that window must not store a resent message twice).
    clock : callable
        Gives the time a message is received (stored with it).
    ssl_context : ssl.SSLContext, optional
        Serve MLLP over TLS (:func:`reportminer.tls.server_context`); plain TCP without it.
    """

    def __init__(self, db_url: str, host: str = "127.0.0.1", port: int = 2575,
                 max_message_bytes: int = MAX_MESSAGE_BYTES, ack_delay: float = 0.0,
                 clock: Callable[[], datetime] = datetime.now, ssl_context: ssl.SSLContext | None = None):
        self.db_url = db_url
        self.ssl_context = ssl_context
        self.clock = clock
        self.stopping = False
        self.connections: dict[asyncio.Task, hl7.mllp.HL7StreamWriter] = {}
        self.idle: set[asyncio.Task] = set()  # connections waiting for a frame, closed at once on stop
        self.host, self.port = host, port
        self.max_message_bytes = max_message_bytes
        self.ack_delay = ack_delay
        self.counts: Counter[str] = Counter()
        self.server: asyncio.AbstractServer | None = None
        self.address: tuple[str, int] | None = None
        upgrade(db_url)
        self.engine = engine_for(db_url)
        # SQLite takes one writer at a time: one thread avoids lock waits; PostgreSQL commits in parallel
        self.pool = ThreadPoolExecutor(1 if db_url.startswith("sqlite") else 4, thread_name_prefix="store")

    async def start(self) -> tuple[str, int]:
        """Listen; returns the bound (host, port)."""
        self.server = await start_hl7_server(self._connection, self.host, self.port,
                                             limit=self.max_message_bytes, encoding="utf-8",
                                             ssl=self.ssl_context)
        self.address = self.server.sockets[0].getsockname()[:2]
        log.info("listening on %s:%s%s", *self.address, " (TLS)" if self.ssl_context else "")
        return self.address

    async def stop(self) -> None:
        """Stop listening, close idle connections, let the messages in hand be stored and acknowledged."""
        self.stopping = True
        if self.server is not None:
            self.server.close()
        for task, writer in list(self.connections.items()):
            if task in self.idle:
                writer.close()
        if self.connections:
            await asyncio.wait(list(self.connections), timeout=30)
        self.pool.shutdown(wait=True)

        self.engine.dispose()
        log.info("stopped; %s", self.summary())

    def summary(self) -> str:
        c = self.counts
        return (f"{c['stored']} stored, {c['kept']} kept (older than a stored correction), {c['cancelled']} "
                f"cancelled orders, {c['duplicate']} duplicates, {c['quarantined']} quarantined, "
                f"{c['db_error']} database errors")

    # --- one connection: frames in, acknowledgements out ------------------------------------------------------
    async def _connection(self, reader: hl7.mllp.HL7StreamReader, writer: hl7.mllp.HL7StreamWriter) -> None:
        peer = "%s:%s" % tuple(writer.get_extra_info("peername") or ("?", "?"))[:2]
        task = asyncio.current_task()
        self.connections[task] = writer
        try:
            while not self.stopping:
                self.idle.add(task)
                try:
                    block = await reader.readuntil(FRAME_END)
                except asyncio.IncompleteReadError as err:
                    if err.partial.strip():
                        await self._quarantine(peer, err.partial, "the connection closed inside an MLLP frame "
                                                                  "(no end block 0x1C 0x0D)", "")
                    return
                except asyncio.LimitOverrunError:
                    data = await reader.read(self.max_message_bytes)
                    await self._quarantine(peer, data, f"no MLLP end block within {self.max_message_bytes} bytes: "
                                                       "frame too large; connection closed", "")
                    return
                finally:
                    self.idle.discard(task)
                ack = await self._frame(block[:-len(FRAME_END)], peer)
                if ack is None:
                    return  # the database failed: no answer, the sender sends again
                writer.writeblock(ack.encode("utf-8"))
                await writer.drain()
        except ConnectionError:
            pass  # the sender went away; what was committed is acknowledged to its resend
        finally:
            self.connections.pop(task, None)
            writer.close()

    async def _frame(self, block: bytes, peer: str) -> str | None:
        start = block.find(START_BLOCK)
        if start < 0:
            reason = "no MLLP start block (0x0B) before the message"
            return await self._reject(peer, block, reason, "AR", *_rejection(block, reason))
        if block[:start].strip():
            await self._quarantine(peer, block[:start], "bytes outside an MLLP frame (before its start block)", "")
        payload = block[start + 1:]
        try:
            text = payload.decode("utf-8")
        except UnicodeDecodeError:
            reason = "the message is not UTF-8 text"
            return await self._reject(peer, payload, reason, "AR", acknowledgement(None, "AR", reason))
        result = interpret(text)
        parsed = result.parsed
        if parsed is None:
            return await self._reject(peer, payload, result.reason, result.code, result.ack, result.sender,
                                      result.control_id)
        received = self.clock()
        try:
            outcome = await asyncio.get_running_loop().run_in_executor(self.pool, self._store, parsed, received)
        except sa.exc.SQLAlchemyError as err:
            self.counts["db_error"] += 1
            log.error("control id %s: not stored, no acknowledgement: %s", parsed.control_id, err.__class__.__name__)
            return None
        self.counts[outcome] += 1
        log.info("AA %s control id %s from %s: %s (%d note(s)); %s", parsed.message_type, parsed.control_id,
                 parsed.sender, outcome, len(parsed.reports), self.summary())
        if self.ack_delay:
            await asyncio.sleep(self.ack_delay)
        return result.ack

    def _store(self, parsed, received: datetime) -> str:
        attempt = 1
        while True:
            try:
                with self.engine.begin() as conn:
                    return store_message(conn, parsed, received)
            except sa.exc.IntegrityError:
                # another connection stored the same control id or note meanwhile: look again
                if attempt == STORE_ATTEMPTS:
                    raise
                attempt += 1

    async def _reject(self, peer: str, raw: bytes, reason: str, code: str, ack: str, sender: str = "",
                      control_id: str = "") -> str | None:
        if not await self._quarantine(peer, raw, reason, code, sender, control_id):
            return None  # not kept: no answer, so the sender sends it again
        log.warning("%s control id %s from %s: %s; quarantined; %s", code, control_id or "(none)", sender or peer,
                    reason, self.summary())
        return ack

    async def _quarantine(self, peer: str, raw: bytes, reason: str, code: str, sender: str = "",
                          control_id: str = "") -> bool:
        """Keep what could not be used; False when the database failed (then nothing is answered)."""
        def keep():
            with self.engine.begin() as conn:
                store_quarantine(conn, self.clock(), peer, raw, reason, code, sender, control_id)

        try:
            await asyncio.get_running_loop().run_in_executor(self.pool, keep)
        except sa.exc.SQLAlchemyError as err:
            self.counts["db_error"] += 1
            log.error("from %s: not quarantined, no acknowledgement: %s", peer, err.__class__.__name__)
            return False
        self.counts["quarantined"] += 1
        if not code:
            log.warning("quarantined %d bytes from %s: %s", len(raw), peer, reason)
        return True


@dataclass(frozen=True)
class Interpreted:
    """A frame's text read: the message (None when unusable) and the acknowledgement it earns."""

    parsed: Hl7Message | None
    ack: str
    code: str = "AA"
    reason: str = ""
    sender: str = ""
    control_id: str = ""


def interpret(text: str) -> Interpreted:
    """Parse and map one message and write its acknowledgement (AA, or AE/AR with the reason).

    A plain function of the text: all the listener decides before it touches the database.
    """
    message = None
    try:
        message = parse_message(text)
        return Interpreted(read_message(message), acknowledgement(message, "AA"))
    except MessageError as err:
        sender, control_id = _sender_and_id(message)
        return Interpreted(None, acknowledgement(message, err.code, err.reason), err.code, err.reason, sender,
                           control_id)


def _sender_and_id(message: hl7.Message | None) -> tuple[str, str]:
    try:
        control_id, sender, _ = header(message) if message is not None else ("", "", "")
    except MessageError:
        return "", ""
    return sender, control_id


def _rejection(block: bytes, reason: str) -> tuple[str, str, str]:
    """(ack, sender, control id) for a badly framed block: its control id goes into the AR when it parses."""
    try:
        message = parse_message(block.decode("utf-8", errors="replace"))
    except MessageError:
        message = None
    return (acknowledgement(message, "AR", reason), *_sender_and_id(message))


def acknowledgement(message: hl7.Message | None, code: str, reason: str = "") -> str:
    """An original-mode ACK (MSA-1 ``code``, MSA-2 the control id, MSA-3 the reason); without a readable MSH
    a bare ACK that carries no control id."""
    stamp = datetime.now().strftime("%Y%m%d%H%M%S")
    if message is not None:
        try:
            ack = message.create_ack(code, application="REPORTMINER", facility="")
            if reason:
                ack.assign_field(escape(reason), "MSA", 1, 3)
            return str(ack)
        except (KeyError, IndexError, ValueError):
            pass
    control_id = hl7.generate_message_control_id()
    return f"MSH|^~\\&|REPORTMINER||||{stamp}||ACK|{control_id}|P|2.5\rMSA|{code}||{escape(reason)}\r"


def write_ready_file(path: Path, address: tuple[str, int]) -> None:
    """Write ``host:port`` once listening, atomically, so a script can wait for it and learn a free port."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(f"{address[0]}:{address[1]}\n", encoding="utf-8")
    tmp.replace(path)
