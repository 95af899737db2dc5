<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../pos/ui/cart_model.py" line="91"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../pos/ui/cart_model.py" line="92"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../pos/ui/cart_model.py" line="93"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../pos/ui/cart_model.py" line="94"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/cart_model.py" line="95"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../pos/ui/cart_model.py" line="96"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../pos/ui/cart_model.py" line="109"/>
        <source>Voided: {0}</source>
        <translation>Сторнировано: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/cart_model.py" line="119"/>
        <source>{0} (voided)</source>
        <translation>{0} (сторно)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/cart_model.py" line="121"/>
        <source>{0} (price changed)</source>
        <translation>{0} (цена изменена)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/cart_model.py" line="125"/>
        <source>{0} kg</source>
        <translation>{0} кг</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="158"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="158"/>
        <source>Give a discount</source>
        <translation>Предоставить скидку</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="160"/>
        <source>Selected line</source>
        <translation>Выбранная позиция</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="161"/>
        <source>Whole sale</source>
        <translation>Весь чек</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="171"/>
        <source>Percent %</source>
        <translation>Процент %</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="172"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="194"/>
        <source>Type a discount greater than zero.</source>
        <translation>Введите скидку больше нуля.</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../../pos/domain/errors.py" line="22"/>
        <source>The operation is not allowed.</source>
        <translation>Операция не разрешена.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="51"/>
        <source>Currency {left} cannot be combined with {right}.</source>
        <translation>Валюту {left} нельзя сочетать с {right}.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="64"/>
        <source>The quantity {quantity} is not valid.</source>
        <translation>Количество {quantity} недопустимо.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="72"/>
        <source>The quantity must be more than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="77"/>
        <source>This item is sold by the piece; {quantity} is not a whole number.</source>
        <translation>Этот товар продаётся поштучно; {quantity} — не целое число.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="84"/>
        <source>A weight has at most three decimals (grams); {quantity} has more.</source>
        <translation>Вес указывается не более чем с тремя знаками после запятой (граммы); у {quantity} больше.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="91"/>
        <source>The quantity {quantity} exceeds the limit {limit}.</source>
        <translation>Количество {quantity} превышает предел {limit}.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="104"/>
        <source>There is no line {line_no} on this sale.</source>
        <translation>В этом чеке нет позиции {line_no}.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="112"/>
        <source>Line {line_no} is already voided.</source>
        <translation>Позиция {line_no} уже сторнирована.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="120"/>
        <source>The price {price} is not valid.</source>
        <translation>Цена {price} недопустима.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="128"/>
        <source>Please give a reason.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="141"/>
        <source>The discount {discount} is not valid.</source>
        <translation>Скидка {discount} недопустима.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="149"/>
        <source>A discount must be more than zero.</source>
        <translation>Скидка должна быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="154"/>
        <source>A discount cannot exceed 100 %.</source>
        <translation>Скидка не может превышать 100 %.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="159"/>
        <source>The discount {discount} is more than the amount {amount} it applies to.</source>
        <translation>Скидка {discount} больше суммы {amount}, к которой она применяется.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="174"/>
        <source>A {role} may not do this ({action}) without a supervisor&apos;s approval.</source>
        <translation>Роль {role} не может выполнить это ({action}) без подтверждения старшего кассира.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="186"/>
        <source>A {role} may give at most {limit} % discount; this is {percent} %.</source>
        <translation>Роль {role} может дать скидку не более {limit} %; здесь {percent} %.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="198"/>
        <source>The approval by a {role} does not cover this action ({action}).</source>
        <translation>Подтверждение роли {role} не распространяется на это действие ({action}).</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="208"/>
        <source>This sale is {state} and cannot be changed.</source>
        <translation>Эта продажа в состоянии {state} и не может быть изменена.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="216"/>
        <source>The sale has no items.</source>
        <translation>В чеке нет товаров.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="226"/>
        <source>Payment has started; remove the payments before changing the sale.</source>
        <translation>Оплата уже начата; удалите платежи, прежде чем менять чек.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="239"/>
        <source>The payment amount {amount} is not valid.</source>
        <translation>Сумма платежа {amount} недопустима.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="249"/>
        <source>The payment {amount} is more than the {due} left to pay.</source>
        <translation>Платёж {amount} больше остатка к оплате {due}.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="259"/>
        <source>There is no payment {tender_id} on this sale.</source>
        <translation>В этом чеке нет платежа {tender_id}.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="267"/>
        <source>{paid} paid of {due} due; {balance} is still to pay.</source>
        <translation>Оплачено {paid} из {due}; осталось оплатить {balance}.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="280"/>
        <source>The stored sale document is invalid: {problem}.</source>
        <translation>Сохранённый документ продажи повреждён: {problem}.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="288"/>
        <source>{barcode} is not a valid barcode.</source>
        <translation>{barcode} — неверный штрихкод.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="296"/>
        <source>The weight or price in label {barcode} does not check out; weigh the item again.</source>
        <translation>Вес или цена на этикетке {barcode} не сходятся; взвесьте товар заново.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="307"/>
        <source>The code {barcode} could not be read as a GS1 code; scan it again.</source>
        <translation>Код {barcode} не читается как код GS1; отсканируйте его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="317"/>
        <source>{name} is sold by the piece; a weight label cannot sell it.</source>
        <translation>{name} продаётся поштучно; по весовой этикетке его продать нельзя.</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="327"/>
        <source>This marked item is already in the sale (line {line_no}).</source>
        <translation>Этот маркированный товар уже есть в продаже (строка {line_no}).</translation>
    </message>
    <message>
        <location filename="../../pos/domain/errors.py" line="337"/>
        <source>A marked item is sold one at a time: scan each item&apos;s own code.</source>
        <translation>Маркированный товар продаётся по одному: сканируйте код каждой единицы.</translation>
    </message>
    <message>
        <location filename="../../pos/services/errors.py" line="11"/>
        <source>Unknown barcode {barcode}: no product has it.</source>
        <translation>Неизвестный штрихкод {barcode}: такого товара нет.</translation>
    </message>
    <message>
        <location filename="../../pos/services/errors.py" line="19"/>
        <source>That PIN does not belong to a {role} or higher. Nothing was changed.</source>
        <translation>Этот PIN не принадлежит роли {role} или выше. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../pos/services/errors.py" line="29"/>
        <source>There is no receipt to reprint yet.</source>
        <translation>Пока нет чека для повторной печати.</translation>
    </message>
    <message>
        <location filename="../../pos/services/errors.py" line="34"/>
        <source>That parked sale was already recalled.</source>
        <translation>Этот отложенный чек уже восстановлен.</translation>
    </message>
    <message>
        <location filename="../../pos/services/errors.py" line="39"/>
        <source>Printer problem: {detail} The sale is saved; reprint when the printer is back.</source>
        <translation>Проблема с принтером: {detail} Продажа сохранена; напечатайте повторно, когда принтер заработает.</translation>
    </message>
    <message>
        <location filename="../../pos/services/errors.py" line="50"/>
        <source>Too many wrong PINs. Try again in {seconds} seconds or ask a manager.</source>
        <translation>Слишком много неверных PIN. Повторите через {seconds} с или обратитесь к управляющему.</translation>
    </message>
    <message>
        <location filename="../../pos/services/errors.py" line="63"/>
        <source>Customer promo codes are not supported by this till yet. Nothing changed.</source>
        <translation>Эта касса пока не поддерживает промокоды покупателей. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../pos/services/errors.py" line="73"/>
        <source>Pickup codes are not supported by this till yet. Nothing changed.</source>
        <translation>Эта касса пока не поддерживает коды выдачи заказов. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../pos/services/errors.py" line="80"/>
        <source>The scanned code is not a product or a code this till knows: {code}</source>
        <translation>Отсканированный код — не товар и не код, известный этой кассе: {code}</translation>
    </message>
    <message>
        <location filename="../../pos/services/errors.py" line="90"/>
        <source>No receipt of this till has the id {sale_id}.</source>
        <translation>Ни у одного чека этой кассы нет идентификатора {sale_id}.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="219"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="229"/>
        <source>Type a quantity and * before a barcode to sell several (3*5901234123457).</source>
        <translation>Введите количество и * перед штрихкодом, чтобы продать несколько (3*5901234123457).</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="233"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos/ui/login.py" line="42"/>
        <source>Omnitill</source>
        <translation>Omnitill</translation>
    </message>
    <message>
        <location filename="../../pos/ui/login.py" line="47"/>
        <source>Store {store} · Till {till}</source>
        <translation>Магазин {store} · Касса {till}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/login.py" line="64"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos/ui/login.py" line="79"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../pos/ui/login.py" line="87"/>
        <source>Demo till — PINs: Anna (cashier) 1111 · Marek (supervisor) 2222 · Olga (manager) 3333</source>
        <translation>Демо-касса — PIN: Anna (кассир) 1111 · Marek (старший кассир) 2222 · Olga (управляющий) 3333</translation>
    </message>
    <message>
        <location filename="../../pos/ui/login.py" line="113"/>
        <source>No users yet. Add one with: pos user add</source>
        <translation>Пользователей пока нет. Добавьте: pos user add</translation>
    </message>
    <message>
        <location filename="../../pos/ui/login.py" line="132"/>
        <source>Type your PIN.</source>
        <translation>Введите свой PIN.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/login.py" line="144"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Неверный PIN. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../pos/ui/messages.py" line="23"/>
        <source>Something went wrong ({0}). The sale is safe; please try again.</source>
        <translation>Что-то пошло не так ({0}). Продажа в сохранности; попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="94"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Введите число, например 2 или 0,250.</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <location filename="../../pos/ui/numpad.py" line="23"/>
        <source>Delete the last character</source>
        <translation>Удалить последний символ</translation>
    </message>
    <message>
        <location filename="../../pos/ui/numpad.py" line="25"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../pos/ui/numpad.py" line="26"/>
        <source>Clear the field</source>
        <translation>Очистить поле</translation>
    </message>
    <message>
        <location filename="../../pos/ui/numpad.py" line="30"/>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="52"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="72"/>
        <source>Cash received</source>
        <translation>Получено наличными</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="78"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="80"/>
        <source>Remove payment</source>
        <translation>Удалить платёж</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="95"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="97"/>
        <source>Cash (Enter)</source>
        <translation>Наличные (Enter)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="113"/>
        <source>Type the amount received, e.g. 50 or 12,30.</source>
        <translation>Введите полученную сумму, например 50 или 12,30.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="156"/>
        <source>To pay: {0}</source>
        <translation>К оплате: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="157"/>
        <source>Total {0}</source>
        <translation>Итого {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="159"/>
        <source>paid {0}</source>
        <translation>оплачено {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="161"/>
        <source>cash rounding {0}</source>
        <translation>округление наличных {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/payment_dialog.py" line="165"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="104"/>
        <source>Supervisor approval</source>
        <translation>Подтверждение старшего кассира</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="109"/>
        <source>Supervisor PIN</source>
        <translation>PIN старшего кассира</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="121"/>
        <source>Type the supervisor&apos;s PIN.</source>
        <translation>Введите PIN старшего кассира.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="136"/>
        <source>Other reason…</source>
        <translation>Другая причина…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/dialogs.py" line="148"/>
        <source>Choose or type a reason.</source>
        <translation>Выберите или введите причину.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="25"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="26"/>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="27"/>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="28"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="29"/>
        <source>Subtotal</source>
        <translation>Подытог</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="30"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="31"/>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="32"/>
        <source>TOTAL</source>
        <translation>ИТОГ</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="33"/>
        <source>Cash rounding</source>
        <translation>Округление</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="34"/>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="35"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="36"/>
        <source>Net</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="37"/>
        <source>Tax</source>
        <translation>Налог</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="38"/>
        <source>Gross</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="39"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="40"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="41"/>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="42"/>
        <source>COPY</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="43"/>
        <source>price changed</source>
        <translation>цена изменена</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="44"/>
        <source>marked item</source>
        <translation>маркированный товар</translation>
    </message>
    <message>
        <location filename="../../pos/services/receipt_builder.py" line="45"/>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../../pos/ui/receipt_preview.py" line="66"/>
        <source>Receipt (virtual printer)</source>
        <translation>Чек (виртуальный принтер)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/receipt_preview.py" line="73"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="78"/>
        <source>Scanners</source>
        <translation>Сканеры</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="85"/>
        <source>Scanners of this till</source>
        <translation>Сканеры этой кассы</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="94"/>
        <source>options, e.g. url=/dev/ttyACM0 baudrate=9600</source>
        <translation>параметры, напр. url=/dev/ttyACM0 baudrate=9600</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="95"/>
        <location filename="../../pos/ui/scanner_dialog.py" line="158"/>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="97"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="99"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="104"/>
        <source>Keyboard-wedge scanner on</source>
        <translation>Сканер-клавиатура включён</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="110"/>
        <source>{0} (missing libraries)</source>
        <translation>{0} (нет библиотек)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="114"/>
        <source>Kinds this till can run: {0}</source>
        <translation>Виды, доступные на этой кассе: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="117"/>
        <source>Only a manager can change the scanners; anyone can test them.</source>
        <translation>Менять сканеры может только менеджер; проверить их может любой.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="119"/>
        <source>Changes take effect when saved.</source>
        <translation>Изменения вступают в силу после сохранения.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="130"/>
        <source>Scan something now</source>
        <translation>Отсканируйте что-нибудь сейчас</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="132"/>
        <source>Waiting for a scan from any scanner…</source>
        <translation>Ожидание скана с любого сканера…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="138"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="141"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="157"/>
        <source>Keyboard wedge: {0} (keys ≤ {1} ms apart, at least {2} characters)</source>
        <translation>Сканер-клавиатура: {0} (клавиши через ≤ {1} мс, не менее {2} символов)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="158"/>
        <location filename="../../pos/ui/scanner_dialog.py" line="171"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="167"/>
        <source>not installed</source>
        <translation>не установлен</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="169"/>
        <source>missing libraries</source>
        <translation>нет библиотек</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="176"/>
        <source>bad options: {0}</source>
        <translation>неверные параметры: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="184"/>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="185"/>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="186"/>
        <source>disconnected, retrying</source>
        <translation>отключён, повторная попытка</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="187"/>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="188"/>
        <source>cannot start</source>
        <translation>не запускается</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="189"/>
        <source>not started</source>
        <translation>не запущен</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="200"/>
        <source>These options do not fit: {0}</source>
        <translation>Эти параметры не подходят: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="233"/>
        <source>Read from {0}:</source>
        <translation>Прочитано с {0}:</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="242"/>
        <source>Symbology</source>
        <translation>Символика</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="243"/>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="244"/>
        <source>Bytes</source>
        <translation>Байты</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="249"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="254"/>
        <source>product</source>
        <translation>товар</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="255"/>
        <source>customer promo code</source>
        <translation>промокод покупателя</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="256"/>
        <source>pickup code</source>
        <translation>код выдачи заказа</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="257"/>
        <source>receipt</source>
        <translation>чек</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="258"/>
        <source>unknown: nothing will happen</source>
        <translation>неизвестно: ничего не произойдёт</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="260"/>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="264"/>
        <source>Value</source>
        <translation>Значение кода</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="267"/>
        <source>Looked up as</source>
        <translation>Искали как</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="269"/>
        <source>GTIN-14</source>
        <translation>GTIN-14</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="271"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="273"/>
        <source>Label price</source>
        <translation>Цена с этикетки</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="277"/>
        <source>{0} — EXPIRED</source>
        <translation>{0} — ПРОСРОЧЕН</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="278"/>
        <source>Expiry</source>
        <translation>Срок годности</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="281"/>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="283"/>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location filename="../../pos/ui/scanner_dialog.py" line="285"/>
        <source>Marking code (kept verbatim)</source>
        <translation>Код маркировки (хранится дословно)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="36"/>
        <source>Find product</source>
        <translation>Поиск товара</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="48"/>
        <source>Name, SKU or barcode</source>
        <translation>Название, артикул или штрихкод</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="59"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="59"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="59"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="59"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="89"/>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="123"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="123"/>
        <source>pc</source>
        <translation>шт.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="135"/>
        <source>{0} products</source>
        <translation>Товаров: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="135"/>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../../pos/ui/main_window.py" line="115"/>
        <source>Scan a barcode or type to search  (3*code sells three)</source>
        <translation>Отсканируйте штрихкод или введите для поиска  (3*код — три штуки)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="162"/>
        <location filename="../../pos/ui/main_window.py" line="266"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="174"/>
        <source>Pay  F12</source>
        <translation>Оплата  F12</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="188"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="189"/>
        <location filename="../../pos/ui/main_window.py" line="499"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="190"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="191"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="192"/>
        <source>Park</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="193"/>
        <location filename="../../pos/ui/main_window.py" line="683"/>
        <source>Recall</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="194"/>
        <location filename="../../pos/ui/main_window.py" line="587"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="195"/>
        <location filename="../../pos/ui/main_window.py" line="613"/>
        <source>Void line</source>
        <translation>Сторно позиции</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="196"/>
        <location filename="../../pos/ui/main_window.py" line="629"/>
        <source>Void sale</source>
        <translation>Отмена чека</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="197"/>
        <source>Reprint</source>
        <translation>Копия чека</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="198"/>
        <source>Last receipt</source>
        <translation>Последний чек</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="199"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="210"/>
        <source>Pay</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="212"/>
        <source>Scanners: choose and test</source>
        <translation>Сканеры: выбор и проверка</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="245"/>
        <source>Items: {0}</source>
        <translation>Товаров: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="252"/>
        <source>Discounts: −{0}</source>
        <translation>Скидки: −{0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="258"/>
        <source>of which VAT: {0}</source>
        <translation>в т. ч. НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="260"/>
        <source>plus VAT: {0}</source>
        <translation>плюс НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="263"/>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="308"/>
        <source>Type it as quantity*barcode, e.g. 3*5901234123457.</source>
        <translation>Введите как количество*штрихкод, например 3*5901234123457.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="335"/>
        <source>A quantity goes only with a product&apos;s barcode.</source>
        <translation>Количество указывается только со штрихкодом товара.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="368"/>
        <source>Finish or cancel the payment before scanning more.</source>
        <translation>Завершите или отмените оплату, прежде чем сканировать дальше.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="378"/>
        <source>The label already says how much; scan it on its own.</source>
        <translation>На этикетке уже указано количество; сканируйте её без множителя.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="399"/>
        <source>Expired item</source>
        <translation>Просроченный товар</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="400"/>
        <source>{0} expired on {1}. Sell it anyway?</source>
        <translation>{0}: срок годности истёк {1}. Всё равно продать?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="406"/>
        <source>{0} expired on {1}: not sold.</source>
        <translation>{0}: срок годности истёк {1}; не продано.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="416"/>
        <source>voided</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="416"/>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="418"/>
        <source>Receipt {0} of {1}: {2} ({3}).</source>
        <translation>Чек {0} от {1}: {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="437"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="437"/>
        <source>Weight of {0} in kg</source>
        <translation>Вес товара «{0}» в кг</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="490"/>
        <source>Select a line first (arrow keys or tap).</source>
        <translation>Сначала выберите позицию (стрелки или касание).</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="500"/>
        <source>New quantity for {0}</source>
        <translation>Новое количество: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="523"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Старший кассир может подтвердить своим PIN.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="526"/>
        <source>Not approved; nothing was changed.</source>
        <translation>Не подтверждено; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="545"/>
        <source>Approved.</source>
        <translation>Подтверждено.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="551"/>
        <location filename="../../pos/ui/main_window.py" line="700"/>
        <source>Scan something first.</source>
        <translation>Сначала отсканируйте товар.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="588"/>
        <source>New unit price for {0}</source>
        <translation>Новая цена за единицу: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="601"/>
        <source>Customer changed their mind</source>
        <translation>Покупатель передумал</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="602"/>
        <source>Scanned by mistake</source>
        <translation>Отсканировано по ошибке</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="603"/>
        <source>Wrong price</source>
        <translation>Неверная цена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="604"/>
        <source>Damaged item</source>
        <translation>Повреждённый товар</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="614"/>
        <source>Why is line {0} voided?</source>
        <translation>Почему сторнируется позиция {0}?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="626"/>
        <source>There is nothing to void.</source>
        <translation>Нечего аннулировать.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="629"/>
        <source>Why is the whole sale voided?</source>
        <translation>Почему аннулируется весь чек?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="640"/>
        <source>Sale voided.</source>
        <translation>Чек аннулирован.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="653"/>
        <source>There is nothing to park.</source>
        <translation>Нечего откладывать.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="663"/>
        <source>Sale parked. Recall it with F6.</source>
        <translation>Чек отложен. Восстановите его клавишей F6.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="669"/>
        <source>Finish or park the current sale first.</source>
        <translation>Сначала завершите или отложите текущий чек.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="675"/>
        <source>No parked sales.</source>
        <translation>Нет отложенных чеков.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="682"/>
        <source>{0} — {1} lines</source>
        <translation>{0} — позиций: {1}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="683"/>
        <source>Choose a parked sale</source>
        <translation>Выберите отложенный чек</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="693"/>
        <source>Sale recalled.</source>
        <translation>Чек восстановлен.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="703"/>
        <source>Still looking up a scan; one moment.</source>
        <translation>Ещё ищем отсканированный код; минуту.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="726"/>
        <source>Receipt {0} saved.</source>
        <translation>Чек {0} сохранён.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="728"/>
        <source>Change: {0}</source>
        <translation>Сдача: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="739"/>
        <source>Sale not saved</source>
        <translation>Продажа не сохранена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="741"/>
        <source>The sale could not be saved ({0}). Retry now?</source>
        <translation>Не удалось сохранить продажу ({0}). Повторить сейчас?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="754"/>
        <source>Receipt reprinted.</source>
        <translation>Чек напечатан повторно.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="765"/>
        <source>No receipt printed yet.</source>
        <translation>Чеков ещё не печатали.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="782"/>
        <source>Receipt {0} was not printed: {1} The sale is saved; press F10 to reprint.</source>
        <translation>Чек {0} не напечатан: {1} Продажа сохранена; нажмите F10 для повторной печати.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="813"/>
        <source>Finish the payment before signing out.</source>
        <translation>Завершите оплату перед выходом.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../pos/ui/main_window.py" line="830"/>
        <source>{store} · till {till}</source>
        <translation>{store} · касса {till}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="834"/>
        <location filename="../../pos/ui/main_window.py" line="882"/>
        <source>Printer: ready</source>
        <translation>Принтер: готов</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="855"/>
        <source>Scanner: NOT CONNECTED — {0}</source>
        <translation>Сканер: НЕ ПОДКЛЮЧЁН — {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="857"/>
        <source>Scanner: connecting…</source>
        <translation>Сканер: подключение…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="860"/>
        <source>Scanners: ready ({0})</source>
        <translation>Сканеры: готовы ({0})</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="866"/>
        <source>cashier</source>
        <translation>кассир</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="867"/>
        <source>supervisor</source>
        <translation>старший кассир</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="868"/>
        <source>manager</source>
        <translation>управляющий</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="871"/>
        <source>Signed in: {0} ({1})</source>
        <translation>Вход выполнен: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="873"/>
        <source>Signed out</source>
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="877"/>
        <source>Waiting to sync: {0}</source>
        <translation>Ожидает синхронизации: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="883"/>
        <source>Printer: printing…</source>
        <translation>Принтер: печать…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="884"/>
        <source>Printer: PROBLEM — {0}</source>
        <translation>Принтер: ПРОБЛЕМА — {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="885"/>
        <source>Printer: no status reply</source>
        <translation>Принтер: нет ответа о состоянии</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="886"/>
        <source>Printer: OFFLINE</source>
        <translation>Принтер: НЕДОСТУПЕН</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="887"/>
        <source>Printer: OUT OF PAPER</source>
        <translation>Принтер: НЕТ БУМАГИ</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../pos/ui/app.py" line="51"/>
        <source>Omnitill — {0}</source>
        <translation>Omnitill — {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/app.py" line="53"/>
        <source>Starting the till…</source>
        <translation>Запуск кассы…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/app.py" line="86"/>
        <source>The till could not start: {0}</source>
        <translation>Не удалось запустить кассу: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/app.py" line="130"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
</TS>
