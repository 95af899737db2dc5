<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../ui/features/discounts/approvals.py" line="28"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Старший касир може підтвердити своїм PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/approvals.py" line="32"/>
        <source>Not approved; nothing was changed.</source>
        <translation>Не підтверджено; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/approvals.py" line="51"/>
        <source>Approved.</source>
        <translation>Підтверджено.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="127"/>
        <source>Opening the camera…</source>
        <translation>Підключення камери…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="131"/>
        <source>The camera stopped sending pictures. Check its cable; the till keeps trying.</source>
        <translation>Камера перестала передавати зображення. Перевірте кабель; каса продовжує спроби.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="134"/>
        <source>The camera is off.</source>
        <translation>Камеру вимкнено.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="192"/>
        <source>No camera found. Connect a camera or choose another one in the scanner settings; the till keeps trying.</source>
        <translation>Камеру не знайдено. Підключіть камеру або виберіть іншу в налаштуваннях сканера; каса продовжує спроби.</translation>
    </message>
</context>
<context>
    <name>CardTerminalMenu</name>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="45"/>
        <source>No card terminal is set up at this till.</source>
        <translation>До цієї каси не підключено платіжний термінал.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="48"/>
        <source>End of day: close the card batch and print its report</source>
        <translation>Закриття дня: закрити пакет карткових операцій і надрукувати звіт</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="49"/>
        <source>Reverse the last card payment</source>
        <translation>Скасувати останній платіж карткою</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="50"/>
        <source>Check an unknown card payment with the terminal</source>
        <translation>Перевірити в терміналі платіж карткою з невідомим результатом</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="51"/>
        <source>Settle an unknown card payment by hand</source>
        <translation>Врегулювати вручну платіж карткою з невідомим результатом</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="54"/>
        <source>Card terminal</source>
        <translation>Платіжний термінал</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="55"/>
        <source>Manager functions of the card terminal</source>
        <translation>Функції менеджера для платіжного термінала</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="70"/>
        <source>The card terminal&apos;s functions need a manager.</source>
        <translation>Для функцій платіжного термінала потрібен менеджер.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="87"/>
        <source>End of day at the card terminal…</source>
        <translation>Закриття дня на платіжному терміналі…</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="93"/>
        <source>The terminal refused the end of day ({0}).</source>
        <translation>Термінал відмовив у закритті дня ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="100"/>
        <source>Card terminal: end of day</source>
        <translation>Платіжний термінал: закриття дня</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="101"/>
        <location filename="../../ui/features/card_terminal/menu.py" line="126"/>
        <source>Card total</source>
        <translation>Разом за картками</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="107"/>
        <source>End of day done. Card total {0}.</source>
        <translation>День закрито. Разом за картками {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="116"/>
        <source>The terminal did not reverse the payment ({0}).</source>
        <translation>Термінал не скасував платіж ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="125"/>
        <source>Card payment reversed</source>
        <translation>Платіж карткою скасовано</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="133"/>
        <source>Card payment of {0} reversed.</source>
        <translation>Платіж карткою на {0} скасовано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="142"/>
        <source>No card payment is waiting to be checked.</source>
        <translation>Немає платежів карткою, що чекають на перевірку.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="159"/>
        <source>Settle a card payment</source>
        <translation>Врегулювати платіж карткою</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="160"/>
        <source>What does the terminal&apos;s printout say about the payment of {0}?</source>
        <translation>Що каже чек термінала про платіж на {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="163"/>
        <source>Approved: the customer was charged</source>
        <translation>Схвалено: кошти з клієнта списано</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="163"/>
        <source>Not charged</source>
        <translation>Не списано</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="180"/>
        <source>The card payment of {0} is settled as {1}.</source>
        <translation>Платіж карткою на {0} врегульовано як: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="182"/>
        <source>charged</source>
        <translation>списано</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="182"/>
        <source>not charged</source>
        <translation>не списано</translation>
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
        <translation>К-сть</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="42"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="43"/>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="44"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="106"/>
        <source>Voided: {0}</source>
        <translation>Сторновано: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="119"/>
        <source>{0} (voided)</source>
        <translation>{0} (сторно)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="121"/>
        <source>{0} (price changed)</source>
        <translation>{0} (ціну змінено)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="123"/>
        <source>{0} (promo)</source>
        <translation>{0} (акція)</translation>
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
        <translation>Підтвердити підрахунок</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="160"/>
        <source>Counted: type whole pieces in every field.</source>
        <translation>Пораховано: введіть у кожне поле ціле число штук.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="163"/>
        <source>Counted: {0}</source>
        <translation>Пораховано: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="165"/>
        <source>Expected: {0}</source>
        <translation>Очікується: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="173"/>
        <source>Type how many pieces of each: whole numbers up to {0}.</source>
        <translation>Введіть кількість штук кожного номіналу: цілі числа до {0}.</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="95"/>
        <source>The hub cannot be reached: the customer&apos;s history is not shown. The promo is honoured up to {0} and checked when the hub is back.</source>
        <translation>Сервер недоступний: історію клієнта не показано. Акція враховується до {0} і буде перевірена після відновлення зв’язку.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="134"/>
        <source>The customer was let go after a while without a sale change.</source>
        <translation>Клієнта відв’язано після тривалого часу без змін у продажу.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="142"/>
        <source>No customer: scan the customer&apos;s promo QR code first.</source>
        <translation>Немає клієнта: спершу відскануйте QR-код клієнта.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="148"/>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="42"/>
        <source>placed</source>
        <translation>оформлено</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="43"/>
        <source>ready</source>
        <translation>готове</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="44"/>
        <source>collected</source>
        <translation>отримано</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="45"/>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="46"/>
        <source>paid</source>
        <translation>оплачено</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="47"/>
        <source>returned</source>
        <translation>повернено</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="48"/>
        <source>partly returned</source>
        <translation>частково повернено</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="82"/>
        <source>Remove customer</source>
        <translation>Прибрати клієнта</translation>
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
        <translation>Коли / де</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="105"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="107"/>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="107"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="107"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="124"/>
        <source>Viewed</source>
        <translation>Переглянуті</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="125"/>
        <source>Suggested here</source>
        <translation>Радимо тут</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="126"/>
        <source>Online cart</source>
        <translation>Онлайн-кошик</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="127"/>
        <source>Wishlist</source>
        <translation>Список бажань</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="128"/>
        <source>Searches</source>
        <translation>Пошуки</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="129"/>
        <source>Orders</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="159"/>
        <source>Customer (loading…)</source>
        <translation>Клієнт (завантаження…)</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="163"/>
        <source>Asking the hub for the customer…</source>
        <translation>Запитуємо дані клієнта в центрального сервера…</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="171"/>
        <source>Code valid until {0}</source>
        <translation>Код дійсний до {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="176"/>
        <source>Promotion {0}</source>
        <translation>Акція {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="179"/>
        <source>{0} % off</source>
        <translation>знижка {0} %</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="181"/>
        <source>{0} off</source>
        <translation>знижка {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="194"/>
        <source>Customer (offline)</source>
        <translation>Клієнт (немає зв’язку)</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="196"/>
        <source>The hub cannot be reached: the customer&apos;s history is not available.</source>
        <translation>Немає зв’язку з центральним сервером: історія клієнта недоступна.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="202"/>
        <source>{0} tier · {1} points · code uses left: {2}</source>
        <translation>рівень {0} · {1} балів · залишилось використань коду: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="214"/>
        <source>{0} pcs</source>
        <translation>{0} шт.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="224"/>
        <source>in stock here</source>
        <translation>є в цьому магазині</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="262"/>
        <source>Applied: −{0} on this sale.</source>
        <translation>Застосовано: −{0} у цьому продажу.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="264"/>
        <source>Offline limit {0} reached.</source>
        <translation>Досягнуто офлайн-ліміт {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="266"/>
        <source>Not applied now: {0}</source>
        <translation>Зараз не застосовано: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="269"/>
        <source>(honoured offline up to {0}; checked when the hub is back)</source>
        <translation>(без зв’язку враховується до {0}; перевіряється після відновлення зв’язку з сервером)</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="276"/>
        <source>the basket must reach {0}.</source>
        <translation>сума кошика має досягти {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="280"/>
        <source>the basket is under the minimum spend.</source>
        <translation>сума кошика нижча за мінімальну.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="281"/>
        <source>nothing in the cart it applies to.</source>
        <translation>у кошику немає товарів, до яких вона застосовується.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="282"/>
        <source>the promotion has not started.</source>
        <translation>акція ще не почалася.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="283"/>
        <source>the promotion has ended.</source>
        <translation>акція закінчилася.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="284"/>
        <source>not valid in this store.</source>
        <translation>не діє в цьому магазині.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="333"/>
        <source>here {0} · elsewhere {1}</source>
        <translation>тут {0} · в інших місцях {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="341"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="158"/>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="158"/>
        <source>Give a discount</source>
        <translation>Надати знижку</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="160"/>
        <source>Selected line</source>
        <translation>Вибрана позиція</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="161"/>
        <source>Whole sale</source>
        <translation>Весь чек</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="171"/>
        <source>Percent %</source>
        <translation>Відсоток %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="172"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="194"/>
        <source>Type a discount greater than zero.</source>
        <translation>Введіть знижку більшу за нуль.</translation>
    </message>
</context>
<context>
    <name>Discounts</name>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="37"/>
        <source>Scan something first.</source>
        <translation>Спершу відскануйте товар.</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="76"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="77"/>
        <source>New unit price for {0}</source>
        <translation>Нова ціна за одиницю: {0}</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../../domain/errors.py" line="22"/>
        <source>The operation is not allowed.</source>
        <translation>Операцію не дозволено.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="51"/>
        <source>Currency {left} cannot be combined with {right}.</source>
        <translation>Валюту {left} не можна поєднувати з {right}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="64"/>
        <source>The quantity {quantity} is not valid.</source>
        <translation>Кількість {quantity} неприпустима.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="72"/>
        <source>The quantity must be more than zero.</source>
        <translation>Кількість має бути більшою за нуль.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="77"/>
        <source>This item is sold by the piece; {quantity} is not a whole number.</source>
        <translation>Цей товар продається поштучно; {quantity} — не ціле число.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="84"/>
        <source>A weight has at most three decimals (grams); {quantity} has more.</source>
        <translation>Вага має щонайбільше три знаки після коми (грами); у {quantity} більше.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="91"/>
        <source>The quantity {quantity} exceeds the limit {limit}.</source>
        <translation>Кількість {quantity} перевищує межу {limit}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="104"/>
        <source>There is no line {line_no} on this sale.</source>
        <translation>У цьому чеку немає позиції {line_no}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="112"/>
        <source>Line {line_no} is already voided.</source>
        <translation>Позицію {line_no} вже сторновано.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="120"/>
        <source>The price {price} is not valid.</source>
        <translation>Ціна {price} неприпустима.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="128"/>
        <source>Please give a reason.</source>
        <translation>Вкажіть причину.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="141"/>
        <source>The discount {discount} is not valid.</source>
        <translation>Знижка {discount} неприпустима.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="149"/>
        <source>A discount must be more than zero.</source>
        <translation>Знижка має бути більшою за нуль.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="154"/>
        <source>A discount cannot exceed 100 %.</source>
        <translation>Знижка не може перевищувати 100 %.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="159"/>
        <source>The discount {discount} is more than the amount {amount} it applies to.</source>
        <translation>Знижка {discount} більша за суму {amount}, до якої вона застосовується.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="174"/>
        <source>A {role} may not do this ({action}) without a supervisor&apos;s approval.</source>
        <translation>Роль {role} не може виконати це ({action}) без підтвердження старшого касира.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="186"/>
        <source>A {role} may give at most {limit} % discount; this is {percent} %.</source>
        <translation>Роль {role} може надати знижку не більше {limit} %; тут {percent} %.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="198"/>
        <source>The approval by a {role} does not cover this action ({action}).</source>
        <translation>Підтвердження ролі {role} не поширюється на цю дію ({action}).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="208"/>
        <source>This sale is {state} and cannot be changed.</source>
        <translation>Цей продаж у стані {state} і не може бути змінений.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="216"/>
        <source>The sale has no items.</source>
        <translation>У чеку немає товарів.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="226"/>
        <source>Payment has started; remove the payments before changing the sale.</source>
        <translation>Оплату вже розпочато; видаліть платежі, перш ніж змінювати чек.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="239"/>
        <source>The payment amount {amount} is not valid.</source>
        <translation>Сума платежу {amount} неприпустима.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="249"/>
        <source>The payment {amount} is more than the {due} left to pay.</source>
        <translation>Платіж {amount} більший за залишок до сплати {due}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="259"/>
        <source>There is no payment {tender_id} on this sale.</source>
        <translation>У цьому чеку немає платежу {tender_id}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="267"/>
        <source>{paid} paid of {due} due; {balance} is still to pay.</source>
        <translation>Сплачено {paid} з {due}; залишилось сплатити {balance}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="280"/>
        <source>The stored sale document is invalid: {problem}.</source>
        <translation>Збережений документ продажу пошкоджено: {problem}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="288"/>
        <source>{barcode} is not a valid barcode.</source>
        <translation>{barcode} — неправильний штрихкод.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="296"/>
        <source>The weight or price in label {barcode} does not check out; weigh the item again.</source>
        <translation>Вага або ціна на етикетці {barcode} не сходяться; зважте товар знову.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="310"/>
        <source>This label layout cannot be used.</source>
        <translation>Цей макет етикетки не можна використати.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="315"/>
        <source>Label prefixes are two digits from 20 to 29, e.g. 27, 28.</source>
        <translation>Префікси етикеток — дві цифри від 20 до 29, наприклад 27, 28.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="322"/>
        <source>The layout uses {used} digits; an EAN-13 code has 13.</source>
        <translation>Макет займає {used} цифр; у коді EAN-13 їх 13.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="332"/>
        <source>A check digit before the value needs a value of 4 or 5 digits.</source>
        <translation>Контрольній цифрі перед значенням потрібне значення з 4 або 5 цифр.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="339"/>
        <source>The value has fewer digits than decimals.</source>
        <translation>У значенні менше цифр, ніж знаків після коми.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="344"/>
        <source>The code {barcode} could not be read as a GS1 code; scan it again.</source>
        <translation>Код {barcode} не читається як код GS1; відскануйте його ще раз.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="354"/>
        <source>{name} is sold by the piece; a weight label cannot sell it.</source>
        <translation>{name} продається поштучно; за ваговою етикеткою його продати не можна.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="364"/>
        <source>This marked item is already in the sale (line {line_no}).</source>
        <translation>Цей маркований товар уже є в продажу (рядок {line_no}).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="374"/>
        <source>A marked item is sold one at a time: scan each item&apos;s own code.</source>
        <translation>Маркований товар продається по одному: скануйте код кожної одиниці.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="386"/>
        <source>This user cannot be added.</source>
        <translation>Цього користувача не можна додати.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="391"/>
        <source>Type the user&apos;s name.</source>
        <translation>Введіть ім’я користувача.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="396"/>
        <source>The PIN must contain digits only.</source>
        <translation>PIN має складатися лише з цифр.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="401"/>
        <source>The PIN must be 4 to 8 digits long.</source>
        <translation>PIN має містити від 4 до 8 цифр.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="406"/>
        <source>This PIN is already used by another user; choose another.</source>
        <translation>Цей PIN уже використовує інший користувач; виберіть інший.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="413"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>PIN-коди не збігаються; введіть той самий PIN двічі.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="420"/>
        <source>This till has users already; a manager adds new ones.</source>
        <translation>Ця каса вже має користувачів; нових додає менеджер.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="430"/>
        <source>The till knows no banknotes and coins of {currency} to count.</source>
        <translation>Каса не знає банкнот і монет {currency} для перерахунку.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="440"/>
        <source>{value} cannot be part of a drawer count.</source>
        <translation>{value} не може входити до перерахунку грошової скриньки.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="448"/>
        <source>{amount} is not an amount of cash this can move.</source>
        <translation>{amount} — неприпустима сума готівки для цієї операції.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="456"/>
        <source>No shift is open on this till: open one first.</source>
        <translation>На цій касі немає відкритої зміни: спочатку відкрийте її.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="464"/>
        <source>A shift is already open on this till.</source>
        <translation>На цій касі вже відкрита зміна.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="472"/>
        <source>The cash record {record} is in the shift already.</source>
        <translation>Касовий запис {record} уже є у зміні.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="480"/>
        <source>Count the drawer before closing the shift.</source>
        <translation>Перерахуйте грошову скриньку перед закриттям зміни.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="488"/>
        <source>Cash went in or out after the drawer was counted: count it again.</source>
        <translation>Після перерахунку скриньки готівку вносили або видавали: перерахуйте знову.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="498"/>
        <source>The counted cash is {variance} off the expected: a supervisor must approve the close.</source>
        <translation>Перераховані готівкові відрізняються від очікуваних на {variance}: закриття має підтвердити старший касир.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="509"/>
        <source>Finish or void the open and parked sales first ({count}).</source>
        <translation>Спочатку завершіть або анулюйте відкриті та відкладені чеки ({count}).</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="11"/>
        <source>Unknown barcode {barcode}: no product has it.</source>
        <translation>Невідомий штрихкод {barcode}: такого товару немає.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="19"/>
        <source>That PIN does not belong to a {role} or higher. Nothing was changed.</source>
        <translation>Цей PIN не належить ролі {role} або вищій. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="43"/>
        <source>There is no receipt to reprint yet.</source>
        <translation>Поки немає чека для повторного друку.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="48"/>
        <source>That parked sale was already recalled.</source>
        <translation>Цей відкладений чек уже відновлено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="53"/>
        <source>Printer problem: {detail} The sale is saved; reprint when the printer is back.</source>
        <translation>Проблема з принтером: {detail} Продаж збережено; надрукуйте повторно, коли принтер запрацює.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="64"/>
        <source>Too many wrong PINs. Try again in {seconds} seconds or ask a manager.</source>
        <translation>Забагато неправильних PIN. Повторіть через {seconds} с або зверніться до керівника.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="77"/>
        <source>Pickup codes are not supported by this till yet. Nothing changed.</source>
        <translation>Ця каса поки не підтримує коди видачі замовлень. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="84"/>
        <source>The scanned code is not a product or a code this till knows: {code}</source>
        <translation>Відсканований код — не товар і не код, відомий цій касі: {code}</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="94"/>
        <source>No receipt of this till has the id {sale_id}.</source>
        <translation>Жоден чек цієї каси не має ідентифікатора {sale_id}.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="102"/>
        <source>No card terminal is set up at this till.</source>
        <translation>До цієї каси не підключено платіжний термінал.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="107"/>
        <source>A card payment of {amount} has an unknown outcome. Check it with the terminal (or a manager settles it) before taking another card payment.</source>
        <translation>Платіж карткою на {amount} має невідомий результат. Перевірте його в терміналі (або хай менеджер його врегулює), перш ніж приймати новий платіж карткою.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="119"/>
        <source>The card terminal cannot be reached ({detail}). Nothing was charged.</source>
        <translation>Платіжний термінал недоступний ({detail}). Нічого не списано.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="129"/>
        <source>The terminal could not say what became of the payment ({detail}). Try again, or a manager settles it from the terminal&apos;s printout.</source>
        <translation>Термінал не зміг повідомити результат платежу ({detail}). Спробуйте ще раз або хай менеджер врегулює його за чеком термінала.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="141"/>
        <source>There is no approved card payment to reverse.</source>
        <translation>Немає схваленого платежу карткою для скасування.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="151"/>
        <source>This promo code cannot be used. Nothing changed.</source>
        <translation>Цей промокод не можна використати. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="156"/>
        <source>This QR code is far too long to be a promo code. Nothing changed.</source>
        <translation>Цей QR-код занадто довгий для промокоду. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="163"/>
        <source>This promo code is damaged or incomplete (scan it again, or ask the customer to open it again). Nothing changed.</source>
        <translation>Цей промокод пошкоджений або неповний (відскануйте його ще раз або попросіть клієнта відкрити його знову). Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="172"/>
        <source>This promo code is of a newer kind than this till reads. Nothing changed.</source>
        <translation>Цей промокод новішого формату, ніж читає ця каса. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="179"/>
        <source>This promo code was signed with a key the till does not know (key {key_id}): sync with the hub and scan again. Nothing changed.</source>
        <translation>Цей промокод підписано ключем, якого каса не знає (ключ {key_id}): синхронізуйтеся з сервером і відскануйте знову. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="191"/>
        <source>This promo code is forged or altered: its signature does not match. Nothing changed.</source>
        <translation>Цей промокод підроблений або змінений: підпис не збігається. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="199"/>
        <source>This QR code is a genuine code, but not a promo code. Nothing changed.</source>
        <translation>Цей QR-код справжній, але це не промокод. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="206"/>
        <source>This promo code is valid from {when} only. Nothing changed.</source>
        <translation>Цей промокод діє лише з {when}. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="216"/>
        <source>This promo code expired on {when}. Nothing changed.</source>
        <translation>Термін дії цього промокоду закінчився {when}. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="226"/>
        <source>This promo code is valid in {stores} only, not here. Nothing changed.</source>
        <translation>Цей промокод діє лише в {stores}, не тут. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="236"/>
        <source>This promo code has already been used. Nothing changed.</source>
        <translation>Цей промокод уже використано. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="243"/>
        <source>This customer has withdrawn consent to share their data: the code cannot be used at the till. Nothing changed.</source>
        <translation>Цей клієнт відкликав згоду на передачу своїх даних: код не можна використати на касі. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="252"/>
        <source>The promotion of this code is over or was withdrawn. Nothing changed.</source>
        <translation>Акція цього коду закінчилася або скасована. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="259"/>
        <source>The till has not received the hub&apos;s keys yet, so it cannot check promo codes: sync with the hub and scan again. Nothing changed.</source>
        <translation>Каса ще не отримала ключі від сервера і не може перевіряти промокоди: синхронізуйтеся й відскануйте знову. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="268"/>
        <source>The till does not know this code&apos;s promotion yet and the hub cannot be reached. Nothing changed.</source>
        <translation>Каса ще не знає акції цього коду, а сервер недоступний. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="277"/>
        <source>The hub cannot be reached, so the customer&apos;s history cannot be shown and this code cannot be honoured offline here. Nothing changed.</source>
        <translation>Сервер недоступний: історію клієнта показати не можна, а цей код тут не можна прийняти без зв’язку. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="286"/>
        <source>A customer is already attached to this sale: remove them in the customer panel first. Nothing changed.</source>
        <translation>До цього продажу вже прив’язано клієнта: спершу приберіть його в панелі клієнта. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="295"/>
        <source>{name} is not in this till&apos;s catalog (yet): sync with the hub, or scan it. Nothing changed.</source>
        <translation>{name} (поки) немає в каталозі цієї каси: синхронізуйтеся з сервером або відскануйте товар. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="49"/>
        <source>Order {number} is closed (collected, cancelled or expired): it can no longer be changed. Nothing changed.</source>
        <translation>Замовлення {number} закрите (видане, скасоване або прострочене): його вже не можна змінити. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="61"/>
        <source>That step is not possible for order {number} in its present state.</source>
        <translation>Цей крок неможливий для замовлення {number} у його поточному стані.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="71"/>
        <source>{name} is not in this order. Put it back; nothing was picked.</source>
        <translation>{name} немає в цьому замовленні. Поверніть на місце; нічого не зібрано.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="81"/>
        <source>{name}: the order has {ordered}, {picked} picked already. Not added.</source>
        <translation>{name}: у замовленні {ordered}, вже зібрано {picked}. Не додано.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="91"/>
        <source>{count} line(s) are neither picked nor marked short. Pick them or mark them short.</source>
        <translation>Позиції ({count}) не зібрані й не позначені як нестача. Зберіть їх або позначте нестачу.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="216"/>
        <source>{name}: only {left} can still be returned from this order. Nothing changed.</source>
        <translation>{name}: з цього замовлення можна повернути ще лише {left}. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="226"/>
        <source>Choose what the customer brings back first.</source>
        <translation>Спершу виберіть, що покупець повертає.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="231"/>
        <source>Order {number} was not collected: there is nothing to take back.</source>
        <translation>Замовлення {number} не було видане: приймати назад нічого.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="11"/>
        <source>No pickup order {key} at this store.</source>
        <translation>У цьому магазині немає замовлення на видачу {key}.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="19"/>
        <source>Order {number} is being handled at till {till}. Nothing changed here.</source>
        <translation>Замовлення {number} обробляється на касі {till}. Тут нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="29"/>
        <source>Checking a typed pickup code needs the hub, which cannot be reached now. Nothing was handed over; try again when the till is back online.</source>
        <translation>Для перевірки введеного коду видачі потрібен центральний сервер, він зараз недоступний. Нічого не видано; спробуйте знову, коли каса буде онлайн.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="38"/>
        <source>No order has this pickup code and surname. Check both with the customer.</source>
        <translation>Немає замовлення з таким кодом видачі та прізвищем. Перевірте обидва з покупцем.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="46"/>
        <source>This order is for pickup at {store}, not at this store.</source>
        <translation>Це замовлення треба отримати в {store}, а не в цьому магазині.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="56"/>
        <source>Order {number} cannot be handed over now: it is not ready yet, or already closed.</source>
        <translation>Замовлення {number} зараз не можна видати: воно ще не готове або вже закрите.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="67"/>
        <source>The hub refused this step for order {number} ({reason}). This till now shows the order as the hub has it.</source>
        <translation>Центральний сервер відхилив цей крок для замовлення {number} ({reason}). Каса тепер показує замовлення так, як воно записане на сервері.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="79"/>
        <source>Order {number} was cancelled by the web shop. Stop picking and put the items back.</source>
        <translation>Замовлення {number} скасовано інтернет-магазином. Припиніть збирання й поверніть товари на місце.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="90"/>
        <source>This is not a valid pickup QR code (damaged, altered, or not one of ours). Nothing changed; ask for the typed pickup code instead.</source>
        <translation>Це недійсний QR-код видачі (пошкоджений, змінений або не наш). Нічого не змінено; попросіть код видачі для введення.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="99"/>
        <source>This till cannot check this pickup QR code yet (the hub&apos;s new key has not reached it). Sync with the hub (Ctrl+S) or use the typed pickup code.</source>
        <translation>Ця каса поки не може перевірити цей QR-код видачі (новий ключ сервера до неї не дійшов). Синхронізуйтеся з сервером (Ctrl+S) або використайте код видачі.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="108"/>
        <source>This pickup QR code has expired: the order was not collected in time.</source>
        <translation>Термін дії цього QR-коду видачі минув: замовлення не забрали вчасно.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="116"/>
        <source>Too many wrong pickup codes from this till: wait a few minutes, or scan the customer&apos;s pickup QR code.</source>
        <translation>Забагато неправильних кодів видачі з цієї каси: зачекайте кілька хвилин або відскануйте QR-код видачі покупця.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="31"/>
        <source>Too many wrong approval PINs. Approvals are locked for {seconds} seconds; a manager will be told.</source>
        <translation>Забагато неправильних PIN-кодів підтвердження. Підтвердження заблоковано на {seconds} с; менеджера буде повідомлено.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="27"/>
        <source>{name}: only {left} can still be returned from this sale. Nothing changed.</source>
        <translation>{name}: з цього продажу можна повернути ще лише {left}. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="37"/>
        <source>Sale {sale} was priced net of tax; this till takes back gross-priced sales only.</source>
        <translation>Продаж {sale} був у цінах без податку; ця каса приймає повернення лише продажів у цінах з податком.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="48"/>
        <source>Sale {sale} was paid in {currency}; this till refunds in {till}.</source>
        <translation>Продаж {sale} оплачено в {currency}; ця каса повертає в {till}.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="197"/>
        <source>The exchange&apos;s credit of {credit} is not on the sale. Nothing was recorded.</source>
        <translation>Заліку за обмін {credit} немає в продажу. Нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="11"/>
        <source>No sale {wanted} was found at this till or at the hub. Check the receipt number.</source>
        <translation>Продаж {wanted} не знайдено ні в цій касі, ні в центрі. Перевірте номер чека.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="22"/>
        <source>Sale {sale} was voided: nothing was paid, so nothing can come back.</source>
        <translation>Продаж {sale} анульовано: нічого не сплачено, повертати нічого.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="32"/>
        <source>This is the slip of a return: a return cannot be taken back again.</source>
        <translation>Це чек повернення: повернення не можна повернути ще раз.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="39"/>
        <source>The hub cannot be reached to check other tills&apos; returns: at most {cap} can be refunded now. Nothing changed.</source>
        <translation>Немає зв&apos;язку з центром, щоб перевірити повернення інших кас: зараз можна повернути не більше {cap}. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../domain/no_receipt_return.py" line="27"/>
        <source>Without a receipt at most {cap} can be refunded in one return. Nothing changed.</source>
        <translation>Без чека за одне повернення можна повернути не більше {cap}. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../domain/no_receipt_return.py" line="40"/>
        <source>A return without a receipt needs a supervisor&apos;s PIN.</source>
        <translation>Для повернення без чека потрібен PIN старшого касира.</translation>
    </message>
    <message>
        <location filename="../../domain/no_receipt_return.py" line="50"/>
        <source>This store prices net of tax: a return without a receipt cannot tell what was paid.</source>
        <translation>У цьому магазині ціни без ПДВ: під час повернення без чека невідомо, скільки було сплачено.</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <location filename="../../ui/login.py" line="180"/>
        <source>The first manager</source>
        <translation>Перший менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="189"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="190"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>FirstManagerForm</name>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="21"/>
        <source>This till has no users yet. Add its first manager: they sign in with this PIN and add the other users.</source>
        <translation>Ця каса ще не має користувачів. Додайте першого менеджера: він входить із цим PIN і додає інших користувачів.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="34"/>
        <source>4 to 8 digits</source>
        <translation>від 4 до 8 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="35"/>
        <source>Manager&apos;s name</source>
        <translation>Ім’я менеджера</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="36"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="37"/>
        <source>PIN again</source>
        <translation>PIN ще раз</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="129"/>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="130"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>Setting up the till</source>
        <translation>Налаштування каси</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Connect to the store&apos;s hub (central system)</source>
        <translation>Підключити до сервера магазину (центральна система)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="140"/>
        <source>No hub: a till on its own</source>
        <translation>Без сервера: автономна каса</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="141"/>
        <source>Demo: try the till with a demo store</source>
        <translation>Демо: спробувати касу з демо-магазином</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="152"/>
        <source>from the hub&apos;s manager</source>
        <translation>від адміністратора сервера</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="153"/>
        <source>Hub address</source>
        <translation>Адреса сервера</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="154"/>
        <source>Pairing code</source>
        <translation>Код прив&apos;язки</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="157"/>
        <source>Where does this till belong?</source>
        <translation>До чого належить ця каса?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="170"/>
        <source>Asking the hub…</source>
        <translation>Запит до сервера…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="180"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="181"/>
        <source>Till</source>
        <translation>Каса</translation>
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
        <translation>Код прив&apos;язки вже використано. Якщо це не ваш магазин або каса, скасуйте і попросіть в адміністратора сервера новий код.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="192"/>
        <source>Is this the right store and till?</source>
        <translation>Це правильний магазин і каса?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="203"/>
        <source>Print a test page</source>
        <translation>Надрукувати тестову сторінку</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="208"/>
        <source>Check the terminal</source>
        <translation>Перевірити термінал</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="213"/>
        <source>Receipt printer</source>
        <translation>Чековий принтер</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Card terminal</source>
        <translation>Платіжний термінал</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="223"/>
        <source>Devices</source>
        <translation>Пристрої</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="249"/>
        <source>Scanners</source>
        <translation>Сканери</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="268"/>
        <source>Looking for the till&apos;s users…</source>
        <translation>Шукаю користувачів каси…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="276"/>
        <source>The first manager</source>
        <translation>Перший менеджер</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="278"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="309"/>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="310"/>
        <source>Test page: the printer works.</source>
        <translation>Тестова сторінка: принтер працює.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="313"/>
        <source>Printed on {0}.</source>
        <translation>Надруковано на: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="314"/>
        <source>Not printed: {0}</source>
        <translation>Не надруковано: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="321"/>
        <source>Asking the terminal…</source>
        <translation>Запит до термінала…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="325"/>
        <source>No card terminal: cash only.</source>
        <translation>Немає платіжного термінала: лише готівка.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="327"/>
        <source>The terminal is ready.</source>
        <translation>Термінал готовий.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="330"/>
        <source>The terminal answers but is not ready: {0}</source>
        <translation>Термінал відповідає, але не готовий: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="339"/>
        <source>The terminal does not answer: {0}</source>
        <translation>Термінал не відповідає: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="351"/>
        <source>Saving the set-up…</source>
        <translation>Збереження налаштування…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="377"/>
        <source>That is not a hub address: write it as http://host:port.</source>
        <translation>Це не адреса сервера: введіть її як http://host:port.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="379"/>
        <source>The hub cannot be reached at that address. Check the address and the network, then try again.</source>
        <translation>Сервер недоступний за цією адресою. Перевірте адресу та мережу, потім спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="383"/>
        <source>The hub does not know this pairing code. Check it, or ask for a new one.</source>
        <translation>Сервер не знає цього коду прив&apos;язки. Перевірте його або попросіть новий.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="386"/>
        <source>This pairing code was used already. Ask the hub&apos;s manager for a new one.</source>
        <translation>Цей код прив&apos;язки вже використано. Попросіть в адміністратора сервера новий.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="389"/>
        <source>This pairing code has expired. Ask the hub&apos;s manager for a new one.</source>
        <translation>Термін дії цього коду прив&apos;язки минув. Попросіть в адміністратора сервера новий.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="392"/>
        <source>The hub refused: {0}</source>
        <translation>Сервер відмовив: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="395"/>
        <source>Not saved: {0}. Nothing was written; try again.</source>
        <translation>Не збережено: {0}. Нічого не записано; спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="44"/>
        <source>In the bags</source>
        <translation>У пакетах</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="44"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="44"/>
        <source>Customer takes it</source>
        <translation>Покупець бере</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="58"/>
        <source>Back to the queue</source>
        <translation>Назад до черги</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="75"/>
        <source>Checking the code with the hub…</source>
        <translation>Перевірка коду на сервері…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="109"/>
        <source>Handover {0} · {1} {2} · {3} bag(s)</source>
        <translation>Видача {0} · {1} {2} · пакетів: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="120"/>
        <source>{0} (instead of {1})</source>
        <translation>{0} (замість {1})</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="122"/>
        <source>{0} (not available)</source>
        <translation>{0} (немає в наявності)</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="134"/>
        <source>Hand over</source>
        <translation>Видати</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="136"/>
        <source>Take payment and hand over</source>
        <translation>Прийняти оплату й видати</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="169"/>
        <source>Paid online: {0}</source>
        <translation>Оплачено онлайн: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="171"/>
        <source>To pay now: {0}</source>
        <translation>До сплати зараз: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="179"/>
        <source>Nothing is being handed over.</source>
        <translation>Нічого не видається.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="208"/>
        <source>Order {0} handed over; the hub will hear of it when the till is back online.</source>
        <translation>Замовлення {0} видане; сервер дізнається про це, коли каса знову буде онлайн.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="211"/>
        <source>Order {0} handed over.</source>
        <translation>Замовлення {0} видане.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="219"/>
        <source>Keyboard shortcuts</source>
        <translation>Гарячі клавіші</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="229"/>
        <source>Type a quantity and * before a barcode to sell several (3*5901234123457).</source>
        <translation>Введіть кількість і * перед штрихкодом, щоб продати кілька (3*5901234123457).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="233"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>LabelLayoutsEditor</name>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="59"/>
        <source>Add a layout</source>
        <translation>Додати макет</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="61"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="65"/>
        <source>e.g. 27, 28</source>
        <translation>наприклад 27, 28</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="68"/>
        <source>weight (kg)</source>
        <translation>вагу (кг)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="69"/>
        <source>price</source>
        <translation>ціну</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="72"/>
        <source>A check digit before the value</source>
        <translation>Контрольна цифра перед значенням</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="77"/>
        <source>Scan or type a label&apos;s 13 digits</source>
        <translation>Відскануйте або введіть 13 цифр етикетки</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="89"/>
        <source>Prefixes</source>
        <translation>Префікси</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="90"/>
        <source>Item code digits</source>
        <translation>Цифри коду товару</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="91"/>
        <source>The label carries</source>
        <translation>Етикетка містить</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="92"/>
        <source>Value digits</source>
        <translation>Цифри значення</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="93"/>
        <source>Of them decimals</source>
        <translation>З них після коми</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="95"/>
        <source>Digits</source>
        <translation>Цифри</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="96"/>
        <source>Try a label</source>
        <translation>Перевірити етикетку</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="107"/>
        <source>No scale labels: codes 20-29 are looked up like any other barcode.</source>
        <translation>Немає вагових етикеток: коди 20-29 шукаються як будь-який інший штрихкод.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="143"/>
        <source>{0}: item {1} digits, price {2} digits</source>
        <translation>{0}: товар {1} цифр, ціна {2} цифр</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="146"/>
        <source>{0}: item {1} digits, weight {2} digits</source>
        <translation>{0}: товар {1} цифр, вага {2} цифр</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="198"/>
        <source>I item code, W weight: {0} is {1} kg, K check digit</source>
        <translation>I код товару, W вага: {0} — це {1} кг, K контрольна цифра</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="200"/>
        <source>I item code, P price: {0} is {1}, K check digit</source>
        <translation>I код товару, P ціна: {0} — це {1}, K контрольна цифра</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="203"/>
        <source>, C the value&apos;s check digit</source>
        <translation>, C контрольна цифра значення</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="218"/>
        <source>Not a 13-digit code with one of these prefixes.</source>
        <translation>Це не 13-значний код з одним із цих префіксів.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="225"/>
        <source>Item {0}, {1} kg</source>
        <translation>Товар {0}, {1} кг</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="227"/>
        <source>Item {0}, price {1}</source>
        <translation>Товар {0}, ціна {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="239"/>
        <source>Scale label {0}: {1}</source>
        <translation>Вагова етикетка {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Lines</name>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="44"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="45"/>
        <source>New quantity for {0}</source>
        <translation>Нова кількість: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="65"/>
        <source>Customer changed their mind</source>
        <translation>Покупець передумав</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="66"/>
        <source>Scanned by mistake</source>
        <translation>Відскановано помилково</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="67"/>
        <source>Wrong price</source>
        <translation>Неправильна ціна</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="68"/>
        <source>Damaged item</source>
        <translation>Пошкоджений товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="77"/>
        <source>Void line</source>
        <translation>Сторно позиції</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="78"/>
        <source>Why is line {0} voided?</source>
        <translation>Чому сторнується позиція {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="92"/>
        <source>There is nothing to void.</source>
        <translation>Нічого анулювати.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="97"/>
        <source>A card payment was charged on this sale: finish it, or a manager reverses the card payment first.</source>
        <translation>У цьому продажу списано платіж карткою: завершіть його або хай менеджер спочатку скасує платіж карткою.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="119"/>
        <source>This sale&apos;s card payment has an unknown outcome: check it with the terminal before voiding the sale.</source>
        <translation>Платіж карткою в цьому продажу має невідомий результат: перевірте його в терміналі, перш ніж анулювати продаж.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="130"/>
        <source>Void sale</source>
        <translation>Анулювати чек</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="131"/>
        <source>Why is the whole sale voided?</source>
        <translation>Чому анулюється весь чек?</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="144"/>
        <source>Sale voided.</source>
        <translation>Чек анульовано.</translation>
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
        <translation>Магазин {store} · Каса {till}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="85"/>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="89"/>
        <source>Add the first manager…</source>
        <translation>Додати першого менеджера…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="97"/>
        <source>Demo till — PINs: Anna (cashier) 1111 · Marek (supervisor) 2222 · Olga (manager) 3333</source>
        <translation>Демо-каса — PIN: Anna (касир) 1111 · Marek (старший касир) 2222 · Olga (керівник) 3333</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="124"/>
        <source>This till has no users yet: add its first manager.</source>
        <translation>Ця каса ще не має користувачів: додайте першого менеджера.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="145"/>
        <source>Type your PIN.</source>
        <translation>Введіть свій PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="157"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Неправильний PIN. Спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Something went wrong ({0}). The sale is safe; please try again.</source>
        <translation>Щось пішло не так ({0}). Продаж у безпеці; спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="42"/>
        <source>Amount ({0})</source>
        <translation>Сума ({0})</translation>
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
        <translation>Введіть суму, більшу за нуль, наприклад 50 або 12,50.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="81"/>
        <source>Use at most {0} decimal places.</source>
        <translation>Не більше {0} знаків після коми.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="86"/>
        <source>Choose or type a reason.</source>
        <translation>Виберіть або введіть причину.</translation>
    </message>
</context>
<context>
    <name>NoReceiptDialog</name>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="73"/>
        <source>Return without a receipt</source>
        <translation>Повернення без чека</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="78"/>
        <source>Refunded at today&apos;s shelf price, in cash, at most {0} in all. A supervisor&apos;s PIN is needed, and the return is flagged for the manager.</source>
        <translation>Повернення за сьогоднішньою ціною на полиці, готівкою, загалом не більше {0}. Потрібен PIN старшого касира, повернення позначається для перевірки керівником.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="86"/>
        <source>Scan or type the item&apos;s barcode</source>
        <translation>Відскануйте або введіть штрихкод товару</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="88"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="95"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="96"/>
        <source>Shelf price</source>
        <translation>Ціна на полиці</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="97"/>
        <source>Brought back</source>
        <translation>Повертається</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="98"/>
        <source>Back on the shelf</source>
        <translation>На полицю</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="99"/>
        <source>Refund</source>
        <translation>Повернення</translation>
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
        <translation>Прибрати товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="120"/>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="267"/>
        <source>Scan the items the customer brings back.</source>
        <translation>Відскануйте товари, які повертає покупець.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="124"/>
        <source>Refund in cash (F12)</source>
        <translation>Повернути готівкою (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="128"/>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="160"/>
        <source>That is not an item&apos;s barcode: scan the item itself.</source>
        <translation>Це не штрихкод товару: відскануйте сам товар.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="236"/>
        <source>Type the weight of {0} in kg.</source>
        <translation>Введіть вагу: {0}, у кг.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="249"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Введіть число, наприклад 2 або 0,250.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="275"/>
        <source>To refund in cash: {0}</source>
        <translation>До повернення готівкою: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="291"/>
        <source>A return without a receipt needs a supervisor&apos;s PIN.</source>
        <translation>Для повернення без чека потрібен PIN старшого касира.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="293"/>
        <source>Not approved; nothing was refunded.</source>
        <translation>Не підтверджено; нічого не повернуто.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="320"/>
        <source>Return without a receipt recorded; refunded {0} in cash.</source>
        <translation>Повернення без чека записано; повернуто {0} готівкою.</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="94"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Введіть число, наприклад 2 або 0,250.</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="23"/>
        <source>Delete the last character</source>
        <translation>Видалити останній символ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="25"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="26"/>
        <source>Clear the field</source>
        <translation>Очистити поле</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="30"/>
        <source>Enter</source>
        <translation>Ввід</translation>
    </message>
</context>
<context>
    <name>OrderNumberDialog</name>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="42"/>
        <source>Return of a web order</source>
        <translation>Повернення інтернет-замовлення</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="43"/>
        <source>Type the order number from the handover slip (or scan its barcode).</source>
        <translation>Введіть номер замовлення з квитанції про видачу (або відскануйте її штрихкод).</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="54"/>
        <source>An order number looks like W-10042.</source>
        <translation>Номер замовлення має вигляд W-10042.</translation>
    </message>
</context>
<context>
    <name>Parking</name>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="27"/>
        <source>There is nothing to park.</source>
        <translation>Нічого відкладати.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="37"/>
        <source>Sale parked. Recall it with F6.</source>
        <translation>Чек відкладено. Відновіть його клавішею F6.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="44"/>
        <source>Finish or park the current sale first.</source>
        <translation>Спершу завершіть або відкладіть поточний чек.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="50"/>
        <source>No parked sales.</source>
        <translation>Немає відкладених чеків.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="57"/>
        <source>{0} — {1} lines</source>
        <translation>{0} — позицій: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="59"/>
        <source>Recall</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="59"/>
        <source>Choose a parked sale</source>
        <translation>Виберіть відкладений чек</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="68"/>
        <source>Sale recalled.</source>
        <translation>Чек відновлено.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="73"/>
        <source>A card payment has an unknown outcome. Check it with the terminal (payment dialog, or Ctrl+T for a manager) before the next card payment.</source>
        <translation>Платіж карткою має невідомий результат. Перевірте його в терміналі (вікно оплати або Ctrl+T для менеджера) перед наступним платежом карткою.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="84"/>
        <source>Scan something first.</source>
        <translation>Спершу відскануйте товар.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="87"/>
        <source>Still looking up a scan; one moment.</source>
        <translation>Ще шукаємо відсканований код; хвилинку.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="154"/>
        <source>Receipt {0} saved.</source>
        <translation>Чек {0} збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="156"/>
        <source>Change: {0}</source>
        <translation>Решта: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="160"/>
        <source>Exchange recorded.</source>
        <translation>Обмін записано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="171"/>
        <source>Sale not saved</source>
        <translation>Продаж не збережено</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="173"/>
        <source>The sale could not be saved ({0}). Retry now?</source>
        <translation>Не вдалося зберегти продаж ({0}). Повторити зараз?</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="215"/>
        <source>Receipt reprinted.</source>
        <translation>Чек надруковано повторно.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="230"/>
        <source>No receipt printed yet.</source>
        <translation>Чеків ще не друкували.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="242"/>
        <source>Receipt {0} was not printed: {1} The sale is saved; press F10 to reprint.</source>
        <translation>Чек {0} не надруковано: {1} Продаж збережено; натисніть F10 для повторного друку.</translation>
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
        <translation>Отримано готівкою</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="106"/>
        <source>Payments</source>
        <translation>Платежі</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="108"/>
        <source>Remove payment</source>
        <translation>Видалити платіж</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="128"/>
        <source>Check with the terminal</source>
        <translation>Перевірити в терміналі</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="130"/>
        <source>Settle by hand (manager)</source>
        <translation>Врегулювати вручну (менеджер)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="137"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="433"/>
        <source>Cancel (Esc)</source>
        <translation>Скасувати (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="139"/>
        <source>Cash (Enter)</source>
        <translation>Готівка (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="142"/>
        <source>Card (F8)</source>
        <translation>Картка (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="172"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="230"/>
        <source>Type the amount received, e.g. 50 or 12,30.</source>
        <translation>Введіть отриману суму, наприклад 50 або 12,30.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="196"/>
        <source>The exchange credit stays on the sale; void the sale to cancel it.</source>
        <translation>Залік за обмін залишається в продажу; щоб скасувати його, анулюйте продаж.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="201"/>
        <source>A card payment was charged; only a manager&apos;s reversal takes it back.</source>
        <translation>Платіж карткою списано; повернути його може лише скасування менеджером.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="238"/>
        <source>No card terminal is set up at this till.</source>
        <translation>До цієї каси не підключено платіжний термінал.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="254"/>
        <source>Card payment of {0}: follow the terminal.</source>
        <translation>Платіж карткою на {0}: дотримуйтеся вказівок термінала.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="268"/>
        <source>Cancelling at the terminal…</source>
        <translation>Скасування на терміналі…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="277"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="278"/>
        <source>Customer: enter the PIN on the terminal</source>
        <translation>Клієнт: введіть PIN на терміналі</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="279"/>
        <source>Waiting for the bank…</source>
        <translation>Очікування відповіді банку…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="280"/>
        <source>Customer: insert, tap or swipe the card</source>
        <translation>Клієнт: вставте, прикладіть або проведіть картку</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="281"/>
        <source>Customer: take the card</source>
        <translation>Клієнт: заберіть картку</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="282"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="284"/>
        <source>Please wait…</source>
        <translation>Будь ласка, зачекайте…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="283"/>
        <source>Wrong PIN: the customer tries again</source>
        <translation>Неправильний PIN: клієнт пробує ще раз</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="298"/>
        <source>The connection to the terminal broke after it took the payment. Checking with the terminal…</source>
        <translation>Зв&apos;язок із терміналом обірвався після того, як він прийняв платіж. Перевіряємо в терміналі…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="307"/>
        <source>The card was declined (code {0}). Take another payment.</source>
        <translation>Картку відхилено (код {0}). Прийміть інший спосіб оплати.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="310"/>
        <source>The card payment was cancelled. Nothing was charged.</source>
        <translation>Платіж карткою скасовано. Нічого не списано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="313"/>
        <source>The terminal did not take the payment ({0}). Nothing was charged.</source>
        <translation>Термінал не прийняв платіж ({0}). Нічого не списано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="337"/>
        <source>Card payment approved.</source>
        <translation>Платіж карткою схвалено.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="346"/>
        <source>An earlier card payment of {0} has an unknown outcome. Check it with the terminal before taking another card payment.</source>
        <translation>Попередній платіж карткою на {0} має невідомий результат. Перевірте його в терміналі, перш ніж приймати новий платіж карткою.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="376"/>
        <source>The earlier card payment of {0} is settled as {1}.</source>
        <translation>Попередній платіж карткою на {0} врегульовано як: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="378"/>
        <source>charged</source>
        <translation>списано</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="378"/>
        <source>not charged</source>
        <translation>не списано</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="385"/>
        <source>The terminal did not complete the payment. Nothing was charged.</source>
        <translation>Термінал не завершив платіж. Нічого не списано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="394"/>
        <source>Settle a card payment</source>
        <translation>Врегулювати платіж карткою</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="395"/>
        <source>What does the terminal&apos;s printout say about the payment of {0}?</source>
        <translation>Що каже чек термінала про платіж на {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="398"/>
        <source>Approved: the customer was charged</source>
        <translation>Схвалено: кошти з клієнта списано</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="398"/>
        <source>Not charged</source>
        <translation>Не списано</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="404"/>
        <source>A manager settles unknown card payments.</source>
        <translation>Платежі карткою з невідомим результатом врегульовує менеджер.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="433"/>
        <source>Cancel card payment (Esc)</source>
        <translation>Скасувати платіж карткою (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="450"/>
        <source>To pay: {0}</source>
        <translation>До сплати: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="451"/>
        <source>Total {0}</source>
        <translation>Разом {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="453"/>
        <source>paid {0}</source>
        <translation>сплачено {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="455"/>
        <source>cash rounding {0}</source>
        <translation>заокруглення готівки {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="460"/>
        <source>Exchange credit</source>
        <translation>Залік за обмін</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="462"/>
        <source>Cash</source>
        <translation>Готівка</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="469"/>
        <source>Card</source>
        <translation>Картка</translation>
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
        <translation>Замовлено</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="52"/>
        <source>Picked</source>
        <translation>Зібрано</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="52"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="61"/>
        <source>Mark short</source>
        <translation>Позначити нестачу</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="63"/>
        <source>Substitute…</source>
        <translation>Заміна…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="65"/>
        <source>Print pick list</source>
        <translation>Друк листа збирання</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="69"/>
        <source>Bags: </source>
        <translation>Пакети: </translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="70"/>
        <source>Ready for pickup</source>
        <translation>Готові до видачі</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="72"/>
        <source>Let go of it</source>
        <translation>Звільнити замовлення</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="74"/>
        <source>Back to the queue</source>
        <translation>Назад до черги</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="100"/>
        <source>Picking {0} · {1} · ready by {2}</source>
        <translation>Збирання {0} · {1} · готове до {2}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="128"/>
        <source>substitute: {0} × {1} ({2})</source>
        <translation>заміна: {0} × {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="131"/>
        <source>customer agreed</source>
        <translation>покупець погодився</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="133"/>
        <source>no consent</source>
        <translation>без згоди</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="136"/>
        <source>short</source>
        <translation>нестача</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="138"/>
        <source>picked ✓</source>
        <translation>зібрано ✓</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="140"/>
        <source>to pick</source>
        <translation>зібрати</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="168"/>
        <source>Scan the weight label of {0}.</source>
        <translation>Відскануйте вагову етикетку {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="193"/>
        <source>Select a line first.</source>
        <translation>Спершу виберіть позицію.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="211"/>
        <source>Scan the substitute for {0} (or pick another action to cancel).</source>
        <translation>Відскануйте заміну для {0} (або виберіть іншу дію, щоб скасувати).</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="225"/>
        <location filename="../../ui/features/pickup/picking_page.py" line="236"/>
        <source>Substitute</source>
        <translation>Заміна</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="226"/>
        <source>How much of {0} instead of {1}?</source>
        <translation>Скільки {0} замість {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="237"/>
        <source>Did the customer agree to {0} instead of {1}?</source>
        <translation>Покупець погодився на {0} замість {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="287"/>
        <source>Order {0} is ready here; the hub (and the customer) will hear of it when the till is back online.</source>
        <translation>Замовлення {0} готове тут; сервер (і покупець) дізнаються про це, коли каса знову буде онлайн.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="292"/>
        <source>Order {0} is ready; the customer has been notified.</source>
        <translation>Замовлення {0} готове; покупця сповіщено.</translation>
    </message>
</context>
<context>
    <name>Pickup</name>
    <message>
        <location filename="../../ui/features/pickup/checkout.py" line="55"/>
        <source>Finish or park the current sale before taking a pickup payment.</source>
        <translation>Завершіть або відкладіть поточний продаж, перш ніж приймати оплату за видачу.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/checkout.py" line="124"/>
        <source>Order {0} paid and handed over.</source>
        <translation>Замовлення {0} оплачене й видане.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="34"/>
        <source>new</source>
        <translation>нове</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="35"/>
        <source>picking</source>
        <translation>збирається</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="36"/>
        <source>ready</source>
        <translation>готове</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="37"/>
        <source>collected</source>
        <translation>видане</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="38"/>
        <source>partly collected</source>
        <translation>видане частково</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="39"/>
        <source>cancelled</source>
        <translation>скасоване</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="40"/>
        <source>not collected</source>
        <translation>не забране</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="119"/>
        <source>{0}  OVERDUE</source>
        <translation>{0}  ПРОСТРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="120"/>
        <source>{0} min</source>
        <translation>{0} хв</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="121"/>
        <source>{0} h {1} min</source>
        <translation>{0} год {1} хв</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="149"/>
        <source>{0} (not sent yet)</source>
        <translation>{0} (ще не надіслано)</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="151"/>
        <source>paid</source>
        <translation>оплачене</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="153"/>
        <source>pay at pickup</source>
        <translation>оплата при отриманні</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="195"/>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="196"/>
        <source>Ready by</source>
        <translation>Готове до</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="197"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="198"/>
        <source>Lines</source>
        <translation>Позиції</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="199"/>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="200"/>
        <source>Till</source>
        <translation>Каса</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="201"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup.py" line="54"/>
        <source>Pickup orders come from the hub; this till does not sync with one.</source>
        <translation>Замовлення на видачу надходять із сервера; ця каса не синхронізується з ним.</translation>
    </message>
</context>
<context>
    <name>PickupCodeDialog</name>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="17"/>
        <source>Hand over by code</source>
        <translation>Видача за кодом</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="18"/>
        <source>Type the customer&apos;s pickup code and ask for their surname.</source>
        <translation>Введіть код видачі покупця й запитайте його прізвище.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="22"/>
        <source>Pickup code, e.g. 7KQ2MX</source>
        <translation>Код видачі, напр. 7KQ2MX</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="25"/>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="32"/>
        <source>Both the code and the surname are needed.</source>
        <translation>Потрібні і код, і прізвище.</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="81"/>
        <source>Pickup orders</source>
        <translation>Замовлення на видачу</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="103"/>
        <source>Scan an item or a pickup QR code (or type a barcode)</source>
        <translation>Відскануйте товар або QR-код видачі (або введіть штрихкод)</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="134"/>
        <source>Open orders</source>
        <translation>Відкриті замовлення</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="135"/>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="136"/>
        <source>Being picked</source>
        <translation>Збираються</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="137"/>
        <source>Ready for pickup</source>
        <translation>Готові до видачі</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="138"/>
        <source>All, closed too</source>
        <translation>Усі, разом із закритими</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="163"/>
        <source>Pick the order</source>
        <translation>Зібрати замовлення</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="166"/>
        <source>Hand over by code…</source>
        <translation>Видати за кодом…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="168"/>
        <source>Return of a web order…</source>
        <translation>Повернення інтернет-замовлення…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="170"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="250"/>
        <source>{0} new · {1} being picked · {2} ready · {3} overdue</source>
        <translation>нових: {0} · збираються: {1} · готові: {2} · прострочені: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="291"/>
        <source>Order {0} is being picked at till {1}.</source>
        <translation>Замовлення {0} збирається на касі {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="296"/>
        <source>Order {0} is ready: scan the customer&apos;s pickup QR code or use “Hand over by code…”.</source>
        <translation>Замовлення {0} готове: відскануйте QR-код видачі покупця або скористайтеся «Видати за кодом…».</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="303"/>
        <source>Order {0} is {1}.</source>
        <translation>Замовлення {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="315"/>
        <source>Offline: picking is recorded here and sent when the hub is back.</source>
        <translation>Офлайн: збирання записується тут і буде надіслане, коли сервер знову стане доступним.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="370"/>
        <source>Open an order to pick first, or scan a customer&apos;s pickup QR code.</source>
        <translation>Спершу відкрийте замовлення для збирання або відскануйте QR-код видачі покупця.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="104"/>
        <source>Supervisor approval</source>
        <translation>Підтвердження старшого касира</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="109"/>
        <source>Supervisor PIN</source>
        <translation>PIN старшого касира</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="121"/>
        <source>Type the supervisor&apos;s PIN.</source>
        <translation>Введіть PIN старшого касира.</translation>
    </message>
</context>
<context>
    <name>PrinterForm</name>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="35"/>
        <source>file (a device or spool file)</source>
        <translation>файл (пристрій або файл спулера)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="36"/>
        <source>network (TCP, port 9100)</source>
        <translation>мережа (TCP, порт 9100)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="37"/>
        <source>serial</source>
        <translation>послідовний порт</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="38"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="39"/>
        <source>virtual (preview only)</source>
        <translation>віртуальний (лише перегляд)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="45"/>
        <source>e.g. host=192.168.1.50 port=9100</source>
        <translation>напр. host=192.168.1.50 port=9100</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="47"/>
        <source>Open the cash drawer on cash payments</source>
        <translation>Відкривати грошову скриньку при оплаті готівкою</translation>
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
        <translation>Підключення</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="54"/>
        <source>Options</source>
        <translation>Параметри</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="55"/>
        <source>Printer model (profile)</source>
        <translation>Модель принтера (профіль)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="56"/>
        <source>The receipt&apos;s code (for returns)</source>
        <translation>Код на чеку (для повернень)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="64"/>
        <source>The printer options do not fit (name=value): {0}</source>
        <translation>Параметри принтера неправильні (ім&apos;я=значення): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="67"/>
        <source>A network printer needs its address: host=…</source>
        <translation>Мережевому принтеру потрібна адреса: host=…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="70"/>
        <source>This printer needs its device: {0}=/dev/…</source>
        <translation>Цьому принтеру потрібен пристрій: {0}=/dev/…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="136"/>
        <source>Other reason…</source>
        <translation>Інша причина…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="148"/>
        <source>Choose or type a reason.</source>
        <translation>Виберіть або введіть причину.</translation>
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
        <translation>Каса</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="28"/>
        <source>Cashier</source>
        <translation>Касир</translation>
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
        <translation>Проміжний підсумок</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="31"/>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="32"/>
        <source>discount</source>
        <translation>знижка</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="33"/>
        <source>TOTAL</source>
        <translation>СУМА</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="34"/>
        <source>Cash rounding</source>
        <translation>Заокруглення</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="35"/>
        <source>To pay</source>
        <translation>До сплати</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="36"/>
        <location filename="../../services/shift_slips.py" line="39"/>
        <source>VAT</source>
        <translation>ПДВ</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="37"/>
        <location filename="../../services/shift_slips.py" line="40"/>
        <source>Net</source>
        <translation>Без ПДВ</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="38"/>
        <location filename="../../services/shift_slips.py" line="41"/>
        <source>Tax</source>
        <translation>Податок</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="39"/>
        <location filename="../../services/shift_slips.py" line="42"/>
        <source>Gross</source>
        <translation>З ПДВ</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="41"/>
        <source>Exchange credit</source>
        <translation>Залік за обмін</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="26"/>
        <source>PICK LIST</source>
        <translation>ЛИСТ ЗБИРАННЯ</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="27"/>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="29"/>
        <source>Ready by</source>
        <translation>Готове до</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="30"/>
        <source>Lines</source>
        <translation>Позиції</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="31"/>
        <source>Bag</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="32"/>
        <source>PICKUP HANDOVER</source>
        <translation>ВИДАЧА ЗАМОВЛЕННЯ</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="33"/>
        <source>Paid online</source>
        <translation>Оплачено онлайн</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="34"/>
        <source>Paid at the till</source>
        <translation>Оплачено на касі</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="35"/>
        <source>not available</source>
        <translation>немає в наявності</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="36"/>
        <source>instead of</source>
        <translation>замість</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="37"/>
        <source>not taken</source>
        <translation>не взято</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="40"/>
        <source>WEB ORDER RETURN</source>
        <translation>ПОВЕРНЕННЯ ІНТЕРНЕТ-ЗАМОВЛЕННЯ</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="41"/>
        <location filename="../../services/return_slips.py" line="30"/>
        <location filename="../../services/shift_slips.py" line="38"/>
        <source>Refunded</source>
        <translation>Повернено</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="42"/>
        <location filename="../../services/receipt_builder.py" line="40"/>
        <location filename="../../services/return_slips.py" line="31"/>
        <location filename="../../services/shift_slips.py" line="43"/>
        <source>Cash</source>
        <translation>Готівка</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="43"/>
        <location filename="../../services/receipt_builder.py" line="42"/>
        <location filename="../../services/return_slips.py" line="32"/>
        <location filename="../../services/shift_slips.py" line="44"/>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="44"/>
        <location filename="../../services/return_slips.py" line="33"/>
        <source>back on the shelf</source>
        <translation>назад на полицю</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="43"/>
        <source>Change</source>
        <translation>Решта</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="44"/>
        <source>COPY</source>
        <translation>КОПІЯ</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="45"/>
        <source>price changed</source>
        <translation>ціну змінено</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="46"/>
        <source>marked item</source>
        <translation>маркований товар</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="47"/>
        <source>Tax ID</source>
        <translation>ІПН</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="48"/>
        <source>Promo</source>
        <translation>Акція</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="28"/>
        <location filename="../../services/receipt_builder.py" line="49"/>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="50"/>
        <source>Points earned</source>
        <translation>Нараховано балів</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="51"/>
        <source>promo honoured offline</source>
        <translation>акцію прийнято без зв’язку</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="21"/>
        <source>X REPORT</source>
        <translation>X-ЗВІТ</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="22"/>
        <source>Z REPORT</source>
        <translation>Z-ЗВІТ</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="23"/>
        <source>Z number</source>
        <translation>Номер Z</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="25"/>
        <source>Shift opened</source>
        <translation>Зміну відкрито</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="27"/>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="28"/>
        <source>Returns</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="29"/>
        <source>Voided sales</source>
        <translation>Анульовані чеки</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="30"/>
        <source>Voided lines</source>
        <translation>Сторновані позиції</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="31"/>
        <source>Discounts</source>
        <translation>Знижки</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="32"/>
        <source>Drawer opened, no sale</source>
        <translation>Відкриття шухляди без продажу</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="33"/>
        <source>Net sales</source>
        <translation>Чисті продажі</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="34"/>
        <source>Expected cash</source>
        <translation>Очікувана готівка</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="35"/>
        <source>Counted cash</source>
        <translation>Перерахована готівка</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="36"/>
        <source>Variance</source>
        <translation>Розбіжність</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="37"/>
        <source>Counts made</source>
        <translation>Перерахунків</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="45"/>
        <source>CASH MOVEMENT</source>
        <translation>РУХ ГОТІВКИ</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="24"/>
        <source>RETURN</source>
        <translation>ПОВЕРНЕННЯ</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="25"/>
        <source>Original sale</source>
        <translation>Початковий продаж</translation>
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
        <translation>Перевірено без зв&apos;язку</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="35"/>
        <source>Without a receipt</source>
        <translation>Без чека</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="36"/>
        <source>Approved by</source>
        <translation>Затвердив</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="47"/>
        <source>Opening float</source>
        <translation>Розмінна сума</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="48"/>
        <source>Pay-in</source>
        <translation>Внесення</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="49"/>
        <source>Pay-out</source>
        <translation>Виплата</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="50"/>
        <source>Safe drop</source>
        <translation>Здача в сейф</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="51"/>
        <source>Cash pickup</source>
        <translation>Інкасація</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="52"/>
        <source>No sale</source>
        <translation>Без продажу</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../../ui/features/payment/receipt_preview.py" line="66"/>
        <source>Receipt (virtual printer)</source>
        <translation>Чек (віртуальний принтер)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/receipt_preview.py" line="73"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>RejectedRecordsDialog</name>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="46"/>
        <source>Records refused by the hub</source>
        <translation>Записи, відхилені центральним сервером</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="51"/>
        <source>The hub refused these records as invalid. They are kept here and do not hold up the others. Fix the cause at the hub, then send a record again.</source>
        <translation>Центральний сервер відхилив ці записи як неправильні. Вони зберігаються тут і не затримують інші. Усуньте причину на сервері, потім надішліть запис знову.</translation>
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
        <translation>Ідентифікатор</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="59"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="66"/>
        <source>Promo codes the hub found used twice</source>
        <translation>Промокоди, які сервер визнав використаними двічі</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="69"/>
        <source>Sale</source>
        <translation>Продаж</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="69"/>
        <source>Promotion</source>
        <translation>Акція</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="69"/>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="78"/>
        <source>Send again</source>
        <translation>Надіслати знову</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="80"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="99"/>
        <source>{0} (given offline)</source>
        <translation>{0} (надано без зв’язку)</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="106"/>
        <source>sale</source>
        <translation>продаж</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="106"/>
        <source>voided sale</source>
        <translation>анульований продаж</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="119"/>
        <source>No refused records.</source>
        <translation>Відхилених записів немає.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/features/shift/report_dialog.py" line="32"/>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/report_dialog.py" line="35"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="82"/>
        <source>Return of a sale</source>
        <translation>Повернення продажу</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="86"/>
        <source>Today&apos;s sales</source>
        <translation>Продажі за сьогодні</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="97"/>
        <source>Scan the receipt or type its number</source>
        <translation>Відскануйте чек або введіть його номер</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="99"/>
        <source>Find</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="104"/>
        <location filename="../../ui/features/returns/return_dialog.py" line="234"/>
        <source>Scan the customer&apos;s receipt, or pick today&apos;s sale.</source>
        <translation>Відскануйте чек покупця або виберіть сьогоднішній продаж.</translation>
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
        <translation>Повернуто раніше</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="113"/>
        <source>Paid</source>
        <translation>Сплачено</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="114"/>
        <source>Brought back</source>
        <translation>Повертається</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="115"/>
        <source>Back on the shelf</source>
        <translation>На полицю</translation>
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
        <translation>Уся позиція</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="129"/>
        <source>Refund as paid</source>
        <translation>Повернути як сплачено</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="130"/>
        <source>Refund all in cash</source>
        <translation>Повернути все готівкою</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="145"/>
        <source>Refund (F12)</source>
        <translation>Повернути (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="149"/>
        <source>Exchange (F9)</source>
        <translation>Обмін (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="151"/>
        <source>Take these back and sell other goods: the difference is settled at Pay.</source>
        <translation>Прийняти ці товари й продати інші: різниця розраховується під час оплати.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="156"/>
        <source>No receipt… (F7)</source>
        <translation>Без чека… (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="158"/>
        <source>The customer has no receipt: refund at the shelf price, with a PIN.</source>
        <translation>Покупець не має чека: повернення за ціною на полиці, з PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="161"/>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="205"/>
        <source>Scan the receipt; for goods without one, choose No receipt (F7).</source>
        <translation>Відскануйте чек; для товарів без чека виберіть «Без чека» (F7).</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="230"/>
        <source>Looking for the sale…</source>
        <translation>Шукаю продаж…</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="242"/>
        <source>Sale {0} of {1}, till {2}: {3}</source>
        <translation>Продаж {0} від {1}, каса {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="248"/>
        <source>The hub cannot be reached: other tills&apos; returns are unknown, at most {0} can be refunded, and the return is flagged for checking.</source>
        <translation>Немає зв&apos;язку з центром: повернення інших кас невідомі, можна повернути не більше {0}, і повернення буде позначено для перевірки.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="312"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Введіть число, наприклад 2 або 0,250.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="330"/>
        <source>Choose what the customer brings back.</source>
        <translation>Виберіть, що повертає покупець.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="345"/>
        <source>card {0}</source>
        <translation>картка {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="345"/>
        <source>cash {0}</source>
        <translation>готівка {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="350"/>
        <source>To refund: {0} ({1})</source>
        <translation>До повернення: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="377"/>
        <source>Part of this sale was paid by card, and this till has no card terminal: choose to refund it all in cash.</source>
        <translation>Частину цього продажу сплачено карткою, а ця каса не має терміналу: виберіть повернення всього готівкою.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="390"/>
        <source>This sale was paid with two cards: choose to refund it all in cash.</source>
        <translation>Цей продаж сплачено двома картками: виберіть повернення всього готівкою.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="394"/>
        <source>Follow the card terminal…</source>
        <translation>Дотримуйтесь вказівок терміналу…</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="427"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Старший касир може підтвердити своїм PIN-кодом.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="430"/>
        <source>Not approved; nothing was refunded.</source>
        <translation>Не підтверджено; нічого не повернуто.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="447"/>
        <source>The card refund was not approved; nothing was refunded or recorded.</source>
        <translation>Повернення на картку не схвалено; нічого не повернуто і не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="484"/>
        <source>Return recorded; refunded {0}.</source>
        <translation>Повернення записано; повернуто {0}.</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <location filename="../../domain/sale_return.py" line="65"/>
        <source>Customer changed their mind</source>
        <translation>Покупець передумав</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="66"/>
        <source>Defective</source>
        <translation>Брак</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="67"/>
        <source>Wrong item</source>
        <translation>Не той товар</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="68"/>
        <source>Not as described</source>
        <translation>Не відповідає опису</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="41"/>
        <source>Finish or park the sale first; then take the return.</source>
        <translation>Спочатку завершіть або відкладіть продаж, потім прийміть повернення.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="86"/>
        <source>Exchange: {0} credit. Scan the new goods, then Pay (F12).</source>
        <translation>Обмін: залік {0}. Відскануйте нові товари, потім Оплата (F12).</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="100"/>
        <source>The exchange was cancelled; nothing was taken back.</source>
        <translation>Обмін скасовано; нічого не прийнято назад.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="114"/>
        <source>voided</source>
        <translation>анульовано</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="114"/>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="116"/>
        <source>Receipt {0} of {1}: {2} ({3}).</source>
        <translation>Чек {0} від {1}: {2} ({3}).</translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="40"/>
        <source>Scanners</source>
        <translation>Сканери</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="58"/>
        <source>Only a manager can change the scanners; anyone can test them.</source>
        <translation>Змінювати сканери може лише менеджер; перевірити їх може будь-хто.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="60"/>
        <source>Changes take effect when saved.</source>
        <translation>Зміни діють після збереження.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="67"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>ScannerListEditor</name>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="140"/>
        <source>Scanners of this till</source>
        <translation>Сканери цієї каси</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="155"/>
        <source>options, e.g. url=/dev/ttyACM0 baudrate=9600</source>
        <translation>параметри, напр. url=/dev/ttyACM0 baudrate=9600</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="156"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="311"/>
        <source>on</source>
        <translation>увімк.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="158"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="160"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="174"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="375"/>
        <source>Looking for scanners…</source>
        <translation>Пошук сканерів…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="176"/>
        <source>Look again</source>
        <translation>Шукати знову</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="178"/>
        <source>Found on this machine:</source>
        <translation>Знайдено на цьому комп&apos;ютері:</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="187"/>
        <source>Keyboard-wedge scanner on</source>
        <translation>Сканер-клавіатуру ввімкнено</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="199"/>
        <source>Average gap between a scan&apos;s keys at most</source>
        <translation>Середній інтервал між символами скану не більше</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="200"/>
        <source>Shortest code</source>
        <translation>Найкоротший код</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="205"/>
        <source>{0} (missing libraries)</source>
        <translation>{0} (бракує бібліотек)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="208"/>
        <source>Kinds this till can run: {0}</source>
        <translation>Види, доступні на цій касі: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="223"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="228"/>
        <source>a camera, a video file or a stream URL</source>
        <translation>камера, відеофайл або адреса потоку (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="234"/>
        <source>Camera to add:</source>
        <translation>Додати камеру:</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="249"/>
        <source>Scan something now</source>
        <translation>Відскануйте щось зараз</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="251"/>
        <source>Test the chosen scanner</source>
        <translation>Перевірити вибраний сканер</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="255"/>
        <source>Waiting for a scan from any scanner…</source>
        <translation>Очікування скану з будь-якого сканера…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="310"/>
        <source>Keyboard wedge: {0} (keys ≤ {1} ms apart, at least {2} characters)</source>
        <translation>Сканер-клавіатура: {0} (клавіші через ≤ {1} мс, щонайменше {2} символів)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="311"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="329"/>
        <source>off</source>
        <translation>вимк.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="325"/>
        <source>not installed</source>
        <translation>не встановлено</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="327"/>
        <source>missing libraries</source>
        <translation>бракує бібліотек</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="333"/>
        <source>bad options: {0}</source>
        <translation>хибні параметри: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="338"/>
        <source>ready</source>
        <translation>готовий</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="339"/>
        <source>connecting</source>
        <translation>підключення</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="340"/>
        <source>disconnected, retrying</source>
        <translation>відключено, повторна спроба</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="341"/>
        <source>stopped</source>
        <translation>зупинено</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="342"/>
        <source>cannot start</source>
        <translation>не запускається</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="343"/>
        <source>not started</source>
        <translation>не запущено</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="351"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="449"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="468"/>
        <source>These options do not fit: {0}</source>
        <translation>Ці параметри не підходять: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="385"/>
        <source>{0} found: choose one to add it</source>
        <translation>Знайдено: {0}; виберіть, щоб додати</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="387"/>
        <source>none found</source>
        <translation>нічого не знайдено</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="390"/>
        <source>No serial port or camera found (a keyboard-wedge scanner needs none)</source>
        <translation>Послідовний порт або камеру не знайдено (клавіатурному сканеру вони не потрібні)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="403"/>
        <source>Could not look for scanners: {0}</source>
        <translation>Не вдалося знайти сканери: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="471"/>
        <source>This till cannot run cameras: libraries are missing.</source>
        <translation>Ця каса не може працювати з камерами: бракує бібліотек.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="504"/>
        <source>Scan a code with the keyboard-wedge scanner now.</source>
        <translation>Відскануйте код клавіатурним сканером.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="506"/>
        <source>The keyboard-wedge scanner is off: turn it on to test it.</source>
        <translation>Клавіатурний сканер вимкнено: увімкніть його, щоб перевірити.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="512"/>
        <source>this kind cannot run here</source>
        <translation>цей тип не працює на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="515"/>
        <source>This scanner cannot be tested: {0}</source>
        <translation>Цей сканер не можна перевірити: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="520"/>
        <source>Hold a code in front of {0}.</source>
        <translation>Піднесіть код до {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="523"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="546"/>
        <source>Scan a code with {0} now.</source>
        <translation>Відскануйте код: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="525"/>
        <source>Opening {0}…</source>
        <translation>Відкриваю {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="549"/>
        <source>{0} does not answer: {1}</source>
        <translation>{0} не відповідає: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="561"/>
        <source>Read from {0}:</source>
        <translation>Прочитано з {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="570"/>
        <source>Symbology</source>
        <translation>Символіка</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="571"/>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="572"/>
        <source>Bytes</source>
        <translation>Байти</translation>
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
        <translation>промокод покупця</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="584"/>
        <source>pickup code</source>
        <translation>код видачі замовлення</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="585"/>
        <source>receipt</source>
        <translation>чек</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="586"/>
        <source>unknown: nothing will happen</source>
        <translation>невідомо: нічого не станеться</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="588"/>
        <source>Meaning</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="592"/>
        <source>Value</source>
        <translation>Значення коду</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="595"/>
        <source>Looked up as</source>
        <translation>Шукали як</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="597"/>
        <source>GTIN-14</source>
        <translation>GTIN-14</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="599"/>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="601"/>
        <source>Label price</source>
        <translation>Ціна з етикетки</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="605"/>
        <source>{0} — EXPIRED</source>
        <translation>{0} — ПРОСТРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="606"/>
        <source>Expiry</source>
        <translation>Термін придатності</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="609"/>
        <source>Batch</source>
        <translation>Партія</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="611"/>
        <source>Serial</source>
        <translation>Серійний номер</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="613"/>
        <source>Marking code (kept verbatim)</source>
        <translation>Код маркування (зберігається дослівно)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="40"/>
        <source>Find product</source>
        <translation>Пошук товару</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="52"/>
        <source>Name, SKU or barcode</source>
        <translation>Назва, артикул або штрихкод</translation>
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
        <translation>Од.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="63"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="74"/>
        <source>Ctrl+E: stock of the selected product in every store</source>
        <translation>Ctrl+E: залишок вибраного товару в усіх магазинах</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="101"/>
        <source>All departments</source>
        <translation>Усі відділи</translation>
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
        <translation>Товарів: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="147"/>
        <source>Nothing found</source>
        <translation>Нічого не знайдено</translation>
    </message>
</context>
<context>
    <name>Selling</name>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="66"/>
        <source>Finish or cancel the payment before scanning more.</source>
        <translation>Завершіть або скасуйте оплату, перш ніж сканувати далі.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="76"/>
        <source>The label already says how much; scan it on its own.</source>
        <translation>На етикетці вже вказано кількість; скануйте її без множника.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="97"/>
        <source>Expired item</source>
        <translation>Прострочений товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="98"/>
        <source>{0} expired on {1}. Sell it anyway?</source>
        <translation>{0}: термін придатності минув {1}. Все одно продати?</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="104"/>
        <source>{0} expired on {1}: not sold.</source>
        <translation>{0}: термін придатності минув {1}; не продано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="125"/>
        <source>Weight</source>
        <translation>Вага</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="126"/>
        <source>Weight of {0} in kg</source>
        <translation>Вага товару «{0}» у кг</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="61"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="68"/>
        <source>Receipt printer</source>
        <translation>Чековий принтер</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="70"/>
        <source>Card terminal</source>
        <translation>Платіжний термінал</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="75"/>
        <source>Keyboard-wedge scanner on</source>
        <translation>Сканер у режимі клавіатури увімкнено</translation>
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
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="91"/>
        <source>by key position</source>
        <translation>за положенням клавіш</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="92"/>
        <source>as typed</source>
        <translation>як введені</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="96"/>
        <source>with their key positions (usual)</source>
        <translation>з положенням клавіш (зазвичай)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="97"/>
        <source>without positions, in the Russian layout</source>
        <translation>без положення, у російській розкладці</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="98"/>
        <source>without positions, in the Ukrainian layout</source>
        <translation>без положення, в українській розкладці</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="102"/>
        <source>Serial and camera scanners…</source>
        <translation>Послідовні сканери та камери…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="105"/>
        <source>Average gap between a scan&apos;s keys at most</source>
        <translation>Середній інтервал між символами скану не більше</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="106"/>
        <source>Longest pause inside a scan</source>
        <translation>Найдовша пауза всередині скану</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="107"/>
        <source>Shortest code</source>
        <translation>Найкоротший код</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="108"/>
        <source>Scan ends with</source>
        <translation>Скан закінчується на</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="109"/>
        <source>Prefix the scanner sends</source>
        <translation>Префікс, який надсилає сканер</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="110"/>
        <source>Suffix the scanner sends</source>
        <translation>Суфікс, який надсилає сканер</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="111"/>
        <source>Read the scanner&apos;s keys</source>
        <translation>Читати клавіші сканера</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="112"/>
        <source>The keys arrive</source>
        <translation>Клавіші надходять</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="114"/>
        <source>Scanners</source>
        <translation>Сканери</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="117"/>
        <source>Scale labels</source>
        <translation>Вагові етикетки</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="131"/>
        <source>Language of the till</source>
        <translation>Мова каси</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="132"/>
        <source>Formats (numbers, money, dates)</source>
        <translation>Формати (числа, суми, дати)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="133"/>
        <source>Promo discount allowed offline, at most</source>
        <translation>Максимальна промознижка без зв&apos;язку</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="134"/>
        <source>A customer stays attached without a change for</source>
        <translation>Покупець залишається прив&apos;язаним без змін</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="135"/>
        <source>Language and store</source>
        <translation>Мова і магазин</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="140"/>
        <source>Support bundle…</source>
        <translation>Пакет для підтримки…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="142"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="183"/>
        <source>The longest pause inside a scan cannot be shorter than the average gap.</source>
        <translation>Найдовша пауза всередині скану не може бути коротшою за середній інтервал.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="188"/>
        <location filename="../../ui/features/settings/settings_dialog.py" line="190"/>
        <source>The offline promo discount must be an amount, e.g. 20.00.</source>
        <translation>Знижка без зв&apos;язку має бути сумою, напр. 20.00.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="193"/>
        <source>{0} is not a locale this till knows (e.g. pl_PL).</source>
        <translation>{0} — невідома цій касі локаль (напр. pl_PL).</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="222"/>
        <source>These settings cannot be used: {0}</source>
        <translation>Ці налаштування не можна використати: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="231"/>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="260"/>
        <source>The settings were not saved: {0}</source>
        <translation>Налаштування не збережено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="266"/>
        <source>Writing the support bundle…</source>
        <translation>Запис пакета для підтримки…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="277"/>
        <source>Support bundle written: {0} (no passwords, PINs or tokens in it)</source>
        <translation>Пакет для підтримки записано: {0} (без паролів, PIN-кодів і токенів)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="282"/>
        <source>The support bundle could not be written: {0}</source>
        <translation>Не вдалося записати пакет для підтримки: {0}</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="49"/>
        <source>No shift is open. Open it with Ctrl+H and count the float.</source>
        <translation>Зміну не відкрито. Відкрийте її клавішами Ctrl+H і порахуйте розмінну суму.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="78"/>
        <source>Open the shift: count the float</source>
        <translation>Відкрити зміну: порахувати розмінну суму</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="79"/>
        <location filename="../../ui/features/shift/shift.py" line="301"/>
        <source>No shift is open on this till.</source>
        <translation>На цій касі зміну не відкрито.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="83"/>
        <source>Pay-in: put cash into the drawer</source>
        <translation>Внесення: покласти готівку в шухляду</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="87"/>
        <source>Pay-out: pay something from the drawer</source>
        <translation>Виплата: оплатити щось із шухляди</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="91"/>
        <source>Safe drop: take cash to the safe</source>
        <translation>У сейф: віднести готівку в сейф</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="95"/>
        <source>Cash pickup: cash collected from the till</source>
        <translation>Інкасація: готівку забрано з каси</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="98"/>
        <source>Open the drawer (no sale)</source>
        <translation>Відкрити шухляду (без продажу)</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="99"/>
        <location filename="../../ui/features/shift/shift.py" line="242"/>
        <source>Count the drawer</source>
        <translation>Перерахувати шухляду</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="100"/>
        <source>X report: the shift so far</source>
        <translation>X-звіт: зміна на цей момент</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="101"/>
        <source>Close the shift: count and print the Z report</source>
        <translation>Закрити зміну: перерахувати й надрукувати Z-звіт</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="103"/>
        <source>Shift opened {0} by {1}; the drawer is with {2}.</source>
        <translation>Зміну відкрито {0}, відкрив(ла) {1}; шухляда в {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="109"/>
        <source>Expected in the drawer: {0}</source>
        <translation>Очікується в шухляді: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="112"/>
        <source>Show the last Z report again</source>
        <translation>Показати останній Z-звіт ще раз</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="114"/>
        <source>Shift</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="135"/>
        <source>Nothing was counted; nothing changed.</source>
        <translation>Нічого не пораховано; нічого не змінилося.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="143"/>
        <source>A shift is already open on this till.</source>
        <translation>На цій касі зміну вже відкрито.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="146"/>
        <source>Open the shift</source>
        <translation>Відкрити зміну</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="147"/>
        <source>Count the float in the drawer, piece by piece.</source>
        <translation>Порахуйте розмінну суму в шухляді, по купюрах і монетах.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="155"/>
        <source>Shift opened with a float of {0}. Ready to sell.</source>
        <translation>Зміну відкрито, розмінна сума {0}. Можна продавати.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="164"/>
        <source>Change from the bank</source>
        <translation>Розмін із банку</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="164"/>
        <source>Float top-up</source>
        <translation>Поповнення розмінної суми</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="166"/>
        <source>Supplier paid in cash</source>
        <translation>Оплата постачальнику готівкою</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="167"/>
        <source>Office supplies</source>
        <translation>Канцтовари</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="168"/>
        <source>Cleaning</source>
        <translation>Прибирання</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="170"/>
        <source>Too much cash in the drawer</source>
        <translation>Забагато готівки в шухляді</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="171"/>
        <source>Cash-in-transit pickup</source>
        <translation>Інкасація службою</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="176"/>
        <source>Pay-in</source>
        <translation>Внесення</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="177"/>
        <source>Pay-out</source>
        <translation>Виплата</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="178"/>
        <source>Safe drop</source>
        <translation>Здача в сейф</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="179"/>
        <source>Cash pickup</source>
        <translation>Інкасація</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="180"/>
        <source>Cash movement</source>
        <translation>Рух готівки</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="184"/>
        <location filename="../../ui/features/shift/shift.py" line="218"/>
        <source>No shift is open. Open it with Ctrl+H.</source>
        <translation>Зміну не відкрито. Відкрийте її клавішами Ctrl+H.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="208"/>
        <source>{0}: {1} recorded.</source>
        <translation>{0}: записано {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="222"/>
        <source>Finish or park the current sale first.</source>
        <translation>Спочатку завершіть або відкладіть поточний продаж.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="225"/>
        <source>No sale</source>
        <translation>Без продажу</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="231"/>
        <source>Drawer opened (no sale).</source>
        <translation>Шухляду відкрито (без продажу).</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="242"/>
        <source>Count the drawer, piece by piece.</source>
        <translation>Перерахуйте шухляду, по купюрах і монетах.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="249"/>
        <source>Count kept: {0}.</source>
        <translation>Перерахунок збережено: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="251"/>
        <location filename="../../ui/features/shift/shift.py" line="331"/>
        <source>Variance {0}.</source>
        <translation>Розбіжність {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="261"/>
        <source>No shift has been closed on this till yet.</source>
        <translation>На цій касі ще не закривали зміну.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="273"/>
        <source>X report</source>
        <translation>X-звіт</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="273"/>
        <source>Z report</source>
        <translation>Z-звіт</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="288"/>
        <source>Report printed.</source>
        <translation>Звіт надруковано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="307"/>
        <location filename="../../ui/features/shift/shift.py" line="326"/>
        <source>Close the shift</source>
        <translation>Закрити зміну</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="308"/>
        <source>Count everything in the drawer, piece by piece. The Z report follows.</source>
        <translation>Перерахуйте все в шухляді, по купюрах і монетах. Потім Z-звіт.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="328"/>
        <source>The count is off from what the drawer should hold by more than the allowed limit.</source>
        <translation>Перерахована сума відрізняється від очікуваної більше, ніж дозволено.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="332"/>
        <source>Count again, or close with a supervisor&apos;s approval.</source>
        <translation>Перерахуйте ще раз або закрийте з дозволу старшого касира.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="333"/>
        <source>Count again</source>
        <translation>Перерахувати</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="334"/>
        <source>Supervisor approval</source>
        <translation>Дозвіл старшого</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="335"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="343"/>
        <source>The shift stays open.</source>
        <translation>Зміна залишається відкритою.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="352"/>
        <source>Closing with this variance needs a supervisor.</source>
        <translation>Закрити зміну з такою розбіжністю може лише старший.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="355"/>
        <source>Not approved; the shift stays open.</source>
        <translation>Не дозволено; зміна залишається відкритою.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="369"/>
        <source>Shift closed: Z {0}. Open a new shift to sell again.</source>
        <translation>Зміну закрито: Z {0}. Щоб продавати, відкрийте нову зміну.</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="50"/>
        <source>Stock of {0}</source>
        <translation>Залишки: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="56"/>
        <source>Asking the hub…</source>
        <translation>Запит до центрального сервера…</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>On hand</source>
        <translation>В наявності</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>Reserved</source>
        <translation>Зарезервовано</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>Figure from</source>
        <translation>Дані від</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="67"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="77"/>
        <source>Live figures from the hub.</source>
        <translation>Поточні дані з центрального сервера.</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="80"/>
        <source>Offline: figures as the till last heard them; see how old each is.</source>
        <translation>Немає зв&apos;язку: дані останньої синхронізації; дивіться, наскільки стара кожна цифра.</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="84"/>
        <source>No stock figures known.</source>
        <translation>Даних про залишки немає.</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="89"/>
        <source>{0} (this store)</source>
        <translation>{0} (цей магазин)</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="92"/>
        <source>{0} ({1} sold here, not yet synced)</source>
        <translation>{0} ({1} продано тут, ще не синхронізовано)</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="34"/>
        <source>Sync: starting…</source>
        <translation>Синхронізація: запуск…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="44"/>
        <source>Sync now  Ctrl+S</source>
        <translation>Синхронізувати  Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="54"/>
        <source>hub unreachable</source>
        <translation>сервер недоступний</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="55"/>
        <source>hub busy</source>
        <translation>сервер перевантажений</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="56"/>
        <source>hub error</source>
        <translation>помилка сервера</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="57"/>
        <location filename="../../ui/shell/sync_status.py" line="58"/>
        <source>hub answer refused</source>
        <translation>відповідь сервера відхилено</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="59"/>
        <source>request refused</source>
        <translation>запит відхилено</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="66"/>
        <source>last sync {0}</source>
        <translation>остання синхронізація {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="68"/>
        <source>never synced</source>
        <translation>ще не синхронізовано</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="72"/>
        <source>Not paired with a hub</source>
        <translation>Немає прив&apos;язки до центрального сервера</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="75"/>
        <source>Device token file is not private: pair the till again</source>
        <translation>Файл токена пристрою доступний іншим: прив&apos;яжіть касу знову</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="77"/>
        <source>The hub refused this till: pair it again</source>
        <translation>Сервер відхилив цю касу: прив&apos;яжіть її знову</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="80"/>
        <source>Offline ({0}) · {1}</source>
        <translation>Немає зв&apos;язку ({0}) · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="83"/>
        <source>Syncing… · {0}</source>
        <translation>Синхронізація… · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="85"/>
        <source>Online · {0}</source>
        <translation>У мережі · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="91"/>
        <source>Refused by hub: {0}  Ctrl+R</source>
        <translation>Відхилено сервером: {0}  Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="98"/>
        <source>No hub: this till works on its own</source>
        <translation>Без сервера: каса працює автономно</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="106"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="107"/>
        <source>Stock</source>
        <translation>Залишки</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="108"/>
        <source>Search index building</source>
        <translation>Побудова пошукового індексу</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="111"/>
        <source>about {0} s left</source>
        <translation>залишилось близько {0} с</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="118"/>
        <source>{feed}: {done} of {total} · {eta}</source>
        <translation>{feed}: {done} з {total} · {eta}</translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="35"/>
        <location filename="../../ui/features/sync_records/sync_records.py" line="57"/>
        <source>Only a manager can see records the hub refused.</source>
        <translation>Лише керівник може бачити записи, відхилені сервером.</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="43"/>
        <source>This till does not sync with a hub.</source>
        <translation>Ця каса не синхронізується з сервером.</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="50"/>
        <source>Syncing with the hub…</source>
        <translation>Синхронізація з сервером…</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="71"/>
        <source>The hub reports a promo code used twice (sale {0}, promotion {1}); the sale stands. A manager can see it with Ctrl+R.</source>
        <translation>Сервер повідомляє про подвійне використання промокоду (продаж {0}, акція {1}); продаж залишається чинним. Менеджер побачить це за Ctrl+R.</translation>
    </message>
</context>
<context>
    <name>TerminalForm</name>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="89"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="94"/>
        <source>network (TCP)</source>
        <translation>мережа (TCP)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="95"/>
        <source>serial</source>
        <translation>послідовний порт</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="107"/>
        <source>Also print the terminal&apos;s merchant receipt</source>
        <translation>Друкувати також чек термінала для продавця</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="109"/>
        <source>Terminal</source>
        <translation>Термінал</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="110"/>
        <source>Connection</source>
        <translation>Підключення</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="111"/>
        <source>Host</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="112"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="113"/>
        <source>Serial port</source>
        <translation>Послідовний порт</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="114"/>
        <source>Baud rate</source>
        <translation>Швидкість (бод)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="131"/>
        <source>The card terminal needs its network address (host).</source>
        <translation>Платіжному терміналу потрібна мережева адреса (host).</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="137"/>
        <source>The card terminal needs its serial port, e.g. /dev/ttyUSB0.</source>
        <translation>Платіжному терміналу потрібен послідовний порт, напр. /dev/ttyUSB0.</translation>
    </message>
</context>
<context>
    <name>TerminalStatusIndicator</name>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="27"/>
        <source>Terminal: checking…</source>
        <translation>Термінал: перевірка…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="42"/>
        <source>Terminal: ready</source>
        <translation>Термінал: готовий</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="44"/>
        <source>Terminal: NOT READY</source>
        <translation>Термінал: НЕ ГОТОВИЙ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="46"/>
        <source>Terminal: UNREACHABLE</source>
        <translation>Термінал: НЕМАЄ ЗВ&apos;ЯЗКУ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="53"/>
        <source>Terminal: paying…</source>
        <translation>Термінал: оплата…</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="106"/>
        <source>Scan a barcode or type to search  (3*code sells three)</source>
        <translation>Відскануйте штрихкод або введіть для пошуку  (3*код — три штуки)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="129"/>
        <location filename="../../ui/shell/till_screen.py" line="256"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="141"/>
        <source>Pay  F12</source>
        <translation>Оплата  F12</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="169"/>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="28"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="38"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="24"/>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="19"/>
        <source>Park</source>
        <translation>Відкласти</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="20"/>
        <source>Recall</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="27"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="30"/>
        <source>Void line</source>
        <translation>Сторно позиції</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="31"/>
        <source>Void sale</source>
        <translation>Анулювати чек</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="51"/>
        <source>Reprint</source>
        <translation>Повторний друк</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="54"/>
        <source>Last receipt</source>
        <translation>Останній чек</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock.py" line="17"/>
        <source>Stock</source>
        <translation>Залишки</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="171"/>
        <source>Sign out</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/card_terminal.py" line="16"/>
        <source>Card terminal</source>
        <translation>Платіжний термінал</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="44"/>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="58"/>
        <source>Pay</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="26"/>
        <source>Sync with the hub now</source>
        <translation>Синхронізувати з сервером зараз</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="32"/>
        <source>Records refused by the hub (manager)</source>
        <translation>Записи, відхилені сервером (керівник)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanners.py" line="25"/>
        <source>Scanners: choose and test</source>
        <translation>Сканери: вибір і перевірка</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup.py" line="25"/>
        <source>Pickup orders: queue, picking, handover</source>
        <translation>Замовлення на видачу: черга, збирання, видача</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="239"/>
        <source>Items: {0}</source>
        <translation>Товарів: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="242"/>
        <source>Discounts: −{0}</source>
        <translation>Знижки: −{0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="248"/>
        <source>of which VAT: {0}</source>
        <translation>у т. ч. ПДВ: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="250"/>
        <source>plus VAT: {0}</source>
        <translation>плюс ПДВ: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="253"/>
        <source>Change</source>
        <translation>Решта</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="308"/>
        <source>Type it as quantity*barcode, e.g. 3*5901234123457.</source>
        <translation>Введіть як кількість*штрихкод, наприклад 3*5901234123457.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="341"/>
        <source>A quantity goes only with a product&apos;s barcode.</source>
        <translation>Кількість вказується лише зі штрихкодом товару.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="362"/>
        <source>Select a line first (arrow keys or tap).</source>
        <translation>Спершу виберіть позицію (стрілки або дотик).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="379"/>
        <source>Finish the payment before signing out.</source>
        <translation>Завершіть оплату перед виходом.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="16"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="36"/>
        <source>Shift</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="37"/>
        <source>Open the drawer (no sale)</source>
        <translation>Відкрити шухляду (без продажу)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="33"/>
        <source>Return of a sale (or scan its receipt)</source>
        <translation>Повернення продажу (або відскануйте чек)</translation>
    </message>
</context>
<context>
    <name>TillSettings</name>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="23"/>
        <source>Only a manager changes the till&apos;s settings.</source>
        <translation>Лише менеджер змінює налаштування каси.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="45"/>
        <source>Settings saved. Printer, card terminal, language and formats change when the till is started again.</source>
        <translation>Налаштування збережено. Принтер, платіжний термінал, мова і формати зміняться після перезапуску каси.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="52"/>
        <source>Settings saved and applied.</source>
        <translation>Налаштування збережено і застосовано.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="24"/>
        <source>{store} · till {till}</source>
        <translation>{store} · каса {till}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="28"/>
        <location filename="../../ui/shell/status_bar.py" line="106"/>
        <source>Printer: ready</source>
        <translation>Принтер: готовий</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="62"/>
        <source>Scanner: NOT CONNECTED — {0}</source>
        <translation>Сканер: НЕ ПІДКЛЮЧЕНО — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="64"/>
        <source>Scanner: connecting…</source>
        <translation>Сканер: підключення…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="67"/>
        <source>Scanners: ready ({0})</source>
        <translation>Сканери: готові ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="73"/>
        <source>cashier</source>
        <translation>касир</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="74"/>
        <source>supervisor</source>
        <translation>старший касир</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="75"/>
        <source>manager</source>
        <translation>керівник</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="78"/>
        <source>Signed in: {0} ({1})</source>
        <translation>Вхід виконано: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="80"/>
        <source>Signed out</source>
        <translation>Вихід виконано</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="94"/>
        <source>Pickup: {0} new · {1} ready (Ctrl+O)</source>
        <translation>Видача: нових {0} · готові {1} (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="100"/>
        <source>Waiting to sync: {0}</source>
        <translation>Очікує синхронізації: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="107"/>
        <source>Printer: printing…</source>
        <translation>Принтер: друк…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="108"/>
        <source>Printer: PROBLEM — {0}</source>
        <translation>Принтер: ПРОБЛЕМА — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="109"/>
        <source>Printer: no status reply</source>
        <translation>Принтер: немає відповіді про стан</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="110"/>
        <source>Printer: OFFLINE</source>
        <translation>Принтер: НЕДОСТУПНИЙ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="111"/>
        <source>Printer: OUT OF PAPER</source>
        <translation>Принтер: НЕМАЄ ПАПЕРУ</translation>
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
        <translation>Запуск каси…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>The till could not start: {0}</source>
        <translation>Не вдалося запустити касу: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="233"/>
        <source>Unexpected error</source>
        <translation>Непередбачена помилка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="150"/>
        <source>Approvals by {name} were locked at {time} after too many wrong PINs.</source>
        <translation>Підтвердження користувача {name} заблоковано о {time} після забагатьох неправильних PIN-кодів.</translation>
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
        <translation>Повернено раніше</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="66"/>
        <source>Brought back</source>
        <translation>Повертається</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="67"/>
        <source>Back on the shelf</source>
        <translation>На полицю</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="77"/>
        <source>Customer changed their mind</source>
        <translation>Покупець передумав</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="78"/>
        <source>Damaged</source>
        <translation>Пошкоджений</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="79"/>
        <source>Wrong item</source>
        <translation>Не той товар</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="80"/>
        <source>Not as described</source>
        <translation>Не відповідає опису</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="84"/>
        <source>Refund in cash</source>
        <translation>Повернення готівкою</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="86"/>
        <source>Refund to the card</source>
        <translation>Повернення на картку</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="95"/>
        <source>Refund</source>
        <translation>Повернути гроші</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="97"/>
        <source>Back to the queue</source>
        <translation>Назад до черги</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="110"/>
        <source>Return of web order {0} · {1}</source>
        <translation>Повернення інтернет-замовлення {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="156"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Введіть число, наприклад 2 або 0,250.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="169"/>
        <source>To refund: {0}</source>
        <translation>До повернення: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="194"/>
        <source>Follow the card terminal…</source>
        <translation>Дотримуйтеся вказівок термінала…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="208"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Старший касир може підтвердити своїм PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="211"/>
        <source>Not approved; nothing was refunded.</source>
        <translation>Не підтверджено; нічого не повернено.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="227"/>
        <source>The card refund was not approved; nothing was refunded or recorded.</source>
        <translation>Повернення на картку не схвалено; нічого не повернено й не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="274"/>
        <source>Return of {0} recorded; refunded {1}.</source>
        <translation>Повернення {0} записано; повернено {1}.</translation>
    </message>
</context>
</TS>
