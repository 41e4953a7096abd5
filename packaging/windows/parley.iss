; Inno Setup script for Parley: a per-user install (no administrator rights), a
; Start menu entry and an uninstaller. Built by packaging\windows\build.ps1:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\parley.iss
; Input: dist\Parley\ (PyInstaller one-folder). Output: dist\parley-<version>-windows-x64-setup.exe
; Reviewed against packaging\CHECKLIST.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Parley"
#define AppExe "Parley.exe"

[Setup]
; the AppId identifies the installation for upgrades and the uninstaller: never change it
AppId={{5D4F0DBE-51D0-4ED6-AAC6-09F914E6BA59}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Parley developers
AppCopyright=GPL-3.0-or-later
; per user: no UAC prompt; {autopf} becomes %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=parley-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\app\parley.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile=resources\licenses\GPL-3.0.txt
; the models are already compressed weights: fast settings lose almost nothing
Compression=lzma2/fast
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\Parley\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Chat, talk and translate, offline"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program folder. The user's conversations, settings and
; models live in %LOCALAPPDATA%\Parley and stay (reinstalling keeps them); to delete
; them too, run "parley-cli.exe forget --all" first, or delete that folder.
