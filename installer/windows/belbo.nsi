; Belbo Desktop - Windows installer (NSIS 3, Unicode), German and English.
;
; Packs the PyInstaller one-folder build. For a release it packs the folder built
; ON WINDOWS (dist\belbo-desktop with belbo-desktop.exe and belbo.exe):
;   makensis /DVERSION=0.1.0 /DDIST_DIR=..\..\dist\belbo-desktop installer\windows\belbo.nsi
; `python installer/build.py --installer nsis` does this on Windows and on Linux. On
; Linux (CI) it packs the Linux build folder instead: that checks this script and the
; packaging step, but the resulting .exe is not a working Windows program.
;
; Installs per user (no administrator rights needed) into
; %LOCALAPPDATA%\Programs\Belbo Desktop. The app keeps its data in
; %LOCALAPPDATA%\Belbo\Belbo Desktop, outside the install folder: installing a newer
; version over an older one replaces only program files, and the first start of the
; new version upgrades the database after taking a backup. Uninstalling keeps the data
; unless "Alle Daten löschen" is ticked on the uninstaller's components page (and
; confirmed), or the uninstaller runs as "uninstall.exe /S /DELETEDATA".

Unicode true
Target amd64-unicode  ; the app is a 64-bit program; so is its installer
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef DIST_DIR
  !define DIST_DIR "..\..\dist\belbo-desktop"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "..\..\dist\belbo-desktop-${VERSION}-setup.exe"
!endif
!ifdef FAST
  SetCompressor zlib  ; CI build check: quick, larger file
!else
  SetCompressor /SOLID lzma
!endif

!define APP_NAME "Belbo Desktop"
!define PUBLISHER "Belbo"
!define GUI_EXE "belbo-desktop.exe"
!define CLI_EXE "belbo.exe"
!define REG_APP "Software\Belbo\Belbo Desktop"
!define REG_UNINSTALL "Software\Microsoft\Windows\CurrentVersion\Uninstall\BelboDesktop"
; Must match platformdirs.user_data_path("Belbo Desktop", "Belbo") in config.py.
!define DATA_DIR "$LOCALAPPDATA\Belbo\Belbo Desktop"

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\Belbo Desktop"
InstallDirRegKey HKCU "${REG_APP}" "InstallDir"
RequestExecutionLevel user
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!define MUI_ABORTWARNING
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!ifdef WIZARD_BITMAP  ; 164 x 314 BMP, made by installer/build.py
  !define MUI_WELCOMEFINISHPAGE_BITMAP "${WIZARD_BITMAP}"
  !define MUI_UNWELCOMEFINISHPAGE_BITMAP "${WIZARD_BITMAP}"
!endif
!define MUI_LANGDLL_WINDOWTITLE "Belbo Desktop"
!define MUI_LANGDLL_INFO "Bitte wählen Sie eine Sprache.$\r$\nPlease select a language."
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${REG_APP}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_CUSTOMFUNCTION_UNGUIINIT un.SectionTexts

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UnComponentsTop)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString UninstallLink ${LANG_GERMAN} "Belbo Desktop deinstallieren"
LangString UninstallLink ${LANG_ENGLISH} "Uninstall Belbo Desktop"
LangString UnProgram ${LANG_GERMAN} "Programm"
LangString UnProgram ${LANG_ENGLISH} "Program"
LangString UnData ${LANG_GERMAN} "Alle Daten löschen"
LangString UnData ${LANG_ENGLISH} "Delete all data"
LangString UnComponentsTop ${LANG_GERMAN} "Ihre Daten (Kunden, Gutscheine, Belege, Sicherungen) bleiben auf diesem PC erhalten, außer Sie wählen „Alle Daten löschen“."
LangString UnComponentsTop ${LANG_ENGLISH} "Your data (customers, vouchers, receipts, backups) stays on this PC unless you choose “Delete all data”."
LangString UnDataConfirm ${LANG_GERMAN} "Wirklich alle Daten von Belbo Desktop auf diesem PC löschen?$\r$\n$\r$\n${DATA_DIR}$\r$\n$\r$\nDas kann nicht rückgängig gemacht werden. Bewahren Sie vorher eine Sicherung auf, wenn Sie die Daten noch brauchen (Aufbewahrungspflichten für Kassenbelege)."
LangString UnDataConfirm ${LANG_ENGLISH} "Really delete all Belbo Desktop data on this PC?$\r$\n$\r$\n${DATA_DIR}$\r$\n$\r$\nThis cannot be undone. Keep a backup first if you still need the data (retention duties for receipts)."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "${APP_NAME}" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program files completely, so no file of the old version
  ; lingers. The data folder lives elsewhere and is not touched.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\$(UninstallLink).lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}"

  WriteRegStr HKCU "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${REG_APP}" "Version" "${VERSION}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${REG_UNINSTALL}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${REG_UNINSTALL}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "NoModify" 1
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "EstimatedSize" $0
SectionEnd

Section "un.Program" UnSecProgram
  SectionIn RO
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${REG_UNINSTALL}"
  DeleteRegKey HKCU "${REG_APP}"
SectionEnd

Var DeleteDataAsked  ; 1 when "uninstall.exe /DELETEDATA" was run (scripted removal)

; Not selected by default: uninstalling keeps the salon's data.
Section /o "un.Data" UnSecData
  ${If} $DeleteDataAsked != 1
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(UnDataConfirm)" /SD IDNO IDYES delete
    Return
  ${EndIf}
  delete:
  RMDir /r "${DATA_DIR}"
  RMDir "$LOCALAPPDATA\Belbo"
SectionEnd

; After the sections, so their ids are defined.
Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $DeleteDataAsked 0
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/DELETEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $DeleteDataAsked 1
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}
FunctionEnd

; Language strings follow $LANGUAGE only after un.onInit, so the texts are set here.
Function un.SectionTexts
  SectionSetText ${UnSecProgram} "$(UnProgram)"
  SectionSetText ${UnSecData} "$(UnData)"
FunctionEnd
