"""Further CLI commands, one module per feature; every click command defined at module level in a module here is
added to ``reportminer`` by :func:`reportminer.cli.main`'s registration at import time."""
