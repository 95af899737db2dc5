"""Catalog lookups for the till: scan a barcode, search as you type, browse categories.

The hot paths (``by_barcode``, ``search``) run raw SQL on a pooled ``sqlite3`` connection
(:meth:`Database.raw`): one indexed statement, no ORM overhead.

Barcode variants (``gtin_variants``): a scanner may report the same article as UPC-A (12
digits), EAN-13 (13) or GTIN-14 (14), the shorter ones being the longer ones without leading
zeros. We try the code as scanned first, then the same number zero-padded to the other
lengths, then with leading zeros dropped down to 12/13 digits (and to 8: an EAN-8 written
as a GTIN-14). EAN-8 is also tried as its zero-padded GTIN-14. Non-digit codes are matched
exactly only.

Search: user text -> folded (ł->l, ...; the tokenizer itself removes other diacritics and case)
-> words -> each a quoted prefix term (``"zol"*``), ANDed. Quoting neutralises FTS syntax
(``AND``, ``NEAR``, ``-``, ``:``, ``^``...). Words of one character are dropped (a one-letter
prefix matches a large share of a big catalog and there is no 1-char prefix index); a query
without any word of two characters or more returns nothing. For speed the FTS match is limited
first (a bounded candidate set, ranked by bm25 only within it), then joined to products.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from pos.domain.catalog import ProductInfo, SoldBy, TaxRate
from pos.domain.money import PLN, Currency, Money
from pos.store.db import Database
from pos.store.models import utc_text

# Same mapping as the FTS triggers in the initial migration (letters the tokenizer keeps).
FOLD_MAP = {
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
}
_FOLD_PAIRS = tuple(FOLD_MAP.items())
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8
CANDIDATES = 400  # FTS rows ranked per query (bounded work whatever the match set size)


def fold_text(text: str) -> str:
    """Fold the letters in FOLD_MAP (a chain of replace is faster than str.translate)."""
    for src, dst in _FOLD_PAIRS:
        if src in text:
            text = text.replace(src, dst)
    return text


def fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression for user text, or None when there is nothing to search."""
    words = [w for w in _WORD.findall(fold_text(text).lower()) if len(w) >= 2]
    if not words:
        return None
    terms = []
    for word in words[:MAX_TERMS]:
        escaped = word.replace('"', '""')
        terms.append(f'"{escaped}"*')
    return " ".join(terms)


def search_index_pending_from(conn: sqlite3.Connection) -> int | None:
    """The product ``num`` after which the search index is not built yet (None: all)."""
    row = conn.execute("SELECT value FROM catalog_meta WHERE key = ?", (FTS_PENDING,)).fetchone()
    return None if row is None else int(row[0])


def category_token(category_id: str) -> str:
    """The FTS token of a category: hex of its UTF-8 id (as SQLite's hex() in the triggers)."""
    return category_id.encode("utf-8").hex().upper()


def gtin_variants(code: str) -> list[str]:
    """The scanned code first, then the same GTIN written at other lengths (see module doc)."""
    code = code.strip()
    variants = [code]
    if not code.isdigit() or not code.isascii():
        return variants
    number = code.lstrip("0")
    if len(code) == 8:
        variants.append(code.rjust(14, "0"))
    elif len(code) in (12, 13, 14):
        for length in (12, 13, 14, 8):  # 8: an EAN-8 inside a GTIN-14 (six leading zeros)
            if len(number) <= length:
                candidate = number.rjust(length, "0")
                if candidate not in variants:
                    variants.append(candidate)
    return variants


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    id: str
    name: str
    parent_id: str | None
    sort_order: int = 0


_SELECT_PRODUCT = """
SELECT p.id, p.sku, p.name, p.sold_by, c.name, t.code, t.rate,
       (SELECT pr.amount_minor FROM prices pr
         WHERE pr.product_id = p.id AND pr.currency = :currency AND pr.valid_from <= :now
         ORDER BY pr.valid_from DESC LIMIT 1) AS price, p.category_id
"""

_BY_BARCODE = (
    _SELECT_PRODUCT
    + """, b.code
FROM barcodes b
JOIN products p ON p.id = b.product_id
JOIN tax_classes t ON t.code = p.tax_code
LEFT JOIN categories c ON c.id = p.category_id
WHERE b.code IN ({marks}) AND p.active = 1
"""
)

