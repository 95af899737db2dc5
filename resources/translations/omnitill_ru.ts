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
    <name>RejectedRecordsDialog</name>
    <message>
        <location filename="../../pos/ui/rejected_dialog.py" line="41"/>
        <source>Records refused by the hub</source>
        <translation>Записи, отклонённые центральным сервером</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rejected_dialog.py" line="46"/>
        <source>The hub refused these records as invalid. They are kept here and do not hold up the others. Fix the cause at the hub, then send a record again.</source>
        <translation>Центральный сервер отклонил эти записи как неверные. Они хранятся здесь и не задерживают остальные. Устраните причину на сервере, затем отправьте запись снова.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rejected_dialog.py" line="54"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rejected_dialog.py" line="54"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rejected_dialog.py" line="54"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rejected_dialog.py" line="54"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rejected_dialog.py" line="64"/>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rejected_dialog.py" line="66"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rejected_dialog.py" line="79"/>
        <source>sale</source>
        <translation>продажа</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rejected_dialog.py" line="79"/>
        <source>voided sale</source>
        <translation>аннулированная продажа</translation>
    </message>
    <message>
        <location filename="../../pos/ui/rejected_dialog.py" line="92"/>
        <source>No refused records.</source>
        <translation>Отклонённых записей нет.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="40"/>
        <source>Find product</source>
        <translation>Поиск товара</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="52"/>
        <source>Name, SKU or barcode</source>
        <translation>Название, артикул или штрихкод</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="63"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="63"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="63"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="63"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="74"/>
        <source>Ctrl+E: stock of the selected product in every store</source>
        <translation>Ctrl+E: остаток выбранного товара во всех магазинах</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="101"/>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="135"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="135"/>
        <source>pc</source>
        <translation>шт.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="147"/>
        <source>{0} products</source>
        <translation>Товаров: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/search_dialog.py" line="147"/>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="47"/>
        <source>Stock of {0}</source>
        <translation>Остатки: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="53"/>
        <source>Asking the hub…</source>
        <translation>Запрос к центральному серверу…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="58"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="58"/>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="58"/>
        <source>Reserved</source>
        <translation>Зарезервировано</translation>
    </message>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="58"/>
        <source>Figure from</source>
        <translation>Данные от</translation>
    </message>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="64"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="74"/>
        <source>Live figures from the hub.</source>
        <translation>Текущие данные с центрального сервера.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="77"/>
        <source>Offline: figures as the till last heard them; see how old each is.</source>
        <translation>Нет связи: данные последней синхронизации; смотрите, насколько стара каждая цифра.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="81"/>
        <source>No stock figures known.</source>
        <translation>Данных об остатках нет.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="86"/>
        <source>{0} (this store)</source>
        <translation>{0} (этот магазин)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/stock_dialog.py" line="89"/>
        <source>{0} ({1} sold here, not yet synced)</source>
        <translation>{0} ({1} продано здесь, ещё не синхронизировано)</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="32"/>
        <source>Sync: starting…</source>
        <translation>Синхронизация: запуск…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="42"/>
        <source>Sync now  Ctrl+S</source>
        <translation>Синхронизировать  Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="52"/>
        <source>hub unreachable</source>
        <translation>сервер недоступен</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="53"/>
        <source>hub busy</source>
        <translation>сервер перегружен</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="54"/>
        <source>hub error</source>
        <translation>ошибка сервера</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="55"/>
        <location filename="../../pos/ui/sync_status.py" line="56"/>
        <source>hub answer refused</source>
        <translation>ответ сервера отклонён</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="57"/>
        <source>request refused</source>
        <translation>запрос отклонён</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="64"/>
        <source>last sync {0}</source>
        <translation>последняя синхронизация {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="66"/>
        <source>never synced</source>
        <translation>ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="70"/>
        <source>Not paired with a hub</source>
        <translation>Нет привязки к центральному серверу</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="73"/>
        <source>Device token file is not private: pair the till again</source>
        <translation>Файл токена устройства доступен другим: привяжите кассу заново</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="75"/>
        <source>The hub refused this till: pair it again</source>
        <translation>Сервер отклонил эту кассу: привяжите её заново</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="78"/>
        <source>Offline ({0}) · {1}</source>
        <translation>Нет связи ({0}) · {1}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="81"/>
        <source>Syncing… · {0}</source>
        <translation>Синхронизация… · {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="83"/>
        <source>Online · {0}</source>
        <translation>В сети · {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="89"/>
        <source>Refused by hub: {0}  Ctrl+R</source>
        <translation>Отклонено сервером: {0}  Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="98"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="98"/>
        <source>Stock</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="102"/>
        <source>about {0} s left</source>
        <translation>осталось около {0} с</translation>
    </message>
    <message>
        <location filename="../../pos/ui/sync_status.py" line="109"/>
        <source>{feed}: {done} of {total} · {eta}</source>
        <translation>{feed}: {done} из {total} · {eta}</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../../pos/ui/main_window.py" line="97"/>
        <source>Scan a barcode or type to search  (3*code sells three)</source>
        <translation>Отсканируйте штрихкод или введите для поиска  (3*код — три штуки)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="144"/>
        <location filename="../../pos/ui/main_window.py" line="251"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="156"/>
        <source>Pay  F12</source>
        <translation>Оплата  F12</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="170"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="171"/>
        <location filename="../../pos/ui/main_window.py" line="382"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="172"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="173"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="174"/>
        <source>Park</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="175"/>
        <location filename="../../pos/ui/main_window.py" line="566"/>
        <source>Recall</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="176"/>
        <location filename="../../pos/ui/main_window.py" line="470"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="177"/>
        <location filename="../../pos/ui/main_window.py" line="496"/>
        <source>Void line</source>
        <translation>Сторно позиции</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="178"/>
        <location filename="../../pos/ui/main_window.py" line="512"/>
        <source>Void sale</source>
        <translation>Отмена чека</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="179"/>
        <source>Reprint</source>
        <translation>Копия чека</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="180"/>
        <source>Last receipt</source>
        <translation>Последний чек</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="181"/>
        <source>Stock</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="182"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="193"/>
        <source>Pay</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="195"/>
        <source>Sync with the hub now</source>
        <translation>Синхронизировать с сервером сейчас</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="197"/>
        <source>Records refused by the hub (manager)</source>
        <translation>Записи, отклонённые сервером (управляющий)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="230"/>
        <source>Items: {0}</source>
        <translation>Товаров: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="237"/>
        <source>Discounts: −{0}</source>
        <translation>Скидки: −{0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="243"/>
        <source>of which VAT: {0}</source>
        <translation>в т. ч. НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="245"/>
        <source>plus VAT: {0}</source>
        <translation>плюс НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="248"/>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="293"/>
        <source>Type it as quantity*barcode, e.g. 3*5901234123457.</source>
        <translation>Введите как количество*штрихкод, например 3*5901234123457.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="323"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="323"/>
        <source>Weight of {0} in kg</source>
        <translation>Вес товара «{0}» в кг</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="373"/>
        <source>Select a line first (arrow keys or tap).</source>
        <translation>Сначала выберите позицию (стрелки или касание).</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="383"/>
        <source>New quantity for {0}</source>
        <translation>Новое количество: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="406"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Старший кассир может подтвердить своим PIN.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="409"/>
        <source>Not approved; nothing was changed.</source>
        <translation>Не подтверждено; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="428"/>
        <source>Approved.</source>
        <translation>Подтверждено.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="434"/>
        <location filename="../../pos/ui/main_window.py" line="583"/>
        <source>Scan something first.</source>
        <translation>Сначала отсканируйте товар.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="471"/>
        <source>New unit price for {0}</source>
        <translation>Новая цена за единицу: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="484"/>
        <source>Customer changed their mind</source>
        <translation>Покупатель передумал</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="485"/>
        <source>Scanned by mistake</source>
        <translation>Отсканировано по ошибке</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="486"/>
        <source>Wrong price</source>
        <translation>Неверная цена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="487"/>
        <source>Damaged item</source>
        <translation>Повреждённый товар</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="497"/>
        <source>Why is line {0} voided?</source>
        <translation>Почему сторнируется позиция {0}?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="509"/>
        <source>There is nothing to void.</source>
        <translation>Нечего аннулировать.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="512"/>
        <source>Why is the whole sale voided?</source>
        <translation>Почему аннулируется весь чек?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="523"/>
        <source>Sale voided.</source>
        <translation>Чек аннулирован.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="536"/>
        <source>There is nothing to park.</source>
        <translation>Нечего откладывать.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="546"/>
        <source>Sale parked. Recall it with F6.</source>
        <translation>Чек отложен. Восстановите его клавишей F6.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="552"/>
        <source>Finish or park the current sale first.</source>
        <translation>Сначала завершите или отложите текущий чек.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="558"/>
        <source>No parked sales.</source>
        <translation>Нет отложенных чеков.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="565"/>
        <source>{0} — {1} lines</source>
        <translation>{0} — позиций: {1}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="566"/>
        <source>Choose a parked sale</source>
        <translation>Выберите отложенный чек</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="576"/>
        <source>Sale recalled.</source>
        <translation>Чек восстановлен.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="586"/>
        <source>Still looking up a scan; one moment.</source>
        <translation>Ещё ищем отсканированный код; минуту.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="609"/>
        <source>Receipt {0} saved.</source>
        <translation>Чек {0} сохранён.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="611"/>
        <source>Change: {0}</source>
        <translation>Сдача: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="620"/>
        <source>Sale not saved</source>
        <translation>Продажа не сохранена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="622"/>
        <source>The sale could not be saved ({0}). Retry now?</source>
        <translation>Не удалось сохранить продажу ({0}). Повторить сейчас?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="635"/>
        <source>Receipt reprinted.</source>
        <translation>Чек напечатан повторно.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="646"/>
        <source>No receipt printed yet.</source>
        <translation>Чеков ещё не печатали.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="658"/>
        <source>Receipt {0} was not printed: {1} The sale is saved; press F10 to reprint.</source>
        <translation>Чек {0} не напечатан: {1} Продажа сохранена; нажмите F10 для повторной печати.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="670"/>
        <source>This till does not sync with a hub.</source>
        <translation>Эта касса не синхронизируется с сервером.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="677"/>
        <source>Syncing with the hub…</source>
        <translation>Синхронизация с сервером…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="705"/>
        <source>Only a manager can see records the hub refused.</source>
        <translation>Только управляющий может видеть записи, отклонённые сервером.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="723"/>
        <source>Finish the payment before signing out.</source>
        <translation>Завершите оплату перед выходом.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../pos/ui/main_window.py" line="740"/>
        <source>{store} · till {till}</source>
        <translation>{store} · касса {till}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="744"/>
        <location filename="../../pos/ui/main_window.py" line="772"/>
        <source>Printer: ready</source>
        <translation>Принтер: готов</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="756"/>
        <source>cashier</source>
        <translation>кассир</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="757"/>
        <source>supervisor</source>
        <translation>старший кассир</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="758"/>
        <source>manager</source>
        <translation>управляющий</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="761"/>
        <source>Signed in: {0} ({1})</source>
        <translation>Вход выполнен: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="763"/>
        <source>Signed out</source>
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="767"/>
        <source>Waiting to sync: {0}</source>
        <translation>Ожидает синхронизации: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="773"/>
        <source>Printer: printing…</source>
        <translation>Принтер: печать…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="774"/>
        <source>Printer: PROBLEM — {0}</source>
        <translation>Принтер: ПРОБЛЕМА — {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="775"/>
        <source>Printer: no status reply</source>
        <translation>Принтер: нет ответа о состоянии</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="776"/>
        <source>Printer: OFFLINE</source>
        <translation>Принтер: НЕДОСТУПЕН</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="777"/>
        <source>Printer: OUT OF PAPER</source>
        <translation>Принтер: НЕТ БУМАГИ</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../pos/ui/app.py" line="52"/>
        <source>Omnitill — {0}</source>
        <translation>Omnitill — {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/app.py" line="54"/>
        <source>Starting the till…</source>
        <translation>Запуск кассы…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/app.py" line="88"/>
        <source>The till could not start: {0}</source>
        <translation>Не удалось запустить кассу: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/app.py" line="143"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
</TS>
