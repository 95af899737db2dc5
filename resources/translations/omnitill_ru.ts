<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../pos/ui/camera_preview.py" line="113"/>
        <source>Opening the camera…</source>
        <translation>Подключение камеры…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/camera_preview.py" line="117"/>
        <source>The camera stopped sending pictures. Check its cable; the till keeps trying.</source>
        <translation>Камера перестала передавать изображение. Проверьте кабель; касса продолжает попытки.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/camera_preview.py" line="178"/>
        <source>No camera found. Connect a camera or choose another one in the scanner settings; the till keeps trying.</source>
        <translation>Камера не найдена. Подключите камеру или выберите другую в настройках сканера; касса продолжает попытки.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/camera_preview.py" line="120"/>
        <source>The camera is off.</source>
        <translation>Камера выключена.</translation>
    </message>
</context>
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
        <location filename="../../pos/ui/main_window.py" line="92"/>
        <source>Scan a barcode or type to search  (3*code sells three)</source>
        <translation>Отсканируйте штрихкод или введите для поиска  (3*код — три штуки)</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="139"/>
        <location filename="../../pos/ui/main_window.py" line="241"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="151"/>
        <source>Pay  F12</source>
        <translation>Оплата  F12</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="165"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="166"/>
        <location filename="../../pos/ui/main_window.py" line="371"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="167"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="168"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="169"/>
        <source>Park</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="170"/>
        <location filename="../../pos/ui/main_window.py" line="555"/>
        <source>Recall</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="171"/>
        <location filename="../../pos/ui/main_window.py" line="459"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="172"/>
        <location filename="../../pos/ui/main_window.py" line="485"/>
        <source>Void line</source>
        <translation>Сторно позиции</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="173"/>
        <location filename="../../pos/ui/main_window.py" line="501"/>
        <source>Void sale</source>
        <translation>Отмена чека</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="174"/>
        <source>Reprint</source>
        <translation>Копия чека</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="175"/>
        <source>Last receipt</source>
        <translation>Последний чек</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="176"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="187"/>
        <source>Pay</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="220"/>
        <source>Items: {0}</source>
        <translation>Товаров: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="227"/>
        <source>Discounts: −{0}</source>
        <translation>Скидки: −{0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="233"/>
        <source>of which VAT: {0}</source>
        <translation>в т. ч. НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="235"/>
        <source>plus VAT: {0}</source>
        <translation>плюс НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="238"/>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="283"/>
        <source>Type it as quantity*barcode, e.g. 3*5901234123457.</source>
        <translation>Введите как количество*штрихкод, например 3*5901234123457.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="313"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="313"/>
        <source>Weight of {0} in kg</source>
        <translation>Вес товара «{0}» в кг</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="362"/>
        <source>Select a line first (arrow keys or tap).</source>
        <translation>Сначала выберите позицию (стрелки или касание).</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="372"/>
        <source>New quantity for {0}</source>
        <translation>Новое количество: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="395"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Старший кассир может подтвердить своим PIN.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="398"/>
        <source>Not approved; nothing was changed.</source>
        <translation>Не подтверждено; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="417"/>
        <source>Approved.</source>
        <translation>Подтверждено.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="423"/>
        <location filename="../../pos/ui/main_window.py" line="572"/>
        <source>Scan something first.</source>
        <translation>Сначала отсканируйте товар.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="460"/>
        <source>New unit price for {0}</source>
        <translation>Новая цена за единицу: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="473"/>
        <source>Customer changed their mind</source>
        <translation>Покупатель передумал</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="474"/>
        <source>Scanned by mistake</source>
        <translation>Отсканировано по ошибке</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="475"/>
        <source>Wrong price</source>
        <translation>Неверная цена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="476"/>
        <source>Damaged item</source>
        <translation>Повреждённый товар</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="486"/>
        <source>Why is line {0} voided?</source>
        <translation>Почему сторнируется позиция {0}?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="498"/>
        <source>There is nothing to void.</source>
        <translation>Нечего аннулировать.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="501"/>
        <source>Why is the whole sale voided?</source>
        <translation>Почему аннулируется весь чек?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="512"/>
        <source>Sale voided.</source>
        <translation>Чек аннулирован.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="525"/>
        <source>There is nothing to park.</source>
        <translation>Нечего откладывать.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="535"/>
        <source>Sale parked. Recall it with F6.</source>
        <translation>Чек отложен. Восстановите его клавишей F6.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="541"/>
        <source>Finish or park the current sale first.</source>
        <translation>Сначала завершите или отложите текущий чек.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="547"/>
        <source>No parked sales.</source>
        <translation>Нет отложенных чеков.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="554"/>
        <source>{0} — {1} lines</source>
        <translation>{0} — позиций: {1}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="555"/>
        <source>Choose a parked sale</source>
        <translation>Выберите отложенный чек</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="565"/>
        <source>Sale recalled.</source>
        <translation>Чек восстановлен.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="575"/>
        <source>Still looking up a scan; one moment.</source>
        <translation>Ещё ищем отсканированный код; минуту.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="598"/>
        <source>Receipt {0} saved.</source>
        <translation>Чек {0} сохранён.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="600"/>
        <source>Change: {0}</source>
        <translation>Сдача: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="609"/>
        <source>Sale not saved</source>
        <translation>Продажа не сохранена</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="611"/>
        <source>The sale could not be saved ({0}). Retry now?</source>
        <translation>Не удалось сохранить продажу ({0}). Повторить сейчас?</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="624"/>
        <source>Receipt reprinted.</source>
        <translation>Чек напечатан повторно.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="635"/>
        <source>No receipt printed yet.</source>
        <translation>Чеков ещё не печатали.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="647"/>
        <source>Receipt {0} was not printed: {1} The sale is saved; press F10 to reprint.</source>
        <translation>Чек {0} не напечатан: {1} Продажа сохранена; нажмите F10 для повторной печати.</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="665"/>
        <source>Finish the payment before signing out.</source>
        <translation>Завершите оплату перед выходом.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../pos/ui/main_window.py" line="682"/>
        <source>{store} · till {till}</source>
        <translation>{store} · касса {till}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="686"/>
        <location filename="../../pos/ui/main_window.py" line="712"/>
        <source>Printer: ready</source>
        <translation>Принтер: готов</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="696"/>
        <source>cashier</source>
        <translation>кассир</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="697"/>
        <source>supervisor</source>
        <translation>старший кассир</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="698"/>
        <source>manager</source>
        <translation>управляющий</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="701"/>
        <source>Signed in: {0} ({1})</source>
        <translation>Вход выполнен: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="703"/>
        <source>Signed out</source>
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="707"/>
        <source>Waiting to sync: {0}</source>
        <translation>Ожидает синхронизации: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="713"/>
        <source>Printer: printing…</source>
        <translation>Принтер: печать…</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="714"/>
        <source>Printer: PROBLEM — {0}</source>
        <translation>Принтер: ПРОБЛЕМА — {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="715"/>
        <source>Printer: no status reply</source>
        <translation>Принтер: нет ответа о состоянии</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="716"/>
        <source>Printer: OFFLINE</source>
        <translation>Принтер: НЕДОСТУПЕН</translation>
    </message>
    <message>
        <location filename="../../pos/ui/main_window.py" line="717"/>
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
        <location filename="../../pos/ui/app.py" line="85"/>
        <source>The till could not start: {0}</source>
        <translation>Не удалось запустить кассу: {0}</translation>
    </message>
    <message>
        <location filename="../../pos/ui/app.py" line="129"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
</TS>
