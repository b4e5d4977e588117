"""Digits read one character at a time: what the tokenizer and the readers of money written with letters share."""

from __future__ import annotations


def is_digit(ch: str) -> bool:
    return "0" <= ch <= "9"  # str.isdigit() also takes "²", which is a power here


def digits_end(text: str, i: int) -> int:
    """The index after the run of digits at ``i``."""
    while i < len(text) and is_digit(text[i]):
        i += 1
    return i
