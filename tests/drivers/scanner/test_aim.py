"""AIM symbology identifiers: the prefix names the symbology and is stripped from the data."""

from __future__ import annotations

import pytest
from biip.symbology import GS1Symbology, ISOSymbology

from drivers.scanner import aim
from drivers.scanner.reads import Symbology


@pytest.mark.parametrize(
    ("raw", "symbology", "data"),
    [
        (b"]E05901234123457", Symbology.EAN13, b"5901234123457"),
        (b"]E0036000291452", Symbology.UPCA, b"036000291452"),
        (b"]E004252614", Symbology.UPCE, b"04252614"),
        (b"]E455123457", Symbology.EAN8, b"55123457"),
        (b"]C1010590123412345715", Symbology.GS1_128, b"010590123412345715"),
        (b"]C0ABC-123", Symbology.CODE128, b"ABC-123"),
        (b"]A0CODE39", Symbology.CODE39, b"CODE39"),
        (b"]d2010590123412345721ABC", Symbology.GS1_DATAMATRIX, b"010590123412345721ABC"),
        (b"]d1plain matrix", Symbology.DATAMATRIX, b"plain matrix"),
        (b"]Q1omnitill:promo:abc", Symbology.QR, b"omnitill:promo:abc"),
    ],
)
def test_the_identifier_names_the_symbology_and_is_stripped(
    raw: bytes, symbology: Symbology, data: bytes
) -> None:
    assert aim.split_aim(raw) == (symbology, data)


@pytest.mark.parametrize("raw", [b"5901234123457", b"]", b"]Z", b"]?9xyz"])
def test_data_without_a_known_identifier_is_left_as_it_came(raw: bytes) -> None:
    assert aim.split_aim(raw) == (None, raw)


def test_every_mapped_name_is_one_of_biips_symbologies() -> None:
    """The tables name biip's members as text (biip loads on the first read, not at start):
    a misspelt name would quietly read as UNKNOWN."""
    assert set(aim._GS1) <= {member.name for member in GS1Symbology}
    assert set(aim._ISO) <= {member.name for member in ISOSymbology}
