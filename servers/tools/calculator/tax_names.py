"""Value added tax by its name in another language: 'TVA at 20% on top' (French), '22% IVA' (Italian, Spanish,
Portuguese), '19% MwSt' (German) are VAT, read as 'VAT at 20% on top', '22% VAT'. The rate is always said with the
name, so nothing is assumed about it; the request is read again with the name in English and answered only when
that reading accounts for every number.

A name said with a second tax ('TVA and a 5% tourist tax') is left as it is: which of the two a rate belongs to is
then the reading's own business, and the plain name keeps it.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

VAT_NAMES = frozenset(
    "tva iva mwst ust btw moms alv fpa igv kdv ppn gct hst itbis pvm pvn dph ddv pdv mvg vsk tvsh isv itbms".split()
)
"""Value added tax in French and Belgian (TVA), Italian, Spanish and Portuguese (IVA), German (MwSt, USt), Dutch
(BTW), Scandinavian (MOMS), Finnish (ALV), Greek (FPA), Peruvian (IGV), Turkish (KDV), Indonesian (PPN), Dominican
(ITBIS), Lithuanian (PVM), Latvian (PVN), Czech and Slovak (DPH), Slovenian (DDV), Croatian and Serbian (PDV),
Faroese (MVG), Icelandic (VSK), Albanian (TVSH), Honduran (ISV) and Panamanian (ITBMS) names, and the sales taxes
charged the same way on a price: Jamaica's GCT and Canada's harmonized HST."""
_TAX_WORDS = frozenset("vat gst tax taxes".split())


def in_english(text: str, tokens: list[Token]) -> str | None:
    """``text`` with each foreign name of VAT said as 'VAT', or None when it names none (or names VAT twice over)."""
    named = [t for t in tokens if t.kind == "word" and (t.word in VAT_NAMES and t.text.isupper() or t.text == "MwSt")]
    if not named or any(t.word in _TAX_WORDS for t in tokens):
        return None  # 'the VAT (TVA) at 20%': the reading must not see one tax as two
    for token in reversed(named):
        text = text[: token.start] + "VAT" + text[token.start + len(token.text) :]
    return text
