<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name />
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="45" />
      <source>Keine offenen Datenschutz-Ersuchen.</source>
      <translation>No open privacy requests.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="46" />
      <source>%1 offene Datenschutz-Ersuchen</source>
      <translation>%1 open privacy requests</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="48" />
      <source>%1 überfällig</source>
      <translation>%1 overdue</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="50" />
      <source>%1 in den nächsten 7 Tagen fällig</source>
      <translation>%1 due in the next 7 days</translation>
    </message>
  </context>
  <context>
    <name>AboutPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="50" />
      <source>Alle Daten dieses PCs liegen im Datenordner, nie im Programmordner. Eine neue Version installieren oder Belbo deinstallieren lässt ihn unverändert; vor jeder Aktualisierung der Datenbank wird eine Sicherung angelegt.</source>
      <translation>All data of this PC is in the data folder, never in the program folder. Installing a new version or uninstalling Belbo leaves it unchanged; a backup is made before every database upgrade.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="65" />
      <source>Datenordner öffnen</source>
      <translation>Open data folder</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="66" />
      <source>Protokollordner öffnen</source>
      <translation>Open log folder</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="67" />
      <source>Angaben kopieren</source>
      <translation>Copy details</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="69" />
      <source>Kopiert alle Angaben dieser Seite, z. B. für eine E-Mail an den Support.</source>
      <translation>Copies everything on this page, e.g. for an email to support.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="77" />
      <source>Version:</source>
      <translation>Version:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="78" />
      <source>Datenordner:</source>
      <translation>Data folder:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="79" />
      <source>Protokolle:</source>
      <translation>Logs:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="80" />
      <source>Datenbank:</source>
      <translation>Database:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="81" />
      <source>Datenbankstand:</source>
      <translation>Database revision:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="82" />
      <source>Sicherungen:</source>
      <translation>Backups:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="83" />
      <source>System:</source>
      <translation>System:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="93" />
      <source>Belbo Desktop verwendet Qt und PySide6 (LGPL 3), SQLite, SQLAlchemy, Alembic, ReportLab und die Schrift DejaVu Sans.</source>
      <translation>Belbo Desktop uses Qt and PySide6 (LGPL 3), SQLite, SQLAlchemy, Alembic, ReportLab and the DejaVu Sans font.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="120" />
      <source>Belbo Desktop %1</source>
      <translation>Belbo Desktop %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="126" />
      <source>%1 (aktuell)</source>
      <translation>%1 (current)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="129" />
      <source>%1 (erwartet: %2)</source>
      <translation>%1 (expected: %2)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="136" />
      <source>%1 im Ordner %2</source>
      <translation>%1 in folder %2</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="138" />
      <source>noch keine (Ordner %2)</source>
      <translation>none yet (folder %2)</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="8" />
      <source>Angemeldet</source>
      <translation>Logged in</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="9" />
      <source>Anmeldung fehlgeschlagen</source>
      <translation>Login failed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="10" />
      <source>Anzahl: %1</source>
      <translation>Count: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="11" />
      <source>Beleg %1</source>
      <translation>Receipt %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="12" />
      <source>Betriebsgeheimnis geändert</source>
      <translation>Trade secret changed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="13" />
      <source>Bonusprogramm aktiviert</source>
      <translation>Bonus program activated</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="14" />
      <source>Bonusprogramm angelegt</source>
      <translation>Bonus program created</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="15" />
      <source>Bonusprogramm archiviert</source>
      <translation>Bonus program archived</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="16" />
      <source>Bonusprogramm gelöscht</source>
      <translation>Bonus program deleted</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="17" />
      <source>Bonusprogramm geändert</source>
      <translation>Bonus program changed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="18" />
      <source>Bonusprogramm wiederhergestellt</source>
      <translation>Bonus program restored</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="19" />
      <source>Datenauskunft erstellt</source>
      <translation>Data access report created</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="20" />
      <source>Datenschutz-Ersuchen abgeschlossen</source>
      <translation>Privacy request closed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="21" />
      <source>Datenschutz-Ersuchen erfasst</source>
      <translation>Privacy request recorded</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="22" />
      <source>Dublette zusammengeführt</source>
      <translation>Duplicate merged</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="23" />
      <source>Eigenes Passwort geändert</source>
      <translation>Own password changed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="24" />
      <source>Einstellung geändert</source>
      <translation>Setting changed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="25" />
      <source>Einwilligung erteilt</source>
      <translation>Consent given</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="26" />
      <source>Einwilligung widerrufen</source>
      <translation>Withdraw consent</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="27" />
      <source>Export abgebrochen</source>
      <translation>Export cancelled</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="28" />
      <source>Export abgelaufen</source>
      <translation>Export expired</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="29" />
      <source>Export angefordert</source>
      <translation>Export requested</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="30" />
      <source>Export bestätigt</source>
      <translation>Export confirmed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="31" />
      <source>Export erstellt</source>
      <translation>Export created</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="32" />
      <source>Export fehlgeschlagen</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="33" />
      <source>Export heruntergeladen</source>
      <translation>Export downloaded</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="34" />
      <source>Export wird erstellt</source>
      <translation>Export being created</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="35" />
      <source>Export-Mail erneut gesendet</source>
      <translation>Export email sent again</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="36" />
      <source>Feldeinstufung geändert</source>
      <translation>Field classification changed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="37" />
      <source>Frist verlängert</source>
      <translation>Deadline extended</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="38" />
      <source>Gesundheitsdaten angesehen</source>
      <translation>Health data viewed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="39" />
      <source>Gesundheitsdaten gelöscht</source>
      <translation>Health data erased</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="40" />
      <source>Gutschein erstattet</source>
      <translation>Voucher refunded</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="41" />
      <source>Gutscheine abgelaufen</source>
      <translation>Vouchers expired</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="42" />
      <source>Identität bestätigt</source>
      <translation>Identity confirmed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="43" />
      <source>Kassenabschluss</source>
      <translation>Till closing</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="44" />
      <source>Konto entsperrt</source>
      <translation>Account unlocked</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="45" />
      <source>Konto gesperrt</source>
      <translation>Account locked</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="46" />
      <source>Kunde angelegt</source>
      <translation>Customer created</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="47" />
      <source>Kunde archiviert</source>
      <translation>Customer archived</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="48" />
      <source>Kunde gelöscht (DSGVO)</source>
      <translation>Customer erased (GDPR)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="49" />
      <source>Kunde wiederhergestellt</source>
      <translation>Customer restored</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="50" />
      <source>Kundendaten geändert</source>
      <translation>Customer details changed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="51" />
      <source>Kundenfeld angelegt</source>
      <translation>Customer field created</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="52" />
      <source>Kundenfeld archiviert</source>
      <translation>Customer field archived</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="53" />
      <source>Kundenfeld geändert</source>
      <translation>Customer field changed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="54" />
      <source>Kundenfeld wiederhergestellt</source>
      <translation>Customer field restored</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="55" />
      <source>Kundenfelder umsortiert</source>
      <translation>Customer fields reordered</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="56" />
      <source>Leistung/Produkt angelegt</source>
      <translation>Service/product created</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="57" />
      <source>Leistung/Produkt geändert</source>
      <translation>Service/product changed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="58" />
      <source>Mit anderer Akte zusammengeführt</source>
      <translation>Merged into another file</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="59" />
      <source>Mitarbeiter angelegt</source>
      <translation>Staff member created</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="60" />
      <source>Mitarbeiter deaktiviert</source>
      <translation>Staff member deactivated</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="61" />
      <source>Mitarbeiter geändert</source>
      <translation>Staff member changed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="62" />
      <source>Mitarbeiter wieder aktiviert</source>
      <translation>Staff member reactivated</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="63" />
      <source>Nr. %1</source>
      <translation>No. %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="64" />
      <source>PIN entfernt</source>
      <translation>PIN removed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="65" />
      <source>PIN gesetzt</source>
      <translation>PIN set</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="66" />
      <source>PIN-Wechsel fehlgeschlagen</source>
      <translation>PIN switch failed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="67" />
      <source>Passwort zurückgesetzt</source>
      <translation>Password reset</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="68" />
      <source>Passwortänderung: altes Passwort falsch</source>
      <translation>Password change: wrong old password</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="69" />
      <source>Per PIN gewechselt</source>
      <translation>Switched by PIN</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="70" />
      <source>Prämie eingelöst</source>
      <translation>Reward redeemed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="71" />
      <source>Rechte dazu: %1</source>
      <translation>Rights added: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="72" />
      <source>Rechte weg: %1</source>
      <translation>Rights removed: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="73" />
      <source>Rolle: %1</source>
      <translation>Role: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="74" />
      <source>Rolle: %1 → %2</source>
      <translation>Role: %1 → %2</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="75" />
      <source>Sperre aufgehoben</source>
      <translation>Lockout lifted</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="76" />
      <source>Standort angelegt</source>
      <translation>Location created</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="77" />
      <source>Standortdaten geändert</source>
      <translation>Location details changed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="78" />
      <source>Stempel gegeben</source>
      <translation>Stamp given</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="79" />
      <source>Stempel storniert</source>
      <translation>Stamp cancelled</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="80" />
      <source>Stornobeleg %1</source>
      <translation>Reversal receipt %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="81" />
      <source>Verkauf storniert</source>
      <translation>Sale cancelled</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="82" />
      <source>beim Einrichten des Betriebs</source>
      <translation>when the business was set up</translation>
    </message>
  </context>
  <context>
    <name>AuditColumns</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="47" />
      <source>Zeitpunkt</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="48" />
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="94" />
      <source>Mitarbeiter</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="49" />
      <source>Vorgang</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="50" />
      <source>Betrifft</source>
      <translation>Concerns</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="51" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="183" />
      <source>System</source>
      <extracomment>a page arrived (or failed): the view updates its status line</extracomment>
      <translation>System</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="199" />
      <source>Kennung: %1</source>
      <translation>ID: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="83" />
      <source>Betriebsgeheimnis</source>
      <translation>Trade secrets</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="84" />
      <source>Bonusprogramm</source>
      <translation>Bonus program</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="85" />
      <source>Einstellung</source>
      <translation>Setting</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="86" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="87" />
      <source>Gutschein</source>
      <translation>Voucher</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="88" />
      <source>Kassenabschluss</source>
      <translation>Till closing</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="89" />
      <source>Kunde</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="90" />
      <source>Kunde Nr. %1</source>
      <translation>Customer no. %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="91" />
      <source>Kundenfeld</source>
      <translation>Customer field</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="92" />
      <source>Kundenliste</source>
      <translation>Customer list</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="93" />
      <source>Leistung/Produkt</source>
      <translation>Service/product</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="95" />
      <source>Standort</source>
      <translation>Location</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="96" />
      <source>Verkauf</source>
      <translation>Sale</translation>
    </message>
  </context>
  <context>
    <name>AuditLogPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="59" />
      <source>Gesamter Zeitraum</source>
      <translation>All time</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="60" />
      <source>Heute</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="61" />
      <source>Letzte 7 Tage</source>
      <translation>Last 7 days</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="62" />
      <source>Letzte 30 Tage</source>
      <translation>Last 30 days</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="63" />
      <source>Dieses Jahr</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="64" />
      <source>Zeitraum wählen</source>
      <translation>Choose period</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="75" />
      <source>Von</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="76" />
      <source>Bis</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="78" />
      <source>Mitarbeiter</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="80" />
      <source>Vorgang</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="82" />
      <source>Kundennummer oder Kennung</source>
      <translation>Customer number or ID</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="83" />
      <source>Suche</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="91" />
      <source>Zeitraum:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="93" />
      <source>von</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="95" />
      <source>bis</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="97" />
      <source>Mitarbeiter:</source>
      <translation>Staff member:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="99" />
      <source>Vorgang:</source>
      <translation>Action:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="101" />
      <source>Suche:</source>
      <translation>Search:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="113" />
      <source>Protokoll</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="125" />
      <source>Ausgewählter Eintrag</source>
      <translation>Selected entry</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="165" />
      <source>Alle Mitarbeiter</source>
      <translation>All staff</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="168" />
      <source>Alle Vorgänge</source>
      <translation>All actions</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="223" />
      <source>Einen Eintrag wählen, um ihn vollständig zu sehen.</source>
      <translation>Choose an entry to see it in full.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="236" />
      <source>Lädt …</source>
      <translation>Loading …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="238" />
      <source>Keine Einträge für diese Auswahl.</source>
      <translation>No entries for this selection.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="240" />
      <source>%1 Einträge geladen; weitere erscheinen beim Blättern.</source>
      <translation>%1 entries loaded; more appear as you scroll.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="244" />
      <source>1 Eintrag.</source>
      <translation>1 entry.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="246" />
      <source>%1 Einträge.</source>
      <translation>%1 entries.</translation>
    </message>
  </context>
  <context>
    <name>BonusCardsTab</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="87" />
      <source>Bonusprogramm</source>
      <translation>Bonus program</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="89" />
      <source>Aktivieren</source>
      <translation>Activate</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="92" />
      <source>Programm aktivieren:</source>
      <translation>Activate program:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="108" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="109" />
      <source>Programm</source>
      <translation>Program</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="110" />
      <source>Karte</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="111" />
      <source>Vorgang</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="47" />
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="112" />
      <source>Stempel</source>
      <translation>Stamps</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="48" />
      <source>Storno</source>
      <translation>Reversal</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="49" />
      <source>Prämie eingelöst</source>
      <translation>Reward redeemed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="50" />
      <source>Übertrag</source>
      <translation>Carried over</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="51" />
      <source>Prämie storniert</source>
      <translation>Reward reversed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="113" />
      <source>Beleg</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="114" />
      <source>Mitarbeiter</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="115" />
      <source>Grund / Prämie</source>
      <translation>Reason / reward</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="118" />
      <source>Verlauf der Bonuskarten</source>
      <translation>Bonus card history</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="128" />
      <source>Stempel stornieren …</source>
      <translation>Cancel stamp …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="131" />
      <source>Einen von Hand gegebenen Stempel durch eine Gegenbuchung zurücknehmen.</source>
      <translation>Take back a stamp given by hand with a counter-entry.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="135" />
      <source>Verlauf aller Karten und Prämien</source>
      <translation>History of all cards and rewards</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="177" />
      <source>Alle aktiven Programme sind schon aktiviert.</source>
      <translation>All active programs are already activated.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="189" />
      <source>Für diesen Kunden ist noch kein Bonusprogramm aktiviert.</source>
      <translation>No bonus program has been activated for this customer yet.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="198" />
      <source>%1 – Karte %2</source>
      <translation>%1 – card %2</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="210" />
      <source>%1 von %2 Stempeln</source>
      <translation>%1 of %2 stamps</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="215" />
      <source> (%1 mehr für die nächste Karte)</source>
      <translation> (%1 more for the next card)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="218" />
      <source>Prämie: %1</source>
      <translation>Reward: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="221" />
      <source>gültig bis %1</source>
      <translation>valid until %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="226" />
      <source>begonnen am %1</source>
      <translation>started on %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="232" />
      <source>Die Karte ist voll: Die Prämie kann eingelöst werden.</source>
      <translation>The card is full: the reward can be redeemed.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="236" />
      <source>Abgelaufen. Der nächste Stempel beginnt eine neue Karte.</source>
      <translation>Expired. The next stamp starts a new card.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="240" />
      <source>Stempel geben …</source>
      <translation>Give stamp …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="242" />
      <source>Prämie einlösen …</source>
      <translation>Redeem reward …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="244" />
      <source>Karte drucken</source>
      <translation>Print card</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="251" />
      <source>Das Programm ist nicht mehr aktiv.</source>
      <translation>The program is no longer active.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="253" />
      <source>Die Karte ist voll. Bitte zuerst die Prämie einlösen.</source>
      <translation>The card is full. Please redeem the reward first.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="258" />
      <source>Erst wenn die Karte voll ist.</source>
      <translation>Only when the card is full.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="281" />
      <source> (storniert)</source>
      <translation> (cancelled)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="326" />
      <source>Bonuskarte gespeichert: %1</source>
      <translation>Bonus card saved: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="358" />
      <source>Stempel geben</source>
      <translation>Give stamp</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="359" />
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="416" />
      <source>Grund:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="363" />
      <source>z. B. Papierkarte übertragen</source>
      <translation>e.g. paper card transferred</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="370" />
      <source>Prämie einlösen</source>
      <translation>Redeem reward</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="372" />
      <source>Prämie „%1“ jetzt einlösen? Danach beginnt automatisch eine neue Karte.