_SEARCH = (
    _SELECT_PRODUCT
    + """
FROM (SELECT rowid AS num, rank FROM product_fts WHERE product_fts MATCH :q LIMIT :cand) f
JOIN products p ON p.num = f.num
JOIN tax_classes t ON t.code = p.tax_code
LEFT JOIN categories c ON c.id = p.category_id
WHERE p.active = 1
ORDER BY f.rank, p.name
LIMIT :limit
"""
)

_IN_CATEGORY = (
    _SELECT_PRODUCT
    + """
FROM product_fts f
JOIN products p ON p.num = f.rowid
JOIN tax_classes t ON t.code = p.tax_code
LEFT JOIN categories c ON c.id = p.category_id
WHERE f.product_fts MATCH :q AND p.active = 1 AND p.category_id IN ({cats})
LIMIT :limit
"""
)

_IN_CATEGORY = (
    _SELECT_PRODUCT
    + """
FROM products p
JOIN tax_classes t ON t.code = p.tax_code
LEFT JOIN categories c ON c.id = p.category_id
WHERE p.category_id IN ({cats}) AND p.active = 1
ORDER BY p.name, p.num
LIMIT :limit OFFSET :offset
"""
)

# While a snapshot's search index is still being built (``catalog_meta``), products after
# the built part are found by a plain scan: every word a prefix of a word of the name (split
# at spaces only) or of the SKU, by LIKE (ASCII case-insensitive, no folding of diacritics):
# slower and a little narrower than the index, but it finds the products.
FTS_PENDING = "fts_pending_from"  # catalog_meta key: products with num > value not indexed
_SCAN = (
    _SELECT_PRODUCT
    + """
FROM products p
JOIN tax_classes t ON t.code = p.tax_code
LEFT JOIN categories c ON c.id = p.category_id
WHERE p.num > :after AND p.active = 1 AND {words} {cats}
ORDER BY p.name, p.num
LIMIT :limit
"""
)

_DESCENDANTS = """
WITH RECURSIVE tree(id) AS (
    SELECT :root UNION SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id
)
SELECT id FROM tree
"""


