"""Specifications of the pure domain layer (money, tax, cart, tenders, documents)."""
