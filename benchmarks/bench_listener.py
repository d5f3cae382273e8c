"""Throughput of `reportminer listen`: messages stored and acknowledged per second, over real TCP.

    .venv/bin/python benchmarks/bench_listener.py [--messages 2000] [--senders 4] [--pg ADMIN_URL]

Starts the listener as its own process on a free local port (a fresh SQLite file; with --pg, a fresh PostgreSQL
database made through the admin URL, e.g. postgresql+psycopg://postgres:postgres@127.0.0.1:5432/postgres, and
dropped afterwards), sends ORU^R01 messages of about 1 kB of report text from --senders concurrent
MLLP connections (python-hl7's client, each waiting for the ACK of a message before it sends the next, as a
radiology system does), then checks that every message is in the inbox exactly once. Prints messages per second
from the first send to the last ACK, the listener's own CPU time per message (what it would do on a core of its
own, when the machine is shared), and the machine with its load.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from reportminer.sender import send_messages  # noqa: E402
from reportminer.sources.hl7v2 import note_message  # noqa: E402
from reportminer.state import engine_for, inbound_messages  # noqa: E402

TEXT = ("CT bäcken och ländrygg utan kontrast.\nFynd: Fraktur i höger ramus superior och inferior. "
        "Kotkroppshöjden i L1 är lätt reducerad, oförändrad jämfört med tidigare. Ingen fraktur i os sacrum. "
        "SI-lederna utan anmärkning. Degenerativa förändringar i nedre ländryggen.\n" * 3)


def messages(run: str, sender: int, count: int) -> list[str]:
    return [note_message({"note_id": f"{run}-{sender}-{i}", "patient_id": f"P{i % 500}", "note_date": "2024-03-01",
                          "note_type": "radiology", "exam": "DT bäcken", "text": TEXT, "unit": "Röntgen"},
                         f"{run}-{sender}-{i}", "F", "1941-03-12") for i in range(count)]


RUN = f"BENCH{uuid.uuid4().hex[:8]}"


@contextlib.contextmanager
def fresh_database(admin_url: str | None, tmp: Path):
    """A fresh SQLite file, or a fresh PostgreSQL database dropped afterwards."""
    if not admin_url:
        yield f"sqlite:///{tmp / 'bench.db'}"
        return
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"rm_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--senders", type=int, default=4)
    parser.add_argument("--pg", metavar="ADMIN_URL", help="Run on a fresh PostgreSQL database made through this URL")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, fresh_database(args.pg, Path(tmp)) as db:
        ready = Path(tmp) / "ready"
        proc = subprocess.Popen([sys.executable, "-m", "reportminer.cli", "listen", "--mllp", "127.0.0.1:0",
                                 "--db", db, "--ready-file", str(ready), "--log-level", "warning"], cwd=ROOT)
        try:
            while not ready.exists():
                if proc.poll() is not None:
                    sys.exit("the listener did not start")
                time.sleep(0.05)
            host, port = ready.read_text().strip().rsplit(":", 1)
            per_sender = args.messages // args.senders
            batches = [messages(RUN, s, per_sender) for s in range(args.senders)]

            async def run():
                return await asyncio.gather(*(send_messages(host, int(port), b) for b in batches))

            cpu_before = cpu_seconds(proc.pid)
            started = time.perf_counter()
            acks = [a for group in asyncio.run(run()) for a in group]
            seconds = time.perf_counter() - started
            listener_cpu = cpu_seconds(proc.pid) - cpu_before
        finally:
            proc.terminate()
            proc.wait(30)
        with engine_for(db).connect() as conn:
            stored = conn.execute(sa.select(sa.func.count()).select_from(inbound_messages)
                                  .where(inbound_messages.c.control_id.like(f"{RUN}-%"))).scalar_one()
    accepted = sum(a.code == "AA" for a in acks)
    print(f"listener: {len(acks)} messages from {args.senders} senders, {accepted} AA, {stored} stored once; "
          f"{seconds:.2f} s, {len(acks) / seconds:.0f} messages/s with ACKs "
          f"({'SQLite' if db.startswith('sqlite') else db.split('://')[0]})")
    print(f"listener CPU: {1000 * listener_cpu / len(acks):.2f} ms per message (user+system), so "
          f"{len(acks) / listener_cpu:.0f} messages/s on one free core")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}, Python {platform.python_version()}")
    if accepted != len(acks) or stored != len(acks):
        sys.exit("messages were lost or refused")


if __name__ == "__main__":
    main()
