"""Two PCs and a hub, as the sync tests build them."""

from tests.integration.sync.conftest import hub, hub_database_url, hub_engine_, make_pc  # noqa: F401
