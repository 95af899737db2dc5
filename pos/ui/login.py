"""The login screen: pick your name, type your PIN (keyboard or numpad). A till with no users
offers to add its first manager here (the window, not ``pos user add``, is what a technician
at the shop has)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import InvalidUser
from pos.services.till import Till
from pos.store import UserInfo
from pos.ui.bridge import Bridge
from pos.ui.messages import describe
from pos.ui.widgets.first_manager import FirstManagerForm
from pos.ui.widgets.numpad import Numpad


class LoginScreen(QWidget):
    logged_in = Signal(object)  # UserInfo

    def __init__(
        self, till: Till, bridge: Bridge, demo_hint: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._till = till
        self._bridge = bridge
        self._users: list[UserInfo] = []
        self._busy = False
        self.setObjectName("loginScreen")

        card = QFrame(self)
        card.setObjectName("loginCard")
        card.setMaximumWidth(520)
        layout = QVBoxLayout(card)
        layout.setSpacing(14)
        title = QLabel(self.tr("Omnitill"))
        title.setObjectName("loginTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        subtitle = QLabel(
            self.tr("Store {store} · Till {till}").format(
                store=till.settings.store.store_name, till=till.settings.store.till_id
            )
        )
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setObjectName("muted")
        layout.addWidget(subtitle)

        self.user_buttons = QHBoxLayout()
        self.user_group = QButtonGroup(self)
        self.user_group.setExclusive(True)
        layout.addLayout(self.user_buttons)

        self.pin = QLineEdit()
        self.pin.setObjectName("pinField")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self.submit)
        layout.addWidget(self.pin)

        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        pad = Numpad(self.pin)
        pad.setMinimumHeight(220)
        layout.addWidget(pad)

        self.login_button = QPushButton(self.tr("Sign in"))
        self.login_button.setObjectName("primary")
        self.login_button.clicked.connect(self.submit)
        layout.addWidget(self.login_button)
        self.first_manager_button = QPushButton(self.tr("Add the first manager…"))
        self.first_manager_button.clicked.connect(self.add_first_manager)
        self.first_manager_button.setVisible(False)
        layout.addWidget(self.first_manager_button)

        if demo_hint:
            hint = QLabel(
                self.tr(
                    "Demo till — PINs: Anna (cashier) 1111 · Marek (supervisor) 2222 · Olga (manager) 3333"  # noqa: E501
                )
            )
            hint.setObjectName("demoHint")
            hint.setWordWrap(True)
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(hint)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def reload_users(self) -> None:
        self._bridge.deliver(self._till.users(), self._show_users, self._show_error)

    def _show_users(self, users: list[UserInfo]) -> None:
        for button in self.user_group.buttons():
            self.user_group.removeButton(button)
            button.deleteLater()
        self._users = users
        self.first_manager_button.setVisible(not users)
        if not users:
            self.message.setText(self.tr("This till has no users yet: add its first manager."))
        else:
            self.message.clear()
        for i, user in enumerate(users):
            button = QPushButton(user.name)
            button.setCheckable(True)
            button.setObjectName("userButton")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.user_group.addButton(button, i)
            self.user_buttons.addWidget(button)
            button.clicked.connect(self.pin.setFocus)
        if users:
            self.user_group.buttons()[0].setChecked(True)
        self.pin.setFocus()

    def submit(self) -> None:
        index = self.user_group.checkedId()
        if self._busy or index < 0:
            return
        pin = self.pin.text()
        if not pin:
            self.message.setText(self.tr("Type your PIN."))
            return
        self._busy = True
        self.login_button.setEnabled(False)
        user = self._users[index]
        self._bridge.deliver(self._till.login(user.id, pin), self._login_done, self._show_error)

    def _login_done(self, user: UserInfo | None) -> None:
        self._busy = False
        self.login_button.setEnabled(True)
        self.pin.clear()
        if user is None:
            self.message.setText(self.tr("Wrong PIN. Try again."))
            self.pin.setFocus()
            return
        self.message.clear()
        self.logged_in.emit(user)

    def _show_error(self, exc: BaseException) -> None:
        self._busy = False
        self.login_button.setEnabled(True)
        self.message.setText(describe(exc))

    def add_first_manager(self) -> None:
        dialog = FirstManagerDialog(self._till, self._bridge, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_users()


class FirstManagerDialog(QDialog):
    """The first manager of a till that has no users, written on the till's database worker."""

    def __init__(self, till: Till, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setUpScreen")  # touch-sized controls (till.qss)
        self.setWindowTitle(self.tr("The first manager"))
        self.setModal(True)
        self._till = till
        self._bridge = bridge
        self.form = FirstManagerForm()
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.clicked.connect(self.add)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.form.name.setFocus()

    def add(self) -> None:
        try:
            manager = self.form.manager()
        except InvalidUser as exc:
            self.message.setText(describe(exc))
            return
        self.add_button.setEnabled(False)
        self._bridge.deliver(
            self._till.add_first_manager(manager.name, manager.pin),
            lambda _user: self.accept(),
            self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.message.setText(describe(exc))
