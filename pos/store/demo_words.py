"""Word lists for the demo catalog: departments, product kinds, variants, brands, sizes.

Polish shop vocabulary (with diacritics, so search folding gets exercised) plus an
"Eastern flavours" shelf with Ukrainian/Russian labels in Cyrillic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    variants: tuple[str, ...]
    sizes: tuple[str, ...]  # empty for weighed goods (priced per kg)
    price: tuple[int, int]  # minor units: per piece, or per kg when weighed
    tax: str | None = None  # overrides the department's tax class

    @property
    def weighed(self) -> bool:
        return not self.sizes


@dataclass(frozen=True, slots=True)
class Department:
    id: str
    name: str
    tax: str
    brands: tuple[str, ...]
    kinds: tuple[Kind, ...]
    quota: int  # products generated for the demo catalog


DEPARTMENTS: tuple[Department, ...] = (
    Department(
        "fruit-veg",
        "Fruit & Veg",
        "C",
        ("Sad Grójecki", "Zielona Dolina", "EkoFarma", "Warzywniak Polski"),
        (
            Kind(
                "Jabłka",
                ("Ligol", "Champion", "Szampion", "Golden", "Gala", "Lobo"),
                (),
                (299, 699),
            ),
            Kind("Gruszki", ("Konferencja", "Lukasówka", "Klapsa"), (), (499, 899)),
            Kind("Ziemniaki", ("młode", "jadalne", "Vineta", "sałatkowe"), (), (149, 499)),
            Kind("Pomidory", ("malinowe", "gałązka", "koktajlowe", "śliwkowe"), (), (699, 1999)),
            Kind("Ogórki", ("gruntowe", "szklarniowe", "małosolne"), (), (399, 999)),
            Kind("Marchew", ("myta", "młoda pęczek"), (), (199, 499)),
            Kind("Cebula", ("żółta", "czerwona", "dymka"), (), (199, 599)),
            Kind("Banany", ("Ekwador", "Bio"), (), (499, 799)),
            Kind("Pomarańcze", ("deserowe", "do wyciskania"), (), (499, 899)),
            Kind("Papryka", ("czerwona", "żółta", "zielona"), (), (999, 1999)),
            Kind("Kapusta", ("biała", "pekińska", "czerwona", "włoska"), (), (199, 699)),
            Kind("Pieczarki", ("białe", "brązowe"), ("250 g", "500 g"), (399, 899)),
            Kind(
                "Sałata", ("lodowa", "masłowa", "rzymska", "rukola"), ("szt.", "125 g"), (299, 699)
            ),
        ),
        160,
    ),
    Department(
        "bakery",
        "Bakery",
        "C",
        ("Piekarnia Oskroba", "Putka", "Złoty Kłos", "Pano", "Wypieki Babuni", "Gerlach"),
        (
            Kind(
                "Chleb",
                ("żytni", "pszenny", "orkiszowy", "razowy", "wiejski", "tostowy"),
                ("400 g", "500 g", "800 g"),
                (349, 999),
            ),
            Kind(
                "Bułka",
                ("kajzerka", "grahamka", "maślana", "wieloziarnista"),
                ("szt.", "4 szt."),
                (49, 699),
            ),
            Kind(
                "Rogal", ("maślany", "z makiem", "świętomarciński"), ("szt.", "200 g"), (149, 1299)
            ),
            Kind("Pączek", ("z różą", "z budyniem", "z adwokatem"), ("szt.", "4 szt."), (199, 999)),
            Kind(
                "Drożdżówka",
                ("z serem", "z kruszonką", "z jabłkiem", "z jagodami"),
                ("szt.",),
                (249, 449),
            ),
            Kind(
                "Bagietka",
                ("francuska", "czosnkowa", "pełnoziarnista"),
                ("250 g", "300 g"),
                (299, 599),
            ),
            Kind(
                "Ciasto",
                ("sernik", "szarlotka", "makowiec", "piernik"),
                ("500 g", "1 kg"),
                (1299, 3999),
            ),
        ),
        220,
    ),
    Department(
        "dairy",
        "Dairy",
        "C",
        ("Łaciate", "Mlekovita", "Piątnica", "Bakoma", "Zott", "Danone", "Mlekpol", "Hochland"),
        (
            Kind(
                "Mleko",
                ("UHT 3,2%", "UHT 2%", "świeże 3,2%", "bez laktozy 1,5%"),
                ("500 ml", "1 l"),
                (279, 599),
            ),
            Kind(
                "Jogurt",
                ("naturalny", "grecki", "truskawkowy", "jagodowy", "waniliowy"),
                ("150 g", "330 g", "400 g"),
                (149, 699),
            ),
            Kind(
                "Ser żółty",
                ("Gouda", "Edamski", "Królewski", "Tylżycki", "Morski"),
                ("150 g", "250 g", "500 g"),
                (499, 2499),
            ),
            Kind(
                "Ser twarogowy",
                ("półtłusty", "chudy", "tłusty", "sernikowy"),
                ("250 g", "1 kg"),
                (399, 1899),
            ),
            Kind("Masło", ("ekstra 82%", "osełkowe", "klarowane"), ("200 g",), (599, 1099)),
            Kind("Śmietana", ("12%", "18%", "30%"), ("200 ml", "400 ml"), (249, 699)),
            Kind("Kefir", ("naturalny", "truskawkowy"), ("400 g", "1 kg"), (249, 599)),
            Kind(
                "Serek wiejski", ("naturalny", "ze szczypiorkiem", "lekki"), ("200 g",), (249, 399)
            ),
        ),
        300,
    ),
    Department(
        "meat-fish",
        "Meat & Fish",
        "C",
        ("Sokołów", "Krakus", "Morliny", "Indykpol", "Duda", "Graal", "Łuków"),
        (
            Kind("Schab wieprzowy", ("bez kości", "z kością"), (), (1899, 2999)),
            Kind("Filet z kurczaka", ("świeży", "z indyka"), (), (1999, 3499)),
            Kind("Karkówka", ("wieprzowa", "marynowana"), (), (1799, 2899)),
            Kind("Łosoś", ("norweski filet", "wędzony plastry"), (), (5999, 9999)),
            Kind("Dorsz", ("atlantycki filet", "polędwica"), (), (3999, 6999)),
            Kind(
                "Kiełbasa",
                ("śląska", "krakowska sucha", "żywiecka", "podwawelska"),
                (),
                (1999, 4999),
            ),
            Kind(
                "Parówki",
                ("Berlinki", "z szynki", "cielęce"),
                ("200 g", "250 g", "400 g"),
                (399, 1299),
            ),
            Kind(
                "Szynka",
                ("konserwowa", "parzona", "z indyka", "wędzona"),
                ("100 g", "150 g"),
                (399, 999),
            ),
            Kind("Pasztet", ("drobiowy", "z żurawiną", "pieczony"), ("130 g", "195 g"), (299, 899)),
        ),
        220,
    ),
    Department(
        "pantry",
        "Pantry",
        "C",
        (
            "Lubella",
            "Kupiec",
            "Sante",
            "Winiary",
            "Kotlin",
            "Pudliszki",
            "Melvit",
            "Jacobs",
            "Lipton",
        ),
        (
            Kind(
                "Makaron",
                ("spaghetti", "penne", "świderki", "kolanka", "nitki"),
                ("400 g", "500 g", "1 kg"),
                (349, 999),
            ),
            Kind(
                "Ryż", ("biały", "brązowy", "basmati", "jaśminowy"), ("400 g", "1 kg"), (399, 1299)
            ),
            Kind(
                "Mąka",
                ("pszenna typ 450", "pszenna typ 650", "żytnia", "orkiszowa"),
                ("1 kg", "2 kg"),
                (299, 999),
            ),
            Kind(
                "Kasza",
                ("gryczana", "jęczmienna", "jaglana", "kuskus"),
                ("400 g", "1 kg"),
                (349, 1099),
            ),
            Kind(
                "Płatki",
                ("owsiane", "kukurydziane", "musli owocowe"),
                ("500 g", "750 g"),
                (399, 1599),
            ),
            Kind("Koncentrat pomidorowy", ("30%",), ("80 g", "200 g"), (199, 599)),
            Kind(
                "Kawa",
                ("ziarnista", "mielona", "rozpuszczalna"),
                ("250 g", "500 g", "1 kg"),
                (1299, 6999),
                "A",
            ),
            Kind(
                "Herbata",
                ("czarna", "zielona", "owocowa", "miętowa"),
                ("20 tb.", "100 tb."),
                (399, 1999),
                "A",
            ),
            Kind("Cukier", ("biały", "trzcinowy"), ("1 kg",), (349, 899)),
        ),
        300,
    ),
    Department(
        "drinks",
        "Drinks",
        "A",
        (
            "Żywiec Zdrój",
            "Cisowianka",
            "Tymbark",
            "Hortex",
            "Kubuś",
            "Pepsi",
            "Coca-Cola",
            "Tyskie",
            "Lech",
        ),
        (
            Kind(
                "Woda mineralna",
                ("niegazowana", "gazowana", "lekko gazowana"),
                ("0,5 l", "1,5 l", "5 l"),
                (149, 599),
                "C",
            ),
            Kind(
                "Sok",
                ("pomarańczowy", "jabłkowy", "multiwitamina", "grejpfrutowy"),
                ("1 l", "2 l"),
                (399, 1099),
                "C",
            ),
            Kind(
                "Nektar",
                ("czarna porzeczka", "wiśniowy", "brzoskwiniowy"),
                ("1 l",),
                (399, 699),
                "C",
            ),
            Kind(
                "Napój gazowany",
                ("cola", "cola zero", "pomarańczowy", "cytrynowy"),
                ("0,33 l", "0,85 l", "2 l"),
                (249, 899),
            ),
            Kind(
                "Piwo",
                ("jasne pełne", "pszeniczne", "bezalkoholowe", "IPA"),
                ("0,5 l", "6x0,5 l"),
                (349, 2999),
            ),
            Kind(
                "Napój izotoniczny", ("cytrynowy", "pomarańczowy"), ("0,5 l", "0,75 l"), (399, 699)
            ),
        ),
        260,
    ),
    Department(
        "household",
        "Household",
        "A",
        ("Ludwik", "Domestos", "Vizir", "Persil", "Velvet", "Finish", "Cif", "Sidolux", "Fairy"),
        (
            Kind(
                "Płyn do naczyń",
                ("cytrynowy", "miętowy", "balsam aloes"),
                ("450 ml", "900 ml", "1,5 l"),
                (499, 1399),
            ),
            Kind(
                "Proszek do prania",
                ("do bieli", "do koloru", "uniwersalny"),
                ("1,5 kg", "3 kg", "6 kg"),
                (1999, 6999),
            ),
            Kind(
                "Żel do prania", ("kolor", "biel", "czarne tkaniny"), ("1 l", "2 l"), (1999, 4999)
            ),
            Kind(
                "Papier toaletowy",
                ("biały", "rumiankowy", "3-warstwowy"),
                ("8 rolek", "16 rolek", "24 rolki"),
                (899, 3999),
            ),
            Kind("Ręczniki papierowe", ("białe", "kuchenne"), ("2 rolki", "4 rolki"), (499, 1399)),
            Kind(
                "Tabletki do zmywarki",
                ("all in one", "classic"),
                ("30 szt.", "60 szt."),
                (2499, 6999),
            ),
            Kind("Płyn do podłóg", ("lawendowy", "cytrusowy", "do paneli"), ("1 l",), (599, 1299)),
            Kind("Worki na śmieci", ("35 l", "60 l", "120 l"), ("20 szt.", "50 szt."), (399, 1599)),
        ),
        300,
    ),
    Department(
        "personal-care",
        "Personal care",
        "A",
        (
            "Nivea",
            "Dove",
            "Colgate",
            "Elmex",
            "Garnier",
            "Palmolive",
            "Ziaja",
            "Gillette",
            "Rexona",
        ),
        (
            Kind(
                "Szampon",
                ("do włosów suchych", "przeciwłupieżowy", "pokrzywowy", "dla dzieci"),
                ("250 ml", "400 ml"),
                (899, 2499),
            ),
            Kind(
                "Pasta do zębów",
                ("wybielająca", "z fluorem", "ziołowa"),
                ("75 ml", "100 ml"),
                (499, 1999),
            ),
            Kind(
                "Mydło w płynie",
                ("oliwkowe", "kozie mleko", "antybakteryjne"),
                ("300 ml", "500 ml"),
                (499, 1299),
            ),
            Kind("Dezodorant", ("spray", "roll-on", "sztyft"), ("50 ml", "150 ml"), (999, 2299)),
            Kind("Krem do rąk", ("nawilżający", "regenerujący"), ("50 ml", "100 ml"), (599, 1999)),
            Kind(
                "Żel pod prysznic",
                ("arbuzowy", "kokosowy", "męski sport"),
                ("250 ml", "500 ml"),
                (699, 1799),
            ),
            Kind(
                "Maszynki do golenia",
                ("3-ostrzowe", "5-ostrzowe"),
                ("2 szt.", "4 szt."),
                (1499, 4999),
            ),
        ),
        280,
    ),
    Department(
        "stationery",
        "Stationery",
        "A",
        ("Interdruk", "Herlitz", "Bic", "Pentel", "Stabilo", "Astra", "Staedtler"),
        (
            Kind(
                "Zeszyt",
                ("A5 w kratkę", "A5 w linie", "A4 w kratkę"),
                ("32 kartki", "60 kartek", "96 kartek"),
                (199, 999),
            ),
            Kind(
                "Długopis",
                ("żelowy niebieski", "automatyczny", "czarny"),
                ("szt.", "4 szt."),
                (199, 1999),
            ),
            Kind("Ołówek", ("HB", "2B", "z gumką"), ("szt.", "12 szt."), (99, 1499)),
            Kind(
                "Kredki",
                ("ołówkowe", "świecowe", "akwarelowe"),
                ("12 kolorów", "24 kolory"),
                (699, 2999),
            ),
            Kind("Klej", ("w sztyfcie", "w płynie"), ("20 g", "40 g"), (299, 899)),
            Kind("Blok rysunkowy", ("A4 biały", "A3 kolorowy"), ("20 kartek",), (349, 999)),
        ),
        200,
    ),
    Department(
        "toys",
        "Toys",
        "A",
        ("Lego", "Trefl", "Hasbro", "Mattel", "Smoby", "Wader", "Cobi"),
        (
            Kind(
                "Klocki konstrukcyjne",
                ("miasto", "farma", "kosmos", "zamek"),
                ("150 el.", "300 el.", "500 el."),
                (4999, 29999),
            ),
            Kind(
                "Puzzle",
                ("krajobraz", "zwierzęta", "mapa świata"),
                ("500 el.", "1000 el."),
                (2499, 6999),
            ),
            Kind("Samochodzik", ("wyścigowy", "strażacki", "wywrotka"), ("szt.",), (1999, 8999)),
            Kind("Lalka", ("z akcesoriami", "bobas", "księżniczka"), ("szt.",), (3999, 14999)),
            Kind(
                "Gra planszowa",
                ("rodzinna", "strategiczna", "dla dzieci"),
                ("szt.",),
                (4999, 19999),
            ),
            Kind(
                "Piłka",
                ("nożna", "plażowa", "do koszykówki"),
                ("rozmiar 4", "rozmiar 5"),
                (1999, 9999),
            ),
        ),
        180,
    ),
    Department(
        "press-books",
        "Press & books",
        "C",
        ("Znak", "Wydawnictwo Literackie", "Agora", "Egmont"),
        (
            Kind(
                "Książka",
                ("kryminał", "poradnik kulinarny", "powieść", "bajki dla dzieci"),
                ("oprawa miękka", "oprawa twarda"),
                (2999, 7999),
            ),
            Kind("Gazeta", ("codzienna", "regionalna"), ("wydanie",), (349, 699), "B"),
            Kind("Tygodnik", ("opinii", "telewizyjny"), ("wydanie",), (499, 999), "B"),
            Kind("Bilet komunikacji", ("jednorazowy", "dobowy"), ("szt.",), (440, 1500), "D"),
        ),
        100,
    ),
    Department(
        "eastern",
        "Eastern flavours",
        "C",
        ("Хуторок", "Добриня", "Смачно", "Галичина", "Рошен"),
        (
            Kind("Квас", ("хлібний", "житній"), ("1 л", "2 л"), (499, 999), "A"),
            Kind("Гречка", ("ядриця", "зелена"), ("800 г", "1 кг"), (699, 1299)),
            Kind("Сметана", ("15%", "20%"), ("350 г",), (499, 899)),
            Kind(
                "Пельмені",
                ("домашні", "зі свининою", "з телятиною"),
                ("500 г", "900 г"),
                (999, 2499),
            ),
            Kind("Цукерки", ("шоколадні", "желейні"), ("200 г", "1 кг"), (799, 3999)),
            Kind("Згущене молоко", ("ціле", "варене"), ("370 г",), (599, 999)),
            Kind("Йогурт", ("натуральний", "персиковий"), ("300 г",), (349, 599)),
        ),
        80,
    ),
)

# Extra descriptors used by the bulk (benchmark) generator to vary names.
BULK_LINES: tuple[str, ...] = (
    "Premium",
    "Eko",
    "Bio",
    "Classic",
    "Family",
    "Max",
    "Mini",
    "Gold",
    "Light",
    "Extra",
    "Tradycyjny",
    "Domowy",
    "Wiejski",
    "Selekcja",
    "Natura",
    "Złota Seria",
    "Smaki Świata",
)