class CatalogRepository:
    """Read-only catalog access in the store's currency. Safe to use from any thread."""

    def __init__(self, db: Database, currency: Currency = PLN) -> None:
        self._db = db
        self.currency = currency
        self._tax_cache: dict[tuple[str, str], TaxRate] = {}

    def _now(self) -> str:
        return utc_text(datetime.now(UTC))

    def _tax(self, code: str, rate: str) -> TaxRate:
        key = (code, rate)
        tax = self._tax_cache.get(key)
        if tax is None:
            tax = self._tax_cache[key] = TaxRate(code, Decimal(rate))
        return tax

    def _info(self, row: tuple[object, ...], barcode: str | None = None) -> ProductInfo | None:
        pid, sku, name, sold_by, category, tax_code, rate, price, category_id = row[:9]
        if price is None:  # no current price in this currency: cannot be sold
            return None
        return ProductInfo(
            product_id=str(pid),
            sku=str(sku),
            name=str(name),
            unit_price=Money.from_minor(int(str(price)), self.currency),
            tax=self._tax(str(tax_code), str(rate)),
            sold_by=SoldBy(str(sold_by)),
            category=None if category is None else str(category),
            barcode=barcode,
            category_id=None if category_id is None else str(category_id),
        )

    def by_barcode(self, code: str) -> ProductInfo | None:
        """Exact barcode match (trying GTIN length variants); None if unknown or unpriced."""
        variants = gtin_variants(code)
        if not variants[0]:
            return None
        sql = _BY_BARCODE.format(marks=", ".join(f":v{i}" for i in range(len(variants))))
        params: dict[str, object] = {f"v{i}": v for i, v in enumerate(variants)}
        params["currency"] = self.currency.code
        params["now"] = self._now()
        with self._db.raw() as conn:
            rows = conn.execute(sql, params).fetchall()
        if not rows:
            return None
        order = {v: i for i, v in enumerate(variants)}
        rows.sort(key=lambda r: order[r[9]])
        for row in rows:
            info = self._info(row, barcode=variants[0])
            if info is not None:
                return info
        return None

    def _category_ids(self, conn: sqlite3.Connection, category: str, descend: bool) -> list[str]:
        if not descend:
            return [category]
        return [str(r[0]) for r in conn.execute(_DESCENDANTS, {"root": category})]

    def search(self, text: str, limit: int = 50, category: str | None = None) -> list[ProductInfo]:
        """Search-as-you-type over product name and SKU (prefix match on every word).

        ``category`` restricts to that category and its sub- and sub-subcategories; it is an
        FTS term (the ``cats`` column holds category, parent and grandparent tokens), so the
        filter costs an index intersection, not a scan. A query that looks like a barcode also
        tries :meth:`by_barcode`, whose hit comes first.
        """
        if limit <= 0:
            return []
        results: list[ProductInfo] = []
        stripped = text.strip()
        if stripped.isdigit() and len(stripped) in (8, 12, 13, 14) and category is None:
            hit = self.by_barcode(stripped)
            if hit is not None:
                results.append(hit)
        query = fts_query(text)
        if query is None:
            return results
        # Column filters keep user words off the category tokens and vice versa.
        query = f"{{name sku}} : ({query})"
        if category is not None:
            query += f' AND cats : "{category_token(category)}"'
        params: dict[str, object] = {
            "q": query,
            "cand": max(CANDIDATES, limit),
            "limit": limit,
            "currency": self.currency.code,
            "now": self._now(),
        }
        with self._db.raw() as conn:
            rows = conn.execute(_SEARCH, params).fetchall()
            pending = search_index_pending_from(conn)
            if pending is not None and len(rows) < limit:
                rows += self._scan(conn, text, pending, limit, category)
        seen = {r.product_id for r in results}
        for row in rows:
            info = self._info(row)
            if info is not None and info.product_id not in seen:
                results.append(info)
        return results[:limit]

    def search_index_ready(self) -> bool:
        """False while a snapshot's search index is still being built (search then scans
        the rest, and the till says so)."""
        with self._db.raw() as conn:
            return search_index_pending_from(conn) is None

    def _scan(
        self,
        conn: sqlite3.Connection,
        text: str,
        after: int,
        limit: int,
        category: str | None,
    ) -> list[tuple[object, ...]]:
        words = [w for w in _WORD.findall(text.lower()) if len(w) >= 2][:MAX_TERMS]
        if not words:
            return []
        params: dict[str, object] = {
            "after": after,
            "limit": limit,
            "currency": self.currency.code,
            "now": self._now(),
        }
        conds = []
        for i, word in enumerate(words):
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params[f"w{i}"] = f"% {escaped}%"  # a word of the name starting so
            params[f"s{i}"] = f"{escaped}%"
            conds.append(f"(' ' || p.name LIKE :w{i} ESCAPE '\\' OR p.sku LIKE :s{i} ESCAPE '\\')")
        cats = ""
        if category is not None:
            ids = self._category_ids(conn, category, descend=True)
            params.update({f"c{i}": c for i, c in enumerate(ids)})
            cats = "AND p.category_id IN ({})".format(", ".join(f":c{i}" for i in range(len(ids))))
        sql = _SCAN.format(words=" AND ".join(conds), cats=cats)
        return list(conn.execute(sql, params).fetchall())

    def categories(self) -> list[CategoryInfo]:
        with self._db.raw() as conn:
            rows = conn.execute(
                "SELECT id, name, parent_id, sort_order FROM categories ORDER BY sort_order, name"
            ).fetchall()
        return [
            CategoryInfo(str(i), str(n), None if p is None else str(p), int(o))
            for i, n, p, o in rows
        ]

    def products_in_category(
        self,
        category_id: str,
        limit: int = 200,
        offset: int = 0,
        include_subcategories: bool = False,
    ) -> list[ProductInfo]:
        """Active priced products of a category, by name (indexed on (category_id, name))."""
        with self._db.raw() as conn:
            cats = self._category_ids(conn, category_id, include_subcategories)
            marks = ", ".join(f":c{i}" for i in range(len(cats)))
            params: dict[str, object] = {f"c{i}": c for i, c in enumerate(cats)}
            params.update(limit=limit, offset=offset, currency=self.currency.code, now=self._now())
            rows = conn.execute(_IN_CATEGORY.format(cats=marks), params).fetchall()
        return [info for row in rows if (info := self._info(row)) is not None]

    def get(self, product_id: str) -> ProductInfo | None:
        """A product by its id (active or not), priced in the store currency."""
        sql = (
            _SELECT_PRODUCT
            + """FROM products p JOIN tax_classes t ON t.code = p.tax_code
            LEFT JOIN categories c ON c.id = p.category_id WHERE p.id = :pid"""
        )
        params = {"pid": product_id, "currency": self.currency.code, "now": self._now()}
        with self._db.raw() as conn:
            row = conn.execute(sql, params).fetchone()
        return None if row is None else self._info(row)
