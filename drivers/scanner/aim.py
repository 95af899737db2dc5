"""AIM symbology identifiers (ISO/IEC 15424): ``]`` + code character + modifier before the
data, sent by scanners configured for it (``]E0`` EAN-13, ``]C1`` GS1-128, ``]d2`` GS1 Data
Matrix, ``]Q1`` QR). Parsed by ``biip``; mapped to :class:`Symbology` and stripped.
"""

from __future__ import annotations

from drivers.scanner.reads import Symbology

# biip's symbology names; biip itself is imported on the first read (it costs the till's start).
_GS1 = {
    "EAN_13": Symbology.EAN13,  # also UPC-A and UPC-E (see ``_EAN_UPC_BY_LENGTH``)
    "EAN_13_WITH_ADD_ON": Symbology.EAN13,
    "EAN_8": Symbology.EAN8,
    "GS1_128": Symbology.GS1_128,
    "GS1_DATAMATRIX": Symbology.GS1_DATAMATRIX,
    "GS1_QR_CODE": Symbology.QR,
    "ITF_14": Symbology.ITF,
}
_ISO = {
    "CODE_128": Symbology.CODE128,
    "CODE_39": Symbology.CODE39,
    "ITF": Symbology.ITF,
    "DATA_MATRIX": Symbology.DATAMATRIX,
    "QR_CODE": Symbology.QR,
    "EAN_UPC": Symbology.EAN13,
}
# ]E0 carries EAN-13, UPC-A (sent as 12 or 13 digits) and UPC-E (sent as 8 digits).
_EAN_UPC_BY_LENGTH = {8: Symbology.UPCE, 12: Symbology.UPCA}


def split_aim(data: bytes) -> tuple[Symbology | None, bytes]:
    """The symbology named by a leading AIM identifier and the data without it; ``(None,
    data)`` when the data does not start with a known identifier."""
    if len(data) < 3 or data[:1] != b"]":
        return None, data
    from biip import ParseError
    from biip.symbology import SymbologyIdentifier

    try:
        identifier = SymbologyIdentifier.extract(data[:8].decode("ascii", errors="replace"))
    except ParseError:
        return None, data
    rest = data[len(identifier.value) :]
    if identifier.gs1_symbology is not None and identifier.gs1_symbology.name in _GS1:
        symbology = _GS1[identifier.gs1_symbology.name]
    else:
        symbology = _ISO.get(identifier.iso_symbology.name, Symbology.UNKNOWN)
    gs1 = identifier.gs1_symbology
    if symbology is Symbology.EAN13 and gs1 is not None and gs1.name == "EAN_13":
        symbology = _EAN_UPC_BY_LENGTH.get(len(rest), Symbology.EAN13)
    return symbology, rest
