<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
  <context>
    <name />
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="45" />
      <source>Keine offenen Datenschutz-Ersuchen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="46" />
      <source>%1 offene Datenschutz-Ersuchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="48" />
      <source>%1 überfällig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="50" />
      <source>%1 in den nächsten 7 Tagen fällig</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AboutPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="50" />
      <source>Alle Daten dieses PCs liegen im Datenordner, nie im Programmordner. Eine neue Version installieren oder Belbo deinstallieren lässt ihn unverändert; vor jeder Aktualisierung der Datenbank wird eine Sicherung angelegt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="65" />
      <source>Datenordner öffnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="66" />
      <source>Protokollordner öffnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="67" />
      <source>Angaben kopieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="69" />
      <source>Kopiert alle Angaben dieser Seite, z. B. für eine E-Mail an den Support.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="77" />
      <source>Version:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="78" />
      <source>Datenordner:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="79" />
      <source>Protokolle:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="80" />
      <source>Datenbank:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="81" />
      <source>Datenbankstand:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="82" />
      <source>Sicherungen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="83" />
      <source>System:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="93" />
      <source>Belbo Desktop verwendet Qt und PySide6 (LGPL 3), SQLite, SQLAlchemy, Alembic, ReportLab und die Schrift DejaVu Sans.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="120" />
      <source>Belbo Desktop %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="126" />
      <source>%1 (aktuell)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="129" />
      <source>%1 (erwartet: %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="136" />
      <source>%1 im Ordner %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/about/page.py" line="138" />
      <source>noch keine (Ordner %2)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="8" />
      <source>Angemeldet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="9" />
      <source>Anmeldung fehlgeschlagen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="10" />
      <source>Anzahl: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="11" />
      <source>Beleg %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="12" />
      <source>Betriebsgeheimnis geändert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="13" />
      <source>Bonusprogramm aktiviert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="14" />
      <source>Bonusprogramm angelegt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="15" />
      <source>Bonusprogramm archiviert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="16" />
      <source>Bonusprogramm gelöscht</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="17" />
      <source>Bonusprogramm geändert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="18" />
      <source>Bonusprogramm wiederhergestellt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="19" />
      <source>Datenauskunft erstellt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="20" />
      <source>Datenschutz-Ersuchen abgeschlossen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="21" />
      <source>Datenschutz-Ersuchen erfasst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="22" />
      <source>Dublette zusammengeführt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="23" />
      <source>Eigenes Passwort geändert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="24" />
      <source>Einstellung geändert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="25" />
      <source>Einwilligung erteilt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="26" />
      <source>Einwilligung widerrufen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="27" />
      <source>Export abgebrochen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="28" />
      <source>Export abgelaufen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="29" />
      <source>Export angefordert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="30" />
      <source>Export bestätigt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="31" />
      <source>Export erstellt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="32" />
      <source>Export fehlgeschlagen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="33" />
      <source>Export heruntergeladen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="34" />
      <source>Export wird erstellt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="35" />
      <source>Export-Mail erneut gesendet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="36" />
      <source>Feldeinstufung geändert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="37" />
      <source>Frist verlängert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="38" />
      <source>Gesundheitsdaten angesehen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="39" />
      <source>Gesundheitsdaten gelöscht</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="40" />
      <source>Gutschein erstattet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="41" />
      <source>Gutscheine abgelaufen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="42" />
      <source>Identität bestätigt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="43" />
      <source>Kassenabschluss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="44" />
      <source>Konto entsperrt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="45" />
      <source>Konto gesperrt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="46" />
      <source>Kunde angelegt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="47" />
      <source>Kunde archiviert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="48" />
      <source>Kunde gelöscht (DSGVO)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="49" />
      <source>Kunde wiederhergestellt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="50" />
      <source>Kundendaten geändert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="51" />
      <source>Kundenfeld angelegt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="52" />
      <source>Kundenfeld archiviert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="53" />
      <source>Kundenfeld geändert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="54" />
      <source>Kundenfeld wiederhergestellt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="55" />
      <source>Kundenfelder umsortiert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="56" />
      <source>Leistung/Produkt angelegt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="57" />
      <source>Leistung/Produkt geändert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="58" />
      <source>Mit anderer Akte zusammengeführt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="59" />
      <source>Mitarbeiter angelegt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="60" />
      <source>Mitarbeiter deaktiviert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="61" />
      <source>Mitarbeiter geändert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="62" />
      <source>Mitarbeiter wieder aktiviert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="63" />
      <source>Nr. %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="64" />
      <source>PIN entfernt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="65" />
      <source>PIN gesetzt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="66" />
      <source>PIN-Wechsel fehlgeschlagen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="67" />
      <source>Passwort zurückgesetzt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="68" />
      <source>Passwortänderung: altes Passwort falsch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="69" />
      <source>Per PIN gewechselt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="70" />
      <source>Prämie eingelöst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="71" />
      <source>Rechte dazu: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="72" />
      <source>Rechte weg: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="73" />
      <source>Rolle: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="74" />
      <source>Rolle: %1 → %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="75" />
      <source>Sperre aufgehoben</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="76" />
      <source>Standort angelegt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="77" />
      <source>Standortdaten geändert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="78" />
      <source>Stempel gegeben</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="79" />
      <source>Stempel storniert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="80" />
      <source>Stornobeleg %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="81" />
      <source>Verkauf storniert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="82" />
      <source>beim Einrichten des Betriebs</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditColumns</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="47" />
      <source>Zeitpunkt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="48" />
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="94" />
      <source>Mitarbeiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="49" />
      <source>Vorgang</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="50" />
      <source>Betrifft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="51" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="183" />
      <source>System</source>
      <extracomment>a page arrived (or failed): the view updates its status line</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/model.py" line="199" />
      <source>Kennung: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="83" />
      <source>Betriebsgeheimnis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="84" />
      <source>Bonusprogramm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="85" />
      <source>Einstellung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="86" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="87" />
      <source>Gutschein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="88" />
      <source>Kassenabschluss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="89" />
      <source>Kunde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="90" />
      <source>Kunde Nr. %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="91" />
      <source>Kundenfeld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="92" />
      <source>Kundenliste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="93" />
      <source>Leistung/Produkt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="95" />
      <source>Standort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="96" />
      <source>Verkauf</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditLogPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="59" />
      <source>Gesamter Zeitraum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="60" />
      <source>Heute</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="61" />
      <source>Letzte 7 Tage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="62" />
      <source>Letzte 30 Tage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="63" />
      <source>Dieses Jahr</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="64" />
      <source>Zeitraum wählen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="75" />
      <source>Von</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="76" />
      <source>Bis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="78" />
      <source>Mitarbeiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="80" />
      <source>Vorgang</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="82" />
      <source>Kundennummer oder Kennung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="83" />
      <source>Suche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="91" />
      <source>Zeitraum:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="93" />
      <source>von</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="95" />
      <source>bis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="97" />
      <source>Mitarbeiter:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="99" />
      <source>Vorgang:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="101" />
      <source>Suche:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="113" />
      <source>Protokoll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="125" />
      <source>Ausgewählter Eintrag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="165" />
      <source>Alle Mitarbeiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="168" />
      <source>Alle Vorgänge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="223" />
      <source>Einen Eintrag wählen, um ihn vollständig zu sehen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="236" />
      <source>Lädt …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="238" />
      <source>Keine Einträge für diese Auswahl.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="240" />
      <source>%1 Einträge geladen; weitere erscheinen beim Blättern.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="244" />
      <source>1 Eintrag.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/audit/page.py" line="246" />
      <source>%1 Einträge.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BonusCardsTab</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="87" />
      <source>Bonusprogramm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="89" />
      <source>Aktivieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="92" />
      <source>Programm aktivieren:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="108" />
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="109" />
      <source>Programm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="110" />
      <source>Karte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="111" />
      <source>Vorgang</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="47" />
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="112" />
      <source>Stempel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="48" />
      <source>Storno</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="49" />
      <source>Prämie eingelöst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="50" />
      <source>Übertrag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="51" />
      <source>Prämie storniert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="113" />
      <source>Beleg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="114" />
      <source>Mitarbeiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="115" />
      <source>Grund / Prämie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="118" />
      <source>Verlauf der Bonuskarten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="128" />
      <source>Stempel stornieren …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="131" />
      <source>Einen von Hand gegebenen Stempel durch eine Gegenbuchung zurücknehmen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="135" />
      <source>Verlauf aller Karten und Prämien</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="177" />
      <source>Alle aktiven Programme sind schon aktiviert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="189" />
      <source>Für diesen Kunden ist noch kein Bonusprogramm aktiviert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="198" />
      <source>%1 – Karte %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="210" />
      <source>%1 von %2 Stempeln</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="215" />
      <source> (%1 mehr für die nächste Karte)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="218" />
      <source>Prämie: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="221" />
      <source>gültig bis %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="226" />
      <source>begonnen am %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="232" />
      <source>Die Karte ist voll: Die Prämie kann eingelöst werden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="236" />
      <source>Abgelaufen. Der nächste Stempel beginnt eine neue Karte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="240" />
      <source>Stempel geben …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="242" />
      <source>Prämie einlösen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="244" />
      <source>Karte drucken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="251" />
      <source>Das Programm ist nicht mehr aktiv.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="253" />
      <source>Die Karte ist voll. Bitte zuerst die Prämie einlösen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="258" />
      <source>Erst wenn die Karte voll ist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="281" />
      <source> (storniert)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="326" />
      <source>Bonuskarte gespeichert: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="358" />
      <source>Stempel geben</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="359" />
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="416" />
      <source>Grund:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="363" />
      <source>z. B. Papierkarte übertragen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="370" />
      <source>Prämie einlösen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="372" />
      <source>Prämie „%1“ jetzt einlösen? Danach beginnt automatisch eine neue Karte.

Tipp: An der Kasse steht die Prämie unter dem Kunden bereit und kommt so mit auf den Beleg.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="406" />
      <source>Stempel aus einem Verkauf werden mit dem Storno des Belegs zurückgenommen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="415" />
      <source>Stempel stornieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="420" />
      <source>z. B. versehentlich gestempelt</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BonusOverviewPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="57" />
      <source>Bonusprogramme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="62" />
      <source>Aktualisieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="70" />
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="82" />
      <source>Programm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="71" />
      <source>Aktive Karten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="72" />
      <source>Stempel diesen Monat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="73" />
      <source>Eingelöste Prämien</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="74" />
      <source>Volle Karten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="77" />
      <source>Übersicht der Bonusprogramme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="80" />
      <source>Kunde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="81" />
      <source>Kundennr.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="83" />
      <source>Stempel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="84" />
      <source>Prämie</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="87" />
      <source>Kunden mit voller Karte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="120" />
      <source> (archiviert)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="122" />
      <source> (inaktiv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="131" />
      <source>Kunden mit voller Karte (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/overview.py" line="145" />
      <source>%1 von %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BonusProgramsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="82" />
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="125" />
      <source>Bonusprogramme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="89" />
      <source>Belohnen Sie treue Kunden mit Stempelkarten: Stempel von Hand oder automatisch an der Kasse, bei voller Karte die Prämie.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="94" />
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="95" />
      <source>Funktion hinzufügen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BonusTillStrip</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="65" />
      <source>Prämie im Warenkorb</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="114" />
      <source>Prämie: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="119" />
      <source>Die Karte ist voll: Prämie in diesen Verkauf nehmen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="139" />
      <source>Die Prämien-Leistung gibt es nicht mehr.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="147" />
      <source>Bitte zuerst eine Leistung oder ein Produkt in den Warenkorb legen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="154" />
      <source>an der Kasse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/till_strip.py" line="157" />
      <source>Prämie „%1“ eingelöst.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CardPicture</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/card_picture.py" line="36" />
      <source>%1 von %2 Stempeln</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CataloguePage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="53" />
      <source>Leistungen und Produkte, die an der Kasse verkauft werden. Preise sind Bruttopreise. Änderungen gelten für neue Verkäufe; alte Belege behalten ihren Preis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="62" />
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="89" />
      <source>Bezeichnung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="63" />
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="90" />
      <source>Art</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="64" />
      <source>Preis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="65" />
      <source>USt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="66" />
      <source>Aktiv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="79" />
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="124" />
      <source>Leistung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="80" />
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="124" />
      <source>Produkt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="86" />
      <source>An der Kasse anbieten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="91" />
      <source>Preis (brutto, €)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="92" />
      <source>Steuersatz</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="97" />
      <source>Neu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="99" />
      <source>Speichern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="127" />
      <source>ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="127" />
      <source>nein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="164" />
      <source>Bitte einen Preis wie 49,00 angeben.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConnectHubDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="24" />
      <source>Mit Belbo Hub verbinden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="29" />
      <source>Der Hub ist der Server, über den alle PCs Ihres Betriebs ihre Daten abgleichen. Adresse und Anmeldecode bekommen Sie von der Person, die den Hub betreut (am Hub: belbo hub enrol-code). Der Code gilt einmal und 24 Stunden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="49" />
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="73" />
      <source>Verbinden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="52" />
      <source>Abbrechen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/connect_dialog.py" line="73" />
      <source>Verbinde …</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="198" />
      <source>Einwilligung erfassen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="214" />
      <source>Einwilligung:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="215" />
      <source>Erteilt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="220" />
      <source>Einwilligung speichern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="226" />
      <source>Wortlaut (wird mit Fassung gespeichert):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="233" />
      <source>Fassung %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="80" />
      <source>Belbo Desktop – Unerwarteter Fehler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="88" />
      <location filename="../../src/belbo_desktop/ui/smoke.py" line="135" />
      <source>Da ist etwas schiefgelaufen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="95" />
      <source>Belbo Desktop ist auf einen unerwarteten Fehler gestoßen. Alles, was vorher gespeichert wurde, ist sicher. Der letzte Schritt wurde möglicherweise nicht ausgeführt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="102" />
      <source>&lt;b&gt;Was Sie jetzt tun können:&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Prüfen Sie, ob Ihre letzte Eingabe gespeichert wurde, und wiederholen Sie sie bei Bedarf.&lt;/li&gt;&lt;li&gt;Tritt der Fehler wieder auf, beenden Sie Belbo Desktop und starten Sie es neu.&lt;/li&gt;&lt;li&gt;Bleibt das Problem, wenden Sie sich an Ihren Belbo-Support: Klicken Sie auf „Details kopieren“ und fügen Sie den Text in Ihre E-Mail ein, oder hängen Sie die Protokolldatei an.&lt;/li&gt;&lt;/ol&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="112" />
      <source>Protokolldatei: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="119" />
      <source>Fehlerdetails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="122" />
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="172" />
      <source>Details anzeigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="128" />
      <source>Protokollordner öffnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="131" />
      <source>Details kopieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="134" />
      <source>Belbo beenden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="137" />
      <source>Weiterarbeiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="167" />
      <source>Kopiert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/crash_dialog.py" line="172" />
      <source>Details ausblenden</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomFieldsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="73" />
      <source>Kundenfelder ergänzen die Kundenakte um eigene Angaben, z. B. Haartyp, Farbrezeptur oder EMS-Stromstärke. Archivierte Felder verschwinden aus den Formularen; gespeicherte Werte bleiben erhalten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="81" />
      <source>Kundenfelder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="85" />
      <source>Neues Feld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="87" />
      <source>Nach oben</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="89" />
      <source>Nach unten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="91" />
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="266" />
      <source>Archivieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="109" />
      <source>Eine Auswahlmöglichkeit pro Zeile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="112" />
      <source>Auswahlmöglichkeiten:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="115" />
      <source>Erscheint als Hinweis unter dem Feld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="116" />
      <source>Der Typ lässt sich nach dem Anlegen nicht mehr ändern.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="125" />
      <source>Feld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="131" />
      <source>Bezeichnung:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="132" />
      <source>Typ:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="135" />
      <source>Hilfetext:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="187" />
      <source>Kundenfeld „%1“: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="194" />
      <source>Es gibt bereits ein Kundenfeld „%1“.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="266" />
      <source>Wiederherstellen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="292" />
      <source>(ohne Bezeichnung)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/custom_fields_page.py" line="294" />
      <source>(archiviert)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerColumns</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="99" />
      <source>Nr.</source>
      <extracomment>the unformatted value (int, date, str, None) the customer's uuid False while the row's page is on its way</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="100" />
      <source>Nachname</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="101" />
      <source>Vorname</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="102" />
      <source>Telefon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="103" />
      <source>E-Mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="104" />
      <source>Geburtstag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="105" />
      <source>Ort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="106" />
      <source>Angelegt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="107" />
      <source>Geändert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="126" />
      <source>Ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="127" />
      <source>Nein</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerEditors</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/editors.py" line="112" />
      <source>TT.MM.JJJJ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/editors.py" line="173" />
      <source>Zahl, z. B. 12,5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/editors.py" line="181" />
      <source>Ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/editors.py" line="182" />
      <source>Nein</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerFile</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="69" />
      <source>Stammdaten</source>
      <extracomment>Tabs every customer file has, in order; modules replace a placeholder by its key.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="70" />
      <source>Kundenfelder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="71" />
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="100" />
      <source>Gutscheine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="72" />
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="99" />
      <source>Einkäufe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="73" />
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="97" />
      <source>Bonuskarten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="74" />
      <source>Verlauf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="75" />
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="98" />
      <source>Datenschutz</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="81" />
      <source>Hier erscheinen die Gutscheine, die dieser Kunde gekauft oder eingelöst hat, mit Restwert und Status.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="86" />
      <source>Hier erscheinen die Bonus- und Stempelkarten dieses Kunden: aktive Programme, gesammelte Stempel und eingelöste Prämien.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="91" />
      <source>Hier erscheinen Datenauskünfte (DSGVO Art. 15/20), Einwilligungen und Löschanfragen dieses Kunden mit ihren Fristen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="98" />
      <source>Dieser Bereich wird von einem Modul bereitgestellt, das noch fehlt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="192" />
      <source>Zurück zur Kundenliste (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="193" />
      <source>Zurück zur Kundenliste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="202" />
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="643" />
      <source>Zusammenführen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="203" />
      <source>Mit anderem Kunden zusammenführen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="205" />
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="401" />
      <source>Archivieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="207" />
      <source>Änderungen verwerfen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="209" />
      <source>Speichern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="253" />
      <source>Verfügbar, sobald der Kunde gespeichert ist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="288" />
      <source>Kundennummer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="289" />
      <source>Vorname</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="290" />
      <source>Nachname</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="291" />
      <source>E-Mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="292" />
      <source>Telefon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="293" />
      <source>Geburtstag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="294" />
      <source>Straße und Hausnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="295" />
      <source>PLZ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="296" />
      <source>Ort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="297" />
      <source>Land (ISO-Code)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="298" />
      <source>Notizen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="301" />
      <source>Einwilligung in Werbung (E-Mail, Post)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="302" />
      <source>Einwilligung Werbung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="319" />
      <source>Es sind noch keine Kundenfelder angelegt. Inhaber und Manager legen sie unter Einstellungen &gt; Kundenfelder an.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="369" />
      <source>Neuer Kunde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="370" />
      <source>wird beim Speichern vergeben</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="376" />
      <source>archiviert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="380" />
      <source>Angelegt am %1 von %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="382" />
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="387" />
      <source>Import/Demodaten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="385" />
      <source>zuletzt geändert am %1 von %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="389" />
      <source>Kundennummer %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="397" />
      <source>Archivierte Kunden können nicht bearbeitet werden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="398" />
      <source>Änderungen speichern (Strg+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="401" />
      <source>Wiederherstellen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="408" />
      <source>Den Kunden wieder aktiv schalten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="410" />
      <source>Den Kunden aus der Liste nehmen; die Akte bleibt erhalten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="428" />
      <source>Archivierte Kunden können nicht zusammengeführt werden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="432" />
      <source>Mit anderem Kunden zusammenführen: eine Dublette in diese Akte übernehmen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="438" />
      <source>Eine zusammengeführte Akte kann nicht wiederhergestellt werden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="441" />
      <source>Zusammengeführt mit Nr. %1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="448" />
      <source>enthält die zusammengeführte(n) Akte(n) Nr. %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="530" />
      <source>Bitte die markierten Angaben prüfen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="543" />
      <source>Kunden archivieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="545" />
      <source>%1 archivieren? Der Kunde erscheint nicht mehr in der Liste; die Akte bleibt erhalten und kann wiederhergestellt werden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="574" />
      <source>Ungespeicherte Änderungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="575" />
      <source>Die Kundenakte hat ungespeicherte Änderungen. Jetzt speichern?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="618" />
      <source>Mögliche Dublette: Es gibt weitere Kunden mit denselben Angaben.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="620" />
      <source>Mögliche Dublette: Es gibt bereits Kunden mit denselben Angaben.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="635" />
      <source>Diese Akte öffnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="672" />
      <source>Diese Akte wurde mit Nr. %1 (%2) zusammengeführt. Belege, Gutscheine und Karten erscheinen dort.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/file.py" line="679" />
      <source>Akte Nr. %1 öffnen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerListModel</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_model.py" line="276" />
      <source>Nach Kundenfeldern kann nicht sortiert werden.</source>
      <extracomment>the number of customers matching the current query (after each search) a search or refresh finished and the first rows are in a service call failed; the view shows the text</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerListView</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="69" />
      <source>Suchen: Name, Kundennummer, E-Mail oder Telefon (Strg+F)</source>
      <extracomment>quiet time after a keystroke before searching, when a search is still running a merge started from the list finished; the surviving file's id</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="72" />
      <source>Kunden suchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="75" />
      <source>Anzahl Treffer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="76" />
      <source>Archivierte zeigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="80" />
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="81" />
      <source>Spalten auswählen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="87" />
      <source>Neuer Kunde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="88" />
      <source>Neuen Kunden anlegen (Strg+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="97" />
      <source>Kundenliste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="185" />
      <source>Kundenakte öffnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="191" />
      <source>Diese beiden zusammenführen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="194" />
      <source>Bitte genau zwei Kunden markieren (Strg+Klick).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="196" />
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="211" />
      <source>Archivierte Kunden können nicht zusammengeführt werden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="203" />
      <source>Beide Akten vergleichen; die ältere bleibt erhalten (tauschbar).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="206" />
      <source>Mit anderem Kunden zusammenführen…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="209" />
      <source>Bitte zuerst einen Kunden markieren.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="218" />
      <source>Eine Dublette suchen und in diese Akte übernehmen.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="312" />
      <source>%n Treffer</source>
      <translation>
        <numerusform>%n Treffer</numerusform>
        <numerusform>%n Treffer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="314" />
      <source>%n Kunden</source>
      <translation>
        <numerusform>%n Kunde</numerusform>
        <numerusform>%n Kunden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/list_view.py" line="403" />
      <source>Kundenfelder</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerPicker</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="61" />
      <source>Name, E-Mail, Telefon oder Kundennummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="62" />
      <source>Kunde suchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="64" />
      <source>Gefundene Kunden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="96" />
      <source>Kunde zuordnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="122" />
      <source>Anderen Kunden wählen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="124" />
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="99" />
      <source>Name, Kundennummer, E-Mail oder Telefon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="125" />
      <source>Kunden suchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="128" />
      <source>Treffer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="129" />
      <source>Bitte den Kunden suchen, der dieselbe Person ist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="135" />
      <source>Weiter zum Vergleich</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerPrivacyTab</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="88" />
      <source>Datenauskunft (Art. 15 und 20 DSGVO)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="91" />
      <source>Erstellt alle gespeicherten Daten dieses Kunden als PDF zum Lesen und als JSON/CSV zum Mitnehmen. Felder, die als Betriebsgeheimnis markiert sind, erscheinen nur mit ihrem Namen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="97" />
      <source>Datenauskunft erstellen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="103" />
      <source>Ordner öffnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="116" />
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="126" />
      <source>Einwilligungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="119" />
      <source>Einwilligung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="120" />
      <source>Erteilt am</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="121" />
      <source>Erfasst von</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="122" />
      <source>Form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="123" />
      <source>Fassung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="124" />
      <source>Widerrufen am</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="129" />
      <source>Einwilligung erfassen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="130" />
      <source>Widerrufen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="145" />
      <source>Datenschutz-Ersuchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="147" />
      <source>Anliegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="147" />
      <source>Eingang</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="147" />
      <source>Frist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="147" />
      <source>Stand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="148" />
      <source>Datenschutz-Ersuchen dieses Kunden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="150" />
      <source>Ersuchen erfassen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="161" />
      <source>Löschen (Art. 17 DSGVO)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="164" />
      <source>Entfernt alle personenbezogenen Daten endgültig. Kassenbelege und Gutscheinbuchungen bleiben anonym erhalten (§ 147 AO).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="169" />
      <source>Kunden endgültig löschen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="236" />
      <source>Bitte eine Einwilligung auswählen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="243" />
      <source>Datenauskunft wird erstellt …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="253" />
      <source>Erstellt: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="262" />
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="289" />
      <source>Datenschutz</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="280" />
      <source>Einwilligung widerrufen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="282" />
      <source>Die Einwilligung zu Gesundheitsangaben wird widerrufen. Sollen die gespeicherten Gesundheitsangaben dieses Kunden jetzt gelöscht werden?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/customer_tab.py" line="308" />
      <source>Dieser Kunde wurde gelöscht.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerSalesTab</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/customer_sales.py" line="36" />
      <source>Dieser Kunde hat noch nichts gekauft.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/customer_sales.py" line="39" />
      <source>Beleg anzeigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/customer_sales.py" line="62" />
      <source>Letzter Einkauf: %s</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerVouchersTab</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="496" />
      <source>Dieser Kunde hat noch keine Gutscheine gekauft oder eingelöst.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomersPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/page.py" line="41" />
      <source>Kundenakte</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="268" />
      <source>Kunden endgültig löschen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="271" />
      <source>&lt;b&gt;%1 (Kundennummer %2) wird endgültig gelöscht. Das kann nicht rückgängig gemacht werden.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Name, Kontaktdaten, Geburtstag, Anschrift, Notizen und alle Kundenfelder werden entfernt, auch aus der Suche; frühere Datenauskunft-Dateien auf diesem PC werden gelöscht. Kassenbelege und Gutscheinbuchungen bleiben erhalten, weil das Steuerrecht es verlangt (§ 147 AO), verweisen aber auf niemanden mehr.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="295" />
      <source>Die mit dieser Akte zusammengeführten Akten (Nr. %1) werden mit ihr anonymisiert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="301" />
      <source>z. B. Löschwunsch per E-Mail vom 20.11.2026</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="304" />
      <source>Kundennummer zur Bestätigung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="307" />
      <source>Grund:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="308" />
      <source>Kundennummer zur Bestätigung:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="313" />
      <source>Endgültig löschen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="33" />
      <source>Sie können Ihre Kunden jederzeit exportieren, um die Liste in Drittprogramme zu importieren oder lokal bei sich zu sichern. Der Export wird per E-Mail an eine Adresse mit administrativen Rechten bestätigt und ist nur mit deren Passwort herunterladbar. Die Datei öffnet sich in Excel und LibreOffice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="40" />
      <source>Export-Assistent starten …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="41" />
      <source>Export-Assistent starten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="47" />
      <source>Anforderung zurückziehen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="49" />
      <source>Die Links der gewählten Anforderung werden ungültig, die Datei gelöscht.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="53" />
      <source>E-Mail erneut senden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="55" />
      <source>Schickt die Bestätigung bzw. den Download-Link neu; der alte Link verfällt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="67" />
      <source>Export-Anforderungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="75" />
      <source>Adresse der Bestätigungsseiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="77" />
      <source>Bestätigungs- und Download-Seiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="79" />
      <source>Adresse:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="82" />
      <source>Leer lassen, wenn kein Hub eingerichtet ist: Dann zeigt dieser PC die Seiten selbst an, solange Exporte offen sind (nur auf diesem PC erreichbar).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="114" />
      <source>Dieser PC ist mit dem Hub {hub} verbunden: Exporte werden beim Hub angefordert, der Hub verschickt die E-Mails und zeigt die Seiten an (auf jedem Gerät erreichbar). Die Adresse oben gilt dann nicht.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="123" />
      <source>Die Seiten werden vom Hub angezeigt: {url}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="134" />
      <source>Die Seiten laufen auf diesem PC unter {url}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="145" />
      <source>Die Seiten können nicht angezeigt werden: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="140" />
      <source>Keine offenen Exporte: Die Seiten werden bei Bedarf gestartet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="181" />
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="198" />
      <source>Kunden exportieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/export_page.py" line="187" />
      <source>E-Mail nicht gesendet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportStatusList</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="166" />
      <source>Export-Anforderungen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportStatusModel</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="77" />
      <source>Angefordert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="78" />
      <source>Von</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="79" />
      <source>Empfänger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="80" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="81" />
      <source>Kunden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="82" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="83" />
      <source>Link gültig bis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="90" />
      <source>Wird berechnet – {pct} %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="92" />
      <source>Gesperrt (falsche Passwörter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="94" />
      <source>Fehlgeschlagen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="96" />
      <source>Zurückgezogen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="98" />
      <source>E-Mail wartet auf erneuten Versand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="100" />
      <source>über den Hub</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="135" />
      <source>Beim Hub angefordert ({url}); Stand der letzten Synchronisation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/status.py" line="137" />
      <source>An einem anderen PC angefordert.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportWizard</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="324" />
      <source>Kunden exportieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="327" />
      <source>Export anfordern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="328" />
      <source>Weiter &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="329" />
      <source>&lt; Zurück</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="330" />
      <source>Abbrechen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="364" />
      <source>{n} Kunden passend zur Suche „{search}“</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="366" />
      <source>alle {n} Kunden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="369" />
      <source> (mit archivierten)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="410" />
      <source>Export beim Hub angefordert. Der Hub hat die Bestätigungsmail an {to} gesendet; ihr Link öffnet die Seite auf {url} und funktioniert auf jedem Gerät. Den Stand sehen Sie unter Einstellungen &gt; Konto &gt; Kunden exportieren.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="419" />
      <source>Export angefordert. Die Bestätigungsmail an {to} liegt in Belbo unter „E-Mails“: Öffnen Sie den Link darin und bestätigen Sie mit dem Passwort.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="426" />
      <source>Export angefordert. Die Bestätigungsmail wurde an {to} gesendet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="431" />
      <source>Schließen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FieldsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="98" />
      <source>Schritt 2 von 3: Kundenfelder und Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="100" />
      <source>Bitte markieren Sie die Kundenfelder, die Sie exportieren möchten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="103" />
      <source>Kundenfelder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="105" />
      <source>Alle auswählen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="106" />
      <source>Keine auswählen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="115" />
      <source>Dateiformat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="120" />
      <source>Alle Kunden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="121" />
      <source>Nur Kunden zur Suche:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="127" />
      <source>z. B. Müller oder 0176</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="128" />
      <source>Suche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="129" />
      <source>Archivierte Kunden einbeziehen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="140" />
      <source>Welche Kunden?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="151" />
      <source>Format:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="168" />
      <source>{label} (archiviert)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="226" />
      <source>{n} Kunden werden exportiert.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FirstSyncDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="69" />
      <source>Erster Abgleich mit dem Hub</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="73" />
      <source>Dieser PC übernimmt jetzt die Daten Ihres Betriebs vom Hub: Mitarbeiter, Kunden, Gutscheine und Einstellungen. Bei vielen Kunden dauert das einige Minuten. Sie können abbrechen und später fortsetzen; was schon übernommen ist, bleibt erhalten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="80" />
      <source>Verbinde mit dem Hub …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="85" />
      <source>Fortschritt des Abgleichs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="87" />
      <source>Übernommene Datensätze</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="90" />
      <source>Abbrechen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="93" />
      <source>Hält nach dem aktuellen Abschnitt an; später mit „Fortsetzen“ weiter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="133" />
      <source>Daten werden vom Hub übernommen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="138" />
      <source>%1 von %2 Datensätzen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="144" />
      <source>%1 Datensätze</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="147" />
      <source>Daten dieses PCs werden an den Hub gesendet …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="149" />
      <source>%1 Datensätze gesendet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="155" />
      <source>Neueste Änderungen werden geholt: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="167" />
      <source>Wird abgebrochen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/first_sync_dialog.py" line="168" />
      <source>Hält nach dem aktuellen Abschnitt an …</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GeneralPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/general_page.py" line="29" />
      <location filename="../../src/belbo_desktop/ui/settings/general_page.py" line="62" />
      <source>Sprache</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/general_page.py" line="34" />
      <source>Die Sprache gilt für diesen PC. Belbo Desktop startet dafür neu; ungespeicherte Änderungen werden vorher abgefragt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/general_page.py" line="63" />
      <source>Belbo Desktop jetzt neu starten, damit die neue Sprache gilt?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/general_page.py" line="41" />
      <source>Sprache der Oberfläche:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="32" />
      <source>Zeitpunkt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="32" />
      <source>Mitarbeiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="32" />
      <source>Vorgang</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="32" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="63" />
      <source>System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="70" />
      <source>Der Verlauf beginnt, sobald der Kunde gespeichert ist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/history.py" line="72" />
      <source>Noch keine Einträge.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HubConnectForm</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="84" />
      <source>Hub-Adresse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="87" />
      <source>Anmeldecode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="88" />
      <source>Am Hub erzeugen: belbo hub enrol-code --location …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="91" />
      <source>Gerätename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="93" />
      <source>So erscheint dieser PC in der Geräteliste des Hubs, z. B. „Kasse 1“.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="102" />
      <source>Hub-Adresse:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="103" />
      <source>Anmeldecode:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="105" />
      <source>Gerätename:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="122" />
      <source>Bitte die Adresse des Hubs angeben.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="124" />
      <source>Bitte den Anmeldecode angeben.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/connect_form.py" line="126" />
      <source>Bitte einen Namen für diesen PC angeben.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JournalDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="43" />
      <source>Belege</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="58" />
      <source>Beleg anzeigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="61" />
      <source>Stornieren …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="46" />
      <source>Belegnummer oder Kunde (Name, Nummer, Telefon)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="88" />
      <source>Kein Beleg passt zu „%s“.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="90" />
      <source>Noch keine Belege.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="129" />
      <source>Beleg %d storniert mit Storno-Beleg %d.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="136" />
      <source>Stornieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/journal.py" line="136" />
      <source>Grund für das Storno:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="76" />
      <source>Belbo Desktop – Anmelden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="79" />
      <source>Willkommen bei Belbo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="84" />
      <location filename="../../src/belbo_desktop/ui/login.py" line="184" />
      <source>Bitte melden Sie sich an.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="90" />
      <source>Mitarbeiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="93" />
      <source>Name oder Benutzername</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="98" />
      <source>Passwort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="108" />
      <source>Mitarbeiter:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="109" />
      <source>Passwort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="116" />
      <source>Anmelden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="118" />
      <source>Beenden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="166" />
      <source>Der erste Abgleich mit dem Hub %1 ist noch nicht abgeschlossen. „Fortsetzen“ holt die fehlenden Daten; was schon übernommen ist, wird nicht erneut geladen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="171" />
      <source>Zuletzt: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="177" />
      <source>Dieser PC ist mit dem Hub %1 abgeglichen, aber für seine Standorte gibt es dort noch keine Mitarbeiter. Sobald an einem anderen PC dieses Standorts jemand angelegt und abgeglichen ist, hier erneut abgleichen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="182" />
      <source>Erneut abgleichen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="188" />
      <source>Dieser PC ist mit einem Belbo Hub verbunden, hat aber noch nicht alle Daten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="193" />
      <source>Dieser PC ist noch nicht eingerichtet. Wie möchten Sie beginnen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="208" />
      <source>Mit Belbo Hub verbinden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="210" />
      <source>Ihr Betrieb arbeitet schon mit Belbo: Mitarbeiter, Kunden und Einstellungen vom Hub übernehmen. Sie brauchen die Adresse des Hubs und einen Anmeldecode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="217" />
      <source>Neuen Betrieb einrichten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="219" />
      <source>Belbo zum ersten Mal nutzen, z. B. auf einem einzelnen PC: Betrieb und Ihren Zugang als Inhaberin / Inhaber anlegen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="226" />
      <source>Nur zum Ausprobieren: „belbo-desktop --demo“ startet mit einem Beispielsalon in einem leeren Datenordner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="173" />
      <location filename="../../src/belbo_desktop/ui/login.py" line="249" />
      <source>Fortsetzen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="251" />
      <source>Den ersten Abgleich mit dem Hub fortsetzen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="290" />
      <source>Der erste Abgleich ist abgeschlossen. Bitte melden Sie sich an.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="309" />
      <source>Demo-Zugänge (nur mit Demodaten)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="319" />
      <source>Felder mit diesem Demo-Zugang ausfüllen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="326" />
      <source>PIN %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="330" />
      <source>Passwort für alle Demo-Zugänge: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="359" />
      <source>Bitte Mitarbeiter und Passwort angeben.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MailPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="31" />
      <source>Belbo verschickt E-Mails (z. B. die Bestätigung eines Kundenexports) über Ihren Mailserver. Ohne Mailserver landen sie im Postausgang unter „E-Mails“.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="37" />
      <source>z. B. smtp.ihr-anbieter.de – leer: kein Mailserver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="42" />
      <source>STARTTLS (meist Port 587)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="43" />
      <source>SSL/TLS (meist Port 465)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="49" />
      <source>z. B. salon@ihre-domain.de</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="51" />
      <source>nur bei eigenem Zertifikat des Servers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="53" />
      <source>SMTP-Server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="54" />
      <source>Port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="55" />
      <source>Verschlüsselung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="56" />
      <source>Benutzername</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="57" />
      <source>Passwort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="58" />
      <source>Absender-Adresse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="59" />
      <source>Zertifikatsdatei</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="63" />
      <source>SMTP-Server:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="64" />
      <source>Port:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="65" />
      <source>Verschlüsselung:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="66" />
      <source>Benutzername:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="67" />
      <source>Passwort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="68" />
      <source>Absender-Adresse:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="69" />
      <source>Zertifikatsdatei:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="72" />
      <source>Verbindung testen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="120" />
      <source>gespeichert – zum Ändern neu eingeben</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="126" />
      <source>Das Passwort wird im Schlüsselbund des Betriebssystems gespeichert, nicht in der Belbo-Datenbank.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="133" />
      <source>Auf diesem PC gibt es keinen Schlüsselbund des Betriebssystems. Das Passwort wird deshalb in der Datei {path} gespeichert, die nur Ihr Benutzerkonto lesen darf – nicht in der Belbo-Datenbank.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="173" />
      <source>Verbindung wird geprüft …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/mail_page.py" line="181" />
      <source>Verbindung und Anmeldung erfolgreich.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="66" />
      <source>Belbo Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="73" />
      <source>Bereiche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="89" />
      <source>Synchronisierung: nur dieser PC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="91" />
      <source>Es ist kein Hub eingerichtet; alle Daten liegen auf diesem PC.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="96" />
      <source>Benutzer wechseln (PIN)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="97" />
      <source>Benutzer wechseln</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="130" />
      <source>&amp;Datei</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="131" />
      <source>Benutzer &amp;wechseln (PIN) …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="135" />
      <source>&amp;Einstellungen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="143" />
      <source>&amp;Beenden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="146" />
      <source>&amp;Kunden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="148" />
      <source>Kunden &amp;suchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="153" />
      <source>&amp;Neuer Kunde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="157" />
      <source>&amp;Hilfe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="158" />
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="183" />
      <source>Tastenkürzel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="160" />
      <source>Über Belbo Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="169" />
      <source>Neuen Kunden anlegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="173" />
      <source>Kunden suchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="174" />
      <source>Neuer Kunde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="175" />
      <source>Ausgewählten Kunden öffnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="176" />
      <source>Suche leeren / zurück zur Liste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="177" />
      <source>Kundenakte speichern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="195" />
      <source>Einstellungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="345" />
      <source>Angemeldet: %1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/main_window.py" line="353" />
      <source>Standort: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="52" />
      <source>Vorname</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="53" />
      <source>Nachname</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="54" />
      <source>E-Mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="55" />
      <source>Telefon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="56" />
      <source>Geburtstag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="57" />
      <source>Adresse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="58" />
      <source>Notizen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="59" />
      <source>Einwilligung Werbung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="65" />
      <source>ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="67" />
      <source>nein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="74" />
      <source>(Gesundheitsangabe, verborgen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="107" />
      <source>Nr. %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="222" />
      <source>Kundenakten zusammenführen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="227" />
      <source>Seiten tauschen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="228" />
      <source>Die andere Akte behalten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="248" />
      <source>Zusammenführen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="293" />
      <source>Die Akte &lt;b&gt;%1&lt;/b&gt; bleibt erhalten. Die Akte &lt;b&gt;%2&lt;/b&gt; wird archiviert, verschwindet aus Liste und Suche und verweist danach auf die erhaltene Akte. Bitte je Feld wählen, welcher Wert gilt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="308" />
      <source>Bleibt erhalten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="309" />
      <source>Wird zusammengeführt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="327" />
      <source>In beiden Akten gleich</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="330" />
      <source>Ohne das Recht „Gesundheitsdaten ansehen“ bleibt der Wert der erhaltenen Akte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="350" />
      <source>Beide Notizen übernehmen (erst diese, dann die andere)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="360" />
      <source>Ich habe geprüft: Nr. %1 und Nr. %2 sind dieselbe Person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="381" />
      <source>1 Kassenbeleg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="381" />
      <source>%1 Kassenbelege</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="384" />
      <source>1 gekaufter Gutschein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="385" />
      <source>%1 gekaufte Gutscheine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="389" />
      <source>1 eingelöster Gutschein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="390" />
      <source>%1 eingelöste Gutscheine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="392" />
      <source>1 Bonuskarte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="392" />
      <source>%1 Bonuskarten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="393" />
      <source>1 Stempel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="393" />
      <source>%1 Stempel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="394" />
      <source>1 Einwilligung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="394" />
      <source>%1 Einwilligungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="397" />
      <source>1 Datenschutz-Ersuchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="398" />
      <source>%1 Datenschutz-Ersuchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="402" />
      <source>1 früher zusammengeführte Akte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="403" />
      <source>%1 früher zusammengeführte Akten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="410" />
      <source>Von Nr. %1 kommen mit:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="411" />
      <source>keine Belege, Gutscheine oder Karten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="415" />
      <source>Beide Akten sammeln in: %1. Die Karten der zusammengeführten Akte werden hinter die eigenen gestellt; ihre Stempel bleiben auf ihnen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/customers/merge_dialog.py" line="419" />
      <source>Kassenbelege und Gutscheinbuchungen werden nicht verändert; sie erscheinen in der erhaltenen Akte.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewSalonDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="53" />
      <source>Neuen Betrieb einrichten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="58" />
      <source>Legen Sie Ihren Betrieb und Ihren eigenen Zugang als Inhaberin / Inhaber an. Weitere Mitarbeiter, Standorte und die Verbindung zu einem Hub können Sie danach in den Einstellungen ergänzen. Mit * markierte Felder sind Pflicht.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="70" />
      <source>z. B. Salon Sonnenschein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="72" />
      <source>für Belege und Rechnungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="73" />
      <source>zum Anmelden, z. B. sabine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="78" />
      <source>4–6 Ziffern, für den Wechsel an der Kasse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="79" />
      <source>für Kundenexporte und Datenauskünfte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="84" />
      <source>Betrieb</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="86" />
      <source>Name des Betriebs: *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="87" />
      <source>Straße und Hausnummer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="92" />
      <source>PLZ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="93" />
      <source>Ort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="94" />
      <source>PLZ und Ort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="95" />
      <source>Steuernummer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="97" />
      <source>Ihr Zugang (Inhaberin / Inhaber)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="99" />
      <source>Ihr Name: *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="100" />
      <source>Benutzername: *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="101" />
      <source>Passwort: *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="102" />
      <source>Passwort wiederholen: *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="103" />
      <source>PIN:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="104" />
      <source>E-Mail:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="109" />
      <source>Einrichten und anmelden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="112" />
      <source>Abbrechen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/first_run/new_salon_dialog.py" line="157" />
      <source>Die beiden Passwörter stimmen nicht überein.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NumericKeypad</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/keypad.py" line="30" />
      <source>Betrag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/keypad.py" line="46" />
      <location filename="../../src/belbo_desktop/ui/till/keypad.py" line="47" />
      <source>Letzte Ziffer löschen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/keypad.py" line="49" />
      <location filename="../../src/belbo_desktop/ui/till/keypad.py" line="50" />
      <source>Betrag löschen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OutboxView</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="45" />
      <source>E-Mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="52" />
      <source>Aktualisieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="60" />
      <source>E-Mails im Postausgang</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="69" />
      <source>Inhalt der E-Mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="70" />
      <source>Keine E-Mails im Postausgang.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="98" />
      <source>Es ist kein Mailserver eingerichtet (Einstellungen &gt; E-Mail). Belbo legt E-Mails deshalb hier ab. Links öffnen sich mit einem Klick im Browser.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="105" />
      <source>E-Mails werden über den Mailserver verschickt. Hier stehen nur E-Mails aus der Zeit ohne Mailserver.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="139" />
      <source>An</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/outbox.py" line="141" />
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OwnPasswordPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="33" />
      <source>Angemeldet als %1 (%2). Ein neues Passwort gilt ab der nächsten Anmeldung; es muss mindestens 8 Zeichen lang sein.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="47" />
      <source>Bisheriges Passwort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="48" />
      <source>Neues Passwort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="49" />
      <source>Neues Passwort wiederholen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="61" />
      <source>Passwort ändern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/own_password.py" line="98" />
      <source>Ihr Passwort wurde geändert.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="420" />
      <source>PIN festlegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="423" />
      <source>Mit der PIN wechselt %1 an der Kasse schnell die Anmeldung.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="431" />
      <source>4–6 Ziffern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="433" />
      <source>Neue PIN:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="435" />
      <source>PIN entfernen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PinSwitchDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="402" />
      <source>Benutzer wechseln</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="404" />
      <source>Mitarbeiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="415" />
      <source>PIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="420" />
      <source>Mitarbeiter:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="421" />
      <source>PIN:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="430" />
      <location filename="../../src/belbo_desktop/ui/login.py" line="431" />
      <source>Letzte Ziffer löschen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="434" />
      <source>Wechseln</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/login.py" line="456" />
      <source>Bitte einen Mitarbeiter wählen.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="101" />
      <source>Abgeschlossen am %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="102" />
      <source>Als identifizierend eingestuft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="103" />
      <source>Als identifizierend eingestuft: kann kein Betriebsgeheimnis sein.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="104" />
      <source>Angabe zum Datensatz</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="105" />
      <source>Anliegen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="106" />
      <source>Art</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="107" />
      <source>Betriebsgeheimnis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="108" />
      <source>Das Feld ist als Betriebsgeheimnis markiert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="109" />
      <source>Datenschutz-Ersuchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="110" />
      <source>Die Antwortfrist beträgt einen Monat ab Eingang (Art. 12 Abs. 3 DSGVO).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="111" />
      <source>Eingang</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="112" />
      <source>Frist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="113" />
      <source>Gesundheitsangabe (Art. 9)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="114" />
      <source>Gesundheitsangaben können kein Betriebsgeheimnis sein.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="115" />
      <source>Gesundheitsdaten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="116" />
      <source>Heute fällig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="117" />
      <source>Hinweis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="118" />
      <source>Identifizierend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="119" />
      <source>Identifiziert die Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="120" />
      <source>Identität</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="121" />
      <source>Inhalt wird bei Auskünften zurückgehalten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="122" />
      <source>Kunde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="123" />
      <source>Kundenfeld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="124" />
      <source>Morgen fällig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="125" />
      <source>Noch %1 Tage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="126" />
      <source>Seit %1 Tagen überfällig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="127" />
      <source>Später</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="128" />
      <source>Stand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="129" />
      <source>Standardfelder sind fest eingestuft.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="130" />
      <source>Weg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="131" />
      <source>Zum Register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="132" />
      <source>geprüft von %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="133" />
      <source>nicht geprüft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="134" />
      <source>verlängert: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="135" />
      <source>Überfällig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="136" />
      <source>… und %1 weitere.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgramEditor</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="147" />
      <source>Bonusprogramme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="149" />
      <source>Archivierte anzeigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="151" />
      <source>Neues Programm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="165" />
      <source>z. B. Jeder 10. Haarschnitt gratis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="170" />
      <source>Gilt für neue Karten; bereits begonnene Karten behalten ihre Anzahl.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="173" />
      <source>Leistung gratis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="174" />
      <source>Betrag als Rabatt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="175" />
      <source>Freitext</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="181" />
      <source>z. B. 10,00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="184" />
      <source>z. B. Pflegeset nach Wahl</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="191" />
      <source>Nur von Hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="193" />
      <source>Ein Stempel pro Verkauf mit diesen Leistungen/Produkten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="195" />
      <source>Ein Stempel pro vollem Betrag im Verkauf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="197" />
      <source>Leistungen und Produkte, die stempeln</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="206" />
      <source>z. B. 30,00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="208" />
      <source>Stempel werden nur in der Kundenakte von Hand vergeben.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="218" />
      <source>unbegrenzt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="219" />
      <source> Monate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="220" />
      <source>Volle Karte sammelt weiter, bis die Prämie eingelöst ist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="221" />
      <source>Aktiv (kann Kunden zugeordnet werden und stempelt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="224" />
      <source>Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="225" />
      <source>Stempel für die Prämie:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="226" />
      <source>Prämie:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="228" />
      <source>Stempel gibt es:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="230" />
      <source>Karte gültig:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="241" />
      <source>Speichern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="243" />
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="400" />
      <source>Archivieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="245" />
      <source>Löschen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="269" />
      <source>Funktion ausschalten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="272" />
      <source>Blendet Bonuskarten überall aus. Programme, Karten und Stempel bleiben erhalten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="277" />
      <source>Ausschalten blendet Bonuskarten aus; alle Daten bleiben erhalten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="312" />
      <source> (archiviert)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="314" />
      <source> (inaktiv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="353" />
      <source>Neues Bonusprogramm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="387" />
      <source>Ein Kunde sammelt in diesem Programm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="389" />
      <source>%1 Kunden sammeln in diesem Programm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="394" />
      <source>Es kann archiviert, aber nicht gelöscht werden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="397" />
      <source>Noch keine Karten in diesem Programm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="400" />
      <source>Wiederherstellen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="412" />
      <source>Bitte den Rabatt als Betrag angeben, z. B. 10,00.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/settings_page.py" line="414" />
      <source>Bitte den Betrag pro Stempel angeben, z. B. 30,00.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/smoke.py" line="131" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/bonus/customer_tab.py" line="69" />
      <source>Anzahl Stempel:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecipientPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="46" />
      <source>Schritt 1 von 3: Empfänger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="49" />
      <source>An welche E-Mail-Adresse soll der Export geschickt werden? Es werden nur Adressen von Mitarbeitern mit administrativen Rechten vorgeschlagen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="54" />
      <source>E-Mail-Adresse des Empfängers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="58" />
      <source>Kein Mitarbeiter mit administrativen Rechten hat eine E-Mail-Adresse. Bitte tragen Sie unter Einstellungen &gt; Mitarbeiter eine Adresse ein.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="66" />
      <source>An diese Adresse geht eine Bestätigungsmail mit einem Link. Der Link fragt nach dem Passwort, das für diese Adresse in Belbo gilt; erst dann wird der Export berechnet und ein Download-Link verschickt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="73" />
      <source>E-Mail-Adresse:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RequestDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="110" />
      <source>Datenschutz-Ersuchen erfassen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="125" />
      <source>z. B. Wortlaut der Anfrage, Rückfragen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="133" />
      <source>Kunde:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="134" />
      <source>Anliegen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="135" />
      <source>Eingegangen per:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="136" />
      <source>Eingegangen am:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="137" />
      <source>Frist:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="138" />
      <source>Notiz:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="142" />
      <source>Erfassen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="159" />
      <source>%1 (ein Monat, Art. 12 Abs. 3 DSGVO)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/dialogs.py" line="167" />
      <source>Bitte einen Kunden suchen und auswählen.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RequestsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="68" />
      <source>Auskunftsersuchen und andere Datenschutz-Anfragen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="75" />
      <source>Nur offene anzeigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="82" />
      <source>Datenschutz-Ersuchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="96" />
      <source>Neues Ersuchen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="97" />
      <source>Identität bestätigt …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="98" />
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="315" />
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="320" />
      <source>Datenauskunft erstellen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="99" />
      <source>Frist verlängern …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="100" />
      <source>Als erledigt markieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="101" />
      <source>Ablehnen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="102" />
      <source>Kunden löschen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="103" />
      <source>Ordner der Auskünfte öffnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="172" />
      <source>Erst die Identität bestätigen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="184" />
      <source>Kein Ersuchen ausgewählt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="192" />
      <source>Identität bestätigt am %1 von %2: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="199" />
      <source>Erstellte Dateien: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="204" />
      <source>Notiz: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="206" />
      <source>Ergebnis: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="217" />
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="323" />
      <source>Datenschutz</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="232" />
      <source>Identität bestätigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="234" />
      <source>Wie wurde die Identität der anfragenden Person geprüft? (z. B. „Personalausweis vorgelegt“ oder „Anfrage von der hinterlegten E-Mail-Adresse“)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="238" />
      <source>Bestätigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="252" />
      <source>Frist verlängern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="254" />
      <source>Die Frist kann einmal um zwei Monate verlängert werden, wenn die Anfrage komplex ist oder viele Anfragen vorliegen. Die Kundin bzw. der Kunde muss innerhalb der ersten Frist mit Grund informiert werden. Grund:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="258" />
      <source>Verlängern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="283" />
      <source>Ersuchen ablehnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="284" />
      <source>Warum wird das Ersuchen abgelehnt? Der Grund wird im Register vermerkt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="285" />
      <source>Ablehnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/requests_page.py" line="311" />
      <source>Wird erstellt …</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="380" />
      <source>Passwort zurücksetzen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="384" />
      <source>Neues Passwort für %1 (%2). Geben Sie es ihr / ihm persönlich weiter; eine Sperre nach Fehlversuchen wird dabei aufgehoben.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="395" />
      <source>Neues Passwort: *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="396" />
      <source>Passwort wiederholen: *</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RightsList</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="130" />
      <source>Recht</source>
      <extracomment>what the service returned when accepted</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="130" />
      <source>Herkunft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="182" />
      <source>durch die Rolle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="184" />
      <source>zusätzlich gewährt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="186" />
      <source>der Rolle entzogen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SalesTable</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="39" />
      <source>Datum</source>
      <extracomment>Loads one page after the cursor (None: the first page).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="39" />
      <source>Beleg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="39" />
      <source>Positionen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="41" />
      <source>Kunde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="42" />
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="45" />
      <source>Betrag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="42" />
      <source>Zahlart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="42" />
      <source>Hinweis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="113" />
      <source>Gutschein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="127" />
      <source>bar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="127" />
      <source>Karte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="131" />
      <source>Storno zu Beleg %d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/sales_table.py" line="133" />
      <source>storniert</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Screenshots</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/screenshots.py" line="402" />
      <source>Synchronisation abgebrochen.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="43" />
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="210" />
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="220" />
      <source>Einstellungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="51" />
      <source>Einstellungsbereiche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="59" />
      <source>Bitte links einen Bereich wählen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/settings/dialog.py" line="135" />
      <source>Für diesen Bereich fehlen Ihnen die Rechte.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StaffColumns</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="33" />
      <source>Name</source>
      <extracomment>the unformatted value (str, bool, Role) the staff member's uuid</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="34" />
      <source>Benutzername</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="35" />
      <source>Rolle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="36" />
      <source>Aktiv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="37" />
      <source>Gesperrt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="38" />
      <source>PIN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="45" />
      <source>ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/model.py" line="47" />
      <source>nein</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StaffDialog</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="208" />
      <source>Neuer Mitarbeiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="208" />
      <source>Mitarbeiter bearbeiten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="222" />
      <source>z. B. Mia Sommer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="223" />
      <source>zum Anmelden, z. B. mia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="224" />
      <source>optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="226" />
      <source>Konto</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="229" />
      <source>Name: *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="230" />
      <source>Benutzername: *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="231" />
      <source>E-Mail:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="232" />
      <source>Rolle:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="239" />
      <source>4–6 Ziffern, optional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="240" />
      <source>Passwort: *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="241" />
      <source>Passwort wiederholen: *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="242" />
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="314" />
      <source>PIN:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="250" />
      <source>Der Benutzername bleibt, wie er ist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="258" />
      <source>Rechte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="264" />
      <source>Die Rolle gibt die Grundrechte vor. Einzelne Rechte können Sie hier zusätzlich geben oder wegnehmen; Abweichungen von der Rolle sind fett.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="269" />
      <source>Rechte der Rolle wiederherstellen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="302" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="304" />
      <source>ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="304" />
      <source>nein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="307" />
      <source>bis %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="312" />
      <source>Aktiv:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="313" />
      <source>Gesperrt:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="314" />
      <source>festgelegt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="314" />
      <source>keine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="316" />
      <source>Letzte Anmeldung:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/dialogs.py" line="317" />
      <source>noch nie</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="38" />
      <source>Wer sich an diesem Standort anmelden darf, mit welcher Rolle und welchen Rechten. Wer nicht mehr hier arbeitet, wird deaktiviert: Das Konto bleibt mit seinem Verlauf erhalten, kann sich aber nicht mehr anmelden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="52" />
      <source>Mitarbeiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="58" />
      <source>Neu …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="59" />
      <source>Bearbeiten …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="60" />
      <source>Passwort zurücksetzen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="61" />
      <source>PIN …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="62" />
      <source>Entsperren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="63" />
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="163" />
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="261" />
      <source>Deaktivieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="132" />
      <source>Nur eine Inhaberin / ein Inhaber kann Inhaber-Konten ändern.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="143" />
      <source>Bitte zuerst einen Mitarbeiter wählen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="152" />
      <source>Ihr eigenes Passwort ändern Sie unter Konto &gt; Passwort ändern.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="157" />
      <source>Ihr eigenes Konto können Sie nicht deaktivieren.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="161" />
      <source>Das Konto ist nicht gesperrt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="163" />
      <source>Reaktivieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="197" />
      <source>Das Konto „%1“ ist angelegt; %2 kann sich jetzt anmelden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="215" />
      <source>Änderungen gespeichert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="229" />
      <source>Das Passwort von %1 ist neu gesetzt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/staff/page.py" line="263" />
      <source>%1 deaktivieren? %1 kann sich dann nicht mehr anmelden und nicht per PIN wechseln. Das Konto und sein Verlauf bleiben erhalten und können wieder aktiviert werden.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="237" />
      <source>Schritt 3 von 3: Zusammenfassung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="238" />
      <source>Bitte prüfen Sie Ihre Angaben und fordern Sie den Export an.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="276" />
      <source>Empfänger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="277" />
      <source>Kundenfelder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="278" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="279" />
      <source>Kunden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="292" />
      <source>Nach „Export anfordern“ schickt der Hub ({hub}) eine Bestätigungsmail an {recipient}. Der Link darin funktioniert auf jedem Gerät, ist 24 Stunden gültig und fragt nach dem Passwort. Danach berechnet der Hub den Export; eine zweite E-Mail bringt den Download-Link (7 Tage gültig).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="300" />
      <source>Nach „Export anfordern“ geht eine Bestätigungsmail an {recipient}. Der Link darin ist 24 Stunden gültig und fragt nach dem Passwort. Danach wird der Export berechnet; eine zweite E-Mail bringt den Download-Link (7 Tage gültig).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/export/wizard.py" line="306" />
      <source>Es ist kein Mailserver eingerichtet: Die E-Mails erscheinen in Belbo unter „E-Mails“.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncSettingsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="32" />
      <source>Kunden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="33" />
      <source>Kundenfelder (Werte)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="34" />
      <source>Kundenfelder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="35" />
      <source>Protokoll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="36" />
      <source>Gutscheine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="37" />
      <source>Gutscheinbuchungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="38" />
      <source>Verkäufe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="39" />
      <source>Mitarbeiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="40" />
      <source>Einstellungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="59" />
      <source>Jeder PC arbeitet mit seiner eigenen Datenbank weiter, auch ohne Netz. Ein Belbo Hub gleicht die Daten aller PCs und Standorte ab: beim Start, alle paar Minuten und auf Knopfdruck.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="67" />
      <source>Mit einem Hub verbinden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="74" />
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="227" />
      <source>Verbinden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="87" />
      <source>Verbindung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="96" />
      <source>Jetzt synchronisieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="97" />
      <source>Tastenkürzel: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="99" />
      <source>Verbindung trennen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="109" />
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="210" />
      <source>Hub</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="110" />
      <source>Dieser PC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="111" />
      <source>Gerätetoken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="112" />
      <source>Letzte Synchronisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="113" />
      <source>Ausstehende Änderungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="114" />
      <source>Zustand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="118" />
      <source>Hinweise nach dem Abgleich</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="123" />
      <source>Zurückgestellte Änderungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="126" />
      <source>Zeitpunkt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="126" />
      <source>Wo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="126" />
      <source>Daten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="126" />
      <source>Grund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="134" />
      <source>Eine Änderung, die nicht übernommen werden konnte, wird hier mit dem Grund aufgehoben und blockiert die übrigen nicht. Bitte den Fall prüfen und die Daten bei Bedarf von Hand korrigieren.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="170" />
      <source>im Schlüsselbund des Betriebssystems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="173" />
      <source>in einer Datei im Datenordner, nur für diesen Benutzer lesbar (kein Schlüsselbund verfügbar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="200" />
      <source>Keine offenen Hinweise.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="210" />
      <source>dieser PC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="227" />
      <source>Verbinde …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="240" />
      <source>Verbindung trennen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/page.py" line="242" />
      <source>Diesen PC vom Hub trennen? Noch nicht gesendete Änderungen (%1) gehen dem Hub verloren; die Daten auf diesem PC bleiben erhalten.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="137" />
      <source> · %n Änderungen warten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="138" />
      <source> · 1 Änderung wartet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="139" />
      <source>Die Synchronisation läuft im Hintergrund; es kann weitergearbeitet werden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="140" />
      <source>Kein Hub eingerichtet: alle Daten liegen auf diesem PC. Einstellungen &gt; Synchronisation verbindet ihn mit einem Hub.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="141" />
      <source>Mit %1 jetzt synchronisieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="142" />
      <source>Noch nicht synchronisiert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="143" />
      <source>Nur dieser PC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="144" />
      <source>Offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="145" />
      <source>Sync-Fehler – bitte Einstellungen &gt; Synchronisation öffnen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="146" />
      <source>Synchronisiere …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="147" />
      <source>gerade synchronisiert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="148" />
      <source>noch nie synchronisiert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="149" />
      <source>synchronisiert vor %n Minuten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="150" />
      <source>synchronisiert vor %n Stunden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="151" />
      <source>synchronisiert vor %n Tagen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="152" />
      <source>synchronisiert vor 1 Minute</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncStatusWidget</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/status.py" line="113" />
      <location filename="../../src/belbo_desktop/ui/sync/status.py" line="114" />
      <source>Jetzt synchronisieren</source>
      <extracomment>a first sync that ends sooner than this never shows its dialog</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/sync/status.py" line="116" />
      <source>Jetzt mit dem Hub synchronisieren (%1)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TillPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="171" />
      <source>Leistungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="172" />
      <source>Produkte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="184" />
      <source>Gutschein verkaufen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="190" />
      <source>Wertgutschein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="200" />
      <source>Freier Betrag (Tastenfeld)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="201" />
      <source>Den Betrag im Tastenfeld eingeben, dann hier tippen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="207" />
      <source>Leistungsgutschein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="211" />
      <source>Leistung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="213" />
      <source>Leistungsgutschein hinzufügen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="218" />
      <source>Für wen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="221" />
      <source>Empfänger, z. B. „Oma Inge“</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="225" />
      <source>Persönliche Widmung (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="239" />
      <source>Kunde zuordnen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="243" />
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="244" />
      <source>Kunde entfernen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="256" />
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="256" />
      <source>Menge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="256" />
      <source>Betrag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="271" />
      <source>Entfernen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="274" />
      <source>Rabatt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="274" />
      <source>Rabatt im Tastenfeld eingeben, Position wählen, tippen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="277" />
      <source>Parken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="279" />
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="781" />
      <source>Fortsetzen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="281" />
      <source>Leeren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="293" />
      <source>Gutschein einlösen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="296" />
      <source>Code scannen oder eintippen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="298" />
      <source>Gutscheincode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="301" />
      <source>Einlösen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="333" />
      <source>Bar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="333" />
      <source>Gegebenen Betrag im Tastenfeld eingeben (leer = passend).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="335" />
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="819" />
      <source>Karte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="344" />
      <source>Beleg anzeigen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="346" />
      <source>Beleg drucken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="348" />
      <source>Gutscheine drucken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="350" />
      <source>Belege / Storno</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="352" />
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="704" />
      <source>Tagesabschluss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="423" />
      <source>Wertgutschein über %s hinzugefügt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="429" />
      <source>Bitte zuerst den Betrag im Tastenfeld eingeben.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="453" />
      <source>Gutschein für „%s“ hinzugefügt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="473" />
      <source>Bitte zuerst eine Position antippen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="493" />
      <source>Rabatt: Betrag im Tastenfeld eingeben, Artikel oder Gutschein antippen, dann „Rabatt“.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="512" />
      <source>Der Rabatt darf nicht höher sein als der Preis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="531" />
      <source>Warenkorb geparkt (%d geparkt).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="536" />
      <source>Es ist kein Warenkorb geparkt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="542" />
      <source>Geparkter Warenkorb fortgesetzt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="584" />
      <source>Gutschein %s gilt für „%s“ (gültig bis %s). Bitte die Leistung in den Warenkorb legen und erneut scannen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="599" />
      <source>Gutschein %s: Restwert %s, gültig bis %s. Er kann nur Leistungen und Produkte bezahlen – bitte zuerst in den Warenkorb legen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="616" />
      <source>Gutschein %s: %s eingelöst, Restwert danach %s, gültig bis %s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="630" />
      <source>Der Warenkorb ist leer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="634" />
      <source>Mit Karte höchstens den offenen Betrag zahlen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="660" />
      <source>Beleg Nr. %d gebucht.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="662" />
      <source>Rückgeld: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="664" />
      <source>%d Gutschein(e) bereit zum Drucken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="666" />
      <source>Sicherheitseinrichtung nicht erreichbar – wird nachgeholt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="706" />
      <source>Tagesabschluss (Z-Bericht) über alle Belege seit dem letzten Abschluss erstellen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="727" />
      <source>Tagesabschluss Nr. %d erstellt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="735" />
      <source>%d Beleg(e) nachträglich signiert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="758" />
      <source>Summe %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="762" />
      <source>Bezahlt %s · Offen %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="767" />
      <source>Rückgeld %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="772" />
      <source>Kunde: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="774" />
      <source>Ohne Kunde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="781" />
      <source>Fortsetzen (%d)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="799" />
      <source>(Rabatt %s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="808" />
      <source>für %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="810" />
      <source>(Wert %s, Rabatt %s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="817" />
      <source>Gutschein %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/page.py" line="819" />
      <source>Bar gegeben</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TillSettingsPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="196" />
      <source>A6 (Postkarte)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="197" />
      <source>DIN lang (Kuvert)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="202" />
      <source> Jahre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="205" />
      <source>Gutscheine gelten bis zum 31. Dezember des so vielten Jahres nach dem Verkauf. Drei Jahre entsprechen der regelmäßigen Verjährungsfrist (§§ 195, 199 BGB); kürzere Fristen sind nur in Grenzen zulässig.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="212" />
      <source>Gutschein-Ausdruck</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="213" />
      <source>Gültigkeit Wertgutscheine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/till/settings_pages.py" line="214" />
      <source>Gültigkeit Leistungsgutscheine</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TradeSecretPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/secrets_page.py" line="39" />
      <source>&lt;b&gt;Bitte nur markieren, was wirklich ein Betriebsgeheimnis ist.&lt;/b&gt; Ein Feld darf nur dann als Betriebsgeheimnis markiert werden, wenn sein Inhalt leistungsbezogen ist und die Kundin bzw. den Kunden nicht identifiziert – zum Beispiel Farbrezepturen (Friseur), Maschinenkonfigurationen und Ergebnisse der Hautbildanalyse (Kosmetik) oder Stromstärken (EMS). Felder, die keine Betriebsgeheimnisse enthalten, dürfen nicht markiert werden. Ob ein Feld der rechtlichen Definition entspricht, klären Sie bitte in einer rechtlichen Beratung.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/secrets_page.py" line="56" />
      <source>Bei einer Datenauskunft erfährt die Kundin bzw. der Kunde, dass ein markiertes Feld existiert; sein Inhalt wird nicht herausgegeben (Art. 15 Abs. 4 DSGVO). Name, E-Mail, Telefon, Anschrift, Geburtstag und Kundennummer identifizieren die Person und können nie markiert werden. Kundenfelder mit Gesundheitsangaben (Art. 9 DSGVO) sehen nur Mitarbeiter mit dem Recht „Gesundheitsdaten ansehen“; sie brauchen eine Einwilligung. Jede Änderung wird protokolliert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/secrets_page.py" line="73" />
      <source>Kundenfelder und ihre Einstufung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/privacy/secrets_page.py" line="125" />
      <source>Gespeichert und protokolliert.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VoucherDetailPane</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="93" />
      <source>Einen Gutschein in der Liste wählen, um Restwert, Buchungen und Widmung zu sehen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="108" />
      <source>Art</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="109" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="110" />
      <source>Wert / Restwert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="111" />
      <source>Umsatzsteuer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="112" />
      <source>Gültig bis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="113" />
      <source>Verkauft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="114" />
      <source>Käufer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="115" />
      <source>Empfänger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="116" />
      <source>Widmung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="126" />
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="127" />
      <source>Buchung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="128" />
      <source>Betrag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="129" />
      <source>Saldo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="130" />
      <source>Beleg / Grund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="136" />
      <source>Gutschein drucken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="138" />
      <source>Stornieren …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="140" />
      <source>Restwert auszahlen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="153" />
      <source>Buchungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="189" />
      <source>(bezahlt %s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="195" />
      <source>Einzweckgutschein (USt beim Verkauf, %s %%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="197" />
      <source>Mehrzweckgutschein (USt bei Einlösung)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="202" />
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="209" />
      <source>Beleg %d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="236" />
      <source>Der Gutschein hat keinen Restwert.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="249" />
      <source>Gutschein stornieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="249" />
      <source>Restwert auszahlen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VoucherModel</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="153" />
      <source>Art</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="154" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="155" />
      <source>Empfänger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="156" />
      <source>Gültig bis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="157" />
      <source>Käufer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="158" />
      <source>Leistung</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="159" />
      <source>Leistung: %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="160" />
      <source>Restwert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="161" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="162" />
      <source>Verkauft am</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="163" />
      <source>Wert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="164" />
      <source>Wertgutschein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="165" />
      <source>abgelaufen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="166" />
      <source>aktiv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="167" />
      <source>eingelöst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="168" />
      <source>storniert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="169" />
      <source>teilweise eingelöst</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VouchersPage</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="287" />
      <source>Code, Empfänger oder Käufer suchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="289" />
      <source>Suche</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="292" />
      <source>Alle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="293" />
      <source>Einlösbar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="294" />
      <source>Aktiv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="295" />
      <source>Teilweise eingelöst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="296" />
      <source>Eingelöst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="297" />
      <source>Abgelaufen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="298" />
      <source>Storniert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="302" />
      <source>Alle Arten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="303" />
      <source>Wertgutscheine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="304" />
      <source>Leistungsgutscheine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="310" />
      <source>Auswahl drucken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="312" />
      <source>Die markierten Gutscheine in ein PDF, einer pro Seite (Strg/Umschalt-Klick).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="414" />
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="457" />
      <source>%n Gutschein(e)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="429" />
      <source>Bitte zuerst Gutscheine markieren.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="435" />
      <source>PDF mit %d Gutscheinen wird erstellt …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="436" />
      <source>Abbrechen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="441" />
      <source>Gutscheine drucken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="466" />
      <source>Drucken abgebrochen.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>nav</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="170" />
      <source>Bonusprogramme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="171" />
      <source>Datenschutz</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="172" />
      <source>E-Mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="173" />
      <source>Gutscheine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="174" />
      <source>Kasse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="175" />
      <source>Kunden</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/vouchers/page.py" line="271" />
      <source>Grund:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="176" />
      <source>Allgemein</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="177" />
      <source>Betriebsgeheimnis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="178" />
      <source>Bonusprogramme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="179" />
      <source>Datenschutzeinstellungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="180" />
      <source>E-Mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="181" />
      <source>Kasse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="182" />
      <source>Kasse und Gutscheine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="183" />
      <source>Konto</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="184" />
      <source>Kunden exportieren</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="185" />
      <source>Kundenfelder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="186" />
      <source>Leistungen und Produkte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="187" />
      <source>Mitarbeiter und Rechte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="188" />
      <source>Passwort ändern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="189" />
      <source>Protokoll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="190" />
      <source>Sprache</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="191" />
      <source>Standorteinstellungen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="192" />
      <source>Synchronisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/belbo_desktop/ui/dynamic_strings.py" line="193" />
      <source>Über</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>