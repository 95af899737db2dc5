"""pos.store - the till's local SQLite cache (SQLAlchemy 2.x ORM, Alembic migrations).

Open with :func:`open_database`; the repositories take the returned :class:`Database`.
"""

from pos.store.card_payments import CardOutcome, CardPaymentInfo, CardPaymentRepository
from pos.store.catalog import CatalogRepository, CategoryInfo, fold_text, fts_query, gtin_variants
from pos.store.db import Database, head_revision, open_database
from pos.store.feeds import (
    CATALOG_FEED,
    PICKUP_FEED,
    STOCK_FEED,
    CatalogPage,
    FeedPosition,
    FeedStore,
    StaleCursor,
)
from pos.store.journal import JournalProblem, JournalReport, append_entry, verify_journal
from pos.store.outbox import OutboxItem, OutboxRepository
from pos.store.pairing import InsecureTokenFile, Pairing, PairingRepository, TokenFile
from pos.store.pickup import PickupRepository, QueueRow, StoredOrder
from pos.store.redemptions import RedemptionRepository, RedemptionRow
from pos.store.returns import LineReturned, ReturnRepository
from pos.store.sales import ParkedInfo, QueuedReceipt, SalesRepository, StoredSale
from pos.store.settings import SettingsRepository
from pos.store.stock import StockFigure, StockRepository
from pos.store.users import ROLES, UserInfo, UserRepository

__all__ = [
    "CATALOG_FEED",
    "PICKUP_FEED",
    "ROLES",
    "STOCK_FEED",
    "CardOutcome",
    "CardPaymentInfo",
    "CardPaymentRepository",
    "CatalogPage",
    "CatalogRepository",
    "CategoryInfo",
    "Database",
    "FeedPosition",
    "FeedStore",
    "InsecureTokenFile",
    "JournalProblem",
    "JournalReport",
    "LineReturned",
    "OutboxItem",
    "OutboxRepository",
    "Pairing",
    "PairingRepository",
    "ParkedInfo",
    "PickupRepository",
    "QueueRow",
    "QueuedReceipt",
    "RedemptionRepository",
    "RedemptionRow",
    "ReturnRepository",
    "SalesRepository",
    "SettingsRepository",
    "StaleCursor",
    "StockFigure",
    "StockRepository",
    "StoredOrder",
    "StoredSale",
    "TokenFile",
    "UserInfo",
    "UserRepository",
    "append_entry",
    "fold_text",
    "fts_query",
    "gtin_variants",
    "head_revision",
    "open_database",
    "verify_journal",
]
