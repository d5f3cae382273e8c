"""Provenance: where an output came from (versions, site rules, inputs, times, counts).

The nightly job stores one record per run in ``runs.provenance`` (JSON); ``scan`` writes the same record as
``run.json`` beside its tables; exports and the static report carry the run id, the versions and the rules hash
(a metadata sheet, a sidecar ``.provenance.json``, or the report's footer).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import sqlalchemy as sa

from . import __version__

RUN_FILE = "run.json"


def file_facts(path: str | Path) -> dict:
    """An input file's name, size in bytes and SHA-256 (read in 1 MiB blocks: memory stays flat)."""
    path = Path(path)
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"name": path.name, "path": str(path), "bytes": path.stat().st_size, "sha256": digest.hexdigest()}


def text_facts(name: str, text: str) -> dict:
    """An input given as text (an SQL query): its name, length and SHA-256."""
    data = text.encode("utf-8")
    return {"name": name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def run_record(pipeline_version: str, lexicon_versions: dict[str, str], rules, inputs: list[dict]) -> dict:
    """The provenance of a run as it starts (``finish_record`` adds its end).

    Parameters
    ----------
    pipeline_version : the code and lexicon version notes are processed under.
    lexicon_versions : per language, the lexicon version.
    rules : the site rules (``rules.Rules``).
    inputs : ``file_facts``/``text_facts`` of the notes and patients inputs.
    """
    return {"reportminer_version": __version__, "pipeline_version": pipeline_version,
            "lexicon_versions": dict(sorted(lexicon_versions.items())),
            "rules": {"hash": rules.hash, "source": rules.source, "content": rules.text},
            "inputs": inputs}


def last_run_metadata(conn) -> dict:
    """Run id, end time, versions and rules hash of the last successful run in a state database (for a footer
    or a metadata sheet); empty values for a database without one."""
    from .state import runs

    row = conn.execute(sa.select(runs).where(runs.c.status == "ok").order_by(runs.c.run_id.desc()).limit(1)).first()
    if row is None:
        return {"run_id": "", "run_ended_at": "", "reportminer_version": __version__, "pipeline_version": "",
                "rules_hash": ""}
    return {"run_id": str(row.run_id), "run_ended_at": row.ended_at.isoformat() if row.ended_at else "",
            "reportminer_version": __version__, "pipeline_version": row.pipeline_version,
            "rules_hash": row.rules_hash or ""}


def last_run_rules(conn):
    """The site rules (``rules.Rules``) the last successful run in a state database worked under, or ``None``
    when there is no such run or it predates rule provenance (migration 0006)."""
    from .rules import parse_rules
    from .state import runs

    row = conn.execute(sa.select(runs.c.run_id, runs.c.provenance).where(runs.c.status == "ok")
                       .order_by(runs.c.run_id.desc()).limit(1)).first()
    if row is None or not row.provenance:
        return None
    rules = json.loads(row.provenance).get("rules") or {}
    if not rules.get("content"):
        return None
    return parse_rules(rules["content"], f"rules of run {row.run_id} ({rules.get('source', 'unknown source')})")


def metadata_frame(metadata: dict):
    """A metadata sheet: one ``key``/``value`` row per item, sorted by key."""
    import pandas as pd

    return pd.DataFrame(sorted(metadata.items()), columns=["key", "value"]).astype(str)


def read_run_record(conn, run_id: int) -> dict:
    """The provenance JSON of run ``run_id``."""
    from .state import runs

    text = conn.execute(sa.select(runs.c.provenance).where(runs.c.run_id == run_id)).scalar_one()
    return json.loads(text) if text else {}


def write_json(record: dict, path: str | Path) -> Path:
    """Write ``record`` as indented UTF-8 JSON through a temporary file."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(record, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
