"""Password hashing with argon2id. Clear passwords are never stored or logged."""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.services.errors import ValidationError
from app.services.i18n import translate

MIN_LENGTH = 8

_hasher = PasswordHasher()


def check_strength(password: str, field: str = "password") -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            field,
            translate("Errors", "Password: at least {n} characters are required.").format(
                n=MIN_LENGTH
            ),
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


_no_account: dict[int, str] = {}


def verify_without_account(password: str) -> None:
    """Check a password against no account, as long as a real check takes: an unknown
    user name must not answer faster than a wrong password."""
    key = id(_hasher)
    if key not in _no_account:
        _no_account[key] = _hasher.hash("lotse: there is no such account")
    verify_password(_no_account[key], password)
