"""A discount or a tip by its name in the language the user sells or eats in: 'I give them 8% popust', '15 %
zľava', '10% skidka' are a discount, read as 'discount'; 'we leave 10% bakshish', '10% propina' are a tip.

People who price in one language and write in English keep the shop's words for the money's parts, as they keep
its currency. The word is replaced only when a percentage stands within two words before or after it, so the rate
is always said with it and nothing is assumed about it; anywhere else it is left as written.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

DISCOUNT_NAMES = frozenset(
    "popust popusta попуст zľava zlava zľavu zlavu sleva slevu skidka skidku скидка indirim indirimi rabat rabatt "
    "descuento descuentos desconto sconto remise rabais rebaja korting alennus kedvezmény kedvezmeny reducere "
    "reducerea zniżka znizka atlaide atlaidi nuolaida allahindlus zbritje zbritja afslag punguzo diskaun "
    "potongan".split()
)
"""Discount in Bosnian, Croatian, Serbian and Macedonian (popust), Slovak (zľava), Czech (sleva), Russian (skidka),
Turkish (indirim), German and Scandinavian (Rabatt, rabat), Spanish, Portuguese and Italian, French (remise, rabais),
Dutch (korting), Finnish, Hungarian, Romanian, Polish, Latvian, Lithuanian, Estonian, Albanian (zbritje), Afrikaans,
Swahili and Malay names."""
TIP_NAMES = frozenset(
    "bakshish bakshisha bakhshish bahşiş bahsis bakşiş baksis bacșiș bacsis baksheesh propina gorjeta trinkgeld "
    "pourboire mancia fooi dricks drikkepenger napiwek borravaló borravalo dringeld bakšiš baksis napojnica "
    "ciubuc".split()
)
"""A tip in Albanian, Persian and Turkish (bakshish, bahşiş), Romanian (bacșiș), Spanish, Portuguese, German, French,
Italian, Dutch, Swedish, Danish and Norwegian, Polish and Hungarian, and as it is said in Montenegro and Serbia
(bakšiš, napojnica) and Moldova (ciubuc)."""
_NEAR = 2


def say_in_english(tokens: list[Token]) -> None:
    """Replace, in place, each such name said within ``_NEAR`` words of a percentage by 'discount' or 'tip'."""
    for k, token in enumerate(tokens):
        if token.kind != "word" or not _beside_percent(tokens, k):
            continue
        if token.word in DISCOUNT_NAMES:
            tokens[k] = Token("word", "discount", token.start)
        elif token.word in TIP_NAMES:
            tokens[k] = Token("word", "tip", token.start)


def _beside_percent(tokens: list[Token], k: int) -> bool:
    near = tokens[max(0, k - _NEAR - 1) : k + _NEAR + 2]
    return any(t.text == "%" or t.word == "percent" for t in near)
