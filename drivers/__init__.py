"""Counter hardware drivers. Usable without Qt and without the ``pos`` package."""
