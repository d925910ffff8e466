"""Password rules and hashing with argon2id. Clear passwords are never stored or logged.

Every place a password is set (first start, adding a user, a reset, a change, the
recovery) checks it with zxcvbn, an offline strength estimator with its own lists of
common passwords, names and words, extended by common German passwords and the words of
the club itself (its name, the user's name): at least 8 characters and a score of 3 of 4
("safely unguessable" for an attacker who has to try offline).
"""

from collections.abc import Iterable
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn

from app.resources import path as resource
from app.services.errors import ValidationError
from app.services.i18n import translate

MIN_LENGTH = 8
MIN_SCORE = 3
# zxcvbn's time grows with the length; nobody types a longer password.
MAX_CHECKED = 100

_hasher = PasswordHasher()


@cache
def common_german() -> tuple[str, ...]:
    lines = resource("passwords", "common-de.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def check_strength(password: str, field: str = "password", user_inputs: Iterable[str] = ()) -> None:
    """Refuse a password that is short or easy to guess, naming the field."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            field,
            translate("Errors", "Password: at least {n} characters are required.").format(
                n=MIN_LENGTH
            ),
        )
    result = zxcvbn(password[:MAX_CHECKED], user_inputs=[*common_german(), *_words(user_inputs)])
    if result["score"] < MIN_SCORE:
        raise ValidationError(
            field,
            translate(
                "Errors",
                "Password: too easy to guess (common passwords, names, words of the club, "
                "keyboard rows and dates are tried first). Use a longer one, for example "
                "three or four unrelated words.",
            ),
        )


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _words(user_inputs: Iterable[str]) -> list[str]:
    """The club's and the user's names, whole and word by word, also spelt without
    umlauts (Brückenschlag, brueckenschlag)."""
    words: list[str] = []
    for given in user_inputs:
        text = (given or "").strip().lower()
        if not text:
            continue
        parts = [text, *text.replace(".", " ").replace("-", " ").replace("_", " ").split()]
        for part in parts:
            words.append(part)
            if part.translate(_UMLAUTS) != part:
                words.append(part.translate(_UMLAUTS))
    return words


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


_no_account: dict[int, str] = {}


def verify_without_account(password: str) -> None:
    """Check a password against no account, as long as a real check takes: an unknown
    user name must not answer faster than a wrong password."""
    key = id(_hasher)
    if key not in _no_account:
        _no_account[key] = _hasher.hash("lotse: there is no such account")
    verify_password(_no_account[key], password)
