<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../ui/features/discounts/approvals.py" line="28"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Kierownik zmiany może to zatwierdzić swoim PIN-em.</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/approvals.py" line="32"/>
        <source>Not approved; nothing was changed.</source>
        <translation>Nie zatwierdzono; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/approvals.py" line="51"/>
        <source>Approved.</source>
        <translation>Zatwierdzono.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="127"/>
        <source>Opening the camera…</source>
        <translation>Otwieranie kamery…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="131"/>
        <source>The camera stopped sending pictures. Check its cable; the till keeps trying.</source>
        <translation>Kamera przestała przesyłać obraz. Sprawdź kabel; kasa próbuje dalej.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="134"/>
        <source>The camera is off.</source>
        <translation>Kamera jest wyłączona.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/camera_preview.py" line="192"/>
        <source>No camera found. Connect a camera or choose another one in the scanner settings; the till keeps trying.</source>
        <translation>Nie znaleziono kamery. Podłącz kamerę lub wybierz inną w ustawieniach skanera; kasa próbuje dalej.</translation>
    </message>
</context>
<context>
    <name>CardTerminalMenu</name>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="45"/>
        <source>No card terminal is set up at this till.</source>
        <translation>Przy tej kasie nie skonfigurowano terminala płatniczego.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="48"/>
        <source>End of day: close the card batch and print its report</source>
        <translation>Zamknięcie dnia: zamknij pakiet kartowy i wydrukuj raport</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="49"/>
        <source>Reverse the last card payment</source>
        <translation>Anuluj ostatnią płatność kartą</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="50"/>
        <source>Check an unknown card payment with the terminal</source>
        <translation>Sprawdź w terminalu płatność kartą o nieznanym wyniku</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="51"/>
        <source>Settle an unknown card payment by hand</source>
        <translation>Rozlicz ręcznie płatność kartą o nieznanym wyniku</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="54"/>
        <source>Card terminal</source>
        <translation>Terminal płatniczy</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="55"/>
        <source>Manager functions of the card terminal</source>
        <translation>Funkcje kierownika terminala płatniczego</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="70"/>
        <source>The card terminal&apos;s functions need a manager.</source>
        <translation>Funkcje terminala płatniczego wymagają kierownika.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="87"/>
        <source>End of day at the card terminal…</source>
        <translation>Zamknięcie dnia w terminalu płatniczym…</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="93"/>
        <source>The terminal refused the end of day ({0}).</source>
        <translation>Terminal odrzucił zamknięcie dnia ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="100"/>
        <source>Card terminal: end of day</source>
        <translation>Terminal płatniczy: zamknięcie dnia</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="101"/>
        <location filename="../../ui/features/card_terminal/menu.py" line="126"/>
        <source>Card total</source>
        <translation>Suma kart</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="107"/>
        <source>End of day done. Card total {0}.</source>
        <translation>Dzień zamknięty. Suma kart {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="116"/>
        <source>The terminal did not reverse the payment ({0}).</source>
        <translation>Terminal nie anulował płatności ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="125"/>
        <source>Card payment reversed</source>
        <translation>Płatność kartą anulowana</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="133"/>
        <source>Card payment of {0} reversed.</source>
        <translation>Płatność kartą na {0} anulowana.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="142"/>
        <source>No card payment is waiting to be checked.</source>
        <translation>Żadna płatność kartą nie czeka na sprawdzenie.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="159"/>
        <source>Settle a card payment</source>
        <translation>Rozlicz płatność kartą</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="160"/>
        <source>What does the terminal&apos;s printout say about the payment of {0}?</source>
        <translation>Co mówi wydruk terminala o płatności na {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="163"/>
        <source>Approved: the customer was charged</source>
        <translation>Zatwierdzona: klient został obciążony</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="163"/>
        <source>Not charged</source>
        <translation>Nie obciążono</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="180"/>
        <source>The card payment of {0} is settled as {1}.</source>
        <translation>Płatność kartą na {0} rozliczono jako: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="182"/>
        <source>charged</source>
        <translation>obciążona</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/menu.py" line="182"/>
        <source>not charged</source>
        <translation>nieobciążona</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="39"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="40"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="41"/>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="42"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="43"/>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="44"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="106"/>
        <source>Voided: {0}</source>
        <translation>Stornowano: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="119"/>
        <source>{0} (voided)</source>
        <translation>{0} (storno)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="121"/>
        <source>{0} (price changed)</source>
        <translation>{0} (zmieniona cena)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="123"/>
        <source>{0} (promo)</source>
        <translation>{0} (promocja)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cart_model.py" line="127"/>
        <source>{0} kg</source>
        <translation>{0} kg</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="114"/>
        <source>Confirm the count</source>
        <translation>Zatwierdź liczenie</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="160"/>
        <source>Counted: type whole pieces in every field.</source>
        <translation>Policzono: wpisz w każde pole liczbę sztuk.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="163"/>
        <source>Counted: {0}</source>
        <translation>Policzono: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="165"/>
        <source>Expected: {0}</source>
        <translation>Oczekiwano: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/count_dialog.py" line="173"/>
        <source>Type how many pieces of each: whole numbers up to {0}.</source>
        <translation>Wpisz liczbę sztuk każdego nominału: liczby całkowite do {0}.</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="95"/>
        <source>The hub cannot be reached: the customer&apos;s history is not shown. The promo is honoured up to {0} and checked when the hub is back.</source>
        <translation>Centrala jest nieosiągalna: historia klienta nie jest wyświetlana. Promocja jest uznawana do {0} i zostanie sprawdzona po powrocie połączenia.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="134"/>
        <source>The customer was let go after a while without a sale change.</source>
        <translation>Klient został odłączony po dłuższym czasie bez zmian w sprzedaży.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="142"/>
        <source>No customer: scan the customer&apos;s promo QR code first.</source>
        <translation>Brak klienta: najpierw zeskanuj kod QR klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="148"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="42"/>
        <source>placed</source>
        <translation>złożone</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="43"/>
        <source>ready</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="44"/>
        <source>collected</source>
        <translation>odebrane</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="45"/>
        <source>delivered</source>
        <translation>dostarczone</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="46"/>
        <source>paid</source>
        <translation>opłacone</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="47"/>
        <source>returned</source>
        <translation>zwrócone</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="48"/>
        <source>partly returned</source>
        <translation>częściowo zwrócone</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="82"/>
        <source>Remove customer</source>
        <translation>Usuń klienta</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="100"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="105"/>
        <location filename="../../ui/features/customer/customer_panel.py" line="107"/>
        <source>When / where</source>
        <translation>Kiedy / gdzie</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="105"/>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="107"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="107"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="124"/>
        <source>Viewed</source>
        <translation>Oglądane</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="125"/>
        <source>Suggested here</source>
        <translation>Polecane tutaj</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="126"/>
        <source>Online cart</source>
        <translation>Koszyk online</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="127"/>
        <source>Wishlist</source>
        <translation>Lista życzeń</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="128"/>
        <source>Searches</source>
        <translation>Wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="129"/>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="159"/>
        <source>Customer (loading…)</source>
        <translation>Klient (wczytywanie…)</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="163"/>
        <source>Asking the hub for the customer…</source>
        <translation>Pobieranie danych klienta z centrali…</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="171"/>
        <source>Code valid until {0}</source>
        <translation>Kod ważny do {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="176"/>
        <source>Promotion {0}</source>
        <translation>Promocja {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="179"/>
        <source>{0} % off</source>
        <translation>{0} % taniej</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="181"/>
        <source>{0} off</source>
        <translation>{0} taniej</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="194"/>
        <source>Customer (offline)</source>
        <translation>Klient (offline)</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="196"/>
        <source>The hub cannot be reached: the customer&apos;s history is not available.</source>
        <translation>Brak połączenia z centralą: historia klienta jest niedostępna.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="202"/>
        <source>{0} tier · {1} points · code uses left: {2}</source>
        <translation>poziom {0} · {1} pkt · pozostałe użycia kodu: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="214"/>
        <source>{0} pcs</source>
        <translation>{0} szt.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="224"/>
        <source>in stock here</source>
        <translation>dostępne tutaj</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="262"/>
        <source>Applied: −{0} on this sale.</source>
        <translation>Zastosowano: −{0} w tej sprzedaży.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="264"/>
        <source>Offline limit {0} reached.</source>
        <translation>Osiągnięto limit offline {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="266"/>
        <source>Not applied now: {0}</source>
        <translation>Teraz nie zastosowano: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="269"/>
        <source>(honoured offline up to {0}; checked when the hub is back)</source>
        <translation>(offline uznawane do {0}; sprawdzane po powrocie połączenia z centralą)</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="276"/>
        <source>the basket must reach {0}.</source>
        <translation>koszyk musi osiągnąć {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="280"/>
        <source>the basket is under the minimum spend.</source>
        <translation>koszyk nie osiąga minimalnej kwoty.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="281"/>
        <source>nothing in the cart it applies to.</source>
        <translation>w koszyku nie ma produktów objętych promocją.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="282"/>
        <source>the promotion has not started.</source>
        <translation>promocja jeszcze się nie rozpoczęła.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="283"/>
        <source>the promotion has ended.</source>
        <translation>promocja się zakończyła.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="284"/>
        <source>not valid in this store.</source>
        <translation>nieważna w tym sklepie.</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="333"/>
        <source>here {0} · elsewhere {1}</source>
        <translation>tutaj {0} · gdzie indziej {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer_panel.py" line="341"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="158"/>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="158"/>
        <source>Give a discount</source>
        <translation>Udziel rabatu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="160"/>
        <source>Selected line</source>
        <translation>Zaznaczona pozycja</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="161"/>
        <source>Whole sale</source>
        <translation>Cały paragon</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="171"/>
        <source>Percent %</source>
        <translation>Procent %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="172"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="194"/>
        <source>Type a discount greater than zero.</source>
        <translation>Wpisz rabat większy od zera.</translation>
    </message>
</context>
<context>
    <name>Discounts</name>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="37"/>
        <source>Scan something first.</source>
        <translation>Najpierw zeskanuj towar.</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="76"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="77"/>
        <source>New unit price for {0}</source>
        <translation>Nowa cena jednostkowa: {0}</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../../domain/errors.py" line="22"/>
        <source>The operation is not allowed.</source>
        <translation>Ta operacja jest niedozwolona.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="51"/>
        <source>Currency {left} cannot be combined with {right}.</source>
        <translation>Waluty {left} nie można łączyć z {right}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="64"/>
        <source>The quantity {quantity} is not valid.</source>
        <translation>Ilość {quantity} jest nieprawidłowa.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="72"/>
        <source>The quantity must be more than zero.</source>
        <translation>Ilość musi być większa od zera.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="77"/>
        <source>This item is sold by the piece; {quantity} is not a whole number.</source>
        <translation>Ten towar sprzedaje się na sztuki; {quantity} nie jest liczbą całkowitą.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="84"/>
        <source>A weight has at most three decimals (grams); {quantity} has more.</source>
        <translation>Waga ma najwyżej trzy miejsca po przecinku (gramy); {quantity} ma więcej.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="91"/>
        <source>The quantity {quantity} exceeds the limit {limit}.</source>
        <translation>Ilość {quantity} przekracza limit {limit}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="104"/>
        <source>There is no line {line_no} on this sale.</source>
        <translation>Na tym paragonie nie ma pozycji {line_no}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="112"/>
        <source>Line {line_no} is already voided.</source>
        <translation>Pozycja {line_no} jest już stornowana.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="120"/>
        <source>The price {price} is not valid.</source>
        <translation>Cena {price} jest nieprawidłowa.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="128"/>
        <source>Please give a reason.</source>
        <translation>Podaj powód.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="141"/>
        <source>The discount {discount} is not valid.</source>
        <translation>Rabat {discount} jest nieprawidłowy.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="149"/>
        <source>A discount must be more than zero.</source>
        <translation>Rabat musi być większy od zera.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="154"/>
        <source>A discount cannot exceed 100 %.</source>
        <translation>Rabat nie może przekroczyć 100 %.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="159"/>
        <source>The discount {discount} is more than the amount {amount} it applies to.</source>
        <translation>Rabat {discount} jest większy niż kwota {amount}, której dotyczy.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="174"/>
        <source>A {role} may not do this ({action}) without a supervisor&apos;s approval.</source>
        <translation>Rola {role} nie może tego zrobić ({action}) bez zgody kierownika zmiany.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="186"/>
        <source>A {role} may give at most {limit} % discount; this is {percent} %.</source>
        <translation>Rola {role} może udzielić najwyżej {limit} % rabatu; ten wynosi {percent} %.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="198"/>
        <source>The approval by a {role} does not cover this action ({action}).</source>
        <translation>Zgoda roli {role} nie obejmuje tej operacji ({action}).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="208"/>
        <source>This sale is {state} and cannot be changed.</source>
        <translation>Ta sprzedaż ma stan {state} i nie można jej zmienić.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="216"/>
        <source>The sale has no items.</source>
        <translation>Paragon nie ma pozycji.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="226"/>
        <source>Payment has started; remove the payments before changing the sale.</source>
        <translation>Płatność już się rozpoczęła; usuń płatności, zanim zmienisz paragon.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="239"/>
        <source>The payment amount {amount} is not valid.</source>
        <translation>Kwota płatności {amount} jest nieprawidłowa.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="249"/>
        <source>The payment {amount} is more than the {due} left to pay.</source>
        <translation>Płatność {amount} przekracza pozostałe do zapłaty {due}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="259"/>
        <source>There is no payment {tender_id} on this sale.</source>
        <translation>Na tym paragonie nie ma płatności {tender_id}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="267"/>
        <source>{paid} paid of {due} due; {balance} is still to pay.</source>
        <translation>Zapłacono {paid} z {due}; pozostało do zapłaty {balance}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="280"/>
        <source>The stored sale document is invalid: {problem}.</source>
        <translation>Zapisany dokument sprzedaży jest nieprawidłowy: {problem}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="288"/>
        <source>{barcode} is not a valid barcode.</source>
        <translation>{barcode} nie jest prawidłowym kodem kreskowym.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="296"/>
        <source>The weight or price in label {barcode} does not check out; weigh the item again.</source>
        <translation>Waga lub cena na etykiecie {barcode} się nie zgadza; zważ towar ponownie.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="310"/>
        <source>This label layout cannot be used.</source>
        <translation>Tego układu etykiety nie można użyć.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="315"/>
        <source>Label prefixes are two digits from 20 to 29, e.g. 27, 28.</source>
        <translation>Prefiksy etykiet to dwie cyfry od 20 do 29, np. 27, 28.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="322"/>
        <source>The layout uses {used} digits; an EAN-13 code has 13.</source>
        <translation>Układ zajmuje {used} cyfr; kod EAN-13 ma 13.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="332"/>
        <source>A check digit before the value needs a value of 4 or 5 digits.</source>
        <translation>Cyfra kontrolna przed wartością wymaga wartości z 4 lub 5 cyfr.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="339"/>
        <source>The value has fewer digits than decimals.</source>
        <translation>Wartość ma mniej cyfr niż miejsc po przecinku.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="344"/>
        <source>The code {barcode} could not be read as a GS1 code; scan it again.</source>
        <translation>Kodu {barcode} nie da się odczytać jako kodu GS1; zeskanuj go ponownie.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="354"/>
        <source>{name} is sold by the piece; a weight label cannot sell it.</source>
        <translation>{name} jest sprzedawany na sztuki; nie można go sprzedać z etykiety wagowej.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="364"/>
        <source>This marked item is already in the sale (line {line_no}).</source>
        <translation>Ten oznakowany towar jest już w sprzedaży (pozycja {line_no}).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="374"/>
        <source>A marked item is sold one at a time: scan each item&apos;s own code.</source>
        <translation>Towar oznakowany sprzedaje się pojedynczo: zeskanuj kod każdej sztuki.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="386"/>
        <source>This user cannot be added.</source>
        <translation>Nie można dodać tego użytkownika.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="391"/>
        <source>Type the user&apos;s name.</source>
        <translation>Wpisz imię użytkownika.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="396"/>
        <source>The PIN must contain digits only.</source>
        <translation>PIN może zawierać tylko cyfry.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="401"/>
        <source>The PIN must be 4 to 8 digits long.</source>
        <translation>PIN musi mieć od 4 do 8 cyfr.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="406"/>
        <source>This PIN is already used by another user; choose another.</source>
        <translation>Ten PIN ma już inny użytkownik; wybierz inny.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="413"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Oba PIN-y się różnią; wpisz dwa razy ten sam PIN.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="420"/>
        <source>This till has users already; a manager adds new ones.</source>
        <translation>Ta kasa ma już użytkowników; nowych dodaje kierownik.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="430"/>
        <source>The till knows no banknotes and coins of {currency} to count.</source>
        <translation>Kasa nie zna banknotów i monet {currency} do przeliczenia.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="440"/>
        <source>{value} cannot be part of a drawer count.</source>
        <translation>{value} nie może być częścią liczenia szuflady.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="448"/>
        <source>{amount} is not an amount of cash this can move.</source>
        <translation>{amount} to nie jest kwota gotówki, którą można tak przenieść.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="456"/>
        <source>No shift is open on this till: open one first.</source>
        <translation>Na tej kasie nie ma otwartej zmiany: najpierw ją otwórz.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="464"/>
        <source>A shift is already open on this till.</source>
        <translation>Na tej kasie jest już otwarta zmiana.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="472"/>
        <source>The cash record {record} is in the shift already.</source>
        <translation>Zapis gotówkowy {record} jest już w tej zmianie.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="480"/>
        <source>Count the drawer before closing the shift.</source>
        <translation>Przelicz szufladę przed zamknięciem zmiany.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="488"/>
        <source>Cash went in or out after the drawer was counted: count it again.</source>
        <translation>Po przeliczeniu szuflady gotówka wpłynęła lub została wydana: przelicz ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="498"/>
        <source>The counted cash is {variance} off the expected: a supervisor must approve the close.</source>
        <translation>Przeliczona gotówka różni się od oczekiwanej o {variance}: zamknięcie musi zatwierdzić kierownik zmiany.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="509"/>
        <source>Finish or void the open and parked sales first ({count}).</source>
        <translation>Najpierw zakończ lub anuluj otwarte i odłożone paragony ({count}).</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="11"/>
        <source>Unknown barcode {barcode}: no product has it.</source>
        <translation>Nieznany kod {barcode}: żaden towar go nie ma.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="19"/>
        <source>That PIN does not belong to a {role} or higher. Nothing was changed.</source>
        <translation>Ten PIN nie należy do roli {role} ani wyższej. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="43"/>
        <source>There is no receipt to reprint yet.</source>
        <translation>Nie ma jeszcze paragonu do ponownego wydruku.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="48"/>
        <source>That parked sale was already recalled.</source>
        <translation>Ta odłożona sprzedaż została już przywołana.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="53"/>
        <source>Printer problem: {detail} The sale is saved; reprint when the printer is back.</source>
        <translation>Problem z drukarką: {detail} Sprzedaż jest zapisana; wydrukuj ponownie, gdy drukarka wróci.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="64"/>
        <source>Too many wrong PINs. Try again in {seconds} seconds or ask a manager.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Spróbuj ponownie za {seconds} s lub poproś kierownika.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="77"/>
        <source>Pickup codes are not supported by this till yet. Nothing changed.</source>
        <translation>Ta kasa nie obsługuje jeszcze kodów odbioru. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="84"/>
        <source>The scanned code is not a product or a code this till knows: {code}</source>
        <translation>Zeskanowany kod nie jest towarem ani kodem znanym tej kasie: {code}</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="94"/>
        <source>No receipt of this till has the id {sale_id}.</source>
        <translation>Żaden paragon tej kasy nie ma identyfikatora {sale_id}.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="102"/>
        <source>No card terminal is set up at this till.</source>
        <translation>Przy tej kasie nie skonfigurowano terminala płatniczego.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="107"/>
        <source>A card payment of {amount} has an unknown outcome. Check it with the terminal (or a manager settles it) before taking another card payment.</source>
        <translation>Płatność kartą na {amount} ma nieznany wynik. Sprawdź ją w terminalu (lub niech kierownik ją rozliczy), zanim przyjmiesz kolejną płatność kartą.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="119"/>
        <source>The card terminal cannot be reached ({detail}). Nothing was charged.</source>
        <translation>Brak połączenia z terminalem płatniczym ({detail}). Nic nie pobrano.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="129"/>
        <source>The terminal could not say what became of the payment ({detail}). Try again, or a manager settles it from the terminal&apos;s printout.</source>
        <translation>Terminal nie potrafił podać wyniku płatności ({detail}). Spróbuj ponownie albo niech kierownik rozliczy ją na podstawie wydruku terminala.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="141"/>
        <source>There is no approved card payment to reverse.</source>
        <translation>Nie ma zatwierdzonej płatności kartą do anulowania.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="151"/>
        <source>This promo code cannot be used. Nothing changed.</source>
        <translation>Tego kodu promocyjnego nie można użyć. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="156"/>
        <source>This QR code is far too long to be a promo code. Nothing changed.</source>
        <translation>Ten kod QR jest zdecydowanie za długi jak na kod promocyjny. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="163"/>
        <source>This promo code is damaged or incomplete (scan it again, or ask the customer to open it again). Nothing changed.</source>
        <translation>Ten kod promocyjny jest uszkodzony lub niepełny (zeskanuj go ponownie albo poproś klienta o ponowne otwarcie). Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="172"/>
        <source>This promo code is of a newer kind than this till reads. Nothing changed.</source>
        <translation>Ten kod promocyjny jest nowszego rodzaju, niż ta kasa potrafi odczytać. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="179"/>
        <source>This promo code was signed with a key the till does not know (key {key_id}): sync with the hub and scan again. Nothing changed.</source>
        <translation>Ten kod promocyjny podpisano kluczem, którego kasa nie zna (klucz {key_id}): zsynchronizuj z centralą i zeskanuj ponownie. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="191"/>
        <source>This promo code is forged or altered: its signature does not match. Nothing changed.</source>
        <translation>Ten kod promocyjny jest podrobiony lub zmieniony: podpis się nie zgadza. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="199"/>
        <source>This QR code is a genuine code, but not a promo code. Nothing changed.</source>
        <translation>Ten kod QR jest prawdziwy, ale nie jest kodem promocyjnym. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="206"/>
        <source>This promo code is valid from {when} only. Nothing changed.</source>
        <translation>Ten kod promocyjny jest ważny dopiero od {when}. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="216"/>
        <source>This promo code expired on {when}. Nothing changed.</source>
        <translation>Ten kod promocyjny wygasł {when}. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="226"/>
        <source>This promo code is valid in {stores} only, not here. Nothing changed.</source>
        <translation>Ten kod promocyjny jest ważny tylko w {stores}, nie tutaj. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="236"/>
        <source>This promo code has already been used. Nothing changed.</source>
        <translation>Ten kod promocyjny został już wykorzystany. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="243"/>
        <source>This customer has withdrawn consent to share their data: the code cannot be used at the till. Nothing changed.</source>
        <translation>Ten klient wycofał zgodę na udostępnianie swoich danych: kodu nie można użyć przy kasie. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="252"/>
        <source>The promotion of this code is over or was withdrawn. Nothing changed.</source>
        <translation>Promocja tego kodu zakończyła się lub została wycofana. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="259"/>
        <source>The till has not received the hub&apos;s keys yet, so it cannot check promo codes: sync with the hub and scan again. Nothing changed.</source>
        <translation>Kasa nie otrzymała jeszcze kluczy z centrali, więc nie może sprawdzać kodów promocyjnych: zsynchronizuj i zeskanuj ponownie. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="268"/>
        <source>The till does not know this code&apos;s promotion yet and the hub cannot be reached. Nothing changed.</source>
        <translation>Kasa nie zna jeszcze promocji tego kodu, a centrala jest nieosiągalna. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="277"/>
        <source>The hub cannot be reached, so the customer&apos;s history cannot be shown and this code cannot be honoured offline here. Nothing changed.</source>
        <translation>Centrala jest nieosiągalna, więc nie można pokazać historii klienta, a tego kodu nie można tu uznać offline. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="286"/>
        <source>A customer is already attached to this sale: remove them in the customer panel first. Nothing changed.</source>
        <translation>Do tej sprzedaży jest już przypisany klient: najpierw usuń go w panelu klienta. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="295"/>
        <source>{name} is not in this till&apos;s catalog (yet): sync with the hub, or scan it. Nothing changed.</source>
        <translation>{name} nie ma (jeszcze) w katalogu tej kasy: zsynchronizuj z centralą albo zeskanuj produkt. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="49"/>
        <source>Order {number} is closed (collected, cancelled or expired): it can no longer be changed. Nothing changed.</source>
        <translation>Zamówienie {number} jest zamknięte (odebrane, anulowane lub przeterminowane): nie można go już zmienić. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="61"/>
        <source>That step is not possible for order {number} in its present state.</source>
        <translation>Ten krok nie jest możliwy dla zamówienia {number} w jego obecnym stanie.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="71"/>
        <source>{name} is not in this order. Put it back; nothing was picked.</source>
        <translation>{name} nie należy do tego zamówienia. Odłóż to; nic nie skompletowano.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="81"/>
        <source>{name}: the order has {ordered}, {picked} picked already. Not added.</source>
        <translation>{name}: zamówiono {ordered}, skompletowano już {picked}. Nie dodano.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="91"/>
        <source>{count} line(s) are neither picked nor marked short. Pick them or mark them short.</source>
        <translation>Pozycje ({count}) nie są ani skompletowane, ani oznaczone jako brak. Skompletuj je lub oznacz brak.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="216"/>
        <source>{name}: only {left} can still be returned from this order. Nothing changed.</source>
        <translation>{name}: z tego zamówienia można jeszcze zwrócić tylko {left}. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="226"/>
        <source>Choose what the customer brings back first.</source>
        <translation>Najpierw wybierz, co klient zwraca.</translation>
    </message>
    <message>
        <location filename="../../domain/pickup.py" line="231"/>
        <source>Order {number} was not collected: there is nothing to take back.</source>
        <translation>Zamówienie {number} nie zostało odebrane: nie ma czego przyjąć z powrotem.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="11"/>
        <source>No pickup order {key} at this store.</source>
        <translation>W tym sklepie nie ma zamówienia do odbioru {key}.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="19"/>
        <source>Order {number} is being handled at till {till}. Nothing changed here.</source>
        <translation>Zamówienie {number} jest obsługiwane przy kasie {till}. Tutaj nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="29"/>
        <source>Checking a typed pickup code needs the hub, which cannot be reached now. Nothing was handed over; try again when the till is back online.</source>
        <translation>Sprawdzenie wpisanego kodu odbioru wymaga centrali, która jest teraz nieosiągalna. Nic nie wydano; spróbuj ponownie, gdy kasa będzie znów online.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="38"/>
        <source>No order has this pickup code and surname. Check both with the customer.</source>
        <translation>Żadne zamówienie nie ma tego kodu odbioru i nazwiska. Sprawdź oba z klientem.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="46"/>
        <source>This order is for pickup at {store}, not at this store.</source>
        <translation>To zamówienie jest do odbioru w {store}, nie w tym sklepie.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="56"/>
        <source>Order {number} cannot be handed over now: it is not ready yet, or already closed.</source>
        <translation>Zamówienia {number} nie można teraz wydać: nie jest jeszcze gotowe albo jest już zamknięte.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="67"/>
        <source>The hub refused this step for order {number} ({reason}). This till now shows the order as the hub has it.</source>
        <translation>Centrala odrzuciła ten krok dla zamówienia {number} ({reason}). Kasa pokazuje teraz zamówienie tak, jak ma je centrala.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="79"/>
        <source>Order {number} was cancelled by the web shop. Stop picking and put the items back.</source>
        <translation>Zamówienie {number} zostało anulowane przez sklep internetowy. Przerwij kompletowanie i odłóż towar.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="90"/>
        <source>This is not a valid pickup QR code (damaged, altered, or not one of ours). Nothing changed; ask for the typed pickup code instead.</source>
        <translation>To nie jest prawidłowy kod QR odbioru (uszkodzony, zmieniony lub nie nasz). Nic nie zmieniono; poproś o kod odbioru do wpisania.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="99"/>
        <source>This till cannot check this pickup QR code yet (the hub&apos;s new key has not reached it). Sync with the hub (Ctrl+S) or use the typed pickup code.</source>
        <translation>Ta kasa nie może jeszcze sprawdzić tego kodu QR odbioru (nowy klucz centrali do niej nie dotarł). Zsynchronizuj z centralą (Ctrl+S) lub użyj kodu odbioru.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="108"/>
        <source>This pickup QR code has expired: the order was not collected in time.</source>
        <translation>Ten kod QR odbioru wygasł: zamówienie nie zostało odebrane na czas.</translation>
    </message>
    <message>
        <location filename="../../services/pickup_errors.py" line="116"/>
        <source>Too many wrong pickup codes from this till: wait a few minutes, or scan the customer&apos;s pickup QR code.</source>
        <translation>Zbyt wiele błędnych kodów odbioru z tej kasy: odczekaj kilka minut lub zeskanuj kod QR odbioru klienta.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="31"/>
        <source>Too many wrong approval PINs. Approvals are locked for {seconds} seconds; a manager will be told.</source>
        <translation>Za dużo błędnych PIN-ów zatwierdzenia. Zatwierdzenia są zablokowane na {seconds} s; kierownik zostanie powiadomiony.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="27"/>
        <source>{name}: only {left} can still be returned from this sale. Nothing changed.</source>
        <translation>{name}: z tej sprzedaży można zwrócić jeszcze tylko {left}. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="37"/>
        <source>Sale {sale} was priced net of tax; this till takes back gross-priced sales only.</source>
        <translation>Sprzedaż {sale} była w cenach netto; ta kasa przyjmuje zwroty tylko sprzedaży w cenach brutto.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="48"/>
        <source>Sale {sale} was paid in {currency}; this till refunds in {till}.</source>
        <translation>Sprzedaż {sale} opłacono w {currency}; ta kasa zwraca w {till}.</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="197"/>
        <source>The exchange&apos;s credit of {credit} is not on the sale. Nothing was recorded.</source>
        <translation>Kredytu z wymiany {credit} nie ma w sprzedaży. Nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="11"/>
        <source>No sale {wanted} was found at this till or at the hub. Check the receipt number.</source>
        <translation>Nie znaleziono sprzedaży {wanted} w tej kasie ani w centrali. Sprawdź numer paragonu.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="22"/>
        <source>Sale {sale} was voided: nothing was paid, so nothing can come back.</source>
        <translation>Sprzedaż {sale} anulowano: nic nie zapłacono, więc nie ma czego zwracać.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="32"/>
        <source>This is the slip of a return: a return cannot be taken back again.</source>
        <translation>To jest potwierdzenie zwrotu: zwrotu nie można zwrócić ponownie.</translation>
    </message>
    <message>
        <location filename="../../services/return_errors.py" line="39"/>
        <source>The hub cannot be reached to check other tills&apos; returns: at most {cap} can be refunded now. Nothing changed.</source>
        <translation>Brak połączenia z centralą, by sprawdzić zwroty w innych kasach: teraz można zwrócić najwyżej {cap}. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../domain/no_receipt_return.py" line="27"/>
        <source>Without a receipt at most {cap} can be refunded in one return. Nothing changed.</source>
        <translation>Bez paragonu w jednym zwrocie można oddać najwyżej {cap}. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../domain/no_receipt_return.py" line="40"/>
        <source>A return without a receipt needs a supervisor&apos;s PIN.</source>
        <translation>Zwrot bez paragonu wymaga PIN-u kierownika zmiany.</translation>
    </message>
    <message>
        <location filename="../../domain/no_receipt_return.py" line="50"/>
        <source>This store prices net of tax: a return without a receipt cannot tell what was paid.</source>
        <translation>Ten sklep podaje ceny netto: przy zwrocie bez paragonu nie wiadomo, ile zapłacono.</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <location filename="../../ui/login.py" line="180"/>
        <source>The first manager</source>
        <translation>Pierwszy kierownik</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="189"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="190"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>FirstManagerForm</name>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="21"/>
        <source>This till has no users yet. Add its first manager: they sign in with this PIN and add the other users.</source>
        <translation>Ta kasa nie ma jeszcze użytkowników. Dodaj pierwszego kierownika: loguje się tym PIN-em i dodaje pozostałych użytkowników.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="34"/>
        <source>4 to 8 digits</source>
        <translation>od 4 do 8 cyfr</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="35"/>
        <source>Manager&apos;s name</source>
        <translation>Imię kierownika</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="36"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_manager.py" line="37"/>
        <source>PIN again</source>
        <translation>PIN ponownie</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="129"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="130"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="131"/>
        <source>Setting up the till</source>
        <translation>Konfiguracja kasy</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Connect to the store&apos;s hub (central system)</source>
        <translation>Połącz z centralą sklepu (system centralny)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="140"/>
        <source>No hub: a till on its own</source>
        <translation>Bez centrali: samodzielna kasa</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="141"/>
        <source>Demo: try the till with a demo store</source>
        <translation>Demo: wypróbuj kasę ze sklepem demonstracyjnym</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="152"/>
        <source>from the hub&apos;s manager</source>
        <translation>od kierownika centrali</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="153"/>
        <source>Hub address</source>
        <translation>Adres centrali</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="154"/>
        <source>Pairing code</source>
        <translation>Kod parowania</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="157"/>
        <source>Where does this till belong?</source>
        <translation>Do czego należy ta kasa?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="170"/>
        <source>Asking the hub…</source>
        <translation>Pytanie centrali…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="180"/>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="181"/>
        <source>Till</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="182"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="183"/>
        <source>Hub</source>
        <translation>Centrala</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="186"/>
        <source>The pairing code is used now. If this is not your store or till, cancel and ask the hub&apos;s manager for a new code.</source>
        <translation>Kod parowania został już wykorzystany. Jeśli to nie twój sklep lub kasa, anuluj i poproś kierownika centrali o nowy kod.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="192"/>
        <source>Is this the right store and till?</source>
        <translation>Czy to właściwy sklep i kasa?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="203"/>
        <source>Print a test page</source>
        <translation>Drukuj stronę testową</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="208"/>
        <source>Check the terminal</source>
        <translation>Sprawdź terminal</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="213"/>
        <source>Receipt printer</source>
        <translation>Drukarka paragonów</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Card terminal</source>
        <translation>Terminal płatniczy</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="223"/>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="249"/>
        <source>Scanners</source>
        <translation>Skanery</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="268"/>
        <source>Looking for the till&apos;s users…</source>
        <translation>Szukam użytkowników kasy…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="276"/>
        <source>The first manager</source>
        <translation>Pierwszy kierownik</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="278"/>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="309"/>
        <source>Printing…</source>
        <translation>Drukowanie…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="310"/>
        <source>Test page: the printer works.</source>
        <translation>Strona testowa: drukarka działa.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="313"/>
        <source>Printed on {0}.</source>
        <translation>Wydrukowano na: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="314"/>
        <source>Not printed: {0}</source>
        <translation>Nie wydrukowano: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="321"/>
        <source>Asking the terminal…</source>
        <translation>Pytanie terminala…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="325"/>
        <source>No card terminal: cash only.</source>
        <translation>Brak terminala płatniczego: tylko gotówka.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="327"/>
        <source>The terminal is ready.</source>
        <translation>Terminal jest gotowy.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="330"/>
        <source>The terminal answers but is not ready: {0}</source>
        <translation>Terminal odpowiada, ale nie jest gotowy: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="339"/>
        <source>The terminal does not answer: {0}</source>
        <translation>Terminal nie odpowiada: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="351"/>
        <source>Saving the set-up…</source>
        <translation>Zapisywanie konfiguracji…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="377"/>
        <source>That is not a hub address: write it as http://host:port.</source>
        <translation>To nie jest adres centrali: wpisz go jako http://host:port.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="379"/>
        <source>The hub cannot be reached at that address. Check the address and the network, then try again.</source>
        <translation>Nie można połączyć się z centralą pod tym adresem. Sprawdź adres i sieć, potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="383"/>
        <source>The hub does not know this pairing code. Check it, or ask for a new one.</source>
        <translation>Centrala nie zna tego kodu parowania. Sprawdź go albo poproś o nowy.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="386"/>
        <source>This pairing code was used already. Ask the hub&apos;s manager for a new one.</source>
        <translation>Ten kod parowania został już użyty. Poproś kierownika centrali o nowy.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="389"/>
        <source>This pairing code has expired. Ask the hub&apos;s manager for a new one.</source>
        <translation>Ten kod parowania wygasł. Poproś kierownika centrali o nowy.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="392"/>
        <source>The hub refused: {0}</source>
        <translation>Centrala odmówiła: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="395"/>
        <source>Not saved: {0}. Nothing was written; try again.</source>
        <translation>Nie zapisano: {0}. Nic nie zostało zapisane; spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="44"/>
        <source>In the bags</source>
        <translation>W torbach</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="44"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="44"/>
        <source>Customer takes it</source>
        <translation>Klient bierze</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="58"/>
        <source>Back to the queue</source>
        <translation>Wróć do kolejki</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="75"/>
        <source>Checking the code with the hub…</source>
        <translation>Sprawdzanie kodu w centrali…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="109"/>
        <source>Handover {0} · {1} {2} · {3} bag(s)</source>
        <translation>Wydanie {0} · {1} {2} · torby: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="120"/>
        <source>{0} (instead of {1})</source>
        <translation>{0} (zamiast {1})</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="122"/>
        <source>{0} (not available)</source>
        <translation>{0} (niedostępne)</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="134"/>
        <source>Hand over</source>
        <translation>Wydaj</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="136"/>
        <source>Take payment and hand over</source>
        <translation>Przyjmij płatność i wydaj</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="169"/>
        <source>Paid online: {0}</source>
        <translation>Opłacono online: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="171"/>
        <source>To pay now: {0}</source>
        <translation>Do zapłaty teraz: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="179"/>
        <source>Nothing is being handed over.</source>
        <translation>Nic nie jest wydawane.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="208"/>
        <source>Order {0} handed over; the hub will hear of it when the till is back online.</source>
        <translation>Zamówienie {0} wydane; centrala dowie się o tym, gdy kasa wróci online.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/handover_page.py" line="211"/>
        <source>Order {0} handed over.</source>
        <translation>Zamówienie {0} wydane.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="219"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="229"/>
        <source>Type a quantity and * before a barcode to sell several (3*5901234123457).</source>
        <translation>Wpisz ilość i * przed kodem, aby sprzedać kilka sztuk (3*5901234123457).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="233"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>LabelLayoutsEditor</name>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="59"/>
        <source>Add a layout</source>
        <translation>Dodaj układ</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="61"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="65"/>
        <source>e.g. 27, 28</source>
        <translation>np. 27, 28</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="68"/>
        <source>weight (kg)</source>
        <translation>wagę (kg)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="69"/>
        <source>price</source>
        <translation>cenę</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="72"/>
        <source>A check digit before the value</source>
        <translation>Cyfra kontrolna przed wartością</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="77"/>
        <source>Scan or type a label&apos;s 13 digits</source>
        <translation>Zeskanuj lub wpisz 13 cyfr etykiety</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="89"/>
        <source>Prefixes</source>
        <translation>Prefiksy</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="90"/>
        <source>Item code digits</source>
        <translation>Cyfry kodu towaru</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="91"/>
        <source>The label carries</source>
        <translation>Etykieta zawiera</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="92"/>
        <source>Value digits</source>
        <translation>Cyfry wartości</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="93"/>
        <source>Of them decimals</source>
        <translation>W tym po przecinku</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="95"/>
        <source>Digits</source>
        <translation>Cyfry</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="96"/>
        <source>Try a label</source>
        <translation>Sprawdź etykietę</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="107"/>
        <source>No scale labels: codes 20-29 are looked up like any other barcode.</source>
        <translation>Brak etykiet z wagi: kody 20-29 są wyszukiwane jak każdy inny kod kreskowy.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="143"/>
        <source>{0}: item {1} digits, price {2} digits</source>
        <translation>{0}: towar {1} cyfr, cena {2} cyfr</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="146"/>
        <source>{0}: item {1} digits, weight {2} digits</source>
        <translation>{0}: towar {1} cyfr, waga {2} cyfr</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="198"/>
        <source>I item code, W weight: {0} is {1} kg, K check digit</source>
        <translation>I kod towaru, W waga: {0} to {1} kg, K cyfra kontrolna</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="200"/>
        <source>I item code, P price: {0} is {1}, K check digit</source>
        <translation>I kod towaru, P cena: {0} to {1}, K cyfra kontrolna</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="203"/>
        <source>, C the value&apos;s check digit</source>
        <translation>, C cyfra kontrolna wartości</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="218"/>
        <source>Not a 13-digit code with one of these prefixes.</source>
        <translation>To nie jest 13-cyfrowy kod z jednym z tych prefiksów.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="225"/>
        <source>Item {0}, {1} kg</source>
        <translation>Towar {0}, {1} kg</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="227"/>
        <source>Item {0}, price {1}</source>
        <translation>Towar {0}, cena {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/label_layouts.py" line="239"/>
        <source>Scale label {0}: {1}</source>
        <translation>Etykieta z wagi {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Lines</name>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="44"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="45"/>
        <source>New quantity for {0}</source>
        <translation>Nowa ilość: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="65"/>
        <source>Customer changed their mind</source>
        <translation>Klient zrezygnował</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="66"/>
        <source>Scanned by mistake</source>
        <translation>Zeskanowano omyłkowo</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="67"/>
        <source>Wrong price</source>
        <translation>Błędna cena</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="68"/>
        <source>Damaged item</source>
        <translation>Uszkodzony towar</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="77"/>
        <source>Void line</source>
        <translation>Storno pozycji</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="78"/>
        <source>Why is line {0} voided?</source>
        <translation>Dlaczego stornujesz pozycję {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="92"/>
        <source>There is nothing to void.</source>
        <translation>Nie ma czego anulować.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="97"/>
        <source>A card payment was charged on this sale: finish it, or a manager reverses the card payment first.</source>
        <translation>W tej sprzedaży pobrano płatność kartą: dokończ ją albo niech kierownik najpierw anuluje płatność kartą.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="119"/>
        <source>This sale&apos;s card payment has an unknown outcome: check it with the terminal before voiding the sale.</source>
        <translation>Płatność kartą w tej sprzedaży ma nieznany wynik: sprawdź ją w terminalu przed unieważnieniem sprzedaży.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="130"/>
        <source>Void sale</source>
        <translation>Anuluj paragon</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="131"/>
        <source>Why is the whole sale voided?</source>
        <translation>Dlaczego anulujesz cały paragon?</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="144"/>
        <source>Sale voided.</source>
        <translation>Paragon anulowany.</translation>
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
        <translation>Sklep {store} · Kasa {till}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="85"/>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="89"/>
        <source>Add the first manager…</source>
        <translation>Dodaj pierwszego kierownika…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="97"/>
        <source>Demo till — PINs: Anna (cashier) 1111 · Marek (supervisor) 2222 · Olga (manager) 3333</source>
        <translation>Kasa demonstracyjna — PIN-y: Anna (kasjer) 1111 · Marek (kierownik zmiany) 2222 · Olga (kierownik) 3333</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="124"/>
        <source>This till has no users yet: add its first manager.</source>
        <translation>Ta kasa nie ma jeszcze użytkowników: dodaj pierwszego kierownika.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="145"/>
        <source>Type your PIN.</source>
        <translation>Wpisz swój PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="157"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Błędny PIN. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Something went wrong ({0}). The sale is safe; please try again.</source>
        <translation>Coś poszło nie tak ({0}). Sprzedaż jest bezpieczna; spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="42"/>
        <source>Amount ({0})</source>
        <translation>Kwota ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="55"/>
        <source>Reason…</source>
        <translation>Powód…</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="56"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="76"/>
        <source>Type an amount greater than zero, e.g. 50 or 12,50.</source>
        <translation>Wpisz kwotę większą od zera, np. 50 lub 12,50.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="81"/>
        <source>Use at most {0} decimal places.</source>
        <translation>Użyj najwyżej {0} miejsc po przecinku.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/movement_dialog.py" line="86"/>
        <source>Choose or type a reason.</source>
        <translation>Wybierz lub wpisz powód.</translation>
    </message>
</context>
<context>
    <name>NoReceiptDialog</name>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="73"/>
        <source>Return without a receipt</source>
        <translation>Zwrot bez paragonu</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="78"/>
        <source>Refunded at today&apos;s shelf price, in cash, at most {0} in all. A supervisor&apos;s PIN is needed, and the return is flagged for the manager.</source>
        <translation>Zwrot według dzisiejszej ceny na półce, gotówką, łącznie najwyżej {0}. Potrzebny jest PIN kierownika zmiany, a zwrot zostaje oznaczony do sprawdzenia przez kierownika.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="86"/>
        <source>Scan or type the item&apos;s barcode</source>
        <translation>Zeskanuj lub wpisz kod kreskowy towaru</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="88"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="95"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="96"/>
        <source>Shelf price</source>
        <translation>Cena na półce</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="97"/>
        <source>Brought back</source>
        <translation>Zwracane</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="98"/>
        <source>Back on the shelf</source>
        <translation>Na półkę</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="99"/>
        <source>Refund</source>
        <translation>Zwrot</translation>
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
        <translation>Usuń towar</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="120"/>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="267"/>
        <source>Scan the items the customer brings back.</source>
        <translation>Zeskanuj towary, które klient zwraca.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="124"/>
        <source>Refund in cash (F12)</source>
        <translation>Zwróć gotówką (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="128"/>
        <source>Close (Esc)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="160"/>
        <source>That is not an item&apos;s barcode: scan the item itself.</source>
        <translation>To nie jest kod towaru: zeskanuj sam towar.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="236"/>
        <source>Type the weight of {0} in kg.</source>
        <translation>Wpisz wagę: {0}, w kg.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="249"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Wpisz liczbę, np. 2 lub 0,250.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="275"/>
        <source>To refund in cash: {0}</source>
        <translation>Do zwrotu gotówką: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="291"/>
        <source>A return without a receipt needs a supervisor&apos;s PIN.</source>
        <translation>Zwrot bez paragonu wymaga PIN-u kierownika zmiany.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="293"/>
        <source>Not approved; nothing was refunded.</source>
        <translation>Nie zatwierdzono; nic nie zwrócono.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/no_receipt_dialog.py" line="320"/>
        <source>Return without a receipt recorded; refunded {0} in cash.</source>
        <translation>Zwrot bez paragonu zapisano; oddano {0} gotówką.</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="94"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Wpisz liczbę, np. 2 lub 0,250.</translation>
    </message>
</context>
<context>
    <name>Numpad</name>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="23"/>
        <source>Delete the last character</source>
        <translation>Usuń ostatni znak</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="25"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="26"/>
        <source>Clear the field</source>
        <translation>Wyczyść pole</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numpad.py" line="30"/>
        <source>Enter</source>
        <translation>Zatwierdź</translation>
    </message>
</context>
<context>
    <name>OrderNumberDialog</name>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="42"/>
        <source>Return of a web order</source>
        <translation>Zwrot zamówienia internetowego</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="43"/>
        <source>Type the order number from the handover slip (or scan its barcode).</source>
        <translation>Wpisz numer zamówienia z potwierdzenia wydania (lub zeskanuj jego kod kreskowy).</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="54"/>
        <source>An order number looks like W-10042.</source>
        <translation>Numer zamówienia wygląda tak: W-10042.</translation>
    </message>
</context>
<context>
    <name>Parking</name>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="27"/>
        <source>There is nothing to park.</source>
        <translation>Nie ma czego odłożyć.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="37"/>
        <source>Sale parked. Recall it with F6.</source>
        <translation>Paragon odłożony. Przywołaj go klawiszem F6.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="44"/>
        <source>Finish or park the current sale first.</source>
        <translation>Najpierw zakończ lub odłóż bieżący paragon.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="50"/>
        <source>No parked sales.</source>
        <translation>Brak odłożonych paragonów.</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="57"/>
        <source>{0} — {1} lines</source>
        <translation>{0} — pozycji: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="59"/>
        <source>Recall</source>
        <translation>Przywołaj</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="59"/>
        <source>Choose a parked sale</source>
        <translation>Wybierz odłożony paragon</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="68"/>
        <source>Sale recalled.</source>
        <translation>Paragon przywołany.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="73"/>
        <source>A card payment has an unknown outcome. Check it with the terminal (payment dialog, or Ctrl+T for a manager) before the next card payment.</source>
        <translation>Płatność kartą ma nieznany wynik. Sprawdź ją w terminalu (okno płatności albo Ctrl+T dla kierownika) przed kolejną płatnością kartą.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="84"/>
        <source>Scan something first.</source>
        <translation>Najpierw zeskanuj towar.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="87"/>
        <source>Still looking up a scan; one moment.</source>
        <translation>Trwa wyszukiwanie zeskanowanego kodu; chwileczkę.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="154"/>
        <source>Receipt {0} saved.</source>
        <translation>Paragon {0} zapisany.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="156"/>
        <source>Change: {0}</source>
        <translation>Reszta: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="160"/>
        <source>Exchange recorded.</source>
        <translation>Wymianę zapisano.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="171"/>
        <source>Sale not saved</source>
        <translation>Sprzedaż niezapisana</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="173"/>
        <source>The sale could not be saved ({0}). Retry now?</source>
        <translation>Nie udało się zapisać sprzedaży ({0}). Ponowić teraz?</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="215"/>
        <source>Receipt reprinted.</source>
        <translation>Paragon wydrukowany ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="230"/>
        <source>No receipt printed yet.</source>
        <translation>Nie wydrukowano jeszcze żadnego paragonu.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="242"/>
        <source>Receipt {0} was not printed: {1} The sale is saved; press F10 to reprint.</source>
        <translation>Paragon {0} nie został wydrukowany: {1} Sprzedaż jest zapisana; naciśnij F10, aby wydrukować ponownie.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="74"/>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="100"/>
        <source>Cash received</source>
        <translation>Otrzymana gotówka</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="106"/>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="108"/>
        <source>Remove payment</source>
        <translation>Usuń płatność</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="128"/>
        <source>Check with the terminal</source>
        <translation>Sprawdź w terminalu</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="130"/>
        <source>Settle by hand (manager)</source>
        <translation>Rozlicz ręcznie (kierownik)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="137"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="433"/>
        <source>Cancel (Esc)</source>
        <translation>Anuluj (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="139"/>
        <source>Cash (Enter)</source>
        <translation>Gotówka (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="142"/>
        <source>Card (F8)</source>
        <translation>Karta (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="172"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="230"/>
        <source>Type the amount received, e.g. 50 or 12,30.</source>
        <translation>Wpisz otrzymaną kwotę, np. 50 lub 12,30.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="196"/>
        <source>The exchange credit stays on the sale; void the sale to cancel it.</source>
        <translation>Kredyt z wymiany zostaje w sprzedaży; aby go anulować, anuluj sprzedaż.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="201"/>
        <source>A card payment was charged; only a manager&apos;s reversal takes it back.</source>
        <translation>Płatność kartą została pobrana; cofnąć ją może tylko anulowanie przez kierownika.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="238"/>
        <source>No card terminal is set up at this till.</source>
        <translation>Przy tej kasie nie skonfigurowano terminala płatniczego.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="254"/>
        <source>Card payment of {0}: follow the terminal.</source>
        <translation>Płatność kartą na {0}: postępuj zgodnie z terminalem.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="268"/>
        <source>Cancelling at the terminal…</source>
        <translation>Anulowanie w terminalu…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="277"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="278"/>
        <source>Customer: enter the PIN on the terminal</source>
        <translation>Klient: wprowadź PIN w terminalu</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="279"/>
        <source>Waiting for the bank…</source>
        <translation>Oczekiwanie na bank…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="280"/>
        <source>Customer: insert, tap or swipe the card</source>
        <translation>Klient: włóż, zbliż lub przeciągnij kartę</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="281"/>
        <source>Customer: take the card</source>
        <translation>Klient: wyjmij kartę</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="282"/>
        <location filename="../../ui/features/payment/payment_dialog.py" line="284"/>
        <source>Please wait…</source>
        <translation>Proszę czekać…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="283"/>
        <source>Wrong PIN: the customer tries again</source>
        <translation>Błędny PIN: klient próbuje ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="298"/>
        <source>The connection to the terminal broke after it took the payment. Checking with the terminal…</source>
        <translation>Połączenie z terminalem zerwało się po przyjęciu płatności. Sprawdzanie w terminalu…</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="307"/>
        <source>The card was declined (code {0}). Take another payment.</source>
        <translation>Karta odrzucona (kod {0}). Przyjmij inną płatność.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="310"/>
        <source>The card payment was cancelled. Nothing was charged.</source>
        <translation>Płatność kartą anulowano. Nic nie pobrano.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="313"/>
        <source>The terminal did not take the payment ({0}). Nothing was charged.</source>
        <translation>Terminal nie przyjął płatności ({0}). Nic nie pobrano.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="337"/>
        <source>Card payment approved.</source>
        <translation>Płatność kartą zatwierdzona.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="346"/>
        <source>An earlier card payment of {0} has an unknown outcome. Check it with the terminal before taking another card payment.</source>
        <translation>Wcześniejsza płatność kartą na {0} ma nieznany wynik. Sprawdź ją w terminalu, zanim przyjmiesz kolejną płatność kartą.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="376"/>
        <source>The earlier card payment of {0} is settled as {1}.</source>
        <translation>Wcześniejszą płatność kartą na {0} rozliczono jako: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="378"/>
        <source>charged</source>
        <translation>obciążona</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="378"/>
        <source>not charged</source>
        <translation>nieobciążona</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="385"/>
        <source>The terminal did not complete the payment. Nothing was charged.</source>
        <translation>Terminal nie dokończył płatności. Nic nie pobrano.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="394"/>
        <source>Settle a card payment</source>
        <translation>Rozlicz płatność kartą</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="395"/>
        <source>What does the terminal&apos;s printout say about the payment of {0}?</source>
        <translation>Co mówi wydruk terminala o płatności na {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="398"/>
        <source>Approved: the customer was charged</source>
        <translation>Zatwierdzona: klient został obciążony</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="398"/>
        <source>Not charged</source>
        <translation>Nie obciążono</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="404"/>
        <source>A manager settles unknown card payments.</source>
        <translation>Płatności kartą o nieznanym wyniku rozlicza kierownik.</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="433"/>
        <source>Cancel card payment (Esc)</source>
        <translation>Anuluj płatność kartą (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="450"/>
        <source>To pay: {0}</source>
        <translation>Do zapłaty: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="451"/>
        <source>Total {0}</source>
        <translation>Razem {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="453"/>
        <source>paid {0}</source>
        <translation>zapłacono {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="455"/>
        <source>cash rounding {0}</source>
        <translation>zaokrąglenie gotówki {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="460"/>
        <source>Exchange credit</source>
        <translation>Kredyt z wymiany</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="462"/>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment_dialog.py" line="469"/>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
</context>
<context>
    <name>PickingPage</name>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="52"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="52"/>
        <source>Ordered</source>
        <translation>Zamówiono</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="52"/>
        <source>Picked</source>
        <translation>Skompletowano</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="61"/>
        <source>Mark short</source>
        <translation>Oznacz brak</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="63"/>
        <source>Substitute…</source>
        <translation>Zamiennik…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="65"/>
        <source>Print pick list</source>
        <translation>Drukuj listę kompletacji</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="69"/>
        <source>Bags: </source>
        <translation>Torby: </translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="70"/>
        <source>Ready for pickup</source>
        <translation>Gotowe do odbioru</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="72"/>
        <source>Let go of it</source>
        <translation>Zwolnij zamówienie</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="74"/>
        <source>Back to the queue</source>
        <translation>Wróć do kolejki</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="100"/>
        <source>Picking {0} · {1} · ready by {2}</source>
        <translation>Kompletacja {0} · {1} · gotowe do {2}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="128"/>
        <source>substitute: {0} × {1} ({2})</source>
        <translation>zamiennik: {0} × {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="131"/>
        <source>customer agreed</source>
        <translation>klient się zgodził</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="133"/>
        <source>no consent</source>
        <translation>bez zgody</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="136"/>
        <source>short</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="138"/>
        <source>picked ✓</source>
        <translation>skompletowano ✓</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="140"/>
        <source>to pick</source>
        <translation>do skompletowania</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="168"/>
        <source>Scan the weight label of {0}.</source>
        <translation>Zeskanuj etykietę wagową {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="193"/>
        <source>Select a line first.</source>
        <translation>Najpierw wybierz pozycję.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="211"/>
        <source>Scan the substitute for {0} (or pick another action to cancel).</source>
        <translation>Zeskanuj zamiennik dla {0} (lub wybierz inną akcję, aby anulować).</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="225"/>
        <location filename="../../ui/features/pickup/picking_page.py" line="236"/>
        <source>Substitute</source>
        <translation>Zamiennik</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="226"/>
        <source>How much of {0} instead of {1}?</source>
        <translation>Ile {0} zamiast {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="237"/>
        <source>Did the customer agree to {0} instead of {1}?</source>
        <translation>Czy klient zgodził się na {0} zamiast {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="287"/>
        <source>Order {0} is ready here; the hub (and the customer) will hear of it when the till is back online.</source>
        <translation>Zamówienie {0} jest gotowe tutaj; centrala (i klient) dowiedzą się o tym, gdy kasa wróci online.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/picking_page.py" line="292"/>
        <source>Order {0} is ready; the customer has been notified.</source>
        <translation>Zamówienie {0} jest gotowe; klient został powiadomiony.</translation>
    </message>
</context>
<context>
    <name>Pickup</name>
    <message>
        <location filename="../../ui/features/pickup/checkout.py" line="55"/>
        <source>Finish or park the current sale before taking a pickup payment.</source>
        <translation>Zakończ lub zaparkuj bieżącą sprzedaż, zanim przyjmiesz płatność za odbiór.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/checkout.py" line="124"/>
        <source>Order {0} paid and handed over.</source>
        <translation>Zamówienie {0} opłacone i wydane.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="34"/>
        <source>new</source>
        <translation>nowe</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="35"/>
        <source>picking</source>
        <translation>kompletowane</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="36"/>
        <source>ready</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="37"/>
        <source>collected</source>
        <translation>odebrane</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="38"/>
        <source>partly collected</source>
        <translation>odebrane częściowo</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="39"/>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="40"/>
        <source>not collected</source>
        <translation>nieodebrane</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="119"/>
        <source>{0}  OVERDUE</source>
        <translation>{0}  PO TERMINIE</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="120"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="121"/>
        <source>{0} h {1} min</source>
        <translation>{0} godz. {1} min</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="149"/>
        <source>{0} (not sent yet)</source>
        <translation>{0} (jeszcze nie wysłane)</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="151"/>
        <source>paid</source>
        <translation>opłacone</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="153"/>
        <source>pay at pickup</source>
        <translation>płatne przy odbiorze</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="195"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="196"/>
        <source>Ready by</source>
        <translation>Gotowe do</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="197"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="198"/>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="199"/>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="200"/>
        <source>Till</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/queue.py" line="201"/>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup.py" line="54"/>
        <source>Pickup orders come from the hub; this till does not sync with one.</source>
        <translation>Zamówienia do odbioru przychodzą z centrali; ta kasa nie synchronizuje się z żadną.</translation>
    </message>
</context>
<context>
    <name>PickupCodeDialog</name>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="17"/>
        <source>Hand over by code</source>
        <translation>Wydanie na kod</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="18"/>
        <source>Type the customer&apos;s pickup code and ask for their surname.</source>
        <translation>Wpisz kod odbioru klienta i zapytaj o nazwisko.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="22"/>
        <source>Pickup code, e.g. 7KQ2MX</source>
        <translation>Kod odbioru, np. 7KQ2MX</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="25"/>
        <source>Surname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/code_dialogs.py" line="32"/>
        <source>Both the code and the surname are needed.</source>
        <translation>Potrzebne są i kod, i nazwisko.</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="81"/>
        <source>Pickup orders</source>
        <translation>Zamówienia do odbioru</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="103"/>
        <source>Scan an item or a pickup QR code (or type a barcode)</source>
        <translation>Zeskanuj towar lub kod QR odbioru (albo wpisz kod kreskowy)</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="134"/>
        <source>Open orders</source>
        <translation>Otwarte zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="135"/>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="136"/>
        <source>Being picked</source>
        <translation>W kompletacji</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="137"/>
        <source>Ready for pickup</source>
        <translation>Gotowe do odbioru</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="138"/>
        <source>All, closed too</source>
        <translation>Wszystkie, także zamknięte</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="163"/>
        <source>Pick the order</source>
        <translation>Kompletuj zamówienie</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="166"/>
        <source>Hand over by code…</source>
        <translation>Wydaj na kod…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="168"/>
        <source>Return of a web order…</source>
        <translation>Zwrot zamówienia internetowego…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="170"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="250"/>
        <source>{0} new · {1} being picked · {2} ready · {3} overdue</source>
        <translation>nowe: {0} · w kompletacji: {1} · gotowe: {2} · po terminie: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="291"/>
        <source>Order {0} is being picked at till {1}.</source>
        <translation>Zamówienie {0} jest kompletowane przy kasie {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="296"/>
        <source>Order {0} is ready: scan the customer&apos;s pickup QR code or use “Hand over by code…”.</source>
        <translation>Zamówienie {0} jest gotowe: zeskanuj kod QR odbioru klienta lub użyj „Wydaj na kod…”.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="303"/>
        <source>Order {0} is {1}.</source>
        <translation>Zamówienie {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="315"/>
        <source>Offline: picking is recorded here and sent when the hub is back.</source>
        <translation>Offline: kompletacja jest zapisywana tutaj i zostanie wysłana, gdy centrala wróci.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup_dialog.py" line="370"/>
        <source>Open an order to pick first, or scan a customer&apos;s pickup QR code.</source>
        <translation>Najpierw otwórz zamówienie do kompletacji lub zeskanuj kod QR odbioru klienta.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="104"/>
        <source>Supervisor approval</source>
        <translation>Zgoda kierownika zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="109"/>
        <source>Supervisor PIN</source>
        <translation>PIN kierownika zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="121"/>
        <source>Type the supervisor&apos;s PIN.</source>
        <translation>Wpisz PIN kierownika zmiany.</translation>
    </message>
</context>
<context>
    <name>PrinterForm</name>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="35"/>
        <source>file (a device or spool file)</source>
        <translation>plik (urządzenie lub plik bufora)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="36"/>
        <source>network (TCP, port 9100)</source>
        <translation>sieć (TCP, port 9100)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="37"/>
        <source>serial</source>
        <translation>port szeregowy</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="38"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="39"/>
        <source>virtual (preview only)</source>
        <translation>wirtualna (tylko podgląd)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="45"/>
        <source>e.g. host=192.168.1.50 port=9100</source>
        <translation>np. host=192.168.1.50 port=9100</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="47"/>
        <source>Open the cash drawer on cash payments</source>
        <translation>Otwieraj szufladę przy płatności gotówką</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="50"/>
        <source>QR code</source>
        <translation>Kod QR</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="51"/>
        <source>CODE128 barcode</source>
        <translation>Kod kreskowy CODE128</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="53"/>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="54"/>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="55"/>
        <source>Printer model (profile)</source>
        <translation>Model drukarki (profil)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="56"/>
        <source>The receipt&apos;s code (for returns)</source>
        <translation>Kod na paragonie (do zwrotów)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="64"/>
        <source>The printer options do not fit (name=value): {0}</source>
        <translation>Opcje drukarki są niepoprawne (nazwa=wartość): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="67"/>
        <source>A network printer needs its address: host=…</source>
        <translation>Drukarka sieciowa potrzebuje adresu: host=…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="70"/>
        <source>This printer needs its device: {0}=/dev/…</source>
        <translation>Ta drukarka potrzebuje urządzenia: {0}=/dev/…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="136"/>
        <source>Other reason…</source>
        <translation>Inny powód…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="148"/>
        <source>Choose or type a reason.</source>
        <translation>Wybierz lub wpisz powód.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../services/receipt_builder.py" line="26"/>
        <location filename="../../services/return_slips.py" line="26"/>
        <source>Receipt</source>
        <translation>Paragon</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="39"/>
        <location filename="../../services/receipt_builder.py" line="27"/>
        <location filename="../../services/return_slips.py" line="29"/>
        <location filename="../../services/shift_slips.py" line="24"/>
        <source>Till</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="28"/>
        <source>Cashier</source>
        <translation>Kasjer</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="38"/>
        <location filename="../../services/receipt_builder.py" line="29"/>
        <location filename="../../services/return_slips.py" line="28"/>
        <location filename="../../services/shift_slips.py" line="26"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="30"/>
        <source>Subtotal</source>
        <translation>Suma częściowa</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="31"/>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="32"/>
        <source>discount</source>
        <translation>rabat</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="33"/>
        <source>TOTAL</source>
        <translation>SUMA</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="34"/>
        <source>Cash rounding</source>
        <translation>Zaokrąglenie</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="35"/>
        <source>To pay</source>
        <translation>Do zapłaty</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="36"/>
        <location filename="../../services/shift_slips.py" line="39"/>
        <source>VAT</source>
        <translation>PTU</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="37"/>
        <location filename="../../services/shift_slips.py" line="40"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="38"/>
        <location filename="../../services/shift_slips.py" line="41"/>
        <source>Tax</source>
        <translation>Podatek</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="39"/>
        <location filename="../../services/shift_slips.py" line="42"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="41"/>
        <source>Exchange credit</source>
        <translation>Kredyt z wymiany</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="26"/>
        <source>PICK LIST</source>
        <translation>LISTA KOMPLETACJI</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="27"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="29"/>
        <source>Ready by</source>
        <translation>Gotowe do</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="30"/>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="31"/>
        <source>Bag</source>
        <translation>Torba</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="32"/>
        <source>PICKUP HANDOVER</source>
        <translation>WYDANIE ZAMÓWIENIA</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="33"/>
        <source>Paid online</source>
        <translation>Opłacono online</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="34"/>
        <source>Paid at the till</source>
        <translation>Opłacono w kasie</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="35"/>
        <source>not available</source>
        <translation>niedostępne</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="36"/>
        <source>instead of</source>
        <translation>zamiast</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="37"/>
        <source>not taken</source>
        <translation>nieodebrane</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="40"/>
        <source>WEB ORDER RETURN</source>
        <translation>ZWROT ZAMÓWIENIA INTERNETOWEGO</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="41"/>
        <location filename="../../services/return_slips.py" line="30"/>
        <location filename="../../services/shift_slips.py" line="38"/>
        <source>Refunded</source>
        <translation>Zwrócono</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="42"/>
        <location filename="../../services/receipt_builder.py" line="40"/>
        <location filename="../../services/return_slips.py" line="31"/>
        <location filename="../../services/shift_slips.py" line="43"/>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="43"/>
        <location filename="../../services/receipt_builder.py" line="42"/>
        <location filename="../../services/return_slips.py" line="32"/>
        <location filename="../../services/shift_slips.py" line="44"/>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="44"/>
        <location filename="../../services/return_slips.py" line="33"/>
        <source>back on the shelf</source>
        <translation>wraca na półkę</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="43"/>
        <source>Change</source>
        <translation>Reszta</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="44"/>
        <source>COPY</source>
        <translation>KOPIA</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="45"/>
        <source>price changed</source>
        <translation>zmieniona cena</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="46"/>
        <source>marked item</source>
        <translation>towar oznakowany</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="47"/>
        <source>Tax ID</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="48"/>
        <source>Promo</source>
        <translation>Promocja</translation>
    </message>
    <message>
        <location filename="../../services/pickup_slips.py" line="28"/>
        <location filename="../../services/receipt_builder.py" line="49"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="50"/>
        <source>Points earned</source>
        <translation>Zdobyte punkty</translation>
    </message>
    <message>
        <location filename="../../services/receipt_builder.py" line="51"/>
        <source>promo honoured offline</source>
        <translation>promocja uznana offline</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="21"/>
        <source>X REPORT</source>
        <translation>RAPORT X</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="22"/>
        <source>Z REPORT</source>
        <translation>RAPORT Z</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="23"/>
        <source>Z number</source>
        <translation>Numer Z</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="25"/>
        <source>Shift opened</source>
        <translation>Otwarcie zmiany</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="27"/>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="28"/>
        <source>Returns</source>
        <translation>Zwroty</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="29"/>
        <source>Voided sales</source>
        <translation>Anulowane paragony</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="30"/>
        <source>Voided lines</source>
        <translation>Anulowane pozycje</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="31"/>
        <source>Discounts</source>
        <translation>Rabaty</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="32"/>
        <source>Drawer opened, no sale</source>
        <translation>Otwarcie szuflady bez sprzedaży</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="33"/>
        <source>Net sales</source>
        <translation>Sprzedaż netto</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="34"/>
        <source>Expected cash</source>
        <translation>Gotówka oczekiwana</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="35"/>
        <source>Counted cash</source>
        <translation>Gotówka policzona</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="36"/>
        <source>Variance</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="37"/>
        <source>Counts made</source>
        <translation>Liczba przeliczeń</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="45"/>
        <source>CASH MOVEMENT</source>
        <translation>OPERACJA KASOWA</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="24"/>
        <source>RETURN</source>
        <translation>ZWROT</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="25"/>
        <source>Original sale</source>
        <translation>Sprzedaż pierwotna</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="27"/>
        <location filename="../../services/shift_slips.py" line="46"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="34"/>
        <source>Checked offline</source>
        <translation>Sprawdzono offline</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="35"/>
        <source>Without a receipt</source>
        <translation>Bez paragonu</translation>
    </message>
    <message>
        <location filename="../../services/return_slips.py" line="36"/>
        <source>Approved by</source>
        <translation>Zatwierdził</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="47"/>
        <source>Opening float</source>
        <translation>Pogotowie kasowe</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="48"/>
        <source>Pay-in</source>
        <translation>Wpłata</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="49"/>
        <source>Pay-out</source>
        <translation>Wypłata</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="50"/>
        <source>Safe drop</source>
        <translation>Wpłata do sejfu</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="51"/>
        <source>Cash pickup</source>
        <translation>Odbiór gotówki</translation>
    </message>
    <message>
        <location filename="../../services/shift_slips.py" line="52"/>
        <source>No sale</source>
        <translation>Bez sprzedaży</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <location filename="../../ui/features/payment/receipt_preview.py" line="66"/>
        <source>Receipt (virtual printer)</source>
        <translation>Paragon (drukarka wirtualna)</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/receipt_preview.py" line="73"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>RejectedRecordsDialog</name>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="46"/>
        <source>Records refused by the hub</source>
        <translation>Rekordy odrzucone przez centralę</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="51"/>
        <source>The hub refused these records as invalid. They are kept here and do not hold up the others. Fix the cause at the hub, then send a record again.</source>
        <translation>Centrala odrzuciła te rekordy jako nieprawidłowe. Są przechowywane tutaj i nie wstrzymują pozostałych. Usuń przyczynę w centrali, a potem wyślij rekord ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="59"/>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="69"/>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="59"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="59"/>
        <source>Id</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="59"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="66"/>
        <source>Promo codes the hub found used twice</source>
        <translation>Kody promocyjne, które centrala uznała za użyte dwukrotnie</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="69"/>
        <source>Sale</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="69"/>
        <source>Promotion</source>
        <translation>Promocja</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="69"/>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="78"/>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="80"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="99"/>
        <source>{0} (given offline)</source>
        <translation>{0} (udzielono offline)</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="106"/>
        <source>sale</source>
        <translation>sprzedaż</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="106"/>
        <source>voided sale</source>
        <translation>anulowana sprzedaż</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/rejected_dialog.py" line="119"/>
        <source>No refused records.</source>
        <translation>Brak odrzuconych rekordów.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/features/shift/report_dialog.py" line="32"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/report_dialog.py" line="35"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="82"/>
        <source>Return of a sale</source>
        <translation>Zwrot sprzedaży</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="86"/>
        <source>Today&apos;s sales</source>
        <translation>Dzisiejsze sprzedaże</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="97"/>
        <source>Scan the receipt or type its number</source>
        <translation>Zeskanuj paragon lub wpisz jego numer</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="99"/>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="104"/>
        <location filename="../../ui/features/returns/return_dialog.py" line="234"/>
        <source>Scan the customer&apos;s receipt, or pick today&apos;s sale.</source>
        <translation>Zeskanuj paragon klienta lub wybierz dzisiejszą sprzedaż.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="110"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="111"/>
        <source>Sold</source>
        <translation>Sprzedano</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="112"/>
        <source>Returned before</source>
        <translation>Zwrócono wcześniej</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="113"/>
        <source>Paid</source>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="114"/>
        <source>Brought back</source>
        <translation>Zwracane</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="115"/>
        <source>Back on the shelf</source>
        <translation>Na półkę</translation>
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
        <translation>Cała pozycja</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="129"/>
        <source>Refund as paid</source>
        <translation>Zwrot jak zapłacono</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="130"/>
        <source>Refund all in cash</source>
        <translation>Całość zwrotu gotówką</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="145"/>
        <source>Refund (F12)</source>
        <translation>Zwróć (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="149"/>
        <source>Exchange (F9)</source>
        <translation>Wymiana (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="151"/>
        <source>Take these back and sell other goods: the difference is settled at Pay.</source>
        <translation>Przyjmij te towary i sprzedaj inne: różnicę rozlicza się przy płatności.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="156"/>
        <source>No receipt… (F7)</source>
        <translation>Bez paragonu… (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="158"/>
        <source>The customer has no receipt: refund at the shelf price, with a PIN.</source>
        <translation>Klient nie ma paragonu: zwrot według ceny na półce, z PIN-em.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="161"/>
        <source>Close (Esc)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="205"/>
        <source>Scan the receipt; for goods without one, choose No receipt (F7).</source>
        <translation>Zeskanuj paragon; dla towarów bez paragonu wybierz Bez paragonu (F7).</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="230"/>
        <source>Looking for the sale…</source>
        <translation>Szukam sprzedaży…</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="242"/>
        <source>Sale {0} of {1}, till {2}: {3}</source>
        <translation>Sprzedaż {0} z {1}, kasa {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="248"/>
        <source>The hub cannot be reached: other tills&apos; returns are unknown, at most {0} can be refunded, and the return is flagged for checking.</source>
        <translation>Brak połączenia z centralą: zwroty w innych kasach są nieznane, można zwrócić najwyżej {0}, a zwrot zostanie oznaczony do sprawdzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="312"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Wpisz liczbę, np. 2 lub 0,250.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="330"/>
        <source>Choose what the customer brings back.</source>
        <translation>Wybierz, co klient zwraca.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="345"/>
        <source>card {0}</source>
        <translation>karta {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="345"/>
        <source>cash {0}</source>
        <translation>gotówka {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="350"/>
        <source>To refund: {0} ({1})</source>
        <translation>Do zwrotu: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="377"/>
        <source>Part of this sale was paid by card, and this till has no card terminal: choose to refund it all in cash.</source>
        <translation>Część tej sprzedaży zapłacono kartą, a ta kasa nie ma terminala: wybierz zwrot całości gotówką.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="390"/>
        <source>This sale was paid with two cards: choose to refund it all in cash.</source>
        <translation>Tę sprzedaż zapłacono dwiema kartami: wybierz zwrot całości gotówką.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="394"/>
        <source>Follow the card terminal…</source>
        <translation>Postępuj zgodnie z terminalem…</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="427"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Kierownik zmiany może zatwierdzić swoim PIN-em.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="430"/>
        <source>Not approved; nothing was refunded.</source>
        <translation>Nie zatwierdzono; nic nie zwrócono.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="447"/>
        <source>The card refund was not approved; nothing was refunded or recorded.</source>
        <translation>Zwrot na kartę nie został zatwierdzony; nic nie zwrócono ani nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/return_dialog.py" line="484"/>
        <source>Return recorded; refunded {0}.</source>
        <translation>Zwrot zapisany; zwrócono {0}.</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <location filename="../../domain/sale_return.py" line="65"/>
        <source>Customer changed their mind</source>
        <translation>Klient zrezygnował</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="66"/>
        <source>Defective</source>
        <translation>Wadliwy towar</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="67"/>
        <source>Wrong item</source>
        <translation>Niewłaściwy towar</translation>
    </message>
    <message>
        <location filename="../../domain/sale_return.py" line="68"/>
        <source>Not as described</source>
        <translation>Niezgodny z opisem</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="41"/>
        <source>Finish or park the sale first; then take the return.</source>
        <translation>Najpierw zakończ lub odłóż sprzedaż, potem przyjmij zwrot.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="86"/>
        <source>Exchange: {0} credit. Scan the new goods, then Pay (F12).</source>
        <translation>Wymiana: kredyt {0}. Zeskanuj nowe towary, potem Zapłać (F12).</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="100"/>
        <source>The exchange was cancelled; nothing was taken back.</source>
        <translation>Wymianę anulowano; niczego nie przyjęto z powrotem.</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="114"/>
        <source>voided</source>
        <translation>anulowana</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="114"/>
        <source>completed</source>
        <translation>zakończona</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="116"/>
        <source>Receipt {0} of {1}: {2} ({3}).</source>
        <translation>Paragon {0} z {1}: {2} ({3}).</translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="40"/>
        <source>Scanners</source>
        <translation>Skanery</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="58"/>
        <source>Only a manager can change the scanners; anyone can test them.</source>
        <translation>Tylko kierownik może zmieniać skanery; przetestować je może każdy.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="60"/>
        <source>Changes take effect when saved.</source>
        <translation>Zmiany obowiązują po zapisaniu.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="67"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ScannerListEditor</name>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="140"/>
        <source>Scanners of this till</source>
        <translation>Skanery tej kasy</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="155"/>
        <source>options, e.g. url=/dev/ttyACM0 baudrate=9600</source>
        <translation>opcje, np. url=/dev/ttyACM0 baudrate=9600</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="156"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="311"/>
        <source>on</source>
        <translation>wł.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="158"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="160"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="174"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="375"/>
        <source>Looking for scanners…</source>
        <translation>Szukanie skanerów…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="176"/>
        <source>Look again</source>
        <translation>Szukaj ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="178"/>
        <source>Found on this machine:</source>
        <translation>Znalezione w tym komputerze:</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="187"/>
        <source>Keyboard-wedge scanner on</source>
        <translation>Skaner klawiaturowy włączony</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="199"/>
        <source>Average gap between a scan&apos;s keys at most</source>
        <translation>Średni odstęp między znakami skanu najwyżej</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="200"/>
        <source>Shortest code</source>
        <translation>Najkrótszy kod</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="205"/>
        <source>{0} (missing libraries)</source>
        <translation>{0} (brak bibliotek)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="208"/>
        <source>Kinds this till can run: {0}</source>
        <translation>Rodzaje dostępne na tej kasie: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="223"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="228"/>
        <source>a camera, a video file or a stream URL</source>
        <translation>kamera, plik wideo lub adres strumienia (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="234"/>
        <source>Camera to add:</source>
        <translation>Kamera do dodania:</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="249"/>
        <source>Scan something now</source>
        <translation>Zeskanuj teraz cokolwiek</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="251"/>
        <source>Test the chosen scanner</source>
        <translation>Przetestuj wybrany skaner</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="255"/>
        <source>Waiting for a scan from any scanner…</source>
        <translation>Czekam na skan z dowolnego skanera…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="310"/>
        <source>Keyboard wedge: {0} (keys ≤ {1} ms apart, at least {2} characters)</source>
        <translation>Skaner klawiaturowy: {0} (klawisze co ≤ {1} ms, co najmniej {2} znaków)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="311"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="329"/>
        <source>off</source>
        <translation>wył.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="325"/>
        <source>not installed</source>
        <translation>niezainstalowany</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="327"/>
        <source>missing libraries</source>
        <translation>brak bibliotek</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="333"/>
        <source>bad options: {0}</source>
        <translation>błędne opcje: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="338"/>
        <source>ready</source>
        <translation>gotowy</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="339"/>
        <source>connecting</source>
        <translation>łączenie</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="340"/>
        <source>disconnected, retrying</source>
        <translation>rozłączony, ponawiam</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="341"/>
        <source>stopped</source>
        <translation>zatrzymany</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="342"/>
        <source>cannot start</source>
        <translation>nie może wystartować</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="343"/>
        <source>not started</source>
        <translation>nieuruchomiony</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="351"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="449"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="468"/>
        <source>These options do not fit: {0}</source>
        <translation>Te opcje nie pasują: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="385"/>
        <source>{0} found: choose one to add it</source>
        <translation>Znaleziono: {0}; wybierz, aby dodać</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="387"/>
        <source>none found</source>
        <translation>nic nie znaleziono</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="390"/>
        <source>No serial port or camera found (a keyboard-wedge scanner needs none)</source>
        <translation>Nie znaleziono portu szeregowego ani kamery (skaner klawiaturowy ich nie potrzebuje)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="403"/>
        <source>Could not look for scanners: {0}</source>
        <translation>Nie udało się wyszukać skanerów: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="471"/>
        <source>This till cannot run cameras: libraries are missing.</source>
        <translation>Ta kasa nie może obsługiwać kamer: brakuje bibliotek.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="504"/>
        <source>Scan a code with the keyboard-wedge scanner now.</source>
        <translation>Zeskanuj teraz kod skanerem klawiaturowym.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="506"/>
        <source>The keyboard-wedge scanner is off: turn it on to test it.</source>
        <translation>Skaner klawiaturowy jest wyłączony: włącz go, aby go przetestować.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="512"/>
        <source>this kind cannot run here</source>
        <translation>ten rodzaj nie działa na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="515"/>
        <source>This scanner cannot be tested: {0}</source>
        <translation>Nie można przetestować tego skanera: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="520"/>
        <source>Hold a code in front of {0}.</source>
        <translation>Przyłóż kod przed {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="523"/>
        <location filename="../../ui/features/scanners/scanner_list.py" line="546"/>
        <source>Scan a code with {0} now.</source>
        <translation>Zeskanuj teraz kod: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="525"/>
        <source>Opening {0}…</source>
        <translation>Otwieranie {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="549"/>
        <source>{0} does not answer: {1}</source>
        <translation>{0} nie odpowiada: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="561"/>
        <source>Read from {0}:</source>
        <translation>Odczyt z {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="570"/>
        <source>Symbology</source>
        <translation>Symbolika</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="571"/>
        <source>Read</source>
        <translation>Odczyt</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="572"/>
        <source>Bytes</source>
        <translation>Bajty</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="577"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="582"/>
        <source>product</source>
        <translation>towar</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="583"/>
        <source>customer promo code</source>
        <translation>kod promocyjny klienta</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="584"/>
        <source>pickup code</source>
        <translation>kod odbioru</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="585"/>
        <source>receipt</source>
        <translation>paragon</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="586"/>
        <source>unknown: nothing will happen</source>
        <translation>nieznany: nic się nie stanie</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="588"/>
        <source>Meaning</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="592"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="595"/>
        <source>Looked up as</source>
        <translation>Szukany jako</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="597"/>
        <source>GTIN-14</source>
        <translation>GTIN-14</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="599"/>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="601"/>
        <source>Label price</source>
        <translation>Cena z etykiety</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="605"/>
        <source>{0} — EXPIRED</source>
        <translation>{0} — PRZETERMINOWANY</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="606"/>
        <source>Expiry</source>
        <translation>Termin ważności</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="609"/>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="611"/>
        <source>Serial</source>
        <translation>Numer seryjny</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanner_list.py" line="613"/>
        <source>Marking code (kept verbatim)</source>
        <translation>Kod znakowania (zapisany dosłownie)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="40"/>
        <source>Find product</source>
        <translation>Znajdź towar</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="52"/>
        <source>Name, SKU or barcode</source>
        <translation>Nazwa, SKU lub kod kreskowy</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="63"/>
        <source>Product</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="63"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="63"/>
        <source>Unit</source>
        <translation>Jedn.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="63"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="74"/>
        <source>Ctrl+E: stock of the selected product in every store</source>
        <translation>Ctrl+E: stan wybranego produktu we wszystkich sklepach</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="101"/>
        <source>All departments</source>
        <translation>Wszystkie działy</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="135"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="135"/>
        <source>pc</source>
        <translation>szt.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="147"/>
        <source>{0} products</source>
        <translation>Towarów: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/search_dialog.py" line="147"/>
        <source>Nothing found</source>
        <translation>Nic nie znaleziono</translation>
    </message>
</context>
<context>
    <name>Selling</name>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="66"/>
        <source>Finish or cancel the payment before scanning more.</source>
        <translation>Zakończ lub anuluj płatność, zanim zeskanujesz kolejne towary.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="76"/>
        <source>The label already says how much; scan it on its own.</source>
        <translation>Etykieta już podaje ilość; zeskanuj ją bez mnożnika.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="97"/>
        <source>Expired item</source>
        <translation>Towar przeterminowany</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="98"/>
        <source>{0} expired on {1}. Sell it anyway?</source>
        <translation>{0}: termin ważności minął {1}. Sprzedać mimo to?</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="104"/>
        <source>{0} expired on {1}: not sold.</source>
        <translation>{0}: termin ważności minął {1}; nie sprzedano.</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="125"/>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="126"/>
        <source>Weight of {0} in kg</source>
        <translation>Waga: {0} (kg)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="61"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="68"/>
        <source>Receipt printer</source>
        <translation>Drukarka paragonów</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="70"/>
        <source>Card terminal</source>
        <translation>Terminal płatniczy</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="75"/>
        <source>Keyboard-wedge scanner on</source>
        <translation>Skaner w trybie klawiatury włączony</translation>
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
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="91"/>
        <source>by key position</source>
        <translation>według położenia klawiszy</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="92"/>
        <source>as typed</source>
        <translation>tak, jak wpisane</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="96"/>
        <source>with their key positions (usual)</source>
        <translation>z położeniem klawiszy (zwykle)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="97"/>
        <source>without positions, in the Russian layout</source>
        <translation>bez położenia, w układzie rosyjskim</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="98"/>
        <source>without positions, in the Ukrainian layout</source>
        <translation>bez położenia, w układzie ukraińskim</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="102"/>
        <source>Serial and camera scanners…</source>
        <translation>Skanery szeregowe i kamery…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="105"/>
        <source>Average gap between a scan&apos;s keys at most</source>
        <translation>Średni odstęp między znakami skanu najwyżej</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="106"/>
        <source>Longest pause inside a scan</source>
        <translation>Najdłuższa przerwa w skanie</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="107"/>
        <source>Shortest code</source>
        <translation>Najkrótszy kod</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="108"/>
        <source>Scan ends with</source>
        <translation>Skan kończy się znakiem</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="109"/>
        <source>Prefix the scanner sends</source>
        <translation>Prefiks wysyłany przez skaner</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="110"/>
        <source>Suffix the scanner sends</source>
        <translation>Sufiks wysyłany przez skaner</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="111"/>
        <source>Read the scanner&apos;s keys</source>
        <translation>Odczytuj klawisze skanera</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="112"/>
        <source>The keys arrive</source>
        <translation>Klawisze przychodzą</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="114"/>
        <source>Scanners</source>
        <translation>Skanery</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="117"/>
        <source>Scale labels</source>
        <translation>Etykiety z wagi</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="131"/>
        <source>Language of the till</source>
        <translation>Język kasy</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="132"/>
        <source>Formats (numbers, money, dates)</source>
        <translation>Formaty (liczby, kwoty, daty)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="133"/>
        <source>Promo discount allowed offline, at most</source>
        <translation>Maksymalny rabat promocyjny bez połączenia</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="134"/>
        <source>A customer stays attached without a change for</source>
        <translation>Klient pozostaje przypisany bez zmian przez</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="135"/>
        <source>Language and store</source>
        <translation>Język i sklep</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="140"/>
        <source>Support bundle…</source>
        <translation>Pakiet dla serwisu…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="142"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="183"/>
        <source>The longest pause inside a scan cannot be shorter than the average gap.</source>
        <translation>Najdłuższa przerwa w skanie nie może być krótsza niż średni odstęp.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="188"/>
        <location filename="../../ui/features/settings/settings_dialog.py" line="190"/>
        <source>The offline promo discount must be an amount, e.g. 20.00.</source>
        <translation>Rabat bez połączenia musi być kwotą, np. 20.00.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="193"/>
        <source>{0} is not a locale this till knows (e.g. pl_PL).</source>
        <translation>{0} nie jest ustawieniem regionalnym znanym tej kasie (np. pl_PL).</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="222"/>
        <source>These settings cannot be used: {0}</source>
        <translation>Tych ustawień nie można użyć: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="231"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="260"/>
        <source>The settings were not saved: {0}</source>
        <translation>Ustawienia nie zostały zapisane: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="266"/>
        <source>Writing the support bundle…</source>
        <translation>Zapisywanie pakietu dla serwisu…</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="277"/>
        <source>Support bundle written: {0} (no passwords, PINs or tokens in it)</source>
        <translation>Pakiet dla serwisu zapisany: {0} (bez haseł, PIN-ów i tokenów)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings_dialog.py" line="282"/>
        <source>The support bundle could not be written: {0}</source>
        <translation>Nie udało się zapisać pakietu dla serwisu: {0}</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="49"/>
        <source>No shift is open. Open it with Ctrl+H and count the float.</source>
        <translation>Żadna zmiana nie jest otwarta. Otwórz ją klawiszem Ctrl+H i policz pogotowie kasowe.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="78"/>
        <source>Open the shift: count the float</source>
        <translation>Otwórz zmianę: policz pogotowie kasowe</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="79"/>
        <location filename="../../ui/features/shift/shift.py" line="301"/>
        <source>No shift is open on this till.</source>
        <translation>Na tej kasie nie ma otwartej zmiany.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="83"/>
        <source>Pay-in: put cash into the drawer</source>
        <translation>Wpłata: włóż gotówkę do szuflady</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="87"/>
        <source>Pay-out: pay something from the drawer</source>
        <translation>Wypłata: zapłać coś z szuflady</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="91"/>
        <source>Safe drop: take cash to the safe</source>
        <translation>Do sejfu: zanieś gotówkę do sejfu</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="95"/>
        <source>Cash pickup: cash collected from the till</source>
        <translation>Odbiór: gotówka zabrana z kasy</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="98"/>
        <source>Open the drawer (no sale)</source>
        <translation>Otwórz szufladę (bez sprzedaży)</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="99"/>
        <location filename="../../ui/features/shift/shift.py" line="242"/>
        <source>Count the drawer</source>
        <translation>Policz szufladę</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="100"/>
        <source>X report: the shift so far</source>
        <translation>Raport X: zmiana do tej pory</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="101"/>
        <source>Close the shift: count and print the Z report</source>
        <translation>Zamknij zmianę: policz i wydrukuj raport Z</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="103"/>
        <source>Shift opened {0} by {1}; the drawer is with {2}.</source>
        <translation>Zmiana otwarta {0} przez {1}; szuflada jest u {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="109"/>
        <source>Expected in the drawer: {0}</source>
        <translation>Oczekiwano w szufladzie: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="112"/>
        <source>Show the last Z report again</source>
        <translation>Pokaż ponownie ostatni raport Z</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="114"/>
        <source>Shift</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="135"/>
        <source>Nothing was counted; nothing changed.</source>
        <translation>Nic nie policzono; nic się nie zmieniło.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="143"/>
        <source>A shift is already open on this till.</source>
        <translation>Na tej kasie zmiana jest już otwarta.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="146"/>
        <source>Open the shift</source>
        <translation>Otwórz zmianę</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="147"/>
        <source>Count the float in the drawer, piece by piece.</source>
        <translation>Policz pogotowie kasowe w szufladzie, sztuka po sztuce.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="155"/>
        <source>Shift opened with a float of {0}. Ready to sell.</source>
        <translation>Zmiana otwarta z pogotowiem kasowym {0}. Można sprzedawać.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="164"/>
        <source>Change from the bank</source>
        <translation>Bilon z banku</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="164"/>
        <source>Float top-up</source>
        <translation>Uzupełnienie pogotowia</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="166"/>
        <source>Supplier paid in cash</source>
        <translation>Zapłata dostawcy gotówką</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="167"/>
        <source>Office supplies</source>
        <translation>Materiały biurowe</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="168"/>
        <source>Cleaning</source>
        <translation>Sprzątanie</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="170"/>
        <source>Too much cash in the drawer</source>
        <translation>Za dużo gotówki w szufladzie</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="171"/>
        <source>Cash-in-transit pickup</source>
        <translation>Odbiór przez konwój</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="176"/>
        <source>Pay-in</source>
        <translation>Wpłata</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="177"/>
        <source>Pay-out</source>
        <translation>Wypłata</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="178"/>
        <source>Safe drop</source>
        <translation>Wpłata do sejfu</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="179"/>
        <source>Cash pickup</source>
        <translation>Odbiór gotówki</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="180"/>
        <source>Cash movement</source>
        <translation>Operacja kasowa</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="184"/>
        <location filename="../../ui/features/shift/shift.py" line="218"/>
        <source>No shift is open. Open it with Ctrl+H.</source>
        <translation>Żadna zmiana nie jest otwarta. Otwórz ją klawiszem Ctrl+H.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="208"/>
        <source>{0}: {1} recorded.</source>
        <translation>{0}: zapisano {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="222"/>
        <source>Finish or park the current sale first.</source>
        <translation>Najpierw zakończ lub zaparkuj bieżącą sprzedaż.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="225"/>
        <source>No sale</source>
        <translation>Bez sprzedaży</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="231"/>
        <source>Drawer opened (no sale).</source>
        <translation>Szuflada otwarta (bez sprzedaży).</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="242"/>
        <source>Count the drawer, piece by piece.</source>
        <translation>Policz szufladę, sztuka po sztuce.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="249"/>
        <source>Count kept: {0}.</source>
        <translation>Liczenie zapisane: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="251"/>
        <location filename="../../ui/features/shift/shift.py" line="331"/>
        <source>Variance {0}.</source>
        <translation>Różnica {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="261"/>
        <source>No shift has been closed on this till yet.</source>
        <translation>Na tej kasie nie zamknięto jeszcze żadnej zmiany.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="273"/>
        <source>X report</source>
        <translation>Raport X</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="273"/>
        <source>Z report</source>
        <translation>Raport Z</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="288"/>
        <source>Report printed.</source>
        <translation>Raport wydrukowany.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="307"/>
        <location filename="../../ui/features/shift/shift.py" line="326"/>
        <source>Close the shift</source>
        <translation>Zamknij zmianę</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="308"/>
        <source>Count everything in the drawer, piece by piece. The Z report follows.</source>
        <translation>Policz wszystko w szufladzie, sztuka po sztuce. Potem raport Z.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="328"/>
        <source>The count is off from what the drawer should hold by more than the allowed limit.</source>
        <translation>Policzona kwota różni się od oczekiwanej o więcej niż dopuszczalny limit.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="332"/>
        <source>Count again, or close with a supervisor&apos;s approval.</source>
        <translation>Policz ponownie albo zamknij za zgodą kierownika zmiany.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="333"/>
        <source>Count again</source>
        <translation>Policz ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="334"/>
        <source>Supervisor approval</source>
        <translation>Zgoda kierownika zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="335"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="343"/>
        <source>The shift stays open.</source>
        <translation>Zmiana pozostaje otwarta.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="352"/>
        <source>Closing with this variance needs a supervisor.</source>
        <translation>Zamknięcie z taką różnicą wymaga kierownika zmiany.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="355"/>
        <source>Not approved; the shift stays open.</source>
        <translation>Brak zgody; zmiana pozostaje otwarta.</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="369"/>
        <source>Shift closed: Z {0}. Open a new shift to sell again.</source>
        <translation>Zmiana zamknięta: Z {0}. Aby sprzedawać, otwórz nową zmianę.</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="50"/>
        <source>Stock of {0}</source>
        <translation>Stan magazynowy: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="56"/>
        <source>Asking the hub…</source>
        <translation>Pytam centralę…</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>On hand</source>
        <translation>Na stanie</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>Reserved</source>
        <translation>Zarezerwowano</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="61"/>
        <source>Figure from</source>
        <translation>Stan z</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="67"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="77"/>
        <source>Live figures from the hub.</source>
        <translation>Aktualne dane z centrali.</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="80"/>
        <source>Offline: figures as the till last heard them; see how old each is.</source>
        <translation>Brak połączenia: dane z ostatniej synchronizacji; sprawdź, jak stare są poszczególne.</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="84"/>
        <source>No stock figures known.</source>
        <translation>Brak danych o stanie.</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="89"/>
        <source>{0} (this store)</source>
        <translation>{0} (ten sklep)</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock_dialog.py" line="92"/>
        <source>{0} ({1} sold here, not yet synced)</source>
        <translation>{0} ({1} sprzedano tutaj, jeszcze nie zsynchronizowano)</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="34"/>
        <source>Sync: starting…</source>
        <translation>Synchronizacja: uruchamianie…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="44"/>
        <source>Sync now  Ctrl+S</source>
        <translation>Synchronizuj  Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="54"/>
        <source>hub unreachable</source>
        <translation>centrala nieosiągalna</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="55"/>
        <source>hub busy</source>
        <translation>centrala przeciążona</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="56"/>
        <source>hub error</source>
        <translation>błąd centrali</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="57"/>
        <location filename="../../ui/shell/sync_status.py" line="58"/>
        <source>hub answer refused</source>
        <translation>odpowiedź centrali odrzucona</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="59"/>
        <source>request refused</source>
        <translation>żądanie odrzucone</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="66"/>
        <source>last sync {0}</source>
        <translation>ostatnia synchronizacja {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="68"/>
        <source>never synced</source>
        <translation>jeszcze nie synchronizowano</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="72"/>
        <source>Not paired with a hub</source>
        <translation>Nie sparowano z centralą</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="75"/>
        <source>Device token file is not private: pair the till again</source>
        <translation>Plik tokenu urządzenia nie jest prywatny: sparuj kasę ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="77"/>
        <source>The hub refused this till: pair it again</source>
        <translation>Centrala odrzuciła tę kasę: sparuj ją ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="80"/>
        <source>Offline ({0}) · {1}</source>
        <translation>Offline ({0}) · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="83"/>
        <source>Syncing… · {0}</source>
        <translation>Synchronizacja… · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="85"/>
        <source>Online · {0}</source>
        <translation>Online · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="91"/>
        <source>Refused by hub: {0}  Ctrl+R</source>
        <translation>Odrzucone przez centralę: {0}  Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="98"/>
        <source>No hub: this till works on its own</source>
        <translation>Bez centrali: kasa działa samodzielnie</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="106"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="107"/>
        <source>Stock</source>
        <translation>Stany</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="108"/>
        <source>Search index building</source>
        <translation>Budowanie indeksu wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="111"/>
        <source>about {0} s left</source>
        <translation>zostało ok. {0} s</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sync_status.py" line="118"/>
        <source>{feed}: {done} of {total} · {eta}</source>
        <translation>{feed}: {done} z {total} · {eta}</translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="35"/>
        <location filename="../../ui/features/sync_records/sync_records.py" line="57"/>
        <source>Only a manager can see records the hub refused.</source>
        <translation>Tylko kierownik może zobaczyć rekordy odrzucone przez centralę.</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="43"/>
        <source>This till does not sync with a hub.</source>
        <translation>Ta kasa nie synchronizuje się z centralą.</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="50"/>
        <source>Syncing with the hub…</source>
        <translation>Synchronizacja z centralą…</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="71"/>
        <source>The hub reports a promo code used twice (sale {0}, promotion {1}); the sale stands. A manager can see it with Ctrl+R.</source>
        <translation>Centrala zgłasza dwukrotne użycie kodu promocyjnego (sprzedaż {0}, promocja {1}); sprzedaż pozostaje ważna. Kierownik zobaczy to pod Ctrl+R.</translation>
    </message>
</context>
<context>
    <name>TerminalForm</name>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="89"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="94"/>
        <source>network (TCP)</source>
        <translation>sieć (TCP)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="95"/>
        <source>serial</source>
        <translation>port szeregowy</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="107"/>
        <source>Also print the terminal&apos;s merchant receipt</source>
        <translation>Drukuj też potwierdzenie terminala dla sprzedawcy</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="109"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="110"/>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="111"/>
        <source>Host</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="112"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="113"/>
        <source>Serial port</source>
        <translation>Port szeregowy</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="114"/>
        <source>Baud rate</source>
        <translation>Prędkość (bod)</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="131"/>
        <source>The card terminal needs its network address (host).</source>
        <translation>Terminal płatniczy potrzebuje adresu sieciowego (host).</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/device_forms.py" line="137"/>
        <source>The card terminal needs its serial port, e.g. /dev/ttyUSB0.</source>
        <translation>Terminal płatniczy potrzebuje portu szeregowego, np. /dev/ttyUSB0.</translation>
    </message>
</context>
<context>
    <name>TerminalStatusIndicator</name>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="27"/>
        <source>Terminal: checking…</source>
        <translation>Terminal: sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="42"/>
        <source>Terminal: ready</source>
        <translation>Terminal: gotowy</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="44"/>
        <source>Terminal: NOT READY</source>
        <translation>Terminal: NIEGOTOWY</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="46"/>
        <source>Terminal: UNREACHABLE</source>
        <translation>Terminal: BRAK POŁĄCZENIA</translation>
    </message>
    <message>
        <location filename="../../ui/shell/terminal_status.py" line="53"/>
        <source>Terminal: paying…</source>
        <translation>Terminal: płatność…</translation>
    </message>
</context>
<context>
    <name>TillScreen</name>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="106"/>
        <source>Scan a barcode or type to search  (3*code sells three)</source>
        <translation>Zeskanuj kod lub wpisz, aby szukać  (3*kod sprzedaje trzy)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="129"/>
        <location filename="../../ui/shell/till_screen.py" line="256"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="141"/>
        <source>Pay  F12</source>
        <translation>Zapłać  F12</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="169"/>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="28"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/selling.py" line="38"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="24"/>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="19"/>
        <source>Park</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <location filename="../../ui/features/parking/parking.py" line="20"/>
        <source>Recall</source>
        <translation>Przywołaj</translation>
    </message>
    <message>
        <location filename="../../ui/features/discounts/discounts.py" line="27"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="30"/>
        <source>Void line</source>
        <translation>Storno pozycji</translation>
    </message>
    <message>
        <location filename="../../ui/features/selling/lines.py" line="31"/>
        <source>Void sale</source>
        <translation>Anuluj paragon</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="51"/>
        <source>Reprint</source>
        <translation>Drukuj ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="54"/>
        <source>Last receipt</source>
        <translation>Ostatni paragon</translation>
    </message>
    <message>
        <location filename="../../ui/features/stock/stock.py" line="17"/>
        <source>Stock</source>
        <translation>Stany</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="171"/>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <location filename="../../ui/features/card_terminal/card_terminal.py" line="16"/>
        <source>Card terminal</source>
        <translation>Terminal płatniczy</translation>
    </message>
    <message>
        <location filename="../../ui/features/customer/customer.py" line="44"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/features/payment/payment.py" line="58"/>
        <source>Pay</source>
        <translation>Zapłać</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="26"/>
        <source>Sync with the hub now</source>
        <translation>Synchronizuj z centralą teraz</translation>
    </message>
    <message>
        <location filename="../../ui/features/sync_records/sync_records.py" line="32"/>
        <source>Records refused by the hub (manager)</source>
        <translation>Rekordy odrzucone przez centralę (kierownik)</translation>
    </message>
    <message>
        <location filename="../../ui/features/scanners/scanners.py" line="25"/>
        <source>Scanners: choose and test</source>
        <translation>Skanery: wybór i test</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/pickup.py" line="25"/>
        <source>Pickup orders: queue, picking, handover</source>
        <translation>Zamówienia do odbioru: kolejka, kompletacja, wydanie</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="239"/>
        <source>Items: {0}</source>
        <translation>Sztuk: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="242"/>
        <source>Discounts: −{0}</source>
        <translation>Rabaty: −{0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="248"/>
        <source>of which VAT: {0}</source>
        <translation>w tym VAT: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="250"/>
        <source>plus VAT: {0}</source>
        <translation>plus VAT: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="253"/>
        <source>Change</source>
        <translation>Reszta</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="308"/>
        <source>Type it as quantity*barcode, e.g. 3*5901234123457.</source>
        <translation>Wpisz jako ilość*kod, np. 3*5901234123457.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="341"/>
        <source>A quantity goes only with a product&apos;s barcode.</source>
        <translation>Ilość podaje się tylko z kodem kreskowym towaru.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="362"/>
        <source>Select a line first (arrow keys or tap).</source>
        <translation>Najpierw zaznacz pozycję (strzałki lub dotyk).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/till_screen.py" line="379"/>
        <source>Finish the payment before signing out.</source>
        <translation>Dokończ płatność przed wylogowaniem.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="16"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="36"/>
        <source>Shift</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location filename="../../ui/features/shift/shift.py" line="37"/>
        <source>Open the drawer (no sale)</source>
        <translation>Otwórz szufladę (bez sprzedaży)</translation>
    </message>
    <message>
        <location filename="../../ui/features/returns/returns.py" line="33"/>
        <source>Return of a sale (or scan its receipt)</source>
        <translation>Zwrot sprzedaży (lub zeskanuj paragon)</translation>
    </message>
</context>
<context>
    <name>TillSettings</name>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="23"/>
        <source>Only a manager changes the till&apos;s settings.</source>
        <translation>Tylko kierownik zmienia ustawienia kasy.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="45"/>
        <source>Settings saved. Printer, card terminal, language and formats change when the till is started again.</source>
        <translation>Ustawienia zapisane. Drukarka, terminal płatniczy, język i formaty zmienią się po ponownym uruchomieniu kasy.</translation>
    </message>
    <message>
        <location filename="../../ui/features/settings/settings.py" line="52"/>
        <source>Settings saved and applied.</source>
        <translation>Ustawienia zapisane i zastosowane.</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="24"/>
        <source>{store} · till {till}</source>
        <translation>{store} · kasa {till}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="28"/>
        <location filename="../../ui/shell/status_bar.py" line="106"/>
        <source>Printer: ready</source>
        <translation>Drukarka: gotowa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="62"/>
        <source>Scanner: NOT CONNECTED — {0}</source>
        <translation>Skaner: NIEPODŁĄCZONY — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="64"/>
        <source>Scanner: connecting…</source>
        <translation>Skaner: łączenie…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="67"/>
        <source>Scanners: ready ({0})</source>
        <translation>Skanery: gotowe ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="73"/>
        <source>cashier</source>
        <translation>kasjer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="74"/>
        <source>supervisor</source>
        <translation>kierownik zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="75"/>
        <source>manager</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="78"/>
        <source>Signed in: {0} ({1})</source>
        <translation>Zalogowano: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="80"/>
        <source>Signed out</source>
        <translation>Wylogowano</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="94"/>
        <source>Pickup: {0} new · {1} ready (Ctrl+O)</source>
        <translation>Odbiory: nowe {0} · gotowe {1} (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="100"/>
        <source>Waiting to sync: {0}</source>
        <translation>Czeka na synchronizację: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="107"/>
        <source>Printer: printing…</source>
        <translation>Drukarka: drukuje…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="108"/>
        <source>Printer: PROBLEM — {0}</source>
        <translation>Drukarka: PROBLEM — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="109"/>
        <source>Printer: no status reply</source>
        <translation>Drukarka: brak odpowiedzi o stanie</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="110"/>
        <source>Printer: OFFLINE</source>
        <translation>Drukarka: NIEDOSTĘPNA</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="111"/>
        <source>Printer: OUT OF PAPER</source>
        <translation>Drukarka: BRAK PAPIERU</translation>
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
        <translation>Uruchamianie kasy…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>The till could not start: {0}</source>
        <translation>Nie udało się uruchomić kasy: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="233"/>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="150"/>
        <source>Approvals by {name} were locked at {time} after too many wrong PINs.</source>
        <translation>Zatwierdzenia przez {name} zablokowano o {time} po zbyt wielu błędnych PIN-ach.</translation>
    </message>
</context>
<context>
    <name>WebReturnPage</name>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="63"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="64"/>
        <source>Taken home</source>
        <translation>Zabrano</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="65"/>
        <source>Returned before</source>
        <translation>Zwrócono wcześniej</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="66"/>
        <source>Brought back</source>
        <translation>Zwracane</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="67"/>
        <source>Back on the shelf</source>
        <translation>Na półkę</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="77"/>
        <source>Customer changed their mind</source>
        <translation>Klient zrezygnował</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="78"/>
        <source>Damaged</source>
        <translation>Uszkodzony</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="79"/>
        <source>Wrong item</source>
        <translation>Niewłaściwy towar</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="80"/>
        <source>Not as described</source>
        <translation>Niezgodny z opisem</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="84"/>
        <source>Refund in cash</source>
        <translation>Zwrot gotówką</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="86"/>
        <source>Refund to the card</source>
        <translation>Zwrot na kartę</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="95"/>
        <source>Refund</source>
        <translation>Zwróć pieniądze</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="97"/>
        <source>Back to the queue</source>
        <translation>Wróć do kolejki</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="110"/>
        <source>Return of web order {0} · {1}</source>
        <translation>Zwrot zamówienia internetowego {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="156"/>
        <source>Type a number, e.g. 2 or 0,250.</source>
        <translation>Wpisz liczbę, np. 2 lub 0,250.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="169"/>
        <source>To refund: {0}</source>
        <translation>Do zwrotu: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="194"/>
        <source>Follow the card terminal…</source>
        <translation>Postępuj zgodnie z terminalem…</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="208"/>
        <source>A supervisor can approve with their PIN.</source>
        <translation>Kierownik zmiany może to zatwierdzić swoim PIN-em.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="211"/>
        <source>Not approved; nothing was refunded.</source>
        <translation>Nie zatwierdzono; nic nie zwrócono.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="227"/>
        <source>The card refund was not approved; nothing was refunded or recorded.</source>
        <translation>Zwrot na kartę nie został zatwierdzony; nic nie zwrócono ani nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../ui/features/pickup/return_page.py" line="274"/>
        <source>Return of {0} recorded; refunded {1}.</source>
        <translation>Zwrot {0} zapisany; zwrócono {1}.</translation>
    </message>
</context>
</TS>
