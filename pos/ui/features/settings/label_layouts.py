"""The settings screen's "Scale labels" tab: the layouts of the store's weight and price labels.

Each layout says where a scale's EAN-13 (prefixes 20-29) carries the item code and the
value. The rules are the domain's (``pos.domain.variable_measure``): the editor builds a
layout from the fields on every change and shows the digit pattern or the rule it breaks,
translated; "Try a label" reads a code as the till would, so a technician checks a printed
label against the scale's set-up before a cashier meets it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.config import VariableMeasureSettings
from pos.domain.errors import DomainError
from pos.domain.variable_measure import (
    MeasureKind,
    VariableMeasureLayout,
    layout_for,
    read_variable_measure,
)
from pos.locale_format import LocaleFormatter
from pos.ui.messages import describe

NEW_LAYOUT = VariableMeasureSettings(prefixes=["28"])  # 28 IIIII WWWWW C, weight in grams


class LabelLayoutsEditor(QWidget):
    """Edits a list of layouts in memory; the settings dialog reads :meth:`layouts` on Save."""

    def __init__(
        self,
        layouts: list[VariableMeasureSettings],
        formatter: LocaleFormatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self._layouts: list[dict[str, Any]] = [layout.model_dump() for layout in layouts]
        self._loading = False
        self.list = QListWidget()
        self.list.setObjectName("labelLayouts")
        self.list.currentRowChanged.connect(self._show)
        self.add_button = QPushButton(self.tr("Add a layout"))
        self.add_button.clicked.connect(self.add_layout)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_layout)

        self.prefixes = QLineEdit()
        self.prefixes.setPlaceholderText(self.tr("e.g. 27, 28"))
        self.item_digits = self._spin(1, 9)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("weight (kg)"), MeasureKind.WEIGHT.value)
        self.kind.addItem(self.tr("price"), MeasureKind.PRICE.value)
        self.value_digits = self._spin(1, 9)
        self.value_decimals = self._spin(0, 9)
        self.check_digit = QCheckBox(self.tr("A check digit before the value"))
        self.pattern = QLabel()
        self.pattern.setObjectName("labelPattern")
        self.pattern.setWordWrap(True)
        self.try_code = QLineEdit()
        self.try_code.setPlaceholderText(self.tr("Scan or type a label's 13 digits"))
        self.try_result = QLabel()
        self.try_result.setWordWrap(True)
        for edit in (self.prefixes, self.try_code):
            edit.textChanged.connect(self._edited)
        for spin in (self.item_digits, self.value_digits, self.value_decimals):
            spin.valueChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        self.check_digit.toggled.connect(self._edited)

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.addRow(self.tr("Prefixes"), self.prefixes)
        form.addRow(self.tr("Item code digits"), self.item_digits)
        form.addRow(self.tr("The label carries"), self.kind)
        form.addRow(self.tr("Value digits"), self.value_digits)
        form.addRow(self.tr("Of them decimals"), self.value_decimals)
        form.addRow(self.check_digit)
        form.addRow(self.tr("Digits"), self.pattern)
        form.addRow(self.tr("Try a label"), self.try_code)
        form.addRow("", self.try_result)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        root = QVBoxLayout(self)
        self.empty = QLabel(
            self.tr("No scale labels: codes 20-29 are looked up like any other barcode.")
        )
        self.empty.setWordWrap(True)
        root.addLayout(top)
        root.addWidget(self.empty)
        root.addWidget(self.form)
        for i in range(len(self._layouts)):
            self.list.addItem(self._summary(i))
        self.list.setCurrentRow(0 if self._layouts else -1)
        self._show(self.list.currentRow())

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        return spin

    # --- the list ---------------------------------------------------------------------------

    def add_layout(self) -> None:
        self._layouts.append(NEW_LAYOUT.model_dump())
        self.list.addItem(self._summary(len(self._layouts) - 1))
        self.list.setCurrentRow(len(self._layouts) - 1)
        self.prefixes.setFocus()

    def remove_layout(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._layouts[row]
        self.list.takeItem(row)
        self._show(self.list.currentRow())

    def _summary(self, row: int) -> str:
        data = self._layouts[row]
        prefixes = ", ".join(data["prefixes"]) or "—"
        if data["kind"] == MeasureKind.PRICE.value:
            return self.tr("{0}: item {1} digits, price {2} digits").format(
                prefixes, data["item_digits"], data["value_digits"]
            )
        return self.tr("{0}: item {1} digits, weight {2} digits").format(
            prefixes, data["item_digits"], data["value_digits"]
        )

    # --- the selected layout ----------------------------------------------------------------

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self._layouts)
        self.form.setVisible(has)
        self.empty.setVisible(not self._layouts)
        self.remove_button.setEnabled(has)
        if not has:
            return
        data = self._layouts[row]
        self._loading = True
        self.prefixes.setText(", ".join(data["prefixes"]))
        self.item_digits.setValue(data["item_digits"])
        self.kind.setCurrentIndex(max(0, self.kind.findData(data["kind"])))
        self.value_digits.setValue(data["value_digits"])
        self.value_decimals.setValue(data["value_decimals"])
        self.check_digit.setChecked(data["value_check_digit"])
        self._loading = False
        self._edited()

    def _fields(self) -> dict[str, Any]:
        prefixes = [p.strip() for p in self.prefixes.text().replace(";", ",").split(",")]
        return {
            "prefixes": [p for p in prefixes if p],
            "item_digits": self.item_digits.value(),
            "kind": str(self.kind.currentData()),
            "value_digits": self.value_digits.value(),
            "value_decimals": self.value_decimals.value(),
            "value_check_digit": self.check_digit.isChecked(),
        }

    def _edited(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._layouts):
            return
        self._layouts[row] = self._fields()
        self.list.item(row).setText(self._summary(row))
        try:
            layout = build_layout(self._layouts[row])
        except DomainError as exc:
            self._set_pattern(describe(exc), problem=True)
            self.try_result.clear()
            return
        example = "1" * layout.value_digits
        shown = self.formatter.quantity(
            Decimal(int(example)).scaleb(-layout.value_decimals), layout.value_decimals
        )
        legend = (
            self.tr("I item code, W weight: {0} is {1} kg, K check digit")
            if layout.kind is MeasureKind.WEIGHT
            else self.tr("I item code, P price: {0} is {1}, K check digit")
        ).format(example, shown)
        if layout.value_check_digit:
            legend += self.tr(", C the value's check digit")
        self._set_pattern(f"{pattern_of(layout)}\n{legend}", problem=False)
        self.try_result.setText(self._tried(layout))

    def _set_pattern(self, text: str, *, problem: bool) -> None:
        self.pattern.setText(text)
        self.pattern.setProperty("problem", problem)  # red in till.qss
        self.pattern.style().unpolish(self.pattern)
        self.pattern.style().polish(self.pattern)

    def _tried(self, layout: VariableMeasureLayout) -> str:
        code = self.try_code.text().strip()
        if not code:
            return ""
        if layout_for(code, (layout,)) is None:
            return self.tr("Not a 13-digit code with one of these prefixes.")
        try:
            read = read_variable_measure(code, layout)
        except DomainError as exc:
            return describe(exc)
        if read.kind is MeasureKind.WEIGHT:
            weight = self.formatter.quantity(read.value, layout.value_decimals)
            return self.tr("Item {0}, {1} kg").format(read.item_code, weight)
        price = self.formatter.amount(read.value, layout.value_decimals)
        return self.tr("Item {0}, price {1}").format(read.item_code, price)

    # --- for the dialog ---------------------------------------------------------------------

    def layouts(self) -> list[VariableMeasureSettings] | str:
        """The layouts as edited, or the first problem (translated, naming the layout)."""
        result = []
        for row, data in enumerate(self._layouts):
            try:
                build_layout(data)
            except DomainError as exc:
                self.list.setCurrentRow(row)
                return self.tr("Scale label {0}: {1}").format(row + 1, describe(exc))
            result.append(VariableMeasureSettings.model_validate(data))
        return result


def build_layout(data: dict[str, Any]) -> VariableMeasureLayout:
    """The domain's layout from the editor's fields (raises the domain's InvalidLabelLayout)."""
    return VariableMeasureLayout(
        prefixes=frozenset(str(p) for p in data["prefixes"]),
        item_digits=int(data["item_digits"]),
        kind=MeasureKind(str(data["kind"])),
        value_digits=int(data["value_digits"]),
        value_decimals=int(data["value_decimals"]),
        value_check_digit=bool(data["value_check_digit"]),
    )


def pattern_of(layout: VariableMeasureLayout) -> str:
    """``28 IIIII WWWWW K``: prefix, item code, (C: the value's check digit), the weight (W)
    or price (P) digits, and the code's check digit (K)."""
    parts = ["/".join(sorted(layout.prefixes)), "I" * layout.item_digits]
    if layout.value_check_digit:
        parts.append("C")
    letter = "W" if layout.kind is MeasureKind.WEIGHT else "P"
    parts += [letter * layout.value_digits, "K"]
    return " ".join(parts)
