"""The one composition root: paths -> migrated database -> unit of work -> services.

Services are built (and their modules imported) on first use: the login screen and the
customer list need a handful of them, and importing the till, export, privacy and bonus
code before the first window is shown would triple the start-up time. Wiring that spans
modules (the bonus hook on the till) lives in the property that builds the consumer.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from belbo_desktop.config import Paths
from belbo_desktop.services.ports import Clock, SystemClock
from belbo_desktop.storage.db import make_engine
from belbo_desktop.storage.migrate import UpgradeResult, upgrade_sqlite
from belbo_desktop.storage.unit_of_work import UnitOfWork
from belbo_desktop.sync.capture import ChangeCapture, start_capture

if TYPE_CHECKING:
    from belbo_desktop.mail.config import MailSettingsService
    from belbo_desktop.services.audit import AuditService
    from belbo_desktop.services.bonus import BonusService
    from belbo_desktop.services.catalogue import CatalogueService
    from belbo_desktop.services.custom_fields import CustomFieldService
    from belbo_desktop.services.customer_merge import CustomerMergeService
    from belbo_desktop.services.customers import CustomerService
    from belbo_desktop.services.export import ExportService
    from belbo_desktop.services.locations import LocationService, SettingsService
    from belbo_desktop.services.passwords import Hasher
    from belbo_desktop.services.privacy import PrivacyService
    from belbo_desktop.services.staff import StaffService
    from belbo_desktop.services.till import TillService
    from belbo_desktop.services.till.journal import SalesJournal
    from belbo_desktop.services.vouchers import VoucherService
    from belbo_desktop.sync.client import SyncService
    from belbo_desktop.web.local_server import LocalExportServer


class App:
    """Everything the UI and the command line use; built once per process."""

    def __init__(
        self,
        paths: Paths,
        uow: UnitOfWork,
        clock: Clock,
        capture: ChangeCapture,
        hasher: Hasher | None = None,
        upgrade: UpgradeResult | None = None,
    ) -> None:
        self.paths = paths
        self.uow = uow
        self.clock = clock
        self.capture = capture
        self.upgrade = upgrade
        if hasher is not None:
            self.hasher = hasher

    @cached_property
    def hasher(self) -> Hasher:
        from belbo_desktop.services.passwords import Hasher

        return Hasher()

    @cached_property
    def staff(self) -> StaffService:
        from belbo_desktop.services.staff import StaffService

        return StaffService(self.uow, self.clock, self.hasher)

    @cached_property
    def customers(self) -> CustomerService:
        from belbo_desktop.services.customers import CustomerService

        return CustomerService(self.uow, self.clock)

    @cached_property
    def custom_fields(self) -> CustomFieldService:
        from belbo_desktop.services.custom_fields import CustomFieldService

        return CustomFieldService(self.uow, self.clock)

    @cached_property
    def locations(self) -> LocationService:
        from belbo_desktop.services.locations import LocationService

        return LocationService(self.uow, self.clock)

    @cached_property
    def settings(self) -> SettingsService:
        from belbo_desktop.services.locations import SettingsService

        return SettingsService(self.uow, self.clock)

    @cached_property
    def audit(self) -> AuditService:
        from belbo_desktop.services.audit import AuditService

        return AuditService(self.uow)

    @cached_property
    def privacy(self) -> PrivacyService:
        from belbo_desktop.services.privacy import PrivacyService

        return PrivacyService(self.uow, self.clock, self.paths.documents)

    @cached_property
    def catalogue(self) -> CatalogueService:
        from belbo_desktop.services.catalogue import CatalogueService

        return CatalogueService(self.uow, self.clock)

    @cached_property
    def vouchers(self) -> VoucherService:
        from belbo_desktop.services.vouchers import VoucherService

        return VoucherService(self.uow, self.clock)

    @cached_property
    def till(self) -> TillService:
        from belbo_desktop.services.ports import SystemRandom
        from belbo_desktop.services.signing import NoTse
        from belbo_desktop.services.till import TillService

        till = TillService(
            self.uow,
            self.clock,
            SystemRandom(),
            NoTse(),
            till_file=self.paths.till_file,
        )
        till.after_sale.append(self.bonus.on_sale)
        till.receipt_notes.append(self.bonus.receipt_notes)
        return till

    @cached_property
    def sales_journal(self) -> SalesJournal:
        from belbo_desktop.services.till.journal import SalesJournal

        return SalesJournal(self.uow)

    @cached_property
    def mail(self) -> MailSettingsService:
        from belbo_desktop.mail.config import MailSettingsService
        from belbo_desktop.mail.secrets import SecretStore

        secrets = SecretStore(self.paths.data_dir / "secrets")
        return MailSettingsService(self.settings, secrets, self.paths.outbox, self.clock)

    @cached_property
    def exports(self) -> ExportService:
        from belbo_desktop.services.export import ExportService
        from belbo_desktop.sync.exports import HubExportClient

        return ExportService(
            self.uow,
            self.clock,
            self.hasher,
            self.settings,
            self.paths.exports,
            self.mail.mailer,
            remote=HubExportClient(self.uow, self.paths.data_dir),
        )

    @cached_property
    def export_server(self) -> LocalExportServer:
        from belbo_desktop.web.local_server import LocalExportServer

        return LocalExportServer(self.exports)

    @cached_property
    def sync(self) -> SyncService:
        from belbo_desktop.sync.client import SyncService

        return SyncService(self.uow, self.clock, self.paths, capture=self.capture)

    @cached_property
    def bonus(self) -> BonusService:
        from belbo_desktop.services.bonus import BonusService

        return BonusService(self.uow, self.clock, self.settings)

    @cached_property
    def customer_merge(self) -> CustomerMergeService:
        from belbo_desktop.services.customer_merge import CustomerMergeService

        return CustomerMergeService(self.uow, self.clock)

    def close(self) -> None:
        if "export_server" in self.__dict__:  # never started if never built
            self.export_server.stop()
        self.uow.engine.dispose()


def bootstrap(
    paths: Paths, *, clock: Clock | None = None, hasher: Hasher | None = None, migrate: bool = True
) -> App:
    paths.ensure()
    upgrade = upgrade_sqlite(paths.database, paths.backups) if migrate else None
    uow = UnitOfWork(make_engine(paths.database))
    clock = clock or SystemClock()
    capture = start_capture(uow, clock)  # before any write, so the outbox misses nothing
    return App(paths, uow, clock, capture, hasher=hasher, upgrade=upgrade)
