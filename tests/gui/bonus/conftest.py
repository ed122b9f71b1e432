"""The bonus fixtures of the unit tests: catalogue, feature on, two programs, a customer."""

from tests.unit.bonus.conftest import bonus, catalogue  # noqa: F401
