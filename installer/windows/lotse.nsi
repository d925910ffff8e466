; Lotse for Windows: a per-user installer, no administrator rights needed.
;
; Built by installer/build_dist.py on Windows (NSIS 3):
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION_QUAD=0.1.0.0
;            -DSOURCE_DIR=dist\lotse -DOUT_FILE=dist\release\Lotse-0.1.0-setup.exe
;            -DICON=build\installer\lotse.ico -DLICENSE_FILE=LICENSE installer\windows\lotse.nsi
;
; Installs into %LOCALAPPDATA%\Programs\Lotse, adds a Start-menu entry and, if
; wanted, a desktop shortcut. The uninstaller removes the program; the data
; folder (%LOCALAPPDATA%\Lotse: database, backups, logs, settings) only when
; the user ticks that option. Folders chosen elsewhere are never touched.
; German is the default; English is used on an English Windows.

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not defined (use installer/build_dist.py)"
!endif
!ifndef VERSION_QUAD
  !error "VERSION_QUAD is not defined"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR (the PyInstaller folder dist\lotse) is not defined"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "Lotse-${VERSION}-setup.exe"
!endif
!ifndef LICENSE_FILE
  !define LICENSE_FILE "..\..\LICENSE"
!endif

!define PRODUCT "Lotse"
!define PUBLISHER "Lotse"
!define GUI_EXE "lotse-gui.exe"
!define REG_KEY "Software\Lotse"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Lotse"

Name "${PRODUCT}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Lotse"
InstallDirRegKey HKCU "${REG_KEY}" "InstallDir"
ShowInstDetails hide
ShowUninstDetails hide
BrandingText "Lotse ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Lotse Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunLotse)"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default for every Windows that is not English.
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgramName ${LANG_GERMAN} "Lotse (Programm)"
LangString SecProgramName ${LANG_ENGLISH} "Lotse (program)"
LangString SecProgramText ${LANG_GERMAN} "Das Programm und ein Eintrag im Startmenü."
LangString SecProgramText ${LANG_ENGLISH} "The program and a Start menu entry."
LangString SecDesktopName ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopText ${LANG_GERMAN} "Lotse mit einem Doppelklick auf dem Desktop starten."
LangString SecDesktopText ${LANG_ENGLISH} "Start Lotse with a double click on the desktop."
LangString RunLotse ${LANG_GERMAN} "Lotse jetzt starten"
LangString RunLotse ${LANG_ENGLISH} "Start Lotse now"
LangString ShortcutText ${LANG_GERMAN} "Fallakten, Beratungen, Ehrenamt und Förderstatistik"
LangString ShortcutText ${LANG_ENGLISH} "Case files, consultations, volunteers and funder statistics"
LangString UnProgramName ${LANG_GERMAN} "Lotse (Programm)"
LangString UnProgramName ${LANG_ENGLISH} "Lotse (program)"
LangString UnProgramText ${LANG_GERMAN} "Entfernt das Programm und seine Verknüpfungen. Ihre Daten bleiben erhalten."
LangString UnProgramText ${LANG_ENGLISH} "Removes the program and its shortcuts. Your data is kept."
LangString UnDataName ${LANG_GERMAN} "Auch alle Daten löschen"
LangString UnDataName ${LANG_ENGLISH} "Also delete all data"
LangString UnDataText ${LANG_GERMAN} "Löscht den Datenordner $LOCALAPPDATA\Lotse mit Datenbank, Sicherungen, Protokollen und Einstellungen – unwiderruflich. Selbst gewählte Ordner (z. B. ein USB-Stick) bleiben unberührt."
LangString UnDataText ${LANG_ENGLISH} "Deletes the data folder $LOCALAPPDATA\Lotse with the database, backups, logs and settings – for good. Folders you chose yourself (e.g. a USB stick) are not touched."
LangString UnDataConfirm ${LANG_GERMAN} "Wirklich alle Lotse-Daten in $LOCALAPPDATA\Lotse unwiderruflich löschen?"
LangString UnDataConfirm ${LANG_ENGLISH} "Really delete all Lotse data in $LOCALAPPDATA\Lotse for good?"

Section "!$(SecProgramName)" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update replaces the program folder; data never lives here unless portable.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Lotse.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutText)"
  WriteRegStr HKCU "${REG_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\Lotse.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutText)"
SectionEnd

Section "un.$(UnProgramName)" UnProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\Lotse.lnk"
  Delete "$DESKTOP\Lotse.lnk"
  ; Only what the installer put there: a 'data' folder of a portable setup survives.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\lotse.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${REG_KEY}"
SectionEnd

Section /o "un.$(UnDataName)" UnData
  IfSilent remove
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(UnDataConfirm)" IDYES remove
  Return
  remove:
  RMDir /r "$LOCALAPPDATA\Lotse"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SecProgramText)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopText)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnProgram} "$(UnProgramText)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnData} "$(UnDataText)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd
