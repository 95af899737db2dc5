"""Omnitill: the in-store till of an omnichannel retailer."""

__version__ = "0.1.0"
