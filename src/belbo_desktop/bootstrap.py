"""The one composition root: paths -> migrated database -> unit of work -> services."""

from __future__ import annotations

from dataclasses import dataclass

from belbo_desktop.config import Paths
from belbo_desktop.mail.config import MailSettingsService
from belbo_desktop.mail.secrets import SecretStore
from belbo_desktop.services.audit import AuditService
from belbo_desktop.services.bonus import BonusService
from belbo_desktop.services.catalogue import CatalogueService
from belbo_desktop.services.custom_fields import CustomFieldService
from belbo_desktop.services.customers import CustomerService
from belbo_desktop.services.export import ExportService
from belbo_desktop.services.locations import LocationService, SettingsService
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.ports import Clock, SystemClock, SystemRandom
from belbo_desktop.services.privacy import PrivacyService
from belbo_desktop.services.signing import NoTse
from belbo_desktop.services.staff import StaffService
from belbo_desktop.services.till import TillService
from belbo_desktop.services.vouchers import VoucherService
from belbo_desktop.storage.db import make_engine
from belbo_desktop.storage.migrate import UpgradeResult, upgrade_sqlite
from belbo_desktop.storage.unit_of_work import UnitOfWork
from belbo_desktop.sync.client import SyncService
from belbo_desktop.sync.exports import HubExportClient
from belbo_desktop.web.local_server import LocalExportServer


@dataclass
class App:
    """Everything the UI and the command line use; built once per process."""

    paths: Paths
    uow: UnitOfWork
    clock: Clock
    hasher: Hasher
    staff: StaffService
    customers: CustomerService
    custom_fields: CustomFieldService
    locations: LocationService
    settings: SettingsService
    audit: AuditService
    privacy: PrivacyService
    catalogue: CatalogueService
    vouchers: VoucherService
    till: TillService
    mail: MailSettingsService
    exports: ExportService
    export_server: LocalExportServer
    sync: SyncService
    bonus: BonusService
    upgrade: UpgradeResult | None = None

    def close(self) -> None:
        self.export_server.stop()
        self.uow.engine.dispose()


def bootstrap(
    paths: Paths, *, clock: Clock | None = None, hasher: Hasher | None = None, migrate: bool = True
) -> App:
    paths.ensure()
    upgrade = upgrade_sqlite(paths.database, paths.backups) if migrate else None
    uow = UnitOfWork(make_engine(paths.database))
    clock = clock or SystemClock()
    hasher = hasher or Hasher()
    settings = SettingsService(uow, clock)
    secrets = SecretStore(paths.data_dir / "secrets")
    mail = MailSettingsService(settings, secrets, paths.outbox, clock)
    remote = HubExportClient(uow, paths.data_dir)  # while enrolled, exports go to the hub
    exports = ExportService(uow, clock, hasher, settings, paths.exports, mail.mailer, remote=remote)
    till = TillService(uow, clock, SystemRandom(), NoTse(), till_file=paths.data_dir / "till.json")
    bonus = BonusService(uow, clock, settings)
    till.after_sale.append(bonus.on_sale)
    till.receipt_notes.append(bonus.receipt_notes)
    return App(
        paths=paths,
        uow=uow,
        clock=clock,
        hasher=hasher,
        staff=StaffService(uow, clock, hasher),
        customers=CustomerService(uow, clock),
        custom_fields=CustomFieldService(uow, clock),
        locations=LocationService(uow, clock),
        settings=SettingsService(uow, clock),
        audit=AuditService(uow),
        privacy=PrivacyService(uow, clock, paths.documents),
        catalogue=CatalogueService(uow, clock),
        vouchers=VoucherService(uow, clock),
        till=till,
        mail=mail,
        exports=exports,
        export_server=LocalExportServer(exports),
        sync=SyncService(uow, clock, paths),
        bonus=bonus,
        upgrade=upgrade,
    )
