; Inno Setup 6 script: the Windows installer of Fibro Desktop.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\fibro_desktop.iss
;   (python packaging\build.py runs it after freezing; see packaging/README.md)
;
; Per-user install with no administrator prompt, into
; %LOCALAPPDATA%\Programs\Fibro Desktop. A Start-menu entry; an optional
; desktop icon; an optional "start with Windows" (so the pacing timer runs
; from the moment the person sits down). Upgrades install over the old
; version after removing its program files, so no stale library lingers.
; Uninstalling removes the program and asks, with "No" as the default,
; whether to remove the person's data too: the journal is never lost by
; accident. A silent uninstall always keeps the data.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; Windows wants four numbers in its version fields: "1.2.3rc1" -> "1.2.3".
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\fibro-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\fibro-desktop.ico"
#endif
#define AppName "Fibro Desktop"
#define AppExe "fibro-desktop.exe"
; Folder names Qt uses for the data (AppDataLocation = roaming app data)
; and the logs (AppLocalDataLocation): see fibro_desktop/identity.py.
#define DataOrganization "FibroDesktop"

[Setup]
; Never change the AppId: Windows knows the installed app by it, and a new
; one would install a second copy instead of upgrading.
AppId={{8F1AC0DA-78BD-407D-96EF-261E0456BE90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Fibro Desktop authors
AppCopyright=Copyright (C) 2026 The Fibro Desktop authors. GPL-3.0-or-later.
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
; Per user, no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename=fibro-desktop-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Ask a running Fibro Desktop to close (Restart Manager) before replacing files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english:StartWithWindows=Start Fibro Desktop when I sign in to Windows (for the pacing timer)
english:ExtraOptions=Extra options:
english:RemoveDataQuestion=Also remove your Fibro Desktop data?%n%nThis deletes your journal, check-ins, settings and the backups kept in your user folder. It cannot be undone.%n%nChoose "No" to keep them, for example to install Fibro Desktop again later.
english:LaunchApp=Start Fibro Desktop now

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "startup"; Description: "{cm:StartWithWindows}"; GroupDescription: "{cm:ExtraOptions}"; Flags: unchecked

[InstallDelete]
; Upgrade: remove the old version's program files first (libraries renamed or
; dropped between versions would otherwise stay behind). Only {app}: the
; person's data lives elsewhere.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\{#AppExe}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; "Start with Windows": a per-user Run entry, removed on uninstall. When the
; task is not chosen on an upgrade, an entry left from before is removed.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"""; Flags: uninsdeletevalue; Tasks: startup
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "{#AppName}"; Flags: deletevalue; Tasks: not startup

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app may create inside its program folder (none expected).
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { After the program files are gone: the person's data only on an explicit "Yes". }
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) then
  begin
    if MsgBox(CustomMessage('RemoveDataQuestion'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      DelTree(ExpandConstant('{userappdata}\{#DataOrganization}'), True, True, True);
      DelTree(ExpandConstant('{localappdata}\{#DataOrganization}'), True, True, True);
    end;
  end;
end;
