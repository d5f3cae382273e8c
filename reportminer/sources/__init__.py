"""Where nightly runs and scans read notes from, one module per input format, behind one interface.

- :mod:`.tables`: CSV, JSON Lines and Parquet notes tables;
- :mod:`.sql`: an SQL query against the hospital's database (:class:`SqlSource`);
- :mod:`.hl7v2`: HL7 v2 ORU^R01 and MDM messages (files here; the MLLP listener stores them);
- :mod:`.fhir`: FHIR R4 DiagnosticReport, DocumentReference and Patient resources (NDJSON, Bundles);
- :mod:`.stored`: the notes an HL7 listener stored in the state database (:class:`StoredSource`).

:class:`FileSource` opens any file by its format. Every source offers ``ids()``, ``chunks()`` and ``patients()``
(see :mod:`.base`); :func:`find_duplicate_ids` refuses duplicated note ids before anything is written.
"""
from .base import Chunk, NoteSource, find_duplicate_ids
from .files import FileSource, read_patients_file
from .sql import SqlSource
from .stored import StoredSource

__all__ = ["Chunk", "FileSource", "NoteSource", "SqlSource", "StoredSource", "find_duplicate_ids",
           "read_patients_file"]
