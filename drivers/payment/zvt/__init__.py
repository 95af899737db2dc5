"""ZVT (PA00P015), the ECR interface of German/European card terminals: APDUs, BMP fields,
the TLV container, serial framing and the ECR-side driver."""

from drivers.payment.zvt.client import DEFAULT_CONFIG, ZvtConfig, ZvtTerminal

__all__ = ["DEFAULT_CONFIG", "ZvtConfig", "ZvtTerminal"]