Tipp: An der Kasse steht die Prämie unter dem Kunden bereit und kommt so mit auf den Beleg.</source>
      <translation>Redeem the reward “%1” now? A new card then starts automatically.

Tip: at the till the reward is offered under the customer and so appears on the receipt.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="406" />
      <source>Stempel aus einem Verkauf werden mit dem Storno des Belegs zurückgenommen.</source>
      <translation>Stamps from a sale are taken back by cancelling the receipt.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="415" />
      <source>Stempel stornieren</source>
      <translation>Cancel stamp</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="420" />
      <source>z. B. versehentlich gestempelt</source>
      <translation>e.g. stamped by mistake</translation>
    </message>
  </context>
  <context>
    <name>BonusOverviewPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="57" />
      <source>Bonusprogramme</source>
      <translation>Bonus programs</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="62" />
      <source>Aktualisieren</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="70" />
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="82" />
      <source>Programm</source>
      <translation>Program</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="71" />
      <source>Aktive Karten</source>
      <translation>Active cards</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="72" />
      <source>Stempel diesen Monat</source>
      <translation>Stamps this month</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="73" />
      <source>Eingelöste Prämien</source>
      <translation>Rewards redeemed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="74" />
      <source>Volle Karten</source>
      <translation>Full cards</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="77" />
      <source>Übersicht der Bonusprogramme</source>
      <translation>Bonus programs overview</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="80" />
      <source>Kunde</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="81" />
      <source>Kundennr.</source>
      <translation>Customer no.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="83" />
      <source>Stempel</source>
      <translation>Stamps</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="84" />
      <source>Prämie</source>
      <translation>Reward</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="87" />
      <source>Kunden mit voller Karte</source>
      <translation>Customers with a full card</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="120" />
      <source> (archiviert)</source>
      <translation> (archived)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="122" />
      <source> (inaktiv)</source>
      <translation> (inactive)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="131" />
      <source>Kunden mit voller Karte (%1)</source>
      <translation>Customers with a full card (%1)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="145" />
      <source>%1 von %2</source>
      <translation>%1 of %2</translation>
    </message>
  </context>
  <context>
    <name>BonusProgramsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="82" />
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="125" />
      <source>Bonusprogramme</source>
      <translation>Bonus programs</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="89" />
      <source>Belohnen Sie treue Kunden mit Stempelkarten: Stempel von Hand oder automatisch an der Kasse, bei voller Karte die Prämie.</source>
      <translation>Reward loyal customers with stamp cards: stamps by hand or automatically at the till, the reward when the card is full.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="94" />
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="95" />
      <source>Funktion hinzufügen</source>
      <translation>Add feature</translation>
    </message>
  </context>
  <context>
    <name>BonusTillStrip</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="65" />
      <source>Prämie im Warenkorb</source>
      <translation>Reward in the cart</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="114" />
      <source>Prämie: %1</source>
      <translation>Reward: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="119" />
      <source>Die Karte ist voll: Prämie in diesen Verkauf nehmen.</source>
      <translation>The card is full: add the reward to this sale.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="139" />
      <source>Die Prämien-Leistung gibt es nicht mehr.</source>
      <translation>The reward service no longer exists.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="147" />
      <source>Bitte zuerst eine Leistung oder ein Produkt in den Warenkorb legen.</source>
      <translation>Please put a service or product in the cart first.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="154" />
      <source>an der Kasse</source>
      <translation>at the till</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="157" />
      <source>Prämie „%1“ eingelöst.</source>
      <translation>Reward “%1” redeemed.</translation>
    </message>
  </context>
  <context>
    <name>CardPicture</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/card_picture.py" line="36" />
      <source>%1 von %2 Stempeln</source>
      <translation>%1 of %2 stamps</translation>
    </message>
  </context>
  <context>
    <name>CataloguePage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="53" />
      <source>Leistungen und Produkte, die an der Kasse verkauft werden. Preise sind Bruttopreise. Änderungen gelten für neue Verkäufe; alte Belege behalten ihren Preis.</source>
      <translation>Services and products sold at the till. Prices include VAT. Changes apply to new sales; old receipts keep their price.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="62" />
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="89" />
      <source>Bezeichnung</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="63" />
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="90" />
      <source>Art</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="64" />
      <source>Preis</source>
      <translation>Price</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="65" />
      <source>USt</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="66" />
      <source>Aktiv</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="79" />
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="124" />
      <source>Leistung</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="80" />
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="124" />
      <source>Produkt</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="86" />
      <source>An der Kasse anbieten</source>
      <translation>Offer at the till</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="91" />
      <source>Preis (brutto, €)</source>
      <translation>Price (gross, €)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="92" />
      <source>Steuersatz</source>
      <translation>VAT rate</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="97" />
      <source>Neu</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="99" />
      <source>Speichern</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="127" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="127" />
      <source>nein</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="164" />
      <source>Bitte einen Preis wie 49,00 angeben.</source>
      <translation>Please enter a price such as 49.00.</translation>
    </message>
  </context>
  <context>
    <name>ConnectHubDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="24" />
      <source>Mit Belbo Hub verbinden</source>
      <translation>Connect to a Belbo Hub</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="29" />
      <source>Der Hub ist der Server, über den alle PCs Ihres Betriebs ihre Daten abgleichen. Adresse und Anmeldecode bekommen Sie von der Person, die den Hub betreut (am Hub: belbo hub enrol-code). Der Code gilt einmal und 24 Stunden.</source>
      <translation>The hub is the server through which all PCs of your business share their data. You get the address and the enrolment code from whoever runs the hub (on the hub: belbo hub enrol-code). A code works once and for 24 hours.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="49" />
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="73" />
      <source>Verbinden</source>
      <translation>Connect</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="52" />
      <source>Abbrechen</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="73" />
      <source>Verbinde …</source>
      <translation>Connecting …</translation>
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="198" />
      <source>Einwilligung erfassen</source>
      <translation>Record consent</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="214" />
      <source>Einwilligung:</source>
      <translation>Consent:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="215" />
      <source>Erteilt:</source>
      <translation>Given:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="220" />
      <source>Einwilligung speichern</source>
      <translation>Save consent</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="226" />
      <source>Wortlaut (wird mit Fassung gespeichert):</source>
      <translation>Wording (saved with its version):</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="233" />
      <source>Fassung %1</source>
      <translation>Version %1</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="80" />
      <source>Belbo Desktop – Unerwarteter Fehler</source>
      <translation>Belbo Desktop – Unexpected error</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="88" />
      <location filename="../../src/belbo_desktop/ui/smoke.py" line="135" />
      <source>Da ist etwas schiefgelaufen.</source>
      <translation>Something went wrong.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="95" />
      <source>Belbo Desktop ist auf einen unerwarteten Fehler gestoßen. Alles, was vorher gespeichert wurde, ist sicher. Der letzte Schritt wurde möglicherweise nicht ausgeführt.</source>
      <translation>Belbo Desktop ran into an unexpected error. Everything saved before is safe. The last step may not have been carried out.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="102" />
      <source>&lt;b&gt;Was Sie jetzt tun können:&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Prüfen Sie, ob Ihre letzte Eingabe gespeichert wurde, und wiederholen Sie sie bei Bedarf.&lt;/li&gt;&lt;li&gt;Tritt der Fehler wieder auf, beenden Sie Belbo Desktop und starten Sie es neu.&lt;/li&gt;&lt;li&gt;Bleibt das Problem, wenden Sie sich an Ihren Belbo-Support: Klicken Sie auf „Details kopieren“ und fügen Sie den Text in Ihre E-Mail ein, oder hängen Sie die Protokolldatei an.&lt;/li&gt;&lt;/ol&gt;</source>
      <translation>&lt;b&gt;What you can do now:&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Check whether your last entry was saved and repeat it if needed.&lt;/li&gt;&lt;li&gt;If the error happens again, quit Belbo Desktop and start it again.&lt;/li&gt;&lt;li&gt;If the problem remains, contact your Belbo support: click “Copy details” and paste the text into your email, or attach the log file.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="112" />
      <source>Protokolldatei: %1</source>
      <translation>Log file: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="119" />
      <source>Fehlerdetails</source>
      <translation>Error details</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="122" />
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="172" />
      <source>Details anzeigen</source>
      <translation>Show details</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="128" />
      <source>Protokollordner öffnen</source>
      <translation>Open log folder</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="131" />
      <source>Details kopieren</source>
      <translation>Copy details</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="134" />
      <source>Belbo beenden</source>
      <translation>Quit Belbo</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="137" />
      <source>Weiterarbeiten</source>
      <translation>Continue working</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="167" />
      <source>Kopiert</source>
      <translation>Copied</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="172" />
      <source>Details ausblenden</source>
      <translation>Hide details</translation>
    </message>
  </context>
  <context>
    <name>CustomFieldsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="73" />
      <source>Kundenfelder ergänzen die Kundenakte um eigene Angaben, z. B. Haartyp, Farbrezeptur oder EMS-Stromstärke. Archivierte Felder verschwinden aus den Formularen; gespeicherte Werte bleiben erhalten.</source>
      <translation>Customer fields add your own details to the customer file, e.g. hair type, colour formula or EMS current. Archived fields disappear from the forms; stored values are kept.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="81" />
      <source>Kundenfelder</source>
      <translation>Customer fields</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="85" />
      <source>Neues Feld</source>
      <translation>New field</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="87" />
      <source>Nach oben</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="89" />
      <source>Nach unten</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="91" />
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="266" />
      <source>Archivieren</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="109" />
      <source>Eine Auswahlmöglichkeit pro Zeile</source>
      <translation>One choice per line</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="112" />
      <source>Auswahlmöglichkeiten:</source>
      <translation>Choices:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="115" />
      <source>Erscheint als Hinweis unter dem Feld</source>
      <translation>Shown as a hint below the field</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="116" />
      <source>Der Typ lässt sich nach dem Anlegen nicht mehr ändern.</source>
      <translation>The type cannot be changed after the field is created.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="125" />
      <source>Feld</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="131" />
      <source>Bezeichnung:</source>
      <translation>Label:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="132" />
      <source>Typ:</source>
      <translation>Type:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="135" />
      <source>Hilfetext:</source>
      <translation>Help text:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="187" />
      <source>Kundenfeld „%1“: %2</source>
      <translation>Customer field “%1”: %2</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="194" />
      <source>Es gibt bereits ein Kundenfeld „%1“.</source>
      <translation>There is already a customer field “%1”.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="266" />
      <source>Wiederherstellen</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="292" />
      <source>(ohne Bezeichnung)</source>
      <translation>(no label)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="294" />
      <source>(archiviert)</source>
      <translation>(archived)</translation>
    </message>
  </context>
  <context>
    <name>CustomerColumns</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="99" />
      <source>Nr.</source>
      <extracomment>the unformatted value (int, date, str, None) the customer's uuid False while the row's page is on its way</extracomment>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="100" />
      <source>Nachname</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="101" />
      <source>Vorname</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="102" />
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="103" />
      <source>E-Mail</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="104" />
      <source>Geburtstag</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="105" />
      <source>Ort</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="106" />
      <source>Angelegt</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="107" />
      <source>Geändert</source>
      <translation>Changed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="126" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="127" />
      <source>Nein</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>CustomerEditors</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/editors.py" line="112" />
      <source>TT.MM.JJJJ</source>
      <translation>DD.MM.YYYY</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/editors.py" line="173" />
      <source>Zahl, z. B. 12,5</source>
      <translation>Number, e.g. 12.5</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/editors.py" line="181" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/editors.py" line="182" />
      <source>Nein</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>CustomerFile</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="69" />
      <source>Stammdaten</source>
      <extracomment>Tabs every customer file has, in order; modules replace a placeholder by its key.</extracomment>
      <translation>Master data</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="70" />
      <source>Kundenfelder</source>
      <translation>Customer fields</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="71" />
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="100" />
      <source>Gutscheine</source>
      <translation>Vouchers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="72" />
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="99" />
      <source>Einkäufe</source>
      <translation>Purchases</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="73" />
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="97" />
      <source>Bonuskarten</source>
      <translation>Bonus cards</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="74" />
      <source>Verlauf</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="75" />
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="98" />
      <source>Datenschutz</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="81" />
      <source>Hier erscheinen die Gutscheine, die dieser Kunde gekauft oder eingelöst hat, mit Restwert und Status.</source>
      <translation>The vouchers this customer bought or redeemed will appear here, with remaining value and state.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="86" />
      <source>Hier erscheinen die Bonus- und Stempelkarten dieses Kunden: aktive Programme, gesammelte Stempel und eingelöste Prämien.</source>
      <translation>This customer's bonus and stamp cards will appear here: active programs, stamps collected and rewards redeemed.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="91" />
      <source>Hier erscheinen Datenauskünfte (DSGVO Art. 15/20), Einwilligungen und Löschanfragen dieses Kunden mit ihren Fristen.</source>
      <translation>This customer's data access requests (GDPR Art. 15/20), consents and erasure requests will appear here with their deadlines.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="98" />
      <source>Dieser Bereich wird von einem Modul bereitgestellt, das noch fehlt.</source>
      <translation>This section is provided by a module that is not installed yet.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="192" />
      <source>Zurück zur Kundenliste (Esc)</source>
      <translation>Back to the customer list (Esc)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="193" />
      <source>Zurück zur Kundenliste</source>
      <translation>Back to the customer list</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="202" />
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="643" />
      <source>Zusammenführen…</source>
      <translation>Merge…</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="203" />
      <source>Mit anderem Kunden zusammenführen…</source>
      <translation>Merge with another customer…</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="205" />
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="401" />
      <source>Archivieren</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="207" />
      <source>Änderungen verwerfen</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="209" />
      <source>Speichern</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="253" />
      <source>Verfügbar, sobald der Kunde gespeichert ist.</source>
      <translation>Available once the customer has been saved.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="288" />
      <source>Kundennummer:</source>
      <translation>Customer number:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="289" />
      <source>Vorname</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="290" />
      <source>Nachname</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="291" />
      <source>E-Mail</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="292" />
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="293" />
      <source>Geburtstag</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="294" />
      <source>Straße und Hausnummer</source>
      <translation>Street and number</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="295" />
      <source>PLZ</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="296" />
      <source>Ort</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="297" />
      <source>Land (ISO-Code)</source>
      <translation>Country (ISO code)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="298" />
      <source>Notizen</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="301" />
      <source>Einwilligung in Werbung (E-Mail, Post)</source>
      <translation>Consents to marketing (email, post)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="302" />
      <source>Einwilligung Werbung</source>
      <translation>Marketing consent</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="319" />
      <source>Es sind noch keine Kundenfelder angelegt. Inhaber und Manager legen sie unter Einstellungen &gt; Kundenfelder an.</source>
      <translation>No customer fields have been defined yet. Owners and managers add them under Settings &gt; Customer fields.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="369" />
      <source>Neuer Kunde</source>
      <translation>New customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="370" />
      <source>wird beim Speichern vergeben</source>
      <translation>assigned when saved</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="376" />
      <source>archiviert</source>
      <translation>archived</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="380" />
      <source>Angelegt am %1 von %2</source>
      <translation>Created on %1 by %2</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="382" />
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="387" />
      <source>Import/Demodaten</source>
      <translation>import/demo data</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="385" />
      <source>zuletzt geändert am %1 von %2</source>
      <translation>last changed on %1 by %2</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="389" />
      <source>Kundennummer %1</source>
      <translation>Customer number %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="397" />
      <source>Archivierte Kunden können nicht bearbeitet werden.</source>
      <translation>Archived customers cannot be edited.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="398" />
      <source>Änderungen speichern (Strg+S)</source>
      <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="401" />
      <source>Wiederherstellen</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="408" />
      <source>Den Kunden wieder aktiv schalten</source>
      <translation>Make the customer active again</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="410" />
      <source>Den Kunden aus der Liste nehmen; die Akte bleibt erhalten</source>
      <translation>Remove the customer from the list; the file is kept</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="428" />
      <source>Archivierte Kunden können nicht zusammengeführt werden.</source>
      <translation>Archived customers cannot be merged.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="432" />
      <source>Mit anderem Kunden zusammenführen: eine Dublette in diese Akte übernehmen</source>
      <translation>Merge with another customer: take a duplicate into this file</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="438" />
      <source>Eine zusammengeführte Akte kann nicht wiederhergestellt werden.</source>
      <translation>A merged file cannot be restored.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="441" />
      <source>Zusammengeführt mit Nr. %1 (%2)</source>
      <translation>Merged into no. %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="448" />
      <source>enthält die zusammengeführte(n) Akte(n) Nr. %1</source>
      <translation>contains merged file(s) no. %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="530" />
      <source>Bitte die markierten Angaben prüfen.</source>
      <translation>Please check the marked entries.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="543" />
      <source>Kunden archivieren</source>
      <translation>Archive customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="545" />
      <source>%1 archivieren? Der Kunde erscheint nicht mehr in der Liste; die Akte bleibt erhalten und kann wiederhergestellt werden.</source>
      <translation>Archive %1? The customer no longer appears in the list; the file is kept and can be restored.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="574" />
      <source>Ungespeicherte Änderungen</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="575" />
      <source>Die Kundenakte hat ungespeicherte Änderungen. Jetzt speichern?</source>
      <translation>The customer file has unsaved changes. Save now?</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="618" />
      <source>Mögliche Dublette: Es gibt weitere Kunden mit denselben Angaben.</source>
      <translation>Possible duplicate: other customers have the same details.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="620" />
      <source>Mögliche Dublette: Es gibt bereits Kunden mit denselben Angaben.</source>
      <translation>Possible duplicate: there are already customers with the same details.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="635" />
      <source>Diese Akte öffnen</source>
      <translation>Open this file</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="672" />
      <source>Diese Akte wurde mit Nr. %1 (%2) zusammengeführt. Belege, Gutscheine und Karten erscheinen dort.</source>
      <translation>This file was merged into no. %1 (%2). Receipts, vouchers and cards appear there.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="679" />
      <source>Akte Nr. %1 öffnen</source>
      <translation>Open file no. %1</translation>
    </message>
  </context>
  <context>
    <name>CustomerListModel</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="276" />
      <source>Nach Kundenfeldern kann nicht sortiert werden.</source>
      <extracomment>the number of customers matching the current query (after each search) a search or refresh finished and the first rows are in a service call failed; the view shows the text</extracomment>
      <translation>The list cannot be sorted by customer fields.</translation>
    </message>
  </context>
  <context>
    <name>CustomerListView</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="69" />
      <source>Suchen: Name, Kundennummer, E-Mail oder Telefon (Strg+F)</source>
      <extracomment>quiet time after a keystroke before searching, when a search is still running a merge started from the list finished; the surviving file's id</extracomment>
      <translation>Search: name, customer number, email or phone (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="72" />
      <source>Kunden suchen</source>
      <translation>Find customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="75" />
      <source>Anzahl Treffer</source>
      <translation>Number of matches</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="76" />
      <source>Archivierte zeigen</source>
      <translation>Show archived</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="80" />
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="81" />
      <source>Spalten auswählen</source>
      <translation>Choose columns</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="87" />
      <source>Neuer Kunde</source>
      <translation>New customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="88" />
      <source>Neuen Kunden anlegen (Strg+N)</source>
      <translation>Create a new customer (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="97" />
      <source>Kundenliste</source>
      <translation>Customer list</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="185" />
      <source>Kundenakte öffnen</source>
      <translation>Open customer file</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="191" />
      <source>Diese beiden zusammenführen…</source>
      <translation>Merge these two…</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="194" />
      <source>Bitte genau zwei Kunden markieren (Strg+Klick).</source>
      <translation>Please select exactly two customers (Ctrl+click).</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="196" />
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="211" />
      <source>Archivierte Kunden können nicht zusammengeführt werden.</source>
      <translation>Archived customers cannot be merged.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="203" />
      <source>Beide Akten vergleichen; die ältere bleibt erhalten (tauschbar).</source>
      <translation>Compare both files; the older one is kept (the sides can be swapped).</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="206" />
      <source>Mit anderem Kunden zusammenführen…</source>
      <translation>Merge with another customer…</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="209" />
      <source>Bitte zuerst einen Kunden markieren.</source>
      <translation>Please select a customer first.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="218" />
      <source>Eine Dublette suchen und in diese Akte übernehmen.</source>
      <translation>Find a duplicate and take it into this file.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="312" />
      <source>%n Treffer</source>
      <translation>
        <numerusform>%n match</numerusform>
        <numerusform>%n matches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="314" />
      <source>%n Kunden</source>
      <translation>
        <numerusform>%n customer</numerusform>
        <numerusform>%n customers</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="403" />
      <source>Kundenfelder</source>
      <translation>Customer fields</translation>
    </message>
  </context>
  <context>
    <name>CustomerPicker</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="61" />
      <source>Name, E-Mail, Telefon oder Kundennummer</source>
      <translation>Name, email, phone or customer number</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="62" />
      <source>Kunde suchen</source>
      <translation>Find customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="64" />
      <source>Gefundene Kunden</source>
      <translation>Customers found</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="96" />
      <source>Kunde zuordnen</source>
      <translation>Assign customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="122" />
      <source>Anderen Kunden wählen</source>
      <translation>Choose the other customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="124" />
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="99" />
      <source>Name, Kundennummer, E-Mail oder Telefon</source>
      <translation>Name, customer number, email or phone</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="125" />
      <source>Kunden suchen</source>
      <translation>Find customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="128" />
      <source>Treffer</source>
      <translation>Matches</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="129" />
      <source>Bitte den Kunden suchen, der dieselbe Person ist.</source>
      <translation>Please search for the customer who is the same person.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="135" />
      <source>Weiter zum Vergleich</source>
      <translation>Continue to comparison</translation>
    </message>
  </context>
  <context>
    <name>CustomerPrivacyTab</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="88" />
      <source>Datenauskunft (Art. 15 und 20 DSGVO)</source>
      <translation>Data access (GDPR Art. 15 and 20)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="91" />
      <source>Erstellt alle gespeicherten Daten dieses Kunden als PDF zum Lesen und als JSON/CSV zum Mitnehmen. Felder, die als Betriebsgeheimnis markiert sind, erscheinen nur mit ihrem Namen.</source>
      <translation>Creates all data stored about this customer as a PDF to read and as JSON/CSV to take along. Fields marked as trade secrets appear with their name only.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="97" />
      <source>Datenauskunft erstellen</source>
      <translation>Create data access report</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="103" />
      <source>Ordner öffnen</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="116" />
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="126" />
      <source>Einwilligungen</source>
      <translation>Consents</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="119" />
      <source>Einwilligung</source>
      <translation>Consent</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="120" />
      <source>Erteilt am</source>
      <translation>Given on</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="121" />
      <source>Erfasst von</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="122" />
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="123" />
      <source>Fassung</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="124" />
      <source>Widerrufen am</source>
      <translation>Withdrawn on</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="129" />
      <source>Einwilligung erfassen …</source>
      <translation>Record consent …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="130" />
      <source>Widerrufen …</source>
      <translation>Withdraw …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="145" />
      <source>Datenschutz-Ersuchen</source>
      <translation>Privacy requests</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="147" />
      <source>Anliegen</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="147" />
      <source>Eingang</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="147" />
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="147" />
      <source>Stand</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="148" />
      <source>Datenschutz-Ersuchen dieses Kunden</source>
      <translation>This customer's privacy requests</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="150" />
      <source>Ersuchen erfassen …</source>
      <translation>Record request …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="161" />
      <source>Löschen (Art. 17 DSGVO)</source>
      <translation>Erasure (GDPR Art. 17)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="164" />
      <source>Entfernt alle personenbezogenen Daten endgültig. Kassenbelege und Gutscheinbuchungen bleiben anonym erhalten (§ 147 AO).</source>
      <translation>Removes all personal data for good. Receipts and voucher entries are kept anonymously (§ 147 AO).</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="169" />
      <source>Kunden endgültig löschen …</source>
      <translation>Delete customer for good …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="236" />
      <source>Bitte eine Einwilligung auswählen.</source>
      <translation>Please select a consent.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="243" />
      <source>Datenauskunft wird erstellt …</source>
      <translation>Creating the data access report …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="253" />
      <source>Erstellt: %1</source>
      <translation>Created: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="262" />
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="289" />
      <source>Datenschutz</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="280" />
      <source>Einwilligung widerrufen</source>
      <translation>Withdraw consent</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="282" />
      <source>Die Einwilligung zu Gesundheitsangaben wird widerrufen. Sollen die gespeicherten Gesundheitsangaben dieses Kunden jetzt gelöscht werden?</source>
      <translation>The consent to health data is being withdrawn. Should this customer's stored health data be deleted now?</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="308" />
      <source>Dieser Kunde wurde gelöscht.</source>
      <translation>This customer has been deleted.</translation>
    </message>
  </context>
  <context>
    <name>CustomerSalesTab</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/customer_sales.py" line="36" />
      <source>Dieser Kunde hat noch nichts gekauft.</source>
      <translation>This customer has not bought anything yet.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/customer_sales.py" line="39" />
      <source>Beleg anzeigen</source>
      <translation>Show receipt</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/customer_sales.py" line="62" />
      <source>Letzter Einkauf: %s</source>
      <translation>Last purchase: %s</translation>
    </message>
  </context>
  <context>
    <name>CustomerVouchersTab</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="496" />
      <source>Dieser Kunde hat noch keine Gutscheine gekauft oder eingelöst.</source>
      <translation>This customer has not bought or redeemed any vouchers yet.</translation>
    </message>
  </context>
  <context>
    <name>CustomersPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/page.py" line="41" />
      <source>Kundenakte</source>
      <translation>Customer file</translation>
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="268" />
      <source>Kunden endgültig löschen</source>
      <translation>Delete customer for good</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="271" />
      <source>&lt;b&gt;%1 (Kundennummer %2) wird endgültig gelöscht. Das kann nicht rückgängig gemacht werden.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Name, Kontaktdaten, Geburtstag, Anschrift, Notizen und alle Kundenfelder werden entfernt, auch aus der Suche; frühere Datenauskunft-Dateien auf diesem PC werden gelöscht. Kassenbelege und Gutscheinbuchungen bleiben erhalten, weil das Steuerrecht es verlangt (§ 147 AO), verweisen aber auf niemanden mehr.</source>
      <translation>&lt;b&gt;%1 (customer number %2) will be deleted for good. This cannot be undone.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Name, contact details, birthday, address, notes and all customer fields are removed, from the search too; earlier data access files on this PC are deleted. Receipts and voucher entries are kept because tax law requires it (§ 147 AO), but no longer refer to anyone.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="295" />
      <source>Die mit dieser Akte zusammengeführten Akten (Nr. %1) werden mit ihr anonymisiert.</source>
      <translation>The files merged into this one (no. %1) are anonymised with it.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="301" />
      <source>z. B. Löschwunsch per E-Mail vom 20.11.2026</source>
      <translation>e.g. erasure request by email of 20.11.2026</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="304" />
      <source>Kundennummer zur Bestätigung</source>
      <translation>Customer number to confirm</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="307" />
      <source>Grund:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="308" />
      <source>Kundennummer zur Bestätigung:</source>
      <translation>Customer number to confirm:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="313" />
      <source>Endgültig löschen</source>
      <translation>Delete for good</translation>
    </message>
  </context>
  <context>
    <name>ExportPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="33" />
      <source>Sie können Ihre Kunden jederzeit exportieren, um die Liste in Drittprogramme zu importieren oder lokal bei sich zu sichern. Der Export wird per E-Mail an eine Adresse mit administrativen Rechten bestätigt und ist nur mit deren Passwort herunterladbar. Die Datei öffnet sich in Excel und LibreOffice.</source>
      <translation>You can export your customers at any time to import the list into other software or keep a copy yourself. The export is confirmed by email to an address with administrative rights and can only be downloaded with its password. The file opens in Excel and LibreOffice.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="40" />
      <source>Export-Assistent starten …</source>
      <translation>Start export wizard …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="41" />
      <source>Export-Assistent starten</source>
      <translation>Start export wizard</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="47" />
      <source>Anforderung zurückziehen</source>
      <translation>Withdraw request</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="49" />
      <source>Die Links der gewählten Anforderung werden ungültig, die Datei gelöscht.</source>
      <translation>The links of the selected request become invalid and the file is deleted.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="53" />
      <source>E-Mail erneut senden</source>
      <translation>Send email again</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="55" />
      <source>Schickt die Bestätigung bzw. den Download-Link neu; der alte Link verfällt.</source>
      <translation>Sends the confirmation or download link again; the old link expires.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="67" />
      <source>Export-Anforderungen</source>
      <translation>Export requests</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="75" />
      <source>Adresse der Bestätigungsseiten</source>
      <translation>Address of the confirmation pages</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="77" />
      <source>Bestätigungs- und Download-Seiten</source>
      <translation>Confirmation and download pages</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="79" />
      <source>Adresse:</source>
      <translation>Address:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="82" />
      <source>Leer lassen, wenn kein Hub eingerichtet ist: Dann zeigt dieser PC die Seiten selbst an, solange Exporte offen sind (nur auf diesem PC erreichbar).</source>
      <translation>Leave empty if no hub is set up: this PC then serves the pages itself while exports are open (reachable on this PC only).</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="114" />
      <source>Dieser PC ist mit dem Hub {hub} verbunden: Exporte werden beim Hub angefordert, der Hub verschickt die E-Mails und zeigt die Seiten an (auf jedem Gerät erreichbar). Die Adresse oben gilt dann nicht.</source>
      <translation>This PC is connected to the hub {hub}: exports are requested at the hub, which sends the emails and shows the pages (reachable from any device). The address above does not apply then.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="123" />
      <source>Die Seiten werden vom Hub angezeigt: {url}</source>
      <translation>The pages are served by the hub: {url}</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="134" />
      <source>Die Seiten laufen auf diesem PC unter {url}.</source>
      <translation>The pages run on this PC at {url}.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="145" />
      <source>Die Seiten können nicht angezeigt werden: {error}</source>
      <translation>The pages cannot be served: {error}</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="140" />
      <source>Keine offenen Exporte: Die Seiten werden bei Bedarf gestartet.</source>
      <translation>No open exports: the pages start when needed.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="181" />
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="198" />
      <source>Kunden exportieren</source>
      <translation>Export customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="187" />
      <source>E-Mail nicht gesendet</source>
      <translation>Email not sent</translation>
    </message>
  </context>
  <context>
    <name>ExportStatusList</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="166" />
      <source>Export-Anforderungen</source>
      <translation>Export requests</translation>
    </message>
  </context>
  <context>
    <name>ExportStatusModel</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="77" />
      <source>Angefordert</source>
      <translation>Requested</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="78" />
      <source>Von</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="79" />
      <source>Empfänger</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="80" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="81" />
      <source>Kunden</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="82" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="83" />
      <source>Link gültig bis</source>
      <translation>Link valid until</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="90" />
      <source>Wird berechnet – {pct} %</source>
      <translation>Being computed – {pct} %</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="92" />
      <source>Gesperrt (falsche Passwörter)</source>
      <translation>Locked (wrong passwords)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="94" />
      <source>Fehlgeschlagen</source>
      <translation>Failed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="96" />
      <source>Zurückgezogen</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="98" />
      <source>E-Mail wartet auf erneuten Versand</source>
      <translation>Email waiting to be sent again</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="100" />
      <source>über den Hub</source>
      <translation>via the hub</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="135" />
      <source>Beim Hub angefordert ({url}); Stand der letzten Synchronisation.</source>
      <translation>Requested at the hub ({url}); as of the last sync.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="137" />
      <source>An einem anderen PC angefordert.</source>
      <translation>Requested on another PC.</translation>
    </message>
  </context>
  <context>
    <name>ExportWizard</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="324" />
      <source>Kunden exportieren</source>
      <translation>Export customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="327" />
      <source>Export anfordern</source>
      <translation>Request export</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="328" />
      <source>Weiter &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="329" />
      <source>&lt; Zurück</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="330" />
      <source>Abbrechen</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="364" />
      <source>{n} Kunden passend zur Suche „{search}“</source>
      <translation>{n} customers matching “{search}”</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="366" />
      <source>alle {n} Kunden</source>
      <translation>all {n} customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="369" />
      <source> (mit archivierten)</source>
      <translation> (including archived)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="410" />
      <source>Export beim Hub angefordert. Der Hub hat die Bestätigungsmail an {to} gesendet; ihr Link öffnet die Seite auf {url} und funktioniert auf jedem Gerät. Den Stand sehen Sie unter Einstellungen &gt; Konto &gt; Kunden exportieren.</source>
      <translation>Export requested at the hub. The hub has sent the confirmation email to {to}; its link opens the page on {url} and works on any device. You can follow the request under Settings &gt; Account &gt; Export customers.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="419" />
      <source>Export angefordert. Die Bestätigungsmail an {to} liegt in Belbo unter „E-Mails“: Öffnen Sie den Link darin und bestätigen Sie mit dem Passwort.</source>
      <translation>Export requested. The confirmation email to {to} is in Belbo under “Emails”: open the link in it and confirm with the password.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="426" />
      <source>Export angefordert. Die Bestätigungsmail wurde an {to} gesendet.</source>
      <translation>Export requested. The confirmation email has been sent to {to}.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="431" />
      <source>Schließen</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>FieldsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="98" />
      <source>Schritt 2 von 3: Kundenfelder und Format</source>
      <translation>Step 2 of 3: customer fields and format</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="100" />
      <source>Bitte markieren Sie die Kundenfelder, die Sie exportieren möchten.</source>
      <translation>Please tick the customer fields you want to export.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="103" />
      <source>Kundenfelder</source>
      <translation>Customer fields</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="105" />
      <source>Alle auswählen</source>
      <translation>Select all</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="106" />
      <source>Keine auswählen</source>
      <translation>Select none</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="115" />
      <source>Dateiformat</source>
      <translation>File format</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="120" />
      <source>Alle Kunden</source>
      <translation>All customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="121" />
      <source>Nur Kunden zur Suche:</source>
      <translation>Only customers matching:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="127" />
      <source>z. B. Müller oder 0176</source>
      <translation>e.g. Müller or 0176</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="128" />
      <source>Suche</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="129" />
      <source>Archivierte Kunden einbeziehen</source>
      <translation>Include archived customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="140" />
      <source>Welche Kunden?</source>
      <translation>Which customers?</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="151" />
      <source>Format:</source>
      <translation>Format:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="168" />
      <source>{label} (archiviert)</source>
      <translation>{label} (archived)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="226" />
      <source>{n} Kunden werden exportiert.</source>
      <translation>{n} customers will be exported.</translation>
    </message>
  </context>
  <context>
    <name>FirstSyncDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="69" />
      <source>Erster Abgleich mit dem Hub</source>
      <translation>First sync with the hub</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="73" />
      <source>Dieser PC übernimmt jetzt die Daten Ihres Betriebs vom Hub: Mitarbeiter, Kunden, Gutscheine und Einstellungen. Bei vielen Kunden dauert das einige Minuten. Sie können abbrechen und später fortsetzen; was schon übernommen ist, bleibt erhalten.</source>
      <translation>This PC is now taking over your business's data from the hub: staff, customers, vouchers and settings. With many customers this takes a few minutes. You can cancel and continue later; what has been taken over is kept.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="80" />
      <source>Verbinde mit dem Hub …</source>
      <translation>Connecting to the hub …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="85" />
      <source>Fortschritt des Abgleichs</source>
      <translation>Sync progress</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="87" />
      <source>Übernommene Datensätze</source>
      <translation>Records taken over</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="90" />
      <source>Abbrechen</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="93" />
      <source>Hält nach dem aktuellen Abschnitt an; später mit „Fortsetzen“ weiter.</source>
      <translation>Stops after the current section; carry on later with “Resume”.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="133" />
      <source>Daten werden vom Hub übernommen …</source>
      <translation>Taking over data from the hub …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="138" />
      <source>%1 von %2 Datensätzen</source>
      <translation>%1 of %2 records</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="144" />
      <source>%1 Datensätze</source>
      <translation>%1 records</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="147" />
      <source>Daten dieses PCs werden an den Hub gesendet …</source>
      <translation>Sending this PC's data to the hub …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="149" />
      <source>%1 Datensätze gesendet</source>
      <translation>%1 records sent</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="155" />
      <source>Neueste Änderungen werden geholt: %1</source>
      <translation>Fetching the latest changes: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="167" />
      <source>Wird abgebrochen …</source>
      <translation>Cancelling …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="168" />
      <source>Hält nach dem aktuellen Abschnitt an …</source>
      <translation>Stopping after the current section …</translation>
    </message>
  </context>
  <context>
    <name>GeneralPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/general_page.py" line="29" />
      <location filename="../../src/belbo_desktop/ui/settings/general_page.py" line="62" />
      <source>Sprache</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/general_page.py" line="34" />
      <source>Die Sprache gilt für diesen PC. Belbo Desktop startet dafür neu; ungespeicherte Änderungen werden vorher abgefragt.</source>
      <translation>The language applies to this PC. Belbo Desktop restarts for it; you are asked about unsaved changes first.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/general_page.py" line="63" />
      <source>Belbo Desktop jetzt neu starten, damit die neue Sprache gilt?</source>
      <translation>Restart Belbo Desktop now so that the new language applies?</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/general_page.py" line="41" />
      <source>Sprache der Oberfläche:</source>
      <translation>User interface language:</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="32" />
      <source>Zeitpunkt</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="32" />
      <source>Mitarbeiter</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="32" />
      <source>Vorgang</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="32" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="63" />
      <source>System</source>
      <translation>System</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="70" />
      <source>Der Verlauf beginnt, sobald der Kunde gespeichert ist.</source>
      <translation>The history starts once the customer has been saved.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="72" />
      <source>Noch keine Einträge.</source>
      <translation>No entries yet.</translation>
    </message>
  </context>
  <context>
    <name>HubConnectForm</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="84" />
      <source>Hub-Adresse</source>
      <translation>Hub address</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="87" />
      <source>Anmeldecode</source>
      <translation>Enrolment code</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="88" />
      <source>Am Hub erzeugen: belbo hub enrol-code --location …</source>
      <translation>Create on the hub: belbo hub enrol-code --location …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="91" />
      <source>Gerätename</source>
      <translation>Device name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="93" />
      <source>So erscheint dieser PC in der Geräteliste des Hubs, z. B. „Kasse 1“.</source>
      <translation>How this PC appears in the hub's device list, e.g. “Till 1”.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="102" />
      <source>Hub-Adresse:</source>
      <translation>Hub address:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="103" />
      <source>Anmeldecode:</source>
      <translation>Enrolment code:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="105" />
      <source>Gerätename:</source>
      <translation>Device name:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="122" />
      <source>Bitte die Adresse des Hubs angeben.</source>
      <translation>Please enter the hub's address.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="124" />
      <source>Bitte den Anmeldecode angeben.</source>
      <translation>Please enter the enrolment code.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="126" />
      <source>Bitte einen Namen für diesen PC angeben.</source>
      <translation>Please enter a name for this PC.</translation>
    </message>
  </context>
  <context>
    <name>JournalDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="43" />
      <source>Belege</source>
      <translation>Receipts</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="58" />
      <source>Beleg anzeigen</source>
      <translation>Show receipt</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="61" />
      <source>Stornieren …</source>
      <translation>Cancel …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="46" />
      <source>Belegnummer oder Kunde (Name, Nummer, Telefon)</source>
      <translation>Receipt number or customer (name, number, phone)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="88" />
      <source>Kein Beleg passt zu „%s“.</source>
      <translation>No receipt matches “%s”.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="90" />
      <source>Noch keine Belege.</source>
      <translation>No receipts yet.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="129" />
      <source>Beleg %d storniert mit Storno-Beleg %d.</source>
      <translation>Receipt %d cancelled with cancellation receipt %d.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="136" />
      <source>Stornieren</source>
      <translation>Cancel sale</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="136" />
      <source>Grund für das Storno:</source>
      <translation>Reason for the cancellation:</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="76" />
      <source>Belbo Desktop – Anmelden</source>
      <translation>Belbo Desktop – Log in</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="79" />
      <source>Willkommen bei Belbo</source>
      <translation>Welcome to Belbo</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="84" />
      <location filename="../../src/belbo_desktop/ui/login.py" line="184" />
      <source>Bitte melden Sie sich an.</source>
      <translation>Please log in.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="90" />
      <source>Mitarbeiter</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="93" />
      <source>Name oder Benutzername</source>
      <translation>Name or user name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="98" />
      <source>Passwort</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="108" />
      <source>Mitarbeiter:</source>
      <translation>Staff member:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="109" />
      <source>Passwort:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="116" />
      <source>Anmelden</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="118" />
      <source>Beenden</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="166" />
      <source>Der erste Abgleich mit dem Hub %1 ist noch nicht abgeschlossen. „Fortsetzen“ holt die fehlenden Daten; was schon übernommen ist, wird nicht erneut geladen.</source>
      <translation>The first sync with the hub %1 has not finished yet. “Resume” fetches the missing data; what has already been taken over is not loaded again.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="171" />
      <source>Zuletzt: %1</source>
      <translation>Last time: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="177" />
      <source>Dieser PC ist mit dem Hub %1 abgeglichen, aber für seine Standorte gibt es dort noch keine Mitarbeiter. Sobald an einem anderen PC dieses Standorts jemand angelegt und abgeglichen ist, hier erneut abgleichen.</source>
      <translation>This PC is in sync with the hub %1, but there are no staff members for its locations there yet. Once someone has been added on another PC of this location and synced, sync again here.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="182" />
      <source>Erneut abgleichen</source>
      <translation>Sync again</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="188" />
      <source>Dieser PC ist mit einem Belbo Hub verbunden, hat aber noch nicht alle Daten.</source>
      <translation>This PC is connected to a Belbo Hub but does not have all data yet.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="193" />
      <source>Dieser PC ist noch nicht eingerichtet. Wie möchten Sie beginnen?</source>
      <translation>This PC is not set up yet. How would you like to start?</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="208" />
      <source>Mit Belbo Hub verbinden</source>
      <translation>Connect to a Belbo Hub</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="210" />
      <source>Ihr Betrieb arbeitet schon mit Belbo: Mitarbeiter, Kunden und Einstellungen vom Hub übernehmen. Sie brauchen die Adresse des Hubs und einen Anmeldecode.</source>
      <translation>Your business already works with Belbo: take over staff, customers and settings from the hub. You need the hub's address and an enrolment code.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="217" />
      <source>Neuen Betrieb einrichten</source>
      <translation>Set up a new business</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="219" />
      <source>Belbo zum ersten Mal nutzen, z. B. auf einem einzelnen PC: Betrieb und Ihren Zugang als Inhaberin / Inhaber anlegen.</source>
      <translation>Use Belbo for the first time, e.g. on a single PC: create your business and your own owner account.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="226" />
      <source>Nur zum Ausprobieren: „belbo-desktop --demo“ startet mit einem Beispielsalon in einem leeren Datenordner.</source>
      <translation>Just trying it out? “belbo-desktop --demo” starts with a sample salon in an empty data folder.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="173" />
      <location filename="../../src/belbo_desktop/ui/login.py" line="249" />
      <source>Fortsetzen</source>
      <translation>Resume</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="251" />
      <source>Den ersten Abgleich mit dem Hub fortsetzen</source>
      <translation>Continue the first sync with the hub</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="290" />
      <source>Der erste Abgleich ist abgeschlossen. Bitte melden Sie sich an.</source>
      <translation>The first sync is complete. Please log in.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="309" />
      <source>Demo-Zugänge (nur mit Demodaten)</source>
      <translation>Demo logins (demo data only)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="319" />
      <source>Felder mit diesem Demo-Zugang ausfüllen</source>
      <translation>Fill in this demo login</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="326" />
      <source>PIN %1</source>
      <translation>PIN %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="330" />
      <source>Passwort für alle Demo-Zugänge: %1</source>
      <translation>Password for all demo logins: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="359" />
      <source>Bitte Mitarbeiter und Passwort angeben.</source>
      <translation>Please enter staff member and password.</translation>
    </message>
  </context>
  <context>
    <name>MailPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="31" />
      <source>Belbo verschickt E-Mails (z. B. die Bestätigung eines Kundenexports) über Ihren Mailserver. Ohne Mailserver landen sie im Postausgang unter „E-Mails“.</source>
      <translation>Belbo sends emails (e.g. the confirmation of a customer export) through your mail server. Without a mail server they go to the outbox under “Emails”.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="37" />
      <source>z. B. smtp.ihr-anbieter.de – leer: kein Mailserver</source>
      <translation>e.g. smtp.your-provider.com – empty: no mail server</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="42" />
      <source>STARTTLS (meist Port 587)</source>
      <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="43" />
      <source>SSL/TLS (meist Port 465)</source>
      <translation>SSL/TLS (usually port 465)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="49" />
      <source>z. B. salon@ihre-domain.de</source>
      <translation>e.g. salon@your-domain.com</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="51" />
      <source>nur bei eigenem Zertifikat des Servers</source>
      <translation>only if the server has its own certificate</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="53" />
      <source>SMTP-Server</source>
      <translation>SMTP server</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="54" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="55" />
      <source>Verschlüsselung</source>
      <translation>Encryption</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="56" />
      <source>Benutzername</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="57" />
      <source>Passwort</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="58" />
      <source>Absender-Adresse</source>
      <translation>Sender address</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="59" />
      <source>Zertifikatsdatei</source>
      <translation>Certificate file</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="63" />
      <source>SMTP-Server:</source>
      <translation>SMTP server:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="64" />
      <source>Port:</source>
      <translation>Port:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="65" />
      <source>Verschlüsselung:</source>
      <translation>Encryption:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="66" />
      <source>Benutzername:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="67" />
      <source>Passwort:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="68" />
      <source>Absender-Adresse:</source>
      <translation>Sender address:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="69" />
      <source>Zertifikatsdatei:</source>
      <translation>Certificate file:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="72" />
      <source>Verbindung testen</source>
      <translation>Test connection</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="120" />
      <source>gespeichert – zum Ändern neu eingeben</source>
      <translation>saved – type again to change</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="126" />
      <source>Das Passwort wird im Schlüsselbund des Betriebssystems gespeichert, nicht in der Belbo-Datenbank.</source>
      <translation>The password is stored in the operating system's keyring, not in the Belbo database.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="133" />
      <source>Auf diesem PC gibt es keinen Schlüsselbund des Betriebssystems. Das Passwort wird deshalb in der Datei {path} gespeichert, die nur Ihr Benutzerkonto lesen darf – nicht in der Belbo-Datenbank.</source>
      <translation>This PC has no operating system keyring. The password is therefore stored in the file {path}, which only your user account may read – not in the Belbo database.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="173" />
      <source>Verbindung wird geprüft …</source>
      <translation>Checking the connection …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="181" />
      <source>Verbindung und Anmeldung erfolgreich.</source>
      <translation>Connection and login successful.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="66" />
      <source>Belbo Desktop</source>
      <translation>Belbo Desktop</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="73" />
      <source>Bereiche</source>
      <translation>Sections</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="89" />
      <source>Synchronisierung: nur dieser PC</source>
      <translation>Sync: this PC only</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="91" />
      <source>Es ist kein Hub eingerichtet; alle Daten liegen auf diesem PC.</source>
      <translation>No hub is set up; all data is on this PC.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="96" />
      <source>Benutzer wechseln (PIN)</source>
      <translation>Switch user (PIN)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="97" />
      <source>Benutzer wechseln</source>
      <translation>Switch user</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="130" />
      <source>&amp;Datei</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="131" />
      <source>Benutzer &amp;wechseln (PIN) …</source>
      <translation>&amp;Switch user (PIN) …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="135" />
      <source>&amp;Einstellungen …</source>
      <translation>&amp;Settings …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="143" />
      <source>&amp;Beenden</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="146" />
      <source>&amp;Kunden</source>
      <translation>&amp;Customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="148" />
      <source>Kunden &amp;suchen</source>
      <translation>&amp;Find customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="153" />
      <source>&amp;Neuer Kunde</source>
      <translation>&amp;New customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="157" />
      <source>&amp;Hilfe</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="158" />
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="183" />
      <source>Tastenkürzel</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="160" />
      <source>Über Belbo Desktop</source>
      <translation>About Belbo Desktop</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="169" />
      <source>Neuen Kunden anlegen</source>
      <translation>Create a new customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="173" />
      <source>Kunden suchen</source>
      <translation>Find customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="174" />
      <source>Neuer Kunde</source>
      <translation>New customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="175" />
      <source>Ausgewählten Kunden öffnen</source>
      <translation>Open the selected customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="176" />
      <source>Suche leeren / zurück zur Liste</source>
      <translation>Clear the search / back to the list</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="177" />
      <source>Kundenakte speichern</source>
      <translation>Save the customer file</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="195" />
      <source>Einstellungen</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="345" />
      <source>Angemeldet: %1 (%2)</source>
      <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="353" />
      <source>Standort: %1</source>
      <translation>Location: %1</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="52" />
      <source>Vorname</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="53" />
      <source>Nachname</source>
      <translation>Last name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="54" />
      <source>E-Mail</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="55" />
      <source>Telefon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="56" />
      <source>Geburtstag</source>
      <translation>Birthday</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="57" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="58" />
      <source>Notizen</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="59" />
      <source>Einwilligung Werbung</source>
      <translation>Marketing consent</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="65" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="67" />
      <source>nein</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="74" />
      <source>(Gesundheitsangabe, verborgen)</source>
      <translation>(health data, hidden)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="107" />
      <source>Nr. %1</source>
      <translation>No. %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="222" />
      <source>Kundenakten zusammenführen</source>
      <translation>Merge customer files</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="227" />
      <source>Seiten tauschen</source>
      <translation>Swap sides</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="228" />
      <source>Die andere Akte behalten</source>
      <translation>Keep the other file</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="248" />
      <source>Zusammenführen</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="293" />
      <source>Die Akte &lt;b&gt;%1&lt;/b&gt; bleibt erhalten. Die Akte &lt;b&gt;%2&lt;/b&gt; wird archiviert, verschwindet aus Liste und Suche und verweist danach auf die erhaltene Akte. Bitte je Feld wählen, welcher Wert gilt.</source>
      <translation>The file &lt;b&gt;%1&lt;/b&gt; is kept. The file &lt;b&gt;%2&lt;/b&gt; is archived, disappears from the list and search and then points to the kept file. Please choose for each field which value applies.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="308" />
      <source>Bleibt erhalten</source>
      <translation>Kept</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="309" />
      <source>Wird zusammengeführt</source>
      <translation>Merged into it</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="327" />
      <source>In beiden Akten gleich</source>
      <translation>The same in both files</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="330" />
      <source>Ohne das Recht „Gesundheitsdaten ansehen“ bleibt der Wert der erhaltenen Akte.</source>
      <translation>Without the right “View health data” the kept file's value stays.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="350" />
      <source>Beide Notizen übernehmen (erst diese, dann die andere)</source>
      <translation>Keep both notes (this one first, then the other)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="360" />
      <source>Ich habe geprüft: Nr. %1 und Nr. %2 sind dieselbe Person.</source>
      <translation>I have checked: no. %1 and no. %2 are the same person.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="381" />
      <source>1 Kassenbeleg</source>
      <translation>1 receipt</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="381" />
      <source>%1 Kassenbelege</source>
      <translation>%1 receipts</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="384" />
      <source>1 gekaufter Gutschein</source>
      <translation>1 voucher bought</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="385" />
      <source>%1 gekaufte Gutscheine</source>
      <translation>%1 vouchers bought</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="389" />
      <source>1 eingelöster Gutschein</source>
      <translation>1 voucher redeemed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="390" />
      <source>%1 eingelöste Gutscheine</source>
      <translation>%1 vouchers redeemed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="392" />
      <source>1 Bonuskarte</source>
      <translation>1 bonus card</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="392" />
      <source>%1 Bonuskarten</source>
      <translation>%1 bonus cards</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="393" />
      <source>1 Stempel</source>
      <translation>1 stamp</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="393" />
      <source>%1 Stempel</source>
      <translation>%1 stamps</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="394" />
      <source>1 Einwilligung</source>
      <translation>1 consent</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="394" />
      <source>%1 Einwilligungen</source>
      <translation>%1 consents</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="397" />
      <source>1 Datenschutz-Ersuchen</source>
      <translation>1 data request</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="398" />
      <source>%1 Datenschutz-Ersuchen</source>
      <translation>%1 data requests</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="402" />
      <source>1 früher zusammengeführte Akte</source>
      <translation>1 file merged earlier</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="403" />
      <source>%1 früher zusammengeführte Akten</source>
      <translation>%1 files merged earlier</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="410" />
      <source>Von Nr. %1 kommen mit:</source>
      <translation>Coming along from no. %1:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="411" />
      <source>keine Belege, Gutscheine oder Karten</source>
      <translation>no receipts, vouchers or cards</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="415" />
      <source>Beide Akten sammeln in: %1. Die Karten der zusammengeführten Akte werden hinter die eigenen gestellt; ihre Stempel bleiben auf ihnen.</source>
      <translation>Both files collect in: %1. The merged file's cards are placed after the kept file's own; their stamps stay on them.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="419" />
      <source>Kassenbelege und Gutscheinbuchungen werden nicht verändert; sie erscheinen in der erhaltenen Akte.</source>
      <translation>Receipts and voucher entries are not changed; they appear in the kept file.</translation>
    </message>
  </context>
  <context>
    <name>NewSalonDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="53" />
      <source>Neuen Betrieb einrichten</source>
      <translation>Set up a new business</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="58" />
      <source>Legen Sie Ihren Betrieb und Ihren eigenen Zugang als Inhaberin / Inhaber an. Weitere Mitarbeiter, Standorte und die Verbindung zu einem Hub können Sie danach in den Einstellungen ergänzen. Mit * markierte Felder sind Pflicht.</source>
      <translation>Create your business and your own owner account. You can add more staff, locations and a connection to a hub afterwards in the settings. Fields marked * are required.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="70" />
      <source>z. B. Salon Sonnenschein</source>
      <translation>e.g. Salon Sunshine</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="72" />
      <source>für Belege und Rechnungen</source>
      <translation>for receipts and invoices</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="73" />
      <source>zum Anmelden, z. B. sabine</source>
      <translation>for logging in, e.g. sabine</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="78" />
      <source>4–6 Ziffern, für den Wechsel an der Kasse</source>
      <translation>4–6 digits, for switching users at the till</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="79" />
      <source>für Kundenexporte und Datenauskünfte</source>
      <translation>for customer exports and data access reports</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="84" />
      <source>Betrieb</source>
      <translation>Business</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="86" />
      <source>Name des Betriebs: *</source>
      <translation>Business name: *</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="87" />
      <source>Straße und Hausnummer:</source>
      <translation>Street and number:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="92" />
      <source>PLZ</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="93" />
      <source>Ort</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="94" />
      <source>PLZ und Ort:</source>
      <translation>Postcode and city:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="95" />
      <source>Steuernummer:</source>
      <translation>Tax number:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="97" />
      <source>Ihr Zugang (Inhaberin / Inhaber)</source>
      <translation>Your account (owner)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="99" />
      <source>Ihr Name: *</source>
      <translation>Your name: *</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="100" />
      <source>Benutzername: *</source>
      <translation>User name: *</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="101" />
      <source>Passwort: *</source>
      <translation>Password: *</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="102" />
      <source>Passwort wiederholen: *</source>
      <translation>Repeat password: *</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="103" />
      <source>PIN:</source>
      <translation>PIN:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="104" />
      <source>E-Mail:</source>
      <translation>Email:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="109" />
      <source>Einrichten und anmelden</source>
      <translation>Set up and log in</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="112" />
      <source>Abbrechen</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="157" />
      <source>Die beiden Passwörter stimmen nicht überein.</source>
      <translation>The two passwords do not match.</translation>
    </message>
  </context>
  <context>
    <name>NumericKeypad</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/keypad.py" line="30" />
      <source>Betrag</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/keypad.py" line="46" />
      <location filename="../../src/belbo_desktop/ui/till/keypad.py" line="47" />
      <source>Letzte Ziffer löschen</source>
      <translation>Delete last digit</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/keypad.py" line="49" />
      <location filename="../../src/belbo_desktop/ui/till/keypad.py" line="50" />
      <source>Betrag löschen</source>
      <translation>Clear amount</translation>
    </message>
  </context>
  <context>
    <name>OutboxView</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="45" />
      <source>E-Mails</source>
      <translation>Emails</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="52" />
      <source>Aktualisieren</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="60" />
      <source>E-Mails im Postausgang</source>
      <translation>Emails in the outbox</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="69" />
      <source>Inhalt der E-Mail</source>
      <translation>Email content</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="70" />
      <source>Keine E-Mails im Postausgang.</source>
      <translation>No emails in the outbox.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="98" />
      <source>Es ist kein Mailserver eingerichtet (Einstellungen &gt; E-Mail). Belbo legt E-Mails deshalb hier ab. Links öffnen sich mit einem Klick im Browser.</source>
      <translation>No mail server is set up (Settings &gt; Email). Belbo therefore keeps emails here. Links open in the browser with one click.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="105" />
      <source>E-Mails werden über den Mailserver verschickt. Hier stehen nur E-Mails aus der Zeit ohne Mailserver.</source>
      <translation>Emails are sent through the mail server. Only emails from the time without a mail server are listed here.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="139" />
      <source>An</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="141" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
  </context>
  <context>
    <name>OwnPasswordPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="33" />
      <source>Angemeldet als %1 (%2). Ein neues Passwort gilt ab der nächsten Anmeldung; es muss mindestens 8 Zeichen lang sein.</source>
      <translation>Logged in as %1 (%2). A new password applies from the next login; it must be at least 8 characters long.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="47" />
      <source>Bisheriges Passwort:</source>
      <translation>Current password:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="48" />
      <source>Neues Passwort:</source>
      <translation>New password:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="49" />
      <source>Neues Passwort wiederholen:</source>
      <translation>Repeat new password:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="61" />
      <source>Passwort ändern</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="98" />
      <source>Ihr Passwort wurde geändert.</source>
      <translation>Your password has been changed.</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="420" />
      <source>PIN festlegen</source>
      <translation>Set PIN</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="423" />
      <source>Mit der PIN wechselt %1 an der Kasse schnell die Anmeldung.</source>
      <translation>With the PIN, %1 switches in quickly at the till.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="431" />
      <source>4–6 Ziffern</source>
      <translation>4–6 digits</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="433" />
      <source>Neue PIN:</source>
      <translation>New PIN:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="435" />
      <source>PIN entfernen</source>
      <translation>Remove PIN</translation>
    </message>
  </context>
  <context>
    <name>PinSwitchDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="402" />
      <source>Benutzer wechseln</source>
      <translation>Switch user</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="404" />
      <source>Mitarbeiter</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="415" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="420" />
      <source>Mitarbeiter:</source>
      <translation>Staff member:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="421" />
      <source>PIN:</source>
      <translation>PIN:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="430" />
      <location filename="../../src/belbo_desktop/ui/login.py" line="431" />
      <source>Letzte Ziffer löschen</source>
      <translation>Delete last digit</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="434" />
      <source>Wechseln</source>
      <translation>Switch</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="456" />
      <source>Bitte einen Mitarbeiter wählen.</source>
      <translation>Please choose a staff member.</translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="101" />
      <source>Abgeschlossen am %1</source>
      <translation>Closed on %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="102" />
      <source>Als identifizierend eingestuft</source>
      <translation>Classified as identifying</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="103" />
      <source>Als identifizierend eingestuft: kann kein Betriebsgeheimnis sein.</source>
      <translation>Classified as identifying: cannot be a trade secret.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="104" />
      <source>Angabe zum Datensatz</source>
      <translation>Record detail</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="105" />
      <source>Anliegen</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="106" />
      <source>Art</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="107" />
      <source>Betriebsgeheimnis</source>
      <translation>Trade secrets</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="108" />
      <source>Das Feld ist als Betriebsgeheimnis markiert.</source>
      <translation>The field is marked as a trade secret.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="109" />
      <source>Datenschutz-Ersuchen</source>
      <translation>Privacy requests</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="110" />
      <source>Die Antwortfrist beträgt einen Monat ab Eingang (Art. 12 Abs. 3 DSGVO).</source>
      <translation>The deadline for the answer is one month from receipt (GDPR Art. 12(3)).</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="111" />
      <source>Eingang</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="112" />
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="113" />
      <source>Gesundheitsangabe (Art. 9)</source>
      <translation>Health data (Art. 9)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="114" />
      <source>Gesundheitsangaben können kein Betriebsgeheimnis sein.</source>
      <translation>Health data cannot be a trade secret.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="115" />
      <source>Gesundheitsdaten</source>
      <translation>Health data</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="116" />
      <source>Heute fällig</source>
      <translation>Due today</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="117" />
      <source>Hinweis</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="118" />
      <source>Identifizierend</source>
      <translation>Identifying</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="119" />
      <source>Identifiziert die Person</source>
      <translation>Identifies the person</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="120" />
      <source>Identität</source>
      <translation>Identity</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="121" />
      <source>Inhalt wird bei Auskünften zurückgehalten</source>
      <translation>Content is withheld in data access reports</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="122" />
      <source>Kunde</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="123" />
      <source>Kundenfeld</source>
      <translation>Customer field</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="124" />
      <source>Morgen fällig</source>
      <translation>Due tomorrow</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="125" />
      <source>Noch %1 Tage</source>
      <translation>%1 days left</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="126" />
      <source>Seit %1 Tagen überfällig</source>
      <translation>Overdue for %1 days</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="127" />
      <source>Später</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="128" />
      <source>Stand</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="129" />
      <source>Standardfelder sind fest eingestuft.</source>
      <translation>Built-in fields have a fixed classification.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="130" />
      <source>Weg</source>
      <translation>Channel</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="131" />
      <source>Zum Register</source>
      <translation>Open the register</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="132" />
      <source>geprüft von %1</source>
      <translation>checked by %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="133" />
      <source>nicht geprüft</source>
      <translation>not checked</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="134" />
      <source>verlängert: %1</source>
      <translation>extended: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="135" />
      <source>Überfällig</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="136" />
      <source>… und %1 weitere.</source>
      <translation>… and %1 more.</translation>
    </message>
  </context>
  <context>
    <name>ProgramEditor</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="147" />
      <source>Bonusprogramme</source>
      <translation>Bonus programs</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="149" />
      <source>Archivierte anzeigen</source>
      <translation>Show archived</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="151" />
      <source>Neues Programm</source>
      <translation>New program</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="165" />
      <source>z. B. Jeder 10. Haarschnitt gratis</source>
      <translation>e.g. every 10th haircut free</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="170" />
      <source>Gilt für neue Karten; bereits begonnene Karten behalten ihre Anzahl.</source>
      <translation>Applies to new cards; cards already started keep their number.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="173" />
      <source>Leistung gratis</source>
      <translation>Free service</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="174" />
      <source>Betrag als Rabatt</source>
      <translation>Amount as discount</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="175" />
      <source>Freitext</source>
      <translation>Free text</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="181" />
      <source>z. B. 10,00</source>
      <translation>e.g. 10.00</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="184" />
      <source>z. B. Pflegeset nach Wahl</source>
      <translation>e.g. care set of your choice</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="191" />
      <source>Nur von Hand</source>
      <translation>By hand only</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="193" />
      <source>Ein Stempel pro Verkauf mit diesen Leistungen/Produkten</source>
      <translation>One stamp per sale with these services/products</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="195" />
      <source>Ein Stempel pro vollem Betrag im Verkauf</source>
      <translation>One stamp per full amount in the sale</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="197" />
      <source>Leistungen und Produkte, die stempeln</source>
      <translation>Services and products that earn stamps</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="206" />
      <source>z. B. 30,00</source>
      <translation>e.g. 30.00</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="208" />
      <source>Stempel werden nur in der Kundenakte von Hand vergeben.</source>
      <translation>Stamps are only given by hand in the customer file.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="218" />
      <source>unbegrenzt</source>
      <translation>unlimited</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="219" />
      <source> Monate</source>
      <translation> months</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="220" />
      <source>Volle Karte sammelt weiter, bis die Prämie eingelöst ist</source>
      <translation>A full card keeps collecting until the reward is redeemed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="221" />
      <source>Aktiv (kann Kunden zugeordnet werden und stempelt)</source>
      <translation>Active (can be assigned to customers and earns stamps)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="224" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="225" />
      <source>Stempel für die Prämie:</source>
      <translation>Stamps for the reward:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="226" />
      <source>Prämie:</source>
      <translation>Reward:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="228" />
      <source>Stempel gibt es:</source>
      <translation>Stamps are given:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="230" />
      <source>Karte gültig:</source>
      <translation>Card valid:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="241" />
      <source>Speichern</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="243" />
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="400" />
      <source>Archivieren</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="245" />
      <source>Löschen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="269" />
      <source>Funktion ausschalten</source>
      <translation>Turn feature off</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="272" />
      <source>Blendet Bonuskarten überall aus. Programme, Karten und Stempel bleiben erhalten.</source>
      <translation>Hides bonus cards everywhere. Programs, cards and stamps are kept.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="277" />
      <source>Ausschalten blendet Bonuskarten aus; alle Daten bleiben erhalten.</source>
      <translation>Turning off hides bonus cards; all data is kept.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="312" />
      <source> (archiviert)</source>
      <translation> (archived)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="314" />
      <source> (inaktiv)</source>
      <translation> (inactive)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="353" />
      <source>Neues Bonusprogramm</source>
      <translation>New bonus program</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="387" />
      <source>Ein Kunde sammelt in diesem Programm.</source>
      <translation>One customer collects in this program.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="389" />
      <source>%1 Kunden sammeln in diesem Programm.</source>
      <translation>%1 customers collect in this program.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="394" />
      <source>Es kann archiviert, aber nicht gelöscht werden.</source>
      <translation>It can be archived but not deleted.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="397" />
      <source>Noch keine Karten in diesem Programm.</source>
      <translation>No cards in this program yet.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="400" />
      <source>Wiederherstellen</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="412" />
      <source>Bitte den Rabatt als Betrag angeben, z. B. 10,00.</source>
      <translation>Please enter the discount as an amount, e.g. 10.00.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="414" />
      <source>Bitte den Betrag pro Stempel angeben, z. B. 30,00.</source>
      <translation>Please enter the amount per stamp, e.g. 30.00.</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/smoke.py" line="131" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="69" />
      <source>Anzahl Stempel:</source>
      <translation>Number of stamps:</translation>
    </message>
  </context>
  <context>
    <name>RecipientPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="46" />
      <source>Schritt 1 von 3: Empfänger</source>
      <translation>Step 1 of 3: recipient</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="49" />
      <source>An welche E-Mail-Adresse soll der Export geschickt werden? Es werden nur Adressen von Mitarbeitern mit administrativen Rechten vorgeschlagen.</source>
      <translation>Which email address should the export be sent to? Only addresses of staff with administrative rights are offered.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="54" />
      <source>E-Mail-Adresse des Empfängers</source>
      <translation>Recipient's email address</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="58" />
      <source>Kein Mitarbeiter mit administrativen Rechten hat eine E-Mail-Adresse. Bitte tragen Sie unter Einstellungen &gt; Mitarbeiter eine Adresse ein.</source>
      <translation>No staff member with administrative rights has an email address. Please add one under Settings &gt; Staff.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="66" />
      <source>An diese Adresse geht eine Bestätigungsmail mit einem Link. Der Link fragt nach dem Passwort, das für diese Adresse in Belbo gilt; erst dann wird der Export berechnet und ein Download-Link verschickt.</source>
      <translation>A confirmation email with a link goes to this address. The link asks for the password that belongs to this address in Belbo; only then is the export computed and a download link sent.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="73" />
      <source>E-Mail-Adresse:</source>
      <translation>Email address:</translation>
    </message>
  </context>
  <context>
    <name>RequestDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="110" />
      <source>Datenschutz-Ersuchen erfassen</source>
      <translation>Record privacy request</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="125" />
      <source>z. B. Wortlaut der Anfrage, Rückfragen</source>
      <translation>e.g. wording of the request, follow-up questions</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="133" />
      <source>Kunde:</source>
      <translation>Customer:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="134" />
      <source>Anliegen:</source>
      <translation>Request:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="135" />
      <source>Eingegangen per:</source>
      <translation>Received by:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="136" />
      <source>Eingegangen am:</source>
      <translation>Received on:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="137" />
      <source>Frist:</source>
      <translation>Deadline:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="138" />
      <source>Notiz:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="142" />
      <source>Erfassen</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="159" />
      <source>%1 (ein Monat, Art. 12 Abs. 3 DSGVO)</source>
      <translation>%1 (one month, GDPR Art. 12(3))</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="167" />
      <source>Bitte einen Kunden suchen und auswählen.</source>
      <translation>Please search for and select a customer.</translation>
    </message>
  </context>
  <context>
    <name>RequestsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="68" />
      <source>Auskunftsersuchen und andere Datenschutz-Anfragen</source>
      <translation>Access requests and other privacy requests</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="75" />
      <source>Nur offene anzeigen</source>
      <translation>Show open ones only</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="82" />
      <source>Datenschutz-Ersuchen</source>
      <translation>Privacy requests</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="96" />
      <source>Neues Ersuchen …</source>
      <translation>New request …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="97" />
      <source>Identität bestätigt …</source>
      <translation>Identity confirmed …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="98" />
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="315" />
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="320" />
      <source>Datenauskunft erstellen</source>
      <translation>Create data access report</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="99" />
      <source>Frist verlängern …</source>
      <translation>Extend deadline …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="100" />
      <source>Als erledigt markieren</source>
      <translation>Mark as done</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="101" />
      <source>Ablehnen …</source>
      <translation>Refuse …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="102" />
      <source>Kunden löschen …</source>
      <translation>Delete customer …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="103" />
      <source>Ordner der Auskünfte öffnen</source>
      <translation>Open the reports folder</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="172" />
      <source>Erst die Identität bestätigen.</source>
      <translation>Confirm the identity first.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="184" />
      <source>Kein Ersuchen ausgewählt.</source>
      <translation>No request selected.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="192" />
      <source>Identität bestätigt am %1 von %2: %3</source>
      <translation>Identity confirmed on %1 by %2: %3</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="199" />
      <source>Erstellte Dateien: %1</source>
      <translation>Files created: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="204" />
      <source>Notiz: %1</source>
      <translation>Note: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="206" />
      <source>Ergebnis: %1</source>
      <translation>Result: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="217" />
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="323" />
      <source>Datenschutz</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="232" />
      <source>Identität bestätigen</source>
      <translation>Confirm identity</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="234" />
      <source>Wie wurde die Identität der anfragenden Person geprüft? (z. B. „Personalausweis vorgelegt“ oder „Anfrage von der hinterlegten E-Mail-Adresse“)</source>
      <translation>How was the requester's identity checked? (e.g. “ID card shown” or “request from the stored email address”)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="238" />
      <source>Bestätigen</source>
      <translation>Confirm</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="252" />
      <source>Frist verlängern</source>
      <translation>Extend deadline</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="254" />
      <source>Die Frist kann einmal um zwei Monate verlängert werden, wenn die Anfrage komplex ist oder viele Anfragen vorliegen. Die Kundin bzw. der Kunde muss innerhalb der ersten Frist mit Grund informiert werden. Grund:</source>
      <translation>The deadline can be extended once by two months if the request is complex or there are many requests. The customer must be told the reason within the first deadline. Reason:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="258" />
      <source>Verlängern</source>
      <translation>Extend</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="283" />
      <source>Ersuchen ablehnen</source>
      <translation>Refuse request</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="284" />
      <source>Warum wird das Ersuchen abgelehnt? Der Grund wird im Register vermerkt.</source>
      <translation>Why is the request refused? The reason is noted in the register.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="285" />
      <source>Ablehnen</source>
      <translation>Refuse</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="311" />
      <source>Wird erstellt …</source>
      <translation>Being created …</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="380" />
      <source>Passwort zurücksetzen</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="384" />
      <source>Neues Passwort für %1 (%2). Geben Sie es ihr / ihm persönlich weiter; eine Sperre nach Fehlversuchen wird dabei aufgehoben.</source>
      <translation>New password for %1 (%2). Hand it over in person; a lockout after failed attempts is lifted as well.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="395" />
      <source>Neues Passwort: *</source>
      <translation>New password: *</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="396" />
      <source>Passwort wiederholen: *</source>
      <translation>Repeat password: *</translation>
    </message>
  </context>
  <context>
    <name>RightsList</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="130" />
      <source>Recht</source>
      <extracomment>what the service returned when accepted</extracomment>
      <translation>Right</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="130" />
      <source>Herkunft</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="182" />
      <source>durch die Rolle</source>
      <translation>from the role</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="184" />
      <source>zusätzlich gewährt</source>
      <translation>granted in addition</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="186" />
      <source>der Rolle entzogen</source>
      <translation>taken from the role</translation>
    </message>
  </context>
  <context>
    <name>SalesTable</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="39" />
      <source>Datum</source>
      <extracomment>Loads one page after the cursor (None: the first page).</extracomment>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="39" />
      <source>Beleg</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="39" />
      <source>Positionen</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="41" />
      <source>Kunde</source>
      <translation>Customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="42" />
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="45" />
      <source>Betrag</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="42" />
      <source>Zahlart</source>
      <translation>Payment</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="42" />
      <source>Hinweis</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="113" />
      <source>Gutschein</source>
      <translation>Voucher</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="127" />
      <source>bar</source>
      <translation>cash</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="127" />
      <source>Karte</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="131" />
      <source>Storno zu Beleg %d</source>
      <translation>Cancellation of receipt %d</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="133" />
      <source>storniert</source>
      <translation>cancelled</translation>
    </message>
  </context>
  <context>
    <name>Screenshots</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/screenshots.py" line="402" />
      <source>Synchronisation abgebrochen.</source>
      <translation>Sync cancelled.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="43" />
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="210" />
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="220" />
      <source>Einstellungen</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="51" />
      <source>Einstellungsbereiche</source>
      <translation>Settings sections</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="59" />
      <source>Bitte links einen Bereich wählen.</source>
      <translation>Please choose a section on the left.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="135" />
      <source>Für diesen Bereich fehlen Ihnen die Rechte.</source>
      <translation>You do not have the rights for this section.</translation>
    </message>
  </context>
  <context>
    <name>StaffColumns</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="33" />
      <source>Name</source>
      <extracomment>the unformatted value (str, bool, Role) the staff member's uuid</extracomment>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="34" />
      <source>Benutzername</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="35" />
      <source>Rolle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="36" />
      <source>Aktiv</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="37" />
      <source>Gesperrt</source>
      <translation>Locked</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="38" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="45" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="47" />
      <source>nein</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>StaffDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="208" />
      <source>Neuer Mitarbeiter</source>
      <translation>New staff member</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="208" />
      <source>Mitarbeiter bearbeiten</source>
      <translation>Edit staff member</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="222" />
      <source>z. B. Mia Sommer</source>
      <translation>e.g. Mia Sommer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="223" />
      <source>zum Anmelden, z. B. mia</source>
      <translation>for logging in, e.g. mia</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="224" />
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="226" />
      <source>Konto</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="229" />
      <source>Name: *</source>
      <translation>Name: *</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="230" />
      <source>Benutzername: *</source>
      <translation>User name: *</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="231" />
      <source>E-Mail:</source>
      <translation>Email:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="232" />
      <source>Rolle:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="239" />
      <source>4–6 Ziffern, optional</source>
      <translation>4–6 digits, optional</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="240" />
      <source>Passwort: *</source>
      <translation>Password: *</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="241" />
      <source>Passwort wiederholen: *</source>
      <translation>Repeat password: *</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="242" />
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="314" />
      <source>PIN:</source>
      <translation>PIN:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="250" />
      <source>Der Benutzername bleibt, wie er ist.</source>
      <translation>The user name stays as it is.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="258" />
      <source>Rechte</source>
      <translation>Rights</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="264" />
      <source>Die Rolle gibt die Grundrechte vor. Einzelne Rechte können Sie hier zusätzlich geben oder wegnehmen; Abweichungen von der Rolle sind fett.</source>
      <translation>The role sets the basic rights. You can give or take away single rights here; differences from the role are shown in bold.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="269" />
      <source>Rechte der Rolle wiederherstellen</source>
      <translation>Restore the role's rights</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="302" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="304" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="304" />
      <source>nein</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="307" />
      <source>bis %1</source>
      <translation>until %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="312" />
      <source>Aktiv:</source>
      <translation>Active:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="313" />
      <source>Gesperrt:</source>
      <translation>Locked:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="314" />
      <source>festgelegt</source>
      <translation>set</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="314" />
      <source>keine</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="316" />
      <source>Letzte Anmeldung:</source>
      <translation>Last login:</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="317" />
      <source>noch nie</source>
      <translation>never</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="38" />
      <source>Wer sich an diesem Standort anmelden darf, mit welcher Rolle und welchen Rechten. Wer nicht mehr hier arbeitet, wird deaktiviert: Das Konto bleibt mit seinem Verlauf erhalten, kann sich aber nicht mehr anmelden.</source>
      <translation>Who may log in at this location, with which role and rights. Someone who no longer works here is deactivated: the account and its history are kept, but it can no longer log in.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="52" />
      <source>Mitarbeiter</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="58" />
      <source>Neu …</source>
      <translation>New …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="59" />
      <source>Bearbeiten …</source>
      <translation>Edit …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="60" />
      <source>Passwort zurücksetzen …</source>
      <translation>Reset password …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="61" />
      <source>PIN …</source>
      <translation>PIN …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="62" />
      <source>Entsperren</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="63" />
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="163" />
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="261" />
      <source>Deaktivieren</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="132" />
      <source>Nur eine Inhaberin / ein Inhaber kann Inhaber-Konten ändern.</source>
      <translation>Only an owner can change owner accounts.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="143" />
      <source>Bitte zuerst einen Mitarbeiter wählen.</source>
      <translation>Please choose a staff member first.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="152" />
      <source>Ihr eigenes Passwort ändern Sie unter Konto &gt; Passwort ändern.</source>
      <translation>Change your own password under Account &gt; Change password.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="157" />
      <source>Ihr eigenes Konto können Sie nicht deaktivieren.</source>
      <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="161" />
      <source>Das Konto ist nicht gesperrt.</source>
      <translation>The account is not locked.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="163" />
      <source>Reaktivieren</source>
      <translation>Reactivate</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="197" />
      <source>Das Konto „%1“ ist angelegt; %2 kann sich jetzt anmelden.</source>
      <translation>The account “%1” has been created; %2 can log in now.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="215" />
      <source>Änderungen gespeichert.</source>
      <translation>Changes saved.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="229" />
      <source>Das Passwort von %1 ist neu gesetzt.</source>
      <translation>%1's password has been reset.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="263" />
      <source>%1 deaktivieren? %1 kann sich dann nicht mehr anmelden und nicht per PIN wechseln. Das Konto und sein Verlauf bleiben erhalten und können wieder aktiviert werden.</source>
      <translation>Deactivate %1? %1 will no longer be able to log in or switch by PIN. The account and its history are kept and can be reactivated.</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="237" />
      <source>Schritt 3 von 3: Zusammenfassung</source>
      <translation>Step 3 of 3: summary</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="238" />
      <source>Bitte prüfen Sie Ihre Angaben und fordern Sie den Export an.</source>
      <translation>Please check your choices and request the export.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="276" />
      <source>Empfänger</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="277" />
      <source>Kundenfelder</source>
      <translation>Customer fields</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="278" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="279" />
      <source>Kunden</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="292" />
      <source>Nach „Export anfordern“ schickt der Hub ({hub}) eine Bestätigungsmail an {recipient}. Der Link darin funktioniert auf jedem Gerät, ist 24 Stunden gültig und fragt nach dem Passwort. Danach berechnet der Hub den Export; eine zweite E-Mail bringt den Download-Link (7 Tage gültig).</source>
      <translation>After “Request export” the hub ({hub}) sends a confirmation email to {recipient}. Its link works on any device, is valid for 24 hours and asks for the password. The hub then computes the export; a second email brings the download link (valid for 7 days).</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="300" />
      <source>Nach „Export anfordern“ geht eine Bestätigungsmail an {recipient}. Der Link darin ist 24 Stunden gültig und fragt nach dem Passwort. Danach wird der Export berechnet; eine zweite E-Mail bringt den Download-Link (7 Tage gültig).</source>
      <translation>After “Request export” a confirmation email goes to {recipient}. Its link is valid for 24 hours and asks for the password. Then the export is computed; a second email brings the download link (valid for 7 days).</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="306" />
      <source>Es ist kein Mailserver eingerichtet: Die E-Mails erscheinen in Belbo unter „E-Mails“.</source>
      <translation>No mail server is set up: the emails appear in Belbo under “Emails”.</translation>
    </message>
  </context>
  <context>
    <name>SyncSettingsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="32" />
      <source>Kunden</source>
      <translation>Customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="33" />
      <source>Kundenfelder (Werte)</source>
      <translation>Customer fields (values)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="34" />
      <source>Kundenfelder</source>
      <translation>Customer fields</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="35" />
      <source>Protokoll</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="36" />
      <source>Gutscheine</source>
      <translation>Vouchers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="37" />
      <source>Gutscheinbuchungen</source>
      <translation>Voucher entries</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="38" />
      <source>Verkäufe</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="39" />
      <source>Mitarbeiter</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="40" />
      <source>Einstellungen</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="59" />
      <source>Jeder PC arbeitet mit seiner eigenen Datenbank weiter, auch ohne Netz. Ein Belbo Hub gleicht die Daten aller PCs und Standorte ab: beim Start, alle paar Minuten und auf Knopfdruck.</source>
      <translation>Every PC keeps working with its own database, even without a network. A Belbo hub synchronises the data of all PCs and locations: at start, every few minutes and at the press of a button.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="67" />
      <source>Mit einem Hub verbinden</source>
      <translation>Connect to a hub</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="74" />
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="227" />
      <source>Verbinden</source>
      <translation>Connect</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="87" />
      <source>Verbindung</source>
      <translation>Connection</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="96" />
      <source>Jetzt synchronisieren</source>
      <translation>Sync now</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="97" />
      <source>Tastenkürzel: %1</source>
      <translation>Shortcut: %1</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="99" />
      <source>Verbindung trennen …</source>
      <translation>Disconnect …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="109" />
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="210" />
      <source>Hub</source>
      <translation>Hub</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="110" />
      <source>Dieser PC</source>
      <translation>This PC</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="111" />
      <source>Gerätetoken</source>
      <translation>Device token</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="112" />
      <source>Letzte Synchronisation</source>
      <translation>Last sync</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="113" />
      <source>Ausstehende Änderungen</source>
      <translation>Pending changes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="114" />
      <source>Zustand</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="118" />
      <source>Hinweise nach dem Abgleich</source>
      <translation>Notes after syncing</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="123" />
      <source>Zurückgestellte Änderungen</source>
      <translation>Deferred changes</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="126" />
      <source>Zeitpunkt</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="126" />
      <source>Wo</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="126" />
      <source>Daten</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="126" />
      <source>Grund</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="134" />
      <source>Eine Änderung, die nicht übernommen werden konnte, wird hier mit dem Grund aufgehoben und blockiert die übrigen nicht. Bitte den Fall prüfen und die Daten bei Bedarf von Hand korrigieren.</source>
      <translation>A change that could not be applied is kept here with the reason and does not block the others. Please check the case and correct the data by hand if needed.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="170" />
      <source>im Schlüsselbund des Betriebssystems</source>
      <translation>in the operating system's keyring</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="173" />
      <source>in einer Datei im Datenordner, nur für diesen Benutzer lesbar (kein Schlüsselbund verfügbar)</source>
      <translation>in a file in the data folder, readable by this user only (no keyring available)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="200" />
      <source>Keine offenen Hinweise.</source>
      <translation>No open notes.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="210" />
      <source>dieser PC</source>
      <translation>this PC</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="227" />
      <source>Verbinde …</source>
      <translation>Connecting …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="240" />
      <source>Verbindung trennen</source>
      <translation>Disconnect</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="242" />
      <source>Diesen PC vom Hub trennen? Noch nicht gesendete Änderungen (%1) gehen dem Hub verloren; die Daten auf diesem PC bleiben erhalten.</source>
      <translation>Disconnect this PC from the hub? Changes not sent yet (%1) will not reach the hub; the data on this PC is kept.</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="137" />
      <source> · %n Änderungen warten</source>
      <translation> · %n changes waiting</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="138" />
      <source> · 1 Änderung wartet</source>
      <translation> · 1 change waiting</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="139" />
      <source>Die Synchronisation läuft im Hintergrund; es kann weitergearbeitet werden.</source>
      <translation>Syncing runs in the background; you can keep working.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="140" />
      <source>Kein Hub eingerichtet: alle Daten liegen auf diesem PC. Einstellungen &gt; Synchronisation verbindet ihn mit einem Hub.</source>
      <translation>No hub set up: all data is on this PC. Settings &gt; Synchronisation connects it to a hub.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="141" />
      <source>Mit %1 jetzt synchronisieren</source>
      <translation>Sync with %1 now</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="142" />
      <source>Noch nicht synchronisiert</source>
      <translation>Not synced yet</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="143" />
      <source>Nur dieser PC</source>
      <translation>This PC only</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="144" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="145" />
      <source>Sync-Fehler – bitte Einstellungen &gt; Synchronisation öffnen</source>
      <translation>Sync error – please open Settings &gt; Synchronisation</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="146" />
      <source>Synchronisiere …</source>
      <translation>Syncing …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="147" />
      <source>gerade synchronisiert</source>
      <translation>just synced</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="148" />
      <source>noch nie synchronisiert</source>
      <translation>never synced</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="149" />
      <source>synchronisiert vor %n Minuten</source>
      <translation>synced %n minutes ago</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="150" />
      <source>synchronisiert vor %n Stunden</source>
      <translation>synced %n hours ago</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="151" />
      <source>synchronisiert vor %n Tagen</source>
      <translation>synced %n days ago</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="152" />
      <source>synchronisiert vor 1 Minute</source>
      <translation>synced 1 minute ago</translation>
    </message>
  </context>
  <context>
    <name>SyncStatusWidget</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/status.py" line="113" />
      <location filename="../../src/belbo_desktop/ui/sync/status.py" line="114" />
      <source>Jetzt synchronisieren</source>
      <extracomment>a first sync that ends sooner than this never shows its dialog</extracomment>
      <translation>Sync now</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/status.py" line="116" />
      <source>Jetzt mit dem Hub synchronisieren (%1)</source>
      <translation>Sync with the hub now (%1)</translation>
    </message>
  </context>
  <context>
    <name>TillPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="171" />
      <source>Leistungen</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="172" />
      <source>Produkte</source>
      <translation>Products</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="184" />
      <source>Gutschein verkaufen</source>
      <translation>Sell voucher</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="190" />
      <source>Wertgutschein</source>
      <translation>Value voucher</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="200" />
      <source>Freier Betrag (Tastenfeld)</source>
      <translation>Free amount (keypad)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="201" />
      <source>Den Betrag im Tastenfeld eingeben, dann hier tippen.</source>
      <translation>Enter the amount on the keypad, then tap here.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="207" />
      <source>Leistungsgutschein</source>
      <translation>Service voucher</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="211" />
      <source>Leistung</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="213" />
      <source>Leistungsgutschein hinzufügen</source>
      <translation>Add service voucher</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="218" />
      <source>Für wen?</source>
      <translation>For whom?</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="221" />
      <source>Empfänger, z. B. „Oma Inge“</source>
      <translation>Recipient, e.g. “Grandma Inge”</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="225" />
      <source>Persönliche Widmung (optional)</source>
      <translation>Personal dedication (optional)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="239" />
      <source>Kunde zuordnen …</source>
      <translation>Assign customer …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="243" />
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="244" />
      <source>Kunde entfernen</source>
      <translation>Remove customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="256" />
      <source>Position</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="256" />
      <source>Menge</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="256" />
      <source>Betrag</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="271" />
      <source>Entfernen</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="274" />
      <source>Rabatt</source>
      <translation>Discount</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="274" />
      <source>Rabatt im Tastenfeld eingeben, Position wählen, tippen.</source>
      <translation>Enter the discount on the keypad, choose an item, tap.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="277" />
      <source>Parken</source>
      <translation>Park</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="279" />
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="781" />
      <source>Fortsetzen</source>
      <translation>Resume</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="281" />
      <source>Leeren</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="293" />
      <source>Gutschein einlösen</source>
      <translation>Redeem voucher</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="296" />
      <source>Code scannen oder eintippen</source>
      <translation>Scan or type the code</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="298" />
      <source>Gutscheincode</source>
      <translation>Voucher code</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="301" />
      <source>Einlösen</source>
      <translation>Redeem</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="333" />
      <source>Bar</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="333" />
      <source>Gegebenen Betrag im Tastenfeld eingeben (leer = passend).</source>
      <translation>Enter the amount given on the keypad (empty = exact).</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="335" />
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="819" />
      <source>Karte</source>
      <translation>Card</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="344" />
      <source>Beleg anzeigen</source>
      <translation>Show receipt</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="346" />
      <source>Beleg drucken</source>
      <translation>Print receipt</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="348" />
      <source>Gutscheine drucken</source>
      <translation>Print vouchers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="350" />
      <source>Belege / Storno</source>
      <translation>Receipts / cancellation</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="352" />
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="704" />
      <source>Tagesabschluss</source>
      <translation>Daily closing</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="423" />
      <source>Wertgutschein über %s hinzugefügt.</source>
      <translation>Value voucher of %s added.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="429" />
      <source>Bitte zuerst den Betrag im Tastenfeld eingeben.</source>
      <translation>Please enter the amount on the keypad first.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="453" />
      <source>Gutschein für „%s“ hinzugefügt.</source>
      <translation>Voucher for “%s” added.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="473" />
      <source>Bitte zuerst eine Position antippen.</source>
      <translation>Please tap an item first.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="493" />
      <source>Rabatt: Betrag im Tastenfeld eingeben, Artikel oder Gutschein antippen, dann „Rabatt“.</source>
      <translation>Discount: enter the amount on the keypad, tap an item or voucher, then “Discount”.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="512" />
      <source>Der Rabatt darf nicht höher sein als der Preis.</source>
      <translation>The discount cannot be higher than the price.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="531" />
      <source>Warenkorb geparkt (%d geparkt).</source>
      <translation>Cart parked (%d parked).</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="536" />
      <source>Es ist kein Warenkorb geparkt.</source>
      <translation>No cart is parked.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="542" />
      <source>Geparkter Warenkorb fortgesetzt.</source>
      <translation>Parked cart resumed.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="584" />
      <source>Gutschein %s gilt für „%s“ (gültig bis %s). Bitte die Leistung in den Warenkorb legen und erneut scannen.</source>
      <translation>Voucher %s is for “%s” (valid until %s). Please put the service in the cart and scan again.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="599" />
      <source>Gutschein %s: Restwert %s, gültig bis %s. Er kann nur Leistungen und Produkte bezahlen – bitte zuerst in den Warenkorb legen.</source>
      <translation>Voucher %s: remaining value %s, valid until %s. It can only pay for services and products – please put them in the cart first.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="616" />
      <source>Gutschein %s: %s eingelöst, Restwert danach %s, gültig bis %s.</source>
      <translation>Voucher %s: %s redeemed, remaining value %s, valid until %s.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="630" />
      <source>Der Warenkorb ist leer.</source>
      <translation>The cart is empty.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="634" />
      <source>Mit Karte höchstens den offenen Betrag zahlen.</source>
      <translation>Pay at most the open amount by card.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="660" />
      <source>Beleg Nr. %d gebucht.</source>
      <translation>Receipt no. %d booked.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="662" />
      <source>Rückgeld: %s</source>
      <translation>Change: %s</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="664" />
      <source>%d Gutschein(e) bereit zum Drucken.</source>
      <translation>%d voucher(s) ready to print.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="666" />
      <source>Sicherheitseinrichtung nicht erreichbar – wird nachgeholt.</source>
      <translation>Security device not reachable – will be done later.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="706" />
      <source>Tagesabschluss (Z-Bericht) über alle Belege seit dem letzten Abschluss erstellen?</source>
      <translation>Create the daily closing (Z report) over all receipts since the last closing?</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="727" />
      <source>Tagesabschluss Nr. %d erstellt.</source>
      <translation>Daily closing no. %d created.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="735" />
      <source>%d Beleg(e) nachträglich signiert.</source>
      <translation>%d receipt(s) signed afterwards.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="758" />
      <source>Summe %s</source>
      <translation>Total %s</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="762" />
      <source>Bezahlt %s · Offen %s</source>
      <translation>Paid %s · Open %s</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="767" />
      <source>Rückgeld %s</source>
      <translation>Change %s</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="772" />
      <source>Kunde: %s</source>
      <translation>Customer: %s</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="774" />
      <source>Ohne Kunde</source>
      <translation>No customer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="781" />
      <source>Fortsetzen (%d)</source>
      <translation>Resume (%d)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="799" />
      <source>(Rabatt %s)</source>
      <translation>(discount %s)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="808" />
      <source>für %s</source>
      <translation>for %s</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="810" />
      <source>(Wert %s, Rabatt %s)</source>
      <translation>(value %s, discount %s)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="817" />
      <source>Gutschein %s</source>
      <translation>Voucher %s</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="819" />
      <source>Bar gegeben</source>
      <translation>Cash given</translation>
    </message>
  </context>
  <context>
    <name>TillSettingsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="196" />
      <source>A6 (Postkarte)</source>
      <translation>A6 (postcard)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="197" />
      <source>DIN lang (Kuvert)</source>
      <translation>DL (envelope)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="202" />
      <source> Jahre</source>
      <translation> years</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="205" />
      <source>Gutscheine gelten bis zum 31. Dezember des so vielten Jahres nach dem Verkauf. Drei Jahre entsprechen der regelmäßigen Verjährungsfrist (§§ 195, 199 BGB); kürzere Fristen sind nur in Grenzen zulässig.</source>
      <translation>Vouchers are valid until 31 December of that many years after the sale. Three years is the regular limitation period (§§ 195, 199 BGB); shorter periods are only allowed within limits.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="212" />
      <source>Gutschein-Ausdruck</source>
      <translation>Voucher printout</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="213" />
      <source>Gültigkeit Wertgutscheine</source>
      <translation>Validity of value vouchers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="214" />
      <source>Gültigkeit Leistungsgutscheine</source>
      <translation>Validity of service vouchers</translation>
    </message>
  </context>
  <context>
    <name>TradeSecretPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/secrets_page.py" line="39" />
      <source>&lt;b&gt;Bitte nur markieren, was wirklich ein Betriebsgeheimnis ist.&lt;/b&gt; Ein Feld darf nur dann als Betriebsgeheimnis markiert werden, wenn sein Inhalt leistungsbezogen ist und die Kundin bzw. den Kunden nicht identifiziert – zum Beispiel Farbrezepturen (Friseur), Maschinenkonfigurationen und Ergebnisse der Hautbildanalyse (Kosmetik) oder Stromstärken (EMS). Felder, die keine Betriebsgeheimnisse enthalten, dürfen nicht markiert werden. Ob ein Feld der rechtlichen Definition entspricht, klären Sie bitte in einer rechtlichen Beratung.</source>
      <translation>&lt;b&gt;Please only mark what really is a trade secret.&lt;/b&gt; A field may only be marked as a trade secret if its content is performance-related and does not identify the customer – for example colour formulas (hairdressing), machine configurations and skin analysis results (cosmetics) or current strengths (EMS). Fields that contain no trade secrets must not be marked. Whether a field meets the legal definition should be clarified with legal advice.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/secrets_page.py" line="56" />
      <source>Bei einer Datenauskunft erfährt die Kundin bzw. der Kunde, dass ein markiertes Feld existiert; sein Inhalt wird nicht herausgegeben (Art. 15 Abs. 4 DSGVO). Name, E-Mail, Telefon, Anschrift, Geburtstag und Kundennummer identifizieren die Person und können nie markiert werden. Kundenfelder mit Gesundheitsangaben (Art. 9 DSGVO) sehen nur Mitarbeiter mit dem Recht „Gesundheitsdaten ansehen“; sie brauchen eine Einwilligung. Jede Änderung wird protokolliert.</source>
      <translation>In a data access report the customer learns that a marked field exists; its content is not disclosed (GDPR Art. 15(4)). Name, email, phone, address, birthday and customer number identify the person and can never be marked. Customer fields with health data (GDPR Art. 9) are only visible to staff with the right “View health data”; they need consent. Every change is logged.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/secrets_page.py" line="73" />
      <source>Kundenfelder und ihre Einstufung</source>
      <translation>Customer fields and their classification</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/secrets_page.py" line="125" />
      <source>Gespeichert und protokolliert.</source>
      <translation>Saved and logged.</translation>
    </message>
  </context>
  <context>
    <name>VoucherDetailPane</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="93" />
      <source>Einen Gutschein in der Liste wählen, um Restwert, Buchungen und Widmung zu sehen.</source>
      <translation>Choose a voucher in the list to see its remaining value, entries and dedication.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="108" />
      <source>Art</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="109" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="110" />
      <source>Wert / Restwert</source>
      <translation>Value / remaining</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="111" />
      <source>Umsatzsteuer</source>
      <translation>VAT</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="112" />
      <source>Gültig bis</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="113" />
      <source>Verkauft</source>
      <translation>Sold</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="114" />
      <source>Käufer</source>
      <translation>Buyer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="115" />
      <source>Empfänger</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="116" />
      <source>Widmung</source>
      <translation>Dedication</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="126" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="127" />
      <source>Buchung</source>
      <translation>Entry</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="128" />
      <source>Betrag</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="129" />
      <source>Saldo</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="130" />
      <source>Beleg / Grund</source>
      <translation>Receipt / reason</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="136" />
      <source>Gutschein drucken</source>
      <translation>Print voucher</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="138" />
      <source>Stornieren …</source>
      <translation>Cancel …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="140" />
      <source>Restwert auszahlen …</source>
      <translation>Pay out remaining value …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="153" />
      <source>Buchungen</source>
      <translation>Entries</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="189" />
      <source>(bezahlt %s)</source>
      <translation>(paid %s)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="195" />
      <source>Einzweckgutschein (USt beim Verkauf, %s %%)</source>
      <translation>Single-purpose voucher (VAT at sale, %s %%)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="197" />
      <source>Mehrzweckgutschein (USt bei Einlösung)</source>
      <translation>Multi-purpose voucher (VAT at redemption)</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="202" />
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="209" />
      <source>Beleg %d</source>
      <translation>Receipt %d</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="236" />
      <source>Der Gutschein hat keinen Restwert.</source>
      <translation>The voucher has no remaining value.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="249" />
      <source>Gutschein stornieren</source>
      <translation>Void voucher</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="249" />
      <source>Restwert auszahlen</source>
      <translation>Pay out remaining value</translation>
    </message>
  </context>
  <context>
    <name>VoucherModel</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="153" />
      <source>Art</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="154" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="155" />
      <source>Empfänger</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="156" />
      <source>Gültig bis</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="157" />
      <source>Käufer</source>
      <translation>Buyer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="158" />
      <source>Leistung</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="159" />
      <source>Leistung: %s</source>
      <translation>Service: %s</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="160" />
      <source>Restwert</source>
      <translation>Remaining</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="161" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="162" />
      <source>Verkauft am</source>
      <translation>Sold on</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="163" />
      <source>Wert</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="164" />
      <source>Wertgutschein</source>
      <translation>Value voucher</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="165" />
      <source>abgelaufen</source>
      <translation>expired</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="166" />
      <source>aktiv</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="167" />
      <source>eingelöst</source>
      <translation>redeemed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="168" />
      <source>storniert</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="169" />
      <source>teilweise eingelöst</source>
      <translation>partly redeemed</translation>
    </message>
  </context>
  <context>
    <name>VouchersPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="287" />
      <source>Code, Empfänger oder Käufer suchen</source>
      <translation>Search code, recipient or buyer</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="289" />
      <source>Suche</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="292" />
      <source>Alle</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="293" />
      <source>Einlösbar</source>
      <translation>Redeemable</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="294" />
      <source>Aktiv</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="295" />
      <source>Teilweise eingelöst</source>
      <translation>Partly redeemed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="296" />
      <source>Eingelöst</source>
      <translation>Redeemed</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="297" />
      <source>Abgelaufen</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="298" />
      <source>Storniert</source>
      <translation>Voided</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="302" />
      <source>Alle Arten</source>
      <translation>All kinds</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="303" />
      <source>Wertgutscheine</source>
      <translation>Value vouchers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="304" />
      <source>Leistungsgutscheine</source>
      <translation>Service vouchers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="310" />
      <source>Auswahl drucken</source>
      <translation>Print selection</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="312" />
      <source>Die markierten Gutscheine in ein PDF, einer pro Seite (Strg/Umschalt-Klick).</source>
      <translation>The selected vouchers in one PDF, one per page (Ctrl/Shift-click).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="414" />
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="457" />
      <source>%n Gutschein(e)</source>
      <translation>
        <numerusform>%n voucher</numerusform>
        <numerusform>%n vouchers</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="429" />
      <source>Bitte zuerst Gutscheine markieren.</source>
      <translation>Please select vouchers first.</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="435" />
      <source>PDF mit %d Gutscheinen wird erstellt …</source>
      <translation>Creating a PDF with %d vouchers …</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="436" />
      <source>Abbrechen</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="441" />
      <source>Gutscheine drucken</source>
      <translation>Print vouchers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="466" />
      <source>Drucken abgebrochen.</source>
      <translation>Printing cancelled.</translation>
    </message>
  </context>
  <context>
    <name>nav</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="170" />
      <source>Bonusprogramme</source>
      <translation>Bonus programs</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="171" />
      <source>Datenschutz</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="172" />
      <source>E-Mails</source>
      <translation>Emails</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="173" />
      <source>Gutscheine</source>
      <translation>Vouchers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="174" />
      <source>Kasse</source>
      <translation>Till</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="175" />
      <source>Kunden</source>
      <translation>Customers</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="271" />
      <source>Grund:</source>
      <translation>Reason:</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="176" />
      <source>Allgemein</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="177" />
      <source>Betriebsgeheimnis</source>
      <translation>Trade secrets</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="178" />
      <source>Bonusprogramme</source>
      <translation>Bonus programs</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="179" />
      <source>Datenschutzeinstellungen</source>
      <translation>Privacy settings</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="180" />
      <source>E-Mail</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="181" />
      <source>Kasse</source>
      <translation>Till</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="182" />
      <source>Kasse und Gutscheine</source>
      <translation>Till and vouchers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="183" />
      <source>Konto</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="184" />
      <source>Kunden exportieren</source>
      <translation>Export customers</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="185" />
      <source>Kundenfelder</source>
      <translation>Customer fields</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="186" />
      <source>Leistungen und Produkte</source>
      <translation>Services and products</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="187" />
      <source>Mitarbeiter und Rechte</source>
      <translation>Staff and rights</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="188" />
      <source>Passwort ändern</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="189" />
      <source>Protokoll</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="190" />
      <source>Sprache</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="191" />
      <source>Standorteinstellungen</source>
      <translation>Location settings</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="192" />
      <source>Synchronisation</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="193" />
      <source>Über</source>
      <translation>About</translation>
    </message>
  </context>
</TS>