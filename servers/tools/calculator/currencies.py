"""The world's currencies: one table from which every reader of money takes its words and signs.

Each currency of ISO 4217 has its code, its English name and plural, the symbol an amount of it is shown with, and
what people write for it: signs ('₸', '₴'), words and codes read wherever they stand ('tenge', 'KZT', 'hryvnia'),
words that are ordinary English too and are money only right after a figure ('650 sol', '500 lek'), and letters
written before the figure ('KSh 80', 'S/ 1,200', 'NZ$1,150', 'RM 45').

Where one word names the money of several countries ('peso', 'dinar', 'dirham', 'franc', 'shilling', 'kr' for the
Scandinavian crowns), the word is a money kind of its own, shown by the word, with no claim about whose it is: an
amount in pesos is never added to or taken for an amount in Mexican pesos. 'Dollars' and 'rupees' stay the US
dollar and the Indian rupee, and 'pounds' stays a weight unless the request says money, as they always were.

A code that is an English word ('ALL', 'TOP', 'CUP', 'PEN', 'MAD', 'RUB') is money only in capitals right after a
figure ('4,750 CUP'; 'KGS', kilograms too, never), and a name that is one ('won', 'real', 'sum', 'mark', 'dram',
'kip') is never read as money: those currencies are read by their signs
and their other names. A currency shown by a sign of its own is shown with it ('₸1,196,000.00'); the others by
their code ('KZT 1,950.00' in working, '1,196,000.00 tenge' in a total of units), a money kind by its word.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Currency:
    """One currency, or one money kind a shared word names. ``symbol`` is written before the figure ('₸', 'KZT ')
    or, when it opens with a space, after it (' pesos'). ``words`` are read anywhere, ``after`` only right after a
    figure, ``before`` (letters or a lettered sign, as written) only right before one. ``grouping`` says how its
    figures are written where it is spent: 'dots' ('12.500'), 'spaces' ('12 500') or 'lakhs' ('1,25,000')."""

    code: str
    name: str
    plural: str
    symbol: str
    signs: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    grouping: str = ""
    signed: bool = False  # a total of units is shown with its symbol, not by its name


_WORD_CODES = frozenset("ALL AMD BAM BMD BOB BTN COP CUP GEL IRR KGS MAD MOP PEN PHP RON RUB SOS SVC TOP TRY".split())
"""Codes that are words or abbreviations of something else ('all', 'top', 'cup', 'pen', 'rub', 'kgs', 'php',
'Ron'): read as the currency only in capitals right after a figure ('4,750 CUP'), never as words."""
_UNIT_CODES = frozenset({"KGS"})
"""Codes written in capitals for a unit too ('50 KGS' of rice): never the currency."""


def _iso(code: str, name: str, plural: str = "", sign: str = "", **written: str) -> Currency:
    """A currency of ISO 4217; ``written`` holds space-separated words, signs and prefixes. Its code is one of its
    words (unless it is a word of something else), and so is its name when that is more than one word ('Mexican
    peso')."""
    plural = plural or name + "s"
    words = [word.replace("_", " ") for word in written.get("words", "").split()]
    if code not in _WORD_CODES:
        words.append(code.lower())
    after = written.get("after", "").split()
    if code in _WORD_CODES and code not in _UNIT_CODES:
        after.append(code)  # '4,750 CUP': in capitals right after a figure, the code and not the word
    if " " in name:
        words += [name.lower(), plural.lower()]
    return Currency(
        code, name, plural, sign or f"{code} ",
        signs=tuple(written.get("signs", sign).split()),
        words=tuple(dict.fromkeys(words)),
        after=tuple(after),
        before=tuple(written.get("before", "").split()),
        grouping=written.get("grouping", ""),
        signed=bool(sign) or written.get("signed") == "yes",
    )  # fmt: skip


def _kind(code: str, name: str, plural: str, symbol: str = "", **written: str) -> Currency:
    """A money kind one word names in several countries, shown by that word after the figure ('1,950.00 pesos')."""
    return Currency(
        code, name, plural, symbol or f" {plural}",
        words=tuple(word.replace("_", " ") for word in written.get("words", "").split()),
        after=tuple(written.get("after", "").split()),
        before=tuple(written.get("before", "").split()),
        grouping=written.get("grouping", ""),
    )  # fmt: skip


TABLE: tuple[Currency, ...] = (
    _iso("USD", "dollar", sign="$", words="dollar dollars bucks buck", before="us$ usd$"),
    _iso("EUR", "euro", sign="€", words="euro euros", grouping="dots"),
    _iso("GBP", "pound sterling", "pounds sterling", sign="£", words="quid sterling"),
    _iso("JPY", "yen", "yen", sign="¥", words="yen 円", before="JP¥"),
    _iso("INR", "rupee", sign="₹", words="rupee rupees", before="rs rs.", grouping="lakhs"),
    _iso("NGN", "naira", "naira", sign="₦", words="naira"),
    _iso("PHP", "Philippine peso", sign="₱"),  # 'pesos' alone may be Mexico's or Chile's: the sign says which
    _iso("KRW", "won", "won", sign="₩", words="korean_won south_korean_won", after="won"),  # after a figure only
    _iso("TRY", "lira", "lira", sign="₺", words="tl", grouping="dots"),  # the code would be the word 'try'
    _iso("ILS", "shekel", sign="₪", words="shekel shekels nis"),
    _iso("KZT", "tenge", "tenge", sign="₸", words="tenge", grouping="spaces"),
    _iso("UAH", "hryvnia", "hryvnias", sign="₴", words="hryvnia hryvnias hryvnya hryven грн", grouping="spaces"),
    _iso("RUB", "Russian ruble", sign="₽", words="руб", grouping="spaces"),
    _iso("GEL", "lari", "lari", sign="₾", words="lari laris"),
    _iso("AZN", "Azerbaijani manat", "Azerbaijani manat", sign="₼"),
    _iso("AMD", "Armenian dram", sign="֏"),  # never 'dram', a weight; nor 'AMD'
    _iso("LAK", "Lao kip", "Lao kip", sign="₭"),  # never 'kip', a unit of force
    _iso("MNT", "tögrög", "tögrög", sign="₮", words="tögrög togrog tugrik tugriks"),
    _iso("PYG", "guaraní", "guaraníes", sign="₲", words="guaraníes guaranies", after="guaraní guarani guaranis",
         grouping="dots"),
    _iso("CRC", "colón", "colones", sign="₡", words="colón colones", grouping="spaces"),
    _iso("AFN", "afghani", signs="؋", after="afghanis"),
    _iso("KHR", "riel", signs="៛", words="riel riels"),
    _iso("GHS", "cedi", signs="₵", words="cedi cedis", before="GH₵ GH¢"),
    _iso("VND", "dong", "dong", signs="₫", words="dong đ đồng", grouping="dots"),
    _iso("THB", "baht", "baht", signs="฿", words="baht"),
    _iso("BDT", "taka", "taka", signs="৳", words="tk taka", grouping="lakhs", signed="yes"),
    _iso("AUD", "Australian dollar", before="A$ au$ aud$"),
    _iso("CAD", "Canadian dollar", before="C$ ca$ cad$"),
    _iso("NZD", "New Zealand dollar", before="nz$ nzd$"),
    _iso("SGD", "Singapore dollar", before="S$ sg$ sgd$"),
    _iso("HKD", "Hong Kong dollar", before="hk$ hkd$"),
    _iso("TWD", "New Taiwan dollar", words="ntd", before="nt$ twd$"),
    _iso("JMD", "Jamaican dollar", before="J$ jmd$"),
    _iso("TTD", "Trinidad and Tobago dollar", before="tt$ ttd$"),
    _iso("BBD", "Barbadian dollar", before="bds$ bbd$"),
    _iso("BZD", "Belize dollar", before="bz$ bzd$"),
    _iso("BSD", "Bahamian dollar", before="bsd$"),
    _iso("BMD", "Bermudian dollar", before="bd$ bmd$"),
    _iso("KYD", "Cayman Islands dollar", before="ci$ kyd$"),
    _iso("XCD", "East Caribbean dollar", before="ec$ xcd$"),
    _iso("GYD", "Guyanese dollar", before="G$ gyd$"),
    _iso("SRD", "Surinamese dollar", before="srd$", grouping="dots"),  # Dutch figures: "SRD 8.400,00"
    _iso("LRD", "Liberian dollar", before="L$ lrd$"),
    _iso("NAD", "Namibian dollar", before="N$ nad$", grouping="spaces"),
    _iso("FJD", "Fijian dollar", before="fj$ fjd$"),
    _iso("SBD", "Solomon Islands dollar", before="si$ sbd$"),
    _iso("BND", "Brunei dollar", before="bnd$"),
    _iso("MXN", "Mexican peso", before="mx$ mex$ mxn$"),
    _iso("ARS", "Argentine peso", before="ar$ ars$", grouping="dots"),
    _iso("CLP", "Chilean peso", before="clp$", grouping="dots"),
    _iso("COP", "Colombian peso", before="col$ cop$", grouping="dots"),
    _iso("DOP", "Dominican peso", before="rd$ dop$"),
    _iso("UYU", "Uruguayan peso", grouping="dots"),
    _iso("CUP", "Cuban peso"),
    _iso("BRL", "Brazilian real", "Brazilian reais", words="reais", before="R$ brl$", grouping="dots"),
    _iso("CHF", "Swiss franc", words="franken", before="Fr. SFr. Fr", grouping="spaces"),
    _iso("XOF", "West African CFA franc"),
    _iso("XAF", "Central African CFA franc"),
    _iso("XPF", "CFP franc"),
    _iso("CDF", "Congolese franc"),
    _iso("RWF", "Rwandan franc", before="FRw"),
    _iso("BIF", "Burundian franc", before="FBu"),
    _iso("DJF", "Djiboutian franc", before="Fdj"),
    _iso("GNF", "Guinean franc"),
    _iso("KMF", "Comorian franc"),
    _iso("SEK", "Swedish krona", "Swedish kronor", grouping="dots"),
    _iso("NOK", "Norwegian krone", "Norwegian kroner", words="nkr", grouping="dots"),
    _iso("DKK", "Danish krone", "Danish kroner", grouping="dots"),
    _iso("ISK", "Icelandic króna", "Icelandic krónur", words="krónur kronur", grouping="dots"),
    _iso("CZK", "Czech koruna", "Czech korun", words="kč koruna korun", grouping="dots"),
    _iso("PLN", "zloty", "zlotys", words="zloty zlotys zł zl złoty złotych zlotych", grouping="dots"),
    _iso("HUF", "forint", words="forint forints", after="Ft", grouping="spaces"),  # not 'ft', feet
    _iso("RON", "Romanian leu", "Romanian lei", grouping="dots"),
    _iso("MDL", "Moldovan leu", "Moldovan lei", grouping="dots"),
    _iso("BGN", "Bulgarian lev", "Bulgarian leva", words="лв", after="lev leva"),
    _iso("RSD", "Serbian dinar", after="din din.", grouping="dots"),
    _iso("MKD", "Macedonian denar", words="denar denars ден", after="den", grouping="dots"),  # "320 den" on prices
    _iso("ALL", "Albanian lek", "Albanian lekë", words="lekë", after="lek leke", grouping="dots"),
    _iso("BAM", "convertible mark", words="bosnian_convertible_mark bosnian_convertible_marks", grouping="dots"),
    _iso("BYN", "Belarusian ruble"),
    _iso("CNY", "yuan", "yuan", words="yuan rmb renminbi 元", before="CN¥"),
    _iso("MYR", "ringgit", "ringgit", words="ringgit", before="RM"),
    _iso("IDR", "rupiah", "rupiah", words="rp rupiah", grouping="dots"),
    _iso("AED", "dirham"),
    _iso("MAD", "Moroccan dirham"),
    _iso("SAR", "Saudi riyal"),
    _iso("QAR", "Qatari riyal"),
    _iso("OMR", "Omani rial", grouping="millimes"),
    _iso("YER", "Yemeni rial"),
    _iso("IRR", "Iranian rial"),
    _iso("KWD", "Kuwaiti dinar", grouping="millimes"),
    _iso("BHD", "Bahraini dinar", before="BD", grouping="millimes"),  # "BD 38.500": 38 dinars 500 fils
    _iso("JOD", "Jordanian dinar", grouping="millimes"),
    _iso("IQD", "Iraqi dinar"),
    _iso("LYD", "Libyan dinar", grouping="millimes"),
    _iso("TND", "Tunisian dinar", after="DT", grouping="millimes"),
    _iso("DZD", "Algerian dinar"),
    _iso("EGP", "Egyptian pound", words="le", before="E£"),
    _iso("LBP", "Lebanese pound", before="L£"),
    _iso("SYP", "Syrian pound"),
    _iso("SDG", "Sudanese pound"),
    _iso("SSP", "South Sudanese pound"),
    _iso("FKP", "Falkland Islands pound"),
    _iso("GIP", "Gibraltar pound"),
    _iso("SHP", "Saint Helena pound"),
    _iso("PKR", "Pakistani rupee", grouping="lakhs"),
    _iso("NPR", "Nepalese rupee", grouping="lakhs"),
    _iso("LKR", "Sri Lankan rupee", grouping="lakhs"),
    _iso("MUR", "Mauritian rupee"),
    _iso("SCR", "Seychellois rupee"),
    _iso("MVR", "rufiyaa", "rufiyaa", words="rufiyaa"),
    _iso("BTN", "ngultrum", words="ngultrum ngultrums", before="Nu. Nu"),
    _iso("MMK", "kyat", words="kyat kyats"),
    _iso("KES", "Kenyan shilling", words="ksh", before="ksh. ksh kes"),
    _iso("UGX", "Ugandan shilling", before="USh USh. Ush Ush."),
    _iso("TZS", "Tanzanian shilling", before="TSh TSh. Tsh Tsh."),
    _iso("SOS", "Somali shilling"),
    _iso("ETB", "birr", "birr", words="birr birrs"),
    _iso("ERN", "nakfa", words="nakfa nakfas", before="Nfk"),
    _iso("ZAR", "South African rand", "South African rand", words="rand", grouping="spaces"),
    _iso("BWP", "pula", "pula", after="pula"),
    _iso("LSL", "loti", "maloti", words="maloti", after="loti", before="M", grouping="spaces"),
    _iso("SZL", "lilangeni", "emalangeni", words="lilangeni emalangeni"),
    _iso("ZMW", "Zambian kwacha"),
    _iso("MWK", "Malawian kwacha", before="MK"),
    _iso("MZN", "metical", "meticais", words="metical meticais meticals", after="MT", grouping="spaces"),
    _iso("AOA", "kwanza", words="kwanza kwanzas", before="Kz"),
    _iso("GMD", "dalasi", words="dalasi dalasis"),
    _iso("SLE", "leone", after="leone leones", before="NLe"),  # "NLe 4,200": the new leone, as written since 2022
    _iso("MRU", "ouguiya", words="ouguiya ouguiyas"),
    _iso("MGA", "ariary", "ariary", words="ariary", after="Ar", grouping="spaces"),
    _iso("CVE", "escudo", words="escudo escudos"),
    _iso("STN", "dobra", words="dobra dobras"),
    _iso("GTQ", "quetzal", "quetzales", words="quetzales", after="quetzal quetzals"),
    _iso("HNL", "lempira", words="lempiras", after="lempira"),
    _iso("NIO", "córdoba", "córdobas", words="córdobas cordobas", after="córdoba cordoba"),
    _iso("PAB", "balboa", words="balboas", after="balboa", before="B/."),
    _iso("SVC", "Salvadoran colón", "Salvadoran colones"),
    _iso("BOB", "boliviano", after="boliviano bolivianos"),
    _iso("VES", "bolívar", "bolívares", words="bolívares bolivares", after="bolívar bolivar"),
    _iso("VED", "digital bolívar", "digital bolívares"),
    _iso("PEN", "Peruvian sol", "Peruvian soles", after="sol soles", before="S/ S/."),
    _iso("HTG", "gourde", words="gourde gourdes goud goudes"),  # "goud": the gourde in Haitian Creole
    _iso("AWG", "Aruban florin", words="florin florins"),
    _iso("ANG", "Netherlands Antillean guilder"),
    _iso("XCG", "Caribbean guilder"),
    _iso("PGK", "kina", "kina", after="kina", before="K"),
    _iso("VUV", "vatu", "vatu", after="vatu VT", before="VT Vt"),
    _iso("WST", "tala", "tala", after="tala", before="ws$ wst$"),
    _iso("TOP", "paʻanga", "paʻanga", words="paʻanga pa'anga paanga", before="T$"),
    _iso("MOP", "pataca", words="pataca patacas", before="mop$"),
    _iso("KPW", "North Korean won", "North Korean won"),
    _iso("KGS", "Kyrgyzstani som", "Kyrgyzstani som"),
    _iso("UZS", "Uzbekistani som", "Uzbekistani som"),
    _iso("TJS", "somoni", words="somoni somonis"),
    _iso("TMT", "Turkmen manat", "Turkmen manat"),
    _iso("ZWG", "Zimbabwe Gold", "Zimbabwe Gold"),
    _kind("KR", "krone", "kroner", "kr ", words="kr kroner kronor krone krona", grouping="dots"),
    _kind("PESO", "peso", "pesos", words="peso pesos"),
    _kind("DINAR", "dinar", "dinars", words="dinar dinars"),
    _kind("DIRHAM", "dirham", "dirhams", words="dirham dirhams dh dhs"),
    _kind("FRANC", "franc", "francs", words="franc francs"),
    _kind("CFA", "CFA franc", "CFA francs", words="cfa fcfa f_cfa cfa_franc cfa_francs franc_cfa francs_cfa",
          before="fcfa", grouping="spaces"),
    _kind("SHILLING", "shilling", "shillings", words="shilling shillings"),
    _kind("RIYAL", "riyal", "riyals", words="riyal riyals"),
    _kind("RIAL", "rial", "rials", words="rial rials"),
    _kind("TOMAN", "toman", "tomans", words="toman tomans"),  # ten Iranian rials, as prices are said in Iran
    _kind("SOM", "som", "som", words="som soms so'm soʻm сом"),
    _kind("MANAT", "manat", "manat", words="manat manats"),
    _kind("KWACHA", "kwacha", "kwacha", words="kwacha kwachas"),
    _kind("LIRA", "lira", "lira", words="lira liras lire"),
    _kind("RUBLE", "ruble", "rubles", words="ruble rubles rouble roubles"),
    _kind("LEU", "leu", "lei", after="leu lei", grouping="dots"),
)  # fmt: skip

BY_CODE: dict[str, Currency] = {c.code: c for c in TABLE}
WORDS: dict[str, str] = {word: c.code for c in TABLE for word in c.words}
"""Each word, phrase or code read as money wherever it stands, lowercased: 'tenge' and 'kzt' -> 'KZT'."""
AFTER: dict[str, str] = {word: c.code for c in TABLE for word in c.after}
"""Words that are ordinary English too, money only right after a figure: 'sol' -> 'PEN' in '650 sol'. Written here in
lowercase, they are read in any case; else only as written ('3,500 Ft' is forints, '6 ft' feet)."""
NAMES_AFTER = frozenset(WORDS) | frozenset(AFTER)
"""Every word a figure's currency may be named by after it: '2 400 birr', '650 sol'."""
SIGNS: dict[str, str] = {sign: c.code for c in TABLE for sign in c.signs}
"""Each currency sign, one character: '₸' -> 'KZT'."""
BEFORE: dict[str, str] = {written: c.code for c in TABLE for written in c.before}
"""Letters, or a sign led by letters, written right before a figure: 'S/', 'KSh', 'NZ$'. Written here in lowercase,
they are read in any case ('Rs', 'RS'); else only as written ('RM 45', not 'rm 45', a room)."""
SIGNED = frozenset(c.code for c in TABLE if c.signed)
"""Currencies shown by their symbol in a total of units ('₸1,196,000.00'); the others by name ('1,196,000.00 baht')."""
PLURALS: dict[str, str] = {c.name: c.plural for c in TABLE}


def signs_of(grouping: str) -> frozenset[str]:
    """The signs of the currencies whose figures are grouped so ('lakhs': '₹', '৳')."""
    return frozenset(sign for c in TABLE if c.grouping == grouping for sign in c.signs)


def words_of(grouping: str, *, short: bool) -> frozenset[str]:
    """The words and codes of the currencies whose figures are grouped so, lowercased, with the letters written before
    their figures ('rs', 'ksh'); ``short`` keeps only forms of four letters or fewer ('zł', 'eur', 'lekë', not
    'zloty'), as a figure is written beside them."""
    forms = {
        w for c in TABLE if c.grouping == grouping for w in (*c.words, *(b.lower() for b in (*c.before, *c.after)))
    }
    if short:
        return frozenset(w for w in forms if len(w.rstrip("$.")) <= 4 and " " not in w)
    return frozenset(w.strip(".") for w in forms if " " not in w and w.strip(".").isalpha())
