; Belbo Desktop - Windows installer (Inno Setup 6.3 or newer), German and English.
;
; Build on Windows after the PyInstaller build (python installer\build.py):
;   iscc /DAppVersion=0.1.0 /DDistDir=..\..\dist\belbo-desktop installer\windows\belbo.iss
; or in one go: python installer\build.py --installer inno
; Result: dist\belbo-desktop-<version>-setup.exe
;
; Installs per user by default (no administrator rights; "for all users" can be chosen
; in the first dialog). The app keeps all data in %LOCALAPPDATA%\Belbo\Belbo Desktop,
; never in the install folder: an upgrade replaces only program files, and the first
; start of the new version backs up and migrates the database. Uninstalling asks
; whether the data should be deleted too; the default answer, and a silent uninstall,
; keep it ("/SILENT /DELETEDATA" deletes it).

#define AppName "Belbo Desktop"
#define AppPublisher "Belbo"
#define GuiExe "belbo-desktop.exe"
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\belbo-desktop"
#endif

[Setup]
; Never change AppId: it is how a newer version finds and replaces the installed one.
AppId={{7E1B6C52-4F0A-4C39-9D2B-B3E1A0C5D8F4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=belbo-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
; Close a running Belbo before files are replaced (Restart Manager).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
#ifdef WizardImage
WizardImageFile={#WizardImage}
#endif

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.DeleteDataQuestion=Sollen auch alle Daten von Belbo Desktop auf diesem PC gelöscht werden (Kunden, Gutscheine, Belege, Sicherungen)?%n%n%1%n%nDas kann nicht rückgängig gemacht werden. Wählen Sie „Nein“, wenn Sie Belbo später wieder installieren oder die Daten aufbewahren müssen (Aufbewahrungspflichten für Kassenbelege).
en.DeleteDataQuestion=Also delete all Belbo Desktop data on this PC (customers, vouchers, receipts, backups)?%n%n%1%n%nThis cannot be undone. Choose "No" if you will install Belbo again or must keep the data (retention duties for receipts).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program files completely; no file of the old version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// Must match platformdirs.user_data_path("Belbo Desktop", "Belbo") in config.py.
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\Belbo\Belbo Desktop');
end;

// "unins000.exe /SILENT /DELETEDATA" removes the data too (scripted removal).
function CmdLineHas(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
    begin
      Result := True;
      Exit;
    end;
end;

procedure DeleteData();
begin
  DelTree(DataDir(), True, True, True);
  RemoveDir(ExpandConstant('{localappdata}\Belbo'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep <> usPostUninstall) or not DirExists(DataDir()) then
    Exit;
  if CmdLineHas('/DELETEDATA') then
    DeleteData()
  else if not UninstallSilent() then
  begin
    if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir()]),
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DeleteData();
  end;
end;
