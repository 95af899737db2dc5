<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../ui/features/discounts/approvals.py" line="28"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Старший кассир может подтвердить своим PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/approvals.py" line="32"/>
        <source>Not approved; nothing was changed.</source>
        <translation>Не подтверждено; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/approvals.py" line="51"/>
        <source>Approved.</source>
        <translation>Подтверждено.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="127"/>
        <source>Opening the camera…</source>
        <translation>Подключение камеры…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="131"/>
        <source>The camera stopped sending pictures. Check its cable; the till keeps trying.</source>
        <translation>Камера перестала передавать изображение. Проверьте кабель; касса продолжает попытки.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="134"/>
        <source>The camera is off.</source>
        <translation>Камера выключена.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="192"/>
        <source>No camera found. Connect a camera or choose another one in the scanner settings; the till keeps trying.</source>
        <translation>Камера не найдена. Подключите камеру или выберите другую в настройках сканера; касса продолжает попытки.</translation>
    </message>
</context>
<context>
    <name>CardTerminalMenu</name>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="45"/>
        <source>No card terminal is set up at this till.</source>
        <translation>К этой кассе не подключён платёжный терминал.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="48"/>
        <source>End of day: close the card batch and print its report</source>
        <translation>Закрытие дня: закрыть пакет карточных операций и напечатать отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="49"/>
        <source>Reverse the last card payment</source>
        <translation>Отменить последний платёж картой</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="50"/>
        <source>Check an unknown card payment with the terminal</source>
        <translation>Проверить в терминале платёж картой с неизвестным результатом</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="51"/>
        <source>Settle an unknown card payment by hand</source>
        <translation>Урегулировать вручную платёж картой с неизвестным результатом</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="54"/>
        <source>Card terminal</source>
        <translation>Платёжный терминал</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="55"/>
        <source>Manager functions of the card terminal</source>
        <translation>Функции менеджера для платёжного терминала</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="70"/>
        <source>The card terminal&apos;s functions need a manager.</source>
        <translation>Для функций платёжного терминала нужен менеджер.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="87"/>
        <source>End of day at the card terminal…</source>
        <translation>Закрытие дня на платёжном терминале…</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="93"/>
        <source>The terminal refused the end of day ({0}).</source>
        <translation>Терминал отказал в закрытии дня ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="100"/>
        <source>Card terminal: end of day</source>
        <translation>Платёжный терминал: закрытие дня</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="101"/>
        <location filename="../../ui/features/card_terminal/menu.py" line="126"/>
        <source>Card total</source>
        <translation>Итого по картам</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="107"/>
        <source>End of day done. Card total {0}.</source>
        <translation>День закрыт. Итого по картам {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="116"/>
        <source>The terminal did not reverse the payment ({0}).</source>
        <translation>Терминал не отменил платёж ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="125"/>
        <source>Card payment reversed</source>
        <translation>Платёж картой отменён</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="133"/>
        <source>Card payment of {0} reversed.</source>
        <translation>Платёж картой на {0} отменён.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="142"/>
        <source>No card payment is waiting to be checked.</source>
        <translation>Нет платежей картой, ожидающих проверки.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="159"/>
        <source>Settle a card payment</source>
        <translation>Урегулировать платёж картой</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="160"/>
        <source>What does the terminal&apos;s printout say about the payment of {0}?</source>
        <translation>Что говорит чек терминала о платеже на {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="163"/>
        <source>Approved: the customer was charged</source>
        <translation>Одобрен: деньги с клиента списаны</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="163"/>
        <source>Not charged</source>
        <translation>Не списано</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="180"/>
        <source>The card payment of {0} is settled as {1}.</source>
        <translation>Платёж картой на {0} урегулирован как: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="182"/>
        <source>charged</source>
        <translation>списан</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="182"/>
        <source>not charged</source>
        <translation>не списан</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="39"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="40"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="41"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="42"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="43"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="44"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="106"/>
        <source>Voided: {0}</source>
        <translation>Сторнировано: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="119"/>
        <source>{0} (voided)</source>
        <translation>{0} (сторно)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="121"/>
        <source>{0} (price changed)</source>
        <translation>{0} (цена изменена)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="123"/>
        <source>{0} (promo)</source>
        <translation>{0} (акция)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="127"/>
        <source>{0} kg</source>
        <translation>{0} кг</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="114"/>
        <source>Confirm the count</source>
        <translation>Подтвердить пересчёт</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="160"/>
        <source>Counted: type whole pieces in every field.</source>
        <translation>Посчитано: введите в каждое поле целое число штук.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="163"/>
        <source>Counted: {0}</source>
        <translation>Посчитано: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="165"/>
        <source>Expected: {0}</source>
        <translation>Ожидается: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="173"/>
        <source>Type how many pieces of each: whole numbers up to {0}.</source>
        <translation>Введите число штук каждого номинала: целые числа до {0}.</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="95"/>
        <source>The hub cannot be reached: the customer&apos;s history is not shown. The promo is honoured up to {0} and checked when the hub is back.</source>
        <translation>Сервер недоступен: история клиента не показана. Акция учитывается до {0} и будет проверена при восстановлении связи.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="134"/>
        <source>The customer was let go after a while without a sale change.</source>
        <translation>Клиент отвязан после долгого времени без изменений в продаже.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="142"/>
        <source>No customer: scan the customer&apos;s promo QR code first.</source>
        <translation>Нет клиента: сначала отсканируйте QR-код клиента.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="148"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="42"/>
        <source>placed</source>
        <translation>оформлен</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="43"/>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="44"/>
        <source>collected</source>
        <translation>получен</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="45"/>
        <source>delivered</source>
        <translation>доставлен</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="46"/>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="47"/>
        <source>returned</source>
        <translation>возвращён</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="48"/>
        <source>partly returned</source>
        <translation>частично возвращён</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="82"/>
        <source>Remove customer</source>
        <translation>Убрать клиента</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="100"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="105"/>
        <location filename="../../ui/features/customer/customer_panel.py" line="107"/>
        <source>When / where</source>
        <translation>Когда / где</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="105"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="107"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="107"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="107"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="124"/>
        <source>Viewed</source>
        <translation>Просмотренные</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="125"/>
        <source>Suggested here</source>
        <translation>Рекомендуем здесь</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="126"/>
        <source>Online cart</source>
        <translation>Онлайн-корзина</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="127"/>
        <source>Wishlist</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="128"/>
        <source>Searches</source>
        <translation>Поиски</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="129"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="159"/>
        <source>Customer (loading…)</source>
        <translation>Клиент (загрузка…)</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="163"/>
        <source>Asking the hub for the customer…</source>
        <translation>Запрашиваем данные клиента у центрального сервера…</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="171"/>
        <source>Code valid until {0}</source>
        <translation>Код действует до {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="176"/>
        <source>Promotion {0}</source>
        <translation>Акция {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="179"/>
        <source>{0} % off</source>
        <translation>скидка {0} %</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="181"/>
        <source>{0} off</source>
        <translation>скидка {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="194"/>
        <source>Customer (offline)</source>
        <translation>Клиент (нет связи)</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="196"/>
        <source>The hub cannot be reached: the customer&apos;s history is not available.</source>
        <translation>Нет связи с центральным сервером: история клиента недоступна.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="202"/>
        <source>{0} tier · {1} points · code uses left: {2}</source>
        <translation>уровень {0} · {1} баллов · осталось использований кода: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="214"/>
        <source>{0} pcs</source>
        <translation>{0} шт.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="224"/>
        <source>in stock here</source>
        <translation>есть в этом магазине</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="262"/>
        <source>Applied: −{0} on this sale.</source>
        <translation>Применено: −{0} в этой продаже.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="264"/>
        <source>Offline limit {0} reached.</source>
        <translation>Достигнут офлайн-лимит {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="266"/>
        <source>Not applied now: {0}</source>
        <translation>Сейчас не применено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="269"/>
        <source>(honoured offline up to {0}; checked when the hub is back)</source>
        <translation>(без связи учитывается до {0}; проверяется при восстановлении связи с сервером)</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="276"/>
        <source>the basket must reach {0}.</source>
        <translation>сумма корзины должна достичь {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="280"/>
        <source>the basket is under the minimum spend.</source>
        <translation>сумма корзины ниже минимальной.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="281"/>
        <source>nothing in the cart it applies to.</source>
        <translation>в корзине нет товаров, к которым она относится.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="282"/>
        <source>the promotion has not started.</source>
        <translation>акция ещё не началась.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="283"/>
        <source>the promotion has ended.</source>
        <translation>акция закончилась.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="284"/>
        <source>not valid in this store.</source>
        <translation>не действует в этом магазине.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="333"/>
        <source>here {0} · elsewhere {1}</source>
        <translation>здесь {0} · в других местах {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="341"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="158"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="158"/>
        <source>Give a discount</source>
        <translation>Предоставить скидку</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="160"/>
        <source>Selected line</source>
        <translation>Выбранная позиция</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="161"/>
        <source>Whole sale</source>
        <translation>Весь чек</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="171"/>
        <source>Percent %</source>
        <translation>Процент %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="172"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="194"/>
        <source>Type a discount greater than zero.</source>
        <translation>Введите скидку больше нуля.</translation>
    </message>
</context>
<context>
    <name>Discounts</name>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="37"/>
        <source>Scan something first.</source>
        <translation>Сначала отсканируйте товар.</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="76"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="77"/>
        <source>New unit price for {0}</source>
        <translation>Новая цена за единицу: {0}</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../../domain/errors.py" line="22"/>
        <source>The operation is not allowed.</source>
        <translation>Операция не разрешена.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="51"/>
        <source>Currency {left} cannot be combined with {right}.</source>
        <translation>Валюту {left} нельзя сочетать с {right}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="64"/>
        <source>The quantity {quantity} is not valid.</source>
        <translation>Количество {quantity} недопустимо.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="72"/>
        <source>The quantity must be more than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="77"/>
        <source>This item is sold by the piece; {quantity} is not a whole number.</source>
        <translation>Этот товар продаётся поштучно; {quantity} — не целое число.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="84"/>
        <source>A weight has at most three decimals (grams); {quantity} has more.</source>
        <translation>Вес указывается не более чем с тремя знаками после запятой (граммы); у {quantity} больше.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="91"/>
        <source>The quantity {quantity} exceeds the limit {limit}.</source>
        <translation>Количество {quantity} превышает предел {limit}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="104"/>
        <source>There is no line {line_no} on this sale.</source>
        <translation>В этом чеке нет позиции {line_no}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="112"/>
        <source>Line {line_no} is already voided.</source>
        <translation>Позиция {line_no} уже сторнирована.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="120"/>
        <source>The price {price} is not valid.</source>
        <translation>Цена {price} недопустима.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="128"/>
        <source>Please give a reason.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="141"/>
        <source>The discount {discount} is not valid.</source>
        <translation>Скидка {discount} недопустима.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="149"/>
        <source>A discount must be more than zero.</source>
        <translation>Скидка должна быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="154"/>
        <source>A discount cannot exceed 100 %.</source>
        <translation>Скидка не может превышать 100 %.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="159"/>
        <source>The discount {discount} is more than the amount {amount} it applies to.</source>
        <translation>Скидка {discount} больше суммы {amount}, к которой она применяется.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="174"/>
        <source>A {role} may not do this ({action}) without a supervisor&apos;s approval.</source>
        <translation>Роль {role} не может выполнить это ({action}) без подтверждения старшего кассира.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="186"/>
        <source>A {role} may give at most {limit} % discount; this is {percent} %.</source>
        <translation>Роль {role} может дать скидку не более {limit} %; здесь {percent} %.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="198"/>
        <source>The approval by a {role} does not cover this action ({action}).</source>
        <translation>Подтверждение роли {role} не распространяется на это действие ({action}).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="208"/>
        <source>This sale is {state} and cannot be changed.</source>
        <translation>Эта продажа в состоянии {state} и не может быть изменена.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="216"/>
        <source>The sale has no items.</source>
        <translation>В чеке нет товаров.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="226"/>
        <source>Payment has started; remove the payments before changing the sale.</source>
        <translation>Оплата уже начата; удалите платежи, прежде чем менять чек.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="239"/>
        <source>The payment amount {amount} is not valid.</source>
        <translation>Сумма платежа {amount} недопустима.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="249"/>
        <source>The payment {amount} is more than the {due} left to pay.</source>
        <translation>Платёж {amount} больше остатка к оплате {due}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="259"/>
        <source>There is no payment {tender_id} on this sale.</source>
        <translation>В этом чеке нет платежа {tender_id}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="267"/>
        <source>{paid} paid of {due} due; {balance} is still to pay.</source>
        <translation>Оплачено {paid} из {due}; осталось оплатить {balance}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="280"/>
        <source>The stored sale document is invalid: {problem}.</source>
        <translation>Сохранённый документ продажи повреждён: {problem}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="288"/>
        <source>{barcode} is not a valid barcode.</source>
        <translation>{barcode} — неверный штрихкод.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="296"/>
        <source>The weight or price in label {barcode} does not check out; weigh the item again.</source>
        <translation>Вес или цена на этикетке {barcode} не сходятся; взвесьте товар заново.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="310"/>
        <source>This label layout cannot be used.</source>
        <translation>Этот макет этикетки нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="315"/>
        <source>Label prefixes are two digits from 20 to 29, e.g. 27, 28.</source>
        <translation>Префиксы этикеток — две цифры от 20 до 29, например 27, 28.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="322"/>
        <source>The layout uses {used} digits; an EAN-13 code has 13.</source>
        <translation>Макет занимает {used} цифр; в коде EAN-13 их 13.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="332"/>
        <source>A check digit before the value needs a value of 4 or 5 digits.</source>
        <translation>Контрольной цифре перед значением нужно значение из 4 или 5 цифр.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="339"/>
        <source>The value has fewer digits than decimals.</source>
        <translation>В значении меньше цифр, чем знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="344"/>
        <source>The code {barcode} could not be read as a GS1 code; scan it again.</source>
        <translation>Код {barcode} не читается как код GS1; отсканируйте его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="354"/>
        <source>{name} is sold by the piece; a weight label cannot sell it.</source>
        <translation>{name} продаётся поштучно; по весовой этикетке его продать нельзя.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="364"/>
        <source>This marked item is already in the sale (line {line_no}).</source>
        <translation>Этот маркированный товар уже есть в продаже (строка {line_no}).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="374"/>
        <source>A marked item is sold one at a time: scan each item&apos;s own code.</source>
        <translation>Маркированный товар продаётся по одному: сканируйте код каждой единицы.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="386"/>
        <source>This user cannot be added.</source>
        <translation>Этого пользователя нельзя добавить.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="391"/>
        <source>Type the user&apos;s name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="396"/>
        <source>The PIN must contain digits only.</source>
        <translation>PIN должен состоять только из цифр.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="401"/>
        <source>The PIN must be 4 to 8 digits long.</source>
        <translation>PIN должен содержать от 4 до 8 цифр.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="406"/>
        <source>This PIN is already used by another user; choose another.</source>
        <translation>Этот PIN уже использует другой пользователь; выберите другой.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="413"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>PIN-коды не совпадают; введите один и тот же PIN дважды.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="420"/>
        <source>This till has users already; a manager adds new ones.</source>
        <translation>У этой кассы уже есть пользователи; новых добавляет менеджер.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="430"/>
        <source>The till knows no banknotes and coins of {currency} to count.</source>
        <translation>Касса не знает банкнот и монет {currency} для пересчёта.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="440"/>
        <source>{value} cannot be part of a drawer count.</source>
        <translation>{value} не может входить в пересчёт денежного ящика.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="448"/>
        <source>{amount} is not an amount of cash this can move.</source>
        <translation>{amount} — недопустимая сумма наличных для этой операции.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="456"/>
        <source>No shift is open on this till: open one first.</source>
        <translation>На этой кассе нет открытой смены: сначала откройте её.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="464"/>
        <source>A shift is already open on this till.</source>
        <translation>На этой кассе уже открыта смена.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="472"/>
        <source>The cash record {record} is in the shift already.</source>
        <translation>Кассовая запись {record} уже есть в смене.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="480"/>
        <source>Count the drawer before closing the shift.</source>
        <translation>Пересчитайте денежный ящик перед закрытием смены.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="488"/>
        <source>Cash went in or out after the drawer was counted: count it again.</source>
        <translation>После пересчёта ящика наличные вносились или выдавались: пересчитайте снова.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="498"/>
        <source>The counted cash is {variance} off the expected: a supervisor must approve the close.</source>
        <translation>Пересчитанные наличные отличаются от ожидаемых на {variance}: закрытие должен подтвердить старший кассир.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="509"/>
        <source>Finish or void the open and parked sales first ({count}).</source>
        <translation>Сначала завершите или аннулируйте открытые и отложенные чеки ({count}).</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="11"/>
        <source>Unknown barcode {barcode}: no product has it.</source>
        <translation>Неизвестный штрихкод {barcode}: такого товара нет.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="19"/>
        <source>That PIN does not belong to a {role} or higher. Nothing was changed.</source>
        <translation>Этот PIN не принадлежит роли {role} или выше. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="43"/>
        <source>There is no receipt to reprint yet.</source>
        <translation>Пока нет чека для повторной печати.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="48"/>
        <source>That parked sale was already recalled.</source>
        <translation>Этот отложенный чек уже восстановлен.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="53"/>
        <source>Printer problem: {detail} The sale is saved; reprint when the printer is back.</source>
        <translation>Проблема с принтером: {detail} Продажа сохранена; напечатайте повторно, когда принтер заработает.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="64"/>
        <source>Too many wrong PINs. Try again in {seconds} seconds or ask a manager.</source>
        <translation>Слишком много неверных PIN. Повторите через {seconds} с или обратитесь к управляющему.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="77"/>
        <source>Pickup codes are not supported by this till yet. Nothing changed.</source>
        <translation>Эта касса пока не поддерживает коды выдачи заказов. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="84"/>
        <source>The scanned code is not a product or a code this till knows: {code}</source>
        <translation>Отсканированный код — не товар и не код, известный этой кассе: {code}</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="94"/>
        <source>No receipt of this till has the id {sale_id}.</source>
        <translation>Ни у одного чека этой кассы нет идентификатора {sale_id}.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="102"/>
        <source>No card terminal is set up at this till.</source>
        <translation>К этой кассе не подключён платёжный терминал.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="107"/>
        <source>A card payment of {amount} has an unknown outcome. Check it with the terminal (or a manager settles it) before taking another card payment.</source>
        <translation>У платежа картой на {amount} неизвестный результат. Проверьте его в терминале (или пусть менеджер его урегулирует), прежде чем принимать новый платёж картой.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="119"/>
        <source>The card terminal cannot be reached ({detail}). Nothing was charged.</source>
        <translation>Платёжный терминал недоступен ({detail}). Ничего не списано.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="129"/>
        <source>The terminal could not say what became of the payment ({detail}). Try again, or a manager settles it from the terminal&apos;s printout.</source>
        <translation>Терминал не смог сообщить результат платежа ({detail}). Попробуйте ещё раз или пусть менеджер урегулирует его по чеку терминала.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="141"/>
        <source>There is no approved card payment to reverse.</source>
        <translation>Нет одобренного платежа картой для отмены.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="151"/>
        <source>This promo code cannot be used. Nothing changed.</source>
        <translation>Этот промокод нельзя использовать. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="156"/>
        <source>This QR code is far too long to be a promo code. Nothing changed.</source>
        <translation>Этот QR-код слишком длинный для промокода. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="163"/>
        <source>This promo code is damaged or incomplete (scan it again, or ask the customer to open it again). Nothing changed.</source>
        <translation>Этот промокод повреждён или неполон (отсканируйте его ещё раз или попросите клиента открыть его заново). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="172"/>
        <source>This promo code is of a newer kind than this till reads. Nothing changed.</source>
        <translation>Этот промокод более нового формата, чем читает эта касса. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="179"/>
        <source>This promo code was signed with a key the till does not know (key {key_id}): sync with the hub and scan again. Nothing changed.</source>
        <translation>Этот промокод подписан ключом, которого касса не знает (ключ {key_id}): синхронизируйтесь с сервером и отсканируйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="191"/>
        <source>This promo code is forged or altered: its signature does not match. Nothing changed.</source>
        <translation>Этот промокод подделан или изменён: подпись не совпадает. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="199"/>
        <source>This QR code is a genuine code, but not a promo code. Nothing changed.</source>
        <translation>Этот QR-код подлинный, но это не промокод. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="206"/>
        <source>This promo code is valid from {when} only. Nothing changed.</source>
        <translation>Этот промокод действует только с {when}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="216"/>
        <source>This promo code expired on {when}. Nothing changed.</source>
        <translation>Срок действия этого промокода истёк {when}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="226"/>
        <source>This promo code is valid in {stores} only, not here. Nothing changed.</source>
        <translation>Этот промокод действует только в {stores}, не здесь. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="236"/>
        <source>This promo code has already been used. Nothing changed.</source>
        <translation>Этот промокод уже использован. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="243"/>
        <source>This customer has withdrawn consent to share their data: the code cannot be used at the till. Nothing changed.</source>
        <translation>Этот клиент отозвал согласие на передачу своих данных: код нельзя использовать на кассе. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="252"/>
        <source>The promotion of this code is over or was withdrawn. Nothing changed.</source>
        <translation>Акция этого кода закончилась или отменена. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="259"/>
        <source>The till has not received the hub&apos;s keys yet, so it cannot check promo codes: sync with the hub and scan again. Nothing changed.</source>
        <translation>Касса ещё не получила ключи от сервера и не может проверять промокоды: синхронизируйтесь и отсканируйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="268"/>
        <source>The till does not know this code&apos;s promotion yet and the hub cannot be reached. Nothing changed.</source>
        <translation>Касса ещё не знает акцию этого кода, а сервер недоступен. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="277"/>
        <source>The hub cannot be reached, so the customer&apos;s history cannot be shown and this code cannot be honoured offline here. Nothing changed.</source>
        <translation>Сервер недоступен: историю клиента показать нельзя, а этот код здесь нельзя принять без связи. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="286"/>
        <source>A customer is already attached to this sale: remove them in the customer panel first. Nothing changed.</source>
        <translation>К этой продаже уже привязан клиент: сначала уберите его в панели клиента. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="295"/>
        <source>{name} is not in this till&apos;s catalog (yet): sync with the hub, or scan it. Nothing changed.</source>
        <translation>{name} (пока) нет в каталоге этой кассы: синхронизируйтесь с сервером или отсканируйте товар. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="49"/>
        <source>Order {number} is closed (collected, cancelled or expired): it can no longer be changed. Nothing changed.</source>
        <translation>Заказ {number} закрыт (выдан, отменён или просрочен): его уже нельзя изменить. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="61"/>
        <source>That step is not possible for order {number} in its present state.</source>
        <translation>Этот шаг невозможен для заказа {number} в его текущем состоянии.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="71"/>
        <source>{name} is not in this order. Put it back; nothing was picked.</source>
        <translation>{name} нет в этом заказе. Верните на место; ничего не собрано.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="81"/>
        <source>{name}: the order has {ordered}, {picked} picked already. Not added.</source>
        <translation>{name}: в заказе {ordered}, уже собрано {picked}. Не добавлено.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="91"/>
        <source>{count} line(s) are neither picked nor marked short. Pick them or mark them short.</source>
        <translation>Позиции ({count}) не собраны и не отмечены как нехватка. Соберите их или отметьте нехватку.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="216"/>
        <source>{name}: only {left} can still be returned from this order. Nothing changed.</source>
        <translation>{name}: из этого заказа можно вернуть ещё только {left}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="226"/>
        <source>Choose what the customer brings back first.</source>
        <translation>Сначала выберите, что покупатель возвращает.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="231"/>
        <source>Order {number} was not collected: there is nothing to take back.</source>
        <translation>Заказ {number} не был выдан: принимать обратно нечего.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="11"/>
        <source>No pickup order {key} at this store.</source>
        <translation>В этом магазине нет заказа на выдачу {key}.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="19"/>
        <source>Order {number} is being handled at till {till}. Nothing changed here.</source>
        <translation>Заказ {number} обрабатывается на кассе {till}. Здесь ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="29"/>
        <source>Checking a typed pickup code needs the hub, which cannot be reached now. Nothing was handed over; try again when the till is back online.</source>
        <translation>Для проверки введённого кода выдачи нужен центральный сервер, он сейчас недоступен. Ничего не выдано; повторите, когда касса снова будет онлайн.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="38"/>
        <source>No order has this pickup code and surname. Check both with the customer.</source>
        <translation>Нет заказа с таким кодом выдачи и фамилией. Проверьте оба с покупателем.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="46"/>
        <source>This order is for pickup at {store}, not at this store.</source>
        <translation>Этот заказ нужно получить в {store}, а не в этом магазине.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="56"/>
        <source>Order {number} cannot be handed over now: it is not ready yet, or already closed.</source>
        <translation>Заказ {number} сейчас нельзя выдать: он ещё не готов или уже закрыт.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="67"/>
        <source>The hub refused this step for order {number} ({reason}). This till now shows the order as the hub has it.</source>
        <translation>Центральный сервер отклонил этот шаг для заказа {number} ({reason}). Касса теперь показывает заказ так, как он записан на сервере.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="79"/>
        <source>Order {number} was cancelled by the web shop. Stop picking and put the items back.</source>
        <translation>Заказ {number} отменён интернет-магазином. Прекратите сборку и верните товары на место.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="90"/>
        <source>This is not a valid pickup QR code (damaged, altered, or not one of ours). Nothing changed; ask for the typed pickup code instead.</source>
        <translation>Это недействительный QR-код выдачи (повреждён, изменён или не наш). Ничего не изменено; попросите код выдачи для ввода.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="99"/>
        <source>This till cannot check this pickup QR code yet (the hub&apos;s new key has not reached it). Sync with the hub (Ctrl+S) or use the typed pickup code.</source>
        <translation>Эта касса пока не может проверить этот QR-код выдачи (новый ключ сервера до неё не дошёл). Синхронизируйтесь с сервером (Ctrl+S) или используйте код выдачи.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="108"/>
        <source>This pickup QR code has expired: the order was not collected in time.</source>
        <translation>Срок действия этого QR-кода выдачи истёк: заказ не забрали вовремя.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="116"/>
        <source>Too many wrong pickup codes from this till: wait a few minutes, or scan the customer&apos;s pickup QR code.</source>
        <translation>Слишком много неверных кодов выдачи с этой кассы: подождите несколько минут или отсканируйте QR-код выдачи покупателя.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="31"/>
        <source>Too many wrong approval PINs. Approvals are locked for {seconds} seconds; a manager will be told.</source>
        <translation>Слишком много неверных PIN-кодов подтверждения. Подтверждения заблокированы на {seconds} с; менеджер будет уведомлён.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="27"/>
        <source>{name}: only {left} can still be returned from this sale. Nothing changed.</source>
        <translation>{name}: из этой продажи можно вернуть ещё только {left}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="37"/>
        <source>Sale {sale} was priced net of tax; this till takes back gross-priced sales only.</source>
        <translation>Продажа {sale} была в ценах без налога; эта касса принимает возвраты только продаж в ценах с налогом.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="48"/>
        <source>Sale {sale} was paid in {currency}; this till refunds in {till}.</source>
        <translation>Продажа {sale} оплачена в {currency}; эта касса возвращает в {till}.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="197"/>
        <source>The exchange&apos;s credit of {credit} is not on the sale. Nothing was recorded.</source>
        <translation>Зачёта по обмену {credit} нет в продаже. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="11"/>
        <source>No sale {wanted} was found at this till or at the hub. Check the receipt number.</source>
        <translation>Продажа {wanted} не найдена ни в этой кассе, ни в центре. Проверьте номер чека.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="22"/>
        <source>Sale {sale} was voided: nothing was paid, so nothing can come back.</source>
        <translation>Продажа {sale} аннулирована: ничего не оплачено, возвращать нечего.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="32"/>
        <source>This is the slip of a return: a return cannot be taken back again.</source>
        <translation>Это чек возврата: возврат нельзя вернуть ещё раз.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="39"/>
        <source>The hub cannot be reached to check other tills&apos; returns: at most {cap} can be refunded now. Nothing changed.</source>
        <translation>Нет связи с центром, чтобы проверить возвраты других касс: сейчас можно вернуть не более {cap}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../domain/no_receipt_return.py" line="27"/>
        <source>Without a receipt at most {cap} can be refunded in one return. Nothing changed.</source>
        <translation>Без чека за один возврат можно вернуть не более {cap}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../domain/no_receipt_return.py" line="40"/>
        <source>A return without a receipt needs a supervisor&apos;s PIN.</source>
        <translation>Для возврата без чека нужен PIN старшего кассира.</translation>
    </message>
    <message>
        <location filename="../../domain/no_receipt_return.py" line="50"/>
        <source>This store prices net of tax: a return without a receipt cannot tell what was paid.</source>
        <translation>В этом магазине цены без НДС: при возврате без чека неизвестно, сколько было уплачено.</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <location filename="../../ui/login.py" line="180"/>
        <source>The first manager</source>
        <translation>Первый менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="189"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="190"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FirstManagerForm</name>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="21"/>
        <source>This till has no users yet. Add its first manager: they sign in with this PIN and add the other users.</source>
        <translation>У этой кассы ещё нет пользователей. Добавьте первого менеджера: он входит с этим PIN и добавляет остальных пользователей.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="34"/>
        <source>4 to 8 digits</source>
        <translation>от 4 до 8 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="35"/>
        <source>Manager&apos;s name</source>
        <translation>Имя менеджера</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="36"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="37"/>
        <source>PIN again</source>
        <translation>PIN ещё раз</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="129"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="130"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>Setting up the till</source>
        <translation>Настройка кассы</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Connect to the store&apos;s hub (central system)</source>
        <translation>Подключить к серверу магазина (центральная система)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="140"/>
        <source>No hub: a till on its own</source>
        <translation>Без сервера: автономная касса</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="141"/>
        <source>Demo: try the till with a demo store</source>
        <translation>Демо: попробовать кассу с демо-магазином</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="152"/>
        <source>from the hub&apos;s manager</source>
        <translation>у администратора сервера</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="153"/>
        <source>Hub address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="154"/>
        <source>Pairing code</source>
        <translation>Код привязки</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="157"/>
        <source>Where does this till belong?</source>
        <translation>К чему относится эта касса?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="170"/>
        <source>Asking the hub…</source>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="180"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="181"/>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="182"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="183"/>
        <source>Hub</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="186"/>
        <source>The pairing code is used now. If this is not your store or till, cancel and ask the hub&apos;s manager for a new code.</source>
        <translation>Код привязки уже использован. Если это не ваш магазин или касса, отмените и попросите у администратора сервера новый код.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="192"/>
        <source>Is this the right store and till?</source>
        <translation>Это правильный магазин и касса?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="203"/>
        <source>Print a test page</source>
        <translation>Напечатать тестовую страницу</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="208"/>
        <source>Check the terminal</source>
        <translation>Проверить терминал</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="213"/>
        <source>Receipt printer</source>
        <translation>Чековый принтер</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Card terminal</source>
        <translation>Платёжный терминал</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="223"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="249"/>
        <source>Scanners</source>
        <translation>Сканеры</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="268"/>
        <source>Looking for the till&apos;s users…</source>
        <translation>Ищу пользователей кассы…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="276"/>
        <source>The first manager</source>
        <translation>Первый менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="278"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="309"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="310"/>
        <source>Test page: the printer works.</source>
        <translation>Тестовая страница: принтер работает.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="313"/>
        <source>Printed on {0}.</source>
        <translation>Напечатано на: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="314"/>
        <source>Not printed: {0}</source>
        <translation>Не напечатано: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="321"/>
        <source>Asking the terminal…</source>
        <translation>Запрос к терминалу…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="325"/>
        <source>No card terminal: cash only.</source>
        <translation>Нет платёжного терминала: только наличные.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="327"/>
        <source>The terminal is ready.</source>
        <translation>Терминал готов.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="330"/>
        <source>The terminal answers but is not ready: {0}</source>
        <translation>Терминал отвечает, но не готов: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="339"/>
        <source>The terminal does not answer: {0}</source>
        <translation>Терминал не отвечает: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="351"/>
        <source>Saving the set-up…</source>
        <translation>Сохранение настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="377"/>
        <source>That is not a hub address: write it as http://host:port.</source>
        <translation>Это не адрес сервера: введите его как http://host:port.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="379"/>
        <source>The hub cannot be reached at that address. Check the address and the network, then try again.</source>
        <translation>Сервер недоступен по этому адресу. Проверьте адрес и сеть, затем повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="383"/>
        <source>The hub does not know this pairing code. Check it, or ask for a new one.</source>
        <translation>Сервер не знает этот код привязки. Проверьте его или попросите новый.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="386"/>
        <source>This pairing code was used already. Ask the hub&apos;s manager for a new one.</source>
        <translation>Этот код привязки уже использован. Попросите у администратора сервера новый.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="389"/>
        <source>This pairing code has expired. Ask the hub&apos;s manager for a new one.</source>
        <translation>Срок действия этого кода привязки истёк. Попросите у администратора сервера новый.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="392"/>
        <source>The hub refused: {0}</source>
        <translation>Сервер отказал: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="395"/>
        <source>Not saved: {0}. Nothing was written; try again.</source>
        <translation>Не сохранено: {0}. Ничего не записано; попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="44"/>
        <source>In the bags</source>
        <translation>В пакетах</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="44"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="44"/>
        <source>Customer takes it</source>
        <translation>Покупатель берёт</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="58"/>
        <source>Back to the queue</source>
        <translation>Назад к очереди</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="75"/>
        <source>Checking the code with the hub…</source>
        <translation>Проверка кода на сервере…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="109"/>
        <source>Handover {0} · {1} {2} · {3} bag(s)</source>
        <translation>Выдача {0} · {1} {2} · пакетов: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="120"/>
        <source>{0} (instead of {1})</source>
        <translation>{0} (вместо {1})</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="122"/>
        <source>{0} (not available)</source>
        <translation>{0} (нет в наличии)</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="134"/>
        <source>Hand over</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="136"/>
        <source>Take payment and hand over</source>
        <translation>Принять оплату и выдать</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="169"/>
        <source>Paid online: {0}</source>
        <translation>Оплачено онлайн: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="171"/>
        <source>To pay now: {0}</source>
        <translation>К оплате сейчас: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="179"/>
        <source>Nothing is being handed over.</source>
        <translation>Ничего не выдаётся.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="208"/>
        <source>Order {0} handed over; the hub will hear of it when the till is back online.</source>
        <translation>Заказ {0} выдан; сервер узнает об этом, когда касса снова будет онлайн.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="211"/>
        <source>Order {0} handed over.</source>
        <translation>Заказ {0} выдан.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="219"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="229"/>
        <source>Type a quantity and * before a barcode to sell several (3*5901234123457).</source>
        <translation>Введите количество и * перед штрихкодом, чтобы продать несколько (3*5901234123457).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="233"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LabelLayoutsEditor</name>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="59"/>
        <source>Add a layout</source>
        <translation>Добавить макет</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="61"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="65"/>
        <source>e.g. 27, 28</source>
        <translation>например 27, 28</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="68"/>
        <source>weight (kg)</source>
        <translation>вес (кг)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="69"/>
        <source>price</source>
        <translation>цену</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="72"/>
        <source>A check digit before the value</source>
        <translation>Контрольная цифра перед значением</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="77"/>
        <source>Scan or type a label&apos;s 13 digits</source>
        <translation>Отсканируйте или введите 13 цифр этикетки</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="89"/>
        <source>Prefixes</source>
        <translation>Префиксы</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="90"/>
        <source>Item code digits</source>
        <translation>Цифры кода товара</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="91"/>
        <source>The label carries</source>
        <translation>Этикетка содержит</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="92"/>
        <source>Value digits</source>
        <translation>Цифры значения</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="93"/>
        <source>Of them decimals</source>
        <translation>Из них после запятой</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="95"/>
        <source>Digits</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="96"/>
        <source>Try a label</source>
        <translation>Проверить этикетку</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="107"/>
        <source>No scale labels: codes 20-29 are looked up like any other barcode.</source>
        <translation>Нет весовых этикеток: коды 20-29 ищутся как любой другой штрихкод.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="143"/>
        <source>{0}: item {1} digits, price {2} digits</source>
        <translation>{0}: товар {1} цифр, цена {2} цифр</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="146"/>
        <source>{0}: item {1} digits, weight {2} digits</source>
        <translation>{0}: товар {1} цифр, вес {2} цифр</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="198"/>
        <source>I item code, W weight: {0} is {1} kg, K check digit</source>
        <translation>I код товара, W вес: {0} — это {1} кг, K контрольная цифра</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="200"/>
        <source>I item code, P price: {0} is {1}, K check digit</source>
        <translation>I код товара, P цена: {0} — это {1}, K контрольная цифра</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="203"/>
        <source>, C the value&apos;s check digit</source>
        <translation>, C контрольная цифра значения</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="218"/>
        <source>Not a 13-digit code with one of these prefixes.</source>
        <translation>Это не 13-значный код с одним из этих префиксов.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="225"/>
        <source>Item {0}, {1} kg</source>
        <translation>Товар {0}, {1} кг</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="227"/>
        <source>Item {0}, price {1}</source>
        <translation>Товар {0}, цена {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="239"/>
        <source>Scale label {0}: {1}</source>
        <translation>Весовая этикетка {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Lines</name>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="44"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="45"/>
        <source>New quantity for {0}</source>
        <translation>Новое количество: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="65"/>
        <source>Customer changed their mind</source>
        <translation>Покупатель передумал</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="66"/>
        <source>Scanned by mistake</source>
        <translation>Отсканировано по ошибке</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="67"/>
        <source>Wrong price</source>
        <translation>Неверная цена</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="68"/>
        <source>Damaged item</source>
        <translation>Повреждённый товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="77"/>
        <source>Void line</source>
        <translation>Сторно позиции</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="78"/>
        <source>Why is line {0} voided?</source>
        <translation>Почему сторнируется позиция {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="92"/>
        <source>There is nothing to void.</source>
        <translation>Нечего аннулировать.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="97"/>
        <source>A card payment was charged on this sale: finish it, or a manager reverses the card payment first.</source>
        <translation>В этой продаже списан платёж картой: завершите её или пусть менеджер сначала отменит платёж картой.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="119"/>
        <source>This sale&apos;s card payment has an unknown outcome: check it with the terminal before voiding the sale.</source>
        <translation>У платежа картой в этой продаже неизвестный результат: проверьте его в терминале, прежде чем аннулировать продажу.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="130"/>
        <source>Void sale</source>
        <translation>Отмена чека</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="131"/>
        <source>Why is the whole sale voided?</source>
        <translation>Почему аннулируется весь чек?</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="144"/>
        <source>Sale voided.</source>
        <translation>Чек аннулирован.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../ui/login.py" line="48"/>
        <source>Omnitill</source>
        <translation>Omnitill</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="53"/>
        <source>Store {store} · Till {till}</source>
        <translation>Магазин {store} · Касса {till}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="85"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="89"/>
        <source>Add the first manager…</source>
        <translation>Добавить первого менеджера…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="97"/>
        <source>Demo till — PINs: Anna (cashier) 1111 · Marek (supervisor) 2222 · Olga (manager) 3333</source>
        <translation>Демо-касса — PIN: Anna (кассир) 1111 · Marek (старший кассир) 2222 · Olga (управляющий) 3333</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="124"/>
        <source>This till has no users yet: add its first manager.</source>
        <translation>У этой кассы ещё нет пользователей: добавьте первого менеджера.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="145"/>
        <source>Type your PIN.</source>
        <translation>Введите свой PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="157"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Неверный PIN. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Something went wrong ({0}). The sale is safe; please try again.</source>
        <translation>Что-то пошло не так ({0}). Продажа в сохранности; попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="42"/>
        <source>Amount ({0})</source>
        <translation>Сумма ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="55"/>
        <source>Reason…</source>
        <translation>Причина…</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="56"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="76"/>
        <source>Type an amount greater than zero, e.g. 50 or 12,50.</source>
        <translation>Введите сумму больше нуля, например 50 или 12,50.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="81"/>
        <source>Use at most {0} decimal places.</source>
        <translation>Не больше {0} знаков после запятой.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="86"/>
        <source>Choose or type a reason.</source>
        <translation>Выберите или введите причину.</translation>
    </message>
</context>
<context>
    <name>NoReceiptDialog</name>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="73"/>
        <source>Return without a receipt</source>
        <translation>Возврат без чека</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="78"/>
        <source>Refunded at today&apos;s shelf price, in cash, at most {0} in all. A supervisor&apos;s PIN is needed, and the return is flagged for the manager.</source>
        <translation>Возврат по сегодняшней цене на полке, наличными, всего не более {0}. Нужен PIN старшего кассира, возврат помечается для проверки управляющим.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="86"/>
        <source>Scan or type the item&apos;s barcode</source>
        <translation>Отсканируйте или введите штрихкод товара</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="88"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="95"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="96"/>
        <source>Shelf price</source>
        <translation>Цена на полке</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="97"/>
        <source>Brought back</source>
        <translation>Возвращается</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="98"/>
        <source>Back on the shelf</source>
        <translation>На полку</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="99"/>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="105"/>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="107"/>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="109"/>
        <source>Remove the item</source>
        <translation>Убрать товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="120"/>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="267"/>
        <source>Scan the items the customer brings back.</source>
        <translation>Отсканируйте товары, которые возвращает покупатель.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="124"/>
        <source>Refund in cash (F12)</source>
        <translation>Вернуть наличными (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="128"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="160"/>
        <source>That is not an item&apos;s barcode: scan the item itself.</source>
        <translation>Это не штрихкод товара: отсканируйте сам товар.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="236"/>
        <source>Type the weight of {0} in kg.</source>
        <translation>Введите вес: {0}, в кг.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="249"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Введите число, например 2 или 0,250.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="275"/>
        <source>To refund in cash: {0}</source>
        <translation>К возврату наличными: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="291"/>
        <source>A return without a receipt needs a supervisor&apos;s PIN.</source>
        <translation>Для возврата без чека нужен PIN старшего кассира.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="293"/>
        <source>Not approved; nothing was refunded.</source>
        <translation>Не подтверждено; ничего не возвращено.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="320"/>
        <source>Return without a receipt recorded; refunded {0} in cash.</source>
        <translation>Возврат без чека записан; возвращено {0} наличными.</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="94"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Введите число, например 2 или 0,250.</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="23"/>
        <source>Delete the last character</source>
        <translation>Удалить последний символ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="25"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="26"/>
        <source>Clear the field</source>
        <translation>Очистить поле</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="30"/>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
</context>
<context>
    <name>OrderNumberDialog</name>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="42"/>
        <source>Return of a web order</source>
        <translation>Возврат интернет-заказа</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="43"/>
        <source>Type the order number from the handover slip (or scan its barcode).</source>
        <translation>Введите номер заказа с квитанции о выдаче (или отсканируйте её штрихкод).</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="54"/>
        <source>An order number looks like W-10042.</source>
        <translation>Номер заказа выглядит так: W-10042.</translation>
    </message>
</context>
<context>
    <name>Parking</name>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="27"/>
        <source>There is nothing to park.</source>
        <translation>Нечего откладывать.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="37"/>
        <source>Sale parked. Recall it with F6.</source>
        <translation>Чек отложен. Восстановите его клавишей F6.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="44"/>
        <source>Finish or park the current sale first.</source>
        <translation>Сначала завершите или отложите текущий чек.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="50"/>
        <source>No parked sales.</source>
        <translation>Нет отложенных чеков.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="57"/>
        <source>{0} — {1} lines</source>
        <translation>{0} — позиций: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="59"/>
        <source>Recall</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="59"/>
        <source>Choose a parked sale</source>
        <translation>Выберите отложенный чек</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="68"/>
        <source>Sale recalled.</source>
        <translation>Чек восстановлен.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="73"/>
        <source>A card payment has an unknown outcome. Check it with the terminal (payment dialog, or Ctrl+T for a manager) before the next card payment.</source>
        <translation>У платежа картой неизвестный результат. Проверьте его в терминале (окно оплаты или Ctrl+T для менеджера) перед следующим платежом картой.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="84"/>
        <source>Scan something first.</source>
        <translation>Сначала отсканируйте товар.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="87"/>
        <source>Still looking up a scan; one moment.</source>
        <translation>Ещё ищем отсканированный код; минуту.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="154"/>
        <source>Receipt {0} saved.</source>
        <translation>Чек {0} сохранён.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="156"/>
        <source>Change: {0}</source>
        <translation>Сдача: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="160"/>
        <source>Exchange recorded.</source>
        <translation>Обмен записан.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="171"/>
        <source>Sale not saved</source>
        <translation>Продажа не сохранена</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="173"/>
        <source>The sale could not be saved ({0}). Retry now?</source>
        <translation>Не удалось сохранить продажу ({0}). Повторить сейчас?</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="215"/>
        <source>Receipt reprinted.</source>
        <translation>Чек напечатан повторно.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="230"/>
        <source>No receipt printed yet.</source>
        <translation>Чеков ещё не печатали.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="242"/>
        <source>Receipt {0} was not printed: {1} The sale is saved; press F10 to reprint.</source>
        <translation>Чек {0} не напечатан: {1} Продажа сохранена; нажмите F10 для повторной печати.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="74"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="100"/>
        <source>Cash received</source>
        <translation>Получено наличными</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="106"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="108"/>
        <source>Remove payment</source>
        <translation>Удалить платёж</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="128"/>
        <source>Check with the terminal</source>
        <translation>Проверить в терминале</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="130"/>
        <source>Settle by hand (manager)</source>
        <translation>Урегулировать вручную (менеджер)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="137"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="433"/>
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="139"/>
        <source>Cash (Enter)</source>
        <translation>Наличные (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="142"/>
        <source>Card (F8)</source>
        <translation>Карта (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="172"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="230"/>
        <source>Type the amount received, e.g. 50 or 12,30.</source>
        <translation>Введите полученную сумму, например 50 или 12,30.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="196"/>
        <source>The exchange credit stays on the sale; void the sale to cancel it.</source>
        <translation>Зачёт по обмену остаётся в продаже; чтобы отменить его, аннулируйте продажу.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="201"/>
        <source>A card payment was charged; only a manager&apos;s reversal takes it back.</source>
        <translation>Платёж картой списан; вернуть его может только отмена менеджером.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="238"/>
        <source>No card terminal is set up at this till.</source>
        <translation>К этой кассе не подключён платёжный терминал.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="254"/>
        <source>Card payment of {0}: follow the terminal.</source>
        <translation>Платёж картой на {0}: следуйте указаниям терминала.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="268"/>
        <source>Cancelling at the terminal…</source>
        <translation>Отмена на терминале…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="277"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="278"/>
        <source>Customer: enter the PIN on the terminal</source>
        <translation>Клиент: введите PIN на терминале</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="279"/>
        <source>Waiting for the bank…</source>
        <translation>Ожидание ответа банка…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="280"/>
        <source>Customer: insert, tap or swipe the card</source>
        <translation>Клиент: вставьте, приложите или проведите карту</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="281"/>
        <source>Customer: take the card</source>
        <translation>Клиент: заберите карту</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="282"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="284"/>
        <source>Please wait…</source>
        <translation>Пожалуйста, подождите…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="283"/>
        <source>Wrong PIN: the customer tries again</source>
        <translation>Неверный PIN: клиент пробует ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="298"/>
        <source>The connection to the terminal broke after it took the payment. Checking with the terminal…</source>
        <translation>Связь с терминалом оборвалась после того, как он принял платёж. Проверяем в терминале…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="307"/>
        <source>The card was declined (code {0}). Take another payment.</source>
        <translation>Карта отклонена (код {0}). Примите другой способ оплаты.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="310"/>
        <source>The card payment was cancelled. Nothing was charged.</source>
        <translation>Платёж картой отменён. Ничего не списано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="313"/>
        <source>The terminal did not take the payment ({0}). Nothing was charged.</source>
        <translation>Терминал не принял платёж ({0}). Ничего не списано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="337"/>
        <source>Card payment approved.</source>
        <translation>Платёж картой одобрен.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="346"/>
        <source>An earlier card payment of {0} has an unknown outcome. Check it with the terminal before taking another card payment.</source>
        <translation>У предыдущего платежа картой на {0} неизвестный результат. Проверьте его в терминале, прежде чем принимать новый платёж картой.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="376"/>
        <source>The earlier card payment of {0} is settled as {1}.</source>
        <translation>Предыдущий платёж картой на {0} урегулирован как: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="378"/>
        <source>charged</source>
        <translation>списан</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="378"/>
        <source>not charged</source>
        <translation>не списан</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="385"/>
        <source>The terminal did not complete the payment. Nothing was charged.</source>
        <translation>Терминал не завершил платёж. Ничего не списано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="394"/>
        <source>Settle a card payment</source>
        <translation>Урегулировать платёж картой</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="395"/>
        <source>What does the terminal&apos;s printout say about the payment of {0}?</source>
        <translation>Что говорит чек терминала о платеже на {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="398"/>
        <source>Approved: the customer was charged</source>
        <translation>Одобрен: деньги с клиента списаны</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="398"/>
        <source>Not charged</source>
        <translation>Не списано</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="404"/>
        <source>A manager settles unknown card payments.</source>
        <translation>Платежи картой с неизвестным результатом урегулирует менеджер.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="433"/>
        <source>Cancel card payment (Esc)</source>
        <translation>Отменить платёж картой (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="450"/>
        <source>To pay: {0}</source>
        <translation>К оплате: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="451"/>
        <source>Total {0}</source>
        <translation>Итого {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="453"/>
        <source>paid {0}</source>
        <translation>оплачено {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="455"/>
        <source>cash rounding {0}</source>
        <translation>округление наличных {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="460"/>
        <source>Exchange credit</source>
        <translation>Зачёт по обмену</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="462"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="469"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
</context>
<context>
    <name>PickingPage</name>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="52"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="52"/>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="52"/>
        <source>Picked</source>
        <translation>Собрано</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="52"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="61"/>
        <source>Mark short</source>
        <translation>Отметить нехватку</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="63"/>
        <source>Substitute…</source>
        <translation>Замена…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="65"/>
        <source>Print pick list</source>
        <translation>Печать листа сборки</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="69"/>
        <source>Bags: </source>
        <translation>Пакеты: </translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="70"/>
        <source>Ready for pickup</source>
        <translation>Готовы к выдаче</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="72"/>
        <source>Let go of it</source>
        <translation>Освободить заказ</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="74"/>
        <source>Back to the queue</source>
        <translation>Назад к очереди</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="100"/>
        <source>Picking {0} · {1} · ready by {2}</source>
        <translation>Сборка {0} · {1} · готов к {2}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="128"/>
        <source>substitute: {0} × {1} ({2})</source>
        <translation>замена: {0} × {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="131"/>
        <source>customer agreed</source>
        <translation>покупатель согласен</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="133"/>
        <source>no consent</source>
        <translation>без согласия</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="136"/>
        <source>short</source>
        <translation>нехватка</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="138"/>
        <source>picked ✓</source>
        <translation>собрано ✓</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="140"/>
        <source>to pick</source>
        <translation>собрать</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="168"/>
        <source>Scan the weight label of {0}.</source>
        <translation>Отсканируйте весовую этикетку {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="193"/>
        <source>Select a line first.</source>
        <translation>Сначала выберите позицию.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="211"/>
        <source>Scan the substitute for {0} (or pick another action to cancel).</source>
        <translation>Отсканируйте замену для {0} (или выберите другое действие для отмены).</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="225"/>
        <location filename="../../ui/features/pickup/picking_page.py" line="236"/>
        <source>Substitute</source>
        <translation>Замена</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="226"/>
        <source>How much of {0} instead of {1}?</source>
        <translation>Сколько {0} вместо {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="237"/>
        <source>Did the customer agree to {0} instead of {1}?</source>
        <translation>Покупатель согласился на {0} вместо {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="287"/>
        <source>Order {0} is ready here; the hub (and the customer) will hear of it when the till is back online.</source>
        <translation>Заказ {0} готов здесь; сервер (и покупатель) узнают об этом, когда касса снова будет онлайн.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="292"/>
        <source>Order {0} is ready; the customer has been notified.</source>
        <translation>Заказ {0} готов; покупатель уведомлён.</translation>
    </message>
</context>
<context>
    <name>Pickup</name>
    <message>
        <location filename="../../ui/features/pickup/checkout.py" line="55"/>
        <source>Finish or park the current sale before taking a pickup payment.</source>
        <translation>Завершите или отложите текущую продажу, прежде чем принимать оплату за выдачу.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/checkout.py" line="124"/>
        <source>Order {0} paid and handed over.</source>
        <translation>Заказ {0} оплачен и выдан.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="34"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="35"/>
        <source>picking</source>
        <translation>собирается</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="36"/>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="37"/>
        <source>collected</source>
        <translation>выдан</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="38"/>
        <source>partly collected</source>
        <translation>выдан частично</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="39"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="40"/>
        <source>not collected</source>
        <translation>не забран</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="119"/>
        <source>{0}  OVERDUE</source>
        <translation>{0}  ПРОСРОЧЕН</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="120"/>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="121"/>
        <source>{0} h {1} min</source>
        <translation>{0} ч {1} мин</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="149"/>
        <source>{0} (not sent yet)</source>
        <translation>{0} (ещё не отправлено)</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="151"/>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="153"/>
        <source>pay at pickup</source>
        <translation>оплата при получении</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="195"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="196"/>
        <source>Ready by</source>
        <translation>Готов к</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="197"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="198"/>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="199"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="200"/>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="201"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup.py" line="54"/>
        <source>Pickup orders come from the hub; this till does not sync with one.</source>
        <translation>Заказы на выдачу приходят с сервера; эта касса не синхронизируется с ним.</translation>
    </message>
</context>
<context>
    <name>PickupCodeDialog</name>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="17"/>
        <source>Hand over by code</source>
        <translation>Выдача по коду</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="18"/>
        <source>Type the customer&apos;s pickup code and ask for their surname.</source>
        <translation>Введите код выдачи покупателя и спросите его фамилию.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="22"/>
        <source>Pickup code, e.g. 7KQ2MX</source>
        <translation>Код выдачи, напр. 7KQ2MX</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="25"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="32"/>
        <source>Both the code and the surname are needed.</source>
        <translation>Нужны и код, и фамилия.</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="81"/>
        <source>Pickup orders</source>
        <translation>Заказы на выдачу</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="103"/>
        <source>Scan an item or a pickup QR code (or type a barcode)</source>
        <translation>Отсканируйте товар или QR-код выдачи (или введите штрихкод)</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="134"/>
        <source>Open orders</source>
        <translation>Открытые заказы</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="135"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="136"/>
        <source>Being picked</source>
        <translation>Собираются</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="137"/>
        <source>Ready for pickup</source>
        <translation>Готовы к выдаче</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="138"/>
        <source>All, closed too</source>
        <translation>Все, включая закрытые</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="163"/>
        <source>Pick the order</source>
        <translation>Собрать заказ</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="166"/>
        <source>Hand over by code…</source>
        <translation>Выдать по коду…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="168"/>
        <source>Return of a web order…</source>
        <translation>Возврат интернет-заказа…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="170"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="250"/>
        <source>{0} new · {1} being picked · {2} ready · {3} overdue</source>
        <translation>новых: {0} · собираются: {1} · готовы: {2} · просрочены: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="291"/>
        <source>Order {0} is being picked at till {1}.</source>
        <translation>Заказ {0} собирается на кассе {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="296"/>
        <source>Order {0} is ready: scan the customer&apos;s pickup QR code or use “Hand over by code…”.</source>
        <translation>Заказ {0} готов: отсканируйте QR-код выдачи покупателя или используйте «Выдать по коду…».</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="303"/>
        <source>Order {0} is {1}.</source>
        <translation>Заказ {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="315"/>
        <source>Offline: picking is recorded here and sent when the hub is back.</source>
        <translation>Офлайн: сборка записывается здесь и будет отправлена, когда сервер снова станет доступен.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="370"/>
        <source>Open an order to pick first, or scan a customer&apos;s pickup QR code.</source>
        <translation>Сначала откройте заказ для сборки или отсканируйте QR-код выдачи покупателя.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="104"/>
        <source>Supervisor approval</source>
        <translation>Подтверждение старшего кассира</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="109"/>
        <source>Supervisor PIN</source>
        <translation>PIN старшего кассира</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="121"/>
        <source>Type the supervisor&apos;s PIN.</source>
        <translation>Введите PIN старшего кассира.</translation>
    </message>
</context>
<context>
    <name>PrinterForm</name>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="35"/>
        <source>file (a device or spool file)</source>
        <translation>файл (устройство или файл спулера)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="36"/>
        <source>network (TCP, port 9100)</source>
        <translation>сеть (TCP, порт 9100)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="37"/>
        <source>serial</source>
        <translation>последовательный порт</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="38"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="39"/>
        <source>virtual (preview only)</source>
        <translation>виртуальный (только просмотр)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="45"/>
        <source>e.g. host=192.168.1.50 port=9100</source>
        <translation>напр. host=192.168.1.50 port=9100</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="47"/>
        <source>Open the cash drawer on cash payments</source>
        <translation>Открывать денежный ящик при оплате наличными</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="50"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="51"/>
        <source>CODE128 barcode</source>
        <translation>Штрихкод CODE128</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="53"/>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="54"/>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="55"/>
        <source>Printer model (profile)</source>
        <translation>Модель принтера (профиль)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="56"/>
        <source>The receipt&apos;s code (for returns)</source>
        <translation>Код на чеке (для возвратов)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="64"/>
        <source>The printer options do not fit (name=value): {0}</source>
        <translation>Параметры принтера неверны (имя=значение): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="67"/>
        <source>A network printer needs its address: host=…</source>
        <translation>Сетевому принтеру нужен адрес: host=…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="70"/>
        <source>This printer needs its device: {0}=/dev/…</source>
        <translation>Этому принтеру нужно устройство: {0}=/dev/…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="136"/>
        <source>Other reason…</source>
        <translation>Другая причина…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="148"/>
        <source>Choose or type a reason.</source>
        <translation>Выберите или введите причину.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../services/receipt_builder.py" line="26"/>
        <location filename="../../services/return_slips.py" line="26"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="39"/>
        <location filename="../../services/receipt_builder.py" line="27"/>
        <location filename="../../services/return_slips.py" line="29"/>
        <location filename="../../services/shift_slips.py" line="24"/>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="28"/>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="38"/>
        <location filename="../../services/receipt_builder.py" line="29"/>
        <location filename="../../services/return_slips.py" line="28"/>
        <location filename="../../services/shift_slips.py" line="26"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="30"/>
        <source>Subtotal</source>
        <translation>Подытог</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="31"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="32"/>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="33"/>
        <source>TOTAL</source>
        <translation>ИТОГ</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="34"/>
        <source>Cash rounding</source>
        <translation>Округление</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="35"/>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="36"/>
        <location filename="../../services/shift_slips.py" line="39"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="37"/>
        <location filename="../../services/shift_slips.py" line="40"/>
        <source>Net</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="38"/>
        <location filename="../../services/shift_slips.py" line="41"/>
        <source>Tax</source>
        <translation>Налог</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="39"/>
        <location filename="../../services/shift_slips.py" line="42"/>
        <source>Gross</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="41"/>
        <source>Exchange credit</source>
        <translation>Зачёт по обмену</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="26"/>
        <source>PICK LIST</source>
        <translation>ЛИСТ СБОРКИ</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="27"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="29"/>
        <source>Ready by</source>
        <translation>Готов к</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="30"/>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="31"/>
        <source>Bag</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="32"/>
        <source>PICKUP HANDOVER</source>
        <translation>ВЫДАЧА ЗАКАЗА</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="33"/>
        <source>Paid online</source>
        <translation>Оплачено онлайн</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="34"/>
        <source>Paid at the till</source>
        <translation>Оплачено на кассе</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="35"/>
        <source>not available</source>
        <translation>нет в наличии</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="36"/>
        <source>instead of</source>
        <translation>вместо</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="37"/>
        <source>not taken</source>
        <translation>не взято</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="40"/>
        <source>WEB ORDER RETURN</source>
        <translation>ВОЗВРАТ ИНТЕРНЕТ-ЗАКАЗА</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="41"/>
        <location filename="../../services/return_slips.py" line="30"/>
        <location filename="../../services/shift_slips.py" line="38"/>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="42"/>
        <location filename="../../services/receipt_builder.py" line="40"/>
        <location filename="../../services/return_slips.py" line="31"/>
        <location filename="../../services/shift_slips.py" line="43"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="43"/>
        <location filename="../../services/receipt_builder.py" line="42"/>
        <location filename="../../services/return_slips.py" line="32"/>
        <location filename="../../services/shift_slips.py" line="44"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="44"/>
        <location filename="../../services/return_slips.py" line="33"/>
        <source>back on the shelf</source>
        <translation>обратно на полку</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="43"/>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="44"/>
        <source>COPY</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="45"/>
        <source>price changed</source>
        <translation>цена изменена</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="46"/>
        <source>marked item</source>
        <translation>маркированный товар</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="47"/>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="48"/>
        <source>Promo</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="28"/>
        <location filename="../../services/receipt_builder.py" line="49"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="50"/>
        <source>Points earned</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="51"/>
        <source>promo honoured offline</source>
        <translation>акция принята без связи</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="21"/>
        <source>X REPORT</source>
        <translation>X-ОТЧЁТ</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="22"/>
        <source>Z REPORT</source>
        <translation>Z-ОТЧЁТ</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="23"/>
        <source>Z number</source>
        <translation>Номер Z</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="25"/>
        <source>Shift opened</source>
        <translation>Смена открыта</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="27"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="28"/>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="29"/>
        <source>Voided sales</source>
        <translation>Аннулированные чеки</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="30"/>
        <source>Voided lines</source>
        <translation>Сторно позиций</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="31"/>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="32"/>
        <source>Drawer opened, no sale</source>
        <translation>Открытие ящика без продажи</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="33"/>
        <source>Net sales</source>
        <translation>Чистые продажи</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="34"/>
        <source>Expected cash</source>
        <translation>Ожидаемая наличность</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="35"/>
        <source>Counted cash</source>
        <translation>Пересчитанная наличность</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="36"/>
        <source>Variance</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="37"/>
        <source>Counts made</source>
        <translation>Пересчётов</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="45"/>
        <source>CASH MOVEMENT</source>
        <translation>ДВИЖЕНИЕ НАЛИЧНЫХ</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="24"/>
        <source>RETURN</source>
        <translation>ВОЗВРАТ</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="25"/>
        <source>Original sale</source>
        <translation>Исходная продажа</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="27"/>
        <location filename="../../services/shift_slips.py" line="46"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="34"/>
        <source>Checked offline</source>
        <translation>Проверено без связи</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="35"/>
        <source>Without a receipt</source>
        <translation>Без чека</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="36"/>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="47"/>
        <source>Opening float</source>
        <translation>Размен на начало</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="48"/>
        <source>Pay-in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="49"/>
        <source>Pay-out</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="50"/>
        <source>Safe drop</source>
        <translation>Сдача в сейф</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="51"/>
        <source>Cash pickup</source>
        <translation>Инкассация</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="52"/>
        <source>No sale</source>
        <translation>Без продажи</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../../ui/features/payment/receipt_preview.py" line="66"/>
        <source>Receipt (virtual printer)</source>
        <translation>Чек (виртуальный принтер)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/receipt_preview.py" line="73"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>RejectedRecordsDialog</name>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="46"/>
        <source>Records refused by the hub</source>
        <translation>Записи, отклонённые центральным сервером</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="51"/>
        <source>The hub refused these records as invalid. They are kept here and do not hold up the others. Fix the cause at the hub, then send a record again.</source>
        <translation>Центральный сервер отклонил эти записи как неверные. Они хранятся здесь и не задерживают остальные. Устраните причину на сервере, затем отправьте запись снова.</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="59"/>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="69"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="59"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="59"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="59"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="66"/>
        <source>Promo codes the hub found used twice</source>
        <translation>Промокоды, которые сервер признал использованными дважды</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="69"/>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="69"/>
        <source>Promotion</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="69"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="78"/>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="80"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="99"/>
        <source>{0} (given offline)</source>
        <translation>{0} (дано без связи)</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="106"/>
        <source>sale</source>
        <translation>продажа</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="106"/>
        <source>voided sale</source>
        <translation>аннулированная продажа</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="119"/>
        <source>No refused records.</source>
        <translation>Отклонённых записей нет.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/features/shift/report_dialog.py" line="32"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/report_dialog.py" line="35"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="82"/>
        <source>Return of a sale</source>
        <translation>Возврат продажи</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="86"/>
        <source>Today&apos;s sales</source>
        <translation>Продажи за сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="97"/>
        <source>Scan the receipt or type its number</source>
        <translation>Отсканируйте чек или введите его номер</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="99"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="104"/>
        <location filename="../../ui/features/returns/return_dialog.py" line="234"/>
        <source>Scan the customer&apos;s receipt, or pick today&apos;s sale.</source>
        <translation>Отсканируйте чек покупателя или выберите сегодняшнюю продажу.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="110"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="111"/>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="112"/>
        <source>Returned before</source>
        <translation>Возвращено ранее</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="113"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="114"/>
        <source>Brought back</source>
        <translation>Возвращается</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="115"/>
        <source>Back on the shelf</source>
        <translation>На полку</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="121"/>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="123"/>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="125"/>
        <source>All of the line</source>
        <translation>Вся позиция</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="129"/>
        <source>Refund as paid</source>
        <translation>Вернуть как оплачено</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="130"/>
        <source>Refund all in cash</source>
        <translation>Вернуть всё наличными</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="145"/>
        <source>Refund (F12)</source>
        <translation>Вернуть (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="149"/>
        <source>Exchange (F9)</source>
        <translation>Обмен (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="151"/>
        <source>Take these back and sell other goods: the difference is settled at Pay.</source>
        <translation>Принять эти товары и продать другие: разница рассчитывается при оплате.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="156"/>
        <source>No receipt… (F7)</source>
        <translation>Без чека… (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="158"/>
        <source>The customer has no receipt: refund at the shelf price, with a PIN.</source>
        <translation>У покупателя нет чека: возврат по цене на полке, с PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="161"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="205"/>
        <source>Scan the receipt; for goods without one, choose No receipt (F7).</source>
        <translation>Отсканируйте чек; для товаров без чека выберите «Без чека» (F7).</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="230"/>
        <source>Looking for the sale…</source>
        <translation>Ищу продажу…</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="242"/>
        <source>Sale {0} of {1}, till {2}: {3}</source>
        <translation>Продажа {0} от {1}, касса {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="248"/>
        <source>The hub cannot be reached: other tills&apos; returns are unknown, at most {0} can be refunded, and the return is flagged for checking.</source>
        <translation>Нет связи с центром: возвраты других касс неизвестны, можно вернуть не более {0}, и возврат будет отмечен для проверки.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="312"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Введите число, например 2 или 0,250.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="330"/>
        <source>Choose what the customer brings back.</source>
        <translation>Выберите, что возвращает покупатель.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="345"/>
        <source>card {0}</source>
        <translation>карта {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="345"/>
        <source>cash {0}</source>
        <translation>наличные {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="350"/>
        <source>To refund: {0} ({1})</source>
        <translation>К возврату: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="377"/>
        <source>Part of this sale was paid by card, and this till has no card terminal: choose to refund it all in cash.</source>
        <translation>Часть этой продажи оплачена картой, а у этой кассы нет терминала: выберите возврат всего наличными.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="390"/>
        <source>This sale was paid with two cards: choose to refund it all in cash.</source>
        <translation>Эта продажа оплачена двумя картами: выберите возврат всего наличными.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="394"/>
        <source>Follow the card terminal…</source>
        <translation>Следуйте указаниям терминала…</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="427"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Старший кассир может подтвердить своим PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="430"/>
        <source>Not approved; nothing was refunded.</source>
        <translation>Не подтверждено; ничего не возвращено.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="447"/>
        <source>The card refund was not approved; nothing was refunded or recorded.</source>
        <translation>Возврат на карту не одобрен; ничего не возвращено и не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="484"/>
        <source>Return recorded; refunded {0}.</source>
        <translation>Возврат записан; возвращено {0}.</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <location filename="../../domain/sale_return.py" line="65"/>
        <source>Customer changed their mind</source>
        <translation>Покупатель передумал</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="66"/>
        <source>Defective</source>
        <translation>Брак</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="67"/>
        <source>Wrong item</source>
        <translation>Не тот товар</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="68"/>
        <source>Not as described</source>
        <translation>Не соответствует описанию</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="41"/>
        <source>Finish or park the sale first; then take the return.</source>
        <translation>Сначала завершите или отложите продажу, затем примите возврат.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="86"/>
        <source>Exchange: {0} credit. Scan the new goods, then Pay (F12).</source>
        <translation>Обмен: зачёт {0}. Отсканируйте новые товары, затем Оплата (F12).</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="100"/>
        <source>The exchange was cancelled; nothing was taken back.</source>
        <translation>Обмен отменён; ничего не принято обратно.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="114"/>
        <source>voided</source>
        <translation>аннулирована</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="114"/>
        <source>completed</source>
        <translation>завершена</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="116"/>
        <source>Receipt {0} of {1}: {2} ({3}).</source>
        <translation>Чек {0} от {1}: {2} ({3}).</translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="40"/>
        <source>Scanners</source>
        <translation>Сканеры</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="58"/>
        <source>Only a manager can change the scanners; anyone can test them.</source>
        <translation>Менять сканеры может только менеджер; проверить их может любой.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="60"/>
        <source>Changes take effect when saved.</source>
        <translation>Изменения вступают в силу после сохранения.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="67"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ScannerListEditor</name>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="140"/>
        <source>Scanners of this till</source>
        <translation>Сканеры этой кассы</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="155"/>
        <source>options, e.g. url=/dev/ttyACM0 baudrate=9600</source>
        <translation>параметры, напр. url=/dev/ttyACM0 baudrate=9600</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="156"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="311"/>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="158"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="160"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="174"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="375"/>
        <source>Looking for scanners…</source>
        <translation>Поиск сканеров…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="176"/>
        <source>Look again</source>
        <translation>Искать снова</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="178"/>
        <source>Found on this machine:</source>
        <translation>Найдено на этом компьютере:</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="187"/>
        <source>Keyboard-wedge scanner on</source>
        <translation>Сканер-клавиатура включён</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="199"/>
        <source>Average gap between a scan&apos;s keys at most</source>
        <translation>Средний интервал между символами скана не более</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="200"/>
        <source>Shortest code</source>
        <translation>Самый короткий код</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="205"/>
        <source>{0} (missing libraries)</source>
        <translation>{0} (нет библиотек)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="208"/>
        <source>Kinds this till can run: {0}</source>
        <translation>Виды, доступные на этой кассе: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="223"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="228"/>
        <source>a camera, a video file or a stream URL</source>
        <translation>камера, видеофайл или адрес потока (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="234"/>
        <source>Camera to add:</source>
        <translation>Добавить камеру:</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="249"/>
        <source>Scan something now</source>
        <translation>Отсканируйте что-нибудь сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="251"/>
        <source>Test the chosen scanner</source>
        <translation>Проверить выбранный сканер</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="255"/>
        <source>Waiting for a scan from any scanner…</source>
        <translation>Ожидание скана с любого сканера…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="310"/>
        <source>Keyboard wedge: {0} (keys ≤ {1} ms apart, at least {2} characters)</source>
        <translation>Сканер-клавиатура: {0} (клавиши через ≤ {1} мс, не менее {2} символов)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="311"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="329"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="325"/>
        <source>not installed</source>
        <translation>не установлен</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="327"/>
        <source>missing libraries</source>
        <translation>нет библиотек</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="333"/>
        <source>bad options: {0}</source>
        <translation>неверные параметры: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="338"/>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="339"/>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="340"/>
        <source>disconnected, retrying</source>
        <translation>отключён, повторная попытка</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="341"/>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="342"/>
        <source>cannot start</source>
        <translation>не запускается</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="343"/>
        <source>not started</source>
        <translation>не запущен</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="351"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="449"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="468"/>
        <source>These options do not fit: {0}</source>
        <translation>Эти параметры не подходят: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="385"/>
        <source>{0} found: choose one to add it</source>
        <translation>Найдено: {0}; выберите, чтобы добавить</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="387"/>
        <source>none found</source>
        <translation>ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="390"/>
        <source>No serial port or camera found (a keyboard-wedge scanner needs none)</source>
        <translation>Последовательный порт или камера не найдены (клавиатурному сканеру они не нужны)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="403"/>
        <source>Could not look for scanners: {0}</source>
        <translation>Не удалось найти сканеры: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="471"/>
        <source>This till cannot run cameras: libraries are missing.</source>
        <translation>Эта касса не может работать с камерами: не хватает библиотек.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="504"/>
        <source>Scan a code with the keyboard-wedge scanner now.</source>
        <translation>Отсканируйте код клавиатурным сканером.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="506"/>
        <source>The keyboard-wedge scanner is off: turn it on to test it.</source>
        <translation>Клавиатурный сканер выключен: включите его, чтобы проверить.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="512"/>
        <source>this kind cannot run here</source>
        <translation>этот тип не работает на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="515"/>
        <source>This scanner cannot be tested: {0}</source>
        <translation>Этот сканер нельзя проверить: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="520"/>
        <source>Hold a code in front of {0}.</source>
        <translation>Поднесите код к {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="523"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="546"/>
        <source>Scan a code with {0} now.</source>
        <translation>Отсканируйте код: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="525"/>
        <source>Opening {0}…</source>
        <translation>Открываю {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="549"/>
        <source>{0} does not answer: {1}</source>
        <translation>{0} не отвечает: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="561"/>
        <source>Read from {0}:</source>
        <translation>Прочитано с {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="570"/>
        <source>Symbology</source>
        <translation>Символика</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="571"/>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="572"/>
        <source>Bytes</source>
        <translation>Байты</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="577"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="582"/>
        <source>product</source>
        <translation>товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="583"/>
        <source>customer promo code</source>
        <translation>промокод покупателя</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="584"/>
        <source>pickup code</source>
        <translation>код выдачи заказа</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="585"/>
        <source>receipt</source>
        <translation>чек</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="586"/>
        <source>unknown: nothing will happen</source>
        <translation>неизвестно: ничего не произойдёт</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="588"/>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="592"/>
        <source>Value</source>
        <translation>Значение кода</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="595"/>
        <source>Looked up as</source>
        <translation>Искали как</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="597"/>
        <source>GTIN-14</source>
        <translation>GTIN-14</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="599"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="601"/>
        <source>Label price</source>
        <translation>Цена с этикетки</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="605"/>
        <source>{0} — EXPIRED</source>
        <translation>{0} — ПРОСРОЧЕН</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="606"/>
        <source>Expiry</source>
        <translation>Срок годности</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="609"/>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="611"/>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="613"/>
        <source>Marking code (kept verbatim)</source>
        <translation>Код маркировки (хранится дословно)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="40"/>
        <source>Find product</source>
        <translation>Поиск товара</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="52"/>
        <source>Name, SKU or barcode</source>
        <translation>Название, артикул или штрихкод</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="63"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="63"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="63"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="63"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="74"/>
        <source>Ctrl+E: stock of the selected product in every store</source>
        <translation>Ctrl+E: остаток выбранного товара во всех магазинах</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="101"/>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="135"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="135"/>
        <source>pc</source>
        <translation>шт.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="147"/>
        <source>{0} products</source>
        <translation>Товаров: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="147"/>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
</context>
<context>
    <name>Selling</name>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="66"/>
        <source>Finish or cancel the payment before scanning more.</source>
        <translation>Завершите или отмените оплату, прежде чем сканировать дальше.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="76"/>
        <source>The label already says how much; scan it on its own.</source>
        <translation>На этикетке уже указано количество; сканируйте её без множителя.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="97"/>
        <source>Expired item</source>
        <translation>Просроченный товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="98"/>
        <source>{0} expired on {1}. Sell it anyway?</source>
        <translation>{0}: срок годности истёк {1}. Всё равно продать?</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="104"/>
        <source>{0} expired on {1}: not sold.</source>
        <translation>{0}: срок годности истёк {1}; не продано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="125"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="126"/>
        <source>Weight of {0} in kg</source>
        <translation>Вес товара «{0}» в кг</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="61"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="68"/>
        <source>Receipt printer</source>
        <translation>Чековый принтер</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="70"/>
        <source>Card terminal</source>
        <translation>Платёжный терминал</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="75"/>
        <source>Keyboard-wedge scanner on</source>
        <translation>Сканер в режиме клавиатуры включён</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="82"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="83"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="84"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="91"/>
        <source>by key position</source>
        <translation>по положению клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="92"/>
        <source>as typed</source>
        <translation>как введены</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="96"/>
        <source>with their key positions (usual)</source>
        <translation>с положением клавиш (обычно)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="97"/>
        <source>without positions, in the Russian layout</source>
        <translation>без положения, в русской раскладке</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="98"/>
        <source>without positions, in the Ukrainian layout</source>
        <translation>без положения, в украинской раскладке</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="102"/>
        <source>Serial and camera scanners…</source>
        <translation>Последовательные сканеры и камеры…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="105"/>
        <source>Average gap between a scan&apos;s keys at most</source>
        <translation>Средний интервал между символами скана не более</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="106"/>
        <source>Longest pause inside a scan</source>
        <translation>Самая длинная пауза внутри скана</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="107"/>
        <source>Shortest code</source>
        <translation>Самый короткий код</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="108"/>
        <source>Scan ends with</source>
        <translation>Скан заканчивается на</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="109"/>
        <source>Prefix the scanner sends</source>
        <translation>Префикс, который посылает сканер</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="110"/>
        <source>Suffix the scanner sends</source>
        <translation>Суффикс, который посылает сканер</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="111"/>
        <source>Read the scanner&apos;s keys</source>
        <translation>Читать клавиши сканера</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="112"/>
        <source>The keys arrive</source>
        <translation>Клавиши приходят</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="114"/>
        <source>Scanners</source>
        <translation>Сканеры</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="117"/>
        <source>Scale labels</source>
        <translation>Весовые этикетки</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="131"/>
        <source>Language of the till</source>
        <translation>Язык кассы</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="132"/>
        <source>Formats (numbers, money, dates)</source>
        <translation>Форматы (числа, суммы, даты)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="133"/>
        <source>Promo discount allowed offline, at most</source>
        <translation>Максимальная промоскидка без связи</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="134"/>
        <source>A customer stays attached without a change for</source>
        <translation>Покупатель остаётся привязанным без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="135"/>
        <source>Language and store</source>
        <translation>Язык и магазин</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="140"/>
        <source>Support bundle…</source>
        <translation>Пакет для поддержки…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="142"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="183"/>
        <source>The longest pause inside a scan cannot be shorter than the average gap.</source>
        <translation>Самая длинная пауза внутри скана не может быть короче среднего интервала.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="188"/>
        <location filename="../../ui/features/settings/settings_dialog.py" line="190"/>
        <source>The offline promo discount must be an amount, e.g. 20.00.</source>
        <translation>Скидка без связи должна быть суммой, напр. 20.00.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="193"/>
        <source>{0} is not a locale this till knows (e.g. pl_PL).</source>
        <translation>{0} — неизвестная этой кассе локаль (напр. pl_PL).</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="222"/>
        <source>These settings cannot be used: {0}</source>
        <translation>Эти настройки нельзя использовать: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="231"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="260"/>
        <source>The settings were not saved: {0}</source>
        <translation>Настройки не сохранены: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="266"/>
        <source>Writing the support bundle…</source>
        <translation>Запись пакета для поддержки…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="277"/>
        <source>Support bundle written: {0} (no passwords, PINs or tokens in it)</source>
        <translation>Пакет для поддержки записан: {0} (без паролей, PIN-кодов и токенов)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="282"/>
        <source>The support bundle could not be written: {0}</source>
        <translation>Не удалось записать пакет для поддержки: {0}</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="49"/>
        <source>No shift is open. Open it with Ctrl+H and count the float.</source>
        <translation>Смена не открыта. Откройте её клавишами Ctrl+H и пересчитайте размен.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="78"/>
        <source>Open the shift: count the float</source>
        <translation>Открыть смену: пересчитать размен</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="79"/>
        <location filename="../../ui/features/shift/shift.py" line="301"/>
        <source>No shift is open on this till.</source>
        <translation>На этой кассе смена не открыта.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="83"/>
        <source>Pay-in: put cash into the drawer</source>
        <translation>Внесение: положить наличные в ящик</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="87"/>
        <source>Pay-out: pay something from the drawer</source>
        <translation>Выплата: оплатить что-то из ящика</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="91"/>
        <source>Safe drop: take cash to the safe</source>
        <translation>В сейф: отнести наличные в сейф</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="95"/>
        <source>Cash pickup: cash collected from the till</source>
        <translation>Инкассация: наличные забраны из кассы</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="98"/>
        <source>Open the drawer (no sale)</source>
        <translation>Открыть ящик (без продажи)</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="99"/>
        <location filename="../../ui/features/shift/shift.py" line="242"/>
        <source>Count the drawer</source>
        <translation>Пересчитать ящик</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="100"/>
        <source>X report: the shift so far</source>
        <translation>X-отчёт: смена на текущий момент</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="101"/>
        <source>Close the shift: count and print the Z report</source>
        <translation>Закрыть смену: пересчитать и напечатать Z-отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="103"/>
        <source>Shift opened {0} by {1}; the drawer is with {2}.</source>
        <translation>Смена открыта {0}, открыл(а) {1}; ящик у {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="109"/>
        <source>Expected in the drawer: {0}</source>
        <translation>Ожидается в ящике: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="112"/>
        <source>Show the last Z report again</source>
        <translation>Показать последний Z-отчёт ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="114"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="135"/>
        <source>Nothing was counted; nothing changed.</source>
        <translation>Ничего не посчитано; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="143"/>
        <source>A shift is already open on this till.</source>
        <translation>На этой кассе смена уже открыта.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="146"/>
        <source>Open the shift</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="147"/>
        <source>Count the float in the drawer, piece by piece.</source>
        <translation>Пересчитайте размен в ящике, по купюрам и монетам.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="155"/>
        <source>Shift opened with a float of {0}. Ready to sell.</source>
        <translation>Смена открыта, размен {0}. Можно продавать.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="164"/>
        <source>Change from the bank</source>
        <translation>Размен из банка</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="164"/>
        <source>Float top-up</source>
        <translation>Пополнение размена</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="166"/>
        <source>Supplier paid in cash</source>
        <translation>Оплата поставщику наличными</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="167"/>
        <source>Office supplies</source>
        <translation>Канцтовары</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="168"/>
        <source>Cleaning</source>
        <translation>Уборка</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="170"/>
        <source>Too much cash in the drawer</source>
        <translation>Слишком много наличных в ящике</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="171"/>
        <source>Cash-in-transit pickup</source>
        <translation>Инкассация службой</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="176"/>
        <source>Pay-in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="177"/>
        <source>Pay-out</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="178"/>
        <source>Safe drop</source>
        <translation>Сдача в сейф</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="179"/>
        <source>Cash pickup</source>
        <translation>Инкассация</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="180"/>
        <source>Cash movement</source>
        <translation>Движение наличных</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="184"/>
        <location filename="../../ui/features/shift/shift.py" line="218"/>
        <source>No shift is open. Open it with Ctrl+H.</source>
        <translation>Смена не открыта. Откройте её клавишами Ctrl+H.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="208"/>
        <source>{0}: {1} recorded.</source>
        <translation>{0}: записано {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="222"/>
        <source>Finish or park the current sale first.</source>
        <translation>Сначала завершите или отложите текущую продажу.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="225"/>
        <source>No sale</source>
        <translation>Без продажи</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="231"/>
        <source>Drawer opened (no sale).</source>
        <translation>Ящик открыт (без продажи).</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="242"/>
        <source>Count the drawer, piece by piece.</source>
        <translation>Пересчитайте ящик, по купюрам и монетам.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="249"/>
        <source>Count kept: {0}.</source>
        <translation>Пересчёт сохранён: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="251"/>
        <location filename="../../ui/features/shift/shift.py" line="331"/>
        <source>Variance {0}.</source>
        <translation>Расхождение {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="261"/>
        <source>No shift has been closed on this till yet.</source>
        <translation>На этой кассе ещё не закрывали смену.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="273"/>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="273"/>
        <source>Z report</source>
        <translation>Z-отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="288"/>
        <source>Report printed.</source>
        <translation>Отчёт напечатан.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="307"/>
        <location filename="../../ui/features/shift/shift.py" line="326"/>
        <source>Close the shift</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="308"/>
        <source>Count everything in the drawer, piece by piece. The Z report follows.</source>
        <translation>Пересчитайте всё в ящике, по купюрам и монетам. Затем Z-отчёт.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="328"/>
        <source>The count is off from what the drawer should hold by more than the allowed limit.</source>
        <translation>Пересчитанная сумма отличается от ожидаемой больше допустимого.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="332"/>
        <source>Count again, or close with a supervisor&apos;s approval.</source>
        <translation>Пересчитайте ещё раз или закройте с разрешения старшего кассира.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="333"/>
        <source>Count again</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="334"/>
        <source>Supervisor approval</source>
        <translation>Разрешение старшего</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="335"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="343"/>
        <source>The shift stays open.</source>
        <translation>Смена остаётся открытой.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="352"/>
        <source>Closing with this variance needs a supervisor.</source>
        <translation>Закрыть смену с таким расхождением может только старший.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="355"/>
        <source>Not approved; the shift stays open.</source>
        <translation>Не разрешено; смена остаётся открытой.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="369"/>
        <source>Shift closed: Z {0}. Open a new shift to sell again.</source>
        <translation>Смена закрыта: Z {0}. Чтобы продавать, откройте новую смену.</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="50"/>
        <source>Stock of {0}</source>
        <translation>Остатки: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="56"/>
        <source>Asking the hub…</source>
        <translation>Запрос к центральному серверу…</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>Reserved</source>
        <translation>Зарезервировано</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>Figure from</source>
        <translation>Данные от</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="67"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="77"/>
        <source>Live figures from the hub.</source>
        <translation>Текущие данные с центрального сервера.</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="80"/>
        <source>Offline: figures as the till last heard them; see how old each is.</source>
        <translation>Нет связи: данные последней синхронизации; смотрите, насколько стара каждая цифра.</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="84"/>
        <source>No stock figures known.</source>
        <translation>Данных об остатках нет.</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="89"/>
        <source>{0} (this store)</source>
        <translation>{0} (этот магазин)</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="92"/>
        <source>{0} ({1} sold here, not yet synced)</source>
        <translation>{0} ({1} продано здесь, ещё не синхронизировано)</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="34"/>
        <source>Sync: starting…</source>
        <translation>Синхронизация: запуск…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="44"/>
        <source>Sync now  Ctrl+S</source>
        <translation>Синхронизировать  Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="54"/>
        <source>hub unreachable</source>
        <translation>сервер недоступен</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="55"/>
        <source>hub busy</source>
        <translation>сервер перегружен</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="56"/>
        <source>hub error</source>
        <translation>ошибка сервера</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="57"/>
        <location filename="../../ui/shell/sync_status.py" line="58"/>
        <source>hub answer refused</source>
        <translation>ответ сервера отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="59"/>
        <source>request refused</source>
        <translation>запрос отклонён</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="66"/>
        <source>last sync {0}</source>
        <translation>последняя синхронизация {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="68"/>
        <source>never synced</source>
        <translation>ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="72"/>
        <source>Not paired with a hub</source>
        <translation>Нет привязки к центральному серверу</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="75"/>
        <source>Device token file is not private: pair the till again</source>
        <translation>Файл токена устройства доступен другим: привяжите кассу заново</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="77"/>
        <source>The hub refused this till: pair it again</source>
        <translation>Сервер отклонил эту кассу: привяжите её заново</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="80"/>
        <source>Offline ({0}) · {1}</source>
        <translation>Нет связи ({0}) · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="83"/>
        <source>Syncing… · {0}</source>
        <translation>Синхронизация… · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="85"/>
        <source>Online · {0}</source>
        <translation>В сети · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="91"/>
        <source>Refused by hub: {0}  Ctrl+R</source>
        <translation>Отклонено сервером: {0}  Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="98"/>
        <source>No hub: this till works on its own</source>
        <translation>Без сервера: касса работает автономно</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="106"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="107"/>
        <source>Stock</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="108"/>
        <source>Search index building</source>
        <translation>Построение поискового индекса</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="111"/>
        <source>about {0} s left</source>
        <translation>осталось около {0} с</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="118"/>
        <source>{feed}: {done} of {total} · {eta}</source>
        <translation>{feed}: {done} из {total} · {eta}</translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="35"/>
        <location filename="../../ui/features/sync_records/sync_records.py" line="57"/>
        <source>Only a manager can see records the hub refused.</source>
        <translation>Только управляющий может видеть записи, отклонённые сервером.</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="43"/>
        <source>This till does not sync with a hub.</source>
        <translation>Эта касса не синхронизируется с сервером.</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="50"/>
        <source>Syncing with the hub…</source>
        <translation>Синхронизация с сервером…</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="71"/>
        <source>The hub reports a promo code used twice (sale {0}, promotion {1}); the sale stands. A manager can see it with Ctrl+R.</source>
        <translation>Сервер сообщает о двойном использовании промокода (продажа {0}, акция {1}); продажа остаётся в силе. Менеджер увидит это по Ctrl+R.</translation>
    </message>
</context>
<context>
    <name>TerminalForm</name>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="89"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="94"/>
        <source>network (TCP)</source>
        <translation>сеть (TCP)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="95"/>
        <source>serial</source>
        <translation>последовательный порт</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="107"/>
        <source>Also print the terminal&apos;s merchant receipt</source>
        <translation>Печатать также чек терминала для продавца</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="109"/>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="110"/>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="111"/>
        <source>Host</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="112"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="113"/>
        <source>Serial port</source>
        <translation>Последовательный порт</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="114"/>
        <source>Baud rate</source>
        <translation>Скорость (бод)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="131"/>
        <source>The card terminal needs its network address (host).</source>
        <translation>Платёжному терминалу нужен сетевой адрес (host).</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="137"/>
        <source>The card terminal needs its serial port, e.g. /dev/ttyUSB0.</source>
        <translation>Платёжному терминалу нужен последовательный порт, напр. /dev/ttyUSB0.</translation>
    </message>
</context>
<context>
    <name>TerminalStatusIndicator</name>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="27"/>
        <source>Terminal: checking…</source>
        <translation>Терминал: проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="42"/>
        <source>Terminal: ready</source>
        <translation>Терминал: готов</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="44"/>
        <source>Terminal: NOT READY</source>
        <translation>Терминал: НЕ ГОТОВ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="46"/>
        <source>Terminal: UNREACHABLE</source>
        <translation>Терминал: НЕТ СВЯЗИ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="53"/>
        <source>Terminal: paying…</source>
        <translation>Терминал: оплата…</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="106"/>
        <source>Scan a barcode or type to search  (3*code sells three)</source>
        <translation>Отсканируйте штрихкод или введите для поиска  (3*код — три штуки)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="129"/>
        <location filename="../../ui/shell/till_screen.py" line="256"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="141"/>
        <source>Pay  F12</source>
        <translation>Оплата  F12</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="169"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="28"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="38"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="24"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="19"/>
        <source>Park</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="20"/>
        <source>Recall</source>
        <translation>Вызвать</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="27"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="30"/>
        <source>Void line</source>
        <translation>Сторно позиции</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="31"/>
        <source>Void sale</source>
        <translation>Отмена чека</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="51"/>
        <source>Reprint</source>
        <translation>Копия чека</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="54"/>
        <source>Last receipt</source>
        <translation>Последний чек</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock.py" line="17"/>
        <source>Stock</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="171"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/card_terminal.py" line="16"/>
        <source>Card terminal</source>
        <translation>Платёжный терминал</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="44"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="58"/>
        <source>Pay</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="26"/>
        <source>Sync with the hub now</source>
        <translation>Синхронизировать с сервером сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="32"/>
        <source>Records refused by the hub (manager)</source>
        <translation>Записи, отклонённые сервером (управляющий)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanners.py" line="25"/>
        <source>Scanners: choose and test</source>
        <translation>Сканеры: выбор и проверка</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup.py" line="25"/>
        <source>Pickup orders: queue, picking, handover</source>
        <translation>Заказы на выдачу: очередь, сборка, выдача</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="239"/>
        <source>Items: {0}</source>
        <translation>Товаров: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="242"/>
        <source>Discounts: −{0}</source>
        <translation>Скидки: −{0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="248"/>
        <source>of which VAT: {0}</source>
        <translation>в т. ч. НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="250"/>
        <source>plus VAT: {0}</source>
        <translation>плюс НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="253"/>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="308"/>
        <source>Type it as quantity*barcode, e.g. 3*5901234123457.</source>
        <translation>Введите как количество*штрихкод, например 3*5901234123457.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="341"/>
        <source>A quantity goes only with a product&apos;s barcode.</source>
        <translation>Количество указывается только со штрихкодом товара.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="362"/>
        <source>Select a line first (arrow keys or tap).</source>
        <translation>Сначала выберите позицию (стрелки или касание).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="379"/>
        <source>Finish the payment before signing out.</source>
        <translation>Завершите оплату перед выходом.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="16"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="36"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="37"/>
        <source>Open the drawer (no sale)</source>
        <translation>Открыть ящик (без продажи)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="33"/>
        <source>Return of a sale (or scan its receipt)</source>
        <translation>Возврат продажи (или отсканируйте чек)</translation>
    </message>
</context>
<context>
    <name>TillSettings</name>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="23"/>
        <source>Only a manager changes the till&apos;s settings.</source>
        <translation>Только менеджер меняет настройки кассы.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="45"/>
        <source>Settings saved. Printer, card terminal, language and formats change when the till is started again.</source>
        <translation>Настройки сохранены. Принтер, платёжный терминал, язык и форматы изменятся после перезапуска кассы.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="52"/>
        <source>Settings saved and applied.</source>
        <translation>Настройки сохранены и применены.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="24"/>
        <source>{store} · till {till}</source>
        <translation>{store} · касса {till}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="28"/>
        <location filename="../../ui/shell/status_bar.py" line="106"/>
        <source>Printer: ready</source>
        <translation>Принтер: готов</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="62"/>
        <source>Scanner: NOT CONNECTED — {0}</source>
        <translation>Сканер: НЕ ПОДКЛЮЧЁН — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="64"/>
        <source>Scanner: connecting…</source>
        <translation>Сканер: подключение…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="67"/>
        <source>Scanners: ready ({0})</source>
        <translation>Сканеры: готовы ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="73"/>
        <source>cashier</source>
        <translation>кассир</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="74"/>
        <source>supervisor</source>
        <translation>старший кассир</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="75"/>
        <source>manager</source>
        <translation>управляющий</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="78"/>
        <source>Signed in: {0} ({1})</source>
        <translation>Вход выполнен: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="80"/>
        <source>Signed out</source>
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="94"/>
        <source>Pickup: {0} new · {1} ready (Ctrl+O)</source>
        <translation>Выдача: новых {0} · готовы {1} (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="100"/>
        <source>Waiting to sync: {0}</source>
        <translation>Ожидает синхронизации: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="107"/>
        <source>Printer: printing…</source>
        <translation>Принтер: печать…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="108"/>
        <source>Printer: PROBLEM — {0}</source>
        <translation>Принтер: ПРОБЛЕМА — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="109"/>
        <source>Printer: no status reply</source>
        <translation>Принтер: нет ответа о состоянии</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="110"/>
        <source>Printer: OFFLINE</source>
        <translation>Принтер: НЕДОСТУПЕН</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="111"/>
        <source>Printer: OUT OF PAPER</source>
        <translation>Принтер: НЕТ БУМАГИ</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../ui/app.py" line="77"/>
        <source>Omnitill — {0}</source>
        <translation>Omnitill — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="79"/>
        <source>Starting the till…</source>
        <translation>Запуск кассы…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>The till could not start: {0}</source>
        <translation>Не удалось запустить кассу: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="233"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="150"/>
        <source>Approvals by {name} were locked at {time} after too many wrong PINs.</source>
        <translation>Подтверждения пользователя {name} заблокированы в {time} после слишком многих неверных PIN-кодов.</translation>
    </message>
</context>
<context>
    <name>WebReturnPage</name>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="63"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="64"/>
        <source>Taken home</source>
        <translation>Забрано</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="65"/>
        <source>Returned before</source>
        <translation>Возвращено ранее</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="66"/>
        <source>Brought back</source>
        <translation>Возвращается</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="67"/>
        <source>Back on the shelf</source>
        <translation>На полку</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="77"/>
        <source>Customer changed their mind</source>
        <translation>Покупатель передумал</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="78"/>
        <source>Damaged</source>
        <translation>Повреждён</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="79"/>
        <source>Wrong item</source>
        <translation>Не тот товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="80"/>
        <source>Not as described</source>
        <translation>Не соответствует описанию</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="84"/>
        <source>Refund in cash</source>
        <translation>Возврат наличными</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="86"/>
        <source>Refund to the card</source>
        <translation>Возврат на карту</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="95"/>
        <source>Refund</source>
        <translation>Вернуть деньги</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="97"/>
        <source>Back to the queue</source>
        <translation>Назад к очереди</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="110"/>
        <source>Return of web order {0} · {1}</source>
        <translation>Возврат интернет-заказа {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="156"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Введите число, например 2 или 0,250.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="169"/>
        <source>To refund: {0}</source>
        <translation>К возврату: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="194"/>
        <source>Follow the card terminal…</source>
        <translation>Следуйте указаниям терминала…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="208"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Старший кассир может подтвердить своим PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="211"/>
        <source>Not approved; nothing was refunded.</source>
        <translation>Не подтверждено; ничего не возвращено.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="227"/>
        <source>The card refund was not approved; nothing was refunded or recorded.</source>
        <translation>Возврат на карту не одобрен; ничего не возвращено и не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="274"/>
        <source>Return of {0} recorded; refunded {1}.</source>
        <translation>Возврат {0} записан; возвращено {1}.</translation>
    </message>
</context>
</TS>
